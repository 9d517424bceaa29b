// SPDX-License-Identifier: GPL-3.0-or-later
// Distinct people affected (audiences and overlap models), ranges on derived records carried
// through dependencies, and sources that disagree. Every expected figure is worked out by hand
// in the comment beside it; times are whole hours after T0.
#include "feeds/ndjsonparser.h"
#include "impact/distinctpeople.h"
#include "impact/figurerange.h"
#include "impact/impactengine.h"
#include "impact/incidentanalysis.h"
#include "ingest/demodataset.h"
#include "store/timelinestore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr TimeMs T0 = 1'665'813'600'000; // 2022-10-15T06:00:00Z
constexpr TimeMs H = 3'600'000;

constexpr TimeMs h(qint64 hours)
{
    return T0 + hours * H;
}

Service svc(const QString &key, qint64 users, const QString &audience = {}, qint64 audienceSize = 0)
{
    Service s {key, key, users, {}, {}};
    s.audience = audience;
    s.audienceSize = audienceSize;
    return s;
}

HealthSample sample(const QString &service, TimeMs time, double availability, bool derived = false)
{
    HealthSample s;
    s.time = time;
    s.service = service;
    s.source = u"probe"_s;
    s.availability = availability;
    s.derived = derived;
    return s;
}

StateChange state(const QString &service, TimeMs time, ServiceState st, const QString &source)
{
    StateChange s;
    s.time = time;
    s.service = service;
    s.state = st;
    s.source = source;
    return s;
}

ImpactInput window(TimeMs from, TimeMs to)
{
    ImpactInput in;
    in.from = from;
    in.to = to;
    return in;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6 * std::max(1.0, std::abs(expected));
}

QByteArray mismatch(const char *what, double actual, double expected)
{
    return QByteArray(what) + " is " + QByteArray::number(actual, 'g', 12) + ", expected "
        + QByteArray::number(expected, 'g', 12);
}

TimeMs kst(int day, int hour, int minute)
{
    return QDateTime(QDate(2022, 10, day), QTime(hour, minute), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}

FeedBatch parse(const QByteArray &text)
{
    ParseOptions options;
    options.source = u"test.ndjson"_s;
    return NdjsonParser::parse(text, options).batch;
}

#define COMPARE_NEAR(actual, expected) QVERIFY2(near((actual), (expected)), mismatch(#actual, (actual), (expected)))

// acct (size 1000) holds a (800 users) and b (500); c has no audience (200 users).
// From h1 to h3: a at 0.5 (400 affected), b down (500), c at 0.5 (100); all back at h3.
ImpactInput audienceInput(qint64 acctSize = 1000)
{
    ImpactInput in = window(h(0), h(10));
    in.services = {svc(u"a"_s, 800, u"acct"_s, acctSize), svc(u"b"_s, 500, u"acct"_s), svc(u"c"_s, 200)};
    in.samples = {sample(u"a"_s, h(1), 0.5), sample(u"b"_s, h(1), 0.0), sample(u"c"_s, h(1), 0.5),
        sample(u"a"_s, h(3), 1.0), sample(u"b"_s, h(3), 1.0), sample(u"c"_s, h(3), 1.0)};
    return in;
}

// storage ← login (share .5) ← talk (share .6). Storage goes down at h1; its derived recovery
// is placed at h3 but may have come anywhere from h2 to h4.
ImpactInput chainInput()
{
    ImpactInput in = window(h(0), h(10));
    in.services = {svc(u"talk"_s, 1000), svc(u"login"_s, 400), svc(u"storage"_s, 50)};
    in.dependencies = {{u"talk"_s, u"login"_s, 0.6, {}}, {u"login"_s, u"storage"_s, 0.5, {}}};
    HealthSample down = sample(u"storage"_s, h(1), 0.0, true);
    HealthSample back = sample(u"storage"_s, h(3), 1.0, true);
    back.earliest = h(2);
    back.latest = h(4);
    in.samples = {down, back};
    return in;
}

} // namespace

class TstDistinctPeople : public QObject {
    Q_OBJECT

private slots:
    void combineUnderEachModel_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<QList<double>>("affected");
        QTest::addColumn<double>("size");
        QTest::addColumn<double>("expected");
        const int nested = int(OverlapModel::Nested), independent = int(OverlapModel::Independent),
                  disjoint = int(OverlapModel::Disjoint);
        // 400 and 500 of 1000: the larger alone; 1000 × (1 − 0.6 × 0.5) = 700; the sum, 900.
        QTest::newRow("nested") << nested << QList<double> {400, 500} << 1000.0 << 500.0;
        QTest::newRow("independent") << independent << QList<double> {400, 500} << 1000.0 << 700.0;
        QTest::newRow("disjoint") << disjoint << QList<double> {400, 500} << 1000.0 << 900.0;
        // 800 and 500 of 1000: the sum 1300 is capped at the 1000 there are.
        QTest::newRow("disjoint capped") << disjoint << QList<double> {800, 500} << 1000.0 << 1000.0;
        // 1000 × (1 − 0.2 × 0.5) = 900: never more than the audience either.
        QTest::newRow("independent near size") << independent << QList<double> {800, 500} << 1000.0 << 900.0;
        // Everyone of one service affected: everyone, under every model.
        QTest::newRow("all of one, independent") << independent << QList<double> {1000, 300} << 1000.0 << 1000.0;
        QTest::newRow("nobody") << independent << QList<double> {0, 0} << 1000.0 << 0.0;
    }

    void combineUnderEachModel()
    {
        QFETCH(int, model);
        QFETCH(QList<double>, affected);
        QFETCH(double, size);
        QFETCH(double, expected);
        const std::vector<double> values(affected.cbegin(), affected.cend());
        COMPARE_NEAR(DistinctPeople::combine(OverlapModel(model), values, size), expected);
    }

    void audiencesAddUpAndServicesWithoutOneStandAlone_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<double>("peak");
        // acct at h1: nested 500, independent 700, disjoint 900; plus c's 100 on its own.
        QTest::newRow("nested") << int(OverlapModel::Nested) << 600.0;
        QTest::newRow("independent") << int(OverlapModel::Independent) << 800.0;
        QTest::newRow("disjoint") << int(OverlapModel::Disjoint) << 1000.0;
    }

    void audiencesAddUpAndServicesWithoutOneStandAlone()
    {
        QFETCH(int, model);
        QFETCH(double, peak);
        const ImpactInput in = audienceInput();
        const ImpactResult r = ImpactEngine::compute(in);
        QVERIFY(r.ok());
        const DistinctResult d = DistinctPeople::compute(in.services, r, in.to, OverlapModel(model));
        QCOMPARE(d.audiences.size(), 2);
        QCOMPARE(d.audiences.at(0).key, u"acct"_s);
        QCOMPARE(d.audiences.at(0).services, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(d.audiences.at(0).size, 1000);
        QVERIFY(d.audiences.at(1).ownService);
        QCOMPARE(d.audiences.at(1).size, 200);
        COMPARE_NEAR(d.total.peak, peak);
        QCOMPARE(d.total.peakAt, std::optional<TimeMs>(h(1)));
        // Whatever the central model, the range runs from nested (600) to disjoint (1000).
        COMPARE_NEAR(d.total.peakLow, 600.0);
        COMPARE_NEAR(d.total.peakHigh, 1000.0);
        // Two hours of it: people-hours twice each figure.
        COMPARE_NEAR(d.total.peopleHours, 2 * peak);
        COMPARE_NEAR(d.total.peopleHoursLow, 1200.0);
        COMPARE_NEAR(d.total.peopleHoursHigh, 2000.0);
        // The plain sum is kept as what it is: 400 + 500 + 100 service-users.
        COMPARE_NEAR(d.at(h(2)).serviceUsers, 1000.0);
        COMPARE_NEAR(r.peakTotal, 1000.0);
        // Measured samples: no figure is derived, and none carries a range.
        QVERIFY(!d.derived);
        COMPARE_NEAR(r.peakTotalLow, r.peakTotal);
        COMPARE_NEAR(r.peakTotalHigh, r.peakTotal);
    }

    void anAudienceIsNeverSmallerThanItsServices()
    {
        // acct declared at 600 while a has 800 users: the figures use 800, and say so.
        const ImpactInput in = audienceInput(600);
        const ImpactResult r = ImpactEngine::compute(in);
        const DistinctResult d = DistinctPeople::compute(in.services, r, in.to, OverlapModel::Disjoint);
        QCOMPARE(d.audiences.at(0).size, 800);
        QCOMPARE(d.audiences.at(0).declaredSize, 600);
        QVERIFY(d.audiences.at(0).raisedToUsers);
        // Disjoint: 400 + 500 = 900 capped at 800; c adds 100.
        COMPARE_NEAR(d.total.peak, 900.0);
    }

    void aRangeGoesThroughATwoLevelChain()
    {
        const ImpactInput in = chainInput();
        const ImpactResult r = ImpactEngine::compute(in);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const ServiceImpact *storage = r.find(u"storage"_s);
        const ServiceImpact *login = r.find(u"login"_s);
        const ServiceImpact *talk = r.find(u"talk"_s);
        QVERIFY(storage && login && talk);
        // h2..h3: storage may be back already (availability 0..1, central 0). login's effective
        // availability is 1 − .5 × (1 − storage): 0.5 central, 0.5..1; talk's 1 − .6 × (1 − login):
        // 0.7 central, 0.7..1. So login 200 (0..200) and talk 300 (0..300) affected.
        const ImpactPoint t25 = talk->at(h(2) + H / 2);
        COMPARE_NEAR(t25.affected(), 300.0);
        COMPARE_NEAR(t25.affectedLow(), 0.0);
        COMPARE_NEAR(t25.affectedHigh(), 300.0);
        COMPARE_NEAR(login->at(h(2) + H / 2).affectedHigh(), 200.0);
        // h3..h4: central back, but it may still be down: 0 (0..300) for talk.
        const ImpactPoint t35 = talk->at(h(3) + H / 2);
        COMPARE_NEAR(t35.affected(), 0.0);
        COMPARE_NEAR(t35.affectedHigh(), 300.0);
        // h1..h2 is certain; from h4 on it is over for sure.
        COMPARE_NEAR(talk->at(h(1) + H / 2).rangeBelow + talk->at(h(1) + H / 2).rangeAbove, 0.0);
        COMPARE_NEAR(talk->at(h(5)).affectedHigh(), 0.0);
        // People-hours: storage 50 × 2 = 100 (50 × 1 .. 50 × 3); login 400 (200 .. 600);
        // talk 600 (300 .. 900); all 1100 (550 .. 1650).
        COMPARE_NEAR(storage->peopleHours, 100.0);
        COMPARE_NEAR(storage->peopleHoursLow, 50.0);
        COMPARE_NEAR(storage->peopleHoursHigh, 150.0);
        COMPARE_NEAR(login->peopleHours, 400.0);
        COMPARE_NEAR(login->peopleHoursLow, 200.0);
        COMPARE_NEAR(login->peopleHoursHigh, 600.0);
        COMPARE_NEAR(talk->peopleHours, 600.0);
        COMPARE_NEAR(talk->peopleHoursLow, 300.0);
        COMPARE_NEAR(talk->peopleHoursHigh, 900.0);
        COMPARE_NEAR(r.peopleHoursTotal, 1100.0);
        COMPARE_NEAR(r.peopleHoursTotalLow, 550.0);
        COMPARE_NEAR(r.peopleHoursTotalHigh, 1650.0);
        // The peak itself is certain (h1..h2): 50 + 200 + 300.
        COMPARE_NEAR(r.peakTotal, 550.0);
        COMPARE_NEAR(r.peakTotalLow, 550.0);
        COMPARE_NEAR(r.peakTotalHigh, 550.0);
        // Derived data makes every figure on it derived, through dependencies too.
        QVERIFY(storage->derived && login->derived && talk->derived);
    }

    void aValueRangeWidensTheFigure()
    {
        // 1000 users at a derived 0.6 (0.4..0.9) for three hours: 400 (100..600) affected,
        // 1200 (300..1800) people-hours.
        ImpactInput in = window(h(0), h(10));
        in.services = {svc(u"pay"_s, 1000)};
        HealthSample s = sample(u"pay"_s, h(1), 0.6, true);
        s.availabilityLow = 0.4;
        s.availabilityHigh = 0.9;
        in.samples = {s, sample(u"pay"_s, h(4), 1.0, true)};
        const ImpactResult r = ImpactEngine::compute(in);
        const ServiceImpact &pay = r.services.first();
        COMPARE_NEAR(pay.peakAffected, 400.0);
        COMPARE_NEAR(pay.peakAffectedLow, 100.0);
        COMPARE_NEAR(pay.peakAffectedHigh, 600.0);
        COMPARE_NEAR(pay.peopleHours, 1200.0);
        COMPARE_NEAR(pay.peopleHoursLow, 300.0);
        COMPARE_NEAR(pay.peopleHoursHigh, 1800.0);
    }

    void disagreeingSourcesWidenTheRangeAndNameTheOneFollowed()
    {
        // At h1 "status" says major outage (0 available), "press" says degraded (0.9); "status"
        // says operational at h3. The later report taken in, "press", sets the figure: 100
        // affected; either may be right: 100..1000 for two hours.
        ImpactInput in = window(h(0), h(10));
        in.services = {svc(u"pay"_s, 1000)};
        in.states = {state(u"pay"_s, h(1), ServiceState::MajorOutage, u"status"_s),
            state(u"pay"_s, h(1), ServiceState::Degraded, u"press"_s),
            state(u"pay"_s, h(3), ServiceState::Operational, u"status"_s)};
        ImpactResult r = ImpactEngine::compute(in);
        const ServiceImpact &pay = r.services.first();
        COMPARE_NEAR(pay.peakAffected, 100.0);
        COMPARE_NEAR(pay.peakAffectedHigh, 1000.0);
        COMPARE_NEAR(pay.peopleHours, 200.0);
        COMPARE_NEAR(pay.peopleHoursLow, 200.0);
        COMPARE_NEAR(pay.peopleHoursHigh, 2000.0);
        QList<SourceConflict> conflicts = SourceConflicts::find(in.states, in.samples, in.to);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().service, u"pay"_s);
        QCOMPARE(conflicts.first().time, h(1));
        QCOMPARE(conflicts.first().until, h(3));
        QCOMPARE(conflicts.first().reports.size(), 2);
        QCOMPARE(conflicts.first().followedSource, u"press"_s);
        QCOMPARE(conflicts.first().reason, SourceConflict::Reason::LaterReport);
        QVERIFY(conflicts.first().followedText().contains(u"press"_s));

        // A sample at the same time decides the figure: 0.5 → 500 (100..1000).
        in.samples = {sample(u"pay"_s, h(1), 0.5)};
        r = ImpactEngine::compute(in);
        COMPARE_NEAR(r.services.first().peakAffected, 500.0);
        COMPARE_NEAR(r.services.first().peakAffectedLow, 100.0);
        COMPARE_NEAR(r.services.first().peakAffectedHigh, 1000.0);
        conflicts = SourceConflicts::find(in.states, in.samples, in.to);
        QCOMPARE(conflicts.first().reason, SourceConflict::Reason::SampleAtSameTime);
        QCOMPARE(conflicts.first().followedSource, u"probe"_s);

        // One source saying two things, or two sources agreeing, is no conflict.
        in.states[1].source = u"status"_s;
        QVERIFY(SourceConflicts::find(in.states, {}, in.to).isEmpty());
        in.states[1].source = u"press"_s;
        in.states[1].state = ServiceState::MajorOutage;
        QVERIFY(SourceConflicts::find(in.states, {}, in.to).isEmpty());
    }

    void measuredDataCarriesNoRange()
    {
        const ImpactInput in = audienceInput();
        const ImpactResult r = ImpactEngine::compute(in);
        for (const ServiceImpact &s : r.services) {
            QVERIFY(!s.derived);
            for (const ImpactPoint &p : s.series)
                QVERIFY(p.rangeBelow == 0.0 && p.rangeAbove == 0.0);
        }
    }

    void figuresPrintWithTheirRange()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE((FigureRange {1.22e9, 1.10e9, 1.31e9, true}.text()), u"≈ 1.22 bn (1.10–1.31 bn)"_s);
        QCOMPARE((FigureRange {47'637'000, 47'637'000, 47'637'000, true}.text()), u"≈ 47.6 M (47.6–47.6 M)"_s);
        QCOMPARE((FigureRange {47'637'000, 47'637'000, 47'637'000, false}.text()), u"47,637,000"_s);
        QCOMPARE((FigureRange {1500, 1200, 1800, true}.text()), u"≈ 1,500 (1,200–1,800)"_s);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE((FigureRange {1.22e9, 1.10e9, 1.31e9, true}.text()), u"≈ 12.2억 (11.0–13.1억)"_s);
        QCOMPARE((FigureRange {47'637'000, 47'000'000, 48'000'000, true}.text()), u"≈ 4,764만 (4,700–4,800만)"_s);
        QLocale::setDefault(QLocale::c());
    }

    void summaryJsonCarriesDistinctPeopleAndRanges()
    {
        TimelineSnapshot snapshot;
        const ImpactInput in = chainInput();
        snapshot.services = in.services;
        snapshot.dependencies = in.dependencies;
        // Without an incident the window runs from the first record to the last: one at h8 keeps
        // the whole window of storage's recovery (h2..h4) in it.
        snapshot.samples = in.samples + QList<HealthSample> {sample(u"talk"_s, h(8), 1.0, true)};
        IncidentAnalysis analysis(snapshot, nullptr);
        const QJsonObject doc = analysis.toJson();
        const QJsonObject total = doc[u"total"].toObject();
        for (const char *key : {"distinct_peak", "distinct_peak_low", "distinct_peak_high", "distinct_people_hours",
                 "distinct_people_hours_low", "distinct_people_hours_high", "people_hours_low", "people_hours_high"})
            QVERIFY2(total.contains(QLatin1StringView(key)), key);
        QCOMPARE(doc[u"overlap_model"].toString(), u"independent"_s);
        QVERIFY(total[u"people_hours_low"].toDouble() < total[u"people_hours"].toDouble());
        QVERIFY(total[u"people_hours_high"].toDouble() > total[u"people_hours"].toDouble());
        for (const QJsonValue &s : doc[u"services"].toArray()) {
            QVERIFY(s[u"people_hours_low"].toDouble() <= s[u"people_hours"].toDouble());
            QVERIFY(s[u"people_hours_high"].toDouble() >= s[u"people_hours"].toDouble());
        }
        // Three services, each its own audience: distinct people are the sum here.
        QCOMPARE(doc[u"audiences"].toArray().size(), 3);
        QCOMPARE(total[u"distinct_peak"].toDouble(), total[u"peak_affected"].toDouble());
        analysis.setOverlapModel(OverlapModel::Nested);
        QCOMPARE(analysis.toJson()[u"overlap_model"].toString(), u"nested"_s);
    }

    void audiencesAndRangesAreReadStoredAndReadBack()
    {
        const FeedBatch batch = parse(
            R"({"type":"service","key":"talk","users":800,"audience":"acct","audience_name":"Account holders","audience_size":1000,"audience_note":"from the annual report"}
{"type":"service","key":"pay","users":500,"audience":"acct"}
{"type":"sample","time":"2022-10-15T10:00:00Z","service":"pay","availability":0.6,"derived":true,"availability_low":0.4,"availability_high":0.9,"earliest":"2022-10-15T09:00:00Z","latest":"2022-10-15T11:00:00Z","range_note":"A says 9, B says 11"}
{"type":"state","time":"2022-10-15T10:00:00Z","service":"pay","state":"degraded","derived":true,"earliest":"2022-10-15T09:30:00Z","range_note":"placed"}
{"type":"incident","id":"x","title":"X","began":"2022-10-15T09:00:00Z","began_earliest":"2022-10-15T08:50:00Z","began_latest":"2022-10-15T09:05:00Z","began_note":"A and B"}
)");
        QVERIFY2(
            batch.rejects.isEmpty(), qPrintable(batch.rejects.isEmpty() ? QString() : batch.rejects.first().reason));
        QCOMPARE(batch.services.first().audience, u"acct"_s);
        QCOMPARE(batch.services.first().audienceSize, 1000);
        QCOMPARE(batch.samples.first().availabilityLow, std::optional<double>(0.4));
        QCOMPARE(batch.states.first().earliest, std::optional<TimeMs>(batch.states.first().time - 30 * 60'000));
        QCOMPARE(batch.incidents.first().beganWindow.note, u"A and B"_s);

        TimelineStore store(u"ranges"_s);
        QVERIFY(store.open(u":memory:"_s));
        QVERIFY2(store.write(batch), qPrintable(store.lastError()));
        const TimelineSnapshot snapshot = store.snapshot();
        const Service *talk = snapshot.service(u"talk"_s);
        QVERIFY(talk);
        QCOMPARE(*talk, batch.services.first());
        QCOMPARE(snapshot.samples, batch.samples);
        QCOMPARE(snapshot.states, batch.states);
        QCOMPARE(snapshot.incidents.first(), batch.incidents.first());
        // Importing it again adds nothing; the ranges stay as they were.
        WriteStats again;
        QVERIFY(store.write(batch, &again));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(store.snapshot().samples, batch.samples);
    }

    void documentedRangesParse()
    {
        // The "```ndjson range" blocks of docs/feed-format.md: the page and the parser agree.
        QFile doc(QStringLiteral(OUTAGEDASH_TEST_DATA "/../../docs/feed-format.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        static const QRegularExpression block(
            u"```ndjson range\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
        QByteArray lines;
        for (const auto &m : block.globalMatch(QString::fromUtf8(doc.readAll())))
            lines += m.captured(1).toUtf8();
        const FeedBatch batch = parse(lines);
        QVERIFY2(
            batch.rejects.isEmpty(), qPrintable(batch.rejects.isEmpty() ? QString() : batch.rejects.first().reason));
        QCOMPARE(batch.samples.size(), 2);
        for (const HealthSample &s : batch.samples)
            QVERIFY(s.hasRange());
        QVERIFY(batch.states.first().hasRange());
        QVERIFY(!batch.incidents.first().detectedWindow.isEmpty());
    }

    void rangesAreRefusedWhereTheyWouldLie_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("window on a measured sample") << QByteArray(
            R"({"type":"sample","time":"2022-10-15T10:00:00Z","service":"a","availability":0.5,"earliest":"2022-10-15T09:00:00Z"})")
                                                     << u"earliest"_s;
        QTest::newRow("value range on a measured sample") << QByteArray(
            R"({"type":"sample","time":"2022-10-15T10:00:00Z","service":"a","availability":0.5,"availability_high":0.9})")
                                                          << u"availability_high"_s;
        QTest::newRow("low above the value") << QByteArray(
            R"({"type":"sample","time":"2022-10-15T10:00:00Z","service":"a","availability":0.5,"availability_low":0.6,"derived":true})")
                                             << u"availability_low"_s;
        QTest::newRow("latest before the time") << QByteArray(
            R"({"type":"state","time":"2022-10-15T10:00:00Z","service":"a","state":"down","derived":true,"latest":"2022-10-15T09:00:00Z"})")
                                                << u"latest"_s;
        QTest::newRow("a window without its milestone")
            << QByteArray(R"({"type":"incident","id":"x","title":"X","detected_earliest":"2022-10-15T09:00:00Z"})")
            << u"detected_earliest"_s;
        QTest::newRow("an audience size without an audience")
            << QByteArray(R"({"type":"service","key":"a","users":5,"audience_size":10})") << u"audience_size"_s;
        QTest::newRow("a fractional audience size")
            << QByteArray(R"({"type":"service","key":"a","users":5,"audience":"x","audience_size":10.5})")
            << u"audience_size"_s;
    }

    void rangesAreRefusedWhereTheyWouldLie()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        const FeedBatch batch = parse(line);
        QCOMPARE(batch.recordCount(), 0);
        QCOMPARE(batch.rejects.size(), 1);
        QCOMPARE(batch.rejects.first().field, field);
    }

    void theDemoCountsPeopleOnceAndCarriesItsRanges()
    {
        TimelineStore store(u"demo"_s);
        QVERIFY(store.open(u":memory:"_s));
        QString error;
        QVERIFY2(DemoDataset::load(store, &error), qPrintable(error));
        const TimelineSnapshot snapshot = store.snapshot();
        const IncidentAnalysis a(snapshot, snapshot.pickIncident());
        QVERIFY(a.isValid());
        QCOMPARE(a.incident()->id, u"kakao-2022-10-15"_s);
        // Six services, one audience: Kakao account holders, 47,637,000.
        QCOMPARE(a.distinct().audiences.size(), 1);
        QCOMPARE(a.distinct().audiences.first().size, 47'637'000);
        // South Korea has about 51.7 million people, Kakao about 47.6 million account holders:
        // distinct people at the peak lie between the two, and never above the audience.
        const DistinctFigures &d = a.distinct().total;
        QVERIFY2(d.peak >= 47.6e6 && d.peak <= 51.7e6, QByteArray::number(d.peak, 'f', 0));
        QVERIFY(d.peakLow <= d.peak && d.peak <= d.peakHigh && d.peakHigh <= 47'637'000);
        // The plain sum counts a person once per service: far more than the population.
        QVERIFY(a.result().peakTotal > 51.7e6);
        // People-hours have a range that brackets the central figure, service by service too.
        const ImpactResult &r = a.result();
        QVERIFY(r.peopleHoursTotalLow < r.peopleHoursTotal && r.peopleHoursTotal < r.peopleHoursTotalHigh);
        QVERIFY(d.peopleHoursLow < d.peopleHours && d.peopleHours < d.peopleHoursHigh);
        QVERIFY(d.peopleHours < r.peopleHoursTotal);
        qInfo("demo: distinct peak %.0f (%.0f-%.0f); distinct people-hours %.0f (%.0f-%.0f); service-users peak %.0f, "
              "people-hours %.0f (%.0f-%.0f)",
            d.peak, d.peakLow, d.peakHigh, d.peopleHours, d.peopleHoursLow, d.peopleHoursHigh, r.peakTotal,
            r.peopleHoursTotal, r.peopleHoursTotalLow, r.peopleHoursTotalHigh);
        for (const ServiceImpact &s : r.services) {
            QVERIFY2(s.peopleHoursLow <= s.peopleHours && s.peopleHours <= s.peopleHoursHigh, qPrintable(s.service));
            QVERIFY(s.derived);
        }
        // Kakao Pay: fully back at 23:00 on 20 Oct (Kakao) or by 06:00 on 17 Oct (MSIT): on the
        // 18th its figure runs down to nobody affected through its own failure.
        const ServiceImpact *pay = r.find(u"payment"_s);
        QVERIFY(pay);
        const ImpactPoint p18 = pay->at(kst(18, 12, 0));
        QVERIFY(p18.affected() > 0);
        QVERIFY(p18.affectedLow() < p18.affected());
        QCOMPARE(pay->at(kst(20, 23, 30)).affectedHigh(), 0.0);
        // The milestones whose sources disagree carry their window.
        QCOMPARE(a.incident()->mitigatedWindow.latest, std::optional<TimeMs>(kst(16, 2, 20)));
        QCOMPARE(a.incident()->detectedWindow.earliest, std::optional<TimeMs>(kst(15, 15, 37)));
        // Chosun Biz and bntnews disagree on Kakao Map at 08:00: the figure followed the sample.
        QCOMPARE(a.conflicts().size(), 1);
        QCOMPARE(a.conflicts().first().service, u"maps"_s);
        QCOMPARE(a.conflicts().first().time, kst(16, 8, 0));
        QCOMPARE(a.conflicts().first().reason, SourceConflict::Reason::SampleAtSameTime);
    }
};

QTEST_GUILESS_MAIN(TstDistinctPeople)
#include "tst_distinctpeople.moc"
