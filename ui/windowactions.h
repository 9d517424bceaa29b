// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class DashboardSession;
class MainWindow;
class QAction;
class QLabel;
class QMenu;
class QMenuBar;

// The File, View, Notes and Help menus and what they open (import, report, sources, rejects,
// the counting method, about), kept out of MainWindow so that it stays an assembler. The
// choices that belong to one database (counting method, theme, all events) are read and
// remembered here, per database, and the counting method is shown in the status bar.
class WindowActions final : public QObject {
    Q_OBJECT
public:
    WindowActions(DashboardSession *session, MainWindow *window);

    // Adds the menus; returns File, which IncidentActions adds to.
    QMenu *addMenus(QMenuBar *bar);
    QAction *wallAction() const { return m_wall; }
    QAction *darkAction() const { return m_dark; }
    // Applies this database's remembered choices to the session and the window.
    void restoreDatabaseChoices();
    // The status bar's word on the counting method in use for this database.
    QLabel *countingIndicator() const { return m_counting; }

public slots:
    void importFiles();
    // Without a path, asks for one and says what went wrong in a box; true when written.
    bool exportReport(const QString &path = {});
    void showAbout();
    void showSources();
    void showRejects();
    void chooseCountingMethod();

signals:
    void darkThemeChosen(bool dark);
    void wallModeChosen(bool on);

private:
    void addViewMenu(QMenuBar *bar);
    void addNotesMenu(QMenuBar *bar);
    void showCounting();

    DashboardSession *m_session;
    MainWindow *m_window;
    QAction *m_wall = nullptr;
    QAction *m_dark = nullptr;
    QLabel *m_counting;
};
