// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/ndjsonparser.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

// moc (6.4) reads raw string literals as ordinary ones: one whose content has an odd number of
// quotes, or a '#' between its inner quotes, silently hides the test class (link error: no
// vtable). Lines like that are built with QJsonObject or written as escaped strings instead.

using namespace Qt::StringLiterals;

namespace {

ParseOptions options()
{
    ParseOptions o;
    o.source = u"test.ndjson"_s;
    o.receivedAt = 1700000000000;
    return o;
}

ParseResult parse(const QByteArray &text, const ParseOptions &o = options())
{
    return NdjsonParser::parse(text, o);
}

TimeMs utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

// A sample line of exactly 100 bytes, so offsets in a big input are easy to predict.
QByteArray sampleLine(int i)
{
    QByteArray line = "{\"type\":\"sample\",\"time\":" + QByteArray::number(1665815580000LL + i)
        + ",\"service\":\"messaging\",\"availability\":0.5,\"n\":\"";
    line += QByteArray(99 - line.size() - 2, 'x') + "\"}\n";
    return line;
}

} // namespace

class TstNdjsonParser final : public QObject {
    Q_OBJECT

private slots:
    void service()
    {
        const auto r = parse(
            R"({"type":"service","key":"messaging","name":"KakaoTalk","users":47000000,"colour":"#F9e000","note":"MAU","extra":[1]})"
            "\n"
            R"({"type":"service","key":"kakao.pay-2_x","users":0})"
            "\n"
            R"({"type":"service","key":"cdn","name":"Edge network","users":null})"
            "\n"
            R"({"type":"service","key":"api","name":"API"})");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.services.size(), 4);
        // No count given (absent or null): nobody said how many rely on it, which is not zero.
        QVERIFY(!r.batch.services[2].users.has_value());
        QVERIFY(!r.batch.services[3].users.has_value());
        QCOMPARE(r.batch.services[3].name, u"API"_s);
        QCOMPARE(r.batch.services[1].users, std::optional<qint64>(0));
        QCOMPARE(r.batch.services[0], (Service {u"messaging"_s, u"KakaoTalk"_s, 47000000, u"#F9e000"_s, u"MAU"_s}));
        QCOMPARE(r.batch.services[1], (Service {u"kakao.pay-2_x"_s, u"kakao.pay-2_x"_s, 0, {}, {}}));
    }

    void dependency()
    {
        const auto r
            = parse(R"({"type":"dependency","service":"pay","depends_on":"login","share":0.8,"note":"sessions"})"
                    "\n"
                    R"({"type":"dependency","service":"taxi","depends_on":"login","share":0})"
                    "\n"
                    R"({"type":"dependency","service":"mail","depends_on":"login"})");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.dependencies.size(), 3);
        QCOMPARE(r.batch.dependencies[0], (Dependency {u"pay"_s, u"login"_s, 0.8, u"sessions"_s}));
        QCOMPARE(r.batch.dependencies[1].share, 0.0);
        QCOMPARE(r.batch.dependencies[2].share, 1.0);
    }

    void sample()
    {
        const auto r = parse(
            R"({"type":"sample","time":"2022-10-15T15:40:00.250+09:00","service":"messaging","availability":0.05,"latency_ms":2300.5,"error_rate":0.93,"source":"probe","derived":true})"
            "\n"
            R"({"type":"sample","time":1665815580000,"service":"pay","availability":1,"latency_ms":null})");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.samples.size(), 2);
        const HealthSample full {utc(2022, 10, 15, 6, 40) + 250, u"messaging"_s, u"probe"_s, 0.05, 2300.5, 0.93, true};
        QCOMPARE(r.batch.samples[0], full);
        const HealthSample minimal {1665815580000, u"pay"_s, u"test.ndjson"_s, 1.0, std::nullopt, std::nullopt, false};
        QCOMPARE(r.batch.samples[1], minimal);
    }

    void state()
    {
        const auto r = parse(
            R"({"type":"state","time":"2022-10-15T06:33:00Z","service":"messaging","state":"major_outage","message":"down","source":"notice","derived":true})"
            "\n"
            R"({"type":"state","time":1665815580000,"service":"pay","state":" Degraded_Performance "})");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.states.size(), 2);
        QCOMPARE(r.batch.states[0],
            (StateChange {utc(2022, 10, 15, 6, 33), u"messaging"_s, ServiceState::MajorOutage, u"major_outage"_s,
                u"notice"_s, u"down"_s, true}));
        QCOMPARE(r.batch.states[1].state, ServiceState::Degraded);
        QCOMPARE(r.batch.states[1].rawState, u" Degraded_Performance "_s);
        QCOMPARE(r.batch.states[1].source, u"test.ndjson"_s);
        QCOMPARE(r.batch.states[1].derived, false);
    }

    void incident()
    {
        const auto r = parse(
            R"({"type":"incident","id":"fire","title":"Fire","severity":"Critical","began":"2022-10-15T15:19:00+09:00","detected":1665815580000,"mitigated":"2022-10-16T01:00:00+09:00","resolved":"2022-10-20T14:00:00Z","time_zone":"Asia/Seoul","services":["messaging","pay"],"summary":"Battery fire","source":"kakao"})"
            "\n"
            R"({"type":"incident","id":"x","title":"Minimal","resolved":null,"time_zone":""})");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.incidents.size(), 2);
        const Incident full {u"fire"_s, u"Fire"_s, u"critical"_s, utc(2022, 10, 15, 6, 19), 1665815580000,
            utc(2022, 10, 15, 16, 0), utc(2022, 10, 20, 14, 0), u"Asia/Seoul"_s, {u"messaging"_s, u"pay"_s}, u"kakao"_s,
            u"Battery fire"_s};
        QCOMPARE(r.batch.incidents[0], full);
        const Incident minimal {u"x"_s, u"Minimal"_s, {}, {}, {}, {}, {}, {}, {}, u"test.ndjson"_s, {}};
        QCOMPARE(r.batch.incidents[1], minimal);
    }

    void update()
    {
        const auto r = parse(
            R"({"type":"update","incident":"fire","time":"2022-10-15T16:10:00+09:00","status":"identified","message":"Power cut","services":["messaging"],"source":"kakao","derived":true})"
            "\n"
            R"({"type":"update","incident":"fire","time":1665815580000,"status":"investigating"})"
            "\n"
            // Not a raw string: moc reads the "//" of an address inside one as a comment.
            "{\"type\":\"update\",\"incident\":\"cdn\",\"time\":\"2021-06-08T09:48:00Z\",\"status\":\"identified\","
            "\"source_url\":\" https://www.fastly.com/blog/summary-of-june-8-outage \",\"confidence\":\"High\"}");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.updates.size(), 3);
        QCOMPARE(r.batch.updates[2].sourceUrl, u"https://www.fastly.com/blog/summary-of-june-8-outage"_s);
        QCOMPARE(r.batch.updates[2].confidence, u"high"_s);
        QVERIFY(r.batch.updates[1].sourceUrl.isEmpty() && r.batch.updates[1].confidence.isEmpty());
        QCOMPARE(r.batch.updates[0],
            (IncidentUpdate {u"fire"_s, utc(2022, 10, 15, 7, 10), u"identified"_s, u"Power cut"_s, {u"messaging"_s},
                u"kakao"_s, true}));
        QCOMPARE(r.batch.updates[1],
            (IncidentUpdate {u"fire"_s, 1665815580000, u"investigating"_s, {}, {}, u"test.ndjson"_s, false}));
    }

    void annotation()
    {
        const auto r = parse(
            R"({"type":"annotation","time":"2022-10-15T23:00:00+09:00","text":"restart","service":"messaging","incident":"fire","author":"kim","source":"ignored"})"
            "\n"
            R"({"type":"annotation","time":1665815580000,"text":"note"})");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.annotations.size(), 2);
        QCOMPARE(r.batch.annotations[0],
            (Annotation {0, utc(2022, 10, 15, 14, 0), u"messaging"_s, u"fire"_s, u"kim"_s, u"restart"_s}));
        QCOMPARE(r.batch.annotations[1], (Annotation {0, 1665815580000, {}, {}, {}, u"note"_s}));
    }

    // A record's own texts in other languages ride along with it, keyed by the text they translate.
    void translations()
    {
        const auto r = parse(
            R"({"type":"service","key":"messaging","name":"KakaoTalk","users":1,"translations":{"ko":{"name":"카카오톡"}}})"
            "\n"
            R"({"type":"update","incident":"fire","time":1665815580000,"status":"update","message":"Power back.","translations":{"ko":{"message":"전원 복구."},"ja":{"message":"電源復旧。"}}})");
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.services.size(), 1);
        QCOMPARE(r.batch.services.first().name, u"KakaoTalk"_s); // the record keeps the feed's own words
        QCOMPARE(r.batch.translations.size(), 3);
        QVERIFY(r.batch.translations.contains((TextTranslation {u"ko"_s, u"KakaoTalk"_s, u"카카오톡"_s})));
        QVERIFY(r.batch.translations.contains((TextTranslation {u"ko"_s, u"Power back."_s, u"전원 복구."_s})));
        QVERIFY(r.batch.translations.contains((TextTranslation {u"ja"_s, u"Power back."_s, u"電源復旧。"_s})));
    }

    // A bad translation rejects its whole record: neither the record nor any of its texts is kept.
    void badTranslations_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const char *line, const char *field, const char *reason) {
            QTest::newRow(name) << QByteArray(line) << QString::fromUtf8(field) << QString::fromUtf8(reason);
        };
        row("not an object", R"({"type":"service","key":"a","translations":"카"})", "translations",
            "must be an object of languages");
        row("language not a code",
            R"({"type":"service","key":"a","name":"A","translations":{"Korean":{"name":"에이"}}})",
            "translations.Korean", "unknown language");
        row("fields not an object", R"({"type":"service","key":"a","name":"A","translations":{"ko":"에이"}})",
            "translations.ko", "must be an object of fields");
        row("field not translatable", R"({"type":"service","key":"a","name":"A","translations":{"ko":{"key":"에이"}}})",
            "translations.ko.key", "not a text of a service record");
        row("record without that text", R"({"type":"service","key":"a","translations":{"ko":{"name":"에이"}}})",
            "translations.ko.name", "no \"name\" to translate");
        row("empty translation", R"({"type":"service","key":"a","name":"A","translations":{"ko":{"name":""}}})",
            "translations.ko.name", "must be a non-empty string");
        row("type without texts",
            R"({"type":"dependency","service":"a","depends_on":"b","translations":{"ko":{"note":"x"}}})",
            "translations", "a dependency record has no text to translate");
    }

    void badTranslations()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto r = parse(line);
        QCOMPARE(r.batch.recordCount(), 0);
        QVERIFY(r.batch.translations.isEmpty());
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects.first().field, field);
        QVERIFY2(r.batch.rejects.first().reason.contains(reason), qPrintable(r.batch.rejects.first().reason));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const char *line, const char *field, const char *reason) {
            QTest::newRow(name) << QByteArray(line) << QString::fromUtf8(field) << QString::fromUtf8(reason);
        };
        row("invalid JSON: unterminated", R"({"type":"service","key":"a")", "json", "invalid JSON: ");
        row("invalid JSON: column", R"({"type":"service", "key": })", "json", "at column ");
        row("invalid JSON: single quotes", R"({'type':'service'})", "json", "invalid JSON");
        row("invalid JSON: bare word", "hello", "json", "invalid JSON");
        row("invalid JSON: bare string", R"("service")", "json", "invalid JSON");
        row("invalid JSON: bad UTF-8", "{\"type\":\"service\",\"key\":\"\xff\"}", "json", "invalid JSON");
        row("invalid JSON: two objects", R"({"type":"x"} {"type":"y"})", "json", "invalid JSON");
        row("not an object: array", R"([{"type":"service"}])", "json", "expected a JSON object, got an array");
        row("missing type", R"({"key":"a","users":1})", "type", R"(missing required field "type")");
        row("null type", R"({"type":null})", "type", R"(missing required field "type")");
        row("type not a string", R"({"type":7})", "type", R"("type" must be a string, got 7)");
        row("unknown type", R"({"type":"foo"})", "type", R"(unknown record type "foo")");
        row("type is case-sensitive", R"({"type":"Service","key":"a","users":1})", "type",
            R"(unknown record type "Service")");
        row("source not a string", R"({"type":"service","key":"a","users":1,"source":5})", "source",
            R"("source" must be a string)");
        row("service: missing key", R"({"type":"service","users":1})", "key", R"(missing required field "key")");
        row("service: empty key", R"({"type":"service","key":"","users":1})", "key", R"("key" must not be empty)");
        row("service: key uppercase", R"({"type":"service","key":"Kakao","users":1})", "key",
            R"(must be a service key)");
        row("service: key with space", R"({"type":"service","key":"a b","users":1})", "key", R"(got "a b")");
        row("service: key a number", R"({"type":"service","key":12,"users":1})", "key",
            R"("key" must be a string, got 12)");
        row("update: source_url not a web address",
            R"({"type":"update","incident":"i","time":1665815580000,"status":"x","source_url":"fastly.com/blog"})",
            "source_url", R"("source_url" must be an http or https address, got "fastly.com/blog")");
        row("update: source_url another scheme",
            "{\"type\":\"update\",\"incident\":\"i\",\"time\":1665815580000,\"status\":\"x\",\"source_url\":"
            "\"ftp://a.b/c\"}",
            "source_url", "got \"ftp://a.b/c\"");
        row("update: source_url not a string",
            R"({"type":"update","incident":"i","time":1665815580000,"status":"x","source_url":5})", "source_url", "5");
        row("update: unknown confidence",
            R"({"type":"update","incident":"i","time":1665815580000,"status":"x","confidence":"H"})", "confidence",
            R"(unknown confidence "h"; expected one of high, medium, low)");
        row("service: negative users", R"({"type":"service","key":"a","users":-5})", "users",
            R"("users" must be a whole number >= 0, got -5)");
        row("service: fractional users", R"({"type":"service","key":"a","users":1.5})", "users", "got 1.5");
        row("service: users a string", R"({"type":"service","key":"a","users":"47000000"})", "users",
            R"(got string "47000000")");
        row("service: name a number", R"({"type":"service","key":"a","users":1,"name":3})", "name",
            R"("name" must be a string)");
        row("service: colour a word", R"({"type":"service","key":"a","users":1,"colour":"yellow"})", "colour",
            "\"colour\" must be \"#rrggbb\", got \"yellow\"");
        row("service: colour short", "{\"type\":\"service\",\"key\":\"a\",\"users\":1,\"colour\":\"#fff\"}", "colour",
            "got \"#fff\"");
        row("dependency: missing service", R"({"type":"dependency","depends_on":"b"})", "service",
            R"(missing required field "service")");
        row("dependency: missing depends_on", R"({"type":"dependency","service":"a"})", "depends_on",
            R"(missing required field "depends_on")");
        row("dependency: on itself", R"({"type":"dependency","service":"a","depends_on":"a"})", "depends_on",
            "cannot depend on itself");
        row("dependency: share above 1", R"({"type":"dependency","service":"a","depends_on":"b","share":1.01})",
            "share", R"("share" must be a number between 0 and 1, got 1.01)");
        row("dependency: share negative", R"({"type":"dependency","service":"a","depends_on":"b","share":-0.1})",
            "share", "got -0.1");
        row("dependency: share a string", R"({"type":"dependency","service":"a","depends_on":"b","share":"half"})",
            "share", R"(got string "half")");
        row("sample: missing time", R"({"type":"sample","service":"a","availability":1})", "time",
            R"(missing required field "time")");
        row("sample: missing service", R"({"type":"sample","time":1665815580000,"availability":1})", "service",
            R"(missing required field "service")");
        row("sample: missing availability", R"({"type":"sample","time":1665815580000,"service":"a"})", "availability",
            R"(missing required field "availability")");
        row("sample: availability 1.5", R"({"type":"sample","time":1665815580000,"service":"a","availability":1.5})",
            "availability", R"("availability" must be a number between 0 and 1, got 1.5)");
        row("sample: availability negative",
            R"({"type":"sample","time":1665815580000,"service":"a","availability":-0.5})", "availability", "got -0.5");
        row("sample: availability a string",
            R"({"type":"sample","time":1665815580000,"service":"a","availability":"0.5"})", "availability",
            R"(got string "0.5")");
        row("sample: availability a bool",
            R"({"type":"sample","time":1665815580000,"service":"a","availability":true})", "availability", "got true");
        row("sample: negative latency",
            R"({"type":"sample","time":1665815580000,"service":"a","availability":1,"latency_ms":-1})", "latency_ms",
            R"("latency_ms" must be a number >= 0, got -1)");
        row("sample: error_rate 2",
            R"({"type":"sample","time":1665815580000,"service":"a","availability":1,"error_rate":2})", "error_rate",
            "between 0 and 1, got 2");
        row("sample: derived a string",
            R"({"type":"sample","time":1665815580000,"service":"a","availability":1,"derived":"yes"})", "derived",
            R"("derived" must be true or false, got string "yes")");
        row("sample: time garbage", R"({"type":"sample","time":"yesterday","service":"a","availability":1})", "time",
            R"("time" is not RFC 3339 with an offset nor integer epoch milliseconds, got string "yesterday")");
        row("sample: time without offset",
            R"({"type":"sample","time":"2022-10-15T15:33:00","service":"a","availability":1})", "time",
            "no offset: add Z");
        row("sample: time Feb 30", R"({"type":"sample","time":"2023-02-30T00:00:00Z","service":"a","availability":1})",
            "time", "is not RFC 3339");
        row("sample: time hour 24", R"({"type":"sample","time":"2022-10-15T24:00:00Z","service":"a","availability":1})",
            "time", "is not RFC 3339");
        row("sample: time date only", R"({"type":"sample","time":"2022-10-15","service":"a","availability":1})", "time",
            "is not RFC 3339");
        row("sample: time RFC 1123",
            R"({"type":"sample","time":"Wed, 15 Feb 2023 22:07:07 GMT","service":"a","availability":1})", "time",
            "is not RFC 3339");
        row("sample: time in seconds", R"({"type":"sample","time":1665815580,"service":"a","availability":1})", "time",
            "got 1665815580");
        row("sample: time fractional ms", R"({"type":"sample","time":1665815580000.5,"service":"a","availability":1})",
            "time", "epoch milliseconds");
        row("sample: time negative", R"({"type":"sample","time":-1000,"service":"a","availability":1})", "time",
            "got -1000");
        row("sample: time a bool", R"({"type":"sample","time":true,"service":"a","availability":1})", "time",
            "got true");
        row("sample: time numeric string", R"({"type":"sample","time":"1665815580000","service":"a","availability":1})",
            "time", "is not RFC 3339");
        row("state: missing state", R"({"type":"state","time":1665815580000,"service":"a"})", "state",
            R"(missing required field "state")");
        row("state: missing service", R"({"type":"state","time":1665815580000,"state":"ok"})", "service",
            R"(missing required field "service")");
        row("state: unknown state", R"({"type":"state","time":1665815580000,"service":"a","state":"on fire"})", "state",
            R"(unknown state "on fire"; expected one of operational, degraded, partial_outage, major_outage, maintenance, unknown)");
        row("state: state a number", R"({"type":"state","time":1665815580000,"service":"a","state":3})", "state",
            R"("state" must be a string)");
        row("state: missing time", R"({"type":"state","service":"a","state":"degraded"})", "time",
            R"(missing required field "time")");
        row("state: message an object",
            R"({"type":"state","time":1665815580000,"service":"a","state":"ok","message":{}})", "message",
            "got an object");
        row("incident: missing id", R"({"type":"incident","title":"t"})", "id", R"(missing required field "id")");
        row("incident: missing title", R"({"type":"incident","id":"i"})", "title", R"(missing required field "title")");
        row("incident: blank title", R"({"type":"incident","id":"i","title":"  "})", "title", "must not be empty");
        row("incident: unknown severity", R"({"type":"incident","id":"i","title":"t","severity":"sev1"})", "severity",
            R"(unknown severity "sev1")");
        row("incident: unknown time zone", R"({"type":"incident","id":"i","title":"t","time_zone":"Mars/Olympus"})",
            "time_zone", R"(unknown time zone "Mars/Olympus")");
        row("incident: began without offset", R"({"type":"incident","id":"i","title":"t","began":"2022-10-15 15:19"})",
            "began", R"("began" is not RFC 3339)");
        row("incident: resolved garbage", R"({"type":"incident","id":"i","title":"t","resolved":"soon"})", "resolved",
            R"("resolved" is not RFC 3339)");
        row("incident: services a string", R"({"type":"incident","id":"i","title":"t","services":"a"})", "services",
            R"("services" must be an array of service keys, got string "a")");
        row("incident: services with a number", R"({"type":"incident","id":"i","title":"t","services":["a",3]})",
            "services", "got 3 in it");
        row("incident: services with a bad key", R"({"type":"incident","id":"i","title":"t","services":["Pay"]})",
            "services", R"(got string "Pay" in it)");
        row("update: missing incident", R"({"type":"update","time":1665815580000,"status":"s"})", "incident",
            R"(missing required field "incident")");
        row("update: missing time", R"({"type":"update","incident":"i","status":"s"})", "time",
            R"(missing required field "time")");
        row("update: missing status", R"({"type":"update","incident":"i","time":1665815580000})", "status",
            R"(missing required field "status")");
        row("update: derived a number",
            R"({"type":"update","incident":"i","time":1665815580000,"status":"s","derived":1})", "derived",
            "must be true or false, got 1");
        row("annotation: missing time", R"({"type":"annotation","text":"x"})", "time",
            R"(missing required field "time")");
        row("annotation: missing text", R"({"type":"annotation","time":1665815580000})", "text",
            R"(missing required field "text")");
        row("annotation: empty text", R"({"type":"annotation","time":1665815580000,"text":""})", "text",
            R"("text" must not be empty)");
        row("annotation: bad service key",
            R"({"type":"annotation","time":1665815580000,"text":"x","service":"Kakao Talk"})", "service",
            "must be a service key");
        row("annotation: author a number", R"({"type":"annotation","time":1665815580000,"text":"x","author":1})",
            "author", R"("author" must be a string)");
        // A key given twice: which value counts would depend on the reader, so neither does.
        row("duplicate key",
            R"({"type":"sample","time":1665815580000,"service":"a","availability":1,"availability":0})", "availability",
            R"(key "availability" is given twice)");
        row("duplicate nested key",
            R"({"type":"scenario","incident":"i","name":"n","changes":[{"kind":"recover_after","service":"a","minutes":1,"minutes":2}]})",
            "changes[0].minutes", R"(key "minutes" is given twice)");
        row("duplicate empty key", R"({"":1,"type":"service","":2})", "\"\"", R"(key "" is given twice)");
        // String times are held to the window numeric ones are.
        row("string time in year 1", R"({"type":"state","time":"0001-01-01T00:00:00Z","service":"a","state":"up"})",
            "time", R"("time" must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z)");
        row("string time in year 9999", R"({"type":"state","time":"9999-12-31T23:59:59Z","service":"a","state":"up"})",
            "time", "as numeric times do");
        row("string time just before 1973",
            R"({"type":"sample","time":"1973-03-03T09:46:39.999Z","service":"a","availability":1})", "time",
            "must lie between");
    }

    void rejects()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto r = parse(line);
        QCOMPARE(r.batch.recordCount(), 0);
        QCOMPARE(r.batch.rejects.size(), 1);
        const Reject &rej = r.batch.rejects.first();
        QCOMPARE(rej.field, field);
        QVERIFY2(rej.reason.contains(reason), qPrintable(rej.reason));
        QCOMPARE(rej.line, 1);
        QCOMPARE(rej.offset, 0);
        QCOMPARE(rej.source, u"test.ndjson"_s);
        QCOMPARE(rej.receivedAt, 1700000000000);
        QCOMPARE(rej.raw, QString::fromUtf8(line));
    }

    // The edges of the window, as strings: the first millisecond in, the last one in.
    void stringTimeWindowEdges()
    {
        const auto r
            = parse("{\"type\":\"state\",\"time\":\"1973-03-03T09:46:40Z\",\"service\":\"a\",\"state\":\"up\"}\n"
                    "{\"type\":\"state\",\"time\":\"2199-12-31T23:59:59.999Z\",\"service\":\"a\",\"state\":\"up\"}\n"
                    "{\"type\":\"sample\",\"time\":\"2200-01-01T00:00:00Z\",\"service\":\"a\",\"availability\":1}\n");
        QCOMPARE(r.batch.states.size(), 2);
        QCOMPARE(r.batch.states[0].time, Timestamps::kEarliestFeedTime);
        QCOMPARE(r.batch.states[1].time, Timestamps::kLatestFeedTime - 1);
        QCOMPARE(r.batch.rejects.size(), 1); // the fast path refuses it too, and the full one says why
        QCOMPARE(r.batch.rejects[0].line, 3);
    }

    // A value quoted in a reason is cut: a 1 MB string gives a sentence, not a megabyte.
    void quotedValuesAreCut()
    {
        const QByteArray line = "{\"type\":\"service\",\"key\":\"" + QByteArray(1024 * 1024, 'K') + "\",\"users\":1}";
        const auto r = parse(line);
        QCOMPARE(r.batch.rejects.size(), 1);
        QVERIFY2(r.batch.rejects[0].reason.size() < 400, qPrintable(r.batch.rejects[0].reason.left(500)));
        QVERIFY(r.batch.rejects[0].reason.contains(u"\u2026\" (1048376 more characters)"_s));
        QVERIFY(r.batch.rejects[0].raw.size() <= 512);
    }

    void goodLinesBesideBadOnesAreKept()
    {
        QFile file(QStringLiteral(OUTAGEDASH_TEST_DATA "/ndjson/mixed.ndjson"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const auto r = parse(text);
        QCOMPARE(r.batch.services.size(), 1);
        QCOMPARE(r.batch.samples.size(), 1);
        QCOMPARE(r.batch.states.size(), 1);
        QCOMPARE(r.batch.states[0].state, ServiceState::MajorOutage);
        QList<qint64> lines;
        QStringList fields;
        for (const Reject &rej : r.batch.rejects) {
            lines << rej.line;
            fields << rej.field;
            QCOMPARE(rej.offset, text.indexOf(rej.raw.toUtf8()));
        }
        QCOMPARE(lines, (QList<qint64> {2, 5, 6, 7}));
        QCOMPARE(fields, (QStringList {u"users"_s, u"time"_s, u"state"_s, u"json"_s}));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray good = R"({"type":"annotation","time":1665815580000,"text":"a"})";
        const QByteArray bad = R"({"type":"annotation"})";
        QTest::newRow("LF") << good + "\n" + bad + "\n" + good + "\n";
        QTest::newRow("CRLF") << good + "\r\n" + bad + "\r\n" + good + "\r\n";
        QTest::newRow("no final newline") << good + "\n" + bad + "\n" + good;
        QTest::newRow("BOM") << "\xEF\xBB\xBF" + good + "\n" + bad + "\n" + good;
        QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF" + good + "\r\n" + bad + "\r\n" + good + "\r\n";
        QTest::newRow("blank lines") << "\n" + good + "\n" + bad + "\n \t\r\n\r\n" + good + "\n\n";
        QTest::newRow("spaces around JSON") << "  " + good + "\t\n" + bad + "\n" + good + "  \r\n";
    }

    void lineEndings()
    {
        QFETCH(QByteArray, text);
        const auto r = parse(text);
        QCOMPARE(r.batch.annotations.size(), 2);
        QCOMPARE(r.batch.rejects.size(), 1);
        const Reject &rej = r.batch.rejects.first();
        QCOMPARE(rej.field, u"time"_s);
        QCOMPARE(rej.line, text.left(rej.offset).count('\n') + 1);
        QCOMPARE(rej.raw, u"{\"type\":\"annotation\"}"_s); // no CR, no BOM
        QCOMPARE(text.mid(rej.offset, rej.raw.size()), rej.raw.toUtf8());
    }

    void emptyInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("newlines") << QByteArray("\n\r\n\n");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    }

    void emptyInput()
    {
        QFETCH(QByteArray, text);
        const auto r = parse(text);
        QVERIFY(r.batch.isEmpty());
        QVERIFY(!r.cancelled);
        QVERIFY(r.error.isEmpty());
    }

    void bomOffsetPointsAtTheJson()
    {
        const auto r = parse("\xEF\xBB\xBF{\"type\":\"nope\"}\n{\"type\":\"nope\"}");
        QCOMPARE(r.batch.rejects.size(), 2);
        QCOMPARE(r.batch.rejects[0].offset, 3);
        QCOMPARE(r.batch.rejects[1].offset, 19);
        QCOMPARE(r.batch.rejects[1].line, 2);
    }

    void firstLineAndBaseOffset()
    {
        ParseOptions o = options();
        o.firstLine = 101;
        o.baseOffset = 5000;
        const auto r = parse("{\"type\":\"nope\"}\n\n{\"type\":\"nope\"}\n", o);
        QCOMPARE(r.batch.rejects.size(), 2);
        QCOMPARE(r.batch.rejects[0].line, 101);
        QCOMPARE(r.batch.rejects[0].offset, 5000);
        QCOMPARE(r.batch.rejects[1].line, 103);
        QCOMPARE(r.batch.rejects[1].offset, 5017);
    }

    void parseLineAppendsOneLine()
    {
        FeedBatch batch;
        batch.annotations.append(Annotation {0, 1, {}, {}, {}, u"kept"_s});
        NdjsonParser::parseLine(R"({"type":"annotation","time":1665815580000,"text":"b"})"
                                "\r",
            7, 640, options(), batch);
        NdjsonParser::parseLine(" \r", 8, 700, options(), batch);
        NdjsonParser::parseLine(R"({"type":"annotation"})", 9, 703, options(), batch);
        QCOMPARE(batch.annotations.size(), 2);
        QCOMPARE(batch.annotations[1].text, u"b"_s);
        QCOMPARE(batch.rejects.size(), 1);
        QCOMPARE(batch.rejects[0].line, 9);
        QCOMPARE(batch.rejects[0].offset, 703);
    }

    void rawIsTruncatedOnACharacterBoundary()
    {
        // 510 ASCII bytes, then 3-byte Hangul: byte 512 falls inside a character.
        QByteArray line = "{\"type\":\"nope\",\"pad\":\"" + QByteArray(510 - 22, 'x');
        QCOMPARE(line.size(), 510);
        line += QString(100, QChar(0xD55C)).toUtf8() + "\"}";
        const auto r = parse(line);
        QCOMPARE(r.batch.rejects.size(), 1);
        const QByteArray raw = r.batch.rejects[0].raw.toUtf8();
        QCOMPARE(raw.size(), 510);
        QVERIFY(line.startsWith(raw));
    }

    void progressIsReportedAndCanCancel()
    {
        QByteArray text;
        for (int i = 0; i < 10000; ++i)
            text += sampleLine(i);
        QCOMPARE(text.size(), 1000000);

        QList<QPair<qint64, qint64>> calls;
        ParseOptions o = options();
        o.progress = [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        };
        auto r = parse(text, o);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.batch.samples.size(), 10000);
        QVERIFY(calls.size() >= 10 && calls.size() <= 17);
        QCOMPARE(calls.last(), (QPair<qint64, qint64> {1000000, 1000000}));
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QCOMPARE(calls[i].second, 1000000);
            QVERIFY(calls[i].first - calls[i - 1].first >= 64 * 1024 || i == calls.size() - 1);
        }

        calls.clear();
        o.progress = [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return calls.size() < 3;
        };
        r = parse(text, o);
        QVERIFY(r.cancelled);
        QCOMPARE(calls.size(), 3);
        // Every line that starts before the cancelling report was parsed, none after it.
        QCOMPARE(r.batch.samples.size(), calls.last().first / 100);
        QCOMPARE(r.batch.samples.last().time, 1665815580000 + calls.last().first / 100 - 1);
    }

    void unicodeRoundTrips()
    {
        const QString korean = u"카카오톡 메시지 수신 장애"_s;
        const QString emoji = u"🔥 불 🧯 (ﾉ◕ヮ◕)ﾉ*:･ﾟ✧"_s;
        const QJsonObject service {{u"type"_s, u"service"_s}, {u"key"_s, u"messaging"_s}, {u"name"_s, korean},
            {u"users"_s, 1}, {u"note"_s, emoji}};
        // The same text as JSON escapes, surrogate pair included.
        const QByteArray escaped = "{\"type\":\"annotation\",\"time\":1665815580000,"
                                   "\"text\":\"\\ud83d\\udd25 \\uce74\\uce74\\uc624\"}";
        const auto r = parse(QJsonDocument(service).toJson(QJsonDocument::Compact) + '\n' + escaped);
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.services.first().name, korean);
        QCOMPARE(r.batch.services.first().note, emoji);
        QCOMPARE(r.batch.annotations.first().text, u"🔥 카카오"_s);
        const QJsonObject bad {{u"type"_s, u"nope"_s}, {u"text"_s, emoji}};
        const auto rejected = parse(QJsonDocument(bad).toJson(QJsonDocument::Compact));
        QVERIFY(rejected.batch.rejects.first().raw.contains(emoji));
    }

    void markupAndSqlAreKeptVerbatim()
    {
        const QString sql = u"'); DROP TABLE samples; -- \"quoted\" \\ backslash %s ?"_s;
        const QString html = u"<script>alert('x')</script> &amp; <b>bold</b>"_s;
        const QJsonObject state {{u"type"_s, u"state"_s}, {u"time"_s, qint64(1665815580000)}, {u"service"_s, u"a"_s},
            {u"state"_s, u"down"_s}, {u"message"_s, sql}};
        const QJsonObject note {{u"type"_s, u"annotation"_s}, {u"time"_s, qint64(1665815580000)}, {u"text"_s, html}};
        const auto r = parse(QJsonDocument(state).toJson(QJsonDocument::Compact) + '\n'
            + QJsonDocument(note).toJson(QJsonDocument::Compact));
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.states.first().message, sql);
        QCOMPARE(r.batch.annotations.first().text, html);
    }

    void documentedExamplesParse()
    {
        // Every ```ndjson block of the format specification must parse cleanly, one record each.
        QFile doc(QStringLiteral(OUTAGEDASH_TEST_DATA "/../../docs/feed-format.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        static const QRegularExpression block(
            u"```ndjson\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
        QByteArray lines;
        int blocks = 0;
        for (const auto &m : block.globalMatch(text)) {
            lines += m.captured(1).toUtf8();
            ++blocks;
        }
        QCOMPARE(blocks, 9);
        const auto r = parse(lines);
        for (const Reject &rej : r.batch.rejects)
            qWarning() << rej.line << rej.field << rej.reason;
        QVERIFY(r.batch.rejects.isEmpty());
        const FeedBatch &b = r.batch;
        const QList<qsizetype> perType {b.services.size(), b.dependencies.size(), b.samples.size(), b.states.size(),
            b.incidents.size(), b.updates.size(), b.annotations.size(), b.scenarios.size()};
        // One example of each type, and a second update: a corpus milestone with its source.
        QCOMPARE(perType, (QList<qsizetype> {1, 1, 1, 1, 1, 2, 1, 1}));
        QCOMPARE(b.updates.last().confidence, u"high"_s);
        QVERIFY(b.updates.last().sourceUrl.startsWith(u"https://"_s));
    }
};

QTEST_GUILESS_MAIN(TstNdjsonParser)
#include "tst_ndjsonparser.moc"
