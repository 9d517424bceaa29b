// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dependencyview.h"

#include "charts/servicestatebands.h"
#include "common/timeaxisticks.h"

#include "impact/figurerange.h"

#include <QFontInfo>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
using View = DependencyView;

struct Edge {
    int from = 0; // the dependent service (index into the analysis' services)
    int to = 0; // what it needs
    double share = 1.0;
    QString note;
    QPainterPath path; // ends just below the dependency's box, where the head starts
    QPolygonF head;
    QRectF label;
};
// Where everything goes. Sizes are multiples of the line height 'u', so the picture keeps
// its proportions on screen and on a 1200 dpi PDF page alike.
struct Graph {
    qreal u = 0;
    QFont font, textFont, nameFont; // text and name fonts are shrunk until every box fits
    QList<QRectF> nodes; // per service
    QList<Edge> edges;
    QRectF caption;
    QString captionText;
};

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return font;
}

QString timeText(TimeMs t, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone), DependencyView::tr("d MMM HH:mm")) + u' '
        + TimeAxisTicks::zoneAbbreviation(zone, t);
}

QString shareText(double share)
{
    return DependencyView::tr("%1 %").arg(QLocale().toString(share * 100, 'f', share < 0.1 ? 1 : 0));
}

bool hasDependencies(const QList<Edge> &edges, int service)
{
    return std::any_of(edges.cbegin(), edges.cend(), [service](const Edge &e) { return e.from == service; });
}

// The box's lines: name, state, people affected, and the split when it has dependencies.
QStringList nodeLines(
    const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, int i, TimeMs at, bool withSplit)
{
    const Service &service = analysis.services().at(i);
    const ServiceState state = ServiceStateBands::stateAt(analysis, snapshot, service.key, at);
    const ServiceImpact *impact = analysis.result().find(service.key);
    const ImpactPoint p = impact ? impact->at(at) : ImpactPoint {};
    const QLocale locale;
    QStringList lines {service.name, Theme::stateSymbol(state) + u' ' + ServiceStates::displayName(state)};
    // Without a user count there are no people to split: the share of its users holds.
    if (impact && !impact->users) {
        lines << DependencyView::tr("%1 of users affected").arg(FigureRange::share(1.0 - p.effectiveAvailability));
        return lines;
    }
    lines << DependencyView::tr("%1 affected").arg(locale.toString(qRound64(p.affected())));
    if (withSplit)
        lines << DependencyView::tr("%1 own").arg(locale.toString(qRound64(p.affectedOwn)))
              << DependencyView::tr("%1 through dependencies").arg(locale.toString(qRound64(p.affectedInherited)));
    return lines;
}

// Sugiyama-style: layers by depth, long edges through placeholder slots so they never
// cross a box, a few barycentre sweeps against crossings. Ties keep the input order,
// so the same data always gives the same picture.
Graph buildGraph(const QFont &font, const QPaintDevice *device, const QRectF &rect, const IncidentAnalysis &analysis,
    const TimelineSnapshot &snapshot, TimeMs at)
{
    Graph g;
    const QList<Service> &services = analysis.services();
    const int n = int(services.size());
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(services.at(i).key, i);
    for (const Dependency &d : analysis.input().dependencies)
        if (index.contains(d.service) && index.contains(d.dependsOn) && d.service != d.dependsOn)
            g.edges.append({index.value(d.service), index.value(d.dependsOn), d.share, d.note, {}, {}, {}});
    QList<int> itemLayer(n, 0);
    for (int pass = 0; pass < n; ++pass) // longest path; bounded, so even a cycle ends
        for (const Edge &e : std::as_const(g.edges))
            itemLayer[e.from] = qMax(itemLayer[e.from], qMin(itemLayer[e.to] + 1, n));
    const int layers = n ? *std::max_element(itemLayer.cbegin(), itemLayer.cend()) + 1 : 0;
    QList<QList<int>> chains; // per edge: dependent, placeholders upwards, dependency
    for (const Edge &e : std::as_const(g.edges)) {
        QList<int> chain {e.from};
        for (int k = itemLayer[e.from] - 1; k > itemLayer[e.to]; --k) {
            chain.append(int(itemLayer.size()));
            itemLayer.append(k);
        }
        chains.append(chain << e.to);
    }
    const int items = int(itemLayer.size());
    QList<QList<int>> above(items), below(items), rows(layers);
    for (const QList<int> &chain : std::as_const(chains))
        for (int j = 0; j + 1 < chain.size(); ++j) {
            above[chain[j]].append(chain[j + 1]);
            below[chain[j + 1]].append(chain[j]);
        }
    for (int item = 0; item < items; ++item)
        if (itemLayer[item] >= 0 && itemLayer[item] < layers)
            rows[itemLayer[item]].append(item);
    QList<double> pos(items, 0.5);
    const auto order = [&](QList<int> &row, const QList<QList<int>> &neighbours) {
        QHash<int, double> key;
        for (int item : std::as_const(row)) {
            double sum = 0;
            for (int other : neighbours[item])
                sum += pos[other];
            key[item] = neighbours[item].isEmpty() ? pos[item] : sum / neighbours[item].size();
        }
        std::stable_sort(row.begin(), row.end(), [&](int a, int b) { return key[a] < key[b]; });
        for (int j = 0; j < row.size(); ++j)
            pos[row[j]] = (j + 0.5) / row.size();
    };
    for (const QList<int> &row : std::as_const(rows))
        for (int j = 0; j < row.size(); ++j)
            pos[row[j]] = (j + 0.5) / row.size();
    for (int sweep = 0; sweep < 4; ++sweep) {
        for (int k = 1; k < layers; ++k)
            order(rows[k], above);
        for (int k = layers - 2; k >= 0; --k)
            order(rows[k], below);
    }

    // Shrink everything until the layers and the caption fit the height.
    g.captionText
        = DependencyView::tr("Arrows point from a service to what it needs; the label is the share of its users "
                             "that a failure there reaches. People affected at %1.")
              .arg(timeText(at, analysis.timeZone()));
    qreal factor = 1, boxHeight = 0, captionHeight = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        g.font = scaled(font, factor);
        const QFontMetricsF fm(g.font, device);
        g.u = fm.height();
        boxHeight = 5 * fm.lineSpacing() + 0.8 * g.u;
        captionHeight
            = fm.boundingRect(QRectF(0, 0, rect.width() - g.u, 1e6), Qt::TextWordWrap, g.captionText).height();
        // Between layers, room for the share labels on the arrows (a line and a half): more
        // was taken from the text, which on a wall is what must stay readable from five metres.
        const qreal needed = layers * boxHeight + qMax(0, layers - 1) * 1.6 * g.u + captionHeight + 1.5 * g.u;
        if (needed <= rect.height() || factor < 0.3)
            break;
        factor *= rect.height() / needed * 0.98;
    }
    const qreal u = g.u, slot = 1.2 * u, minGap = 1.2 * u;
    qreal boxWidth = 16 * u;
    for (const QList<int> &row : std::as_const(rows)) {
        const int real = int(std::count_if(row.cbegin(), row.cend(), [n](int item) { return item < n; }));
        if (real > 0)
            boxWidth
                = qMin(boxWidth, (rect.width() - u - (row.size() + 1) * minGap - (row.size() - real) * slot) / real);
    }
    boxWidth = qMax(boxWidth, 2 * u);
    const qreal usable = rect.height() - captionHeight - 1.5 * u;
    const qreal rowGap = layers > 1 ? qBound(0.0, (usable - layers * boxHeight) / (layers - 1), 8 * u) : 0;
    const qreal top = rect.top() + 0.5 * u + qMax(0.0, (usable - layers * boxHeight - (layers - 1) * rowGap) / 2);
    g.nodes.resize(n);
    QList<qreal> centreX(items);
    for (int k = 0; k < layers; ++k) {
        qreal sum = 0;
        for (int item : std::as_const(rows[k]))
            sum += item < n ? boxWidth : slot;
        const qreal gap = qMin((rect.width() - sum) / (rows[k].size() + 1), 6 * u);
        qreal x = rect.left() + (rect.width() - sum - (rows[k].size() - 1) * gap) / 2;
        for (int item : std::as_const(rows[k])) {
            const qreal w = item < n ? boxWidth : slot;
            if (item < n)
                g.nodes[item] = QRectF(x, top + k * (boxHeight + rowGap), w, boxHeight);
            centreX[item] = x + w / 2;
            x += w + gap;
        }
    }
    g.caption = QRectF(rect.left() + 0.5 * u, rect.bottom() - captionHeight - 0.5 * u, rect.width() - u, captionHeight);

    // One port per edge along the box's top (out) and bottom (in), in the order the edges
    // leave, so arrows fan out instead of meeting in a point.
    QList<QPointF> outPort(g.edges.size()), inPort(g.edges.size());
    for (int i = 0; i < n; ++i) {
        QList<int> outs, ins;
        for (int e = 0; e < g.edges.size(); ++e) {
            if (g.edges[e].from == i)
                outs.append(e);
            if (g.edges[e].to == i)
                ins.append(e);
        }
        std::stable_sort(
            outs.begin(), outs.end(), [&](int a, int b) { return centreX[chains[a][1]] < centreX[chains[b][1]]; });
        std::stable_sort(ins.begin(), ins.end(), [&](int a, int b) {
            return centreX[chains[a][chains[a].size() - 2]] < centreX[chains[b][chains[b].size() - 2]];
        });
        const QRectF box = g.nodes[i];
        for (int j = 0; j < outs.size(); ++j)
            outPort[outs[j]] = QPointF(box.left() + box.width() * (j + 1) / (outs.size() + 1), box.top());
        for (int j = 0; j < ins.size(); ++j)
            inPort[ins[j]] = QPointF(box.left() + box.width() * (j + 1) / (ins.size() + 1), box.bottom());
    }
    QFont labelFont = g.font;
    const QFontMetricsF lm(labelFont, device);
    for (int e = 0; e < g.edges.size(); ++e) {
        Edge &edge = g.edges[e];
        QList<QPointF> points {outPort[e]};
        for (int j = 1; j + 1 < chains[e].size(); ++j) {
            const qreal rowTop = top + itemLayer[chains[e][j]] * (boxHeight + rowGap);
            points << QPointF(centreX[chains[e][j]], rowTop + boxHeight) << QPointF(centreX[chains[e][j]], rowTop);
        }
        const QPointF tip = inPort[e];
        points << tip + QPointF(0, 0.6 * u);
        edge.head = QPolygonF({tip, tip + QPointF(-0.3 * u, 0.6 * u), tip + QPointF(0.3 * u, 0.6 * u)});
        // Curves between layers, straight through a placeholder slot.
        edge.path.moveTo(points[0]);
        QPainterPath first;
        for (int j = 0; j + 1 < points.size(); ++j) {
            const QPointF a = points[j], b = points[j + 1];
            if (j % 2) {
                edge.path.lineTo(b);
                continue;
            }
            const qreal midY = (a.y() + b.y()) / 2;
            edge.path.cubicTo(QPointF(a.x(), midY), QPointF(b.x(), midY), b);
            if (j == 0) {
                first.moveTo(a);
                first.cubicTo(QPointF(a.x(), midY), QPointF(b.x(), midY), b);
            }
        }
        // The share label sits on the first curve, where the arrows are still apart;
        // it moves along the curve until it touches no box and no other label.
        const QSizeF size(lm.horizontalAdvance(shareText(edge.share)) + 0.6 * u, lm.height() + 0.2 * u);
        const auto clashes = [&](const QRectF &r) {
            for (const QRectF &box : std::as_const(g.nodes))
                if (box.intersects(r))
                    return true;
            for (int other = 0; other < e; ++other)
                if (g.edges[other].label.intersects(r))
                    return true;
            return false;
        };
        for (qreal t : {0.35, 0.5, 0.2, 0.65, 0.8, 0.35}) {
            edge.label = QRectF(first.pointAtPercent(t) - QPointF(size.width() / 2, size.height() / 2), size);
            if (!clashes(edge.label))
                break;
        }
    }

    // Box text: one size for all boxes, the largest at which every line fits its box.
    const QFontMetricsF fm(g.font, device);
    QFont bold = g.font;
    bold.setBold(true);
    const QFontMetricsF bm(bold, device);
    qreal widest = 1;
    for (int i = 0; i < n; ++i) {
        const QStringList lines = nodeLines(analysis, snapshot, i, at, hasDependencies(g.edges, i));
        widest = qMax(widest, bm.horizontalAdvance(lines.first()));
        for (int j = 1; j < lines.size(); ++j)
            widest = qMax(widest, fm.horizontalAdvance(lines[j]));
    }
    const qreal fit = qMin<qreal>(1.0, (boxWidth - 0.8 * u) / widest);
    g.textFont = scaled(g.font, fit);
    g.nameFont = scaled(bold, fit);
    return g;
}

Graph widgetGraph(const QWidget *widget, const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, TimeMs at)
{
    return buildGraph(widget->font(), widget, widget->rect(), analysis, snapshot, at ? at : analysis.windowStart());
}
} // namespace

DependencyView::DependencyView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Dependency view: services, what they need, and the people affected at the cursor"));
}

void DependencyView::setData(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const Theme &theme)
{
    m_analysis = analysis;
    m_snapshot = snapshot;
    m_theme = theme;
    update();
}

void DependencyView::setCursorTime(TimeMs time)
{
    m_cursor = time;
    update();
}

int DependencyView::smallestTextPixels() const
{
    const Graph g = widgetGraph(this, m_analysis, m_snapshot, m_cursor);
    const auto pixels = [](const QFont &f) { return QFontInfo(f).pixelSize(); };
    return std::min({pixels(g.font), pixels(g.textFont), pixels(g.nameFont)});
}

QRectF DependencyView::nodeRect(const QString &key) const
{
    const QList<Service> &services = m_analysis.services();
    for (int i = 0; i < services.size(); ++i)
        if (services.at(i).key == key)
            return widgetGraph(this, m_analysis, m_snapshot, m_cursor).nodes.value(i);
    return {};
}

QSize DependencyView::sizeHint() const
{
    return QSize(fontMetrics().height() * 50, fontMetrics().height() * 30);
}

QSize DependencyView::minimumSizeHint() const
{
    return QSize(fontMetrics().height() * 20, fontMetrics().height() * 12);
}

void DependencyView::render(QPainter &painter, const QRectF &rect, const IncidentAnalysis &analysis,
    const TimelineSnapshot &snapshot, const Theme &theme, TimeMs at)
{
    painter.save();
    painter.fillRect(rect, theme.panel);
    if (analysis.services().isEmpty()) {
        painter.setPen(theme.mutedText);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, tr("No services to show"));
        painter.restore();
        return;
    }
    if (at == 0) // no cursor yet: the start of the window
        at = analysis.windowStart();
    const Graph g = buildGraph(painter.font(), painter.device(), rect, analysis, snapshot, at);
    const qreal u = g.u;
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Edge &e : g.edges) {
        // Thicker for a larger share: the heavier the dependence, the heavier the line.
        painter.setPen(QPen(theme.mutedText, u * (0.05 + 0.1 * e.share), Qt::SolidLine, Qt::FlatCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(e.path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.mutedText);
        painter.drawPolygon(e.head);
    }
    for (int i = 0; i < g.nodes.size(); ++i) {
        const QRectF box = g.nodes[i];
        const ServiceState state = ServiceStateBands::stateAt(analysis, snapshot, analysis.services().at(i).key, at);
        painter.setPen(QPen(theme.text, u / 14));
        painter.setBrush(theme.stateColour(state));
        painter.drawRoundedRect(box, 0.35 * u, 0.35 * u);
        const QStringList lines = nodeLines(analysis, snapshot, i, at, hasDependencies(g.edges, i));
        const qreal nameHeight = QFontMetricsF(g.nameFont, painter.device()).lineSpacing();
        const qreal lineHeight = QFontMetricsF(g.textFont, painter.device()).lineSpacing();
        qreal y = box.center().y() - (nameHeight + (lines.size() - 1) * lineHeight) / 2;
        painter.setPen(theme.stateTextColour(state));
        for (int j = 0; j < lines.size(); ++j) {
            painter.setFont(j == 0 ? g.nameFont : g.textFont);
            const qreal h = j == 0 ? nameHeight : lineHeight;
            painter.drawText(QRectF(box.left(), y, box.width(), h), Qt::AlignCenter | Qt::TextDontClip, lines[j]);
            y += h;
        }
    }
    painter.setFont(g.font);
    for (const Edge &e : g.edges) {
        painter.setPen(QPen(theme.grid, u / 14));
        painter.setBrush(theme.panel);
        painter.drawRoundedRect(e.label, 0.25 * u, 0.25 * u);
        painter.setPen(theme.text);
        painter.drawText(e.label, Qt::AlignCenter | Qt::TextDontClip, shareText(e.share));
    }
    painter.setPen(theme.mutedText);
    painter.drawText(g.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, g.captionText);
    painter.restore();
}

TimeMs DependencyView::peakAt(const IncidentAnalysis &analysis)
{
    const ImpactResult &r = analysis.result();
    double most = 0;
    std::optional<TimeMs> at;
    for (const ImpactPoint &p : r.total)
        if (p.affectedInherited > most) {
            most = p.affectedInherited;
            at = p.time;
        }
    return at.value_or(r.peakTotalAt.value_or(analysis.origin()));
}

QString DependencyView::toolTipAt(const QPointF &pos) const
{
    const Graph g = widgetGraph(this, m_analysis, m_snapshot, m_cursor);
    const QList<Service> &services = m_analysis.services();
    for (const Edge &e : g.edges)
        if (e.label.contains(pos))
            return u"<p>"
                + tr("%1 needs %2: a failure there reaches %3 of its users.")
                      .arg(services.at(e.from).name, services.at(e.to).name, shareText(e.share))
                      .toHtmlEscaped()
                + u"</p><p>" + e.note.toHtmlEscaped() + u"</p>";
    for (int i = 0; i < g.nodes.size(); ++i)
        if (g.nodes[i].contains(pos))
            return u"<p><b>" + services.at(i).name.toHtmlEscaped() + u"</b> · "
                + (services.at(i).users ? tr("%1 users").arg(QLocale().toString(*services.at(i).users))
                                        : tr("users unknown"))
                + u"</p><p>" + services.at(i).note.toHtmlEscaped() + u"</p>";
    return {};
}

bool DependencyView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void DependencyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    render(painter, rect(), m_analysis, m_snapshot, m_theme, m_cursor);
    if (hasFocus()) { // keyboard users must see where focus is
        painter.setPen(QPen(m_theme.accent, 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}
