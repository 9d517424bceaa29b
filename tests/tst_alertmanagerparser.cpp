// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/alertmanagerparser.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// No raw string literals here: moc (6.4) misreads those holding '#' or an odd number of
// quotes and silently drops the test class. Variants are built from the fixtures instead.

using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QString::fromUtf8(OUTAGEDASH_PUBLIC_FIXTURES);
const QString kMulti = u"alertmanager_webhook_v4_firing_multi_2023-03-25.json"_s;
const QString kResolved = u"alertmanager_webhook_v4_resolved_2023-03-25.json"_s;
const QString kPoc = u"alertmanager_webhook_v4_firing_poc_2022-10-04.json"_s;
// 主机CPU使用率 ("host CPU usage"), the alertname of the multi-alert capture.
const QString kCpuAlert = u"\u4e3b\u673aCPU\u4f7f\u7528\u7387"_s;

QByteArray readFixture(const QString &name)
{
    QFile file(kFixtures + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#define LOAD(var, name)                                                                                                \
    const QByteArray var = readFixture(name);                                                                          \
    QVERIFY2(!var.isEmpty(), qPrintable(u"cannot read "_s + kFixtures + u'/' + (name)))

ParseOptions options()
{
    ParseOptions o;
    o.source = u"alerts-feed"_s;
    o.receivedAt = 1700000000000;
    return o;
}

ParseResult parse(const QByteArray &data, const ParseOptions &o = options())
{
    return AlertmanagerParser::parse(data, o);
}

TimeMs utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

// 'node' with the value at a dotted path ("alerts.0.labels.severity") replaced; an
// undefined value removes the key.
QJsonValue with(const QJsonValue &node, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QStringView head = dot < 0 ? path : path.first(dot);
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = dot < 0 ? value : with(array.at(index), path.sliced(dot + 1), value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (dot >= 0)
        object[head] = with(object.value(head), path.sliced(dot + 1), value);
    else if (value.isUndefined())
        object.remove(head);
    else
        object[head] = value;
    return object;
}

QByteArray mutated(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    const QJsonValue root = with(QJsonDocument::fromJson(json).object(), path, value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

// The compact JSON kept after the human text of a state change's message.
QJsonObject kept(const StateChange &s)
{
    return QJsonDocument::fromJson(s.message.section(u'\n', 1).toUtf8()).object();
}

const QJsonValue kRemove(QJsonValue::Undefined);

// A value as compact JSON writes it ("x" with its quotes, 12 without).
QByteArray compact(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
}

} // namespace

class TstAlertmanagerParser final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(kFixtures).exists())
            QFAIL(qPrintable(u"public fixtures folder missing: "_s + kFixtures));
    }

    // Every Alertmanager fixture of the shared folder is parsed by a test below.
    void everyFixtureIsTested()
    {
        QStringList tested {kMulti, kResolved, kPoc};
        tested.sort();
        QCOMPARE(QDir(kFixtures).entryList({u"alertmanager_*"_s}, QDir::Files, QDir::Name), tested);
    }

    void firingMulti()
    {
        LOAD(data, kMulti);
        const ParseResult r = parse(data);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.recordCount(), 3);
        QCOMPARE(r.batch.states.size(), 3);
        // +08:00 and nanoseconds: 14:39:51.68943305+08:00 is 06:39:51.689 UTC (truncated).
        const QList<TimeMs> times {
            utc(2023, 3, 25, 6, 39, 51, 689), utc(2023, 3, 25, 6, 41, 21, 689), utc(2023, 3, 25, 6, 41, 6, 689)};
        const QStringList fingerprints {u"72a2002704e27a2e"_s, u"ba18df1a61fe8e0b"_s, u"5a6e9db40eb24b04"_s};
        for (int i = 0; i < 3; ++i) {
            const StateChange &s = r.batch.states[i];
            QCOMPARE(s.time, times[i]);
            // No service or job label: the alertname names it, and its slug keeps the ASCII part.
            QCOMPARE(s.service, u"cpu"_s);
            QCOMPARE(s.state, ServiceState::PartialOutage); // severity "exception" is not a known word
            QCOMPARE(s.rawState, u"firing"_s);
            // Each alert reports for itself: the feed, then its fingerprint.
            QCOMPARE(s.source, u"alerts-feed#"_s + fingerprints[i]);
            QCOMPARE(kept(s).value(u"fingerprint").toString(), fingerprints[i]);
            QCOMPARE(kept(s).value(u"labels").toObject().value(u"severity").toString(), u"exception"_s);
        }
        const QString first = kCpuAlert + u": 444 \u2014 \u7684k8s-node1:9101\u5b9e\u4f8b\u4ea7\u751f\u544a\u8b66"_s;
        QCOMPARE(r.batch.states[0].message.section(u'\n', 0, 0), first);
        QCOMPARE(
            kept(r.batch.states[2]).value(u"labels").toObject().value(u"instance").toString(), u"k8s-node3:9101"_s);
        QCOMPARE(kept(r.batch.states[0]).value(u"annotations").toObject().value(u"summary").toString(), u"444"_s);
    }

    void serviceLabelAndMapping()
    {
        LOAD(data, kMulti);
        ParseOptions o = options();
        o.mapping.label = u"serviceRoleName"_s;
        QCOMPARE(parse(data, o).batch.states[0].service, u"node"_s);
        o.mapping.map.insert(u"node"_s, u"k8s-nodes"_s);
        QCOMPARE(parse(data, o).batch.states[1].service, u"k8s-nodes"_s);
        LOAD(poc, kPoc);
        o = options();
        o.mapping.mappedOnly = true;
        const FeedBatch b = parse(poc, o).batch;
        QCOMPARE(b.states.size(), 0);
        QCOMPARE(b.rejects.size(), 1);
        QCOMPARE(b.rejects[0].field, u"alerts[0].labels.job"_s);
        QVERIFY(b.rejects[0].reason.contains(u"not in the service mapping"_s));
        // No label names any service at all.
        QByteArray bare = mutated(poc, u"alerts.0.labels"_s, QJsonObject {{u"severity"_s, u"high"_s}});
        QCOMPARE(parse(bare).batch.rejects.value(0).field, u"alerts[0].labels"_s);
    }

    void resolved()
    {
        LOAD(data, kResolved);
        const FeedBatch b = parse(data).batch;
        QVERIFY(b.rejects.isEmpty());
        QCOMPARE(b.states.size(), 1);
        const StateChange &s = b.states[0];
        QCOMPARE(s.time, utc(2023, 3, 25, 7, 27, 51, 39)); // endsAt 15:27:51.039625135+08:00
        QCOMPARE(s.state, ServiceState::Operational);
        QCOMPARE(s.rawState, u"resolved"_s);
        QCOMPARE(s.service, u"grafana"_s); // from labels.job
        QCOMPARE(s.message.section(u'\n', 0, 0), u"Grafana\u8fdb\u7a0b\u5b58\u6d3b"_s);
        QCOMPARE(kept(s).value(u"annotations").toObject().size(), 2); // alertAdvice, alertInfo
        QCOMPARE(kept(s).value(u"labels").toObject().value(u"alertLevel").toString(), u"exception"_s);
    }

    void firingPoc()
    {
        LOAD(data, kPoc);
        ParseOptions o = options();
        o.source.clear(); // falls back to the receiver
        const FeedBatch b = parse(data, o).batch;
        QCOMPARE(b.states.size(), 1);
        QCOMPARE(b.states[0].time, utc(2022, 10, 4, 13, 32, 56, 14));
        QCOMPARE(b.states[0].service, u"api"_s);
        QCOMPARE(b.states[0].state, ServiceState::PartialOutage); // severity "high"
        QCOMPARE(b.states[0].source, u"webhook_receiver#948c667b1fc76492"_s);
        QCOMPARE(b.states[0].message.section(u'\n', 0, 0), u"HighValue: poc_metric above 0.5"_s);
        QCOMPARE(kept(b.states[0]).value(u"fingerprint").toString(), u"948c667b1fc76492"_s);
    }

    void severity_data()
    {
        QTest::addColumn<QJsonValue>("severity");
        QTest::addColumn<ServiceState>("state");
        const auto row = [](const char *word, ServiceState state) {
            QTest::newRow(word) << QJsonValue(QString::fromUtf8(word)) << state;
        };
        row("critical", ServiceState::MajorOutage);
        row("page", ServiceState::MajorOutage);
        row("major", ServiceState::MajorOutage);
        row("CRITICAL", ServiceState::MajorOutage);
        row("error", ServiceState::PartialOutage);
        row("high", ServiceState::PartialOutage);
        row("warning", ServiceState::Degraded);
        row("minor", ServiceState::Degraded);
        row("info", ServiceState::Degraded);
        row("none", ServiceState::Degraded);
        row("exception", ServiceState::PartialOutage);
        QTest::newRow("missing") << kRemove << ServiceState::PartialOutage;
    }

    void severity()
    {
        QFETCH(QJsonValue, severity);
        QFETCH(ServiceState, state);
        LOAD(data, kPoc);
        const FeedBatch b = parse(mutated(data, u"alerts.0.labels.severity"_s, severity)).batch;
        QCOMPARE(b.states.value(0).state, state);
    }

    void badAlerts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kept");
        QTest::newRow("startsAt word") << kMulti << u"alerts.1.startsAt"_s << QJsonValue(u"yesterday"_s)
                                       << u"alerts[1].startsAt"_s << 2;
        QTest::newRow("startsAt no offset") << kMulti << u"alerts.1.startsAt"_s
                                            << QJsonValue(u"2023-03-25T14:41:21.689"_s) << u"alerts[1].startsAt"_s << 2;
        QTest::newRow("startsAt number") << kMulti << u"alerts.2.startsAt"_s << QJsonValue(1679726466)
                                         << u"alerts[2].startsAt"_s << 2;
        QTest::newRow("startsAt zero") << kMulti << u"alerts.0.startsAt"_s << QJsonValue(u"0001-01-01T00:00:00Z"_s)
                                       << u"alerts[0].startsAt"_s << 2;
        QTest::newRow("startsAt missing") << kPoc << u"alerts.0.startsAt"_s << kRemove << u"alerts[0].startsAt"_s << 0;
        QTest::newRow("endsAt zero") << kResolved << u"alerts.0.endsAt"_s << QJsonValue(u"0001-01-01T00:00:00Z"_s)
                                     << u"alerts[0].endsAt"_s << 0;
        QTest::newRow("labels string") << kPoc << u"alerts.0.labels"_s << QJsonValue(u"api"_s) << u"alerts[0].labels"_s
                                       << 0;
        QTest::newRow("annotations array")
            << kPoc << u"alerts.0.annotations"_s << QJsonValue(QJsonArray {}) << u"alerts[0].annotations"_s << 0;
        QTest::newRow("status missing") << kPoc << u"alerts.0.status"_s << kRemove << u"alerts[0].status"_s << 0;
        QTest::newRow("status number") << kPoc << u"alerts.0.status"_s << QJsonValue(1) << u"alerts[0].status"_s << 0;
        QTest::newRow("alert string") << kMulti << u"alerts.1"_s << QJsonValue(u"firing"_s) << u"alerts[1]"_s << 2;
    }

    void badAlerts()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(int, kept);
        LOAD(data, file);
        const QByteArray bad = mutated(data, path, value);
        const ParseResult r = parse(bad);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.batch.rejects.size(), 1);
        const Reject &reject = r.batch.rejects[0];
        QCOMPARE(reject.field, field);
        QCOMPARE(reject.source, u"alerts-feed"_s);
        QCOMPARE(reject.line, 1); // mutated() writes compact JSON: one line
        // The byte offset is that of the bad value, or of its alert when the field is missing.
        QVERIFY(reject.offset > 0 && reject.offset < bad.size());
        QVERIFY2(bad.mid(reject.offset).startsWith(value.isUndefined() ? QByteArray("{") : compact(value)),
            bad.mid(reject.offset, 40).constData());
        QCOMPARE(reject.receivedAt, 1700000000000);
        QVERIFY(!reject.raw.isEmpty());
        QCOMPARE(r.batch.states.size(), kept);
    }

    void oddButAccepted()
    {
        LOAD(data, kPoc);
        // An unknown alert status is Unknown at startsAt, the word kept.
        FeedBatch b = parse(mutated(data, u"alerts.0.status"_s, u"pending"_s)).batch;
        QCOMPARE(b.states.value(0).state, ServiceState::Unknown);
        QCOMPARE(b.states.value(0).rawState, u"pending"_s);
        QCOMPARE(b.states.value(0).time, utc(2022, 10, 4, 13, 32, 56, 14));
        // Other versions and missing optional fields (old Alertmanagers) change nothing.
        QByteArray old = mutated(data, u"version"_s, u"3"_s);
        old = mutated(old, u"truncatedAlerts"_s, kRemove);
        old = mutated(old, u"alerts.0.fingerprint"_s, kRemove);
        old = mutated(old, u"alerts.0.annotations"_s, QJsonValue());
        b = parse(old).batch;
        QVERIFY(b.rejects.isEmpty());
        QCOMPARE(b.states.size(), 1);
        QCOMPARE(b.states[0].message.section(u'\n', 0, 0), u"HighValue"_s);
        QVERIFY(!kept(b.states[0]).contains(u"fingerprint"));
        // A firing alert's future endsAt is a guess, not a recovery: still one state.
        b = parse(mutated(data, u"alerts.0.endsAt"_s, u"2022-10-04T13:37:56.014Z"_s)).batch;
        QCOMPARE(b.states.size(), 1);
        QCOMPARE(b.states[0].state, ServiceState::PartialOutage);
        // No alerts is an empty batch, not an error.
        const ParseResult empty = parse(mutated(data, u"alerts"_s, QJsonArray {}));
        QVERIFY(empty.error.isEmpty());
        QVERIFY(empty.batch.isEmpty());
    }

    // Two alerts of one service firing at one moment are two reports: keyed by fingerprint,
    // or by their labels when there is none, both stay; sent again, they are the same two.
    void alertsAtOneMomentBothStay()
    {
        LOAD(data, kPoc);
        QJsonObject root = QJsonDocument::fromJson(data).object();
        QJsonArray alerts = root.value(u"alerts").toArray();
        QJsonObject second = alerts.at(0).toObject();
        second.insert(u"fingerprint"_s, u"0123456789abcdef"_s);
        alerts.append(second);
        root.insert(u"alerts"_s, alerts);
        QByteArray two = QJsonDocument(root).toJson(QJsonDocument::Compact);
        FeedBatch b = parse(two).batch;
        QCOMPARE(b.states.size(), 2);
        QCOMPARE(b.states[0].time, b.states[1].time);
        QCOMPARE(b.states[0].service, b.states[1].service);
        QVERIFY(b.states[0].source != b.states[1].source);
        // Without fingerprints the labels tell them apart, in any key order.
        two = mutated(two, u"alerts.0.fingerprint"_s, kRemove);
        two = mutated(two, u"alerts.1.fingerprint"_s, kRemove);
        two = mutated(two, u"alerts.1.labels.instance"_s, u"other:9100"_s);
        b = parse(two).batch;
        QCOMPARE(b.states.size(), 2);
        QVERIFY(b.states[0].source != b.states[1].source);
        QCOMPARE(parse(two).batch.states, b.states);
        QCOMPARE(b.states[0].source.section(u'#', 0, 0), u"alerts-feed"_s);
        QCOMPARE(b.states[0].source.section(u'#', 1).size(), 16);
    }

    // A key given twice inside an alert rejects that alert, naming the key and where it is.
    void duplicateKeyInAnAlert()
    {
        LOAD(data, kMulti);
        QByteArray twice = QJsonDocument::fromJson(data).toJson(QJsonDocument::Compact);
        const qsizetype second = twice.indexOf("\"status\":\"firing\"", twice.indexOf("\"alerts\"") + 20);
        QVERIFY(second > 0);
        twice.insert(second, "\"status\":\"resolved\",");
        const ParseResult r = parse(twice);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.batch.states.size(), 2);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"alerts[0].status"_s); // keys are sorted: alert 0's comes first
        QVERIFY2(
            r.batch.rejects[0].reason.contains(u"\"status\" is given twice"_s), qPrintable(r.batch.rejects[0].reason));
        QVERIFY(twice.mid(r.batch.rejects[0].offset).startsWith("\"status\":\"firing\""));
    }

    // String times are held to the window numeric ones are: 1973 to 2200.
    void stringTimesOutsideTheWindow()
    {
        LOAD(data, kPoc);
        for (const QString &time : {u"9999-12-31T23:59:59Z"_s, u"1970-01-02T00:00:00Z"_s}) {
            const FeedBatch b = parse(mutated(data, u"alerts.0.startsAt"_s, time)).batch;
            QCOMPARE(b.states.size(), 0);
            QCOMPARE(b.rejects.value(0).field, u"alerts[0].startsAt"_s);
            QVERIFY2(
                b.rejects.value(0).reason.contains(u"must lie between 1973"_s), qPrintable(b.rejects.value(0).reason));
        }
    }

    void refusedDocuments_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        const QByteArray poc = readFixture(kPoc);
        QTest::newRow("truncated") << poc.left(poc.size() / 2) << u"invalid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"invalid JSON"_s;
        QTest::newRow("array") << QByteArray("[{\"alerts\":[]}]") << u"not an Alertmanager webhook payload"_s;
        QTest::newRow("no alerts") << mutated(poc, u"alerts"_s, kRemove)
                                   << u"not an Alertmanager webhook payload: missing \"alerts\""_s;
        QTest::newRow("null alerts") << mutated(poc, u"alerts"_s, QJsonValue())
                                     << u"not an Alertmanager webhook payload: missing \"alerts\""_s;
        QTest::newRow("alerts object") << mutated(poc, u"alerts"_s, QJsonObject {})
                                       << u"not an Alertmanager webhook payload: \"alerts\" must be an array"_s;
        // Two "receiver" keys: which one counts would depend on the reader.
        QTest::newRow("duplicate top-level key") << QJsonDocument::fromJson(poc)
                                                        .toJson(QJsonDocument::Compact)
                                                        .replace("\"receiver\":", "\"receiver\":\"x\",\"receiver\":")
                                                 << u"receiver at byte "_s;
    }

    void refusedDocuments()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const ParseResult r = parse(data);
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
        QVERIFY(r.batch.isEmpty());
    }

    void rawIsCutSafely()
    {
        LOAD(data, kPoc);
        QByteArray bad = mutated(data, u"alerts.0.annotations.description"_s, QString(300, QChar(0x544A)));
        bad = mutated(bad, u"alerts.0.startsAt"_s, u"never"_s);
        const Reject r = parse(bad).batch.rejects.value(0);
        QVERIFY(r.raw.toUtf8().size() <= 512);
        QVERIFY(r.raw.toUtf8().size() > 500);
        QVERIFY(!r.raw.contains(QChar::ReplacementCharacter));
    }

    // Grafana's unified payloads look alike by design; FeedFormat asks GrafanaParser first.
    void looksLike()
    {
        for (const QString &file : QDir(kFixtures).entryList({u"*.json"_s}, QDir::Files))
            QVERIFY2(AlertmanagerParser::looksLike(readFixture(file).left(512))
                    == (file.startsWith(u"alertmanager_"_s) || file.startsWith(u"grafana_unified_"_s)),
                qPrintable(file));
        QVERIFY(!AlertmanagerParser::looksLike("{\"type\":\"state\",\"message\":\"alerts receiver\"}"));
    }
};

QTEST_GUILESS_MAIN(TstAlertmanagerParser)
#include "tst_alertmanagerparser.moc"
