// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportrenderer.h"

QT_BEGIN_NAMESPACE
class QPrinter;
class QPrintPreviewDialog;
class QWidget;
QT_END_NAMESPACE

// File ▸ Print preview: the postmortem report in a QPrintPreviewDialog, drawn by
// ReportRenderer::render onto the QPrinter, with a "Save as PDF…" action in its toolbar.
class ReportPreview final {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer) // one catalogue context for the report

public:
    ReportPreview(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, ReportOptions options);
    ~ReportPreview();

    // Builds the dialog (tests look at it without showing it); owned by this object.
    QPrintPreviewDialog *dialog(QWidget *parent = nullptr);
    int exec(QWidget *parent);
    // Writes the PDF; asks for a file when 'path' is empty. False when nothing was written.
    bool saveAsPdf(QWidget *parent, const QString &path = {});
    // Pages drawn by the last paintRequested.
    int lastPageCount() const { return m_pages; }

private:
    const TimelineSnapshot &m_snapshot;
    const IncidentAnalysis &m_analysis;
    ReportOptions m_options;
    QPrinter *m_printer = nullptr;
    QPrintPreviewDialog *m_dialog = nullptr;
    int m_pages = 0;
};
