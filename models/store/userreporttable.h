// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QSqlDatabase>

// The user_reports table: counts of user reports per service and interval, a signal of its
// own beside the samples (it never enters availability). Keyed by (service, time, source), so a
// re-import of the same export adds nothing.
class UserReportTable final {
public:
    static QString insertSql();
    static QList<UserReportCount> all(const QSqlDatabase &db);
};
