// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/userreporttable.h"

#include <QSqlQuery>
#include <QVariant>

QString UserReportTable::insertSql()
{
    return QStringLiteral("INSERT INTO user_reports (service, time, source, count) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (service, time, source) DO UPDATE SET count = excluded.count "
                          "WHERE user_reports.count IS DISTINCT FROM excluded.count");
}

QList<UserReportCount> UserReportTable::all(const QSqlDatabase &db)
{
    QList<UserReportCount> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT time, service, count, source FROM user_reports ORDER BY time, service")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}
