// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

#include <QWidget>

// The services as boxes and their dependencies as arrows from a service to what it needs,
// each labelled with the share of the service's users a failure there reaches. Boxes show
// the state (colour, symbol and word) and the people affected at the cursor, own and
// through dependencies. Layered by dependency depth: what everything needs is at the top.
// render() draws the same picture on any painter, so the PDF report gets vectors.
class DependencyView final : public QWidget {
    Q_OBJECT
public:
    explicit DependencyView(QWidget *parent = nullptr);

    void setData(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const Theme &theme);
    void setCursorTime(TimeMs time);
    TimeMs cursorTime() const { return m_cursor; }
    // Where a service's box is on the widget; empty for an unknown key.
    QRectF nodeRect(const QString &key) const;
    // The smallest text the view draws at its size, in pixels (it shrinks text to fit).
    int smallestTextPixels() const;

    static void render(QPainter &painter, const QRectF &rect, const IncidentAnalysis &analysis,
        const TimelineSnapshot &snapshot, const Theme &theme, TimeMs at);
    // The moment "Dependencies at the peak" shows: when the most people were affected through
    // dependencies. Not the overall peak: there every service is down on its own, a person is
    // counted under their own service's failure first, and every box read 0 through
    // dependencies. The overall peak when nobody ever was affected through one.
    static TimeMs peakAt(const IncidentAnalysis &analysis);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString toolTipAt(const QPointF &pos) const;

    IncidentAnalysis m_analysis;
    TimelineSnapshot m_snapshot;
    Theme m_theme = Theme::light();
    TimeMs m_cursor = 0;
};
