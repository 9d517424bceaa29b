// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QDialog>

class RejectModel;
class QTableView;

// Rejected records: everything a source sent that could not be taken, with the reason.
class RejectsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit RejectsDialog(QWidget *parent = nullptr);
    void load(const QList<Reject> &rejects);
    RejectModel *model() const { return m_model; }

private:
    RejectModel *m_model;
    QTableView *m_table;
};
