// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QObject>

// The time range every chart shows, shared so that zooming or panning one chart moves
// the others with it. 'Bounds' is the incident window; the 'view' is the part shown,
// always inside the bounds and never narrower than a minute (finer than any feed reports).
// Pure logic: the charts turn wheel, drag and keys into these calls.
class TimeWindow final : public QObject {
    Q_OBJECT
public:
    static constexpr TimeMs kMinimumSpan = 60 * 1000;

    explicit TimeWindow(QObject *parent = nullptr);

    // The incident window; the view is reset to all of it.
    void setBounds(TimeMs from, TimeMs to);
    // Live data past the end: the bounds grow to 'to'; a view that reached the old end slides
    // along, keeping its span, in one viewChanged.
    void extendTo(TimeMs to);
    TimeMs boundsFrom() const { return m_boundsFrom; }
    TimeMs boundsTo() const { return m_boundsTo; }
    bool hasBounds(TimeMs from, TimeMs to) const { return m_boundsFrom == from && m_boundsTo == to; }

    TimeMs viewFrom() const { return m_viewFrom; }
    TimeMs viewTo() const { return m_viewTo; }
    TimeMs viewSpan() const { return m_viewTo - m_viewFrom; }
    bool isZoomed() const { return m_viewFrom != m_boundsFrom || m_viewTo != m_boundsTo; }

    // factor < 1 zooms in, > 1 out; the time under 'anchor' stays where it is on screen
    // unless the bounds push the view aside.
    void zoomAt(TimeMs anchor, double factor);
    // Moves the view by 'delta', stopping at the bounds without changing the span.
    void pan(TimeMs delta);
    // Shows from..to, widened to the minimum span and moved inside the bounds.
    void setView(TimeMs from, TimeMs to);
    void reset();

    // The keys every chart shares: + and − zoom at the centre, ← and → pan by a tenth
    // of the view, 0 shows all. Returns false for any other key.
    bool applyKey(int key);

signals:
    void viewChanged(TimeMs from, TimeMs to);

private:
    TimeMs minimumSpan() const;

    TimeMs m_boundsFrom = 0;
    TimeMs m_boundsTo = 0;
    TimeMs m_viewFrom = 0;
    TimeMs m_viewTo = 0;
};
