// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/rejectmodel.h"

#include "domain/timestamps.h"

RejectModel::RejectModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectModel::setRejects(const QList<Reject> &rejects)
{
    beginResetModel();
    m_rejects = rejects;
    endResetModel();
}

void RejectModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_rejects.isEmpty())
        emit dataChanged(index(0, ReceivedColumn), index(rowCount() - 1, ReceivedColumn), {Qt::DisplayRole});
}

int RejectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reject &r = m_rejects.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == RawColumn || index.column() == ReasonColumn))
        return index.column() == RawColumn ? r.raw : r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReceivedColumn:
        return Timestamps::formatWithZone(r.receivedAt, m_zone, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case SourceColumn:
        return r.source;
    case LineColumn:
        return r.offset >= 0 ? tr("line %1, byte %2").arg(r.line).arg(r.offset) : tr("line %1").arg(r.line);
    case FieldColumn:
        return r.field;
    case ReasonColumn:
        return r.reason;
    // Control characters would garble a table cell: show them as visible symbols.
    case RawColumn: {
        QString raw = r.raw.left(200);
        for (QChar &c : raw)
            if (c.unicode() < 0x20)
                c = QChar(0x2400 + c.unicode());
        return raw;
    }
    }
    return {};
}

QVariant RejectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case SourceColumn:
        return tr("Source");
    case LineColumn:
        return tr("Position");
    case FieldColumn:
        return tr("Field");
    case ReasonColumn:
        return tr("Reason");
    case RawColumn:
        return tr("What was sent");
    }
    return {};
}
