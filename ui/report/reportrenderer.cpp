// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportrenderer.h"

#include "charts/chartpainter.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace ReportFormat;

ReportRenderer::ReportRenderer(
    const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, ReportOptions options)
    : m_snapshot(snapshot)
    , m_analysis(analysis)
    , m_options(std::move(options))
{
    // Fixed once: the page count is found by laying out twice, and both passes must agree.
    if (m_options.generatedAt == 0)
        m_options.generatedAt = QDateTime::currentMSecsSinceEpoch();
}

bool ReportRenderer::writePdf(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // QSaveFile: a failed export never leaves a truncated PDF over an older good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(m_options.paper), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title());
        writer.setCreator(m_options.generatedBy.isEmpty() ? QStringLiteral("outagedash") : m_options.generatedBy);
        if (render(writer) == 0) {
            file.cancelWriting();
            return fail(tr("Cannot draw the report into %1.").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (!file.commit())
        return fail(tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

int ReportRenderer::render(QPagedPaintDevice &device) const
{
    const ReportStyle style = ReportStyle::create(fontFamilies());
    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };

    ReportPageWriter::Frame frame;
    frame.page = QRectF(0, 0, device.width(), device.height());
    // A printer may already keep its own margins: only add what is missing, but always
    // leave room for the header and footer.
    const QMarginsF deviceMargins = device.pageLayout().margins(QPageLayout::Millimeter);
    frame.margins = QMarginsF(mm(qMax(18.0 - deviceMargins.left(), 6.0)), mm(qMax(22.0 - deviceMargins.top(), 13.0)),
        mm(qMax(18.0 - deviceMargins.right(), 6.0)), mm(qMax(20.0 - deviceMargins.bottom(), 12.0)));
    frame.headerLeft = title();
    frame.headerRight = reportKind();
    const QString generated = formatTime(m_options.generatedAt, QStringLiteral("d MMM yyyy HH:mm"));
    frame.footerLeft = m_options.generatedBy.isEmpty() ? tr("Generated %1").arg(generated)
                                                       : tr("Generated %1 by %2").arg(generated, m_options.generatedBy);

    // Measured twice: the first pass finds the headings, the second lays the table of
    // contents out with as many entries as it will have, so its page numbers hold.
    m_contents.clear();
    for (int pass = 0; pass < 2; ++pass) {
        ReportPageWriter measure(device, nullptr, style, frame);
        layout(measure);
        frame.totalPages = measure.pageCount();
        m_contents = measure.headings();
    }
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    ReportPageWriter writer(device, &painter, style, frame);
    layout(writer);
    painter.end();
    return writer.pageCount();
}

QString ReportRenderer::title() const
{
    const auto &incident = m_analysis.incident();
    if (incident && !incident->title.isEmpty())
        return incident->title;
    if (incident)
        return incident->id;
    return tr("All services");
}

QString ReportRenderer::formatTime(TimeMs time, const QString &pattern) const
{
    const QTimeZone zone = m_analysis.timeZone();
    // The pattern is in the catalogue (reportsections.cpp): Korean writes "2022년 10월 15일".
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(time, zone), tr(pattern.toUtf8().constData())) + u' '
        + TimeAxisTicks::zoneAbbreviation(zone, time);
}

QString ReportRenderer::reportKind() const
{
    return ReportTemplates::displayName(m_options.reportTemplate);
}

void ReportRenderer::layout(ReportPageWriter &writer) const
{
    if (m_options.reportTemplate != ReportTemplate::Postmortem) {
        layoutRegulatory(writer);
        writer.finish();
        return;
    }
    layoutTitleBlock(writer);
    layoutContents(writer);
    layoutExecutiveSummary(writer);
    layoutSummary(writer);
    layoutMilestones(writer);
    layoutChart(writer);
    layoutStateTimeline(writer);
    layoutDependencies(writer);
    layoutComparison(writer);
    layoutScenario(writer);
    layoutCertainty(writer);
    layoutDataQuality(writer);
    layoutTimeline(writer);
    layoutSources(writer);
    layoutMethod(writer);
    layoutRejects(writer);
    writer.finish();
}
