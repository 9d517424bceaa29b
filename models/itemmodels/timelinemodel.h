// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelineevent.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The incident timeline as a table. Display text is formatted in the incident's
// time zone; SortRole gives raw values so that sorting by time is chronological.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, ServicesColumn, StatusColumn, MessageColumn, SourceColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        TimeRole, // TimeMs
        KindRole, // int(TimelineEvent::Kind)
        ServicesRole, // QStringList of keys
        StateRole, // int(ServiceState) or invalid
        AnnotationIdRole, // qint64, 0 unless a note
        SourceRole,
        DerivedRole,
        IncidentRole, // the incident an update or a note belongs to; empty for state changes
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setEvents(QList<TimelineEvent> events);
    void setTimeZone(const QTimeZone &zone);
    void setServiceNames(const QHash<QString, QString> &names);
    const TimelineEvent &eventAt(int row) const { return m_events.at(row); }
    // First row at or after t (the rows are in time order), -1 when none.
    int rowAtOrAfter(TimeMs t) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(TimelineEvent::Kind kind);

private:
    QString displayText(const TimelineEvent &e, int column) const;

    QList<TimelineEvent> m_events;
    QTimeZone m_zone = QTimeZone::utc();
    QHash<QString, QString> m_names;
};
