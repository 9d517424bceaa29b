// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

class DashboardSession;
class MainWindow;
class NewIncidentDialog;
class QAction;
class QComboBox;
class QPushButton;
class QLabel;
class QMenu;
class QMenuBar;
class QSpinBox;
class QToolBar;
class QWidget;
class ServiceEditorDialog;

// What the window does about services and incidents beyond showing them: Services ▸ Edit…,
// Incidents ▸ New from selection, the Now view and its hours, File ▸ Open demo, and live
// incidents coming to the screen (the wall moves to them at once; the desk follows unless the
// reviewer pinned an incident by hand, and otherwise offers to in a notice).
class IncidentActions final : public QObject {
    Q_OBJECT
public:
    IncidentActions(DashboardSession *session, MainWindow *window);

    void addMenus(QMenuBar *bar, QMenu *file);
    void addToToolBar(QToolBar *bar);
    // The bar under the header that tells of a live incident (hidden when there is none).
    QWidget *notice() const { return m_notice; }
    QString noticeText() const;

    // An incident as the picker lists it: title, severity, dates and whether it is resolved.
    static QString pickerText(const Incident &incident, const QTimeZone &zone);
    // Lists the session's incidents in 'picker', the shown one current (none in Now).
    void fillPicker(QComboBox *picker) const;
    // A link of the header's ("import", "sources", "services", "demo").
    void followLink(const QString &action);

    // Opened window-modal, not blocking: the window goes on showing the figures behind it.
    ServiceEditorDialog *showServiceEditor();
    // The range: the one dragged on the recovery chart, else the chart's visible range.
    NewIncidentDialog *showNewIncident();
    void openDemo();

    // An incident picked by hand: live incidents are then offered, not switched to.
    void setPinned(bool pinned) { m_pinned = pinned; }
    bool isPinned() const { return m_pinned; }
    void followLive();

private:
    void incidentOpened(const QString &id, const QString &title);
    void incidentResolved(const QString &id);
    void showNotice(const QString &text, bool offerFollow);

    DashboardSession *m_session;
    MainWindow *m_window;
    QPointer<ServiceEditorDialog> m_editor;
    QPointer<NewIncidentDialog> m_newIncident;
    QAction *m_now = nullptr;
    QSpinBox *m_hours = nullptr;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_follow;
    QString m_live; // the live incident offered or followed
    bool m_following = false; // moved to it by itself: back to Now when it is resolved
    bool m_pinned = false;
};
