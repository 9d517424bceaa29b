// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/prometheusparser.h"

#include "domain/recordfields.h"
#include "feeds/jsonenvelope.h"
#include "feeds/prometheusseriesreader.h"

using namespace Qt::StringLiterals;

ParseResult PrometheusParser::parse(QByteArrayView data, const ParseOptions &options)
{
    JsonEnvelope doc(data, options);
    if (doc.text().trimmed().isEmpty())
        return {};
    const QJsonObject root = doc.object();
    const QString status = root.value(u"status").toString();
    if (status == u"error") {
        // The server's own words, cut: a proxy can put anything there.
        return doc.refuse(tr("Prometheus error %1: %2")
                              .arg(RecordFields::excerpt(root.value(u"errorType").toString(tr("(no errorType)"))),
                                  RecordFields::excerpt(root.value(u"error").toString(), 400)));
    }
    if (!doc.isObject() || status != u"success")
        return doc.refuse(tr("not a Prometheus API response: \"status\" is %1, expected \"success\" or \"error\"")
                              .arg(RecordFields::describe(root.value(u"status"))));
    // "warnings" and "infos" describe the query (e.g. a partial response from a remote
    // storage), not a record: there is nothing to store them as, so they are not read.
    const QJsonObject payload = root.value(u"data").toObject();
    const QString resultType = payload.value(u"resultType").toString();
    if (resultType != u"matrix" && resultType != u"vector")
        return doc.refuse(tr("Prometheus resultType %1 has no series; expected \"matrix\" (query_range) or "
                             "\"vector\" (query)")
                              .arg(RecordFields::describe(payload.value(u"resultType"))));
    const QJsonValue series = payload.value(u"result");
    if (!series.isArray())
        return doc.refuse(tr("\"data.result\" must be an array of series, got %1").arg(RecordFields::describe(series)));
    if (!doc.acceptDuplicatesIn({u"data.result"_s}))
        return doc.take();

    PrometheusSeriesReader reader(doc);
    const QJsonArray list = series.toArray();
    const qint64 total = doc.text().size();
    // The document is parsed whole, so progress is the share of series done.
    for (qsizetype i = 0; i < list.size() && doc.progress(total * i / list.size()); ++i)
        reader.add(list.at(i), i, resultType == u"matrix");
    // A cancelled parse keeps the series read before the cancel, whatever they fit.
    if (const QString refused = reader.finish(); !refused.isEmpty() && !doc.cancelled())
        return doc.refuse(refused);
    return doc.finish();
}

bool PrometheusParser::looksLike(QByteArrayView head)
{
    head = JsonEnvelope::head(head);
    if (!head.startsWith('{'))
        return false;
    // "resultType" sits near the top of every success; errors carry "errorType".
    return head.contains("\"resultType\"") || (head.contains("\"status\"") && head.contains("\"errorType\""));
}
