// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexporter.h"

#include "charts/chartpainter.h"
#include "charts/dependencyview.h"
#include "charts/statetimelinechart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

void paint(ChartExporter::Chart chart, QPainter &painter, const QRectF &rect, const IncidentAnalysis &analysis,
    const TimelineSnapshot &snapshot, const Theme &theme, TimeMs at)
{
    painter.fillRect(rect, theme.kind == Theme::Kind::Dark ? QColor(0x1e, 0x20, 0x24) : QColor(Qt::white));
    switch (chart) {
    case ChartExporter::Chart::StateTimeline:
        StateTimelineChart::render(
            painter, rect, analysis, snapshot, theme, analysis.windowStart(), analysis.windowEnd());
        return;
    case ChartExporter::Chart::Dependencies:
        DependencyView::render(painter, rect, analysis, snapshot, theme, at ? at : DependencyView::peakAt(analysis));
        return;
    case ChartExporter::Chart::Recovery:
        ChartPainter::paintRecovery(painter, rect, analysis, theme, ChartPainter::Style {});
        return;
    }
}
} // namespace

QStringList ChartExporter::chartNames()
{
    return {QCoreApplication::translate("ReportRenderer", "People affected over time"),
        QCoreApplication::translate("ReportRenderer", "Service states over time"),
        QCoreApplication::translate("ReportRenderer", "Dependencies at the peak")};
}

bool ChartExporter::save(Chart chart, const QString &path, const IncidentAnalysis &analysis,
    const TimelineSnapshot &snapshot, const Theme &theme, QSize size, QString *error, TimeMs at)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!analysis.isValid())
        return fail(QCoreApplication::translate("ReportRenderer", "There are no figures to chart."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    QByteArray data;
    if (suffix == u"svg") {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setTitle(chartNames().value(int(chart)));
        svg.setDescription(QStringLiteral("outagedash"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(QCoreApplication::translate("ReportRenderer", "Cannot draw the SVG."));
        paint(chart, painter, rect, analysis, snapshot, theme, at);
        painter.end();
    } else if (suffix == u"png") {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paint(chart, painter, rect, analysis, snapshot, theme, at);
        painter.end();
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return fail(QCoreApplication::translate("ReportRenderer", "Cannot encode the PNG."));
    } else {
        return fail(
            QCoreApplication::translate("ReportRenderer", "Unknown image type \"%1\": use .png or .svg").arg(suffix));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(QCoreApplication::translate("ReportRenderer", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}
