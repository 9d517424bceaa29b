// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/statetimelinechart.h"

#include "charts/incidentmarks.h"
#include "charts/recoverychartbuilder.h"
#include "charts/servicestatebands.h"
#include "charts/statetimelinepicture.h"
#include "common/timeaxisticks.h"
#include "session/timewindow.h"

#include <QChart>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>

namespace {
using namespace StateTimelinePicture;

// The widget's own layout, for hit tests: the same one paintEvent draws.
Picture pictureOf(const QWidget *widget, const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot,
    QPair<TimeMs, TimeMs> view)
{
    return buildPicture(widget->font(), widget, widget->rect(), analysis, snapshot, view.first, view.second);
}
} // namespace

StateTimelineChart::StateTimelineChart(QWidget *parent)
    : QWidget(parent)
    , m_window(new TimeWindow(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("State timeline: the state of each service over time"));
    setAccessibleDescription(tr("Scroll to zoom, drag to pan; + and − zoom, arrow keys pan, 0 shows all. "
                                "Double-click moves the cursor there."));
    setMinimumHeight(120);
    connect(m_window, &TimeWindow::viewChanged, this, qOverload<>(&QWidget::update));
}

void StateTimelineChart::setData(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const Theme &theme)
{
    m_analysis = analysis;
    m_snapshot = snapshot;
    m_theme = theme;
    // A new incident brings a new window; a theme change keeps the reader's zoom.
    if (m_window && !m_window->hasBounds(analysis.windowStart(), analysis.windowEnd()))
        m_window->setBounds(analysis.windowStart(), analysis.windowEnd());
    update();
}

void StateTimelineChart::setCursorTime(TimeMs time)
{
    m_cursor = time;
    update();
}

void StateTimelineChart::setTimeWindow(TimeWindow *window)
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (m_window) {
        connect(m_window, &TimeWindow::viewChanged, this, qOverload<>(&QWidget::update));
        if (m_analysis.isValid() && !m_window->hasBounds(m_analysis.windowStart(), m_analysis.windowEnd()))
            m_window->setBounds(m_analysis.windowStart(), m_analysis.windowEnd());
    }
    update();
}

void StateTimelineChart::render(QPainter &painter, const QRectF &rect, const IncidentAnalysis &analysis,
    const TimelineSnapshot &snapshot, const Theme &theme, TimeMs viewFrom, TimeMs viewTo, TimeMs cursor)
{
    painter.save();
    Picture pic = buildPicture(painter.font(), painter.device(), rect, analysis, snapshot, viewFrom, viewTo);
    const qreal u = pic.u;
    const QFontMetricsF fm(pic.font, painter.device());
    painter.fillRect(rect, theme.panel);
    for (int i = 0; i < pic.lanes.size(); ++i) {
        const QRectF lane = pic.lanes.at(i);
        painter.setFont(pic.nameFont);
        painter.setPen(theme.text);
        painter.drawText(QRectF(rect.left() + 0.5 * u, lane.top(), lane.left() - rect.left() - u, lane.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, analysis.services().at(i).name);
        painter.save();
        painter.setClipRect(lane);
        painter.setFont(pic.font);
        // An open incident's states are known up to now, not to the window's end an hour on.
        const TimeMs to = qMin(pic.to, RecoveryChartBuilder::drawnEnd(analysis));
        for (const ServiceStateBands::Band &b :
            ServiceStateBands::bands(analysis, snapshot, analysis.services().at(i).key)) {
            if (b.to <= pic.from || b.from >= to)
                continue;
            const QRectF r(
                QPointF(pic.x(qMax(b.from, pic.from)), lane.top()), QPointF(pic.x(qMin(b.to, to)), lane.bottom()));
            ServiceStateBands::fill(painter, r, b.state, theme, u);
            // The symbol too, where there is room: a third cue besides colour and pattern.
            if (r.width() > 2.2 * u && lane.height() > 1.1 * u) {
                painter.setPen(theme.stateTextColour(b.state));
                painter.drawText(
                    r.adjusted(0.4 * u, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, Theme::stateSymbol(b.state));
            }
        }
        painter.restore();
    }

    for (const auto &[box, conflict] : std::as_const(pic.conflicts))
        IncidentMarks::drawConflict(painter, box, theme, u);
    for (int i = 0; i < pic.reportLanes.size(); ++i) {
        const QRectF lane = pic.reportLanes.at(i);
        painter.setFont(pic.nameFont);
        painter.setPen(theme.text);
        painter.drawText(QRectF(rect.left() + 0.5 * u, lane.top(), lane.left() - rect.left() - u, lane.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, pic.reportNames.at(i));
        CommunicationMarks::drawReports(
            painter, lane, [&pic](TimeMs t) { return pic.x(t); }, snapshot.userReports, pic.reportBaselines.at(i),
            pic.from, pic.to, theme, u);
    }
    if (!pic.comms.isEmpty()) {
        painter.setFont(pic.nameFont);
        painter.setPen(theme.text);
        painter.drawText(
            QRectF(rect.left() + 0.5 * u, pic.comms.top(), pic.comms.left() - rect.left() - u, pic.comms.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, CommunicationMarks::laneName());
    }

    // Ticks in the incident's zone, as many as fit; faint lines in the panel's colour run
    // across the lanes under the markers, so they read over every state.
    const QString widest = QLocale().toString(
        QDateTime(QDate(2022, 12, 28), QTime(23, 59)), QCoreApplication::translate("TimeAxisTicks", "d MMM HH:mm"));
    const QList<TimeAxisTick> ticks = TimeAxisTicks::compute(pic.from, pic.to, analysis.timeZone(),
        qMax(2, int(pic.axis.width() / (fm.horizontalAdvance(widest) + 1.5 * u))));
    QColor gridOverLanes = theme.panel;
    gridOverLanes.setAlpha(120);
    for (const TimeAxisTick &tick : ticks) {
        painter.setPen(QPen(gridOverLanes, u / 14));
        painter.drawLine(QPointF(pic.x(tick.time), pic.plot.top()), QPointF(pic.x(tick.time), pic.plot.bottom()));
        painter.setPen(QPen(theme.grid, u / 14));
        painter.drawLine(
            QPointF(pic.x(tick.time), pic.plot.bottom()), QPointF(pic.x(tick.time), pic.axis.top() + 0.3 * u));
    }

    painter.setClipRect(pic.notes.united(pic.plot).adjusted(-u, 0, u, 0));
    for (const NoteGroup &g : pic.noteGroups) {
        painter.setPen(QPen(theme.text, u / 14, Qt::DotLine));
        painter.drawLine(QPointF(g.x, g.icon.bottom()), QPointF(g.x, pic.plot.bottom()));
        drawNoteIcon(painter, g.icon, theme, u);
        if (g.notes.size() > 1) {
            painter.setPen(theme.mutedText);
            painter.drawText(
                QPointF(g.icon.right() + 0.15 * u, g.icon.bottom() - 0.1 * u), QString::number(g.notes.size()));
        }
    }
    for (const Milestone &m : pic.milestones)
        drawMilestone(painter, m.triangle, theme, u);
    IncidentMarks::drawMilestones(
        painter, pic.marks, [&pic](TimeMs t) { return pic.x(t); }, pic.incidentMilestones, theme, u);
    painter.setFont(pic.font);
    CommunicationMarks::draw(
        painter, pic.comms, [&pic](TimeMs t) { return pic.x(t); }, pic.commsMarks, theme, u);
    if (cursor != 0 && cursor >= pic.from && cursor <= pic.to) {
        painter.setPen(QPen(theme.text, u / 8, Qt::DashLine));
        painter.drawLine(QPointF(pic.x(cursor), pic.notes.top()), QPointF(pic.x(cursor), pic.plot.bottom()));
    }
    painter.setClipping(false);

    // Labels; one that would touch its neighbour is left out.
    painter.setFont(pic.font);
    qreal lastRight = -1e9;
    for (TimeAxisTick tick : ticks) {
        // Under 20 hours TimeAxisTicks gives bare times: the first label says which day.
        if (lastRight < -1e8 && pic.to - pic.from <= 20 * 3600 * 1000LL)
            tick.label = QLocale().toString(QDateTime::fromMSecsSinceEpoch(tick.time, analysis.timeZone()),
                QCoreApplication::translate("TimeAxisTicks", "d MMM HH:mm"));
        const qreal w = fm.horizontalAdvance(tick.label);
        const qreal l = qBound(pic.axis.left() - 0.5 * u, pic.x(tick.time) - w / 2, rect.right() - w);
        if (l < lastRight + 0.6 * u)
            continue;
        lastRight = l + w;
        painter.setPen(theme.text);
        painter.drawText(QRectF(l, pic.axis.top() + 0.35 * u, w, u), Qt::AlignCenter | Qt::TextDontClip, tick.label);
    }
    painter.setPen(theme.mutedText);
    painter.setFont(pic.nameFont);
    painter.drawText(QRectF(rect.left() + 0.5 * u, pic.axis.top() + 0.35 * u, pic.axis.left() - rect.left(), u),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, RecoveryChartBuilder::axisTitle(analysis));

    painter.setFont(pic.font);
    for (const LegendItem &item : pic.legend) {
        if (item.kind >= 0)
            ServiceStateBands::fill(painter, item.swatch, ServiceState(item.kind), theme, u);
        else if (item.kind == MilestoneEntry)
            drawMilestone(painter, milestoneTriangle(item.swatch.center().x(), item.swatch.top(), u), theme, u);
        else if (item.kind == ConflictEntry)
            IncidentMarks::drawConflict(painter, item.swatch, theme, u);
        else if (item.kind == IncidentEntry) {
            QList<IncidentMarks::Milestone> sample {{QString(), 1, {0, 2, {}}, {}}};
            const QRectF r = item.swatch;
            IncidentMarks::drawMilestones(
                painter, r, [&r](TimeMs t) { return r.left() + r.width() * (0.1 + 0.4 * double(t)); }, sample, theme,
                u);
        } else
            drawNoteIcon(painter, noteIcon(item.swatch.center().x(), item.swatch.top() - 0.25 * u, u), theme, u);
        painter.setPen(theme.text);
        painter.drawText(
            QPointF(item.swatch.right() + 0.4 * u, item.swatch.center().y() + fm.ascent() / 2 - fm.descent() / 2),
            item.text);
    }
    painter.restore();
}

QPair<TimeMs, TimeMs> StateTimelineChart::view() const
{
    if (m_window && m_window->viewTo() > m_window->viewFrom())
        return {m_window->viewFrom(), m_window->viewTo()};
    return {m_analysis.windowStart(), m_analysis.windowEnd()};
}

QRectF StateTimelineChart::laneRect(const QString &service) const
{
    const QList<Service> &services = m_analysis.services();
    for (int i = 0; i < services.size(); ++i)
        if (services.at(i).key == service)
            return pictureOf(this, m_analysis, m_snapshot, view()).lanes.value(i);
    return {};
}

qreal StateTimelineChart::xForTime(TimeMs time) const
{
    return pictureOf(this, m_analysis, m_snapshot, view()).x(time);
}

TimeMs StateTimelineChart::timeAtX(qreal x) const
{
    const Picture pic = pictureOf(this, m_analysis, m_snapshot, view());
    const double share = qBound(0.0, (x - pic.plot.left()) / qMax<qreal>(1, pic.plot.width()), 1.0);
    return pic.from + qRound64(share * double(pic.to - pic.from));
}

QString StateTimelineChart::toolTipAt(const QPointF &pos) const
{
    const Picture pic = pictureOf(this, m_analysis, m_snapshot, view());
    const QTimeZone zone = m_analysis.timeZone();
    for (const NoteGroup &g : pic.noteGroups) {
        if (!g.icon.adjusted(-0.2 * pic.u, -0.2 * pic.u, 0.6 * pic.u, 0.2 * pic.u).contains(pos))
            continue;
        QString html;
        for (const Annotation &a : g.notes) {
            const Service *s = m_snapshot.service(a.service);
            html += u"<p><b>" + timeText(a.time, zone).toHtmlEscaped() + u"</b>"
                + (s ? u" · " + s->name.toHtmlEscaped() : QString()) + u"<br>" + a.text.toHtmlEscaped() + u"</p>";
        }
        return html;
    }
    for (const Milestone &m : pic.milestones)
        if (m.triangle.boundingRect().adjusted(-0.2 * pic.u, -0.2 * pic.u, 0.2 * pic.u, 0.2 * pic.u).contains(pos))
            return m.text;
    if (pic.marks.contains(pos)) {
        QList<IncidentMarks::Milestone> marks = pic.incidentMilestones;
        IncidentMarks::layout(
            marks, pic.marks, [&pic](TimeMs t) { return pic.x(t); }, pic.u);
        QStringList texts;
        for (const IncidentMarks::Milestone &m : std::as_const(marks))
            if (m.hit.contains(pos))
                texts.append(IncidentMarks::milestoneText(m, zone));
        if (!texts.isEmpty())
            return texts.join(u'\n');
    }
    if (pic.comms.contains(pos)) {
        QList<CommunicationMarks::Mark> marks = pic.commsMarks;
        CommunicationMarks::layout(
            marks, pic.comms, [&pic](TimeMs t) { return pic.x(t); }, pic.u);
        QStringList texts;
        for (const CommunicationMarks::Mark &m : std::as_const(marks))
            if (m.hit.contains(pos))
                texts.append(CommunicationMarks::text(m, pic.communication, zone));
        if (!texts.isEmpty())
            return texts.join(u"\n\n");
    }
    for (int i = 0; i < pic.reportLanes.size(); ++i) {
        if (!pic.reportLanes.at(i).contains(pos))
            continue;
        // The count whose bar is under the pointer: the last at or before its time.
        const TimeMs t = timeAtX(pos.x());
        const UserReportCount *under = nullptr;
        for (const UserReportCount &c : m_snapshot.userReports)
            if (c.service == pic.reportBaselines.at(i).service && c.time <= t && (!under || c.time > under->time))
                under = &c;
        const Service *s = m_snapshot.service(pic.reportBaselines.at(i).service);
        if (under)
            return CommunicationMarks::reportsText(
                *under, pic.reportBaselines.at(i), s ? s->name : under->service, zone);
    }
    for (const auto &[box, conflict] : pic.conflicts)
        if (box.contains(pos))
            if (const Service *s = m_snapshot.service(conflict.service))
                return IncidentMarks::conflictText(conflict, s->name, zone);
    for (int i = 0; i < pic.lanes.size(); ++i) {
        if (!pic.lanes.at(i).contains(pos))
            continue;
        const Service &service = m_analysis.services().at(i);
        const TimeMs t = timeAtX(pos.x());
        for (const ServiceStateBands::Band &b : ServiceStateBands::bands(m_analysis, m_snapshot, service.key))
            if (t >= b.from && t < b.to)
                return tr("%1: %2 %3, %4 – %5")
                    .arg(service.name, Theme::stateSymbol(b.state), ServiceStates::displayName(b.state),
                        timeText(b.from, zone), timeText(b.to, zone));
    }
    return {};
}

void StateTimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    render(painter, rect(), m_analysis, m_snapshot, m_theme, view().first, view().second, m_cursor);
    if (hasFocus()) { // keyboard users must see where the keys go
        painter.setPen(QPen(m_theme.accent, 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

bool StateTimelineChart::event(QEvent *event)
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

void StateTimelineChart::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (!m_window || delta == 0)
        return event->ignore();
    // 0.8 per notch of 120: touchpads send many small deltas and zoom smoothly.
    m_window->zoomAt(timeAtX(event->position().x()), qPow(0.8, delta / 120.0));
    event->accept();
}

void StateTimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_window)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragX = event->position().x();
    m_dragFrom = m_window->viewFrom();
    m_dragTo = m_window->viewTo();
    setCursor(Qt::ClosedHandCursor);
}

void StateTimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !m_window)
        return QWidget::mouseMoveEvent(event);
    // Measured from where the drag began, so rounding never accumulates.
    const double msPerPixel
        = double(m_dragTo - m_dragFrom) / qMax<qreal>(1, pictureOf(this, m_analysis, m_snapshot, view()).plot.width());
    const TimeMs delta = qRound64((m_dragX - event->position().x()) * msPerPixel);
    m_window->setView(m_dragFrom + delta, m_dragTo + delta);
}

void StateTimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
}

void StateTimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit timeClicked(timeAtX(event->position().x()));
}

void StateTimelineChart::keyPressEvent(QKeyEvent *event)
{
    // Esc only un-zooms; with nothing to undo it goes on to the window (it leaves wall mode).
    if (event->key() == Qt::Key_Escape && m_window && m_window->isZoomed())
        m_window->reset();
    else if (!m_window || event->key() == Qt::Key_Escape || !m_window->applyKey(event->key()))
        QWidget::keyPressEvent(event);
}
