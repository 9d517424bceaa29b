// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/csvsamplereader.h"

#include "feeds/csvtokenizer.h"

#include "domain/recordfields.h"
#include "domain/timestamps.h"

#include <QHash>
#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// JSON's number grammar exactly, -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?: a subset of what
// QLocale::c().toDouble() (the general path) reads, to the same correctly rounded double.
bool readNumber(QByteArrayView cell, double &out)
{
    const char *p = cell.data();
    const char *end = p + cell.size();
    const auto digits = [&] {
        const char *s = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > s;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (!digits())
        return false;
    if (p < end && *p == '.') {
        ++p;
        if (!digits())
            return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return false;
    }
    if (p != end)
        return false;
    const auto [ptr, ec] = std::from_chars(cell.data(), end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

// As the general path reads a time cell: digits only (at most 16) are epoch milliseconds,
// held to Timestamps::parseTimeValue's window; anything else is an RFC 3339 string.
bool readTime(QByteArrayView cell, TimeMs &out)
{
    if (cell.size() <= 16 && std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 ms = 0;
        for (char c : cell)
            ms = ms * 10 + (c - '0');
        const auto t = Timestamps::parseTimeValue(QJsonValue(double(ms)));
        if (t)
            out = *t;
        return t.has_value();
    }
    const auto t = Timestamps::parseFeedTime(QString::fromLatin1(cell));
    if (t)
        out = *t;
    return t.has_value();
}

bool readBoolean(QByteArrayView cell, bool &out)
{
    if (cell.compare("true", Qt::CaseInsensitive) == 0 || cell == "1")
        out = true;
    else if (cell.compare("false", Qt::CaseInsensitive) == 0 || cell == "0")
        out = false;
    else
        return false;
    return true;
}

// The same text object for the same bytes as the row before: no allocation per row.
const QString &textOf(QByteArrayView cell, QByteArray &last, QString &lastText)
{
    if (cell != last) {
        last = cell.toByteArray();
        lastText = QString::fromLatin1(cell);
    }
    return lastText;
}

} // namespace

CsvSampleReader::CsvSampleReader(const QStringList &columns)
{
    static const QHash<QString, Field> fields {{u"type"_s, Field::Type}, {u"time"_s, Field::Time},
        {u"service"_s, Field::Service}, {u"source"_s, Field::Source}, {u"availability"_s, Field::Availability},
        {u"latency_ms"_s, Field::Latency}, {u"error_rate"_s, Field::ErrorRate}, {u"derived"_s, Field::Derived}};
    for (const QString &c : columns)
        m_fields.append(fields.value(c, Field::Other));
    m_usable
        = m_fields.contains(Field::Time) && m_fields.contains(Field::Service) && m_fields.contains(Field::Availability);
}

bool CsvSampleReader::read(const CsvPlainRow &row, const QString &defaultSource, HealthSample &out)
{
    if (!m_usable || row.cells.size() != m_fields.size())
        return false;
    HealthSample s;
    bool hasTime = false, hasService = false, hasSource = false, hasAvailability = false;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QByteArrayView cell = row.cells[i];
        if (cell.isEmpty())
            continue; // an absent field, as in the general path
        double number = 0;
        switch (m_fields[i]) {
        case Field::Type:
            if (cell != "sample")
                return false;
            break;
        case Field::Time:
            if (!readTime(cell, s.time))
                return false;
            hasTime = true;
            break;
        case Field::Service:
            if (cell != m_lastService) {
                textOf(cell, m_lastService, m_lastServiceText);
                m_lastServiceIsKey = RecordFields::isKey(m_lastServiceText);
            }
            if (!m_lastServiceIsKey)
                return false;
            s.service = m_lastServiceText;
            hasService = true;
            break;
        case Field::Source:
            s.source = textOf(cell, m_lastSource, m_lastSourceText);
            hasSource = true;
            break;
        case Field::Availability:
            if (!readNumber(cell, number) || number < 0.0 || number > 1.0)
                return false;
            s.availability = number;
            hasAvailability = true;
            break;
        case Field::Latency:
            if (!readNumber(cell, number) || number < 0.0)
                return false;
            s.latencyMs = number;
            break;
        case Field::ErrorRate:
            if (!readNumber(cell, number) || number < 0.0 || number > 1.0)
                return false;
            s.errorRate = number;
            break;
        case Field::Derived:
            if (!readBoolean(cell, s.derived))
                return false;
            break;
        case Field::Other:
            return false; // a field samples do not have: the record logic says what it makes of it
        }
    }
    if (!hasTime || !hasService || !hasAvailability)
        return false;
    if (!hasSource)
        s.source = defaultSource;
    out = std::move(s);
    return true;
}
