// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpainter.h"

#include "charts/comparechartbuilder.h"
#include "charts/recoverychartbuilder.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace {
constexpr qreal kSceneDpi = 96;

QFont pixelFont(QFont font, const QStringList &families)
{
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setStyleStrategy(QFont::PreferNoShaping); // searchable text in a PDF: no ligatures
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : 8;
    font.setPixelSize(qMax(1, qRound(points * kSceneDpi / 72.0)));
    return font;
}

void paint(QPainter &painter, std::unique_ptr<QChart> built, const QRectF &target, const ChartPainter::Style &style)
{
    const QSizeF sceneSize(target.width() / style.targetDpi * kSceneDpi, target.height() / style.targetDpi * kSceneDpi);
    if (style.targetDpi != kSceneDpi || !style.fontFamilies.isEmpty()) {
        built->setBackgroundVisible(false);
        built->setTitleFont(pixelFont(built->titleFont(), style.fontFamilies));
        built->legend()->setFont(pixelFont(built->legend()->font(), style.fontFamilies));
        const auto axes = built->axes();
        for (QAbstractAxis *axis : axes) {
            axis->setLabelsFont(pixelFont(axis->labelsFont(), style.fontFamilies));
            axis->setTitleFont(pixelFont(axis->titleFont(), style.fontFamilies));
        }
    }
    QGraphicsScene scene;
    scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    QChart *chart = built.release(); // the scene owns it from here
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), sceneSize));
    scene.setSceneRect(QRectF(QPointF(0, 0), sceneSize));
    // The chart lays its axes and series out on posted events; run them for this chart only,
    // so rendering never re-enters the rest of the application.
    QCoreApplication::sendPostedEvents(chart);
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents(chart);
    painter.save();
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}
} // namespace

bool ChartPainter::canPaint()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

bool ChartPainter::paintRecovery(
    QPainter &painter, const QRectF &target, const IncidentAnalysis &analysis, const Theme &theme, const Style &style)
{
    if (!canPaint())
        return false;
    RecoveryChartBuilder::Options options;
    options.fontPointSize = style.fontPointSize;
    options.showTitle = style.showTitle;
    paint(painter, RecoveryChartBuilder::build(analysis, theme, options), target, style);
    return true;
}

bool ChartPainter::paintCompare(QPainter &painter, const QRectF &target, const IncidentAnalysis &a,
    const IncidentAnalysis &b, const Theme &theme, const Style &style)
{
    if (!canPaint())
        return false;
    CompareChartBuilder::Options options;
    options.fontPointSize = style.fontPointSize;
    options.showTitle = style.showTitle;
    paint(painter, CompareChartBuilder::build(a, b, theme, options), target, style);
    return true;
}
