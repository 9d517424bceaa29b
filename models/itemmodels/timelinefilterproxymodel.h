// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QSet>
#include <QSortFilterProxyModel>

// Filters the timeline by free text, service, kind of event and time range.
// The rules live here, not in the view, so tests drive them directly.
class TimelineFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TimelineFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setService(const QString &key); // empty: all services
    void setKinds(const QSet<int> &kinds); // empty: every kind
    void setState(int state); // int(ServiceState) of state changes; -1: any
    void setSource(const QString &source); // empty: every source
    void setTimeRange(std::optional<TimeMs> from, std::optional<TimeMs> to);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_service;
    QSet<int> m_kinds;
    int m_state = -1;
    QString m_source;
    std::optional<TimeMs> m_from, m_to;
};
