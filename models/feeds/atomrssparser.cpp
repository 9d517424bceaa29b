// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/atomrssparser.h"

#include "domain/recordfields.h"
#include "feeds/atomrssincidents.h"
#include "feeds/statusstamps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdlib>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

const QString kAtomNs = u"http://www.w3.org/2005/Atom"_s;
const QString kContentNs = u"http://purl.org/rss/1.0/modules/content/"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("AtomRssParser", text);
}

// What one <entry> or <item> said, before interpretation.
struct Entry {
    QString id, guid, link, title, content, updated, published, pubDate;
    bool contentIsHtml = true;
    qint64 line = 0;
    qint64 offset = 0;
    QByteArrayView raw;
};

// A link that names one incident, not the page's home ("http://status.aws.amazon.com/"), without
// its fragment: "…/incidents/abc#update-3" and "…/incidents/abc" are one incident.
QString incidentLink(const QString &link)
{
    const QUrl url(link);
    if (!url.isValid() || url.path().isEmpty() || url.path() == u"/")
        return {};
    return url.adjusted(QUrl::RemoveFragment).toString();
}

class FeedReader {
public:
    FeedReader(QByteArrayView data, const ParseOptions &options, ParseResult &result)
        : m_data(data)
        , m_options(options)
        , m_result(result)
        , m_xml(data.toByteArray())
    {
        qsizetype pos = 0;
        m_lineStarts.append(0);
        while ((pos = data.indexOf('\n', pos)) >= 0)
            m_lineStarts.append(++pos);
    }

    void read()
    {
        bool atom = false;
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            if (!m_rootSeen) {
                m_rootSeen = true;
                atom = name == u"feed";
                if (!atom && name != u"rss") {
                    m_result.error = u"not an Atom or RSS feed: the root element is <"_s
                        + RecordFields::excerpt(m_xml.qualifiedName()) + u'>';
                    return;
                }
            } else if ((atom && name == u"entry") || (!atom && name == u"item")) {
                Entry entry;
                if (readEntry(entry, atom))
                    take(entry, atom);
                if (m_options.progress && !m_options.progress(entry.offset, m_data.size())) {
                    m_result.cancelled = true;
                    break;
                }
            }
        }
        if (m_xml.hasError()) // columns 1-based, as in NDJSON's "invalid JSON ... at column N"
            m_result.error = u"XML error at line "_s + QString::number(m_xml.lineNumber()) + u", column "_s
                + QString::number(m_xml.columnNumber() + 1) + u": "_s + m_xml.errorString();
        finish();
    }

private:
    // QXmlStreamReader counts lines and UTF-16 columns; rejects name bytes, like NDJSON's.
    qsizetype byteOffset() const
    {
        const qint64 line = qBound<qint64>(1, m_xml.lineNumber(), m_lineStarts.size());
        qsizetype pos = m_lineStarts[line - 1];
        for (qint64 units = 0; units < m_xml.columnNumber() && pos < m_data.size(); ++pos) {
            const quint8 b = quint8(m_data[pos]);
            if ((b & 0xC0) != 0x80) // a lead byte starts a character; 4-byte ones are 2 units
                units += b >= 0xF0 ? 2 : 1;
        }
        while (pos < m_data.size() && (quint8(m_data[pos]) & 0xC0) == 0x80)
            ++pos;
        return pos;
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(); }

    bool readEntry(Entry &e, bool atom)
    {
        const qsizetype start = qMax<qsizetype>(0, m_data.first(byteOffset()).lastIndexOf('<'));
        e.line = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), start) - m_lineStarts.cbegin()
            + m_options.firstLine - 1;
        e.offset = m_options.baseOffset + start;
        while (m_xml.readNext() != QXmlStreamReader::EndElement || m_xml.name() != (atom ? u"entry" : u"item")) {
            if (m_xml.hasError() || m_xml.atEnd())
                return false; // a cut entry is not taken; the error says where the document broke
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            const QStringView ns = m_xml.namespaceUri();
            const bool plain = ns.isEmpty() || (atom && ns == kAtomNs);
            if (plain && atom && name == u"link") {
                const auto rel = m_xml.attributes().value(u"rel"_s);
                if (e.link.isEmpty() && (rel.isEmpty() || rel == u"alternate"))
                    e.link = m_xml.attributes().value(u"href"_s).toString();
                m_xml.skipCurrentElement();
            } else if (plain && (name == u"content" || name == u"summary" || name == u"description")) {
                // Atom text constructs are plain text unless type="html" (RFC 4287 3.1); xhtml
                // arrives as child elements whose text readElementText already joins.
                const bool html = !atom || m_xml.attributes().value(u"type"_s) == u"html";
                const QString body = text();
                if (e.content.isEmpty() || name == u"content") {
                    e.content = body;
                    e.contentIsHtml = html;
                }
            } else if (ns == kContentNs && name == u"encoded") {
                if (const QString body = text(); e.content.isEmpty())
                    e.content = body;
            } else if (plain) {
                QString *target = name == u"id" ? &e.id
                    : name == u"guid"           ? &e.guid
                    : name == u"link"           ? &e.link
                    : name == u"title"          ? &e.title
                    : name == u"updated"        ? &e.updated
                    : name == u"published"      ? &e.published
                    : name == u"pubDate"        ? &e.pubDate
                                                : nullptr;
                if (target)
                    *target = text();
                else
                    m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        e.raw = m_data.sliced(start, byteOffset() - start);
        return true;
    }

    void reject(const Entry &e, const QString &field, const QString &reason)
    {
        m_result.batch.rejects.append(Reject {
            m_options.source, e.line, e.offset, field, reason, RecordFields::rawText(e.raw), m_options.receivedAt});
    }

    static QString statusOf(const QString &title, const QString &html)
    {
        static const std::pair<QString, QString> prefixes[]
            = {{u"Informational message:"_s, u"informational"_s}, {u"Service degradation:"_s, u"degraded"_s},
                {u"Service disruption:"_s, u"disruption"_s}, {u"Service is operating normally:"_s, u"resolved"_s}};
        QString status;
        for (const auto &[prefix, word] : prefixes)
            if (title.startsWith(prefix, Qt::CaseInsensitive))
                status = word;
        // AWS tags a title when the incident is over, whatever its prefix still says.
        if (title.contains(u"[RESOLVED]"_s, Qt::CaseInsensitive) || title.contains(u"[\u89E3\u6C7A\u6E08]"_s))
            return u"resolved"_s;
        if (!status.isEmpty())
            return status;
        static const QRegularExpression strong(u"<strong\\b[^>]*>(.*?)</strong\\s*>"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const QString label = AtomRssParser::htmlToText(strong.match(html).captured(1)).simplified().toLower();
        return label.isEmpty() ? u"update"_s : label;
    }

    // The title without the AWS status prefix and resolution tags: what all updates share.
    static QString bareTitle(QString title)
    {
        static const QRegularExpression noise(
            u"^(Informational message|Service degradation|Service disruption|Service is operating normally):|"
            u"\\[(RESOLVED|\u89E3\u6C7A\u6E08)\\]"_s,
            QRegularExpression::CaseInsensitiveOption);
        return title.remove(noise).simplified();
    }

    void take(const Entry &e, bool atom)
    {
        static const QRegularExpression awsGuid(u"aws\\.amazon\\.com/.*#([A-Za-z0-9.-]+)_(\\d{9,11})$"_s);
        const auto aws = awsGuid.match(e.guid);
        AtomRssIncidents::Item item;
        IncidentUpdate &u = item.update;
        // Atom requires <updated>; <published> stands in only when it is absent.
        const bool published = atom && e.updated.isEmpty() && !e.published.isEmpty();
        const QString timeField = atom ? (published ? u"published"_s : u"updated"_s) : u"pubDate"_s;
        const QString timeText = atom ? (published ? e.published : e.updated) : e.pubDate;
        const auto parsed = atom ? Timestamps::parseFeedTime(timeText) : AtomRssParser::parseRfc822(timeText);
        TimeMs time = parsed.value_or(0);
        bool hasTime = parsed && Timestamps::isFeedTime(*parsed);
        if (aws.hasMatch()) {
            const TimeMs guidTime = aws.captured(2).toLongLong() * 1000;
            // AWS writes the pubDate's epoch into the guid: a mismatch means one of them is wrong.
            if (hasTime && time != guidTime)
                return reject(e, u"pubDate"_s,
                    RecordFields::quoted(e.pubDate) + u" ("_s + Timestamps::toRfc3339(time)
                        + u") disagrees with the time in \"guid\" ("_s + Timestamps::toRfc3339(guidTime) + u')');
            time = guidTime; // also stands in for a missing or unreadable pubDate
            hasTime = true;
        }
        if (!hasTime) {
            QString reason = u"missing "_s + RecordFields::quoted(timeField);
            if (!timeText.isEmpty())
                reason = RecordFields::quoted(timeField)
                    + (atom ? u" is not RFC 3339 with an offset, got "_s
                            : u" is not an RFC 822 date with a known zone (\"Fri, 23 Aug 2019 02:39:42 PDT\"), got "_s)
                    + RecordFields::quoted(timeText);
            return reject(e, timeField, reason);
        }
        u.time = time;
        u.status = statusOf(e.title, e.contentIsHtml ? e.content : QString());
        item.resolves = u.status == u"resolved" || u.status == u"completed";
        const QString body = e.contentIsHtml ? AtomRssParser::htmlToText(e.content) : e.content.simplified();
        u.message = body.isEmpty() ? e.title : e.title + u'\n' + body;
        u.source = m_options.source;
        if (aws.hasMatch()) {
            if (const QString key = m_options.mapping.resolve(aws.captured(1)); !key.isEmpty())
                u.services = {key};
            item.title = bareTitle(e.title);
            item.group = aws.captured(1) + u'\n' + item.title.toLower();
        } else {
            takeOther(e, item, body);
            return;
        }
        m_items.append(item);
    }

    // An entry of a status page's own feed: every stamped section of its text is an update of
    // its own, and entries sharing an id or a link are one incident (grouped in finish()).
    void takeOther(const Entry &e, AtomRssIncidents::Item &item, const QString &body)
    {
        IncidentUpdate &u = item.update;
        item.title = e.title;
        item.link = incidentLink(e.link);
        const QString id = !e.id.isEmpty() ? e.id : e.guid;
        item.name = !item.link.isEmpty() ? item.link : !id.isEmpty() ? id : !e.link.isEmpty() ? e.link : e.title;
        if (item.name.isEmpty())
            return reject(e, e.guid.isEmpty() && !e.id.isEmpty() ? u"id"_s : u"guid"_s,
                tr("the entry has no id, guid, link or title to name its incident"));
        for (const QString &key : {id, item.link})
            if (!key.isEmpty() && !item.keys.contains(key))
                item.keys.append(key);
        if (item.keys.isEmpty())
            item.keys.append(item.name);
        item.published = Timestamps::parseFeedTime(e.published);
        const bool titleResolves = StatusStamps::resolves(e.title);
        const QList<StatusStamps::Section> sections = StatusStamps::sections(body, u.time);
        if (sections.isEmpty()) {
            item.resolves = item.resolves || titleResolves || StatusStamps::resolves(body);
            if (item.resolves && u.status == u"update")
                u.status = u"resolved"_s;
            m_items.append(item);
            return;
        }
        const TimeMs newest = std::max_element(sections.cbegin(), sections.cend(), [](const auto &a, const auto &b) {
            return a.time < b.time;
        })->time;
        for (const StatusStamps::Section &section : sections) {
            AtomRssIncidents::Item part = item;
            part.update.time = section.time;
            // A stamp has minutes; a feed time in the same minute gives the update to the second.
            for (const std::optional<TimeMs> &feedTime : {std::optional(u.time), item.published})
                if (feedTime && *feedTime / 60000 * 60000 == section.time) {
                    part.update.time = *feedTime;
                    break;
                }
            part.update.status = section.label.isEmpty() ? u"update"_s : section.label;
            part.update.message = e.title + u'\n' + section.text;
            part.resolves = section.resolves || (titleResolves && section.time == newest);
            if (part.resolves && part.update.status == u"update")
                part.update.status = u"resolved"_s;
            m_items.append(part);
        }
    }

    void finish() { AtomRssIncidents::build(m_items, m_options.source, m_result.batch); }

    QByteArrayView m_data;
    const ParseOptions &m_options;
    ParseResult &m_result;
    QXmlStreamReader m_xml;
    QList<qsizetype> m_lineStarts;
    QList<AtomRssIncidents::Item> m_items;
    bool m_rootSeen = false;
};

} // namespace

ParseResult AtomRssParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    if (data.trimmed().isEmpty() || data == QByteArrayView("\xEF\xBB\xBF"))
        return result;
    FeedReader(data, options, result).read();
    if (options.progress && !result.cancelled)
        options.progress(data.size(), data.size());
    return result;
}

bool AtomRssParser::looksLike(QByteArrayView head)
{
    // The first element decides; the XML declaration, comments, a doctype and a BOM may precede it.
    qsizetype pos = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while ((pos = head.indexOf('<', pos)) >= 0 && pos + 1 < head.size()) {
        const char next = head[pos + 1];
        if (next != '?' && next != '!') {
            const QByteArrayView tag = head.sliced(pos + 1);
            const auto isRoot = [&](QByteArrayView name) {
                return tag.startsWith(name) && tag.size() > name.size()
                    && QByteArrayView(" \t\r\n>").contains(tag[name.size()]);
            };
            return isRoot("feed") || isRoot("rss");
        }
        const QByteArrayView close = next == '!' && head.sliced(pos).startsWith("<!--") ? "-->" : ">";
        const qsizetype end = head.indexOf(close, pos);
        if (end < 0)
            return false;
        pos = end + close.size();
    }
    return false;
}
