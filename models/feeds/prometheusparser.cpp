#include "feeds/prometheusparser.h"

#include "domain/recordfields.h"
#include "feeds/jsonscan.h"
#include "feeds/prometheusseriesreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

QString tr(const char *text)
{
    return QCoreApplication::translate("PrometheusParser", text);
}

} // namespace

ParseResult PrometheusParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    const qsizetype bom = data.startsWith(kBom) ? kBom.size() : 0;
    data = data.sliced(bom);
    if (data.trimmed().isEmpty())
        return result;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = JsonScan::describeError(data, error, bom);
        return result;
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(u"status").toString();
    if (status == u"error") {
        // The server's own words, cut: a proxy can put anything there.
        result.error = tr("Prometheus error %1: %2")
                           .arg(RecordFields::excerpt(root.value(u"errorType").toString(tr("(no errorType)"))),
                               RecordFields::excerpt(root.value(u"error").toString(), 400));
        return result;
    }
    if (!doc.isObject() || status != u"success") {
        result.error = tr("not a Prometheus API response: \"status\" is %1, expected \"success\" or \"error\"")
                           .arg(RecordFields::describe(root.value(u"status")));
        return result;
    }
    // "warnings" and "infos" describe the query (e.g. a partial response from a remote
    // storage), not a record: there is nothing to store them as, so they are not read.
    const QJsonObject payload = root.value(u"data").toObject();
    const QString resultType = payload.value(u"resultType").toString();
    if (resultType != u"matrix" && resultType != u"vector") {
        result.error = tr("Prometheus resultType %1 has no series; expected \"matrix\" (query_range) or \"vector\" "
                          "(query)")
                           .arg(RecordFields::describe(payload.value(u"resultType")));
        return result;
    }
    const QJsonValue series = payload.value(u"result");
    if (!series.isArray()) {
        result.error = tr("\"data.result\" must be an array of series, got %1").arg(RecordFields::describe(series));
        return result;
    }
    const JsonScan scan(data);
    if (const JsonScan::Duplicate *d = scan.duplicateOutside({u"data.result"_s})) {
        result.error = tr("%1 at byte %2: %3")
                           .arg(d->field())
                           .arg(options.baseOffset + bom + d->offset)
                           .arg(JsonScan::duplicateReason(*d));
        return result;
    }

    PrometheusSeriesReader reader(options, result.batch, scan, bom);
    const QJsonArray list = series.toArray();
    const qint64 total = data.size();
    for (qsizetype i = 0; i < list.size(); ++i) {
        // The document is parsed whole, so progress is the share of series done.
        if (options.progress && !options.progress(total * i / list.size(), total)) {
            result.cancelled = true;
            break;
        }
        reader.add(list.at(i), i, resultType == u"matrix");
    }
    const QString refused = reader.finish();
    if (!refused.isEmpty() && !result.cancelled) {
        result.error = refused;
        result.batch = {};
        return result;
    }
    if (options.progress && !result.cancelled)
        options.progress(total, total);
    return result;
}

bool PrometheusParser::looksLike(QByteArrayView head)
{
    if (head.startsWith(kBom))
        head = head.sliced(kBom.size());
    head = head.trimmed();
    if (!head.startsWith('{'))
        return false;
    // "resultType" sits near the top of every success; errors carry "errorType".
    return head.contains("\"resultType\"") || (head.contains("\"status\"") && head.contains("\"errorType\""));
}
