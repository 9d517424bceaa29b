// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/prometheusseriesreader.h"

#include "domain/recordfields.h"
#include "feeds/jsonenvelope.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The same window as native times (docs/feed-format.md): outside it the number is not a
// plausible Unix time in seconds (milliseconds sent by mistake land far beyond 2200).
constexpr double kMinSeconds = double(Timestamps::kEarliestFeedTime) / 1000;
constexpr double kMaxSeconds = double(Timestamps::kLatestFeedTime) / 1000;

QString number(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

PrometheusSeriesReader::PrometheusSeriesReader(JsonEnvelope &doc)
    : m_doc(doc)
    , m_options(doc.options())
    , m_into(doc.batch())
{
}

QString PrometheusSeriesReader::seriesText(const QJsonObject &metric)
{
    QStringList labels;
    for (auto it = metric.begin(); it != metric.end(); ++it)
        if (it.key() != u"__name__")
            labels.append(it.key() + u"=\""_s + it.value().toString() + u'"');
    const QString text = metric.value(u"__name__").toString() + u'{' + labels.join(u',') + u'}';
    return RecordFields::excerpt(text);
}

void PrometheusSeriesReader::add(const QJsonValue &entry, qsizetype index, bool matrix)
{
    const QString where = u"result["_s + QString::number(index) + u']';
    if (!entry.isObject())
        return reject(where, tr("expected a series object, got %1").arg(RecordFields::describe(entry)), entry);
    if (m_doc.rejectDuplicateWithin(u"data."_s + where, entry, u"data."))
        return;
    const QJsonObject object = entry.toObject();
    const QJsonObject metric = object.value(u"metric").toObject();
    // Native histograms ("histograms" / "histogram") are distributions of observations
    // (count, sum, buckets), not a share of the function that works: which buckets count as
    // failures is a query decision, so a series of histograms only is skipped. Ask for an
    // SLI ratio instead.
    if (!object.contains(matrix ? u"values" : u"value") && object.contains(matrix ? u"histograms" : u"histogram"))
        return;
    const QString service = serviceOf(metric);
    if (service.isEmpty())
        return reject(where + u".metric"_s,
            tr("no service: none of the labels %1 has a value the service mapping knows, and the mapping takes "
               "mapped names only")
                .arg(candidateNames().join(u", "_s)),
            metric);
    const QString series = seriesText(metric);
    if (!matrix)
        return point(object.value(u"value"), where + u".value"_s, service, series);
    const QJsonValue values = object.value(u"values");
    if (!values.isArray())
        return reject(where + u".values"_s,
            tr("\"values\" must be an array of [time, value] pairs, got %1").arg(RecordFields::describe(values)),
            object);
    const QJsonArray points = values.toArray();
    for (qsizetype j = 0; j < points.size(); ++j)
        point(points.at(j), where + u".values["_s + QString::number(j) + u']', service, series);
}

QString PrometheusSeriesReader::finish()
{
    // Series that resolve to one service (e.g. several instances of one job, named by "job")
    // would collide on the store's key (service, source, time) and all but one be dropped.
    // They are merged instead: the mean of their values is the share of the service that works.
    for (auto it = m_merged.cbegin(); it != m_merged.cend(); ++it)
        if (it->count > 1)
            m_into.samples[it->index].availability = it->sum / it->count;
    if (m_fits > 0 || m_misfits == 0)
        return {};
    // Not one value is an availability on this scale: the query asks for something else, or the
    // scale is not the one declared. Nothing is stored; the message says what to change.
    const QString range = m_low == m_high ? number(m_low) : number(m_low) + u"\u2013"_s + number(m_high);
    if (m_options.mapping.scale == ValueScale::Undeclared)
        return tr("none of the %n values (%1) is an availability ratio between 0 and 1, and no scale is declared. "
                  "Declare what the values are: \"scale\": \"percent\" or \"probe\" for the source in sources.json, "
                  "or import --scale percent|probe. Values that are no availability at all (go_goroutines, "
                  "request counts) need another query, such as avg_over_time(up[5m]).",
            nullptr, int(qMin<qsizetype>(m_misfits, INT_MAX)))
            .arg(range);
    return tr("none of the %n values (%1) fits the declared scale %2; a query of an availability on that scale, "
              "or the scale the values are on, is needed.",
        nullptr, int(qMin<qsizetype>(m_misfits, INT_MAX)))
        .arg(range, scaleText());
}

QStringList PrometheusSeriesReader::candidateNames() const
{
    QStringList names {m_options.mapping.label, u"job"_s, u"instance"_s, u"__name__"_s};
    names.removeDuplicates();
    for (QString &n : names)
        n = RecordFields::quoted(n);
    return names;
}

// The first label value the mapping resolves: the configured label, then job, instance and
// metric name; a series without any of them (e.g. the result of sum()) is "prometheus".
QString PrometheusSeriesReader::serviceOf(const QJsonObject &metric) const
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

std::optional<double> PrometheusSeriesReader::scaled(double value) const
{
    switch (m_options.mapping.scale) {
    case ValueScale::Percent:
        return value >= 0 && value <= 100 ? std::optional(value / 100) : std::nullopt;
    case ValueScale::Probe:
        return value == 0 || value == 1 ? std::optional(value) : std::nullopt;
    case ValueScale::Undeclared:
    case ValueScale::Ratio:
        break;
    }
    return value >= 0 && value <= 1 ? std::optional(value) : std::nullopt;
}

QString PrometheusSeriesReader::scaleText() const
{
    switch (m_options.mapping.scale) {
    case ValueScale::Percent:
        return tr("percent (0..100)");
    case ValueScale::Probe:
        return tr("probe (0 or 1)");
    case ValueScale::Undeclared:
    case ValueScale::Ratio:
        break;
    }
    return tr("ratio (0..1)");
}

void PrometheusSeriesReader::point(
    const QJsonValue &pair, const QString &field, const QString &service, const QString &series)
{
    const QJsonArray array = pair.toArray();
    if (!pair.isArray() || array.size() != 2)
        return reject(field, tr("expected a [time, value] pair, got %1").arg(RecordFields::describe(pair)), pair);
    const QJsonValue t = array.at(0);
    const double seconds = t.toDouble();
    if (!t.isDouble() || !(seconds >= kMinSeconds && seconds < kMaxSeconds))
        return reject(
            field, tr("time must be Unix seconds between 1973 and 2200, got %1").arg(RecordFields::describe(t)), pair);
    const QJsonValue v = array.at(1);
    bool ok = v.isDouble();
    double value = v.toDouble();
    if (v.isString())
        value = QLocale::c().toDouble(v.toString(), &ok);
    if (!ok)
        return reject(
            field, tr("value must be a number as a string (\"0.5\"), got %1").arg(RecordFields::describe(v)), pair);
    if (!std::isfinite(value))
        return reject(field,
            tr("value %1 is not a finite number: no availability can be read from NaN or Inf")
                .arg(RecordFields::describe(v)),
            pair);
    const TimeMs time = std::llround(seconds * 1000.0);
    m_low = m_fits + m_misfits == 0 ? value : qMin(m_low, value);
    m_high = m_fits + m_misfits == 0 ? value : qMax(m_high, value);
    const auto availability = scaled(value);
    if (!availability) {
        ++m_misfits;
        const QString hint = m_options.mapping.scale == ValueScale::Undeclared
            ? tr("; if the values are percentages, declare \"scale\": \"percent\" (import --scale percent)")
            : QString();
        return reject(field,
            tr("value %1 of series %2 at %3 is outside the %4 scale %5%6")
                .arg(number(value), series, Timestamps::toRfc3339(time),
                    m_options.mapping.scale == ValueScale::Undeclared ? tr("default") : tr("declared"), scaleText(),
                    hint),
            pair);
    }
    ++m_fits;
    Merge &merge = m_merged[std::pair(service, time)];
    if (merge.count == 0) {
        merge.index = m_into.samples.size();
        HealthSample sample;
        sample.time = time;
        sample.service = service;
        sample.source = m_options.source;
        sample.availability = *availability;
        m_into.samples.append(sample);
    }
    merge.sum += *availability;
    ++merge.count;
}

void PrometheusSeriesReader::reject(const QString &field, const QString &reason, const QJsonValue &raw)
{
    m_doc.reject(QString(u"data."_s + field), field, reason, raw);
}
