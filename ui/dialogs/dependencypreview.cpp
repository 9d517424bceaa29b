// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dependencypreview.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLocale>
#include <QPainterPath>
#include <QResizeEvent>
#include <QtMath>

namespace {
// Depth = the longest chain of needs below a service; on a cycle the chain stops where it began.
int depthOf(const QString &key, const QHash<QString, QStringList> &needs, QHash<QString, int> &memo, QStringList &path)
{
    if (memo.contains(key))
        return memo.value(key);
    if (path.contains(key))
        return 0;
    path.append(key);
    int depth = 0;
    for (const QString &next : needs.value(key))
        depth = qMax(depth, depthOf(next, needs, memo, path) + 1);
    path.removeLast();
    memo.insert(key, depth);
    return depth;
}
} // namespace

DependencyPreview::DependencyPreview(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 160);
    setAccessibleName(tr("Dependency graph preview"));
    setToolTip(tr("What the dependencies will look like: an arrow goes from a service to what it needs"));
}

void DependencyPreview::setCatalogue(const QList<Service> &services, const QList<Dependency> &dependencies)
{
    QGraphicsScene *s = scene();
    s->clear();
    QHash<QString, QStringList> needs;
    QHash<QString, QString> names;
    for (const Service &service : services)
        names.insert(service.key, service.name.isEmpty() ? service.key : service.name);
    for (const Dependency &d : dependencies)
        if (names.contains(d.service) && names.contains(d.dependsOn))
            needs[d.service].append(d.dependsOn);
    QHash<QString, int> memo;
    QList<QStringList> layers;
    for (const Service &service : services) {
        if (service.key.isEmpty())
            continue;
        QStringList path;
        const int depth = depthOf(service.key, needs, memo, path);
        while (layers.size() <= depth)
            layers.append(QStringList());
        layers[depth].append(service.key);
    }
    const QFont font = this->font();
    const QFontMetricsF fm(font);
    const qreal boxH = fm.height() + 8;
    const qreal gapY = boxH * 1.8;
    QHash<QString, QRectF> boxes;
    const QPalette pal = palette();
    m_nodes = 0;
    for (int layer = 0; layer < layers.size(); ++layer) {
        qreal x = 0;
        for (const QString &key : layers.at(layer)) {
            const QString text = fm.elidedText(names.value(key), Qt::ElideRight, 160);
            const QRectF box(x, layer * (boxH + gapY), fm.horizontalAdvance(text) + 14, boxH);
            s->addRect(box, QPen(pal.color(QPalette::WindowText), 1), pal.brush(QPalette::Base));
            auto *label = s->addSimpleText(text, font);
            label->setBrush(pal.color(QPalette::Text));
            label->setPos(box.left() + 7, box.top() + 4);
            boxes.insert(key, box);
            x = box.right() + 16;
            ++m_nodes;
        }
    }
    m_edges = 0;
    const QLocale locale;
    for (const Dependency &d : dependencies) {
        if (!boxes.contains(d.service) || !boxes.contains(d.dependsOn) || d.service == d.dependsOn)
            continue;
        const QRectF from = boxes.value(d.service), to = boxes.value(d.dependsOn);
        const QPointF a(from.center().x(), from.top()), b(to.center().x(), to.bottom());
        QPainterPath path(a);
        path.lineTo(b);
        const QPen pen(pal.color(QPalette::Highlight), 1.5);
        s->addPath(path, pen);
        // The head points at what is needed.
        const qreal angle = qAtan2(a.y() - b.y(), a.x() - b.x());
        QPolygonF head;
        head << b << b + QPointF(qCos(angle + 0.4) * 8, qSin(angle + 0.4) * 8)
             << b + QPointF(qCos(angle - 0.4) * 8, qSin(angle - 0.4) * 8);
        s->addPolygon(head, pen, pal.brush(QPalette::Highlight));
        auto *share = s->addSimpleText(tr("%1 %").arg(locale.toString(d.share * 100, 'f', 0)), font);
        share->setBrush(pal.color(QPalette::Text));
        share->setPos((a + b) / 2 + QPointF(4, -fm.height() / 2));
        ++m_edges;
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-8, -8, 8, 8));
    fit();
}

void DependencyPreview::fit()
{
    // Shrunk to fit, never blown up: a two-box catalogue keeps its text size.
    resetTransform();
    const QRectF r = sceneRect();
    if (r.isEmpty())
        return;
    const qreal k = qMin(1.0, qMin(viewport()->width() / r.width(), viewport()->height() / r.height()));
    scale(k, k);
}

void DependencyPreview::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}
