// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

// Incidents ▸ New from selection: a title, a severity and the range chosen on the recovery chart
// (or typed in), made into an incident stored like an imported one.
class NewIncidentDialog final : public QDialog {
    Q_OBJECT
public:
    NewIncidentDialog(TimeMs from, TimeMs to, const QTimeZone &zone, QWidget *parent = nullptr);
    // The incident as entered; its id is made from the title and the start, so the same
    // incident entered twice is stored once.
    Incident incident() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *severityBox() const { return m_severity; }
    void setRange(TimeMs from, TimeMs to);

private:
    void validate();

    QTimeZone m_zone;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_ok = nullptr;
};
