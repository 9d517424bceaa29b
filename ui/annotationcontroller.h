// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>

class QWidget;
class DashboardSession;

// Notes on the timeline, added, changed and deleted through the session. The *Interactively
// calls ask the user (AnnotationDialog, a confirmation) and show the store's message when
// it fails; the plain calls do the work without any dialog, for scripts and tests.
class AnnotationController final : public QObject {
    Q_OBJECT
public:
    AnnotationController(DashboardSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    // What new notes are attached to and offered: the incident shown, its services, its zone.
    void setIncident(const QString &incidentId, const QList<QPair<QString, QString>> &services, const QTimeZone &zone);
    QString lastError() const { return m_error; }

    // Without dialogs. add() sets annotation.id. Each emits annotationsChanged() on success
    // and returns false with lastError() set on failure.
    bool add(Annotation &annotation);
    bool update(const Annotation &annotation);
    bool remove(qint64 id);

public slots:
    // Open the note dialog at 'time' (or on 'annotation'); true when something was stored. A
    // failed store keeps the dialog open with what was typed and the reason.
    bool addInteractively(TimeMs time);
    bool editInteractively(const Annotation &annotation);
    // Asks for confirmation first, quoting the note.
    bool removeInteractively(const Annotation &annotation);
    // A reviewer's mark of when the regulator was told: a note of the kind the communication
    // lane reads (CommunicationLane::regulatorNotifiedKind), at 'time', opened in the note
    // dialog so the time can be set and the text can say whom and how. Deleting the note undoes it.
    bool markRegulatorNotifiedInteractively(TimeMs time);

signals:
    void annotationsChanged();

private:
    bool succeeded(bool ok);
    // Opens the dialog on 'annotation'; 'store' is tried on OK, and the dialog stays open with
    // the text as typed when it fails. True when it was accepted (and so stored).
    bool exec(Annotation &annotation, const std::function<bool(Annotation &)> &store);
    void showError(const QString &title) const;

    DashboardSession *m_session;
    QPointer<QWidget> m_dialogParent;
    QString m_incidentId;
    QList<QPair<QString, QString>> m_services;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_error;
};
