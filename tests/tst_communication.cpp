// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"
#include "charts/statetimelinechart.h"
#include "charts/statetimelinepicture.h"
#include "domain/timelinesnapshot.h"
#include "feeds/feedformat.h"
#include "impact/communicationlane.h"
#include "impact/incidentanalysis.h"
#include "impact/reporttemplate.h"
#include "impact/userreportbaseline.h"
#include "ingest/demodataset.h"
#include "itemmodels/servicestatusmodel.h"
#include "mainwindow.h"
#include "report/reportrenderer.h"
#include "session/dashboardsession.h"
#include "session/timewindow.h"
#include "store/timelinestore.h"

#include "pdftext.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Milestone = CommunicationLane::Milestone;

namespace {
TimeMs kst(int day, int hour, int minute)
{
    return QDateTime(QDate(2022, 10, day), QTime(hour, minute), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}

FeedBatch parse(FeedFormat::Kind kind, const QByteArray &data, QString *error = nullptr)
{
    ParseOptions options;
    options.source = u"test"_s;
    ParseResult r = FeedFormat::parse(kind, data, options);
    if (error)
        *error = r.error;
    return r.batch;
}

// A web service, healthy until 09:20 UTC on 4 March 2024, down until 10:00; the incident
// declared at 09:30 and resolved at 10:00; user reports from the sample export.
constexpr const char *kSmall
    = "{\"type\":\"service\",\"key\":\"web\",\"name\":\"Web\",\"users\":1000}\n"
      "{\"type\":\"sample\",\"time\":\"2024-03-04T08:00:00Z\",\"service\":\"web\",\"availability\":1}\n"
      "{\"type\":\"sample\",\"time\":\"2024-03-04T09:20:00Z\",\"service\":\"web\",\"availability\":0}\n"
      "{\"type\":\"sample\",\"time\":\"2024-03-04T10:00:00Z\",\"service\":\"web\",\"availability\":1}\n"
      "{\"type\":\"incident\",\"id\":\"i1\",\"title\":\"Web down\",\"began\":\"2024-03-04T09:00:00Z\","
      "\"resolved\":\"2024-03-04T10:00:00Z\",\"services\":[\"web\"]}\n";
} // namespace

// The communication lane and user reports (issue #21, points 2 and 3).
class TstCommunication : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the window's settings
    void theDemoLaneHasKakaosNoticeTimes();
    void unknownMilestonesAreNull();
    void aFailureUnderWayCountsFromItsStart();
    void aRegulatorNotifiedNoteChangesTheLane();
    void publicIsParsed_data();
    void publicIsParsed();
    void statuspageUpdatesArePublic();
    void baselineAndFirstRise_data();
    void baselineAndFirstRise();
    void baselineWithoutAStartUsesTheFirstHours();
    void userReportsCanBeTheFirstEvidence();
    void userReportCsvKeepsGoodRowsAndNamesBadOnes();
    void userReportCsvIsDetected();
    void theChartDrawsTheLaneAndTheReports();
    void theChartsTooltipsSayWhatEachMarkIs();
    void theNotesMenuMarksTheRegulatorNotified();
    void everyReportHasTheCommunicationTable_data();
    void everyReportHasTheCommunicationTable();
};

// kakao-2022.md: services fail from about 15:30 (MSIT; Kakao), Kakao says it learned of the
// fire at 16:03 (JoongAng Daily), its first notice went out on Twitter at 16:10 (economidaily
// 20221015215950565), and all services were back at 23:00 on 20 Oct. No regulator notice time
// is in the record.
void TstCommunication::theDemoLaneHasKakaosNoticeTimes()
{
    TimelineStore store(u"demo"_s);
    QVERIFY(store.open(u":memory:"_s));
    QString error;
    QVERIFY2(DemoDataset::load(store, &error), qPrintable(error));
    const TimelineSnapshot snapshot = store.snapshot();
    const IncidentAnalysis analysis(snapshot, snapshot.pickIncident());
    QCOMPARE(analysis.incident()->id, u"kakao-2022-10-15"_s);
    const CommunicationLane lane = CommunicationLane::of(snapshot, analysis);
    QCOMPARE(lane.firstEvidenceAt, kst(15, 15, 30));
    QCOMPARE(lane.acknowledgedAt, kst(15, 16, 3));
    QCOMPARE(lane.firstPublicUpdateAt, kst(15, 16, 10));
    QCOMPARE(lane.regulatorNotifiedAt, std::nullopt);
    QCOMPARE(lane.resolvedAt, kst(20, 23, 0));
    QCOMPARE(lane.publicUpdateSource, u"economidaily 20221015215950565"_s);
    QVERIFY(lane.evidenceDerived); // the demo's curves are reconstructions, and the lane says so
    // Login, mail, messaging and payment fail in the same second: the first key names the
    // evidence, whatever order the process' hash seed gives them (it used to change per run).
    QCOMPARE(lane.evidenceService, u"login"_s);

    QCOMPARE(lane.lagSecondsBefore(Milestone::Acknowledged), 33 * 60);
    QCOMPARE(lane.lagSecondsBefore(Milestone::FirstPublicUpdate), 7 * 60);
    QCOMPARE(lane.lagSecondsBefore(Milestone::RegulatorNotified), std::nullopt);
    QCOMPARE(lane.lagSecondsBefore(Milestone::Resolved), std::nullopt);

    const QJsonObject json = lane.toJson(analysis.timeZone());
    QCOMPARE(json[u"first_evidence_at"].toString(), u"2022-10-15T15:30:00+09:00"_s);
    QCOMPARE(json[u"acknowledged_at"].toString(), u"2022-10-15T16:03:00+09:00"_s);
    QCOMPARE(json[u"first_public_update_at"].toString(), u"2022-10-15T16:10:00+09:00"_s);
    QVERIFY(json[u"regulator_notified_at"].isNull());
    QCOMPARE(json[u"resolved_at"].toString(), u"2022-10-20T23:00:00+09:00"_s);
    const QJsonObject lags = json[u"lags_s"].toObject();
    QCOMPARE(lags[u"first_evidence_to_acknowledged"].toInt(), 1980);
    QCOMPARE(lags[u"acknowledged_to_first_public_update"].toInt(), 420);
    QCOMPARE(lags[u"first_evidence_to_first_public_update"].toInt(), 2400);
    QVERIFY(lags[u"first_public_update_to_regulator_notified"].isNull());
    QVERIFY(lags[u"regulator_notified_to_resolved"].isNull());
}

void TstCommunication::unknownMilestonesAreNull()
{
    TimelineStore store(u"small"_s);
    QVERIFY(store.open(u":memory:"_s));
    QVERIFY(store.write(parse(FeedFormat::Ndjson, kSmall)));
    const TimelineSnapshot snapshot = store.snapshot();
    const IncidentAnalysis analysis(snapshot, snapshot.incident(u"i1"_s));
    const CommunicationLane lane = CommunicationLane::of(snapshot, analysis);
    QCOMPARE(lane.firstEvidenceAt, Timestamps::parseRfc3339(u"2024-03-04T09:20:00Z"));
    QCOMPARE(lane.evidence, CommunicationLane::Evidence::Sample);
    // No detected time and no update: nobody acknowledged it on the record; nothing public.
    QCOMPARE(lane.acknowledgedAt, std::nullopt);
    QCOMPARE(lane.firstPublicUpdateAt, std::nullopt);
    const QJsonObject json = lane.toJson(QTimeZone::utc());
    QVERIFY(json[u"acknowledged_at"].isNull());
    QVERIFY(json[u"first_public_update_at"].isNull());
    QCOMPARE(json[u"resolved_at"].toString(), u"2024-03-04T10:00:00+00:00"_s);
    for (const QJsonValue &lag : json[u"lags_s"].toObject())
        QVERIFY(lag.isNull());
}

// The analysis' window opens an hour before the declared start (09:00, so 08:00); a failure that
// runs into it counts from where it began, and one that was over before it does not count.
void TstCommunication::aFailureUnderWayCountsFromItsStart()
{
    const QByteArray head
        = "{\"type\":\"service\",\"key\":\"web\",\"name\":\"Web\",\"users\":1000}\n"
          "{\"type\":\"incident\",\"id\":\"i1\",\"title\":\"Web down\",\"began\":"
          "\"2024-03-04T09:00:00Z\",\"resolved\":\"2024-03-04T10:00:00Z\",\"services\":[\"web\"]}\n"
          "{\"type\":\"sample\",\"time\":\"2024-03-04T05:00:00Z\",\"service\":\"web\",\"availability\":0.2}\n"
          "{\"type\":\"sample\",\"time\":\"2024-03-04T05:10:00Z\",\"service\":\"web\",\"availability\":1}\n"
          "{\"type\":\"sample\",\"time\":\"2024-03-04T10:00:00Z\",\"service\":\"web\",\"availability\":1}\n";
    const auto evidence = [](const QByteArray &feed) {
        TimelineStore store(u"lookback"_s);
        if (!store.open(u":memory:"_s) || !store.write(parse(FeedFormat::Ndjson, feed)))
            return std::optional<TimeMs>(-1);
        const TimelineSnapshot snapshot = store.snapshot();
        return CommunicationLane::of(snapshot, IncidentAnalysis(snapshot, snapshot.incident(u"i1"_s))).firstEvidenceAt;
    };
    // The failure at 05:00 was over at 05:10: no evidence of this incident; nothing else fails.
    QCOMPARE(evidence(head), std::nullopt);
    // Degraded from 06:10, worse at 08:10 inside the window, never healthy between: from 06:10.
    const QByteArray run
        = "{\"type\":\"sample\",\"time\":\"2024-03-04T06:10:00Z\",\"service\":\"web\",\"availability\":0.95}\n"
          "{\"type\":\"sample\",\"time\":\"2024-03-04T07:10:00Z\",\"service\":\"web\",\"availability\":0.9}\n"
          "{\"type\":\"sample\",\"time\":\"2024-03-04T08:10:00Z\",\"service\":\"web\",\"availability\":0.5}\n";
    QCOMPARE(evidence(head + run), Timestamps::parseRfc3339(u"2024-03-04T06:10:00Z"));
    // A healthy reading at 07:30 ends that run: the evidence is 08:10.
    QCOMPARE(evidence(head + run
                 + "{\"type\":\"sample\",\"time\":\"2024-03-04T07:30:00Z\",\"service\":\"web\",\"availability\":1}\n"),
        Timestamps::parseRfc3339(u"2024-03-04T08:10:00Z"));
}

void TstCommunication::aRegulatorNotifiedNoteChangesTheLane()
{
    TimelineStore store(u"note"_s);
    QVERIFY(store.open(u":memory:"_s));
    QVERIFY(store.write(parse(FeedFormat::Ndjson,
        QByteArray(kSmall)
            + "{\"type\":\"update\",\"incident\":\"i1\",\"time\":\"2024-03-04T09:40:00Z\",\"status\":\"investigating\","
              "\"message\":\"We are looking into it.\",\"public\":true}\n")));
    Annotation note;
    note.time = *Timestamps::parseRfc3339(u"2024-03-04T09:50:00Z");
    note.incidentId = u"i1"_s;
    note.text = u"Regulator notified"_s;
    note.kind = CommunicationLane::regulatorNotifiedKind();
    QVERIFY(store.addAnnotation(note));
    // A plain note at an earlier time is no notification.
    Annotation plain {0, note.time - 600000, {}, u"i1"_s, {}, u"called the regulator's office, no answer"_s};
    QVERIFY(store.addAnnotation(plain));

    TimelineSnapshot snapshot = store.snapshot();
    CommunicationLane lane = CommunicationLane::of(snapshot, IncidentAnalysis(snapshot, snapshot.incident(u"i1"_s)));
    QCOMPARE(lane.firstPublicUpdateAt, Timestamps::parseRfc3339(u"2024-03-04T09:40:00Z"));
    QCOMPARE(lane.regulatorNotifiedAt, note.time);
    QCOMPARE(lane.lagSecondsBefore(Milestone::RegulatorNotified), 600);
    QCOMPARE(lane.lagSecondsBefore(Milestone::Resolved), 600);

    QVERIFY(store.removeAnnotation(note.id)); // undo: the mark is a note, deleted as notes are
    snapshot = store.snapshot();
    lane = CommunicationLane::of(snapshot, IncidentAnalysis(snapshot, snapshot.incident(u"i1"_s)));
    QCOMPARE(lane.regulatorNotifiedAt, std::nullopt);
}

void TstCommunication::publicIsParsed_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("expected"); // -1 unset, 0 false, 1 true, 2 rejected
    QTest::newRow("absent: not stated") << QByteArray() << -1;
    QTest::newRow("null: not stated") << QByteArray(",\"public\":null") << -1;
    QTest::newRow("true") << QByteArray(",\"public\":true") << 1;
    QTest::newRow("false") << QByteArray(",\"public\":false") << 0;
    QTest::newRow("a string is refused") << QByteArray(",\"public\":\"yes\"") << 2;
}

void TstCommunication::publicIsParsed()
{
    QFETCH(QByteArray, field);
    QFETCH(int, expected);
    const FeedBatch batch = parse(FeedFormat::Ndjson,
        "{\"type\":\"update\",\"incident\":\"i1\",\"time\":\"2024-03-04T09:40:00Z\",\"status\":\"investigating\""
            + field + "}\n");
    if (expected == 2) {
        QCOMPARE(batch.updates.size(), 0);
        QCOMPARE(batch.rejects.size(), 1);
        QCOMPARE(batch.rejects.first().field, u"public"_s);
        QVERIFY2(batch.rejects.first().reason.contains(u"true or false"_s), qPrintable(batch.rejects.first().reason));
        return;
    }
    QCOMPARE(batch.updates.size(), 1);
    const std::optional<bool> p = batch.updates.first().isPublic;
    QCOMPARE(p.has_value(), expected >= 0);
    if (p)
        QCOMPARE(*p, expected == 1);

    // Stored and read back as it came, through the new column.
    TimelineStore store(u"public"_s);
    QVERIFY(store.open(u":memory:"_s));
    QVERIFY(store.write(batch));
    QCOMPARE(store.updates().value(0).isPublic, p);
}

void TstCommunication::statuspageUpdatesArePublic()
{
    QFile f(QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES "/statuspage_incidents_discord_2022-02-15.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const FeedBatch batch = parse(FeedFormat::Statuspage, f.readAll());
    QVERIFY(!batch.updates.isEmpty());
    for (const IncidentUpdate &u : batch.updates)
        QCOMPARE(u.isPublic, std::optional<bool>(true));
}

void TstCommunication::baselineAndFirstRise_data()
{
    QTest::addColumn<QList<qint64>>("before");
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<bool>("rises");
    // Baseline 4: a rise needs ≥ 12 (3×) and ≥ 14 (+10).
    QTest::newRow("4: 13 is below +10") << QList<qint64> {3, 4, 5} << qint64(13) << 4.0 << false;
    QTest::newRow("4: 14 rises") << QList<qint64> {3, 4, 5} << qint64(14) << 4.0 << true;
    // Baseline 10: ≥ 30 (3×) and ≥ 20 (+10).
    QTest::newRow("10: 29 is below 3x") << QList<qint64> {10, 10, 9, 11} << qint64(29) << 10.0 << false;
    QTest::newRow("10: 30 rises") << QList<qint64> {10, 10, 9, 11} << qint64(30) << 10.0 << true;
    // A quiet service: nine reports are no rise, ten are.
    QTest::newRow("0: 9") << QList<qint64> {0, 0, 1} << qint64(9) << 0.0 << false;
    QTest::newRow("0: 10") << QList<qint64> {0, 0, 1} << qint64(10) << 0.0 << true;
}

void TstCommunication::baselineAndFirstRise()
{
    QFETCH(QList<qint64>, before);
    QFETCH(qint64, peak);
    QFETCH(double, baseline);
    QFETCH(bool, rises);
    const TimeMs start = 1'700'000'000'000;
    QList<UserReportCount> counts;
    for (qsizetype i = 0; i < before.size(); ++i)
        counts.append({start - (before.size() - i) * 900'000, u"web"_s, before[i], u"t"_s});
    counts.append({start + 900'000, u"web"_s, peak, u"t"_s});
    counts.append({start + 900'000, u"other"_s, 1000, u"t"_s}); // another service's rise
    const UserReportBaseline b
        = UserReportBaseline::of(counts, u"web"_s, start, start - 86'400'000, start + 86'400'000);
    QCOMPARE(b.basis, UserReportBaseline::Basis::BeforeStart);
    QCOMPARE(b.baseline, baseline);
    QCOMPARE(b.baselineCounts, int(before.size()));
    QCOMPARE(b.firstRiseAt.has_value(), rises);
    if (rises) {
        QCOMPARE(*b.firstRiseAt, start + 900'000);
        QCOMPARE(b.firstRiseCount, peak);
    }
}

void TstCommunication::baselineWithoutAStartUsesTheFirstHours()
{
    QFile f(QStringLiteral(OUTAGEDASH_TEST_DATA "/csv/user_reports.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const FeedBatch batch = parse(FeedFormat::Csv, f.readAll());
    QCOMPARE(batch.userReports.size(), 48);
    QVERIFY(batch.samples.isEmpty()); // counts of reports are never availability
    // Six hours from 06:00 are the whole file: the median (5) stands up to the spike.
    const UserReportBaseline web
        = UserReportBaseline::of(batch.userReports, u"web"_s, std::nullopt, 0, Timestamps::kLatestFeedTime);
    QCOMPARE(web.basis, UserReportBaseline::Basis::FirstHours);
    QCOMPARE(web.baseline, 5.0);
    QCOMPARE(web.firstRiseAt, Timestamps::parseRfc3339(u"2024-03-04T09:15:00Z")); // 41; 9 at 09:00 is not
    QCOMPARE(web.firstRiseCount, 41);
    // With the start declared at 09:00 the baseline is the morning before it: median 4.
    const UserReportBaseline declared = UserReportBaseline::of(
        batch.userReports, u"web"_s, Timestamps::parseRfc3339(u"2024-03-04T09:00:00Z"), 0, Timestamps::kLatestFeedTime);
    QCOMPARE(declared.basis, UserReportBaseline::Basis::BeforeStart);
    QCOMPARE(declared.baseline, 4.0);
    QCOMPARE(declared.baselineCounts, 12);
    QCOMPARE(declared.firstRiseAt, web.firstRiseAt);
}

void TstCommunication::userReportsCanBeTheFirstEvidence()
{
    TimelineStore store(u"reports"_s);
    QVERIFY(store.open(u":memory:"_s));
    QVERIFY(store.write(parse(FeedFormat::Ndjson, kSmall)));
    QFile f(QStringLiteral(OUTAGEDASH_TEST_DATA "/csv/user_reports.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    WriteStats stats;
    QVERIFY(store.write(parse(FeedFormat::Csv, f.readAll()), &stats));
    QCOMPARE(stats.inserted, 48);
    const TimelineSnapshot snapshot = store.snapshot();
    QCOMPARE(snapshot.userReports.size(), 48);
    QCOMPARE(snapshot.samples.size(), 3); // the reports did not become samples
    const CommunicationLane lane
        = CommunicationLane::of(snapshot, IncidentAnalysis(snapshot, snapshot.incident(u"i1"_s)));
    // 41 reports at 09:15 come before the probe's failure at 09:20.
    QCOMPARE(lane.firstEvidenceAt, Timestamps::parseRfc3339(u"2024-03-04T09:15:00Z"));
    QCOMPARE(lane.evidence, CommunicationLane::Evidence::UserReports);
    QCOMPARE(lane.evidenceService, u"web"_s);
    QCOMPARE(lane.toJson(QTimeZone::utc())[u"first_evidence"][u"kind"].toString(), u"user_reports"_s);
}

void TstCommunication::userReportCsvKeepsGoodRowsAndNamesBadOnes()
{
    QString error;
    const FeedBatch batch = parse(FeedFormat::Csv,
        "Time,Service,Count\n"
        "2024-03-04T09:00:00Z,web,4\n"
        "yesterday,web,4\n"
        "2024-03-04T09:15:00Z,Web Site,4\n"
        "2024-03-04T09:15:00Z,web,-2\n"
        "2024-03-04T09:15:00Z,web,1.5\n"
        "2024-03-04T09:15:00,web,4\n"
        "2024-03-04T09:30:00Z,web\n"
        "1709543700000,web,40\n",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(batch.userReports.size(), 2);
    QCOMPARE(batch.userReports.last().time, 1709543700000);
    QCOMPARE(batch.userReports.last().count, 40);
    struct Expected {
        qint64 line;
        QString field;
        QString reason;
    };
    const QList<Expected> expected {{3, u"Time"_s, u"RFC 3339"_s}, {4, u"Service"_s, u"service key"_s},
        {5, u"Count"_s, u"0 or more"_s}, {6, u"Count"_s, u"whole number"_s}, {7, u"Time"_s, u"with its zone"_s},
        {8, u"csv"_s, u"expected 3 columns"_s}};
    QCOMPARE(batch.rejects.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Reject &r = batch.rejects[i];
        QCOMPARE(r.line, expected[i].line);
        QCOMPARE(r.field, expected[i].field);
        QVERIFY2(r.reason.contains(expected[i].reason), qPrintable(r.reason));
        QCOMPARE(r.source, u"test"_s);
        QVERIFY(!r.raw.isEmpty());
    }
}

void TstCommunication::userReportCsvIsDetected()
{
    QCOMPARE(FeedFormat::detect("time,service,count\n2024-03-04T09:00:00Z,web,4\n"), FeedFormat::Csv);
    QCOMPARE(FeedFormat::detect("\"time\",\"service\",\"count\",\"source\"\n"), FeedFormat::Csv);
    // "count" beside sample columns is neither shape.
    QCOMPARE(FeedFormat::detect("time,service,availability,count\n"), FeedFormat::Unknown);
    QString error;
    const FeedBatch b = parse(FeedFormat::Csv, "time,service,count,source\n2024-03-04T09:00:00Z,web,4,downdetector\n");
    QCOMPARE(b.userReports.value(0).source, u"downdetector"_s);
}

void TstCommunication::theChartDrawsTheLaneAndTheReports()
{
    TimelineStore store(u"chart"_s);
    QVERIFY(store.open(u":memory:"_s));
    QVERIFY(store.write(parse(FeedFormat::Ndjson,
        QByteArray(kSmall)
            + "{\"type\":\"update\",\"incident\":\"i1\",\"time\":\"2024-03-04T09:40:00Z\",\"status\":\"investigating\","
              "\"public\":true}\n")));
    const TimelineSnapshot without = store.snapshot();
    QImage image(1200, 500, QImage::Format_ARGB32);
    const auto picture = [&](const TimelineSnapshot &s) {
        const IncidentAnalysis analysis(s, s.incident(u"i1"_s));
        return StateTimelinePicture::buildPicture(
            QFont(), &image, QRectF(0, 0, 1200, 500), analysis, s, analysis.windowStart(), analysis.windowEnd());
    };
    StateTimelinePicture::Picture pic = picture(without);
    // Evidence 09:20; the first update (09:40, public) is the acknowledgement too; resolved 10:00.
    QCOMPARE(pic.commsMarks.size(), 4);
    QCOMPARE(pic.commsMarks.at(2).milestone, Milestone::FirstPublicUpdate);
    QCOMPARE(pic.commsMarks.at(1).at, pic.commsMarks.at(2).at);
    QVERIFY(pic.comms.height() > 0 && pic.comms.bottom() <= pic.lanes.first().top());
    QVERIFY(pic.reportLanes.isEmpty());

    QFile f(QStringLiteral(OUTAGEDASH_TEST_DATA "/csv/user_reports.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(store.write(parse(FeedFormat::Csv, f.readAll())));
    pic = picture(store.snapshot());
    // "web" has reports; "api" is no service of the incident, so it gets no lane.
    QCOMPARE(pic.reportLanes.size(), 1);
    QCOMPARE(pic.reportBaselines.first().service, u"web"_s);
    QVERIFY(pic.reportNames.first().contains(u"(measured)"_s));
    QVERIFY(pic.reportLanes.first().top() >= pic.lanes.last().bottom());
    QCOMPARE(pic.commsMarks.first().at, *Timestamps::parseRfc3339(u"2024-03-04T09:15:00Z"));
}

void TstCommunication::theChartsTooltipsSayWhatEachMarkIs()
{
    TimelineStore store(u"tooltips"_s);
    QVERIFY(store.open(u":memory:"_s));
    QVERIFY(DemoDataset::load(store));
    const TimelineSnapshot snapshot = store.snapshot();
    const IncidentAnalysis analysis(snapshot, snapshot.pickIncident());
    StateTimelineChart chart;
    chart.resize(1300, 600);
    chart.setData(analysis, snapshot, Theme::light());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // Zoomed to the first hour, the three early milestones stand apart.
    chart.timeWindow()->setView(kst(15, 15, 15), kst(15, 16, 30));
    const StateTimelinePicture::Picture pic = StateTimelinePicture::buildPicture(
        chart.font(), &chart, chart.rect(), analysis, snapshot, kst(15, 15, 15), kst(15, 16, 30));
    const auto tipAt = [&](TimeMs t) {
        const QPoint at(qRound(pic.x(t)), qRound(pic.comms.center().y()));
        QHelpEvent help(QEvent::ToolTip, at, chart.mapToGlobal(at));
        QCoreApplication::sendEvent(&chart, &help);
        return QToolTip::text();
    };
    QString tip = tipAt(kst(15, 16, 10));
    QVERIFY2(tip.contains(u"First public update: 15 Oct 16:10 KST"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"7 min after acknowledged"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"economidaily 20221015215950565"_s), qPrintable(tip));
    tip = tipAt(kst(15, 15, 30));
    QVERIFY2(tip.contains(u"First evidence: 15 Oct 15:30 KST"_s) && tip.contains(u"derived"_s), qPrintable(tip));
    if (const QString dir = qEnvironmentVariable("OUTAGEDASH_SCREENSHOT_DIR"); !dir.isEmpty())
        chart.grab().save(QDir(dir).filePath(u"communication-lane.png"_s));
}

// Notes > Mark regulator notified at cursor...: the note dialog opens on the cursor's time, OK
// stores a note of the lane's kind through the session, and deleting the note undoes it.
void TstCommunication::theNotesMenuMarksTheRegulatorNotified()
{
    QTemporaryDir dir;
    DashboardSession session;
    QVERIFY(session.open(dir.filePath(u"window.sqlite"_s)));
    QVERIFY(session.loadDemoIfEmpty());
    MainWindow window(&session);
    auto *mark = window.findChild<QAction *>(u"markRegulatorNotified"_s);
    QVERIFY(mark);
    const TimeMs cursor = session.statusModel()->cursor();
    QVERIFY(cursor > 0);
    QTimer::singleShot(0, &window, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
    });
    mark->trigger();
    session.reload();
    const auto lane = [&] {
        const TimelineSnapshot &s = session.snapshot();
        return CommunicationLane::of(s, IncidentAnalysis(s, s.incident(u"kakao-2022-10-15"_s)));
    };
    QTRY_VERIFY(lane().regulatorNotifiedAt.has_value());
    // The dialog shows minutes: the note is at the cursor's minute.
    QCOMPARE(*lane().regulatorNotifiedAt / 60000, cursor / 60000);
    qint64 id = 0;
    for (const Annotation &a : session.snapshot().annotations)
        if (a.kind == CommunicationLane::regulatorNotifiedKind())
            id = a.id;
    QVERIFY(id != 0);
    QVERIFY(window.notes()->remove(id));
    session.reload();
    QTRY_VERIFY(!lane().regulatorNotifiedAt.has_value());
}

void TstCommunication::everyReportHasTheCommunicationTable_data()
{
    QTest::addColumn<int>("reportTemplate");
    for (ReportTemplate t :
        {ReportTemplate::Postmortem, ReportTemplate::Nis2, ReportTemplate::Dora, ReportTemplate::KrMsit})
        QTest::newRow(qPrintable(ReportTemplates::key(t))) << int(t);
}

void TstCommunication::everyReportHasTheCommunicationTable()
{
    QFETCH(int, reportTemplate);
    if (const QString missing = PdfText::missingTool(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    QLocale::setDefault(QLocale::c());
    TimelineStore store(u"report"_s);
    QVERIFY(store.open(u":memory:"_s));
    QVERIFY(DemoDataset::load(store));
    QTemporaryDir dir;
    const auto text = [&] {
        const TimelineSnapshot snapshot = store.snapshot();
        const IncidentAnalysis analysis(snapshot, snapshot.pickIncident());
        ReportOptions options;
        options.reportTemplate = ReportTemplate(reportTemplate);
        const QString path = dir.filePath(u"r.pdf"_s);
        QString error;
        if (!ReportRenderer(snapshot, analysis, options).writePdf(path, &error))
            return error;
        return PdfText::of(path).simplified();
    };
    QString pdf = text();
    // pdftotext reads a table's cells in an order of its own (and a table may go on over a page
    // break): each cell is looked for apart.
    for (const QString &cell : {u"Communication Milestone"_s, u"After the one before"_s, u"What the data says"_s})
        QVERIFY2(pdf.contains(cell), qPrintable(cell));
    QVERIFY(pdf.contains(u"First public update 15 Oct 2022 16:10 KST"_s));
    QVERIFY(pdf.contains(u"+7 min first update marked public: economidaily 20221015215950565"_s));
    QVERIFY(pdf.contains(u"Regulator notified to be entered"_s));

    Annotation note;
    note.time = kst(16, 9, 0);
    note.incidentId = u"kakao-2022-10-15"_s;
    note.text = u"Regulator notified"_s;
    note.kind = CommunicationLane::regulatorNotifiedKind();
    QVERIFY(store.addAnnotation(note));
    pdf = text();
    // 16 Oct 09:00: 16 h 50 min after the first public update, 4 d 14 h before the end.
    QVERIFY2(pdf.contains(u"Regulator notified 16 Oct 2022 09:00 KST"_s),
        qPrintable(pdf.mid(pdf.indexOf(u"Regulator notified"_s) - 50, 300)));
    QVERIFY(pdf.contains(u"+16 h 50 min marked by a reviewer"_s));
    QVERIFY(pdf.contains(u"20 Oct 2022 23:00 KST +4 d 14 h 0 min the incident's resolved time"_s));
    QVERIFY(!pdf.contains(u"Regulator notified to be entered"_s));
}

QTEST_MAIN(TstCommunication)
#include "tst_communication.moc"
