// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/atomrssparser.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

// Every Atom/RSS fixture in the shared folder, plus malformed feeds from tests/data/atomrss.
// Inputs are files, never raw strings: moc 6.4 misreads raw literals holding quotes or '#'.

using namespace Qt::StringLiterals;

namespace {

ParseOptions options()
{
    ParseOptions o;
    o.source = u"feed"_s;
    o.receivedAt = 1700000000000;
    return o;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

ParseResult parseTestData(const QString &name, const ParseOptions &o = options())
{
    return AtomRssParser::parse(readFile(QStringLiteral(OUTAGEDASH_TEST_DATA "/atomrss/") + name), o);
}

TimeMs utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

const QString kAwsFixture = u"aws_status_rss_ec2_ap-northeast-1_2019-08-23_cooling_failure.xml"_s;
const QString kAtomFixture = u"status_atom_github_history_2025-10-21.xml"_s;
const QString kAws = u"ec2-ap-northeast-1:"_s;
const QString kInstance = kAws + u"instance-availability:2019-08-23"_s;

} // namespace

class TstAtomRssParser final : public QObject {
    Q_OBJECT

    QString m_fixtures = QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES);

    ParseResult parseFixture(const QString &name, const ParseOptions &o = options())
    {
        return AtomRssParser::parse(readFile(m_fixtures + u'/' + name), o);
    }

private slots:
    void initTestCase()
    {
        if (!QDir(m_fixtures).exists())
            QFAIL(qPrintable(u"public fixtures folder missing: "_s + m_fixtures));
    }

    void everyFixtureIsCovered()
    {
        QStringList files
            = QDir(m_fixtures).entryList({u"aws_status_rss_*.xml"_s, u"status_atom_*.xml"_s}, QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList {kAwsFixture, kAtomFixture}));
        for (const QString &f : files)
            QVERIFY2(AtomRssParser::looksLike(readFile(m_fixtures + u'/' + f).first(300)), qPrintable(f));
    }

    void awsRss()
    {
        const auto r = parseFixture(kAwsFixture);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.batch.rejects.isEmpty());
        // Times are the PDT pubDates in UTC (they equal the guid epochs); status from the title.
        struct Expected {
            TimeMs time;
            const char16_t *status;
            QString incident;
        };
        const QString volumes = kAws + u"degraded-volume-performance-for-some-ebs-volumes:2016-07-06"_s;
        const QString apiRates = kAws + u"increased-api-error-rates:2016-04-20"_s;
        const QString apiErrors = kAws + u"increased-api-errors:2015-06-29"_s;
        const Expected expected[] = {
            {utc(2019, 8, 23, 11, 18, 35), u"resolved", kInstance},
            {utc(2019, 8, 23, 9, 39, 42), u"informational", kInstance},
            {utc(2019, 8, 23, 8, 54, 51), u"degraded", kInstance},
            {utc(2019, 8, 23, 6, 40, 1), u"degraded", kInstance},
            {utc(2019, 8, 23, 5, 27, 25), u"degraded", kInstance},
            {utc(2019, 8, 23, 4, 47, 25), u"informational", kInstance},
            {utc(2019, 8, 23, 4, 18, 32), u"informational", kInstance},
            {utc(2017, 6, 5, 5, 58, 4), u"resolved", kAws + u"api-api-increased-api-error-rates:2017-06-05"_s},
            {utc(2016, 7, 6, 4, 24, 3), u"resolved", volumes},
            {utc(2016, 7, 6, 3, 51, 36), u"informational", volumes},
            {utc(2016, 4, 20, 17, 0, 0), u"resolved", apiRates},
            {utc(2016, 4, 20, 16, 39, 0), u"resolved", apiRates},
            {utc(2015, 6, 29, 5, 1, 28), u"resolved", apiErrors},
            {utc(2015, 6, 29, 4, 37, 30), u"informational", apiErrors},
            {utc(2015, 5, 15, 15, 36, 27), u"resolved", kAws + u"network-connectivity:2015-05-15"_s},
        };
        QCOMPARE(r.batch.updates.size(), 15);
        QCOMPARE(utc(2019, 8, 23, 9, 39, 42), 1566553182000); // the guid of the 2nd item
        for (qsizetype i = 0; i < r.batch.updates.size(); ++i) {
            const IncidentUpdate &u = r.batch.updates[i];
            QCOMPARE(u.time, expected[i].time);
            QCOMPARE(u.status, QStringView(expected[i].status).toString());
            QCOMPARE(u.incidentId, expected[i].incident);
            QCOMPARE(u.services, QStringList {u"ec2-ap-northeast-1"_s});
            QCOMPARE(u.source, u"feed"_s);
            QVERIFY(!u.derived);
        }
        QCOMPARE(r.batch.updates[1].message,
            u"Informational message: "
            u"\u30A4\u30F3\u30B9\u30BF\u30F3\u30B9\u306E\u63A5\u7D9A\u6027\u306B\u3064\u3044\u3066 | Instance "
            u"Availability\n"
            u"The majority of impaired EC2 instances and EBS volumes experiencing degraded performance have now "
            u"recovered. We continue to work on recovery for the remaining EC2 instances and EBS volumes that are "
            u"affected by this issue. This issue affects EC2 instances and EBS volumes in a single Availability Zone "
            u"in the AP-NORTHEAST-1 region."_s);
        // The escaped HTML inside CDATA is unescaped, then its tags are dropped.
        const QStringList lines = r.batch.updates[0].message.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.last(),
            u"Additional details are available here. If you have additional questions, please contact AWS Support."_s);
        QVERIFY(!r.batch.updates[0].message.contains(u'<'));

        QCOMPARE(r.batch.incidents.size(), 6);
        const Incident &first = r.batch.incidents[0];
        QCOMPARE(first.id, kInstance);
        QCOMPARE(first.title,
            u"\u30A4\u30F3\u30B9\u30BF\u30F3\u30B9\u306E\u63A5\u7D9A\u6027\u306B\u3064\u3044\u3066 | Instance Availability"_s);
        QCOMPARE(first.began, utc(2019, 8, 23, 4, 18, 32));
        QCOMPARE(first.resolved, utc(2019, 8, 23, 11, 18, 35));
        QCOMPARE(first.services, QStringList {u"ec2-ap-northeast-1"_s});
        QCOMPARE(first.source, u"feed"_s);
        QCOMPARE(r.batch.incidents[2].id, volumes);
        QCOMPARE(r.batch.incidents[2].title, u"Degraded volume performance for some EBS volumes"_s);
        QCOMPARE(r.batch.incidents[2].began, utc(2016, 7, 6, 3, 51, 36));
        QCOMPARE(r.batch.incidents[2].resolved, utc(2016, 7, 6, 4, 24, 3));
        QCOMPARE(r.batch.incidents[3].id, apiRates);
        QCOMPARE(r.batch.incidents[3].resolved, utc(2016, 4, 20, 17, 0, 0));
        QCOMPARE(r.batch.recordCount(), 21);
    }

    void awsServiceMapping()
    {
        ParseOptions o = options();
        o.mapping.map.insert(u"ec2-ap-northeast-1"_s, u"compute"_s);
        const auto r = parseFixture(kAwsFixture, o);
        QCOMPARE(r.batch.updates[0].services, QStringList {u"compute"_s});
        QCOMPARE(r.batch.incidents[0].services, QStringList {u"compute"_s});
        // The incident id keeps the feed's own service name: it must not change with the mapping.
        QCOMPARE(r.batch.incidents[0].id, kInstance);
    }

    void awsRecurringTitlesAndReopening()
    {
        const auto r = parseTestData(u"aws_recurring.rss"_s);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.updates.size(), 5);
        QCOMPARE(r.batch.updates[3].status, u"disruption"_s);
        QCOMPARE(r.batch.incidents.size(), 3);
        // A title without ASCII letters is named by a hash of it, not by the slug "unnamed".
        QCOMPARE(r.batch.incidents[0].id, u"ec2-us-east-1:623928348eee:2018-01-10"_s);
        QCOMPARE(r.batch.incidents[0].title, u"\u63A5\u7D9A\u306E\u554F\u984C"_s);
        // One title, two years apart: two incidents. The 2018 one was resolved, then updated
        // again: it is open.
        const Incident &again = r.batch.incidents[1];
        QCOMPARE(again.id, u"ec2-us-east-1:increased-api-error-rates:2018-01-10"_s);
        QCOMPARE(again.began, utc(2018, 1, 10, 14, 0));
        QCOMPARE(again.resolved, std::nullopt);
        QCOMPARE(r.batch.updates[1].incidentId, again.id);
        QCOMPARE(r.batch.updates[2].incidentId, again.id);
        QCOMPARE(r.batch.updates[3].incidentId, again.id);
        const Incident &old = r.batch.incidents[2];
        QCOMPARE(old.id, u"ec2-us-east-1:increased-api-error-rates:2016-04-20"_s);
        QCOMPARE(old.title, u"Increased API Error Rates"_s);
        QCOMPARE(old.began, utc(2016, 4, 20, 17, 0));
        QCOMPARE(old.resolved, utc(2016, 4, 20, 17, 0));
    }

    // Every stamped update inside an entry is an update of its own; the entry's link names the
    // incident; a feed time in a stamp's minute gives that update its second.
    void githubAtom()
    {
        const auto r = parseFixture(kAtomFixture);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.updates.size(), 17); // 6 + 6 + 5 stamps
        QCOMPARE(r.batch.incidents.size(), 3);
        const QString prefix = u"https://www.githubstatus.com/incidents/"_s;
        const QStringList ids {prefix + u"v61nk2fpysnq"_s, prefix + u"qqd6b1xb63tq"_s, prefix + u"9klytnsknx20"_s};
        const TimeMs resolved[]
            = {utc(2025, 10, 21, 17, 39, 34), utc(2025, 10, 21, 12, 28, 19), utc(2025, 10, 20, 16, 40, 2)};
        const TimeMs began[] = {utc(2025, 10, 21, 16, 0), utc(2025, 10, 21, 9, 12), utc(2025, 10, 20, 14, 46)};
        for (int i = 0; i < 3; ++i) {
            const Incident &incident = r.batch.incidents[i];
            QCOMPARE(incident.id, ids[i]);
            QCOMPARE(incident.began, began[i]);
            QCOMPARE(incident.resolved, resolved[i]);
        }
        QCOMPARE(r.batch.incidents[1].title, u"Incident with Actions"_s);
        const QList<IncidentUpdate> &u = r.batch.updates;
        QCOMPARE(u[0].incidentId, ids[0]);
        QCOMPARE(u[0].time, resolved[0]);
        QCOMPARE(u[0].status, u"resolved"_s);
        QVERIFY(u[0].message.startsWith(
            u"Disruption with some GitHub services\nOct 21, 17:39 UTC\nResolved - This incident has been resolved."_s));
        QCOMPARE(u[1].time, utc(2025, 10, 21, 17, 18));
        QCOMPARE(u[1].status, u"update"_s);
        QCOMPARE(u[5].time, began[0]);
        QCOMPARE(u[5].status, u"investigating"_s);
        QCOMPARE(u[5].message,
            u"Disruption with some GitHub services\nOct 21, 16:00 UTC\nInvestigating - We are currently investigating "
            u"this issue."_s);
        QVERIFY(u[3].message.contains(u"We\u2019ve identified the issue"_s));
        // "From October 20th at 14:10 UTC until 16:40 UTC" is a sentence, not a stamp; and "until
        // all issues are resolved" under an "Update" label resolves nothing.
        QCOMPARE(u[12].incidentId, ids[2]);
        QVERIFY(u[12].message.contains(u"From October 20th at 14:10 UTC"_s));
        QCOMPARE(u[14].status, u"update"_s);
        QVERIFY(u[14].message.contains(u"until all issues are resolved"_s));
        for (const IncidentUpdate &each : u)
            QVERIFY(each.services.isEmpty());
    }

    void genericRss()
    {
        const auto r = parseTestData(u"generic.rss"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.updates.size(), 4);
        const IncidentUpdate &monitoring = r.batch.updates[0];
        QCOMPARE(monitoring.incidentId, u"https://status.example.com/incidents/abc"_s);
        QCOMPARE(monitoring.status, u"monitoring"_s);
        // "Dec 31" has no year: 2026 would be after the pubDate, so it is 2025.
        QCOMPARE(monitoring.time, utc(2025, 12, 31, 23, 50));
        QCOMPARE(monitoring.message,
            u"Login failures\nDec 31, 23:50 UTC\nMonitoring - Fix deployed & watched \u2014 R&D says <b> "
            u"is text &unknown; here."_s);
        const IncidentUpdate &investigating = r.batch.updates[1];
        QCOMPARE(investigating.incidentId, monitoring.incidentId);
        QCOMPARE(investigating.status, u"investigating"_s);
        QCOMPARE(investigating.time, utc(2025, 12, 31, 23, 10));
        QCOMPARE(investigating.message, u"Login failures\nDec 31, 23:10 UTC\nInvestigating - Users cannot log in."_s);
        const IncidentUpdate &maintenance = r.batch.updates[2];
        QCOMPARE(maintenance.incidentId, u"https://status.example.com/incidents/def"_s);
        QCOMPARE(maintenance.status, u"completed"_s);
        QCOMPARE(maintenance.time, utc(2023, 11, 14, 14, 30));
        QCOMPARE(maintenance.message, u"Scheduled maintenance\nCompleted - The maintenance is over."_s);
        const IncidentUpdate &plain = r.batch.updates[3];
        QCOMPARE(plain.incidentId, u"Title only"_s);
        QCOMPARE(plain.status, u"update"_s);
        QCOMPARE(plain.time, utc(2023, 11, 14, 15, 0));
        QCOMPARE(plain.message, u"Title only\nJust text, no markup"_s);

        QCOMPARE(r.batch.incidents.size(), 3);
        QCOMPARE(r.batch.incidents[0].began, utc(2025, 12, 31, 23, 10));
        QCOMPARE(r.batch.incidents[0].resolved, std::nullopt);
        QCOMPARE(r.batch.incidents[1].resolved, utc(2023, 11, 14, 14, 30));
        QCOMPARE(r.batch.incidents[2].title, u"Title only"_s);
    }

    // Items sharing a link (its #fragment aside) are one incident whatever their guids; stamps
    // in Korean, with a bracket, with "(UTC+9)", in PDT with AM/PM, in JST and CET are read; a
    // Korean "복구 완료" resolves. Written for these tests (tests/data/atomrss/README.md).
    void sharedLinksAndZones()
    {
        const auto r = parseTestData(u"shared_link_notices.rss"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.incidents.size(), 2);
        const Incident &notice = r.batch.incidents[0];
        QCOMPARE(notice.id, u"https://notice.example.kr/incidents/1015"_s);
        QCOMPARE(notice.began, utc(2022, 10, 15, 6, 33)); // 15:33 KST
        QCOMPARE(notice.resolved, utc(2022, 10, 20, 14, 0)); // 오후 11:00 KST
        const QList<IncidentUpdate> &u = r.batch.updates;
        QCOMPARE(u.size(), 7);
        const TimeMs times[] = {utc(2022, 10, 20, 14, 0), utc(2022, 10, 15, 16, 0), utc(2022, 10, 15, 7, 10),
            utc(2022, 10, 15, 6, 33), utc(2022, 10, 15, 1, 0), utc(2022, 10, 14, 23, 45), utc(2022, 10, 14, 22, 30)};
        const QStringList statuses {
            u"resolved"_s, u"update"_s, u"update"_s, u"update"_s, u"resolved"_s, u"investigating"_s, u"identified"_s};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(u[i].time, times[i]);
            QCOMPARE(u[i].status, statuses[i]);
            QCOMPARE(u[i].incidentId, r.batch.incidents[i < 4 ? 0 : 1].id);
        }
        QVERIFY(
            u[1].message.endsWith(u"[2022.10.16 01:00 KST] \uc77c\ubd80 \uae30\ub2a5\uc774 \ubcf5\uad6c\ub418\uace0 "
                                  u"\uc788\uc2b5\ub2c8\ub2e4."_s));
        // A page's home is no incident's link: the login item is its own incident, by its guid.
        const Incident &login = r.batch.incidents[1];
        QCOMPARE(login.id, u"urn:example:login-1"_s);
        QCOMPARE(login.began, utc(2022, 10, 14, 22, 30));
        QCOMPARE(login.resolved, utc(2022, 10, 15, 1, 0));
    }

    // <published> is when the incident was opened, before its first stamped update; a later
    // entry at the same link whose title says "Resolved" resolves it.
    void publishedGivesTheStart()
    {
        const auto r = parseTestData(u"published_start.atom"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.batch.incidents.size(), 1);
        const Incident &i = r.batch.incidents[0];
        QCOMPARE(i.id, u"https://status.example.com/incidents/42"_s);
        QCOMPARE(i.began, utc(2023, 5, 1, 23, 55));
        QCOMPARE(i.resolved, utc(2023, 5, 2, 2, 0));
        QCOMPARE(r.batch.updates.size(), 3);
        QCOMPARE(r.batch.updates[0].time, utc(2023, 5, 2, 1, 30)); // 10:30 KST, to the second by <updated>
        QCOMPARE(r.batch.updates[1].time, utc(2023, 5, 2, 0, 5)); // 09:05 +09:00
        QCOMPARE(r.batch.updates[2].status, u"resolved"_s);
    }

    // The same feed parsed twice gives the same records: nothing would be stored twice.
    void deterministic()
    {
        for (const QString &name : {u"shared_link_notices.rss"_s, u"published_start.atom"_s, u"generic.rss"_s}) {
            const auto a = parseTestData(name);
            const auto b = parseTestData(name);
            QCOMPARE(a.batch.updates, b.batch.updates);
            QCOMPARE(a.batch.incidents, b.batch.incidents);
        }
    }

    void atomEdgeCases()
    {
        const auto r = parseTestData(u"edge.atom"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.batch.updates.size(), 3);
        QCOMPARE(r.batch.updates[0].incidentId, u"https://status.example.com/incidents/1"_s);
        QCOMPARE(r.batch.updates[0].time, utc(2023, 3, 10, 7, 0));
        QCOMPARE(r.batch.updates[0].status, u"update"_s); // type="text": no markup to read a label from
        QCOMPARE(r.batch.updates[0].message, u"Plain text content\nMonitoring <b> stays text"_s);
        QCOMPARE(r.batch.updates[1].time, utc(2023, 3, 10, 9, 0) + 250);
        QCOMPARE(r.batch.updates[1].status, u"identified"_s);
        QCOMPARE(r.batch.updates[2].status, u"resolved"_s);

        QCOMPARE(r.batch.rejects.size(), 1);
        const Reject &j = r.batch.rejects[0];
        QCOMPARE(j.field, u"updated"_s);
        QCOMPARE(j.reason, u"\"updated\" is not RFC 3339 with an offset, got \"2023-03-10T09:00:00\""_s);
        QCOMPARE(j.line, 17);
        const QByteArray data = readFile(QStringLiteral(OUTAGEDASH_TEST_DATA "/atomrss/edge.atom"));
        QCOMPARE(j.offset, data.indexOf("<entry>\n    <id>urn:uuid:3"));
        QVERIFY(j.raw.startsWith(u"<entry>"_s));
        QVERIFY(j.raw.endsWith(u"</entry>"_s));
        QCOMPARE(j.source, u"feed"_s);
        QCOMPARE(j.receivedAt, 1700000000000);

        QCOMPARE(r.batch.incidents.size(), 2);
        const Incident &two = r.batch.incidents[1];
        QCOMPARE(two.id, u"urn:uuid:2"_s);
        QCOMPARE(two.began, utc(2023, 3, 10, 9, 0) + 250);
        QCOMPARE(two.resolved, utc(2023, 3, 10, 10, 0));
    }

    void badDates()
    {
        const auto r = parseTestData(u"bad_dates.rss"_s);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.batch.updates.size(), 2);
        QCOMPARE(r.batch.updates[0].time, utc(2019, 8, 22, 17, 39)); // "+0900"
        QCOMPARE(r.batch.updates[1].time, utc(2019, 8, 23, 9, 39, 42)); // the AWS guid stands in
        QCOMPARE(r.batch.updates[1].services, QStringList {u"s3-us-east-1"_s});
        QStringList fields, reasons;
        for (const Reject &j : r.batch.rejects) {
            fields.append(j.field);
            reasons.append(j.reason);
        }
        QCOMPARE(fields, (QStringList(5, u"pubDate"_s)));
        const QString notRfc822
            = u"\"pubDate\" is not an RFC 822 date with a known zone (\"Fri, 23 Aug 2019 02:39:42 PDT\"), got "_s;
        QCOMPARE(reasons,
            (QStringList {notRfc822 + u"\"Fri, 23 Aug 2019 02:39:42 IST\""_s,
                notRfc822 + u"\"Fri, 32 Aug 2019 02:39:42 GMT\""_s, u"missing \"pubDate\""_s,
                notRfc822 + u"\"Fri, 23 Aug 2019 02:39:42\""_s,
                u"\"Fri, 23 Aug 2019 02:39:42 PST\" (2019-08-23T10:39:42.000Z) disagrees with the "
                u"time in \"guid\" (2019-08-23T09:39:42.000Z)"_s}));
        QCOMPARE(r.batch.rejects[0].line, 5);
        QCOMPARE(r.batch.rejects[4].line, 11);
    }

    void malformedXml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("updates");
        QTest::newRow("truncated AWS feed")
            << u"aws_truncated.xml"_s << u"XML error at line 35, column 37: Premature end of document."_s << 2;
        QTest::newRow("mismatched tag") << u"mismatched_tag.rss"_s
                                        << u"XML error at line 4, column 28: Opening and ending tag mismatch."_s << 1;
        QTest::newRow("not a feed") << u"not_a_feed.xml"_s << u"not an Atom or RSS feed: the root element is <html>"_s
                                    << 0;
    }

    void malformedXml()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        QFETCH(int, updates);
        const auto r = parseTestData(file);
        QCOMPARE(r.error, error);
        QCOMPARE(r.batch.updates.size(), updates);
        QCOMPARE(r.batch.incidents.size(), qMin(updates, 1));
        QVERIFY(r.batch.rejects.isEmpty());
        if (updates == 2) { // the truncated feed: its first two items, of the 2019 incident
            QCOMPARE(r.batch.updates[1].status, u"informational"_s);
            QCOMPARE(r.batch.incidents[0].id, kInstance); // named by its first day in this feed
            QCOMPARE(r.batch.incidents[0].began, utc(2019, 8, 23, 9, 39, 42));
        }
    }

    void emptyInput()
    {
        QVERIFY(AtomRssParser::parse("", options()).batch.isEmpty());
        QVERIFY(AtomRssParser::parse(" \n", options()).error.isEmpty());
    }

    void rfc822_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: refused
        const qint64 base = utc(2019, 8, 23, 2, 39, 42);
        const qint64 hour = 3600 * 1000;
        const std::pair<const char16_t *, int> zones[] = {{u"PDT", 7}, {u"PST", 8}, {u"EST", 5}, {u"EDT", 4},
            {u"CST", 6}, {u"CDT", 5}, {u"MST", 7}, {u"MDT", 6}, {u"GMT", 0}, {u"UT", 0}, {u"Z", 0}, {u"KST", -9},
            {u"JST", -9}, {u"CET", -1}, {u"CEST", -2}, {u"UTC", 0}};
        for (const auto &[zone, hours] : zones) {
            const QString name = QStringView(zone).toString();
            QTest::addRow("%s", qPrintable(name)) << u"Fri, 23 Aug 2019 02:39:42 "_s + name << base + hours * hour;
        }
        QTest::newRow("+0530") << u"Fri, 23 Aug 2019 02:39:42 +0530"_s << base - 5 * hour - 30 * 60000;
        QTest::newRow("-0000") << u"Fri, 23 Aug 2019 02:39:42 -0000"_s << base;
        QTest::newRow("lowercase, no weekday") << u"23 aug 2019 02:39:42 pdt"_s << base + 7 * hour;
        QTest::newRow("one-digit day, no seconds") << u"Mon, 5 Aug 2019 02:39 GMT"_s << utc(2019, 8, 5, 2, 39);
        QTest::newRow("two-digit year") << u"23 Aug 19 02:39:42 GMT"_s << base;
        QTest::newRow("two-digit year 99") << u"23 Aug 99 02:39:42 GMT"_s << utc(1999, 8, 23, 2, 39, 42);
        QTest::newRow("leap second") << u"31 Dec 2016 23:59:60 GMT"_s << utc(2017, 1, 1, 0, 0);
        QTest::newRow("spaces") << u"  Fri,  23 Aug 2019   02:39:42 GMT "_s << base;
        QTest::newRow("no zone") << u"Fri, 23 Aug 2019 02:39:42"_s << qint64(-1);
        QTest::newRow("ambiguous zone") << u"Fri, 23 Aug 2019 02:39:42 IST"_s << qint64(-1);
        QTest::newRow("unknown zone") << u"Fri, 23 Aug 2019 02:39:42 XYZ"_s << qint64(-1);
        QTest::newRow("military zone") << u"Fri, 23 Aug 2019 02:39:42 A"_s << qint64(-1);
        QTest::newRow("offset hours") << u"Fri, 23 Aug 2019 02:39:42 +2400"_s << qint64(-1);
        QTest::newRow("Feb 30") << u"30 Feb 2019 02:39:42 GMT"_s << qint64(-1);
        QTest::newRow("hour 24") << u"23 Aug 2019 24:00:00 GMT"_s << qint64(-1);
        QTest::newRow("bad month") << u"23 Agu 2019 02:39:42 GMT"_s << qint64(-1);
        QTest::newRow("bad weekday") << u"Fry, 23 Aug 2019 02:39:42 GMT"_s << qint64(-1);
        QTest::newRow("RFC 3339") << u"2019-08-23T02:39:42Z"_s << qint64(-1);
        QTest::newRow("three-digit year") << u"23 Aug 019 02:39:42 GMT"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void rfc822()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto t = AtomRssParser::parseRfc822(text);
        QCOMPARE(t.value_or(-1), expected);
    }

    void looksLike_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("expected");
        QTest::newRow("rss") << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">") << true;
        QTest::newRow("atom after comment and BOM")
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- <rss> --><feed xmlns=\"x\">") << true;
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE rss><rss>") << true;
        QTest::newRow("html") << QByteArray("<html><feed>") << false;
        QTest::newRow("feedback") << QByteArray("<feedback>") << false;
        QTest::newRow("json") << QByteArray("{\"feed\":1}") << false;
    }

    void looksLike()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, expected);
        QCOMPARE(AtomRssParser::looksLike(head), expected);
    }

    void htmlToText()
    {
        QCOMPARE(AtomRssParser::htmlToText(
                     u"<p>a &lt; b &amp;&amp; c&gt;d</p><p>x &#65;&#x42; &quot;q&quot; &apos;s&apos;</p>"_s),
            u"a < b && c>d\nx AB \"q\" 's'"_s);
        QCOMPARE(AtomRssParser::htmlToText(u"a < b, <!-- hidden --><style>p{}</style>ok<br/>&#0; &#xD800;"_s),
            u"a < b, ok\n&#0; &#xD800;"_s);
    }
};

QTEST_GUILESS_MAIN(TstAtomRssParser)
#include "tst_atomrssparser.moc"
