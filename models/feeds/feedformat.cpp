// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedformat.h"

#include "feeds/alertmanagerparser.h"
#include "feeds/atomrssparser.h"
#include "feeds/csvparser.h"
#include "feeds/googlecloudparser.h"
#include "feeds/grafanaparser.h"
#include "feeds/ndjsonparser.h"
#include "feeds/prometheusparser.h"
#include "feeds/statuspageparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct FormatInfo {
    const char16_t *name;
    FeedFormat::Kind kind;
};
// "atom" and "rss" are one parser: both names are accepted.
constexpr FormatInfo kFormats[] = {
    {u"ndjson", FeedFormat::Ndjson},
    {u"csv", FeedFormat::Csv},
    {u"statuspage", FeedFormat::Statuspage},
    {u"alertmanager", FeedFormat::Alertmanager},
    {u"prometheus", FeedFormat::Prometheus},
    {u"atom", FeedFormat::AtomRss},
    {u"rss", FeedFormat::AtomRss},
    {u"grafana", FeedFormat::Grafana},
    {u"gcp", FeedFormat::GoogleCloud},
};

// How many lines NDJSON detection looks through for one that parses.
constexpr int kDetectLines = 20;

// The first line that parses as JSON decides: an object with a string "type" is NDJSON. Lines
// that do not parse are passed over, so one bad first line does not hide a whole feed (the
// parser then rejects that line alone).
bool looksLikeNdjson(QByteArrayView head)
{
    if (head.isEmpty() || head.front() != '{')
        return false;
    qsizetype pos = 0;
    for (int seen = 0; pos < head.size() && seen < kDetectLines; ++seen) {
        qsizetype eol = head.indexOf('\n', pos);
        if (eol < 0 && seen > 0)
            return false; // a later line cut by the end of the head is no evidence either way
        // A first line longer than the head (a megabyte of message) cannot be parsed here: one
        // that opens the way a native record does is taken as one, and the parser judges it.
        if (eol < 0 && head.size() >= 60 * 1024) {
            static const QRegularExpression record(
                u"^\\{\\s*\"type\"\\s*:\\s*\"(service|dependency|sample|state|incident|update|annotation|scenario)\""_s);
            return record.match(QString::fromUtf8(head.first(qMin<qsizetype>(head.size(), 200)))).hasMatch();
        }
        if (eol < 0)
            eol = head.size();
        const QByteArrayView line = head.sliced(pos, eol - pos).trimmed();
        pos = eol + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        return doc.object().value(u"type").isString();
    }
    return false;
}
} // namespace

QStringList FeedFormat::names()
{
    QStringList out {QStringLiteral("auto")};
    for (const FormatInfo &f : kFormats)
        out.append(QString::fromUtf16(f.name));
    return out;
}

FeedFormat::Kind FeedFormat::fromName(const QString &name)
{
    for (const FormatInfo &f : kFormats)
        if (name == QStringView(f.name))
            return f.kind;
    return Unknown;
}

QString FeedFormat::name(Kind kind)
{
    for (const FormatInfo &f : kFormats)
        if (f.kind == kind)
            return QString::fromUtf16(f.name);
    return QStringLiteral("unknown");
}

FeedFormat::Kind FeedFormat::detect(QByteArrayView head, QString *why)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QByteArrayView trimmed = head.trimmed();
    if (trimmed.isEmpty()) {
        if (why)
            *why = QStringLiteral("the file is empty");
        return Unknown;
    }
    // Cheapest and strictest first; CSV last, since almost any text has a comma.
    if (looksLikeNdjson(trimmed))
        return Ndjson;
    // Grafana before Alertmanager: its unified payload is an Alertmanager look-alike.
    if (GrafanaParser::looksLike(trimmed))
        return Grafana;
    if (GoogleCloudParser::looksLike(trimmed))
        return GoogleCloud;
    if (AlertmanagerParser::looksLike(trimmed))
        return Alertmanager;
    if (PrometheusParser::looksLike(trimmed))
        return Prometheus;
    if (StatuspageParser::looksLike(trimmed))
        return Statuspage;
    if (AtomRssParser::looksLike(trimmed))
        return AtomRss;
    if (CsvParser::looksLike(trimmed))
        return Csv;
    if (why) {
        const QString start
            = QString::fromUtf8(trimmed.first(qMin<qsizetype>(40, trimmed.size()))).replace(u'\n', u' ');
        *why = QStringLiteral("it starts with \"%1\", which is none of: %2")
                   .arg(start, names().mid(1).join(QStringLiteral(", ")));
    }
    return Unknown;
}

ParseResult FeedFormat::parse(Kind kind, QByteArrayView data, const ParseOptions &options)
{
    // Every service a feed names exists afterwards (users unknown), whatever its format.
    ParseResult r = parseAs(kind, data, options);
    r.batch.registerSeenServices();
    return r;
}

ParseResult FeedFormat::parseAs(Kind kind, QByteArrayView data, const ParseOptions &options)
{
    switch (kind) {
    case Ndjson:
        return NdjsonParser::parse(data, options);
    case Csv:
        return CsvParser::parse(data, options);
    case Statuspage:
        return StatuspageParser::parse(data, options);
    case Alertmanager:
        return AlertmanagerParser::parse(data, options);
    case Prometheus:
        return PrometheusParser::parse(data, options);
    case AtomRss:
        return AtomRssParser::parse(data, options);
    case Grafana:
        return GrafanaParser::parse(data, options);
    case GoogleCloud:
        return GoogleCloudParser::parse(data, options);
    case Unknown:
        break;
    }
    ParseResult r;
    r.error = QStringLiteral("unknown format");
    return r;
}
