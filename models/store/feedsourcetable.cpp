// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/feedsourcetable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool FeedSourceTable::save(const QSqlDatabase &db, const FeedSource &source, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO feed_sources (name, kind, location, last_seen, last_error, stale_after_s) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
        "location = excluded.location, last_seen = excluded.last_seen, last_error = excluded.last_error, "
        "stale_after_s = excluded.stale_after_s"));
    q.addBindValue(source.name);
    q.addBindValue(source.kind.isNull() ? QString(u""_qs) : source.kind);
    q.addBindValue(source.location.isNull() ? QString(u""_qs) : source.location);
    q.addBindValue(source.lastSeen ? QVariant(*source.lastSeen) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(source.lastError.isNull() ? QString(u""_qs) : source.lastError);
    q.addBindValue(source.staleAfterSec);
    if (q.exec())
        return true;
    if (error)
        *error = QStringLiteral("cannot record source %1: %2").arg(source.name, q.lastError().text());
    return false;
}

QList<FeedSource> FeedSourceTable::all(const QSqlDatabase &db)
{
    QList<FeedSource> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, kind, location, last_seen, last_error, stale_after_s "
                               "FROM feed_sources ORDER BY name")))
        return out;
    while (q.next()) {
        FeedSource s;
        s.name = q.value(0).toString();
        s.kind = q.value(1).toString();
        s.location = q.value(2).toString();
        if (!q.value(3).isNull())
            s.lastSeen = q.value(3).toLongLong();
        s.lastError = q.value(4).toString();
        s.staleAfterSec = q.value(5).toLongLong();
        out.append(s);
    }
    return out;
}
