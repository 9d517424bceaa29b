// SPDX-License-Identifier: GPL-3.0-or-later
// The text helpers of AtomRssParser: RFC 822 dates and HTML to plain text. Kept apart from
// the XML walk in atomrssparser.cpp so each file stays readable. Qt's own HTML handling
// (QTextDocumentFragment) lives in Qt Gui, which the models library must not link.

#include "feeds/atomrssparser.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isDigits(QStringView s, qsizetype minSize, qsizetype maxSize)
{
    return s.size() >= minSize && s.size() <= maxSize
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<TimeMs> utc(int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
{
    const QDate date(y, mo, d);
    if (!date.isValid() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    // A leap second (:60) counts as the next second, as in Timestamps::parseRfc3339.
    const qint64 ms = QDateTime(date, QTime(h, mi, qMin(s, 59)), Qt::UTC).toMSecsSinceEpoch() + (s == 60 ? 1000 : 0);
    return ms - qint64(offsetMinutes) * 60000;
}

int monthOf(QStringView name)
{
    static const QStringList months {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s,
        u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return name.size() == 3 ? int(months.indexOf(name.toString().toLower())) + 1 : 0;
}

QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named {{u"amp"_s, u"&"_s}, {u"lt"_s, u"<"_s}, {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s}, {u"nbsp"_s, u" "_s}, {u"ndash"_s, u"\u2013"_s},
        {u"mdash"_s, u"\u2014"_s}, {u"hellip"_s, u"\u2026"_s}, {u"lsquo"_s, u"\u2018"_s}, {u"rsquo"_s, u"\u2019"_s},
        {u"ldquo"_s, u"\u201C"_s}, {u"rdquo"_s, u"\u201D"_s}, {u"copy"_s, u"\u00A9"_s}, {u"reg"_s, u"\u00AE"_s},
        {u"trade"_s, u"\u2122"_s}, {u"middot"_s, u"\u00B7"_s}, {u"bull"_s, u"\u2022"_s}, {u"laquo"_s, u"\u00AB"_s},
        {u"raquo"_s, u"\u00BB"_s}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype semi = text[i] == u'&' ? text.indexOf(u';', i) : -1;
        if (semi > i + 1 && semi - i <= 10) {
            const QString name = text.mid(i + 1, semi - i - 1);
            bool ok = false;
            const uint code = name.startsWith(u"#x"_s, Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                : name.startsWith(u'#')                                     ? name.mid(1).toUInt(&ok, 10)
                                                                            : 0;
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                out += QString::fromUcs4(&c, 1);
                i = semi;
                continue;
            }
            if (const auto it = named.constFind(name); it != named.cend()) {
                out += *it;
                i = semi;
                continue;
            }
        }
        out += text[i]; // not an entity we know: kept as written
    }
    return out;
}

} // namespace

std::optional<TimeMs> AtomRssParser::parseRfc822(QStringView text)
{
    QString rest = text.toString().simplified();
    if (const qsizetype comma = rest.indexOf(u','); comma >= 0) {
        static const QStringList days {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
        if (!days.contains(rest.left(comma).trimmed().toLower()))
            return std::nullopt;
        rest = rest.mid(comma + 1);
    }
    const QStringList parts = rest.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 5 || !isDigits(parts[0], 1, 2) || !isDigits(parts[2], 2, 4) || parts[2].size() == 3)
        return std::nullopt;
    const int month = monthOf(parts[1]);
    int year = parts[2].toInt();
    if (parts[2].size() == 2) // RFC 2822 4.3: two-digit years below 50 are 20xx
        year += year < 50 ? 2000 : 1900;
    const QStringList hms = parts[3].split(u':');
    if (month == 0 || (hms.size() != 2 && hms.size() != 3)
        || !std::all_of(hms.begin(), hms.end(), [](const QString &p) { return isDigits(p, 1, 2); }))
        return std::nullopt;

    // US zone names are what many RFC 2822 parsers refuse or misread (AWS writes PDT/PST); the
    // other common abbreviations (KST, JST, CET) and offsets are read too. Ambiguous or unknown
    // ones are never guessed.
    const auto zone = Timestamps::zoneOffsetMinutes(parts[4]);
    if (!zone)
        return std::nullopt;
    const int offset = *zone;
    return utc(
        year, month, parts[0].toInt(), hms[0].toInt(), hms[1].toInt(), hms.size() == 3 ? hms[2].toInt() : 0, offset);
}

QString AtomRssParser::htmlToText(const QString &html)
{
    static const QRegularExpression hidden(u"<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        u"<\\s*/?\\s*(br|p|div|li|tr|h[1-6])\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    // Only what looks like a tag: "a < b" in the text is kept.
    static const QRegularExpression tags(u"</?[A-Za-z][^>]*>"_s);
    QString text = html;
    // No tag but escaped ones ("&lt;br&gt;"): the HTML was escaped twice, as AWS does inside
    // CDATA, and is unescaped once first. Text that has real tags keeps its "&lt;" as text.
    if (!text.contains(u'<') && text.contains(u"&lt;"_s))
        text = decodeEntities(text);
    text.remove(hidden).replace(breaks, u"\n"_s).remove(tags);
    // Entities are decoded last, so an escaped "&lt;b&gt;" stays text instead of becoming a tag.
    QStringList lines;
    for (const QString &line : decodeEntities(text).split(u'\n'))
        if (const QString l = line.simplified(); !l.isEmpty())
            lines.append(l);
    return lines.join(u'\n');
}
