// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/alertreader.h"

#include "domain/recordfields.h"
#include "feeds/jsonscan.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr auto describe = &RecordFields::describe;
constexpr auto quoted = &RecordFields::quoted;

// Go's zero time.Time, which Alertmanager and Grafana send as endsAt while an alert still fires.
bool isGoZeroTime(const QString &text)
{
    return text.startsWith(u"0001-01-01T00:00:00");
}

} // namespace

AlertReader::AlertReader(
    const ParseOptions &options, FeedBatch &into, const QString &source, const JsonScan *scan, qsizetype bom)
    : m_options(options)
    , m_into(into)
    , m_source(source)
    , m_scan(scan)
    , m_bom(bom)
{
}

QString AlertReader::rawText(const QJsonValue &v)
{
    return RecordFields::rawText(
        v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) : describe(v).toUtf8());
}

// labels.severity is free text. The common words are mapped; a firing alert whose word is
// missing or unknown (e.g. "exception") still says something is failing, so it counts as a
// partial outage: Unknown would keep the last known, usually operational, availability and
// hide the alert from the impact.
ServiceState AlertReader::firingState(const QJsonValue &severity)
{
    const QString s = severity.toString().trimmed().toLower();
    if (s == u"critical" || s == u"page" || s == u"major")
        return ServiceState::MajorOutage;
    if (s == u"error" || s == u"high")
        return ServiceState::PartialOutage;
    if (s == u"warning" || s == u"minor" || s == u"info" || s == u"none")
        return ServiceState::Degraded;
    return ServiceState::PartialOutage;
}

QString AlertReader::identity(const QString &fingerprint, const QJsonObject &labels)
{
    if (!fingerprint.trimmed().isEmpty())
        return fingerprint.trimmed();
    // QJsonObject keeps its keys sorted, so the compact text does not depend on their order.
    const QByteArray text = QJsonDocument(labels).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(16));
}

void AlertReader::alert(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return reject(path, tr("%1 must be an object, got %2").arg(path, describe(value)), value);
    if (const JsonScan::Duplicate *d = m_scan ? m_scan->duplicateWithin(path) : nullptr)
        return m_into.rejects.append(JsonScan::rejectDuplicate(*m_scan, m_options, m_bom, *d, rawText(value)));
    const QJsonObject o = value.toObject();
    m_object = &o;
    m_path = path;
    m_field.clear();
    m_reason.clear();

    const QJsonObject labels = object(u"labels");
    const QJsonObject annotations = object(u"annotations");
    const QString status = string(u"status", true);
    const QString fingerprint = string(u"fingerprint", false);
    const QString key = service(labels);
    StateChange s;
    s.rawState = status;
    s.source = m_source + u'#' + identity(fingerprint, labels);
    if (status == u"resolved") {
        s.state = ServiceState::Operational;
        s.time = time(u"endsAt", tr("a resolved alert needs the time it ended"));
    } else {
        // A firing alert's non-zero endsAt is only a guess of when it will time out, not an
        // observed recovery, so it is not turned into a state.
        s.state = status == u"firing" ? firingState(labels.value(u"severity")) : ServiceState::Unknown;
        s.time = time(u"startsAt", tr("an alert needs the time it started"));
    }
    if (!m_reason.isEmpty())
        return reject(m_field, m_reason, o);
    s.service = key;
    s.message = message(labels, annotations, fingerprint);
    m_into.states.append(s);
}

void AlertReader::fail(const QString &field, const QString &reason)
{
    if (m_reason.isEmpty()) {
        m_field = m_path + u'.' + field;
        m_reason = reason;
    }
}

void AlertReader::reject(const QString &field, const QString &reason, const QJsonValue &raw)
{
    m_into.rejects.append(JsonScan::rejectAt(m_scan, m_options, m_bom, field, reason, rawText(raw)));
}

QJsonValue AlertReader::value(QStringView name, bool required)
{
    const QJsonValue v = m_object->value(name);
    if ((v.isUndefined() || v.isNull()) && required)
        fail(name.toString(), tr("missing required field %1").arg(quoted(name)));
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

QJsonObject AlertReader::object(QStringView name)
{
    const QJsonValue v = value(name, false);
    if (!v.isUndefined() && !v.isObject())
        fail(name.toString(), tr("%1 must be an object, got %2").arg(quoted(name), describe(v)));
    return v.toObject();
}

QString AlertReader::string(QStringView name, bool required)
{
    const QJsonValue v = value(name, required);
    if (!v.isUndefined() && !v.isString())
        fail(name.toString(), tr("%1 must be a string, got %2").arg(quoted(name), describe(v)));
    return v.toString();
}

TimeMs AlertReader::time(QStringView name, const QString &whyNeeded)
{
    const QJsonValue v = value(name, true);
    if (v.isUndefined())
        return 0;
    const QString text = v.toString();
    if (v.isString() && isGoZeroTime(text)) {
        fail(name.toString(), tr("%1 is the zero time (none): %2").arg(quoted(name), whyNeeded));
        return 0;
    }
    // Nanoseconds and local offsets ("…51.68943305+08:00") are truncated to UTC ms.
    if (const auto t = v.isString() ? Timestamps::parseFeedTime(text) : std::nullopt)
        return *t;
    if (v.isString() && Timestamps::parseRfc3339(text))
        fail(name.toString(),
            tr("%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, got %2")
                .arg(quoted(name), describe(v)));
    else
        fail(name.toString(), tr("%1 is not an RFC 3339 time with an offset, got %2").arg(quoted(name), describe(v)));
    return 0;
}

QString AlertReader::service(const QJsonObject &labels)
{
    if (!m_reason.isEmpty())
        return {};
    for (const QString &label : {m_options.mapping.label, u"job"_s, u"alertname"_s}) {
        const QString name = labels.value(label).toString().trimmed();
        if (label.isEmpty() || name.isEmpty())
            continue;
        const QString key = m_options.mapping.resolve(name, name);
        if (key.isEmpty())
            fail(u"labels."_s + label,
                tr("label value %1 is not in the service mapping and only mapped services are taken")
                    .arg(quoted(name)));
        return key;
    }
    fail(u"labels"_s,
        tr("no %1, \"job\" or \"alertname\" label names the service").arg(quoted(m_options.mapping.label)));
    return {};
}

// Human text first ("alertname: summary — description"), then the labels, annotations,
// fingerprint and Grafana's query values as compact JSON, so nothing the alert said is lost.
QString AlertReader::message(
    const QJsonObject &labels, const QJsonObject &annotations, const QString &fingerprint) const
{
    QStringList details;
    for (const auto name : {u"summary", u"description"}) {
        const QString text = annotations.value(QStringView(name)).toString().trimmed();
        if (!text.isEmpty() && !details.contains(text))
            details.append(text);
    }
    const QString alertname = labels.value(u"alertname").toString();
    QString human = alertname;
    if (!details.isEmpty())
        human = (alertname.isEmpty() ? QString() : QString(alertname + u": "_s)) + details.join(u" \u2014 "_s);
    QJsonObject kept {{u"labels"_s, labels}, {u"annotations"_s, annotations}};
    if (!fingerprint.isEmpty())
        kept.insert(u"fingerprint"_s, fingerprint);
    for (const auto grafana : {u"values", u"valueString"})
        if (const QJsonValue v = m_object->value(QStringView(grafana)); !v.isUndefined() && !v.isNull())
            kept.insert(QStringView(grafana), v);
    return human + u'\n' + QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}
