// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, point 2: the total's recovery milestones see services without a user count. Their
// people are zero, so the people total alone would call the recovery done while such a
// service is still down.
#include "impact/impactengine.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr TimeMs T0 = 1'665'813'600'000; // 2022-10-15T06:00:00Z
constexpr TimeMs H = 3'600'000;

constexpr TimeMs h(qint64 hours)
{
    return T0 + hours * H;
}

Service service(const QString &key, std::optional<qint64> users)
{
    return Service {key, key, users, {}, {}};
}

HealthSample sample(const QString &key, TimeMs time, double availability)
{
    HealthSample s;
    s.time = time;
    s.service = key;
    s.availability = availability;
    return s;
}

// 'key' is fully down from 'down' until 'up' (never back when up is 0) in a ten-hour window.
void outage(ImpactInput &in, const QString &key, qint64 down, qint64 up)
{
    in.samples.append(sample(key, h(0), 1.0));
    in.samples.append(sample(key, h(down), 0.0));
    if (up)
        in.samples.append(sample(key, h(up), 1.0));
}

ImpactInput window()
{
    ImpactInput in;
    in.from = h(0);
    in.to = h(10);
    return in;
}
} // namespace

class TstUncountedMilestones : public QObject {
    Q_OBJECT

private slots:
    void noCountAtAll()
    {
        ImpactInput in = window();
        in.services = {service(u"a"_s, std::nullopt), service(u"b"_s, std::nullopt)};
        outage(in, u"a"_s, 1, 3);
        outage(in, u"b"_s, 2, 6);
        const ImpactResult r = ImpactEngine::compute(in);
        QCOMPARE(r.servicesWithoutUsers, 2);
        QCOMPARE(r.peakTotal, 0.0);
        QCOMPARE(r.totalMilestones.outageStart, std::optional<TimeMs>(h(1)));
        QCOMPARE(r.totalMilestones.firstPartial, std::optional<TimeMs>(h(3)));
        QCOMPARE(r.totalMilestones.full, std::optional<TimeMs>(h(6))); // the last one back
        QVERIFY(!r.totalMilestones.recovered90); // a share of people not known: not claimed
    }

    void anUncountedServiceStillDownHoldsTheRecoveryOpen()
    {
        ImpactInput in = window();
        in.services = {service(u"web"_s, 1000), service(u"api"_s, std::nullopt)};
        outage(in, u"web"_s, 1, 2);
        outage(in, u"api"_s, 1, 0);
        const ImpactResult r = ImpactEngine::compute(in);
        QCOMPARE(r.peakTotal, 1000.0);
        QVERIFY(!r.totalMilestones.full);
        // The people milestones stay the counted services' own.
        QCOMPARE(r.totalMilestones.firstPartial, std::optional<TimeMs>(h(2)));
    }

    void theLaterOfCountedAndUncounted()
    {
        ImpactInput in = window();
        in.services = {service(u"web"_s, 1000), service(u"api"_s, std::nullopt)};
        outage(in, u"web"_s, 1, 2);
        outage(in, u"api"_s, 3, 5);
        QCOMPARE(ImpactEngine::compute(in).totalMilestones.full, std::optional<TimeMs>(h(5)));
        in = window();
        in.services = {service(u"web"_s, 1000), service(u"api"_s, std::nullopt)};
        outage(in, u"web"_s, 1, 7);
        outage(in, u"api"_s, 3, 5);
        QCOMPARE(ImpactEngine::compute(in).totalMilestones.full, std::optional<TimeMs>(h(7)));
    }

    void everyServiceCountedIsUnchanged()
    {
        ImpactInput in = window();
        in.services = {service(u"web"_s, 1000), service(u"api"_s, 10)};
        outage(in, u"web"_s, 1, 2);
        outage(in, u"api"_s, 1, 0); // ten people still out: the total never reaches zero
        QVERIFY(!ImpactEngine::compute(in).totalMilestones.full);
    }
};

QTEST_GUILESS_MAIN(TstUncountedMilestones)
#include "tst_uncountedmilestones.moc"
