#include "feedformat.h"

#include "ndjsonparser.h"

#include <QJsonDocument>
#include <QJsonObject>

QStringList FeedFormat::names()
{
    return {QStringLiteral("auto"), QStringLiteral("ndjson")};
}

FeedFormat::Kind FeedFormat::fromName(const QString &name)
{
    return name == u"ndjson" ? Ndjson : Unknown;
}

QString FeedFormat::name(Kind kind)
{
    return kind == Ndjson ? QStringLiteral("ndjson") : QStringLiteral("unknown");
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
    if (trimmed.front() == '{') {
        const qsizetype eol = trimmed.indexOf('\n');
        const QByteArrayView firstLine = eol < 0 ? trimmed : trimmed.first(eol);
        const QJsonObject obj = QJsonDocument::fromJson(firstLine.trimmed().toByteArray()).object();
        if (obj.value(QStringLiteral("type")).isString())
            return Ndjson;
    }
    if (why) {
        const QString start = QString::fromUtf8(trimmed.first(qMin<qsizetype>(40, trimmed.size())))
                                  .replace(u'\n', u' ');
        *why = QStringLiteral("it starts with \"%1\", which is none of: %2")
                   .arg(start, names().mid(1).join(QStringLiteral(", ")));
    }
    return Unknown;
}

ParseResult FeedFormat::parse(Kind kind, QByteArrayView data, const ParseOptions &options)
{
    if (kind == Ndjson)
        return NdjsonParser::parse(data, options);
    ParseResult r;
    r.error = QStringLiteral("unknown format");
    return r;
}
