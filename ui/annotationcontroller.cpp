// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "common/appsettings.h"
#include "dialogs/annotationdialog.h"
#include "impact/communicationlane.h"
#include "session/dashboardsession.h"

#include <QMessageBox>
#include <QPushButton>

AnnotationController::AnnotationController(DashboardSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

void AnnotationController::setIncident(
    const QString &incidentId, const QList<QPair<QString, QString>> &services, const QTimeZone &zone)
{
    m_incidentId = incidentId;
    m_services = services;
    m_zone = zone;
}

bool AnnotationController::succeeded(bool ok)
{
    if (!ok) {
        m_error = m_session->storeError();
        return false;
    }
    m_error.clear();
    emit annotationsChanged();
    return true;
}

bool AnnotationController::add(Annotation &annotation)
{
    if (annotation.text.trimmed().isEmpty()) {
        m_error = tr("a note needs some text");
        return false;
    }
    return succeeded(m_session->addAnnotation(annotation));
}

bool AnnotationController::update(const Annotation &annotation)
{
    if (annotation.text.trimmed().isEmpty()) {
        m_error = tr("a note needs some text");
        return false;
    }
    return succeeded(m_session->updateAnnotation(annotation));
}

bool AnnotationController::remove(qint64 id)
{
    return succeeded(m_session->removeAnnotation(id));
}

bool AnnotationController::exec(Annotation &annotation, const std::function<bool(Annotation &)> &store)
{
    AnnotationDialog dialog(m_dialogParent);
    dialog.setServices(m_services);
    dialog.setTimeZone(m_zone);
    dialog.setAnnotation(annotation);
    // Stored while the dialog is open: a failure leaves the text in it, with the reason.
    dialog.setSaver([this, &store](Annotation &typed, QString *error) {
        if (store(typed))
            return true;
        *error = m_error;
        return false;
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    annotation = dialog.saved();
    AppSettings::setAnnotationAuthor(annotation.author);
    return true;
}

void AnnotationController::showError(const QString &title) const
{
    QMessageBox::warning(m_dialogParent, title, tr("The note could not be stored: %1").arg(m_error));
}

bool AnnotationController::addInteractively(TimeMs time)
{
    Annotation annotation;
    annotation.time = time;
    annotation.incidentId = m_incidentId;
    annotation.author = AppSettings::annotationAuthor(); // whoever writes one note usually writes the next
    return exec(annotation, [this](Annotation &typed) { return add(typed); });
}

bool AnnotationController::markRegulatorNotifiedInteractively(TimeMs time)
{
    Annotation annotation;
    annotation.time = time;
    annotation.incidentId = m_incidentId;
    annotation.author = AppSettings::annotationAuthor();
    annotation.kind = CommunicationLane::regulatorNotifiedKind();
    annotation.text = tr("Regulator notified");
    return exec(annotation, [this](Annotation &typed) { return add(typed); });
}

bool AnnotationController::editInteractively(const Annotation &annotation)
{
    Annotation changed = annotation;
    bool stored = false;
    const bool accepted = exec(changed, [this, &annotation, &stored](Annotation &typed) {
        if (typed == annotation)
            return true; // nothing changed: nothing to store
        stored = update(typed);
        return stored;
    });
    return accepted && stored;
}

bool AnnotationController::removeInteractively(const Annotation &annotation)
{
    const QString quoted = annotation.text.size() > 120 ? annotation.text.left(120) + u'…' : annotation.text;
    QMessageBox box(QMessageBox::Question, tr("Delete note"),
        tr("Delete this note? This cannot be undone.\n\n“%1”").arg(quoted), QMessageBox::Cancel, m_dialogParent);
    // Name the action on the button: "Yes" makes the reader go back to the question.
    QAbstractButton *deleteButton = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return false;
    if (remove(annotation.id))
        return true;
    showError(tr("Delete note"));
    return false;
}
