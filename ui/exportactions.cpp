// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "charts/chartexporter.h"
#include "common/theme.h"
#include "itemmodels/servicestatusmodel.h"
#include "report/reportpreview.h"
#include "session/csvexporter.h"
#include "session/dashboardsession.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace {

QString baseName(const DashboardSession &session)
{
    return session.incidentId().isEmpty() ? QStringLiteral("timeline") : session.incidentId();
}

void exportCsv(QWidget *window, DashboardSession *session, bool series)
{
    const QString suggested = baseName(*session) + (series ? u"-people-affected.csv"_qs : u"-timeline.csv"_qs);
    const QString path = QFileDialog::getSaveFileName(window,
        series ? QCoreApplication::translate("ReportRenderer", "Export people affected as CSV")
               : QCoreApplication::translate("ReportRenderer", "Export timeline as CSV"),
        suggested, QCoreApplication::translate("ReportRenderer", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray data = series ? CsvExporter::seriesCsv(session->analysis()) : ExportActions::timelineCsv(*session);
    QString error;
    if (!CsvExporter::write(path, data, &error))
        QMessageBox::critical(window, QCoreApplication::translate("ReportRenderer", "Export"), error);
}

void exportChart(QWidget *window, DashboardSession *session, const Theme &theme)
{
    bool ok = false;
    const QStringList names = ChartExporter::chartNames();
    const QString name = QInputDialog::getItem(window, QCoreApplication::translate("ReportRenderer", "Export chart"),
        QCoreApplication::translate("ReportRenderer", "Chart:"), names, 0, false, &ok);
    if (!ok)
        return;
    QString filter = QCoreApplication::translate("ReportRenderer", "PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(window,
        QCoreApplication::translate("ReportRenderer", "Export chart"), baseName(*session) + u"-chart.png",
        QCoreApplication::translate("ReportRenderer", "PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString out = path;
    if (!out.endsWith(u".png", Qt::CaseInsensitive) && !out.endsWith(u".svg", Qt::CaseInsensitive))
        out += filter.contains(u"svg") ? u".svg"_qs : u".png"_qs;
    QString error;
    if (!ChartExporter::save(ChartExporter::Chart(names.indexOf(name)), out, session->analysis(), session->snapshot(),
            theme, QSize(1400, 800), &error, session->statusModel()->cursor()))
        QMessageBox::critical(window, QCoreApplication::translate("ReportRenderer", "Export chart"), error);
}
void exportTemplate(QWidget *window, DashboardSession *session, ReportTemplate reportTemplate)
{
    const QString path = QFileDialog::getSaveFileName(window, ReportTemplates::displayName(reportTemplate),
        baseName(*session) + u'-' + ReportTemplates::key(reportTemplate) + u".pdf",
        QCoreApplication::translate("ReportRenderer", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ExportActions::writeReport(*session, reportTemplate, path, &error))
        QMessageBox::critical(window, ReportTemplates::displayName(reportTemplate), error);
}
} // namespace

namespace ExportActions {

QByteArray timelineCsv(const DashboardSession &session)
{
    return CsvExporter::eventsCsv(session.timelineProxy()->shownEvents(), session.analysis().timeZone());
}

ReportOptions reportOptions(const DashboardSession &session)
{
    ReportOptions options;
    options.generatedBy = QStringLiteral("outagedash " OUTAGEDASH_VERSION);
    if (session.isOpen()) {
        options.rejects = session.rejects();
        options.rejectCount = session.rejectCount();
    }
    return options;
}

bool writeReport(const DashboardSession &session, ReportTemplate reportTemplate, const QString &path, QString *error)
{
    ReportOptions options = reportOptions(session);
    options.reportTemplate = reportTemplate;
    return ReportRenderer(session.snapshot(), session.analysis(), options).writePdf(path, error);
}

void addTo(QMenu *file, QWidget *window, DashboardSession *session, std::function<Theme()> theme)
{
    // The regulators' templates beside File ▸ Export report (the postmortem): each item says in
    // its tooltip what it fills and what it leaves to enter.
    QMenu *templates = file->addMenu(QCoreApplication::translate("ReportRenderer", "Export report &as"));
    templates->setObjectName(QStringLiteral("exportReportAs"));
    templates->setToolTipsVisible(true);
    for (const ReportTemplate t :
        {ReportTemplate::Postmortem, ReportTemplate::Nis2, ReportTemplate::Dora, ReportTemplate::KrMsit}) {
        QAction *action = templates->addAction(ReportTemplates::displayName(t) + QStringLiteral("…"), window,
            [window, session, t] { exportTemplate(window, session, t); });
        action->setObjectName(QStringLiteral("exportReport-") + ReportTemplates::key(t));
        action->setToolTip(ReportTemplates::describe(t));
        action->setStatusTip(ReportTemplates::describe(t));
    }
    QAction *preview
        = file->addAction(QCoreApplication::translate("ReportRenderer", "Print pre&view…"), window, [window, session] {
              ReportPreview(session->snapshot(), session->analysis(), reportOptions(*session)).exec(window);
          });
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    preview->setStatusTip(
        QCoreApplication::translate("ReportRenderer", "Preview the postmortem report, print it or save it as a PDF"));
    QMenu *exportMenu = file->addMenu(QCoreApplication::translate("ReportRenderer", "E&xport"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu
        ->addAction(QCoreApplication::translate("ReportRenderer", "&Timeline as CSV…"), window,
            [window, session] { exportCsv(window, session, false); })
        ->setObjectName(QStringLiteral("exportTimelineCsv"));
    exportMenu->actions().constLast()->setStatusTip(QCoreApplication::translate(
        "ReportRenderer", "The rows the timeline shows, as filtered and sorted there, times with their zone"));
    exportMenu
        ->addAction(QCoreApplication::translate("ReportRenderer", "&People affected as CSV…"), window,
            [window, session] { exportCsv(window, session, true); })
        ->setObjectName(QStringLiteral("exportSeriesCsv"));
    exportMenu
        ->addAction(QCoreApplication::translate("ReportRenderer", "&Chart as PNG/SVG…"), window,
            [window, session, theme] { exportChart(window, session, theme()); })
        ->setObjectName(QStringLiteral("exportChart"));
}

} // namespace ExportActions
