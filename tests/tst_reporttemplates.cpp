// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"
#include "impact/doraassessment.h"
#include "impact/nis2assessment.h"
#include "impact/regulatoryclock.h"
#include "impact/reportdeadlines.h"
#include "ingest/demodataset.h"
#include "mainwindow.h"
#include "report/reportrenderer.h"
#include "session/dashboardsession.h"
#include "store/timelinestore.h"

#include "common/timeaxisticks.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

#include "pdftext.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The regulators' templates (issue #21) on the Kakao 2022 demo, read back from the PDF as a
// reader's tools see it (pdftotext): the verdicts, the due dates and the "to be entered" cells.
class TstReportTemplates : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void nis2();
    void nis2BeforeTheDeadlines();
    void dora();
    void krMsit();
    void postmortemUnchanged();
    void korean_data();
    void korean();
    void exportMenuOffersEveryTemplate();

private:
    QString render(ReportTemplate t, qint64 generatedAt, const QString &name);
    QString when(TimeMs t) const;

    QTemporaryDir m_dir;
    TimelineSnapshot m_snapshot;
    IncidentAnalysis m_analysis;
    RegulatoryClock m_clock;
};

namespace {
constexpr qint64 kLater = 1780000000000; // June 2026: every due date of 2022 is past
QString toBeEntered()
{
    return QCoreApplication::translate("ReportRegulation", "to be entered");
}
} // namespace

void TstReportTemplates::initTestCase()
{
    if (const QString missing = PdfText::missingTool(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    TimelineStore store(QStringLiteral("t"));
    QVERIFY2(store.open(QStringLiteral(":memory:")), qPrintable(store.lastError()));
    QString error;
    QVERIFY2(DemoDataset::load(store, &error), qPrintable(error));
    m_snapshot = store.snapshot();
    const Incident *incident = m_snapshot.pickIncident();
    QVERIFY(incident);
    QCOMPARE(incident->id, u"kakao-2022-10-15"_qs);
    m_analysis = IncidentAnalysis(m_snapshot, incident);
    QVERIFY(m_analysis.isValid());
    m_clock = RegulatoryClock::of(m_snapshot, m_analysis);
    QVERIFY(m_clock.awareness);
}

QString TstReportTemplates::render(ReportTemplate t, qint64 generatedAt, const QString &name)
{
    ReportOptions options;
    options.generatedBy = QStringLiteral("outagedash test");
    options.generatedAt = generatedAt;
    options.reportTemplate = t;
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportRenderer(m_snapshot, m_analysis, options).writePdf(path, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    const QString keep = qEnvironmentVariable("OUTAGEDASH_REPORT_COPY");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    // Table cells wrap: compare with every run of white space made one space.
    return PdfText::of(path).simplified();
}

QString TstReportTemplates::when(TimeMs t) const
{
    // As the report writes a time: the catalogue's pattern, the locale's month names, the zone.
    const QTimeZone zone = m_analysis.timeZone();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone),
               QCoreApplication::translate("ReportRenderer", "d MMM yyyy HH:mm"))
        + u' ' + TimeAxisTicks::zoneAbbreviation(zone, t);
}

void TstReportTemplates::nis2()
{
    const QString text = render(ReportTemplate::Nis2, kLater, u"nis2.pdf"_qs);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(u"NIS2 SIGNIFICANT-INCIDENT REPORT"_qs));
    QVERIFY(text.contains(u"Verdict: significant incident"_qs));
    // Kakao's services were completely down for hours: criterion 1 met, with the figure that decides it.
    const Nis2Assessment a = Nis2Assessment::evaluate(ServiceOutage::of(m_analysis), false);
    QCOMPARE(a.outcome, Nis2Assessment::Outcome::Significant);
    QCOMPARE(a.criteria.at(0).verdict, ThresholdCheck::Verdict::Met);
    QVERIFY(a.criteria.at(0).measured.value() > 30);
    QVERIFY2(text.contains(Timestamps::formatDuration(qint64(*a.criteria.at(0).measured * 60 + 0.5))),
        qPrintable(Timestamps::formatDuration(qint64(*a.criteria.at(0).measured * 60 + 0.5))));
    for (const ReportDeadlines::Deadline &d :
        Nis2Assessment::deadlines(*m_clock.awareness, m_clock.regulatorNotified, m_analysis.timeZone()))
        QVERIFY2(text.contains(when(d.due)), qPrintable(when(d.due)));
    // Early warning 24 h after 16:03 on 15 Oct (Kakao says it learned then), unless the lane knows better.
    if (m_clock.awarenessBasis == RegulatoryClock::AwarenessBasis::Detected)
        QVERIFY(text.contains(u"16 Oct 2022 16:03 KST"_qs));
    QCOMPARE(text.count(u"OVERDUE"_qs), 3 + 1); // the three reports, and the footnote saying what it means
    QVERIFY(text.count(toBeEntered()) >= 8); // criterion 3 and the fields
    QVERIFY(text.contains(u"Possible cross-border impact"_qs));
}

void TstReportTemplates::nis2BeforeTheDeadlines()
{
    // Made an hour after awareness: nothing is overdue yet.
    const QString text = render(ReportTemplate::Nis2, *m_clock.awareness + 3600000, u"nis2-early.pdf"_qs);
    QCOMPARE(text.count(u"OVERDUE"_qs), 1); // only the footnote
    QVERIFY(text.contains(u"open no submission recorded"_qs));
}

void TstReportTemplates::dora()
{
    const QString text = render(ReportTemplate::Dora, kLater, u"dora.pdf"_qs);
    QVERIFY(text.contains(u"DORA MAJOR-INCIDENT REPORT"_qs));
    QVERIFY(text.contains(u"Verdict: major incident if the affected services are critical"_qs));
    const DoraAssessment a = DoraAssessment::evaluate(
        ServiceOutage::of(m_analysis), m_clock.start, m_clock.resolved, m_analysis.windowEnd());
    QCOMPARE(a.thresholdsMet, 2);
    for (const ReportDeadlines::Deadline &d : DoraAssessment::deadlines(*m_clock.awareness, m_analysis.timeZone()))
        QVERIFY2(text.contains(when(d.due)), qPrintable(when(d.due)));
    QVERIFY(text.contains(when(*m_clock.start))); // occurred
    QVERIFY(text.contains(when(*m_clock.resolved))); // resolved
    QVERIFY(text.contains(u"Classified as major"_qs));
    QVERIFY(text.contains(u"more than 100,000"_qs));
    // Naver's incident touches none of Kakao's services: no recurring candidate.
    QVERIFY(text.contains(u"None in the store."_qs));
    QVERIFY(text.count(toBeEntered()) >= 10);
}

void TstReportTemplates::krMsit()
{
    const QString text = render(ReportTemplate::KrMsit, kLater, u"kr-msit.pdf"_qs);
    QVERIFY(text.contains(u"KOREAN MSIT OUTAGE REPORT"_qs));
    QVERIFY(text.contains(u"Key chronology"_qs));
    QVERIFY(text.contains(u"notice required"_qs));
    // Kakao's first public notice (Twitter, 16:10) was 40 min after the start, when the lane knows it;
    // without a public update in the lane the check cannot be made, and says so.
    if (m_clock.firstPublicUpdate) {
        QVERIFY(*m_clock.firstPublicUpdate - *m_clock.start <= 2 * 3600 * 1000);
        QVERIFY(text.contains(u"yes, within 2 h"_qs));
    } else {
        QVERIFY(text.contains(u"Users told within 2 h of the start? — unknown"_qs));
    }
    for (const Service &s : m_analysis.services())
        QVERIFY2(text.contains(s.name), qPrintable(s.name));
    // Corrective items: plan 1 month and results 3 months after the resolution (20 Oct 23:00 KST).
    QVERIFY(text.contains(u"20 Nov 2022 23:00 KST"_qs));
    QVERIFY(text.contains(u"20 Jan 2023 23:00 KST"_qs));
    QVERIFY(text.count(toBeEntered()) >= 12); // causes, six measures, user protection
}

void TstReportTemplates::postmortemUnchanged()
{
    const QString text = render(ReportTemplate::Postmortem, kLater, u"postmortem.pdf"_qs);
    QVERIFY(text.contains(u"POSTMORTEM REPORT"_qs));
    QVERIFY(!text.contains(u"Verdict:"_qs));
    QVERIFY(!text.contains(u"NIS2"_qs));
    QVERIFY(!text.contains(u"DORA"_qs));
    QVERIFY(!text.contains(u"Corrective items"_qs));
}

void TstReportTemplates::korean_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("nis2") << int(ReportTemplate::Nis2);
    QTest::newRow("dora") << int(ReportTemplate::Dora);
    QTest::newRow("kr-msit") << int(ReportTemplate::KrMsit);
}

void TstReportTemplates::korean()
{
    QFETCH(int, which);
    const auto t = ReportTemplate(which);
    QTranslator korean;
    QVERIFY(korean.load(u":/i18n/outagedash_ko.qm"_qs));
    QCoreApplication::installTranslator(&korean);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QString text = render(t, kLater, ReportTemplates::key(t) + u"-ko.pdf");
    // Dates the Korean way, and the fields to enter in the catalogue's words.
    const QList<ReportDeadlines::Deadline> due = t == ReportTemplate::Nis2
        ? Nis2Assessment::deadlines(*m_clock.awareness, m_clock.regulatorNotified, m_analysis.timeZone())
        : DoraAssessment::deadlines(*m_clock.awareness, m_analysis.timeZone());
    // Without the zone: a Korean date is wider, and the zone may wrap onto the cell's next line.
    QString first = t == ReportTemplate::KrMsit ? when(*m_clock.start) : when(due.first().due);
    first.truncate(first.lastIndexOf(u' '));
    const QString entered = toBeEntered();
    QCoreApplication::removeTranslator(&korean);
    QLocale::setDefault(QLocale::c());
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(first), qPrintable(first));
    QVERIFY(text.contains(entered));
}

void TstReportTemplates::exportMenuOffersEveryTemplate()
{
    // File ▸ Export report as ▸: one item per template, each saying in its tooltip what it fills.
    DashboardSession session;
    QVERIFY(session.open(m_dir.filePath(u"window.sqlite"_qs)));
    QVERIFY(session.loadDemoIfEmpty());
    MainWindow window(&session);
    const auto *menu = window.findChild<QMenu *>(u"exportReportAs"_qs);
    QVERIFY(menu);
    QStringList keys;
    for (const QAction *action : menu->actions()) {
        keys.append(action->objectName().mid(QStringLiteral("exportReport-").size()));
        QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->text(), qPrintable(action->text()));
    }
    QCOMPARE(keys, ReportTemplates::keys());
    // What an item writes: the chosen template, not the postmortem.
    const QString path = m_dir.filePath(u"window-dora.pdf"_qs);
    QString error;
    QVERIFY2(ExportActions::writeReport(session, ReportTemplate::Dora, path, &error), qPrintable(error));
    QVERIFY(PdfText::of(path).contains(u"DORA MAJOR-INCIDENT REPORT"_qs));
    QVERIFY(!ExportActions::writeReport(session, ReportTemplate::Nis2, u"/proc/forbidden/r.pdf"_qs, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TstReportTemplates)
#include "tst_reporttemplates.moc"
