// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// What sources sent that could not be taken, newest first, with where and why.
class RejectModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReceivedColumn, SourceColumn, LineColumn, FieldColumn, ReasonColumn, RawColumn, ColumnCount };

    explicit RejectModel(QObject *parent = nullptr);
    void setRejects(const QList<Reject> &rejects);
    // The clock "Received" is shown on, named after each time (this machine's until set).
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Reject> m_rejects;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
