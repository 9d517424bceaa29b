// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QDialog>
#include <QTimeZone>

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

    QDateTimeEdit *timeEdit() const { return m_time; }
    QComboBox *serviceCombo() const { return m_service; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *authorEdit() const { return m_author; }
    QDialogButtonBox *buttons() const { return m_buttons; }

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
    QDialogButtonBox *m_buttons;
};
