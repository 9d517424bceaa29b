// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rangetable.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {
struct Row {
    std::optional<TimeMs> earliest;
    std::optional<TimeMs> latest;
    std::optional<double> low;
    std::optional<double> high;
    QString note;
};
// The natural key of the record a range belongs to; states also by their state.
QString keyOf(QStringView kind, const QString &service, TimeMs time, const QString &source, QStringView state)
{
    return kind + u'\x1f' + service + u'\x1f' + QString::number(time) + u'\x1f' + source + u'\x1f' + state;
}
} // namespace

bool RangeTable::attach(const QSqlDatabase &db, QList<HealthSample> &samples, QList<StateChange> &states)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT kind, service, time, source, state, earliest, latest, low, high, note "
                                  "FROM record_ranges WHERE kind IN (?, ?)")))
        return false;
    q.addBindValue(QStringLiteral("sample"));
    q.addBindValue(QStringLiteral("state"));
    if (!q.exec())
        return false;
    QHash<QString, Row> rows;
    const auto optionalTime
        = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<TimeMs>(v.toLongLong()); };
    const auto optionalDouble
        = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()); };
    while (q.next())
        rows.insert(keyOf(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toString()),
            Row {optionalTime(q.value(5)), optionalTime(q.value(6)), optionalDouble(q.value(7)),
                optionalDouble(q.value(8)), q.value(9).toString()});
    if (rows.isEmpty())
        return true;
    for (HealthSample &s : samples) {
        const auto it = rows.constFind(keyOf(u"sample", s.service, s.time, s.source, {}));
        if (it == rows.cend())
            continue;
        s.earliest = it->earliest;
        s.latest = it->latest;
        s.availabilityLow = it->low;
        s.availabilityHigh = it->high;
        s.rangeNote = it->note;
    }
    for (StateChange &s : states) {
        const auto it = rows.constFind(keyOf(u"state", s.service, s.time, s.source, ServiceStates::toKey(s.state)));
        if (it == rows.cend())
            continue;
        s.earliest = it->earliest;
        s.latest = it->latest;
        s.rangeNote = it->note;
    }
    return true;
}
