// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/impactengine.h"
#include "impact/impactfigures.h"
#include "impact/incidentanalysis.h"
#include "impact/servicepool.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

// Every expected figure below is worked out by hand in the row's comment.
// Times are whole hours after T0 unless stated; affected = users × (1 − availability).

namespace {

constexpr TimeMs T0 = 1'665'813'600'000; // 2022-10-15T06:00:00Z
constexpr TimeMs H = 3'600'000;
constexpr TimeMs Min = 60'000;

constexpr TimeMs h(qint64 hours)
{
    return T0 + hours * H;
}

using Steps = QList<QPair<TimeMs, double>>;

struct Figures {
    double peak = 0.0;
    std::optional<TimeMs> peakAt;
    double hours = 0.0;
    double hoursOwn = 0.0;
    double hoursInherited = 0.0;
    RecoveryMilestones milestones;
};

Service svc(const QString &key, qint64 users)
{
    return Service {key, key, users, {}, {}};
}

HealthSample sample(const QString &service, TimeMs time, double availability)
{
    HealthSample s;
    s.time = time;
    s.service = service;
    s.availability = availability;
    return s;
}

StateChange state(const QString &service, TimeMs time, ServiceState st)
{
    StateChange s;
    s.time = time;
    s.service = service;
    s.state = st;
    return s;
}

Dependency dep(const QString &service, const QString &dependsOn, double share)
{
    return Dependency {service, dependsOn, share, {}};
}

ImpactInput window(TimeMs from, TimeMs to)
{
    ImpactInput in;
    in.from = from;
    in.to = to;
    return in;
}

// A plain outage: every milestone after the peak falls on the single recovery.
RecoveryMilestones stepOutage(TimeMs start, TimeMs recovered)
{
    return {start, recovered, recovered, recovered, recovered, recovered};
}

QString when(std::optional<TimeMs> t)
{
    if (!t)
        return QStringLiteral("none");
    return Timestamps::toRfc3339(*t);
}

bool near(double actual, double expected, double tolerance = 1e-6)
{
    return std::abs(actual - expected) <= tolerance;
}

QByteArray mismatch(const char *what, double actual, double expected)
{
    return QByteArray(what) + " is " + QByteArray::number(actual, 'g', 12) + ", expected "
        + QByteArray::number(expected, 'g', 12);
}

#define COMPARE_NEAR(actual, expected, tolerance)                                                                      \
    QVERIFY2(near((actual), (expected), (tolerance)), mismatch(#actual, (actual), (expected)).constData())

// The standard services of the dependency rows: talk needs login, login needs storage.
ImpactInput chainInput()
{
    ImpactInput in = window(h(0), h(10));
    in.services = {svc(u"talk"_s, 1000), svc(u"login"_s, 400), svc(u"storage"_s, 50)};
    in.dependencies = {dep(u"talk"_s, u"login"_s, 0.6), dep(u"login"_s, u"storage"_s, 0.5)};
    in.states
        = {state(u"storage"_s, h(1), ServiceState::MajorOutage), state(u"storage"_s, h(3), ServiceState::Operational),
            state(u"login"_s, h(2), ServiceState::Degraded), state(u"login"_s, h(4), ServiceState::Operational)};
    return in;
}

// web needs db (share .5) and cache (share .2); api needs db entirely.
ImpactInput twoDependenciesInput()
{
    ImpactInput in = window(h(0), h(10));
    in.services = {svc(u"web"_s, 1000), svc(u"api"_s, 200), svc(u"db"_s, 0), svc(u"cache"_s, 0)};
    in.dependencies = {dep(u"web"_s, u"db"_s, 0.5), dep(u"web"_s, u"cache"_s, 0.2), dep(u"api"_s, u"db"_s, 1.0)};
    in.states = {state(u"db"_s, h(1), ServiceState::MajorOutage), state(u"db"_s, h(3), ServiceState::Operational),
        state(u"cache"_s, h(2), ServiceState::PartialOutage), state(u"cache"_s, h(4), ServiceState::Operational),
        state(u"web"_s, h(2), ServiceState::Degraded), state(u"web"_s, h(3), ServiceState::Operational)};
    return in;
}

} // namespace

Q_DECLARE_METATYPE(ImpactInput)
Q_DECLARE_METATYPE(Dependency)
Q_DECLARE_METATYPE(Figures)
Q_DECLARE_METATYPE(ImpactPoint)

class TstImpactEngine : public QObject {
    Q_OBJECT

private slots:
    void ownAvailability_data();
    void ownAvailability();
    void figures_data();
    void figures();
    void series_data();
    void series();
    void findCycle_data();
    void findCycle();
    void refused_data();
    void refused();
    void emptyInput();
    void atAndFind();
    void matchesNaiveReference();
    void seriesAloneEqualTheFullComputation();
    void severalThreadsGiveWhatOneGives();
    void windowAvailability_data();
    void windowAvailability();
    void windowAvailabilityRefused();
    void phases_data();
    void phases();
    void meanTimeToResolve_data();
    void meanTimeToResolve();
    void analysisJsonWithOverlappingIncidents();
    void countingSpec_data();
    void countingSpec();
};

void TstImpactEngine::ownAvailability_data()
{
    QTest::addColumn<ImpactInput>("input");
    QTest::addColumn<Steps>("expected");
    const QString s = u"messaging"_s;

    QTest::newRow("no observations: fully available") << window(h(0), h(10)) << Steps {{h(0), 1.0}};

    ImpactInput in = window(h(0), h(10));
    in.samples = {sample(s, h(1), 0.25), sample(s, h(2), 0.75)};
    QTest::newRow("samples are used directly") << in << Steps {{h(0), 1}, {h(1), 0.25}, {h(2), 0.75}};

    // Default method: degraded .9, partial .5, major 0, maintenance 1; operational after
    // maintenance is no change, so no point at 5 h.
    in = window(h(0), h(10));
    in.states = {state(s, h(1), ServiceState::Degraded), state(s, h(2), ServiceState::PartialOutage),
        state(s, h(3), ServiceState::MajorOutage), state(s, h(4), ServiceState::Maintenance),
        state(s, h(5), ServiceState::Operational)};
    QTest::newRow("states through the counting method")
        << in << Steps {{h(0), 1}, {h(1), 0.9}, {h(2), 0.5}, {h(3), 0.0}, {h(4), 1.0}};

    // Unknown keeps the last known value, whether it came from a sample or a state.
    in = window(h(0), h(10));
    in.samples = {sample(s, h(1), 0.3)};
    in.states = {state(s, h(2), ServiceState::Unknown), state(s, h(3), ServiceState::MajorOutage),
        state(s, h(4), ServiceState::Unknown)};
    QTest::newRow("unknown keeps the last known value") << in << Steps {{h(0), 1}, {h(1), 0.3}, {h(3), 0.0}};

    in = window(h(0), h(10));
    in.method.unknown = 0.2;
    in.method.degraded = 0.75;
    in.states = {state(s, h(1), ServiceState::Degraded), state(s, h(2), ServiceState::Unknown)};
    QTest::newRow("the counting method's own figures are used") << in << Steps {{h(0), 1}, {h(1), 0.75}, {h(2), 0.2}};

    // At 1 h the sample (.6) beats major; at 2 h it beats operational and equals the value
    // in force, so no point; at 3 h a state alone counts again.
    in = window(h(0), h(10));
    in.samples = {sample(s, h(1), 0.6), sample(s, h(2), 0.6)};
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(2), ServiceState::Operational),
        state(s, h(3), ServiceState::Degraded)};
    QTest::newRow("a sample wins over a state at the same time") << in << Steps {{h(0), 1}, {h(1), 0.6}, {h(3), 0.9}};

    in = window(h(0), h(10));
    in.samples = {sample(s, h(1), 0.2), sample(s, h(1), 0.4)};
    QTest::newRow("the later of two samples at the same time wins") << in << Steps {{h(0), 1}, {h(1), 0.4}};

    // Major at 0 h then .5 at 1 h, both before a window opening at 2 h.
    in = window(h(2), h(10));
    in.states = {state(s, h(0), ServiceState::MajorOutage), state(s, h(3), ServiceState::Operational)};
    in.samples = {sample(s, h(1), 0.5)};
    QTest::newRow("observations before the window set its start") << in << Steps {{h(2), 0.5}, {h(3), 1.0}};

    in = window(h(2), h(10));
    in.samples = {sample(s, h(2), 0.4)};
    QTest::newRow("an observation at the window start") << in << Steps {{h(2), 0.4}};

    // 4 h is the window end and still counts; 5 h is past it.
    in = window(h(0), h(4));
    in.samples = {sample(s, h(4), 0.5)};
    in.states = {state(s, h(5), ServiceState::MajorOutage)};
    QTest::newRow("observations after the window are dropped") << in << Steps {{h(0), 1}, {h(4), 0.5}};

    in = window(h(0), h(10));
    in.samples = {sample(s, h(3), 0.0), sample(s, h(1), 0.5), sample(s, h(2), 0.7)};
    QTest::newRow("unsorted input is put in time order")
        << in << Steps {{h(0), 1}, {h(1), 0.5}, {h(2), 0.7}, {h(3), 0.0}};

    in = window(h(0), h(10));
    in.samples = {sample(s, h(1), 0.5), sample(s, h(2), 0.5), sample(s, h(4), 0.0)};
    in.states = {state(s, h(3), ServiceState::MajorOutage)};
    QTest::newRow("equal consecutive values collapse") << in << Steps {{h(0), 1}, {h(1), 0.5}, {h(3), 0.0}};

    in = window(h(0), h(10));
    in.samples = {sample(u"other"_s, h(1), 0.0)};
    in.states = {state(u"other"_s, h(2), ServiceState::MajorOutage)};
    QTest::newRow("other services' records are ignored") << in << Steps {{h(0), 1}};

    in = window(h(0), h(10));
    in.samples = {sample(s, h(1), 1.5), sample(s, h(2), -0.2)};
    QTest::newRow("out-of-range availability is clamped") << in << Steps {{h(0), 1}, {h(2), 0.0}};
}

void TstImpactEngine::ownAvailability()
{
    QFETCH(ImpactInput, input);
    QFETCH(Steps, expected);
    const Steps actual = ImpactEngine::ownAvailability(u"messaging"_s, input);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype k = 0; k < actual.size(); ++k) {
        QCOMPARE(when(actual.at(k).first), when(expected.at(k).first));
        COMPARE_NEAR(actual.at(k).second, expected.at(k).second, 1e-12);
    }
}

void TstImpactEngine::figures_data()
{
    QTest::addColumn<ImpactInput>("input");
    QTest::addColumn<QString>("service"); // empty: the total over services
    QTest::addColumn<Figures>("expected");
    const QString s = u"messaging"_s;

    // 1000 users, down 1 h → 3 h: 1000 × 2 h = 2000 person-hours.
    ImpactInput in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(3), ServiceState::Operational)};
    QTest::newRow("single service down 2 h") << in << s << Figures {1000, h(1), 2000, 2000, 0, stepOutage(h(1), h(3))};

    // Affected 1000, 700, 500, 100, 10, 0 at 1..6 h, each for an hour: 2310 person-hours.
    // Exactly 50 %, 10 % and 1 % of the peak count as reached (at most, not below).
    in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.samples = {sample(s, h(1), 0.0), sample(s, h(2), 0.3), sample(s, h(3), 0.5), sample(s, h(4), 0.9),
        sample(s, h(5), 0.99), sample(s, h(6), 1.0)};
    QTest::newRow("partial steps with 50/90/99 % milestones")
        << in << s << Figures {1000, h(1), 2310, 2310, 0, {h(1), h(2), h(3), h(4), h(5), h(6)}};

    // 3000 users: .7, .97, .997, 1 at 1..4 h → 900, 90, 9, 0: 999 person-hours. In doubles
    // 3000 × (1 − .97) is a hair above (1 − .9) × 3000 × (1 − .7); it is still 10 % of the peak.
    in = window(h(0), h(10));
    in.services = {svc(s, 3000)};
    in.samples = {sample(s, h(1), 0.7), sample(s, h(2), 0.97), sample(s, h(3), 0.997), sample(s, h(4), 1.0)};
    QTest::newRow("milestone at exactly 10 % despite rounding")
        << in << s << Figures {900, h(1), 999, 999, 0, {h(1), h(2), h(2), h(2), h(3), h(4)}};

    // 2000 users: degraded 200, partial 1000, major 2000, unknown keeps 2000, degraded 200,
    // operational 0 at 1..6 h: 200 + 1000 + 2000 + 2000 + 200 = 5400. Peak first at 3 h;
    // at 5 h 200 ≤ 1000 and ≤ 200 (50, 90 %), 1 % (20) only at 6 h.
    in = window(h(0), h(10));
    in.services = {svc(s, 2000)};
    in.states = {state(s, h(1), ServiceState::Degraded), state(s, h(2), ServiceState::PartialOutage),
        state(s, h(3), ServiceState::MajorOutage), state(s, h(4), ServiceState::Unknown),
        state(s, h(5), ServiceState::Degraded), state(s, h(6), ServiceState::Operational)};
    QTest::newRow("states through the counting method")
        << in << s << Figures {2000, h(3), 5400, 5400, 0, {h(1), h(5), h(5), h(5), h(6), h(6)}};

    // 1 h: sample .75 beats major → 250; 2 h: sample .5 beats operational → 500; 3 h: 0.
    in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.samples = {sample(s, h(1), 0.75), sample(s, h(2), 0.5), sample(s, h(3), 1.0)};
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(2), ServiceState::Operational)};
    QTest::newRow("samples win over states at the same time")
        << in << s << Figures {500, h(2), 750, 750, 0, stepOutage(h(1), h(3))};

    // Window 2 h → 6 h; the sample at 1 h (.5) is in force at 2 h: 500 × 2 h = 1000.
    in = window(h(2), h(6));
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(0), ServiceState::MajorOutage), state(s, h(4), ServiceState::Operational)};
    in.samples = {sample(s, h(1), 0.5)};
    QTest::newRow("observations before the window")
        << in << s << Figures {500, h(2), 1000, 1000, 0, stepOutage(h(2), h(4))};

    // .2 at 1 h, nothing but an unknown state until 1.0 at 5 h: 800 × 4 h = 3200.
    in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.samples = {sample(s, h(1), 0.2), sample(s, h(5), 1.0)};
    in.states = {state(s, h(3), ServiceState::Unknown)};
    QTest::newRow("a gap in data holds the value")
        << in << s << Figures {800, h(1), 3200, 3200, 0, stepOutage(h(1), h(5))};

    // 1000 for 1 h, back to 0 at 2 h, 500 again 4 h → 5 h: 1500. Milestones after the peak
    // fall at 2 h, but full recovery is only the final run of zeros, from 5 h.
    in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(2), ServiceState::Operational),
        state(s, h(4), ServiceState::PartialOutage), state(s, h(5), ServiceState::Operational)};
    QTest::newRow("relapse: full recovery is the final run")
        << in << s << Figures {1000, h(1), 1500, 1500, 0, {h(1), h(2), h(2), h(2), h(2), h(5)}};

    // 500 at 1 h, 0 at 2 h, 1000 at 4 h, 500 at 5 h, 0 at 6 h: 500 + 1000 + 500 = 2000.
    // The peak is the relapse, so every milestone is measured after 4 h.
    in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(1), ServiceState::PartialOutage), state(s, h(2), ServiceState::Operational),
        state(s, h(4), ServiceState::MajorOutage), state(s, h(5), ServiceState::PartialOutage),
        state(s, h(6), ServiceState::Operational)};
    QTest::newRow("relapse worse than the first peak")
        << in << s << Figures {1000, h(4), 2000, 2000, 0, {h(1), h(5), h(5), h(6), h(6), h(6)}};

    // Down from 1 h to the window end at 10 h: 9000, and no recovery of any kind.
    in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(1), ServiceState::MajorOutage)};
    QTest::newRow("still failing at the end of the window")
        << in << s << Figures {1000, h(1), 9000, 9000, 0, {h(1), {}, {}, {}, {}, {}}};

    in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    QTest::newRow("no data: nobody affected") << in << s << Figures {0, {}, 0, 0, 0, {}};

    // Down 1 h → 3 h, seen through 2 h → 2.5 h: 1000 × 0.5 h, the outage fills the window.
    in = window(h(2), h(2) + 30 * Min);
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(3), ServiceState::Operational)};
    QTest::newRow("window clipping: inside the outage")
        << in << s << Figures {1000, h(2), 500, 500, 0, {h(2), {}, {}, {}, {}, {}}};

    // Down 1 h → 3 h, seen through 2 h → 5 h: 1000 × 1 h; a later outage at 6 h is outside.
    in = window(h(2), h(5));
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(3), ServiceState::Operational),
        state(s, h(6), ServiceState::MajorOutage)};
    QTest::newRow("window clipping: outage began before the window")
        << in << s << Figures {1000, h(2), 1000, 1000, 0, stepOutage(h(2), h(3))};

    // Chain (see chainInput): storage down 1 h → 3 h (0), login degraded 2 h → 4 h (.9).
    // storage: 50 × 2 h = 100.
    QTest::newRow("chain: storage, own only")
        << chainInput() << u"storage"_s << Figures {50, h(1), 100, 100, 0, stepOutage(h(1), h(3))};
    // login effective = own × (1 − .5 × (1 − storage)): 1, .5, .45, .9, 1 at 0..4 h.
    // affected = 400 × (1 − eff): 0, 200, 220, 40, 0 → 460; own 400 × .1 for 2 h = 80;
    // inherited 200 + 180 = 380. Peak 220 at 2 h; 40 ≤ 110 at 3 h; ≤ 22 only at 4 h.
    QTest::newRow("chain: login, own and inherited")
        << chainInput() << u"login"_s << Figures {220, h(2), 460, 80, 380, {h(1), h(3), h(3), h(4), h(4), h(4)}};
    // talk effective = 1 − .6 × (1 − login): 1, .7, .67, .94, 1 → affected 0, 300, 330, 60, 0:
    // 690, all inherited. Peak 330 at 2 h; 60 ≤ 165 at 3 h; ≤ 33 at 4 h.
    QTest::newRow("chain: talk, inherited only")
        << chainInput() << u"talk"_s << Figures {330, h(2), 690, 0, 690, {h(1), h(3), h(3), h(4), h(4), h(4)}};
    // Sum: 550, 600, 100 at 1..3 h → 1250; own 50 + 50 + 40 + 40 = 180; inherited 1070.
    QTest::newRow("chain: total over services")
        << chainInput() << QString() << Figures {600, h(2), 1250, 180, 1070, {h(1), h(3), h(3), h(4), h(4), h(4)}};

    // web: 1 h db down → .5 (500); 2 h cache .5 and own .9 → .9 × .5 × (1 − .2 × .5) = .405
    // (595, own 100); 3 h db back → .9 (100); 4 h all well. 500 + 595 + 100 = 1195, own 100.
    QTest::newRow("two dependencies on one service")
        << twoDependenciesInput() << u"web"_s
        << Figures {595, h(2), 1195, 100, 1095, {h(1), h(3), h(3), h(4), h(4), h(4)}};
    // api needs all of db: 200 × 2 h = 400, all inherited.
    QTest::newRow("two services depending on one")
        << twoDependenciesInput() << u"api"_s << Figures {200, h(1), 400, 0, 400, stepOutage(h(1), h(3))};

    // a: 1000 down 1 h → 3 h; b: 500 users partial 2 h → 4 h (250).
    // Total 1000, 1250, 250 at 1..3 h → 2500; 250 ≤ 625 at 3 h; ≤ 125 only at 4 h.
    in = window(h(0), h(10));
    in.services = {svc(u"a"_s, 1000), svc(u"b"_s, 500)};
    in.states = {state(u"a"_s, h(1), ServiceState::MajorOutage), state(u"a"_s, h(3), ServiceState::Operational),
        state(u"b"_s, h(2), ServiceState::PartialOutage), state(u"b"_s, h(4), ServiceState::Operational)};
    QTest::newRow("total over independent services")
        << in << QString() << Figures {1250, h(2), 2500, 2500, 0, {h(1), h(3), h(3), h(4), h(4), h(4)}};
}

void TstImpactEngine::figures()
{
    QFETCH(ImpactInput, input);
    QFETCH(QString, service);
    QFETCH(Figures, expected);

    const ImpactResult result = ImpactEngine::compute(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    Figures actual;
    if (service.isEmpty()) {
        actual = {result.peakTotal, result.peakTotalAt, result.peopleHoursTotal, 0, 0, result.totalMilestones};
        for (qsizetype k = 0; k < result.total.size(); ++k) {
            const TimeMs end = k + 1 < result.total.size() ? result.total.at(k + 1).time : input.to;
            actual.hoursOwn += result.total.at(k).affectedOwn * double(end - result.total.at(k).time) / H;
            actual.hoursInherited += result.total.at(k).affectedInherited * double(end - result.total.at(k).time) / H;
        }
    } else {
        const ServiceImpact *impact = result.find(service);
        QVERIFY(impact);
        actual = {impact->peakAffected, impact->peakAt, impact->peopleHours, impact->peopleHoursOwn,
            impact->peopleHoursInherited, impact->milestones};
    }
    COMPARE_NEAR(actual.peak, expected.peak, 1e-6);
    QCOMPARE(when(actual.peakAt), when(expected.peakAt));
    COMPARE_NEAR(actual.hours, expected.hours, 1e-6);
    COMPARE_NEAR(actual.hoursOwn, expected.hoursOwn, 1e-6);
    COMPARE_NEAR(actual.hoursInherited, expected.hoursInherited, 1e-6);
    const RecoveryMilestones &a = actual.milestones;
    const RecoveryMilestones &e = expected.milestones;
    QCOMPARE(when(a.outageStart), when(e.outageStart));
    QCOMPARE(when(a.firstPartial), when(e.firstPartial));
    QCOMPARE(when(a.recovered50), when(e.recovered50));
    QCOMPARE(when(a.recovered90), when(e.recovered90));
    QCOMPARE(when(a.recovered99), when(e.recovered99));
    QCOMPARE(when(a.full), when(e.full));
}

void TstImpactEngine::series_data()
{
    QTest::addColumn<ImpactInput>("input");
    QTest::addColumn<QString>("service"); // empty: the total
    QTest::addColumn<QList<ImpactPoint>>("expected");
    using P = ImpactPoint;

    // talk has no data of its own, yet gets a point at each change of login (2 h, 4 h) and
    // of storage through login (1 h, 3 h). Values as in the figures rows.
    QTest::newRow("chain: talk points at every transitive change")
        << chainInput() << u"talk"_s
        << QList<P> {{h(0), 1, 1, 0, 0}, {h(1), 1, 0.7, 0, 300}, {h(2), 1, 0.67, 0, 330}, {h(3), 1, 0.94, 0, 60},
               {h(4), 1, 1, 0, 0}};
    QTest::newRow("chain: login own and inherited split")
        << chainInput() << u"login"_s
        << QList<P> {{h(0), 1, 1, 0, 0}, {h(1), 1, 0.5, 0, 200}, {h(2), 0.9, 0.45, 40, 180}, {h(3), 0.9, 0.9, 40, 0},
               {h(4), 1, 1, 0, 0}};
    QTest::newRow("chain: total sums own and inherited")
        << chainInput() << QString()
        << QList<P> {{h(0), 1, 1, 0, 0}, {h(1), 1, 1, 50, 500}, {h(2), 1, 1, 90, 510}, {h(3), 1, 1, 40, 60},
               {h(4), 1, 1, 0, 0}};
    QTest::newRow("two dependencies multiply")
        << twoDependenciesInput() << u"web"_s
        << QList<P> {{h(0), 1, 1, 0, 0}, {h(1), 1, 0.5, 0, 500}, {h(2), 0.9, 0.405, 100, 495}, {h(3), 1, 0.9, 0, 100},
               {h(4), 1, 1, 0, 0}};

    // 1 − 1e-16 leaves 1000 × 1.1e-13 people "affected": rounding, not people.
    ImpactInput noisy = window(h(0), h(10));
    noisy.services = {svc(u"messaging"_s, 1000)};
    noisy.samples = {sample(u"messaging"_s, h(1), 0.0), sample(u"messaging"_s, h(2), 0.9999999999999999)};
    QTest::newRow("float noise counts as nobody")
        << noisy << u"messaging"_s
        << QList<P> {{h(0), 1, 1, 0, 0}, {h(1), 0, 0, 1000, 0}, {h(2), 0.9999999999999999, 0.9999999999999999, 0, 0}};

    // Window 2 h → 5 h over storage down 1 h → 3 h and again from 6 h: starts at 2 h,
    // nothing past the end.
    ImpactInput in = chainInput();
    in.from = h(2);
    in.to = h(5);
    in.states.append(state(u"storage"_s, h(6), ServiceState::MajorOutage));
    QTest::newRow("window clipping keeps points inside [from, to]")
        << in << u"storage"_s << QList<P> {{h(2), 0, 0, 50, 0}, {h(3), 1, 1, 0, 0}};
}

void TstImpactEngine::series()
{
    QFETCH(ImpactInput, input);
    QFETCH(QString, service);
    QFETCH(QList<ImpactPoint>, expected);

    const ImpactResult result = ImpactEngine::compute(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ServiceImpact *impact = service.isEmpty() ? nullptr : result.find(service);
    QVERIFY(service.isEmpty() || impact);
    const QList<ImpactPoint> &actual = impact ? impact->series : result.total;
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype k = 0; k < actual.size(); ++k) {
        const ImpactPoint &a = actual.at(k);
        const ImpactPoint &e = expected.at(k);
        QCOMPARE(when(a.time), when(e.time));
        COMPARE_NEAR(a.ownAvailability, e.ownAvailability, 1e-12);
        COMPARE_NEAR(a.effectiveAvailability, e.effectiveAvailability, 1e-12);
        COMPARE_NEAR(a.affectedOwn, e.affectedOwn, 1e-9);
        COMPARE_NEAR(a.affectedInherited, e.affectedInherited, 1e-9);
        // Nobody means exactly nobody: charts and "recovered" depend on a true zero.
        if (e.affected() == 0.0)
            QVERIFY2(a.affected() == 0.0, mismatch("affected", a.affected(), 0.0).constData());
    }
}

void TstImpactEngine::findCycle_data()
{
    QTest::addColumn<QList<Dependency>>("dependencies");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << QList<Dependency> {} << QString();
    QTest::newRow("chain is acyclic") << QList<Dependency> {dep(u"talk"_s, u"login"_s, 1),
        dep(u"login"_s, u"storage"_s, 1)}
                                      << QString();
    // Two paths to storage are not a cycle.
    QTest::newRow("diamond is acyclic") << QList<Dependency> {dep(u"talk"_s, u"login"_s, 1),
        dep(u"talk"_s, u"pay"_s, 1), dep(u"login"_s, u"storage"_s, 1), dep(u"pay"_s, u"storage"_s, 1)}
                                        << QString();
    QTest::newRow("two services") << QList<Dependency> {dep(u"login"_s, u"messaging"_s, 1),
        dep(u"messaging"_s, u"login"_s, 1)}
                                  << u"dependency cycle: login → messaging → login"_s;
    // talk leads into the cycle but is not part of it.
    QTest::newRow("cycle behind a tail") << QList<Dependency> {dep(u"talk"_s, u"login"_s, 1),
        dep(u"login"_s, u"auth"_s, 1), dep(u"auth"_s, u"login"_s, 1)}
                                         << u"dependency cycle: login → auth → login"_s;
    QTest::newRow("self dependency") << QList<Dependency> {dep(u"storage"_s, u"storage"_s, 1)}
                                     << u"dependency cycle: storage → storage"_s;
}

void TstImpactEngine::findCycle()
{
    QFETCH(QList<Dependency>, dependencies);
    QFETCH(QString, expected);
    QCOMPARE(ImpactEngine::findCycle(dependencies), expected);
}

void TstImpactEngine::refused_data()
{
    QTest::addColumn<ImpactInput>("input");
    QTest::addColumn<QString>("error");

    ImpactInput in = chainInput();
    in.dependencies.append(dep(u"storage"_s, u"talk"_s, 1.0));
    QTest::newRow("dependency cycle") << in << u"dependency cycle: talk → login → storage → talk"_s;

    in = chainInput();
    in.dependencies.append(dep(u"login"_s, u"ghost"_s, 1.0));
    QTest::newRow("unknown dependency") << in << u"unknown service \"ghost\" in dependency login → ghost"_s;

    in = chainInput();
    in.dependencies.append(dep(u"ghost"_s, u"login"_s, 1.0));
    QTest::newRow("unknown dependent") << in << u"unknown service \"ghost\" in dependency ghost → login"_s;

    in = chainInput();
    in.services.append(svc(u"login"_s, 5));
    QTest::newRow("service listed twice") << in << u"service \"login\" is listed twice"_s;

    in = window(h(5), h(4));
    QTest::newRow("window ends before it starts") << in << u"the window ends before it starts"_s;
}

void TstImpactEngine::refused()
{
    QFETCH(ImpactInput, input);
    QFETCH(QString, error);
    const ImpactResult result = ImpactEngine::compute(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(result.services.isEmpty());
    QVERIFY(result.total.isEmpty());
}

void TstImpactEngine::emptyInput()
{
    const ImpactResult result = ImpactEngine::compute(window(h(0), h(10)));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.services.isEmpty());
    // The total still starts at the window start, at zero.
    QCOMPARE(result.total.size(), qsizetype(1));
    QCOMPARE(when(result.total.first().time), when(h(0)));
    QVERIFY(result.total.first().affected() == 0.0);
    QVERIFY(result.peakTotal == 0.0);
    QCOMPARE(when(result.peakTotalAt), when(std::nullopt));
    QVERIFY(result.peopleHoursTotal == 0.0);
    QVERIFY(result.totalMilestones == RecoveryMilestones {});
}

void TstImpactEngine::atAndFind()
{
    const ImpactResult result = ImpactEngine::compute(chainInput());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.services.size(), qsizetype(3));
    QCOMPARE(result.services.at(0).service, u"talk"_s); // input order, not dependency order
    QVERIFY(!result.find(u"ghost"_s));
    const ServiceImpact *talk = result.find(u"talk"_s);
    QVERIFY(talk);
    QCOMPARE(talk->users, std::optional<qint64>(1000));
    QCOMPARE(talk->at(h(2) + 30 * Min).time, h(2)); // between points: the one before
    COMPARE_NEAR(talk->at(h(2) + 30 * Min).affected(), 330.0, 1e-9);
    COMPARE_NEAR(talk->at(h(3)).affected(), 60.0, 1e-9); // exactly on a point: that point
    COMPARE_NEAR(talk->at(h(-1)).affected(), 0.0, 1e-9); // before the window: the first point
    QCOMPARE(talk->at(h(-1)).time, h(0));
    QCOMPARE(talk->at(h(20)).time, h(4)); // past the end: the last point
    QVERIFY(ServiceImpact {}.at(h(1)) == ImpactPoint {}); // no series: a default point
}

// Random, shuffled observations on a minute grid, checked minute by minute against a
// direct evaluation of the rules: catches grouping, ordering and merge-walk mistakes.
void TstImpactEngine::matchesNaiveReference()
{
    QRandomGenerator rng(20221015);
    const QStringList keys {u"talk"_s, u"login"_s, u"storage"_s};
    ImpactInput in = chainInput();
    in.states.clear();
    const double levels[] = {0.0, 0.25, 0.5, 0.9, 1.0};
    const ServiceState states[] = {ServiceState::Operational, ServiceState::Degraded, ServiceState::PartialOutage,
        ServiceState::MajorOutage, ServiceState::Unknown, ServiceState::Maintenance};
    for (const QString &key : keys) {
        // From an hour before the window to an hour after it, many sharing a minute.
        for (int k = 0; k < 150; ++k)
            in.samples.append(sample(key, h(-1) + rng.bounded(12 * 60) * Min, levels[rng.bounded(5)]));
        for (int k = 0; k < 150; ++k)
            in.states.append(state(key, h(-1) + rng.bounded(12 * 60) * Min, states[rng.bounded(6)]));
    }
    std::shuffle(in.samples.begin(), in.samples.end(), rng);
    std::shuffle(in.states.begin(), in.states.end(), rng);

    // Own availability at a time: replay everything up to it, grouped by instant; at an
    // instant with any sample the last sample decides, else the states in input order.
    const auto ownAt = [&](const QString &key, TimeMs t) {
        std::map<TimeMs, std::pair<QList<double>, QList<ServiceState>>> byTime;
        for (const HealthSample &s : in.samples) {
            if (s.service == key && s.time <= t)
                byTime[s.time].first.append(s.availability);
        }
        for (const StateChange &s : in.states) {
            if (s.service == key && s.time <= t)
                byTime[s.time].second.append(s.state);
        }
        double v = 1.0;
        for (const auto &[time, obs] : byTime) {
            if (!obs.first.isEmpty()) {
                v = obs.first.last();
                continue;
            }
            for (ServiceState st : obs.second)
                v = in.method.availabilityFor(st, v);
        }
        return v;
    };

    const ImpactResult result = ImpactEngine::compute(in);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ServiceImpact *talk = result.find(u"talk"_s);
    const ServiceImpact *login = result.find(u"login"_s);
    const ServiceImpact *storage = result.find(u"storage"_s);
    QVERIFY(talk && login && storage);
    double hours[3] = {0, 0, 0};
    double totalHours = 0;
    for (TimeMs t = in.from; t < in.to; t += Min) {
        const double ownTalk = ownAt(u"talk"_s, t), ownLogin = ownAt(u"login"_s, t),
                     ownStorage = ownAt(u"storage"_s, t);
        const double effLogin = ownLogin * (1 - 0.5 * (1 - ownStorage));
        const double effTalk = ownTalk * (1 - 0.6 * (1 - effLogin));
        const double affected[3] = {1000 * (1 - effTalk), 400 * (1 - effLogin), 50 * (1 - ownStorage)};
        const ServiceImpact *impacts[3] = {talk, login, storage};
        const double own[3] = {ownTalk, ownLogin, ownStorage};
        double sum = 0;
        for (int k = 0; k < 3; ++k) {
            const ImpactPoint p = impacts[k]->at(t);
            COMPARE_NEAR(p.ownAvailability, own[k], 1e-12);
            COMPARE_NEAR(p.affected(), affected[k], 1e-9);
            hours[k] += affected[k] / 60.0;
            sum += affected[k];
        }
        totalHours += sum / 60.0;
        const auto total = std::upper_bound(result.total.cbegin(), result.total.cend(), t,
            [](TimeMs time, const ImpactPoint &p) { return time < p.time; });
        QVERIFY(total != result.total.cbegin());
        COMPARE_NEAR(std::prev(total)->affected(), sum, 1e-9);
    }
    QVERIFY(hours[0] > 0 && hours[1] > 0 && hours[2] > 0); // the data really did fail something
    COMPARE_NEAR(talk->peopleHours, hours[0], 1e-6);
    COMPARE_NEAR(login->peopleHours, hours[1], 1e-6);
    COMPARE_NEAR(storage->peopleHours, hours[2], 1e-6);
    COMPARE_NEAR(result.peopleHoursTotal, totalHours, 1e-6);
}

// Availability over a window is the time-weighted mean of the step series over it.
void TstImpactEngine::seriesAloneEqualTheFullComputation()
{
    // What the chart asks for on every view change: the same series (and derived flags) as the
    // full computation, on dependencies, states, derived samples with ranges and a service
    // without a user count; only the figures are left out.
    QRandomGenerator rng(20261206);
    ImpactInput in = twoDependenciesInput();
    in.services[3].users.reset();
    const double levels[] = {0.0, 0.3, 0.5, 0.95, 1.0};
    for (const Service &service : std::as_const(in.services))
        for (int k = 0; k < 80; ++k) {
            HealthSample s = sample(service.key, h(-1) + rng.bounded(12 * 60) * Min, levels[rng.bounded(5)]);
            if (k % 7 == 0) {
                s.derived = true;
                s.earliest = s.time - 5 * Min;
                s.latest = s.time + 5 * Min;
                s.availabilityLow = 0.0;
                s.availabilityHigh = s.availability;
            }
            in.samples.append(s);
        }
    const ImpactResult full = ImpactEngine::compute(in);
    const ImpactResult series = ImpactEngine::computeSeries(in);
    QVERIFY(full.ok());
    QCOMPARE(series.error, full.error);
    QCOMPARE(series.services.size(), full.services.size());
    QCOMPARE(series.derived, full.derived);
    bool ranged = false;
    for (qsizetype i = 0; i < full.services.size(); ++i) {
        QCOMPARE(series.services.at(i).service, full.services.at(i).service);
        QCOMPARE(series.services.at(i).users, full.services.at(i).users);
        QCOMPARE(series.services.at(i).derived, full.services.at(i).derived);
        QCOMPARE(series.services.at(i).series, full.services.at(i).series);
        for (const ImpactPoint &p : full.services.at(i).series)
            ranged = ranged || p.rangeBelow > 0 || p.rangeAbove > 0;
    }
    QVERIFY(ranged); // the derived samples did leave ranges open
    QVERIFY(series.total.isEmpty());
    QCOMPARE(ImpactEngine::computeSeries(chainInput()).services.at(0).series,
        ImpactEngine::compute(chainInput()).services.at(0).series);
    // A refused input is refused alike.
    ImpactInput cyclic = chainInput();
    cyclic.dependencies.append(dep(u"storage"_s, u"talk"_s, 1.0));
    QCOMPARE(ImpactEngine::computeSeries(cyclic).error, ImpactEngine::compute(cyclic).error);
    QVERIFY(!ImpactEngine::computeSeries(cyclic).ok());
}

void TstImpactEngine::severalThreadsGiveWhatOneGives()
{
    // A large input (past ServicePool::kMinRecords) works each service out on a thread of its
    // own (#23): every series and figure must be what one thread gives, dependencies included.
    QRandomGenerator rng(20261207);
    ImpactInput in = twoDependenciesInput();
    in.services[3].users.reset();
    const double levels[] = {0.0, 0.3, 0.5, 0.95, 1.0};
    for (const Service &service : std::as_const(in.services))
        for (int k = 0; k < 8000; ++k) {
            HealthSample s = sample(service.key, h(-1) + k * 5 * 1000, levels[rng.bounded(5)]);
            s.derived = k % 97 == 0;
            in.samples.append(s);
        }
    QVERIFY(in.samples.size() >= ServicePool::kMinRecords);
    ServicePool::setMaxThreads(1);
    const ImpactResult one = ImpactEngine::compute(in);
    ServicePool::setMaxThreads(4);
    const ImpactResult several = ImpactEngine::compute(in);
    ServicePool::setMaxThreads(0);
    QVERIFY(one.ok());
    QCOMPARE(several.services.size(), one.services.size());
    for (qsizetype i = 0; i < one.services.size(); ++i) {
        const ServiceImpact &a = one.services.at(i), &b = several.services.at(i);
        QCOMPARE(b.service, a.service);
        QCOMPARE(b.series, a.series);
        QCOMPARE(b.derived, a.derived);
        QCOMPARE(b.peakAffected, a.peakAffected);
        QCOMPARE(b.peopleHours, a.peopleHours);
        QCOMPARE(b.milestones, a.milestones);
        QCOMPARE(b.shareMilestones, a.shareMilestones);
        QCOMPARE(b.sharePeak, a.sharePeak);
        QCOMPARE(b.outageMs, a.outageMs);
    }
    QVERIFY(one.services.at(0).series.size() > 1000); // the samples did make steps
    QCOMPARE(several.total, one.total);
    QCOMPARE(several.peakTotal, one.peakTotal);
    QCOMPARE(several.peopleHoursTotal, one.peopleHoursTotal);
    QCOMPARE(several.totalMilestones, one.totalMilestones);
    QCOMPARE(several.derived, one.derived);
    QCOMPARE(several.servicesWithoutUsers, one.servicesWithoutUsers);
}

void TstImpactEngine::windowAvailability_data()
{
    QTest::addColumn<ImpactInput>("input");
    QTest::addColumn<QString>("service");
    QTest::addColumn<TimeMs>("from");
    QTest::addColumn<TimeMs>("to");
    QTest::addColumn<double>("effective");
    QTest::addColumn<double>("own");
    const QString s = u"messaging"_s;

    // Down 1 h → 3 h. Window 2 h → 6 h: 1 h at 0, then 3 h at 1: 3 / 4 = .75.
    ImpactInput in = window(h(0), h(10));
    in.services = {svc(s, 1000)};
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(3), ServiceState::Operational)};
    QTest::newRow("window partially overlapping the outage") << in << s << h(2) << h(6) << 0.75 << 0.75;
    // 0 h → 1 h: nothing had happened yet.
    QTest::newRow("window before the outage") << in << s << h(0) << h(1) << 1.0 << 1.0;
    // 1 h → 3 h: down the whole time.
    QTest::newRow("window inside the outage") << in << s << h(1) << h(3) << 0.0 << 0.0;
    // A zero-length window reads the value at that instant.
    QTest::newRow("zero-length window in the outage") << in << s << h(2) << h(2) << 0.0 << 0.0;

    // Down 1 → 3 h, back, down again 5 → 6 h. Window 0 → 8 h: 3 h down of 8: 5 / 8 = .625.
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(3), ServiceState::Operational),
        state(s, h(5), ServiceState::MajorOutage), state(s, h(6), ServiceState::Operational)};
    QTest::newRow("window spanning a relapse") << in << s << h(0) << h(8) << 0.625 << 0.625;

    // Partial (.5) 2 → 4 h; window 1 → 5 h: 1 + 2 × .5 + 1 = 3 of 4 h: .75.
    in.states = {state(s, h(2), ServiceState::PartialOutage), state(s, h(4), ServiceState::Operational)};
    QTest::newRow("partial outage weighted by time") << in << s << h(1) << h(5) << 0.75 << 0.75;

    // A sample of .5 at 1 h, then the feed is silent until 1.0 at 5 h: .5 holds through the
    // gap. Window 0 → 6 h: 1 + 4 × .5 + 1 = 4 of 6 h.
    in.states.clear();
    in.samples = {sample(s, h(1), 0.5), sample(s, h(5), 1.0)};
    QTest::newRow("gap in the samples holds the last value") << in << s << h(0) << h(6) << 4.0 / 6.0 << 4.0 / 6.0;

    // Major at 1 h, unknown at 2 h (feed lost), operational at 4 h: unknown keeps 0 until 4 h.
    // Window 0 → 5 h: 1 h up + 3 h down + 1 h up: 2 / 5 = .4.
    in.samples.clear();
    in.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(2), ServiceState::Unknown),
        state(s, h(4), ServiceState::Operational)};
    QTest::newRow("gap reported as unknown keeps the last known") << in << s << h(0) << h(5) << 0.4 << 0.4;

    // chainInput: talk's own availability is 1 throughout, its effective one is not.
    // login eff: 1–2 h .5 (storage down, share .5); 2–3 h .9 × .5 = .45; 3–4 h .9.
    // talk eff = 1 − .6 × (1 − login): .7, .67, .94. Window 0 → 4 h: (1 + .7 + .67 + .94) / 4 = .8275.
    QTest::newRow("inherited through dependencies, own untouched")
        << chainInput() << u"talk"_s << h(0) << h(4) << 0.8275 << 1.0;
    // login itself 0 → 4 h: effective (1 + .5 + .45 + .9) / 4 = .7125; own (1 + 1 + .9 + .9) / 4 = .95.
    QTest::newRow("own and effective differ on the middle service")
        << chainInput() << u"login"_s << h(0) << h(4) << 0.7125 << 0.95;
}

void TstImpactEngine::windowAvailability()
{
    QFETCH(ImpactInput, input);
    QFETCH(QString, service);
    QFETCH(TimeMs, from);
    QFETCH(TimeMs, to);
    QFETCH(double, effective);
    QFETCH(double, own);
    const ImpactResult result = ImpactEngine::compute(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ServiceImpact *impact = result.find(service);
    QVERIFY(impact);
    const std::optional<WindowAvailability> a = ImpactFigures::availability(*impact, from, to);
    QVERIFY(a);
    COMPARE_NEAR(a->effective, effective, 1e-12);
    COMPARE_NEAR(a->own, own, 1e-12);
}

void TstImpactEngine::windowAvailabilityRefused()
{
    const ImpactResult result = ImpactEngine::compute(chainInput());
    QVERIFY(!ImpactFigures::availability(*result.find(u"talk"_s), h(4), h(3))); // ends before it starts
    QVERIFY(!ImpactFigures::availability(ServiceImpact {}, h(0), h(1))); // no series at all
}

namespace {
Incident incident(const QString &id, std::optional<TimeMs> began, std::optional<TimeMs> detected,
    std::optional<TimeMs> mitigated, std::optional<TimeMs> resolved)
{
    Incident i;
    i.id = id;
    i.title = id;
    i.began = began;
    i.detected = detected;
    i.mitigated = mitigated;
    i.resolved = resolved;
    return i;
}

QString secs(const std::optional<qint64> &s)
{
    return s ? QString::number(*s) : u"none"_s;
}
} // namespace

void TstImpactEngine::phases_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QString>("toDetect"); // seconds, or "none"
    QTest::addColumn<QString>("toMitigate");
    QTest::addColumn<QString>("toResolve");

    // Detected 15 min after the start (900 s), mitigated at 2 h (7200 s), resolved at 10 h (36000 s).
    QTest::newRow("all present") << incident(u"a"_s, h(0), h(0) + 15 * Min, h(2), h(10)) << u"900"_s << u"7200"_s
                                 << u"36000"_s;
    // No detection time recorded: only that duration is missing; 1 h and 3 h still stand.
    QTest::newRow("missing detected") << incident(u"b"_s, h(0), std::nullopt, h(1), h(3)) << u"none"_s << u"3600"_s
                                      << u"10800"_s;
    // Still open: detected after 5 min (300 s), nothing else yet.
    QTest::newRow("unresolved") << incident(u"c"_s, h(0), h(0) + 5 * Min, std::nullopt, std::nullopt) << u"300"_s
                                << u"none"_s << u"none"_s;
    // Without a start there is nothing to count from.
    QTest::newRow("missing began") << incident(u"d"_s, std::nullopt, h(1), h(2), h(3)) << u"none"_s << u"none"_s
                                   << u"none"_s;
    // Detected ten minutes before the recorded start: −600 s is shown, not hidden.
    QTest::newRow("detected before began stays negative")
        << incident(u"e"_s, h(1), h(1) - 10 * Min, h(2), h(3)) << u"-600"_s << u"3600"_s << u"7200"_s;
}

void TstImpactEngine::phases()
{
    QFETCH(Incident, incident);
    QFETCH(QString, toDetect);
    QFETCH(QString, toMitigate);
    QFETCH(QString, toResolve);
    const IncidentPhases p = ImpactFigures::phases(incident);
    QCOMPARE(when(p.began), when(incident.began));
    QCOMPARE(when(p.detected), when(incident.detected));
    QCOMPARE(when(p.mitigated), when(incident.mitigated));
    QCOMPARE(when(p.resolved), when(incident.resolved));
    QCOMPARE(secs(p.timeToDetectSec), toDetect);
    QCOMPARE(secs(p.timeToMitigateSec), toMitigate);
    QCOMPARE(secs(p.timeToResolveSec), toResolve);
}

void TstImpactEngine::meanTimeToResolve_data()
{
    QTest::addColumn<QList<Incident>>("incidents");
    QTest::addColumn<double>("mean"); // seconds; −1: none
    QTest::addColumn<int>("used");

    const Incident twoHours = incident(u"a"_s, h(0), {}, {}, h(2)); // 7200 s
    const Incident sixHours = incident(u"b"_s, h(1), {}, {}, h(7)); // 21600 s
    const Incident open = incident(u"c"_s, h(3), h(4), {}, std::nullopt);
    // (7200 + 21600) / 2 = 14400 s.
    QTest::newRow("two incidents") << QList<Incident> {twoHours, sixHours} << 14400.0 << 2;
    QTest::newRow("one unresolved ignored") << QList<Incident> {twoHours, open, sixHours} << 14400.0 << 2;
    // Both on one service, B (3 → 4 h) inside A (1 → 5 h): each counts its own duration,
    // overlap or not: (14400 + 3600) / 2 = 9000 s.
    QTest::newRow("overlapping incidents on one service")
        << QList<Incident> {incident(u"a"_s, h(1), {}, {}, h(5)), incident(u"b"_s, h(3), {}, {}, h(4))} << 9000.0 << 2;
    // Resolved an hour before it began: a data error, left out rather than pulling the mean down.
    QTest::newRow("resolved before began ignored")
        << QList<Incident> {twoHours, incident(u"x"_s, h(5), {}, {}, h(4))} << 7200.0 << 1;
    QTest::newRow("none resolved") << QList<Incident> {open} << -1.0 << 0;
    QTest::newRow("no incidents") << QList<Incident> {} << -1.0 << 0;
}

void TstImpactEngine::meanTimeToResolve()
{
    QFETCH(QList<Incident>, incidents);
    QFETCH(double, mean);
    QFETCH(int, used);
    const MeanTimeToResolve m = ImpactFigures::meanTimeToResolve(incidents);
    QCOMPARE(m.incidents, used);
    QCOMPARE(m.seconds.has_value(), mean >= 0);
    if (m.seconds)
        COMPARE_NEAR(*m.seconds, mean, 1e-9);
}

// Two overlapping incidents on one service, through IncidentAnalysis to `summary --json`.
void TstImpactEngine::analysisJsonWithOverlappingIncidents()
{
    const QString s = u"talk"_s;
    TimelineSnapshot snapshot;
    snapshot.services = {svc(s, 1000), svc(u"maps"_s, 500)};
    snapshot.states = {state(s, h(1), ServiceState::MajorOutage), state(s, h(5), ServiceState::Operational)};
    // A: 1 → 5 h (detected at 1 h 10 min, mitigated 3 h); B: 3 → 4 h inside it, never "detected".
    Incident a = incident(u"a"_s, h(1), h(1) + 10 * Min, h(3), h(5));
    Incident b = incident(u"b"_s, h(3), std::nullopt, std::nullopt, h(4));
    a.services = b.services = {s};
    snapshot.incidents = {a, b};

    const IncidentAnalysis analysis(snapshot, &snapshot.incidents.at(1));
    QVERIFY2(analysis.isValid(), qPrintable(analysis.error()));
    const QJsonObject doc = analysis.toJson();
    // B's window: began − 1 h to resolved + 1 h = 2 → 5 h, all of it inside A's outage.
    const QJsonObject phases = doc[u"phases"].toObject();
    QCOMPARE(phases[u"began"].toDouble(), double(h(3) / 1000));
    QVERIFY(phases[u"detected"].isNull());
    QVERIFY(phases[u"time_to_detect_s"].isNull());
    QVERIFY(phases[u"time_to_mitigate_s"].isNull());
    QCOMPARE(phases[u"time_to_resolve_s"].toDouble(), 3600.0);
    // MTTR over both incidents of the snapshot, not only B: (4 h + 1 h) / 2 = 9000 s.
    QCOMPARE(doc[u"mttr_s"].toDouble(), 9000.0);
    QCOMPARE(doc[u"mttr_incidents"].toInt(), 2);
    // Only B's service is analysed; down the whole 3 h window: availability 0, 3000 person-hours.
    const QJsonArray services = doc[u"services"].toArray();
    QCOMPARE(services.size(), qsizetype(1));
    QCOMPARE(services.at(0)[u"service"].toString(), s);
    QCOMPARE(services.at(0)[u"availability"].toDouble(), 0.0);
    QCOMPARE(services.at(0)[u"availability_own"].toDouble(), 0.0);
    QCOMPARE(services.at(0)[u"people_hours"].toDouble(), 3000.0);
    QCOMPARE(doc[u"counting_spec"].toString(), u"degraded=0.9,partial=0.5,major=0,maintenance=1,unknown=last"_s);

    // A's window 0 → 6 h: down 1 → 5 h, 4 of 6 h: availability 1/3, to four decimals .3333.
    const IncidentAnalysis first(snapshot, &snapshot.incidents.at(0));
    const QJsonObject docA = first.toJson();
    QCOMPARE(docA[u"services"].toArray().at(0)[u"availability"].toDouble(), 0.3333);
    QCOMPARE(docA[u"phases"][u"time_to_detect_s"].toDouble(), 600.0);
    QCOMPARE(docA[u"phases"][u"time_to_mitigate_s"].toDouble(), 7200.0);
    QCOMPARE(docA[u"phases"][u"time_to_resolve_s"].toDouble(), 14400.0);
    const std::optional<WindowAvailability> direct = first.availability(s);
    QVERIFY(direct);
    COMPARE_NEAR(direct->effective, 2.0 / 6.0, 1e-12);
    QVERIFY(!first.availability(u"ghost"_s));
}

void TstImpactEngine::countingSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical"); // toString() of the result; empty when refused
    QTest::addColumn<QString>("error"); // a part of the message; empty when accepted

    const QString defaults = u"degraded=0.9,partial=0.5,major=0,maintenance=1,unknown=last"_s;
    QTest::newRow("the defaults, spelt out") << defaults << defaults << QString();
    QTest::newRow("one key, the rest default")
        << u"degraded=0.5"_s << u"degraded=0.5,partial=0.5,major=0,maintenance=1,unknown=last"_s << QString();
    QTest::newRow("spaces, case and feed aliases")
        << u" Degraded = 0.75 , partial_outage=0.25, down=0.1 "_s
        << u"degraded=0.75,partial=0.25,major=0.1,maintenance=1,unknown=last"_s << QString();
    QTest::newRow("unknown as a number") << u"unknown=0"_s
                                         << u"degraded=0.9,partial=0.5,major=0,maintenance=1,unknown=0"_s << QString();
    QTest::newRow("operational listed only when not 1")
        << u"operational=0.99"_s << defaults + u",operational=0.99"_s << QString();
    QTest::newRow("unknown key") << u"degraded=0.5,minor=0.8"_s << QString() << u"unknown key \"minor\""_s;
    QTest::newRow("value out of range") << u"partial=1.5"_s << QString()
                                        << u"\"partial\" must be an availability from 0 to 1"_s;
    QTest::newRow("value not a number") << u"major=none"_s << QString() << u"not \"none\""_s;
    QTest::newRow("no value") << u"degraded"_s << QString() << u"\"degraded\" has no value"_s;
    QTest::newRow("given twice") << u"major=0,down=0.1"_s << QString() << u"\"down\" is given twice"_s;
    QTest::newRow("last for a reported state") << u"major=last"_s << QString() << u"only unknown"_s;
    QTest::newRow("empty entry") << u"degraded=0.5,,major=0"_s << QString() << u"empty entry"_s;
    QTest::newRow("empty spec") << u""_s << QString() << u"empty"_s;
}

void TstImpactEngine::countingSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonical);
    QFETCH(QString, error);
    QString message = u"stale"_s;
    const CountingMethod method = CountingMethod::fromString(spec, &message);
    if (!error.isEmpty()) {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(method == CountingMethod {});
        return;
    }
    QVERIFY2(message.isEmpty(), qPrintable(message));
    QCOMPARE(method.toString(), canonical);
    // What toString() writes reads back to the same method.
    QVERIFY(CountingMethod::fromString(canonical, &message) == method);
    QVERIFY(CountingMethod::fromString(spec, nullptr) == method);
}

QTEST_GUILESS_MAIN(TstImpactEngine)
#include "tst_impactengine.moc"
