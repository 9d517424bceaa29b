// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/records.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class DashboardSession;
class DependencyView;
class QLabel;
class QStackedWidget;
class RecoveryChartView;
class StateTimelineChart;
class WallFitPanel;
class WallProgress;
class WallTile;

// The wall display: a top-level window for a NOC screen, readable from across the room.
// One big tile per service, the headline, time since the incident began and a clock in the
// incident's zone; the views (tiles, recovery, state timeline, dependencies) rotate on an
// interval with a thin progress line. Values are updated in place as data arrives.
class WallWindow final : public QWidget {
    Q_OBJECT
public:
    enum View { Overview, Recovery, StateTimeline, Dependencies, ViewCount };

    explicit WallWindow(DashboardSession *session, QWidget *parent = nullptr);
    ~WallWindow() override;

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    // 0 stops the rotation. Remembered in the settings (wall/rotateSeconds).
    void setRotateSeconds(int seconds);
    int rotateSeconds() const { return m_rotateSeconds; }
    // The views that rotate, by key (overview, recovery, timeline, dependencies); wall/views.
    void setViews(const QStringList &keys);
    static QStringList viewKeys();
    View currentView() const;
    void showView(View view);
    // Full screen on screen n of QGuiApplication::screens() (wall/screen); -1: the current one.
    void showOnScreen(int screen);

    QList<WallTile *> tiles() const { return m_tiles; }
    QTimer *rotationTimer() { return &m_rotate; }
    QString headlineText() const;
    const QLabel *headlineLabel() const { return m_headline; }
    QString elapsedText() const;
    // The smallest text the wall draws on a screen this tall (landscape): 2.5 % of it.
    static int textPixels(int screenHeight);
    RecoveryChartView *recoveryView() const { return m_recovery; }
    StateTimelineChart *timelineView() const { return m_timeline; }
    DependencyView *dependencyView() const { return m_dependencies; }
    QString clockText() const;

public slots:
    void nextView();
    void refreshAnalysis();
    void refreshValues();

signals:
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A finished incident opened on the wall shows its outcome (the cursor at its resolution),
    // once per incident, unless someone has already moved the cursor into it.
    void showOutcomeOfFinishedIncident();
    void layoutTiles();
    void tick();
    void retranslate();
    void setCursorHidden(bool hidden);

    DashboardSession *m_session;
    Theme m_theme = Theme::dark();
    WallFitPanel *m_header;
    QLabel *m_headline;
    QLabel *m_elapsed;
    QLabel *m_clock;
    QLabel *m_zone;
    QLabel *m_viewTitle;
    QLabel *m_incident;
    WallFitPanel *m_titleBar;
    QStackedWidget *m_stack;
    QWidget *m_overview;
    RecoveryChartView *m_recovery;
    StateTimelineChart *m_timeline;
    DependencyView *m_dependencies;
    WallProgress *m_progress;
    QList<WallTile *> m_tiles;
    QStringList m_tileKeys;
    QList<View> m_views;
    QTimer m_rotate;
    QTimer m_clockTimer;
    QString m_clockFormat; // the format the clock was last sized for
    QTimer m_idle;
    QElapsedTimer m_sinceRotate;
    int m_rotateSeconds = 20;
    bool m_cursorHidden = false;
    QString m_outcomeShownFor;
};
