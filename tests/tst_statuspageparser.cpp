// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/statuspageparser.h"

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
const QString kDiscordIncidents = u"statuspage_incidents_discord_2022-02-15.json"_s;
const QString kDiscordComponents = u"statuspage_components_discord_2022-02-15.json"_s;
const QString kMaintenance = u"statuspage_scheduled_maintenances_discord.json"_s;
const QString kGithubOutage = u"statuspage_summary_github_major_outage_2020-04-02.json"_s;
const QString kWebhookComponent = u"statuspage_webhook_component_update_datadog_2017-08-08.json"_s;
const QString kWebhookIncident = u"statuspage_webhook_incident_update_datadog_2017-08-08.json"_s;

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
    o.source = u"test-feed"_s;
    o.receivedAt = 1700000000000;
    return o;
}

ParseResult parse(const QByteArray &data, const ParseOptions &o = options())
{
    return StatuspageParser::parse(data, o);
}

TimeMs utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

// 'node' with the value at a dotted path ("incidents.0.name") replaced; an index one past
// the end appends, and an undefined value removes the key.
QJsonValue with(const QJsonValue &node, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QStringView head = dot < 0 ? path : path.first(dot);
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        const QJsonValue item = dot < 0 ? value : with(array.at(index), path.sliced(dot + 1), value);
        if (index == array.size())
            array.append(item);
        else
            array[index] = item;
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

struct Expected {
    QString file;
    int states, incidents, updates;
    bool refused; // result.error set: not a Statuspage document
};

// What each shared fixture holds, counted by hand from the files.
const QList<Expected> &expectations()
{
    static const QList<Expected> list {
        {kDiscordComponents, 1, 0, 0, false},
        {kDiscordIncidents, 4, 1, 4, false}, // 4 updates, each moving the API component
        {u"statuspage_incidents_unresolved_discord_empty.json"_s, 0, 0, 0, false},
        {u"statuspage_metrics_display_discord_day_undocumented.json"_s, 0, 0, 0, true},
        {kMaintenance, 0, 1, 4, false}, // affected_components null throughout
        {u"statuspage_status_discord.json"_s, 1, 0, 0, false}, // the page's own state
        {u"statuspage_summary_discord_trimmed.json"_s, 1, 0, 0, false},
        {kGithubOutage, 10, 1, 2, false}, // 9 components + 1 affected component
        {u"statuspage_summary_github_operational_2019-12-30.json"_s, 9, 0, 0, false},
        {kWebhookComponent, 1, 0, 0, false}, {kWebhookIncident, 0, 1, 1, false}, // placeholder component: no state
    };
    return list;
}

} // namespace

class TstStatuspageParser final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(kFixtures).exists())
            QFAIL(qPrintable(u"public fixtures folder missing: "_s + kFixtures));
    }

    void fixtureCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("states");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<int>("updates");
        QTest::addColumn<bool>("refused");
        for (const Expected &e : expectations())
            QTest::newRow(qPrintable(e.file)) << e.file << e.states << e.incidents << e.updates << e.refused;
    }

    void fixtureCounts()
    {
        QFETCH(QString, file);
        QFETCH(int, states);
        QFETCH(int, incidents);
        QFETCH(int, updates);
        QFETCH(bool, refused);
        LOAD(data, file);
        const ParseResult r = parse(data);
        QCOMPARE(r.error.isEmpty(), !refused);
        QCOMPARE(r.batch.states.size(), states);
        QCOMPARE(r.batch.incidents.size(), incidents);
        QCOMPARE(r.batch.updates.size(), updates);
        QCOMPARE(r.batch.rejects.size(), 0);
        QCOMPARE(r.batch.services.size(), 0); // user counts come from the operator
    }

    // Every Statuspage fixture in the shared folder has a row above: a new one fails here.
    void everyFixtureIsCounted()
    {
        QStringList counted;
        for (const Expected &e : expectations())
            counted << e.file;
        counted.sort();
        QCOMPARE(QDir(kFixtures).entryList({u"statuspage_*"_s}, QDir::Files, QDir::Name), counted);
    }

    void discordIncident()
    {
        LOAD(data, kDiscordIncidents);
        const FeedBatch b = parse(data).batch;
        QVERIFY(b.rejects.isEmpty());
        QVERIFY(b.services.isEmpty());
        // began is started_at; -08:00 offsets become UTC.
        const Incident i {u"n4njzfn1mqy0"_s, u"Messaging issues"_s, u"minor"_s, utc(2022, 2, 15, 21, 14, 17, 737),
            std::nullopt, utc(2022, 2, 15, 21, 21, 55, 183), utc(2022, 2, 15, 21, 37, 37, 388), u"America/Tijuana"_s,
            {u"api"_s}, u"test-feed"_s, {}};
        QCOMPARE(b.incidents.at(0), i);
        const QStringList statuses {u"resolved"_s, u"monitoring"_s, u"investigating"_s, u"investigating"_s};
        const QList<TimeMs> times {utc(2022, 2, 15, 21, 37, 37, 388), utc(2022, 2, 15, 21, 21, 55, 183),
            utc(2022, 2, 15, 21, 21, 31, 892), utc(2022, 2, 15, 21, 14, 17, 849)};
        const QList<ServiceState> states {
            ServiceState::Operational, ServiceState::Operational, ServiceState::Degraded, ServiceState::Degraded};
        for (int k = 0; k < 4; ++k) {
            const IncidentUpdate &u = b.updates.at(k);
            QCOMPARE(u.incidentId, i.id);
            QCOMPARE(u.status, statuses[k]);
            QCOMPARE(u.time, times[k]);
            QCOMPARE(u.services, QStringList {u"api"_s});
            const StateChange &s = b.states.at(k);
            QCOMPARE(s.time, times[k]);
            QCOMPARE(s.service, u"api"_s);
            QCOMPARE(s.state, states[k]);
            QVERIFY(!s.derived);
        }
        QCOMPARE(b.updates[3].message, u"We're investigating high latency related to channels and messages."_s);
        // The recovery happens inside the "monitoring" update: degraded → operational.
        QCOMPARE(b.states[1].rawState, u"operational"_s);
        QCOMPARE(b.states[1].message, u"status: operational (was degraded_performance); incident: Messaging issues"_s);
    }

    void maintenance()
    {
        LOAD(data, kMaintenance);
        const FeedBatch b = parse(data).batch;
        QVERIFY(b.rejects.isEmpty());
        const QString title = u"(\uff89\u25d5\u30ee\u25d5)\uff89*:\uff65\uff9f\u2727 Server Juice"_s;
        QCOMPARE(b.incidents.at(0),
            (Incident {u"chkt3cr0jf7b"_s, title, u"maintenance"_s, utc(2015, 9, 19, 1, 20, 0), std::nullopt,
                utc(2015, 9, 22, 8, 7, 50, 805), utc(2015, 9, 22, 9, 25, 20, 34), u"America/Tijuana"_s, {},
                u"test-feed"_s, {}}));
        QCOMPARE(b.updates[0].status, u"completed"_s);
        QCOMPARE(b.updates[0].message, u"Everything seems to be working! \nSorry for the brief interruption."_s);
        QCOMPARE(b.updates[2].status, u"in_progress"_s);
        // display_at is backdated 40.794 s before created_at; the page shows display_at.
        QCOMPARE(b.updates[3].status, u"scheduled"_s);
        QCOMPARE(b.updates[3].time, utc(2015, 9, 19, 1, 20, 0));
        QVERIFY(!b.updates[3].message.contains(u'\r'));
        QVERIFY(b.updates[3].message.contains(u"\n\nWe're powering up"_s));
    }

    void githubOutageSummary()
    {
        LOAD(data, kGithubOutage);
        ParseOptions o = options();
        o.source.clear(); // falls back to the page name
        const FeedBatch b = parse(data, o).batch;
        QCOMPARE(b.states[0],
            (StateChange {utc(2020, 4, 2, 20, 26, 21, 656), u"git-operations"_s, ServiceState::MajorOutage,
                u"major_outage"_s, u"GitHub"_s, u"status: major_outage"_s, false}));
        QCOMPARE(b.states[4].service, u"issues-prs-projects"_s);
        QCOMPARE(b.states[5].state, ServiceState::PartialOutage);
        QCOMPARE(b.states[5].time, utc(2020, 4, 2, 20, 21, 56, 716));
        QCOMPARE(std::count_if(b.states.cbegin(), b.states.cend(),
                     [](const StateChange &s) { return s.state == ServiceState::MajorOutage; }),
            5);
        // The incident names only the "Visit..." component, not the broken ones (as published).
        const QStringList visit {u"visit-www.githubstatus.com-for-more-information"_s};
        QCOMPARE(b.incidents.at(0),
            (Incident {u"80d0cs6kpsps"_s, u"Incident on 2020-04-02 20:20 UTC"_s, u"major"_s,
                utc(2020, 4, 2, 20, 20, 54, 5), {}, {}, {}, u"Etc/UTC"_s, visit, u"GitHub"_s, {}}));
        QVERIFY(b.updates[0].services.isEmpty()); // affected_components: null
        QCOMPARE(b.states[9].service, visit[0]);
        QCOMPARE(b.states[9].time, utc(2020, 4, 2, 20, 20, 54, 71));
    }

    void componentsAndOperationalSummary()
    {
        LOAD(components, kDiscordComponents);
        const FeedBatch c = parse(components).batch;
        QCOMPARE(c.states[0],
            (StateChange {utc(2022, 2, 15, 21, 21, 55, 150), u"api"_s, ServiceState::Operational, u"operational"_s,
                u"test-feed"_s, u"status: operational"_s, false}));
        LOAD(summary, u"statuspage_summary_github_operational_2019-12-30.json"_s);
        const FeedBatch s = parse(summary).batch;
        QVERIFY(std::all_of(s.states.cbegin(), s.states.cend(),
            [](const StateChange &x) { return x.state == ServiceState::Operational; }));
        QCOMPARE(s.states[8].service, u"other"_s);
        QCOMPARE(s.states[8].time, utc(2019, 12, 19, 23, 13, 2, 972));
        LOAD(trimmed, u"statuspage_summary_discord_trimmed.json"_s);
        const FeedBatch t = parse(trimmed).batch;
        QCOMPARE(t.states[0].service, u"south-korea"_s); // a child of a group: kept
        QCOMPARE(t.states[0].time, utc(2020, 8, 30, 16, 16, 24, 968));
    }

    void webhooks()
    {
        LOAD(component, kWebhookComponent);
        ParseOptions o = options();
        o.source.clear(); // no page name in webhooks
        const FeedBatch c = parse(component, o).batch;
        QCOMPARE(c.states[0],
            (StateChange {utc(2017, 8, 8, 14, 41, 37, 394), u"api"_s, ServiceState::Degraded, u"degraded_performance"_s,
                u"statuspage"_s, u"status: degraded_performance (was operational)"_s, false}));
        o.mapping.map.insert(u"1kbgg1cp74tb"_s, u"datadog-api"_s);
        QCOMPARE(parse(component, o).batch.states[0].service, u"datadog-api"_s);

        LOAD(incident, kWebhookIncident);
        const FeedBatch i = parse(incident).batch;
        QVERIFY(i.rejects.isEmpty());
        // began is created_at (-04:00); no page time zone; the placeholder component has no code.
        QCOMPARE(i.incidents[0],
            (Incident {u"9g7yvbccltvk"_s, u"API intermittent errors"_s, u"minor"_s, utc(2017, 8, 8, 14, 45, 44, 90), {},
                {}, {}, {}, {}, u"test-feed"_s, {}}));
        QCOMPARE(i.updates[0].time, utc(2017, 8, 8, 14, 45, 44, 212));
        QCOMPARE(i.updates[0].status, u"investigating"_s);
        QVERIFY(i.states.isEmpty());
    }

    void mapping()
    {
        LOAD(data, kDiscordIncidents);
        ParseOptions o = options();
        o.mapping.map.insert(u"rhznvxg4v7yh"_s, u"discord-api"_s);
        FeedBatch b = parse(data, o).batch;
        QCOMPARE(b.incidents[0].services, QStringList {u"discord-api"_s});
        QCOMPARE(b.states[2].service, u"discord-api"_s);
        o.mapping.map.clear();
        o.mapping.mappedOnly = true;
        b = parse(data, o).batch;
        QCOMPARE(b.states.size(), 0);
        QCOMPARE(b.rejects.size(), 4);
        QCOMPARE(b.rejects[0].field, u"incidents[0].incident_updates[0].affected_components[0].code"_s);
        QVERIFY(b.rejects[0].reason.contains(u"not in the service mapping"_s));
        QCOMPARE(b.updates.size(), 4);
        QVERIFY(b.incidents[0].services.isEmpty());
    }

    void badTimestamp_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("word") << QJsonValue(u"yesterday"_s);
        QTest::newRow("no-offset") << QJsonValue(u"2022-02-15T13:21:55.183"_s);
        QTest::newRow("number") << QJsonValue(1644960115);
        QTest::newRow("bad-date") << QJsonValue(u"2022-02-30T13:21:55Z"_s);
    }

    void badTimestamp()
    {
        QFETCH(QJsonValue, value);
        LOAD(data, kDiscordIncidents);
        const QByteArray bad = mutated(data, u"incidents.0.incident_updates.1.display_at"_s, value);
        const FeedBatch b = parse(bad).batch;
        QCOMPARE(b.rejects.size(), 1);
        const Reject &r = b.rejects[0];
        QCOMPARE(r.field, u"incidents[0].incident_updates[1].display_at"_s);
        QVERIFY2(r.reason.contains(u"RFC 3339"_s), qPrintable(r.reason));
        QCOMPARE(r.source, u"test-feed"_s);
        QCOMPARE(r.line, 1);
        // The byte offset is that of the bad value itself.
        const QByteArray sent = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
        QVERIFY2(bad.mid(r.offset).startsWith(sent), bad.mid(r.offset, 40).constData());
        QCOMPARE(r.receivedAt, 1700000000000);
        QVERIFY(r.raw.contains(u"2shj4d01hc9g"_s));
        // The other updates, their component changes and the incident are kept.
        QCOMPARE(b.updates.size(), 3);
        QCOMPARE(b.states.size(), 3);
        QCOMPARE(b.incidents.size(), 1);
    }

    void timeFallbacksAndBadIncident()
    {
        LOAD(data, kDiscordIncidents);
        // No display_at: created_at is the time.
        FeedBatch b = parse(mutated(data, u"incidents.0.incident_updates.3.display_at"_s, QJsonValue())).batch;
        QVERIFY(b.rejects.isEmpty());
        QCOMPARE(b.updates[3].time, utc(2022, 2, 15, 21, 14, 17, 849));
        const QByteArray noTimes = mutated(mutated(data, u"incidents.0.incident_updates.3.display_at"_s, QJsonValue()),
            u"incidents.0.incident_updates.3.created_at"_s, QJsonValue());
        b = parse(noTimes).batch;
        QCOMPARE(b.rejects[0].field, u"incidents[0].incident_updates[3].display_at"_s);
        // A bad incident start rejects the incident but keeps its updates and transitions.
        b = parse(mutated(data, u"incidents.0.started_at"_s, u"soon"_s)).batch;
        QCOMPARE(b.rejects.size(), 1);
        QCOMPARE(b.rejects[0].field, u"incidents[0].started_at"_s);
        QCOMPARE(b.incidents.size(), 0);
        QCOMPARE(b.updates.size(), 4);
        QCOMPARE(b.states.size(), 4);
        // Without an id nothing of it can be attributed.
        b = parse(mutated(data, u"incidents.0.id"_s, QJsonValue(QJsonValue::Undefined))).batch;
        QCOMPARE(b.rejects[0].field, u"incidents[0].id"_s);
        QCOMPARE(b.recordCount(), 0);
    }

    void unknownEnums()
    {
        LOAD(components, kDiscordComponents);
        FeedBatch b = parse(mutated(components, u"components.0.status"_s, u"on_fire"_s)).batch;
        QCOMPARE(b.states[0].state, ServiceState::Unknown);
        QCOMPARE(b.states[0].rawState, u"on_fire"_s);
        QCOMPARE(b.states[0].message, u"status: on_fire"_s);
        LOAD(incidents, kDiscordIncidents);
        QByteArray odd = mutated(
            incidents, u"incidents.0.incident_updates.0.affected_components.0.new_status"_s, u"MAJOR_OUTAGE"_s);
        odd = mutated(odd, u"incidents.0.incident_updates.0.status"_s, u"postmortem_pending"_s);
        odd = mutated(odd, u"incidents.0.impact"_s, u"catastrophic"_s);
        b = parse(odd).batch;
        QVERIFY(b.rejects.isEmpty());
        QCOMPARE(b.states[0].state, ServiceState::Unknown);
        QCOMPARE(b.states[0].rawState, u"MAJOR_OUTAGE"_s);
        QCOMPARE(b.updates[0].status, u"postmortem_pending"_s);
        QCOMPARE(b.incidents[0].severity, u"catastrophic"_s);
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kept"); // records still taken
        QTest::newRow("status number") << kDiscordComponents << u"components.0.status"_s << QJsonValue(5)
                                       << u"components[0].status"_s << 0;
        QTest::newRow("id array") << kDiscordComponents << u"components.0.id"_s << QJsonValue(QJsonArray {1})
                                  << u"components[0].id"_s << 0;
        QTest::newRow("component string")
            << kDiscordComponents << u"components.0"_s << QJsonValue(u"API"_s) << u"components[0]"_s << 0;
        QTest::newRow("components object")
            << kDiscordComponents << u"components"_s << QJsonValue(QJsonObject {}) << u"components"_s << 0;
        QTest::newRow("incidents string")
            << kDiscordIncidents << u"incidents"_s << QJsonValue(u"none"_s) << u"incidents"_s << 0;
        QTest::newRow("body number") << kDiscordIncidents << u"incidents.0.incident_updates.2.body"_s << QJsonValue(3)
                                     << u"incidents[0].incident_updates[2].body"_s << 7;
        QTest::newRow("affected string") << kDiscordIncidents << u"incidents.0.incident_updates.2.affected_components"_s
                                         << QJsonValue(u"API"_s)
                                         << u"incidents[0].incident_updates[2].affected_components"_s << 7;
        QTest::newRow("new_status bool") << kDiscordIncidents
                                         << u"incidents.0.incident_updates.2.affected_components.0.new_status"_s
                                         << QJsonValue(true)
                                         << u"incidents[0].incident_updates[2].affected_components[0].new_status"_s
                                         << 8;
        QTest::newRow("updates object") << kDiscordIncidents << u"incidents.0.incident_updates"_s
                                        << QJsonValue(QJsonObject {}) << u"incidents[0].incident_updates"_s << 0;
        QTest::newRow("webhook update") << kWebhookComponent << u"component_update.created_at"_s
                                        << QJsonValue(QJsonValue::Null) << u"component_update.created_at"_s << 0;
    }

    void wrongTypes()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        LOAD(data, file);
        const ParseResult r = parse(mutated(data, path, value));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.batch.rejects.size(), 1);
        QFETCH(QString, field);
        QFETCH(int, kept);
        QCOMPARE(r.batch.rejects[0].field, field);
        QCOMPARE(r.batch.recordCount(), kept);
    }

    void nullListsAndGroups()
    {
        LOAD(data, kDiscordIncidents);
        // incident.io sends null where Atlassian sends [], and no components on incidents.
        ParseResult r = parse(mutated(data, u"incidents"_s, QJsonValue()));
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.isEmpty());
        r = parse(mutated(data, u"incidents.0.components"_s, QJsonValue(QJsonValue::Undefined)));
        QCOMPARE(r.batch.incidents[0].services, QStringList {u"api"_s}); // from the updates
        r = parse(mutated(data, u"incidents.0.incident_updates"_s, QJsonValue()));
        QCOMPARE(r.batch.incidents.size(), 1);
        QCOMPARE(r.batch.updates.size(), 0);
        QVERIFY(r.batch.rejects.isEmpty());

        LOAD(components, kDiscordComponents);
        const QJsonObject group {{u"id"_s, u"grp"_s}, {u"name"_s, u"Voice"_s}, {u"status"_s, u"major_outage"_s},
            {u"updated_at"_s, u"2022-02-15T13:00:00Z"_s}, {u"group"_s, true}};
        r = parse(mutated(components, u"components.1"_s, group));
        QCOMPARE(r.batch.states.size(), 1); // containers carry no state of their own
        QCOMPARE(r.batch.states[0].service, u"api"_s);
        // The zone is a display hint: an unknown one is dropped, the incident kept.
        r = parse(mutated(data, u"page.time_zone"_s, u"Mars/Olympus"_s));
        QCOMPARE(r.batch.incidents.value(0).timeZone, QString());
        QVERIFY(r.batch.rejects.isEmpty());
    }

    // status.json says only how the page is: the indicator becomes a state of the page's own
    // service, at the page's updated_at. Today's "critical" gave nothing at all.
    void statusIndicator_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<ServiceState>("state");
        QTest::newRow("none") << u"none"_s << ServiceState::Operational;
        QTest::newRow("minor") << u"minor"_s << ServiceState::Degraded;
        QTest::newRow("major") << u"major"_s << ServiceState::PartialOutage;
        QTest::newRow("critical") << u"critical"_s << ServiceState::MajorOutage;
    }

    void statusIndicator()
    {
        QFETCH(QString, indicator);
        QFETCH(ServiceState, state);
        LOAD(data, u"statuspage_status_discord.json"_s);
        const FeedBatch b = parse(mutated(data, u"status.indicator"_s, indicator)).batch;
        QVERIFY(b.rejects.isEmpty());
        QCOMPARE(b.states.size(), 1);
        const StateChange &s = b.states[0];
        QCOMPARE(s.service, u"discord"_s); // the page's name, slugged
        QCOMPARE(s.state, state);
        QCOMPARE(s.rawState, indicator);
        QCOMPARE(s.time, utc(2022, 2, 15, 21, 37, 37, 407)); // updated_at 13:37:37.407-08:00
        QCOMPARE(s.source, u"test-feed"_s);
        QVERIFY(s.message.contains(u"All Systems Operational"_s));
    }

    void statusIndicatorProblems()
    {
        LOAD(data, u"statuspage_status_discord.json"_s);
        ParseOptions o = options();
        o.mapping.map.insert(u"srhpyqt94yxb"_s, u"chat"_s); // the page by its id
        QCOMPARE(parse(data, o).batch.states.value(0).service, u"chat"_s);
        FeedBatch b = parse(mutated(data, u"status.indicator"_s, u"apocalyptic"_s)).batch;
        QCOMPARE(b.states.size(), 0);
        QCOMPARE(b.rejects.value(0).field, u"status.indicator"_s);
        b = parse(mutated(data, u"page.updated_at"_s, QJsonValue(QJsonValue::Undefined))).batch;
        QCOMPARE(b.rejects.value(0).field, u"page.updated_at"_s);
        QVERIFY(b.rejects.value(0).offset > 0);
        // A summary.json says it through its components instead: no page state beside them.
        LOAD(summary, kGithubOutage);
        for (const StateChange &s : parse(summary).batch.states)
            QVERIFY(s.service != u"github"_s);
    }

    // A key given twice in one component rejects that component alone, named; in the page's
    // own fields it refuses the document, which could be read two ways.
    void duplicateKeys()
    {
        LOAD(data, kDiscordComponents);
        QByteArray twice = QJsonDocument::fromJson(data).toJson(QJsonDocument::Compact);
        twice.replace("\"status\":\"operational\"", "\"status\":\"major_outage\",\"status\":\"operational\"");
        const FeedBatch b = parse(twice).batch;
        QCOMPARE(b.states.size(), 0);
        QCOMPARE(b.rejects.size(), 1);
        QCOMPARE(b.rejects[0].field, u"components[0].status"_s);
        QVERIFY(twice.mid(b.rejects[0].offset).startsWith("\"status\":\"operational\""));
        QByteArray page = QJsonDocument::fromJson(data).toJson(QJsonDocument::Compact);
        page.replace("\"name\":\"Discord\"", "\"name\":\"Discord\",\"name\":\"Slack\"");
        const ParseResult r = parse(page);
        QVERIFY2(r.error.startsWith(u"page.name at byte "_s), qPrintable(r.error));
        QVERIFY(r.batch.isEmpty());
    }

    void refusedDocuments_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QByteArray truncated = readFixture(kDiscordIncidents);
        truncated.truncate(truncated.size() / 2);
        QTest::newRow("truncated") << truncated << u"invalid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"invalid JSON"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"not a Statuspage document"_s;
        QTest::newRow("other object") << QByteArray("{\"page\":{},\"status\":\"ok\"}")
                                      << u"not a Statuspage document"_s;
        QTest::newRow("metrics") << readFixture(u"statuspage_metrics_display_discord_day_undocumented.json"_s)
                                 << u"not a Statuspage document: expected one of components, incidents, "
                                    u"scheduled_maintenances, status, component_update, incident"_s;
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
        LOAD(data, kDiscordIncidents);
        const QString body = QString(300, QChar(0xAC00)); // 900 bytes of Hangul
        QByteArray bad = mutated(data, u"incidents.0.incident_updates.0.body"_s, body);
        bad = mutated(bad, u"incidents.0.incident_updates.0.display_at"_s, u"never"_s);
        const Reject r = parse(bad).batch.rejects.value(0);
        QVERIFY(r.raw.toUtf8().size() <= 512);
        QVERIFY(r.raw.toUtf8().size() > 500);
        QVERIFY(!r.raw.contains(QChar::ReplacementCharacter));
    }

    void looksLike()
    {
        for (const QString &file : QDir(kFixtures).entryList({u"*.json"_s}, QDir::Files)) {
            const bool expected = file.startsWith(u"statuspage_"_s) && !file.contains(u"metrics_display"_s);
            QVERIFY2(StatuspageParser::looksLike(readFixture(file).left(512)) == expected, qPrintable(file));
        }
        QVERIFY(!StatuspageParser::looksLike("{\"type\":\"state\",\"service\":\"page\"}"));
        QVERIFY(!StatuspageParser::looksLike("page components"));
    }
};

QTEST_GUILESS_MAIN(TstStatuspageParser)
#include "tst_statuspageparser.moc"
