// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/feedbatch.h"
#include "domain/timelinesnapshot.h"
#include "impact/communicationlane.h"
#include "impact/incidentanalysis.h"
#include "impact/scenarioanalysis.h"
#include "store/timelinestore.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `summary` and `report` read only the samples of their incident's span (TimelineStore::snapshot
// with IncidentAnalysis::samplesRead) on a store too large to load: every figure, range,
// milestone, step of every series, the communication lane, the conflicts, the sources and a
// scenario's figures must be those of the whole snapshot the window reads, to the bit (#23,
// point 3). The raw limit is lowered so a small store takes the overview path.
class TstIncidentSpan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TimelineStore> m_store;
    static constexpr TimeMs kStart = 1665815400000; // 2022-10-15 06:30 UTC
    static constexpr TimeMs kMinute = 60 * 1000;
    static constexpr TimeMs kHour = 60 * kMinute;

    static QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson()); }

    static QSet<QString> sourcesOf(const IncidentAnalysis &a)
    {
        QSet<QString> out;
        for (const HealthSample &s : a.input().samples)
            out.insert(s.source);
        return out;
    }

    // The analysis of 'id' on both snapshots, with --from/--to when given, and all it prints.
    static void compare(const TimelineSnapshot &whole, const TimelineSnapshot &part, const QString &id, TimeMs from,
        TimeMs to, const CountingMethod &method = {})
    {
        IncidentAnalysis a(whole, whole.incident(id), method);
        IncidentAnalysis b(part, part.incident(id), method);
        if (from || to) {
            a.restrictWindow(from, to);
            b.restrictWindow(from, to);
        }
        QCOMPARE(b.error(), a.error());
        QVERIFY(a.isValid());
        QCOMPARE(b.windowStart(), a.windowStart());
        QCOMPARE(b.windowEnd(), a.windowEnd());
        QCOMPARE(json(b.toJson()), json(a.toJson()));
        QCOMPARE(b.result().services.size(), a.result().services.size());
        for (qsizetype i = 0; i < a.result().services.size(); ++i)
            QVERIFY2(b.result().services.at(i).series == a.result().services.at(i).series,
                qPrintable(a.result().services.at(i).service));
        QVERIFY(b.result().total == a.result().total);
        QCOMPARE(b.conflicts().size(), a.conflicts().size());
        QCOMPARE(json(CommunicationLane::of(part, b).toJson(b.timeZone())),
            json(CommunicationLane::of(whole, a).toJson(a.timeZone())));
        QCOMPARE(sourcesOf(b), sourcesOf(a));
        if (!a.incident())
            return;
        Scenario scenario;
        scenario.incidentId = id;
        scenario.name = u"faster"_qs;
        ScenarioChange change;
        change.kind = ScenarioChange::Kind::RecoverAfter;
        change.service = u"auth"_qs;
        change.minutes = 45;
        scenario.changes = {change};
        const ScenarioAnalysis sa(a, scenario), sb(b, scenario);
        QCOMPARE(sb.isValid(), sa.isValid());
        QCOMPARE(json(sb.toJson()), json(sa.toJson()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<TimelineStore>(QStringLiteral("incidentspan"));
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("t.sqlite"))));
        FeedBatch batch;
        batch.services = {{u"auth"_qs, u"Auth"_qs, 500000, {}, {}}, {u"pay"_qs, u"Pay"_qs, 200000, {}, {}},
            {u"talk"_qs, u"Talk"_qs, 1000000, {}, {}}, {u"late"_qs, u"Late"_qs, 1000, {}, {}},
            {u"early"_qs, u"Early"_qs, 2000, {}, {}}};
        batch.dependencies = {{u"talk"_qs, u"auth"_qs, 0.6, {}}, {u"pay"_qs, u"auth"_qs, 1.0, {}}};
        // Four days 20 s apart: auth down on day 3 from 00:00 to 06:00 and failing from an
        // hour before (the communication lane's look-back); 'pay' silent for the 30 h before
        // that day, so its last sample before the span lies well outside it; 'late' starts
        // after the incidents, 'early' stops two days before them.
        const TimeMs day3 = kStart + 2 * 24 * kHour;
        for (const Service &s : std::as_const(batch.services)) {
            for (TimeMs t = kStart; t < kStart + 4 * 24 * kHour; t += 20000) {
                if (s.key == u"pay" && t >= day3 - 30 * kHour && t < day3 + 2 * kHour)
                    continue;
                if (s.key == u"late" && t < day3 + 30 * kHour)
                    continue;
                if (s.key == u"early" && t > kStart + 10 * kHour)
                    continue;
                const qint64 k = (t - kStart) / kMinute;
                const bool down = t >= day3 - kHour && t < day3 + 6 * kHour;
                double a
                    = down ? 0.2 + 0.5 * double(t - day3 + kHour) / double(7 * kHour) : 0.97 + (k * 37 % 7) / 300.0;
                if (s.key != u"auth" && !down)
                    a = qMin(1.0, a + 0.02);
                if (s.key == u"pay" && t < day3)
                    a = 0.9; // what holds when its silence ends in the window
                batch.samples.append(
                    {t + (s.key == u"talk" ? 7000 : 0), s.key, QStringLiteral("probe"), qMin(a, 1.0), {}, {}, false});
            }
        }
        // Two sources disagreeing on talk in the window (a conflict), a failing state of talk
        // before it, and a derived state whose time is open (the envelope's path).
        batch.states = {{day3 + 2 * kHour, u"talk"_qs, ServiceState::MajorOutage, u"major"_qs, u"status"_qs, {}},
            {day3 + 2 * kHour, u"talk"_qs, ServiceState::Operational, u"ok"_qs, u"tweets"_qs, {}},
            {day3 - 5 * kHour, u"talk"_qs, ServiceState::PartialOutage, u"partial"_qs, u"status"_qs, {}},
            {day3 + 3 * kHour, u"pay"_qs, ServiceState::Degraded, u"degraded"_qs, u"derived"_qs, {}, true,
                day3 + 2 * kHour, day3 + 4 * kHour, u"from the press"_qs}};
        const auto incident = [&](const QString &id, std::optional<TimeMs> began, std::optional<TimeMs> resolved,
                                  const QStringList &services = {}) {
            Incident i;
            i.id = id;
            i.title = id;
            i.began = began;
            i.resolved = resolved;
            i.services = services;
            i.timeZone = u"UTC"_qs;
            batch.incidents.append(i);
        };
        incident(u"resolved"_qs, day3, day3 + 6 * kHour);
        incident(u"pay-only"_qs, day3 + kHour, day3 + 3 * kHour, {u"pay"_qs});
        incident(u"open"_qs, day3 + 12 * kHour, std::nullopt);
        incident(u"unstarted"_qs, std::nullopt, std::nullopt);
        // Over before any sample: its services' samples all come after its span.
        incident(u"before"_qs, kStart - 3 * 24 * kHour, kStart - 2 * 24 * kHour);
        QVERIFY(m_store->write(batch));
    }

    void cleanup() { TimelineSnapshot::setRawSampleLimitForTests(0); }

    void figuresEqualTheWholeSnapshots_data()
    {
        QTest::addColumn<QString>("incident");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<TimeMs>("from");
        QTest::addColumn<TimeMs>("to");
        QTest::addColumn<bool>("fewer");
        const TimeMs day3 = kStart + 2 * 24 * kHour;
        // 5 services, 4 days (about 60,000 samples): a budget of 6,000 a service is the minute
        // level, 1,200 the 10-minute level.
        for (const qint64 limit : {qint64(6000), qint64(30000)}) {
            const auto row = [limit](const char *name) -> QTestData & {
                return QTest::newRow(QByteArray(name).append(' ').append(QByteArray::number(limit)).constData());
            };
            row("resolved") << u"resolved"_qs << limit << TimeMs(0) << TimeMs(0) << true;
            row("pay only") << u"pay-only"_qs << limit << TimeMs(0) << TimeMs(0) << true;
            row("open") << u"open"_qs << limit << TimeMs(0) << TimeMs(0) << true;
            row("before") << u"before"_qs << limit << TimeMs(0) << TimeMs(0) << true;
            row("unstarted") << u"unstarted"_qs << limit << TimeMs(0) << TimeMs(0) << false;
            row("wider") << u"resolved"_qs << limit << day3 - 20 * kHour << day3 + 20 * kHour << true;
            row("narrower") << u"resolved"_qs << limit << day3 + kHour << day3 + 2 * kHour << true;
            row("from only") << u"resolved"_qs << limit << day3 - 40 * kHour << TimeMs(0) << true;
            row("to only") << u"resolved"_qs << limit << TimeMs(0) << day3 + 50 * kHour << true;
        }
    }
    void figuresEqualTheWholeSnapshots()
    {
        QFETCH(QString, incident);
        QFETCH(qint64, limit);
        QFETCH(TimeMs, from);
        QFETCH(TimeMs, to);
        QFETCH(bool, fewer);
        TimelineSnapshot::setRawSampleLimitForTests(limit);
        const TimelineSnapshot whole = m_store->snapshot();
        QVERIFY(whole.samplesLevelSec > 0);
        std::optional<QPair<TimeMs, TimeMs>> asked;
        const TimelineSnapshot part = m_store->snapshot([&](const TimelineSnapshot &s) {
            asked = IncidentAnalysis::samplesRead(s.incident(incident), from, to);
            return asked;
        });
        QCOMPARE(part.samplesLevelSec, whole.samplesLevelSec);
        QCOMPARE(part.serviceSource, whole.serviceSource);
        QCOMPARE(part.incidents, whole.incidents);
        QCOMPARE(part.states, whole.states);
        // The span is taken (or, without one, everything is read).
        QCOMPARE(asked.has_value(), fewer);
        if (fewer)
            QVERIFY2(part.samples.size() < whole.samples.size(),
                qPrintable(u"%1 of %2"_qs.arg(part.samples.size()).arg(whole.samples.size())));
        else
            QVERIFY(part.samples == whole.samples);
        // Every sample read is the whole overview's, each service's in its order.
        QHash<QString, qsizetype> at;
        for (const HealthSample &s : part.samples) {
            qsizetype &i = at[s.service];
            while (i < whole.samples.size() && !(whole.samples.at(i) == s))
                ++i;
            QVERIFY2(i < whole.samples.size(), qPrintable(u"%1 at %2"_qs.arg(s.service).arg(s.time)));
        }
        if (incident == u"resolved" && !from && !to) {
            // The data reaches the paths it is here for: a conflict, and an open range.
            const IncidentAnalysis a(whole, whole.incident(incident));
            QVERIFY(!a.conflicts().isEmpty());
            QVERIFY(a.result().derived);
        }
        compare(whole, part, incident, from, to);
        CountingMethod halves;
        halves.degraded = 0.5;
        halves.unknown = 0.25;
        compare(whole, part, incident, from, to, halves);
    }

    // A small store reads its rows, span or not.
    void smallStoreReadsEverySample()
    {
        const TimelineSnapshot whole = m_store->snapshot();
        QCOMPARE(whole.samplesLevelSec, 0);
        const TimelineSnapshot part = m_store->snapshot(
            [](const TimelineSnapshot &s) { return IncidentAnalysis::samplesRead(s.incident(u"resolved"_qs)); });
        QVERIFY(part.samples == whole.samples);
    }

    void spanCoversTheWindowAndTheLookBack()
    {
        Incident i;
        QVERIFY(!IncidentAnalysis::samplesRead(nullptr));
        QVERIFY(!IncidentAnalysis::samplesRead(&i));
        i.began = 100 * kHour;
        const auto open = IncidentAnalysis::samplesRead(&i);
        QVERIFY(open);
        QCOMPARE(open->first, 99 * kHour - CommunicationLane::kLookBack);
        QVERIFY(open->second > 1000000 * kHour);
        i.resolved = 110 * kHour;
        QCOMPARE(IncidentAnalysis::samplesRead(&i),
            (QPair<TimeMs, TimeMs>(99 * kHour - CommunicationLane::kLookBack, 111 * kHour)));
        QCOMPARE(IncidentAnalysis::samplesRead(&i, 50 * kHour, 200 * kHour),
            (QPair<TimeMs, TimeMs>(50 * kHour - CommunicationLane::kLookBack, 200 * kHour)));
        QCOMPARE(IncidentAnalysis::samplesRead(&i, 105 * kHour, 106 * kHour),
            (QPair<TimeMs, TimeMs>(99 * kHour - CommunicationLane::kLookBack, 111 * kHour)));
    }
};

QTEST_GUILESS_MAIN(TstIncidentSpan)
#include "tst_incidentspan.moc"
