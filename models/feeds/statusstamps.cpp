// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/statusstamps.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// A zone after the time, as an abbreviation or an offset, maybe in parentheses. Whether an
// abbreviation is a zone at all is Timestamps::zoneOffsetMinutes' to say.
const QString kZone
    = u"\\(?(?<zone>(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|[A-Z]{1,5})(?![A-Za-z])\\)?"_s;
const QString kTime
    = u"(?<hour>\\d{1,2})\\s*(?::|시|時)\\s*(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?:\\.\\d+)?\\s*(?:분|分)?\\s*"_s;

const QRegularExpression &monthFirst()
{
    // "Oct 21, 17:39 UTC", "October 21, 2025 - 5:39 PM PDT", "Oct 21st at 17:39 (CET)"
    static const QRegularExpression re(
        u"\\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        u"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s*"
        u"(?:(?<year>\\d{4}),?\\s*)?(?:-\\s*|at\\s+)?"_s
        + kTime + u"(?<ampm>[AaPp]\\.?[Mm]\\.?)?\\s*"_s + kZone);
    return re;
}

const QRegularExpression &yearFirst()
{
    // "2022-10-15 15:33 KST", "2022.10.15. 15:33 (KST)", "2022-10-15T15:33:00+09:00"
    static const QRegularExpression re(
        u"\\b(?<year>\\d{4})[-./](?<month>\\d{1,2})[-./](?<day>\\d{1,2})\\.?(?:[T\\s]+|,\\s*)"_s + kTime + kZone);
    return re;
}

const QRegularExpression &cjk()
{
    // "2022년 10월 15일 (토) 오후 3:33 KST", "2019年8月23日 12:36 JST"
    static const QRegularExpression re(
        u"(?<year>\\d{4})\\s*[년年]\\s*(?<month>\\d{1,2})\\s*[월月]\\s*(?<day>\\d{1,2})\\s*[일日]"
        u"(?:\\s*\\([^)]{1,3}\\))?\\s*(?<ampm>오전|오후|午前|午後)?\\s*"_s
        + kTime + kZone);
    return re;
}

int monthNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n;
    static const QStringList months {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s,
        u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(text.left(3).toLower())) + 1;
}

// Updates are stamped at the start of a line ("Oct 21, 17:39 UTC", "[2022.10.15 15:33 KST]");
// a date in a sentence ("From October 20th at 14:10 UTC until ...") is part of an update's text.
bool startsALine(const QString &text, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0 && text[i] != u'\n'; --i)
        if (text[i].isLetterOrNumber())
            return false;
    return true;
}

qsizetype lineStart(const QString &text, qsizetype at)
{
    return text.lastIndexOf(u'\n', qMax<qsizetype>(0, at - 1)) + 1;
}

struct Found {
    qsizetype line = 0; // where the stamp's line begins: "[" or a bullet before it is its own
    qsizetype start = 0;
    qsizetype end = 0;
    TimeMs time = 0;
};

// The time a stamp stands for, or nothing when it is no valid time in a known zone.
std::optional<TimeMs> timeOf(const QRegularExpressionMatch &m, TimeMs reference)
{
    const auto zone = Timestamps::zoneOffsetMinutes(m.captured(u"zone"));
    const int month = monthNumber(m.captured(u"month"));
    const int day = m.captured(u"day").toInt();
    int hour = m.captured(u"hour").toInt();
    const int minute = m.captured(u"minute").toInt();
    const int second = m.captured(u"second").toInt();
    const QString ampm = m.captured(u"ampm").toLower();
    if (!zone || month < 1 || month > 12 || minute > 59 || second > 59)
        return std::nullopt;
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = ampm.startsWith(u'p') || ampm == u"오후" || ampm == u"午後";
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23)
        return std::nullopt;
    const auto at = [&](int year) -> std::optional<TimeMs> {
        const QDate date(year, month, day);
        if (!date.isValid())
            return std::nullopt;
        const TimeMs t
            = QDateTime(date, QTime(hour, minute, second), Qt::UTC).toMSecsSinceEpoch() - qint64(*zone) * 60000;
        return Timestamps::isFeedTime(t) ? std::optional(t) : std::nullopt;
    };
    if (!m.captured(u"year").isEmpty())
        return at(m.captured(u"year").toInt());
    // Statuspage's history lists every update as "Oct 21, 17:39 UTC" without a year.
    const int year = QDateTime::fromMSecsSinceEpoch(reference, Qt::UTC).date().year();
    std::optional<TimeMs> best;
    for (const int y : {year - 1, year, year + 1})
        if (const auto t = at(y); t && (!best || std::abs(*t - reference) < std::abs(*best - reference)))
            best = t;
    return best;
}

} // namespace

QList<StatusStamps::Section> StatusStamps::sections(const QString &text, TimeMs reference)
{
    QList<Found> found;
    for (const QRegularExpression *re : {&monthFirst(), &yearFirst(), &cjk()})
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (!startsALine(text, m.capturedStart()))
                continue;
            if (const auto t = timeOf(m, reference))
                found.append(Found {lineStart(text, m.capturedStart()), m.capturedStart(), m.capturedEnd(), *t});
        }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.start < b.start; });
    // Two patterns may read one stamp: the first to start wins. One stamp a line.
    QList<Found> stamps;
    for (const Found &f : std::as_const(found))
        if (stamps.isEmpty() || f.line > stamps.last().start)
            stamps.append(f);

    // "Resolved - text", also after a separator or a closing bracket: "... PDT - Resolved - text".
    static const QRegularExpression label(u"^\\s*[-\u2013\u2014:\\])]?\\s*([\\p{L} ]{2,40}?)\\s+[-\u2013\u2014:]\\s"_s);
    QList<Section> out;
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        const qsizetype end = i + 1 < stamps.size() ? stamps[i + 1].line : text.size();
        Section s;
        s.time = stamps[i].time;
        s.text = text.mid(stamps[i].line, end - stamps[i].line).trimmed();
        s.label = label.match(QStringView(text).sliced(stamps[i].end, end - stamps[i].end))
                      .captured(1)
                      .simplified()
                      .toLower();
        // A label decides ("Update - ... until all issues are resolved" is no resolution); the
        // text only when there is none.
        s.resolves = s.label.isEmpty() ? resolves(s.text) : s.label == u"resolved" || s.label == u"completed";
        out.append(s);
    }
    return out;
}

bool StatusStamps::resolves(QStringView text)
{
    static const QRegularExpression re(
        u"^\\s*\\[?resolved\\b|\\[(?:resolved|\u89E3\u6C7A\u6E08)\\]|"
        u"\\b(?:has|have)\\s+(?:now\\s+)?been\\s+(?:fully\\s+)?resolved\\b|\\bis\\s+now\\s+resolved\\b|"
        u"\\bservice is operating normally\\b|"
        u"\uBCF5\uAD6C\\s*\uC644\uB8CC|\uBCF5\uAD6C\uB418\uC5C8|\uC815\uC0C1\uD654\uB418\uC5C8|"
        u"\uD574\uACB0\uB418\uC5C8|"
        u"\u89E3\u6C7A\u6E08|\u5FA9\u65E7\u3057\u307E\u3057\u305F|\u5FA9\u65E7\u3044\u305F\u3057\u307E\u3057\u305F"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re.match(text).hasMatch();
}
