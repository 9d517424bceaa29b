#pragma once

#include "incidentanalysis.h"
#include "timelinesnapshot.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

class ReportPageWriter;

struct ReportOptions {
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString generatedBy;                  // "outagedash 0.1.0"
    qint64 generatedAt = 0;               // epoch ms; 0 = now
};

// The postmortem report, drawn page by page with QPainter so charts stay vector
// graphics and text is real text in the PDF. Shared by File ▸ Export report, the
// print preview, and the headless `outagedash report`.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    ReportRenderer(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, ReportOptions options);

    bool writePdf(const QString &path, QString *error) const;
    // Renders onto any paged device (QPdfWriter, QPrinter); returns the page count.
    int render(QPagedPaintDevice &device) const;

private:
    // Lays the whole report out on 'writer'; run once to count pages, once to paint.
    void layout(ReportPageWriter &writer) const;
    void layoutTitleBlock(ReportPageWriter &writer) const;
    void layoutSummary(ReportPageWriter &writer) const;
    void layoutChart(ReportPageWriter &writer) const;
    void layoutMethod(ReportPageWriter &writer) const;
    void layoutTimeline(ReportPageWriter &writer) const;
    QString title() const;
    QString formatTime(TimeMs time, const QString &pattern) const;

    const TimelineSnapshot &m_snapshot;
    const IncidentAnalysis &m_analysis;
    ReportOptions m_options;
};
