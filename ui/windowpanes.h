// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

class QScrollArea;
class TimelineView;

// The main window's three panes, each resizable and remembered between runs: the summary
// (header and tiles, scrolling when there is no room), the charts with the replay row, and the
// timeline underneath both. A tall window stacks summary over charts; a short one (a laptop)
// puts the summary beside the charts, which then keep the height a chart needs.
class WindowPanes final : public QSplitter {
    Q_OBJECT
public:
    WindowPanes(QWidget *summary, QWidget *charts, TimelineView *timeline, QWidget *parent = nullptr);

    QScrollArea *summaryPane() const { return m_summaryPane; }
    QSplitter *upper() const { return m_upper; }
    bool isSideBySide() const { return m_upper->orientation() == Qt::Horizontal; }
    // Side by side, the summary pane is given summaryWidth (wide enough for two tile columns).
    void setSideBySide(bool sideBySide, int summaryWidth);

    void restoreSizes();
    void saveSizes() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void placeDefaults();

    QScrollArea *m_summaryPane;
    QSplitter *m_upper;
    TimelineView *m_timeline;
    int m_summaryWidth = 0;
    bool m_placed = false; // sizes restored from the settings or set once, for this orientation
};
