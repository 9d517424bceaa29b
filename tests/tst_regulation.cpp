// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/doraassessment.h"
#include "impact/msitassessment.h"
#include "impact/nis2assessment.h"
#include "impact/reportdeadlines.h"
#include "impact/reporttemplate.h"
#include "impact/serviceoutage.h"

#include <QDateTime>
#include <QTest>

using Verdict = ThresholdCheck::Verdict;

namespace {
constexpr TimeMs kT0 = 1760000000000; // any moment; the outages below start here
constexpr TimeMs kMinute = 60000;

// A service affected at 'share' for 'minutes' from kT0, healthy before and after.
ServiceOutage outage(double share, qint64 minutes, std::optional<qint64> users = 1000000000LL)
{
    return ServiceOutage(QStringLiteral("svc"), QStringLiteral("Service"), users,
        {{kT0 - 60 * kMinute, 0.0}, {kT0, share}, {kT0 + minutes * kMinute, 0.0}}, kT0 + 24 * 60 * kMinute);
}

QString wall(TimeMs t, const char *zone)
{
    return QDateTime::fromMSecsSinceEpoch(t, QTimeZone(zone)).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

TimeMs local(int y, int m, int d, int h, int min, const char *zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone)).toMSecsSinceEpoch();
}
} // namespace

// The regulators' tests and due dates (issue #21) on hand-made incidents, at both sides of
// every threshold.
class TstRegulation : public QObject {
    Q_OBJECT

private slots:
    void templateKeys();
    void nis2Unavailable_data();
    void nis2Unavailable();
    void nis2ShareLimited_data();
    void nis2ShareLimited();
    void nis2UsersLimited_data();
    void nis2UsersLimited();
    void nis2UsersUnknownIsUnknown();
    void nis2Maintenance();
    void nis2Deadlines();
    void doraClients_data();
    void doraClients();
    void doraDowntime_data();
    void doraDowntime();
    void doraUsersUnknown();
    void doraDeadlinesAndRecurring();
    void monthEnds();
    void dstChanges();
    void msitNotice();
};

void TstRegulation::templateKeys()
{
    QCOMPARE(ReportTemplates::keys(), QStringList({u"postmortem"_qs, u"nis2"_qs, u"dora"_qs, u"kr-msit"_qs}));
    QCOMPARE(ReportTemplates::fromKey(u"kr-msit"), ReportTemplate::KrMsit);
    QCOMPARE(ReportTemplates::fromKey(u"NIS2"), ReportTemplate::Nis2);
    QVERIFY(!ReportTemplates::fromKey(u"gdpr"));
}

void TstRegulation::nis2Unavailable_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("met");
    QTest::newRow("29 min") << qint64(29) << false;
    QTest::newRow("30 min: not more than 30") << qint64(30) << false;
    QTest::newRow("31 min") << qint64(31) << true;
}

void TstRegulation::nis2Unavailable()
{
    QFETCH(qint64, minutes);
    QFETCH(bool, met);
    const Nis2Assessment a = Nis2Assessment::evaluate({outage(1.0, minutes)}, false);
    QCOMPARE(a.criteria.at(0).key, u"unavailable"_qs);
    QCOMPARE(a.criteria.at(0).verdict, met ? Verdict::Met : Verdict::NotMet);
    QCOMPARE(a.criteria.at(0).measured.value_or(-1), double(minutes));
    // 30 minutes fully down is under the 1 h of the other tests: only this one decides.
    QCOMPARE(a.outcome, met ? Nis2Assessment::Outcome::Significant : Nis2Assessment::Outcome::NotSignificant);
    QCOMPARE(a.criteria.at(3).verdict, Verdict::ToBeEntered); // integrity: never in a timeline
}

void TstRegulation::nis2ShareLimited_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("met");
    QTest::newRow("4.9 % for 2 h") << 0.049 << qint64(120) << false;
    QTest::newRow("5.1 % for 2 h") << 0.051 << qint64(120) << true;
    QTest::newRow("5.1 % for 59 min") << 0.051 << qint64(59) << false;
    QTest::newRow("5.1 % for 61 min") << 0.051 << qint64(61) << true;
}

void TstRegulation::nis2ShareLimited()
{
    QFETCH(double, share);
    QFETCH(qint64, minutes);
    QFETCH(bool, met);
    // 10,000 users: the 1 million test cannot be met, so the 5 % test alone decides.
    const Nis2Assessment a = Nis2Assessment::evaluate({outage(share, minutes, 10000)}, false);
    QCOMPARE(a.criteria.at(1).key, u"share-limited"_qs);
    QCOMPARE(a.criteria.at(1).verdict, met ? Verdict::Met : Verdict::NotMet);
    QCOMPARE(a.criteria.at(2).verdict, Verdict::NotMet);
    QCOMPARE(a.outcome, met ? Nis2Assessment::Outcome::Significant : Nis2Assessment::Outcome::NotSignificant);
}

void TstRegulation::nis2UsersLimited_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("met");
    // 100 M users, so 1 % is 1 M: under 5 %, only the 1 million test can be met.
    QTest::newRow("0.99 M for 2 h") << 0.0099 << qint64(120) << false;
    QTest::newRow("1.01 M for 2 h") << 0.0101 << qint64(120) << true;
    QTest::newRow("1.01 M for 59 min") << 0.0101 << qint64(59) << false;
    QTest::newRow("1.01 M for 61 min") << 0.0101 << qint64(61) << true;
}

void TstRegulation::nis2UsersLimited()
{
    QFETCH(double, share);
    QFETCH(qint64, minutes);
    QFETCH(bool, met);
    const Nis2Assessment a = Nis2Assessment::evaluate({outage(share, minutes, 100000000)}, false);
    QCOMPARE(a.criteria.at(1).verdict, Verdict::NotMet);
    QCOMPARE(a.criteria.at(2).key, u"users-limited"_qs);
    QCOMPARE(a.criteria.at(2).verdict, met ? Verdict::Met : Verdict::NotMet);
    QCOMPARE(a.outcome, met ? Nis2Assessment::Outcome::Significant : Nis2Assessment::Outcome::NotSignificant);
}

void TstRegulation::nis2UsersUnknownIsUnknown()
{
    // 1 % for 2 h with no user count: it could be 1 million people or 100. Not "not met".
    const Nis2Assessment a = Nis2Assessment::evaluate({outage(0.01, 120, std::nullopt)}, false);
    QCOMPARE(a.criteria.at(2).verdict, Verdict::Unknown);
    QVERIFY(!a.criteria.at(2).measured);
    QCOMPARE(a.outcome, Nis2Assessment::Outcome::Unknown);
    // The share test needs no count: 6 % for 2 h is significant whatever the users.
    QCOMPARE(Nis2Assessment::evaluate({outage(0.06, 120, std::nullopt)}, false).outcome,
        Nis2Assessment::Outcome::Significant);
}

void TstRegulation::nis2Maintenance()
{
    const Nis2Assessment a = Nis2Assessment::evaluate({outage(1.0, 240)}, true);
    QCOMPARE(a.criteria.at(0).verdict, Verdict::Met); // the figures still say what happened
    QCOMPARE(a.outcome, Nis2Assessment::Outcome::ScheduledMaintenance);
}

void TstRegulation::nis2Deadlines()
{
    const TimeMs aware = local(2026, 1, 30, 10, 0, "Europe/Berlin");
    const auto d = Nis2Assessment::deadlines(aware, std::nullopt, QTimeZone("Europe/Berlin"));
    QCOMPARE(d.size(), 3);
    QCOMPARE(wall(d.at(0).due, "Europe/Berlin"), u"2026-01-31 10:00 CET"_qs);
    QCOMPARE(wall(d.at(1).due, "Europe/Berlin"), u"2026-02-02 10:00 CET"_qs);
    // One month after the notification's due time (2 Feb): 2 Mar.
    QCOMPARE(wall(d.at(2).due, "Europe/Berlin"), u"2026-03-02 10:00 CET"_qs);
    // Relative to when the report is made.
    QCOMPARE(d.at(0).state(d.at(0).due - 1), ReportDeadlines::State::Open);
    QCOMPARE(d.at(0).state(d.at(0).due + 1), ReportDeadlines::State::Overdue);
    const auto sent = Nis2Assessment::deadlines(aware, aware + 25 * 3600 * 1000, QTimeZone("Europe/Berlin"));
    QCOMPARE(sent.at(0).state(aware + 400 * 3600 * 1000LL), ReportDeadlines::State::Late);
}

void TstRegulation::doraClients_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<bool>("shareMet");
    QTest::addColumn<bool>("countMet");
    QTest::newRow("9.9 % of 1,000") << 0.099 << qint64(1000) << false << false;
    QTest::newRow("10.1 % of 1,000") << 0.101 << qint64(1000) << true << false;
    QTest::newRow("99,000 of 10 M (0.99 %)") << 0.0099 << qint64(10000000) << false << false;
    QTest::newRow("101,000 of 10 M (1.01 %)") << 0.0101 << qint64(10000000) << false << true;
}

void TstRegulation::doraClients()
{
    QFETCH(double, share);
    QFETCH(qint64, users);
    QFETCH(bool, shareMet);
    QFETCH(bool, countMet);
    // 60 minutes: under the 2 h downtime, so the clients criterion alone counts.
    const DoraAssessment a
        = DoraAssessment::evaluate({outage(share, 60, users)}, kT0, kT0 + 60 * kMinute, kT0 + 24 * 60 * kMinute);
    QCOMPARE(a.criteria.at(0).key, u"client-share"_qs);
    QCOMPARE(a.criteria.at(0).verdict, shareMet ? Verdict::Met : Verdict::NotMet);
    QCOMPARE(a.criteria.at(1).key, u"clients"_qs);
    QCOMPARE(a.criteria.at(1).verdict, countMet ? Verdict::Met : Verdict::NotMet);
    QCOMPARE(a.criteria.at(3).verdict, Verdict::NotMet);
    QCOMPARE(a.thresholdsMet, shareMet || countMet ? 1 : 0);
    QCOMPARE(a.outcome,
        shareMet || countMet ? DoraAssessment::Outcome::OneMoreNeeded : DoraAssessment::Outcome::EntriesNeeded);
    QCOMPARE(a.criteria.at(4).key, u"critical-services"_qs);
    QCOMPARE(a.criteria.at(4).verdict, Verdict::ToBeEntered);
}

void TstRegulation::doraDowntime_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("met");
    QTest::newRow("119 min") << qint64(119) << false;
    QTest::newRow("121 min") << qint64(121) << true;
}

void TstRegulation::doraDowntime()
{
    QFETCH(qint64, minutes);
    QFETCH(bool, met);
    // Partly down counts as downtime: 50 % of 1,000 users (clients met too).
    const DoraAssessment a
        = DoraAssessment::evaluate({outage(0.5, minutes, 1000)}, kT0, kT0 + minutes * kMinute, kT0 + 24 * 60 * kMinute);
    QCOMPARE(a.criteria.at(3).key, u"downtime"_qs);
    QCOMPARE(a.criteria.at(3).verdict, met ? Verdict::Met : Verdict::NotMet);
    QCOMPARE(a.criteria.at(2).verdict, Verdict::NotMet); // resolved within 24 h
    QCOMPARE(a.outcome, met ? DoraAssessment::Outcome::MajorIfCritical : DoraAssessment::Outcome::OneMoreNeeded);
}

void TstRegulation::doraUsersUnknown()
{
    const DoraAssessment a
        = DoraAssessment::evaluate({outage(0.05, 60, std::nullopt)}, kT0, std::nullopt, kT0 + 60 * kMinute);
    QCOMPARE(a.criteria.at(0).verdict, Verdict::NotMet); // 5 % is a share: known
    QCOMPARE(a.criteria.at(1).verdict, Verdict::Unknown);
    QCOMPARE(a.criteria.at(2).verdict, Verdict::Unknown); // open for 1 h so far: could go past 24 h
}

void TstRegulation::doraDeadlinesAndRecurring()
{
    const QTimeZone zone("Asia/Seoul");
    const TimeMs aware = local(2022, 10, 15, 16, 3, "Asia/Seoul");
    const auto d = DoraAssessment::deadlines(aware, zone);
    QCOMPARE(wall(d.at(0).due, "Asia/Seoul"), u"2022-10-16 16:03 KST"_qs);
    QCOMPARE(wall(d.at(1).due, "Asia/Seoul"), u"2022-10-19 16:03 KST"_qs);
    QCOMPARE(wall(d.at(2).due, "Asia/Seoul"), u"2022-11-19 16:03 KST"_qs);

    Incident now;
    now.id = u"now"_qs;
    now.began = local(2022, 10, 15, 15, 30, "Asia/Seoul");
    now.services = {u"messaging"_qs, u"login"_qs};
    Incident inside;
    inside.id = u"inside"_qs;
    inside.began = local(2022, 4, 15, 15, 30, "Asia/Seoul"); // exactly 6 months before: counted
    inside.services = {u"login"_qs};
    Incident before;
    before.id = u"before"_qs;
    before.began = local(2022, 4, 15, 15, 29, "Asia/Seoul");
    before.services = {u"login"_qs};
    Incident other;
    other.id = u"other"_qs;
    other.began = local(2022, 9, 1, 0, 0, "Asia/Seoul");
    other.services = {u"maps"_qs};
    const QList<Incident> found = DoraAssessment::recurringCandidates(now, {now, inside, before, other}, zone);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, u"inside"_qs);
}

void TstRegulation::monthEnds()
{
    const QTimeZone utc = QTimeZone::utc();
    // 31 Jan + 1 month: February has no 31st, so its last day.
    QCOMPARE(
        wall(ReportDeadlines::afterMonths(local(2026, 1, 31, 9, 0, "UTC"), 1, utc), "UTC"), u"2026-02-28 09:00 UTC"_qs);
    QCOMPARE(
        wall(ReportDeadlines::afterMonths(local(2028, 1, 31, 9, 0, "UTC"), 1, utc), "UTC"), u"2028-02-29 09:00 UTC"_qs);
    // 30 Oct + 72 h crosses into November.
    QCOMPARE(
        wall(ReportDeadlines::afterHours(local(2026, 10, 30, 18, 0, "UTC"), 72), "UTC"), u"2026-11-02 18:00 UTC"_qs);
    // 31 Dec + 1 month crosses the year.
    QCOMPARE(wall(ReportDeadlines::afterMonths(local(2026, 12, 31, 23, 59, "UTC"), 1, utc), "UTC"),
        u"2027-01-31 23:59 UTC"_qs);
}

void TstRegulation::dstChanges()
{
    const char *berlin = "Europe/Berlin";
    const QTimeZone zone(berlin);
    // Spring forward, 29 Mar 2026 02:00 -> 03:00: 24 h are 24 h, so the wall clock moves an hour.
    QCOMPARE(
        wall(ReportDeadlines::afterHours(local(2026, 3, 28, 12, 0, berlin), 24), berlin), u"2026-03-29 13:00 CEST"_qs);
    // A month is the calendar: the same wall-clock time, 1 h less elapsed.
    const TimeMs march = local(2026, 3, 15, 12, 0, berlin);
    const TimeMs april = ReportDeadlines::afterMonths(march, 1, zone);
    QCOMPARE(wall(april, berlin), u"2026-04-15 12:00 CEST"_qs);
    QCOMPARE(april - march, (31LL * 24 - 1) * 3600 * 1000);
    // A wall time the change skips: the moment as far past the gap.
    QCOMPARE(wall(ReportDeadlines::afterMonths(local(2026, 2, 28, 2, 30, berlin), 1, zone), berlin),
        u"2026-03-28 02:30 CET"_qs);
    QCOMPARE(wall(ReportDeadlines::afterMonths(local(2026, 1, 29, 2, 30, berlin), 2, zone), berlin),
        u"2026-03-29 03:30 CEST"_qs);
    // Fall back, 25 Oct 2026 03:00 -> 02:00: 72 h from 24 Oct 12:00 CEST is 27 Oct 11:00 CET.
    QCOMPARE(
        wall(ReportDeadlines::afterHours(local(2026, 10, 24, 12, 0, berlin), 72), berlin), u"2026-10-27 11:00 CET"_qs);
    QCOMPARE(wall(ReportDeadlines::afterMonths(local(2026, 9, 25, 12, 0, berlin), 1, zone), berlin),
        u"2026-10-25 12:00 CET"_qs);
}

void TstRegulation::msitNotice()
{
    Incident incident;
    incident.id = u"i"_qs;
    incident.began = kT0;
    // 2 h 1 min interruption: a notice is due; told after 2 h 1 min: late.
    const QList<ServiceOutage> outages {outage(1.0, 121)};
    MsitAssessment a = MsitAssessment::evaluate(outages, {}, incident, {}, kT0, kT0 + 121 * kMinute);
    QCOMPARE(a.noticeRequired.verdict, Verdict::Met);
    QCOMPARE(a.noticeInTime.verdict, Verdict::NotMet);
    QCOMPARE(a.services.first().durationMs, 121 * kMinute);
    a = MsitAssessment::evaluate(outages, {}, incident, {}, kT0, kT0 + 119 * kMinute);
    QCOMPARE(a.noticeInTime.verdict, Verdict::Met);
    a = MsitAssessment::evaluate({outage(1.0, 119)}, {}, incident, {}, kT0, std::nullopt);
    QCOMPARE(a.noticeRequired.verdict, Verdict::NotMet);
    QCOMPARE(a.noticeInTime.verdict, Verdict::Unknown); // no public update known
    const auto due = MsitAssessment::correctiveDue(local(2022, 12, 6, 0, 0, "Asia/Seoul"), QTimeZone("Asia/Seoul"));
    QCOMPARE(wall(due.first, "Asia/Seoul"), u"2023-01-06 00:00 KST"_qs);
    QCOMPARE(wall(due.second, "Asia/Seoul"), u"2023-03-06 00:00 KST"_qs);
}

QTEST_GUILESS_MAIN(TstRegulation)
#include "tst_regulation.moc"
