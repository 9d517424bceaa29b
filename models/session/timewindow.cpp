// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/timewindow.h"

#include <QtMath>

namespace {
constexpr double kKeyZoom = 0.5; // one key press halves or doubles the span
constexpr double kKeyPanShare = 0.1; // one arrow press moves a tenth of the view
} // namespace

TimeWindow::TimeWindow(QObject *parent)
    : QObject(parent)
{
}

void TimeWindow::setBounds(TimeMs from, TimeMs to)
{
    m_boundsFrom = from;
    m_boundsTo = qMax(from, to);
    reset();
}

void TimeWindow::extendTo(TimeMs to)
{
    if (to <= m_boundsTo)
        return;
    const bool following = m_viewTo >= m_boundsTo;
    const TimeMs span = m_viewTo - m_viewFrom;
    m_boundsTo = to;
    if (following)
        setView(to - span, to);
}

TimeMs TimeWindow::minimumSpan() const
{
    // A window shorter than a minute can only be shown whole.
    return qMin(kMinimumSpan, m_boundsTo - m_boundsFrom);
}

void TimeWindow::zoomAt(TimeMs anchor, double factor)
{
    if (!(factor > 0) || viewSpan() <= 0)
        return;
    anchor = qBound(m_viewFrom, anchor, m_viewTo);
    const double span = double(viewSpan());
    const double newSpan = qBound(double(minimumSpan()), span * factor, double(m_boundsTo - m_boundsFrom));
    // Keep the anchor's share of the view on both sides, so it stays under the pointer.
    const double before = double(anchor - m_viewFrom) / span;
    const TimeMs from = anchor - qRound64(before * newSpan);
    setView(from, from + qRound64(newSpan));
}

void TimeWindow::pan(TimeMs delta)
{
    setView(m_viewFrom + delta, m_viewTo + delta);
}

void TimeWindow::setView(TimeMs from, TimeMs to)
{
    const TimeMs boundsSpan = m_boundsTo - m_boundsFrom;
    TimeMs span = qBound(minimumSpan(), to - from, boundsSpan);
    if (to - from < span) {
        // Too narrow: widen around the middle of what was asked for.
        const TimeMs middle = from + (to - from) / 2;
        from = middle - span / 2;
    }
    // Slide, never squeeze, into the bounds: panning against an edge keeps the zoom.
    from = qBound(m_boundsFrom, from, m_boundsTo - span);
    to = from + span;
    if (from == m_viewFrom && to == m_viewTo)
        return;
    m_viewFrom = from;
    m_viewTo = to;
    emit viewChanged(from, to);
}

void TimeWindow::reset()
{
    setView(m_boundsFrom, m_boundsTo);
}

bool TimeWindow::applyKey(int key)
{
    const TimeMs centre = m_viewFrom + viewSpan() / 2;
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // '+' without Shift on most layouts
        zoomAt(centre, kKeyZoom);
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAt(centre, 1.0 / kKeyZoom);
        return true;
    case Qt::Key_Left:
        pan(-qRound64(double(viewSpan()) * kKeyPanShare));
        return true;
    case Qt::Key_Right:
        pan(qRound64(double(viewSpan()) * kKeyPanShare));
        return true;
    case Qt::Key_0:
        reset();
        return true;
    default:
        return false;
    }
}
