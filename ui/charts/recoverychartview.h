#pragma once

#include "incidentanalysis.h"
#include "theme.h"

#include <QChartView>

// The recovery chart on screen: the shared chart plus a cursor line at the time the
// tiles show. Drag a rectangle to zoom, right-click or Esc to zoom back out.
class RecoveryChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit RecoveryChartView(QWidget *parent = nullptr);
    void setAnalysis(const IncidentAnalysis &analysis, const Theme &theme);
    void setCursorTime(TimeMs time);
    int seriesCount() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    TimeMs m_cursor = 0;
    Theme m_theme = Theme::light();
};
