// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedformat.h"
#include "feeds/googlecloudparser.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Google Cloud's incidents.json, on the real incidents in tests/data/public (their sources in
// its README.md): a BigQuery incident in europe-north1 and the Delhi data-centre fire of 2026.

using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QString::fromUtf8(OUTAGEDASH_PUBLIC_FIXTURES);
const QString kBigQuery = u"gcp_incidents_bigquery_2023-03-10.json"_s;
const QString kDelhi = u"gcp_incidents_delhi_dc_fire_2026-06.json"_s;

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
    o.source = u"gcp"_s;
    o.receivedAt = 1700000000000;
    return o;
}

ParseResult parse(const QByteArray &data, const ParseOptions &o = options())
{
    return GoogleCloudParser::parse(data, o);
}

TimeMs utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

// The fixture with one field of its first incident replaced ("updates.0.when").
QByteArray mutated(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    QJsonArray root = QJsonDocument::fromJson(json).array();
    QJsonObject incident = root.at(0).toObject();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        incident.insert(parts[0], value);
    } else {
        QJsonArray list = incident.value(parts[0]).toArray();
        QJsonObject item = list.at(parts[1].toInt()).toObject();
        item.insert(parts[2], value);
        list[parts[1].toInt()] = item;
        incident.insert(parts[0], list);
    }
    root[0] = incident;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

class TstGoogleCloudParser final : public QObject {
    Q_OBJECT

private slots:
    void everyFixtureIsTestedAndDetected()
    {
        QCOMPARE(QDir(kFixtures).entryList({u"gcp_*"_s}, QDir::Files, QDir::Name), (QStringList {kBigQuery, kDelhi}));
        for (const QString &file : {kBigQuery, kDelhi})
            QCOMPARE(FeedFormat::detect(readFixture(file)), FeedFormat::GoogleCloud);
        for (const QString &file : QDir(kFixtures).entryList(QDir::Files))
            if (!file.startsWith(u"gcp_"_s))
                QVERIFY2(!GoogleCloudParser::looksLike(readFixture(file).left(65536)), qPrintable(file));
    }

    void bigQuery()
    {
        LOAD(data, kBigQuery);
        const ParseResult r = parse(data);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.incidents.size(), 1);
        const Incident &i = r.batch.incidents[0];
        QCOMPARE(i.id, u"rZvZvSKVdDHyWh4dZJ8D"_s);
        QCOMPARE(i.title, u"Retry errors for Google BigQuery in europe-north1"_s);
        QCOMPARE(i.severity, u"minor"_s); // low
        QCOMPARE(i.began, utc(2023, 3, 10, 14, 9, 43));
        QCOMPARE(i.detected, utc(2023, 3, 10, 14, 26, 24));
        QCOMPARE(i.resolved, utc(2023, 3, 10, 14, 54, 50));
        QCOMPARE(i.services, QStringList {u"google-bigquery"_s});
        QVERIFY(i.summary.contains(u"https://status.cloud.google.com/incidents/rZvZvSKVdDHyWh4dZJ8D"_s));
        // The most recent update repeats the only one: one update.
        QCOMPARE(r.batch.updates.size(), 1);
        QCOMPARE(r.batch.updates[0].time, utc(2023, 3, 10, 14, 26, 17));
        QCOMPARE(r.batch.updates[0].status, u"SERVICE_INFORMATION"_s);
        QVERIFY(r.batch.updates[0].message.endsWith(u"Locations: Finland (europe-north1)"_s));
        // Degraded from begin (the impact, and the update saying the same), operational from end.
        QCOMPARE(r.batch.states.size(), 3);
        QCOMPARE(r.batch.states[0].time, utc(2023, 3, 10, 14, 9, 43));
        QCOMPARE(r.batch.states[0].state, ServiceState::Degraded);
        QCOMPARE(r.batch.states[1].state, ServiceState::Degraded);
        QCOMPARE(r.batch.states[2].time, utc(2023, 3, 10, 14, 54, 50));
        QCOMPARE(r.batch.states[2].state, ServiceState::Operational);
        QCOMPARE(r.batch.states[2].rawState, u"AVAILABLE"_s);
    }

    // Three products, a disruption from June 5 to 26: the "AVAILABLE" update of June 29 says it
    // is over, which the end already does.
    void delhiFire()
    {
        LOAD(data, kDelhi);
        ParseOptions o = options();
        o.mapping.map.insert(u"BSGtCUnz6ZmyajsjgTKv"_s, u"vpc"_s); // by product id
        const ParseResult r = parse(data, o);
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.incidents.size(), 1);
        const Incident &i = r.batch.incidents[0];
        QCOMPARE(i.severity, u"major"_s);
        QCOMPARE(i.services, (QStringList {u"hybrid-connectivity"_s, u"media-cdn"_s, u"vpc"_s}));
        QCOMPARE(r.batch.updates.size(), 2);
        QCOMPARE(r.batch.updates[0].status, u"AVAILABLE"_s);
        QCOMPARE(r.batch.updates[1].time, utc(2026, 6, 10, 1, 13, 50));
        for (const QString &service : i.services) {
            QList<StateChange> mine;
            for (const StateChange &s : r.batch.states)
                if (s.service == service)
                    mine.append(s);
            QCOMPARE(mine.size(), 3); // the impact from begin, the update of June 10, the end
            QCOMPARE(mine[0].time, utc(2026, 6, 5, 7, 0, 0));
            QCOMPARE(mine[0].state, ServiceState::PartialOutage);
            QCOMPARE(mine.last().time, utc(2026, 6, 26, 19, 0, 0));
            QCOMPARE(mine.last().state, ServiceState::Operational);
        }
    }

    void statusWords()
    {
        QCOMPARE(GoogleCloudParser::stateOf(u"SERVICE_OUTAGE"), ServiceState::MajorOutage);
        QCOMPARE(GoogleCloudParser::stateOf(u"SERVICE_DISRUPTION"), ServiceState::PartialOutage);
        QCOMPARE(GoogleCloudParser::stateOf(u"SERVICE_INFORMATION"), ServiceState::Degraded);
        QCOMPARE(GoogleCloudParser::stateOf(u"available"), ServiceState::Operational);
        QCOMPARE(GoogleCloudParser::stateOf(u"SOMETHING_NEW"), ServiceState::Unknown);
    }

    // A bad update is rejected alone, at its byte offset; a bad incident too, its neighbours kept.
    void badItems()
    {
        LOAD(data, kDelhi);
        QByteArray bad = mutated(data, u"updates.1.when"_s, u"last Tuesday"_s);
        ParseResult r = parse(bad);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"[0].updates[1].when"_s);
        QVERIFY(bad.mid(r.batch.rejects[0].offset).startsWith("\"last Tuesday\""));
        QCOMPARE(r.batch.rejects[0].line, bad.first(r.batch.rejects[0].offset).count('\n') + 1);
        QCOMPARE(r.batch.incidents.size(), 1);
        QCOMPARE(r.batch.updates.size(), 1);

        bad = mutated(data, u"begin"_s, u"0001-01-01T00:00:00Z"_s);
        r = parse(bad);
        QCOMPARE(r.batch.incidents.size(), 0);
        QCOMPARE(r.batch.rejects.value(0).field, u"[0].begin"_s);
        QVERIFY(r.batch.rejects.value(0).reason.contains(u"1973"_s));

        LOAD(other, kBigQuery);
        QJsonArray two = QJsonDocument::fromJson(other).array();
        two.append(u"not an incident"_s);
        r = parse(QJsonDocument(two).toJson());
        QCOMPARE(r.batch.incidents.size(), 1);
        QCOMPARE(r.batch.rejects.value(0).field, u"[1]"_s);
    }

    void duplicateKey()
    {
        LOAD(data, kBigQuery);
        QByteArray twice = data;
        twice.replace("\"severity\": \"low\",", "\"severity\": \"high\", \"severity\": \"low\",");
        const ParseResult r = parse(twice);
        QCOMPARE(r.batch.incidents.size(), 0);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"[0].severity"_s);
        QVERIFY(twice.mid(r.batch.rejects[0].offset).startsWith("\"severity\": \"low\""));
    }

    void refused()
    {
        QVERIFY(parse("{\"incidents\":[]}").error.startsWith(u"not a Google Cloud incidents.json"_s));
        QVERIFY(parse("[{\"id\":").error.startsWith(u"invalid JSON at line 1, byte "_s));
        QVERIFY(parse("[]").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstGoogleCloudParser)
#include "tst_googlecloudparser.moc"
