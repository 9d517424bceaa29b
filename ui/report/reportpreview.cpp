// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportpreview.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>

ReportPreview::ReportPreview(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, ReportOptions options)
    : m_snapshot(snapshot)
    , m_analysis(analysis)
    , m_options(std::move(options))
{
    if (m_options.generatedAt == 0)
        m_options.generatedAt = QDateTime::currentMSecsSinceEpoch();
}

ReportPreview::~ReportPreview()
{
    delete m_dialog;
    delete m_printer;
}

QPrintPreviewDialog *ReportPreview::dialog(QWidget *parent)
{
    if (m_dialog)
        return m_dialog;
    m_printer = new QPrinter(QPrinter::HighResolution);
    m_printer->setPageSize(QPageSize(m_options.paper));
    m_printer->setPageOrientation(QPageLayout::Portrait);
    m_printer->setDocName(m_analysis.incident() ? m_analysis.incident()->title : tr("Postmortem report"));
    m_dialog = new QPrintPreviewDialog(m_printer, parent);
    m_dialog->setWindowTitle(tr("Postmortem report: print preview"));
    QObject::connect(m_dialog, &QPrintPreviewDialog::paintRequested, m_dialog,
        [this](QPrinter *printer) { m_pages = ReportRenderer(m_snapshot, m_analysis, m_options).render(*printer); });
    auto *save = new QAction(tr("Save as PDF…"), m_dialog);
    save->setObjectName(QStringLiteral("saveAsPdf"));
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Write the report to a PDF file"));
    QObject::connect(save, &QAction::triggered, m_dialog, [this] { saveAsPdf(m_dialog); });
    if (auto *toolBar = m_dialog->findChild<QToolBar *>()) {
        toolBar->addSeparator();
        toolBar->addAction(save);
    } else {
        m_dialog->addAction(save);
    }
    return m_dialog;
}

int ReportPreview::exec(QWidget *parent)
{
    return dialog(parent)->exec();
}

bool ReportPreview::saveAsPdf(QWidget *parent, const QString &path)
{
    QString out = path;
    if (out.isEmpty()) {
        const QString suggested = (m_analysis.incident() ? m_analysis.incident()->id : QStringLiteral("timeline"))
            + QStringLiteral("-postmortem.pdf");
        out = QFileDialog::getSaveFileName(parent, tr("Save report as PDF"), suggested, tr("PDF files (*.pdf)"));
        if (out.isEmpty())
            return false;
    }
    QString error;
    if (ReportRenderer(m_snapshot, m_analysis, m_options).writePdf(out, &error))
        return true;
    if (path.isEmpty())
        QMessageBox::critical(parent, tr("Save report as PDF"), tr("The report could not be written: %1").arg(error));
    return false;
}
