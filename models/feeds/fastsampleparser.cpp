// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/fastsampleparser.h"

#include <charconv>
#include <cmath>

namespace {
struct Cursor {
    const char *p;
    const char *end;
    void skipSpace()
    {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
    }
    bool take(char c)
    {
        skipSpace();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
};

// A JSON string without escapes, ASCII only (others take the full path).
bool readString(Cursor &c, QByteArrayView &out)
{
    if (!c.take('"'))
        return false;
    const char *start = c.p;
    while (c.p < c.end && *c.p != '"') {
        const unsigned char ch = static_cast<unsigned char>(*c.p);
        if (ch == '\\' || ch < 0x20 || ch >= 0x80)
            return false;
        ++c.p;
    }
    if (c.p == c.end)
        return false;
    out = QByteArrayView(start, c.p - start);
    ++c.p;
    return true;
}

// JSON's number grammar exactly: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
bool readNumber(Cursor &c, double &out)
{
    c.skipSpace();
    const char *start = c.p;
    const char *p = c.p;
    const auto digits = [&] {
        const char *s = p;
        while (p < c.end && *p >= '0' && *p <= '9')
            ++p;
        return p > s;
    };
    if (p < c.end && *p == '-')
        ++p;
    if (p < c.end && *p == '0')
        ++p;
    else if (!digits())
        return false;
    if (p < c.end && *p == '.') {
        ++p;
        if (!digits())
            return false;
    }
    if (p < c.end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < c.end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return false;
    }
    const auto [ptr, ec] = std::from_chars(start, p, out);
    if (ec != std::errc() || ptr != p || !std::isfinite(out))
        return false;
    c.p = p;
    return true;
}

bool isKey(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char ch : s)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' || ch == '-'))
            return false;
    return true;
}
} // namespace

bool FastSampleParser::tryParse(QByteArrayView line, const QString &defaultSource, HealthSample &out)
{
    Cursor c {line.data(), line.data() + line.size()};
    if (!c.take('{'))
        return false;
    enum Seen {
        Type = 1,
        Time = 2,
        Service = 4,
        Source = 8,
        Availability = 16,
        Latency = 32,
        Error = 64,
        Derived = 128
    };
    int seen = 0;
    HealthSample s;
    bool first = true;
    while (true) {
        if (c.take('}'))
            break;
        if (!first && !c.take(','))
            return false;
        first = false;
        QByteArrayView key;
        if (!readString(c, key) || !c.take(':'))
            return false;
        const auto once = [&seen](int bit) {
            if (seen & bit)
                return false; // a repeated key: leave the last-wins rule to the full parser
            seen |= bit;
            return true;
        };
        QByteArrayView text;
        double number = 0;
        if (key == "type") {
            if (!once(Type) || !readString(c, text) || text != "sample")
                return false;
        } else if (key == "service") {
            if (!once(Service) || !readString(c, text) || !isKey(text))
                return false;
            s.service = QString::fromLatin1(text);
        } else if (key == "source") {
            if (!once(Source) || !readString(c, text) || text.trimmed().isEmpty())
                return false;
            s.source = QString::fromLatin1(text);
        } else if (key == "time") {
            if (!once(Time))
                return false;
            c.skipSpace();
            if (c.p < c.end && *c.p == '"') {
                if (!readString(c, text))
                    return false;
                const auto t = Timestamps::parseFeedTime(QString::fromLatin1(text));
                if (!t)
                    return false;
                s.time = *t;
            } else {
                // Same rule as Timestamps::parseTimeValue: integral epoch ms from 1973 to 2200.
                if (!readNumber(c, number) || number < double(Timestamps::kEarliestFeedTime)
                    || number >= double(Timestamps::kLatestFeedTime) || number != std::floor(number))
                    return false;
                s.time = qint64(number);
            }
        } else if (key == "availability") {
            if (!once(Availability) || !readNumber(c, number) || number < 0.0 || number > 1.0)
                return false;
            s.availability = number;
        } else if (key == "latency_ms") {
            if (!once(Latency) || !readNumber(c, number) || number < 0.0)
                return false;
            s.latencyMs = number;
        } else if (key == "error_rate") {
            if (!once(Error) || !readNumber(c, number) || number < 0.0 || number > 1.0)
                return false;
            s.errorRate = number;
        } else if (key == "derived") {
            if (!once(Derived))
                return false;
            c.skipSpace();
            if (c.end - c.p >= 4 && QByteArrayView(c.p, 4) == "true") {
                s.derived = true;
                c.p += 4;
            } else if (c.end - c.p >= 5 && QByteArrayView(c.p, 5) == "false") {
                c.p += 5;
            } else {
                return false;
            }
        } else {
            return false;
        }
    }
    c.skipSpace();
    if (c.p != c.end || (seen & (Type | Time | Service | Availability)) != (Type | Time | Service | Availability))
        return false;
    if (!(seen & Source))
        s.source = defaultSource;
    out = std::move(s);
    return true;
}
