// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/records.h"

#include <QMainWindow>

class DashboardSession;
class ImportController;
class IncidentActions;
class IncidentHeaderWidget;
class LiveFeedController;
class QComboBox;
class QToolBar;
class WindowPanes;
class AnnotationController;
class DashboardViews;
class RecoveryChartView;
class ReplayBar;
class ReplayController;
class StatusBoardWidget;
class TimeCursorWidget;
class TimelineView;
class WallWindow;
class WindowActions;

// Assembles the dashboard and wires its parts; the work happens in the session
// (data), the import controller (ingest) and the report renderer.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DashboardSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    // The wall display (WallWindow, owned here) full screen in place of this window; Esc or
    // F11 leaves and this window comes back.
    void setWallMode(bool on);
    bool isWallMode() const { return m_wall; }
    WallWindow *wallWindow() const { return m_wallWindow; }
    // The wall's theme (dark by default; --theme light works on the wall too).
    void setWallTheme(const Theme &theme);
    ImportController *importController() const { return m_import; }
    LiveFeedController *liveFeeds() const { return m_live; }
    // Starts the live sources of a sources file (pollers, followers, listener); false with a message.
    bool startLiveSources(const QString &path, QString *error);
    StatusBoardWidget *statusBoard() const { return m_board; }
    RecoveryChartView *chartView() const;
    DashboardViews *views() const { return m_views; }
    ReplayController *replay() const { return m_replay; }
    AnnotationController *notes() const { return m_notes; }
    TimelineView *timelineView() const { return m_timeline; }
    IncidentHeaderWidget *header() const { return m_header; }
    QComboBox *incidentPicker() const { return m_incidents; }
    IncidentActions *incidentActions() const { return m_actions; }
    // File, View, Notes and Help: import, report, sources, rejects, counting method.
    WindowActions *windowActions() const { return m_menus; }
    static constexpr int compactBelowHeight = 1050;
    // "<incident> — <database file> — Outage Impact Dashboard": which of several windows is which.
    QString titleFor() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitToScreen();
    void refreshAnalysis();
    void refreshCursor();
    void refreshTimeRanges();
    // Toolbar, header, tiles, replay, views, then the timeline: the order the eye reads them.
    void orderTabStops();

    DashboardSession *m_session;
    ImportController *m_import;
    LiveFeedController *m_live;
    Theme m_theme = Theme::light();
    IncidentHeaderWidget *m_header;
    IncidentActions *m_actions;
    StatusBoardWidget *m_board;
    TimeCursorWidget *m_cursor;
    DashboardViews *m_views;
    ReplayController *m_replay;
    ReplayBar *m_replayBar = nullptr;
    WindowPanes *m_panes = nullptr;
    AnnotationController *m_notes;
    TimelineView *m_timeline;
    QComboBox *m_incidents;
    QToolBar *m_toolBar = nullptr;
    WindowActions *m_menus;
    WallWindow *m_wallWindow = nullptr;
    Theme m_wallTheme = Theme::dark();
    bool m_wall = false;
    bool m_ready = false; // views are fed once, at the end of construction
};
