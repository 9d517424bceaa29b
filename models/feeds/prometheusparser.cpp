// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/prometheusparser.h"

#include "domain/recordfields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");
// The same window as native times (docs/feed-format.md): outside it the number is not a
// plausible Unix time in seconds (milliseconds sent by mistake land far beyond 2200).
constexpr double kMinSeconds = 1e8; // 1973-03-03T09:46:40Z
constexpr double kMaxSeconds = 7258118400.0; // 2200-01-01T00:00:00Z

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return RecordFields::describe(value);
}

class SeriesReader {
public:
    SeriesReader(const ParseOptions &options, FeedBatch &into)
        : m_options(options)
        , m_into(into)
    {
    }

    void series(const QJsonValue &entry, const QString &where, bool matrix)
    {
        if (!entry.isObject()) {
            reject(where, u"expected a series object, got "_s + RecordFields::describe(entry), entry);
            return;
        }
        const QJsonObject object = entry.toObject();
        const QJsonObject metric = object.value(u"metric").toObject();
        // Native histograms ("histograms" / "histogram") are distributions of observations
        // (count, sum, buckets), not a share of the function that works: which buckets count as
        // failures is a query decision, so a series of histograms only is skipped. Ask for an
        // SLI ratio instead.
        if (!object.contains(matrix ? u"values" : u"value") && object.contains(matrix ? u"histograms" : u"histogram"))
            return;
        const QString service = serviceOf(metric);
        if (service.isEmpty()) {
            reject(where + u".metric"_s,
                u"no service: none of the labels "_s + candidateNames().join(u", "_s)
                    + u" has a value the service mapping knows, and the mapping takes mapped "
                      u"names only"_s,
                metric);
            return;
        }
        if (matrix) {
            const QJsonValue values = object.value(u"values");
            if (!values.isArray()) {
                reject(where + u".values"_s,
                    u"\"values\" must be an array of [time, value] pairs, got "_s + RecordFields::describe(values),
                    object);
                return;
            }
            const QJsonArray points = values.toArray();
            for (qsizetype j = 0; j < points.size(); ++j)
                point(points.at(j), where + u".values["_s + QString::number(j) + u']', service);
        } else {
            point(object.value(u"value"), where + u".value"_s, service);
        }
    }

    // Series that resolve to one service (e.g. several instances of one job, named by "job")
    // would collide on the store's key (service, source, time) and all but one be dropped.
    // They are merged instead: the mean of their values is the share of the service that works.
    void finish()
    {
        for (auto it = m_merged.cbegin(); it != m_merged.cend(); ++it)
            if (it->count > 1)
                m_into.samples[it->index].availability = it->sum / it->count;
    }

private:
    struct Merge {
        qsizetype index = 0;
        double sum = 0;
        int count = 0;
    };

    QStringList candidateNames() const
    {
        QStringList names {m_options.mapping.label, u"job"_s, u"instance"_s, u"__name__"_s};
        names.removeDuplicates();
        for (QString &n : names)
            n = RecordFields::quoted(n);
        return names;
    }

    // The first label value the mapping resolves: the configured label, then job, instance and
    // metric name; a series without any of them (e.g. the result of sum()) is "prometheus".
    QString serviceOf(const QJsonObject &metric) const
    {
        const QString labels[] = {m_options.mapping.label, u"job"_s, u"instance"_s, u"__name__"_s};
        bool anyLabel = false;
        for (const QString &label : labels) {
            const QString value = metric.value(label).toString();
            if (value.isEmpty())
                continue;
            anyLabel = true;
            if (const QString key = m_options.mapping.resolve(value); !key.isEmpty())
                return key;
        }
        return anyLabel ? QString() : m_options.mapping.resolve(u"prometheus"_s);
    }

    void point(const QJsonValue &pair, const QString &where, const QString &service)
    {
        const QJsonArray array = pair.toArray();
        if (!pair.isArray() || array.size() != 2) {
            reject(where, u"expected a [time, value] pair, got "_s + RecordFields::describe(pair), pair);
            return;
        }
        const QJsonValue t = array.at(0);
        const double seconds = t.toDouble();
        if (!t.isDouble() || !(seconds >= kMinSeconds && seconds < kMaxSeconds)) {
            reject(where, u"time must be Unix seconds between 1973 and 2200, got "_s + RecordFields::describe(t), pair);
            return;
        }
        const QJsonValue v = array.at(1);
        bool ok = v.isDouble();
        double value = v.toDouble();
        if (v.isString())
            value = QLocale::c().toDouble(v.toString(), &ok);
        if (!ok) {
            reject(where, u"value must be a number as a string (\"0.5\"), got "_s + RecordFields::describe(v), pair);
            return;
        }
        if (!std::isfinite(value)) {
            reject(where,
                u"value "_s + RecordFields::describe(v)
                    + u" is not a finite number: no availability can be read from NaN or Inf"_s,
                pair);
            return;
        }
        // A value in [0, 1] is a share (so `up` reads as is, and 1 is fully up, never 1 %).
        // A value in (1, 100] is a percentage, as availability SLIs are often recorded
        // (`avg_over_time(probe_success[5m]) * 100`), and is divided by 100.
        if (value < 0 || value > 100) {
            reject(where,
                u"value "_s + RecordFields::describe(v)
                    + u" is neither a share between 0 and 1 nor a percentage between 1 and 100"_s,
                pair);
            return;
        }
        const double availability = value > 1 ? value / 100 : value;
        const TimeMs time = std::llround(seconds * 1000.0);

        Merge &merge = m_merged[std::pair(service, time)];
        if (merge.count == 0) {
            merge.index = m_into.samples.size();
            HealthSample sample;
            sample.time = time;
            sample.service = service;
            sample.source = m_options.source;
            sample.availability = availability;
            m_into.samples.append(sample);
        }
        merge.sum += availability;
        ++merge.count;
    }

    void reject(const QString &field, const QString &reason, const QJsonValue &raw)
    {
        m_into.rejects.append(Reject {m_options.source, 0, -1, field, reason,
            RecordFields::rawText(compact(raw).toUtf8()), m_options.receivedAt});
    }

    const ParseOptions &m_options;
    FeedBatch &m_into;
    QHash<std::pair<QString, TimeMs>, Merge> m_merged;
};

} // namespace

ParseResult PrometheusParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    if (data.startsWith(kBom))
        data = data.sliced(kBom.size());
    if (data.trimmed().isEmpty())
        return result;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype at = qBound(qsizetype(0), qsizetype(error.offset), data.size());
        result.error = u"invalid JSON at line "_s + QString::number(data.first(at).count('\n') + 1) + u": "_s
            + error.errorString();
        return result;
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(u"status").toString();
    if (status == u"error") {
        result.error = u"Prometheus error "_s + root.value(u"errorType").toString(u"(no errorType)"_s) + u": "_s
            + root.value(u"error").toString();
        return result;
    }
    if (!doc.isObject() || status != u"success") {
        result.error = u"not a Prometheus API response: \"status\" is "_s
            + RecordFields::describe(root.value(u"status")) + u", expected \"success\" or \"error\""_s;
        return result;
    }
    // "warnings" and "infos" describe the query (e.g. a partial response from a remote
    // storage), not a record: there is nothing to store them as, so they are not read.
    const QJsonObject payload = root.value(u"data").toObject();
    const QString resultType = payload.value(u"resultType").toString();
    if (resultType != u"matrix" && resultType != u"vector") {
        result.error = u"Prometheus resultType "_s + RecordFields::describe(payload.value(u"resultType"))
            + u" has no series; expected \"matrix\" (query_range) or \"vector\" (query)"_s;
        return result;
    }
    const QJsonValue series = payload.value(u"result");
    if (!series.isArray()) {
        result.error = u"\"data.result\" must be an array of series, got "_s + RecordFields::describe(series);
        return result;
    }

    SeriesReader reader(options, result.batch);
    const QJsonArray list = series.toArray();
    const qint64 total = data.size();
    for (qsizetype i = 0; i < list.size(); ++i) {
        // The document is parsed whole, so progress is the share of series done.
        if (options.progress && !options.progress(total * i / list.size(), total)) {
            result.cancelled = true;
            break;
        }
        reader.series(list.at(i), u"result["_s + QString::number(i) + u']', resultType == u"matrix");
    }
    reader.finish();
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
