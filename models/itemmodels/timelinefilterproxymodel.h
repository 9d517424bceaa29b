// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelineevent.h"
#include "domain/timestamps.h"

#include <QSet>
#include <QSortFilterProxyModel>

// Filters the timeline by free text, service, kind of event and time range, within the scope
// of one incident. The rules live here, not in the view, so tests drive them directly.
class TimelineFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // What belongs to one incident: its own updates and notes, and, inside its window, the
    // state changes of its services and the notes attached to no incident. The same rows
    // CsvExporter::timelineEvents() takes for a report.
    struct Scope {
        QString incidentId; // empty: no incident (Now), the window and services alone
        TimeMs from = 0;
        TimeMs to = 0;
        QSet<QString> services;
    };

    explicit TimelineFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setService(const QString &key); // empty: all services
    void setKinds(const QSet<int> &kinds); // empty: every kind
    void setState(int state); // int(ServiceState) of state changes; -1: any
    void setSource(const QString &source); // empty: every source
    void setTimeRange(std::optional<TimeMs> from, std::optional<TimeMs> to);
    // nullopt: every event in the store.
    void setScope(const std::optional<Scope> &scope);
    bool isScoped() const { return m_scope.has_value(); }
    QString text() const { return m_text; }
    // The events the rows show now, in the order shown (filters, scope and sorting applied).
    QList<TimelineEvent> shownEvents() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_service;
    QSet<int> m_kinds;
    int m_state = -1;
    QString m_source;
    std::optional<TimeMs> m_from, m_to;
    std::optional<Scope> m_scope;
    bool inScope(const QModelIndex &first) const;
};
