// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QDialog>
#include <QTimeZone>

class RejectModel;
class QTableView;

// Rejected records: everything a source sent that could not be taken, with the reason.
class RejectsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit RejectsDialog(QWidget *parent = nullptr);
    void load(const QList<Reject> &rejects);
    // The clock the times are shown on (this machine's until set), named after each time.
    void setTimeZone(const QTimeZone &zone);
    RejectModel *model() const { return m_model; }

private:
    RejectModel *m_model;
    QTableView *m_table;
};
