// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QDialog>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits a note on the timeline: when (in the incident's zone), which service
// if any, what, and who says so. The text is required; OK stays disabled without it.
class AnnotationDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AnnotationDialog(QWidget *parent = nullptr);

    // (key, display name) of the services a note can be about; "none" is always offered.
    void setServices(const QList<QPair<QString, QString>> &services);
    // The zone the time is shown and typed in; set it before setAnnotation().
    void setTimeZone(const QTimeZone &zone);
    // Fills the fields; an annotation with an id makes this an edit.
    void setAnnotation(const Annotation &annotation);
    // What the fields say now; id and incident are those of the annotation set.
    Annotation annotation() const;
    // Stores what OK was pressed on (false with the reason when it cannot). Set, the dialog
    // closes only once the note is stored: when storing fails it stays open with the text as
    // typed and says why, so nothing typed is lost to a read-only or failing database.
    using Saver = std::function<bool(Annotation &annotation, QString *error)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // What the last failed save said (empty when none failed).
    QString errorText() const;
    // The note as stored by the saver (its id set on an add).
    const Annotation &saved() const { return m_saved; }

    QDateTimeEdit *timeEdit() const { return m_time; }
    QComboBox *serviceCombo() const { return m_service; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *authorEdit() const { return m_author; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void accept() override;

private:
    void updateOk();
    void showTime(TimeMs time);

    Annotation m_annotation;
    QTimeZone m_zone = QTimeZone::utc();
    QDateTimeEdit *m_time;
    QLabel *m_zoneLabel;
    QComboBox *m_service;
    QPlainTextEdit *m_text;
    QLineEdit *m_author;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Saver m_saver;
    Annotation m_saved;
};
