// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>

// The feed sources with when each last reported, its last error, and whether it is stale.
class FeedSourceModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, LocationColumn, LastSeenColumn, StatusColumn, ColumnCount };
    enum Role { StaleRole = Qt::UserRole + 1 };

    explicit FeedSourceModel(QObject *parent = nullptr);
    void setSources(const QList<FeedSource> &sources, TimeMs now);
    bool isStale(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FeedSource> m_sources;
    TimeMs m_now = 0;
};
