// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/alertmanagerparser.h"
#include "feeds/feedformat.h"
#include "feeds/grafanaparser.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Grafana's webhooks, unified (9 to 11) and legacy, on the real payloads in tests/data/public
// (their sources in its README.md). No raw string literals: moc 6.4 misreads some.

using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QString::fromUtf8(OUTAGEDASH_PUBLIC_FIXTURES);
const QString kMulti = u"grafana_unified_v9_firing_multi_zulip_2022-06-17.json"_s;
const QString kResolved = u"grafana_unified_v9_resolved_zulip_2022-06-17.json"_s;
const QString kValues = u"grafana_unified_v11_values_play_2024-03-01.json"_s;
const QString kLegacyAlerting = u"grafana_legacy_alerting_test_notification_zulip.json"_s;
const QString kLegacyOk = u"grafana_legacy_ok_zulip.json"_s;
const QString kLegacyNoData = u"grafana_legacy_v7_no_data_zulip.json"_s;

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
    o.source = u"grafana"_s;
    o.receivedAt = 1700000000000;
    return o;
}

TimeMs utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

QJsonObject kept(const StateChange &s)
{
    return QJsonDocument::fromJson(s.message.section(u'\n', 1).toUtf8()).object();
}

QByteArray withRoot(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TstGrafanaParser final : public QObject {
    Q_OBJECT

private slots:
    void everyFixtureIsTested()
    {
        QStringList tested {kMulti, kResolved, kValues, kLegacyAlerting, kLegacyOk, kLegacyNoData};
        tested.sort();
        QCOMPARE(QDir(kFixtures).entryList({u"grafana_*"_s}, QDir::Files, QDir::Name), tested);
        for (const QString &file : tested) {
            QCOMPARE(FeedFormat::detect(readFixture(file)), FeedFormat::Grafana);
            QVERIFY2(GrafanaParser::looksLike(readFixture(file).left(4096)), qPrintable(file));
        }
        // Nothing else is taken for Grafana.
        for (const QString &file : QDir(kFixtures).entryList(QDir::Files))
            if (!file.startsWith(u"grafana_"_s))
                QVERIFY2(!GrafanaParser::looksLike(readFixture(file).left(65536)), qPrintable(file));
    }

    // Three firing alerts, two of them of job "rabbitmq" at the same nanosecond: both stay,
    // keyed by their fingerprints, with the query values and annotations kept.
    void unifiedFiring()
    {
        LOAD(data, kMulti);
        const ParseResult r = GrafanaParser::parse(data, options());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.states.size(), 3);
        const StateChange &a = r.batch.states[0];
        const StateChange &b = r.batch.states[1];
        QCOMPARE(a.service, u"rabbitmq"_s); // no "service" label: "job" names it
        QCOMPARE(b.service, u"rabbitmq"_s);
        QCOMPARE(a.time, utc(2022, 6, 17, 1, 11, 0, 782));
        QCOMPARE(b.time, a.time);
        QCOMPARE(a.state, ServiceState::PartialOutage); // no severity label
        QCOMPARE(a.source, u"grafana#aaafafe0953f0962"_s);
        QCOMPARE(b.source, u"grafana#fb31814ac93dbe7d"_s);
        QCOMPARE(a.message.section(u'\n', 0, 0),
            u"Test alert: This is a summary field, failure on badhost.example.com \u2014 This is a description"_s);
        QVERIFY(kept(a).value(u"valueString").toString().contains(u"value=17"_s));
        QCOMPARE(kept(b).value(u"annotations").toObject().value(u"runbook_url").toString(), u"https://example.com/"_s);
        QCOMPARE(r.batch.states[2].service, u"second-webhook-test"_s); // alertname, slugged
    }

    void unifiedResolvedAndValues()
    {
        LOAD(resolved, kResolved);
        FeedBatch b = GrafanaParser::parse(resolved, options()).batch;
        QCOMPARE(b.states.size(), 1);
        QCOMPARE(b.states[0].state, ServiceState::Operational);
        QCOMPARE(b.states[0].time, utc(2022, 6, 17, 0, 51, 24, 67)); // endsAt, truncated to ms
        QCOMPARE(b.states[0].service, u"test-alert"_s);
        LOAD(values, kValues);
        ParseOptions o = options();
        o.mapping.label = u"grafana_folder"_s;
        o.mapping.map.insert(u"device"_s, u"devices"_s);
        b = GrafanaParser::parse(values, o).batch;
        QCOMPARE(b.states.size(), 1);
        QCOMPARE(b.states[0].service, u"devices"_s); // through mapping.label, like Alertmanager
        QCOMPARE(b.states[0].time, utc(2024, 3, 1, 2, 9, 0));
        QCOMPARE(kept(b.states[0]).value(u"values").toObject().value(u"A").toDouble(), 2473545728.0);
        QCOMPARE(b.states[0].message.section(u'\n', 0, 0), u"Memory (copy): High memory usage"_s);
    }

    // The same payload delivered twice is the same records: the store keeps them once.
    void redeliveryIsTheSame()
    {
        for (const QString &file : {kMulti, kResolved, kValues, kLegacyAlerting}) {
            const QByteArray data = readFixture(file);
            ParseOptions later = options();
            later.receivedAt += 60000; // received a minute later...
            later.documentTime = 1690000000000; // ...from the same file
            ParseOptions first = options();
            first.documentTime = 1690000000000;
            QCOMPARE(GrafanaParser::parse(data, later).batch.states, GrafanaParser::parse(data, first).batch.states);
        }
    }

    // Alertmanager's parser hands a Grafana payload over rather than refusing it.
    void alertmanagerSourceTakesGrafana()
    {
        LOAD(data, kMulti);
        const ParseResult r = AlertmanagerParser::parse(data, options());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.batch.states, GrafanaParser::parse(data, options()).batch.states);
    }

    void legacy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ServiceState>("state");
        QTest::addColumn<QString>("service");
        QTest::newRow("alerting") << kLegacyAlerting << ServiceState::PartialOutage << u"test-rule"_s;
        QTest::newRow("ok") << kLegacyOk << ServiceState::Operational << u"test-rule"_s;
        QTest::newRow("no data, v7") << kLegacyNoData << ServiceState::PartialOutage << u"no-data-alert"_s;
    }

    // The legacy webhook: one state of the rule's service, stamped with the file's time (the
    // payload carries none), the message and the matches kept.
    void legacy()
    {
        QFETCH(QString, file);
        QFETCH(ServiceState, state);
        QFETCH(QString, service);
        LOAD(data, file);
        ParseOptions o = options();
        o.documentTime = 1690000000000;
        const ParseResult r = GrafanaParser::parse(data, o);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.states.size(), 1);
        const StateChange &s = r.batch.states[0];
        QCOMPARE(s.state, state);
        QCOMPARE(s.service, service);
        QCOMPARE(s.time, 1690000000000);
        QVERIFY(s.source.startsWith(u"grafana#rule-"_s));
        QVERIFY(s.message.section(u'\n', 0, 0).startsWith(QJsonDocument::fromJson(data)[u"title"].toString()));
        QVERIFY(kept(s).contains(u"evalMatches"));
        // Without a document time, the time it was received.
        QCOMPARE(GrafanaParser::parse(data, options()).batch.states.value(0).time, 1700000000000);
    }

    void legacyStatesAndMapping()
    {
        LOAD(data, kLegacyAlerting);
        const auto parse
            = [](const QByteArray &d, const ParseOptions &o = options()) { return GrafanaParser::parse(d, o).batch; };
        QCOMPARE(parse(withRoot(data, u"state"_s, u"no_data"_s)).states.value(0).state, ServiceState::Unknown);
        QCOMPARE(parse(withRoot(data, u"state"_s, u"paused"_s)).states.value(0).rawState, u"paused"_s);
        const QByteArray tagged = withRoot(
            data, u"tags"_s, QJsonObject {{u"service"_s, u"Payments API"_s}, {u"severity"_s, u"critical"_s}});
        FeedBatch b = parse(tagged);
        QCOMPARE(b.states.value(0).service, u"payments-api"_s);
        QCOMPARE(b.states.value(0).state, ServiceState::MajorOutage);
        ParseOptions o = options();
        o.mapping.mappedOnly = true;
        b = parse(tagged, o);
        QCOMPARE(b.states.size(), 0);
        QCOMPARE(b.rejects.value(0).field, u"tags.service"_s);
        // A key given twice, even the empty one, rejects the alert naming it (found by fuzz_grafana).
        QByteArray twice = QJsonDocument::fromJson(data).toJson(QJsonDocument::Compact);
        twice.insert(1, "\"\":1,\"\":2,");
        b = parse(twice);
        QCOMPARE(b.states.size(), 0);
        QCOMPARE(b.rejects.value(0).field, u"\"\""_s);
        QCOMPARE(b.rejects.value(0).offset, 6); // the second ""
        b = parse(withRoot(data, u"state"_s, 3));
        QCOMPARE(b.rejects.value(0).field, u"state"_s);
        QVERIFY(b.rejects.value(0).offset >= 0);
    }

    void badAlertsAreRejectedAlone()
    {
        LOAD(data, kMulti);
        QJsonObject root = QJsonDocument::fromJson(data).object();
        QJsonArray alerts = root.value(u"alerts").toArray();
        QJsonObject bad = alerts[1].toObject();
        bad.insert(u"startsAt"_s, u"soon"_s);
        alerts[1] = bad;
        root.insert(u"alerts"_s, alerts);
        const QByteArray input = QJsonDocument(root).toJson(QJsonDocument::Indented);
        const ParseResult r = GrafanaParser::parse(input, options());
        QCOMPARE(r.batch.states.size(), 2);
        QCOMPARE(r.batch.rejects.size(), 1);
        const Reject &j = r.batch.rejects[0];
        QCOMPARE(j.field, u"alerts[1].startsAt"_s);
        QVERIFY(input.mid(j.offset).startsWith("\"soon\""));
        QCOMPARE(j.line, input.first(j.offset).count('\n') + 1);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated") << readFixture(kMulti).left(300) << u"invalid JSON at line "_s;
        QTest::newRow("not grafana") << QByteArray("{\"alerts\":[]}") << u"not a Grafana webhook payload"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a Grafana webhook payload"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const ParseResult r = GrafanaParser::parse(data, options());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
        QVERIFY(r.batch.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstGrafanaParser)
#include "tst_grafanaparser.moc"
