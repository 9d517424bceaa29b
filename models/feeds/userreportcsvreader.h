// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QStringList>
#include <optional>

// A CSV of user-report counts, "time,service,count" (and optionally "source"), the shape
// outage-report sites and support desks export: how many people reported a problem with a
// service in the interval ending at 'time'. CsvParser hands such a file's rows here; each row
// becomes a UserReportCount, never a health sample (a count of complaints is no availability).
class UserReportCsvReader final {
public:
    // 'columns': the header's names, trimmed and lower case. True when they are "time",
    // "service" and "count", with "source" allowed beside them, in any order.
    static bool isHeader(const QStringList &columns);
    explicit UserReportCsvReader(const QStringList &columns);

    // One row's cells, as many as the header's. On failure 'field' names the column (as the
    // header spells it, lower case) and 'reason' says what is wrong with it.
    std::optional<UserReportCount> read(
        const QStringList &cells, const QString &defaultSource, QString *field, QString *reason) const;

private:
    qsizetype m_time = -1, m_service = -1, m_count = -1, m_source = -1;
};
