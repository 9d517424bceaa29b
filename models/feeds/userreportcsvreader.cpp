// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/userreportcsvreader.h"

#include "domain/recordfields.h"

#include <algorithm>

using namespace Qt::StringLiterals;

bool UserReportCsvReader::isHeader(const QStringList &columns)
{
    const QStringList required {u"time"_s, u"service"_s, u"count"_s};
    const auto allowed = [&](const QString &c) { return required.contains(c) || c == u"source"; };
    return std::all_of(required.begin(), required.end(), [&](const QString &c) { return columns.count(c) == 1; })
        && std::all_of(columns.begin(), columns.end(), allowed) && columns.count(u"source"_s) <= 1;
}

UserReportCsvReader::UserReportCsvReader(const QStringList &columns)
    : m_time(columns.indexOf(u"time"_s))
    , m_service(columns.indexOf(u"service"_s))
    , m_count(columns.indexOf(u"count"_s))
    , m_source(columns.indexOf(u"source"_s))
{
}

std::optional<UserReportCount> UserReportCsvReader::read(
    const QStringList &cells, const QString &defaultSource, QString *field, QString *reason) const
{
    const auto fail = [&](const QString &f, const QString &r) {
        *field = f;
        *reason = r;
        return std::nullopt;
    };
    UserReportCount out;
    // Digits only: epoch milliseconds, as in every CSV feed; else an RFC 3339 time with its zone.
    const QString time = cells.value(m_time).trimmed();
    if (time.isEmpty())
        return fail(u"time"_s, u"missing required field \"time\""_s);
    const bool digits = std::all_of(time.begin(), time.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    std::optional<TimeMs> at
        = digits && time.size() <= 16 ? std::optional<TimeMs>(time.toLongLong()) : Timestamps::parseFeedTime(time);
    if (!at || !Timestamps::isFeedTime(*at))
        return fail(u"time"_s,
            u"\"time\" must be an RFC 3339 time with its zone or epoch milliseconds, got "_s
                + RecordFields::quoted(time.left(64)));
    out.time = *at;

    out.service = cells.value(m_service).trimmed();
    if (out.service.isEmpty())
        return fail(u"service"_s, u"missing required field \"service\""_s);
    if (!RecordFields::isKey(out.service))
        return fail(u"service"_s,
            u"\"service\" must be a service key (a-z, 0-9, '_', '.', '-'), got "_s
                + RecordFields::quoted(out.service.left(64)));

    const QString count = cells.value(m_count).trimmed();
    if (count.isEmpty())
        return fail(u"count"_s, u"missing required field \"count\""_s);
    bool ok = false;
    out.count = count.toLongLong(&ok);
    if (!ok || out.count < 0)
        return fail(u"count"_s,
            u"\"count\" must be a whole number of reports, 0 or more, got "_s + RecordFields::quoted(count.left(64)));

    out.source
        = m_source >= 0 && !cells.value(m_source).trimmed().isEmpty() ? cells.value(m_source).trimmed() : defaultSource;
    return out;
}
