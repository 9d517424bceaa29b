// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/alertmanagerparser.h"

#include "domain/recordfields.h"
#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

constexpr auto describe = &RecordFields::describe;
constexpr auto quoted = &RecordFields::quoted;

// The alert as compact JSON, cut to 512 bytes without splitting a UTF-8 sequence.
QString rawText(const QJsonValue &v)
{
    return RecordFields::rawText(
        v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) : describe(v).toUtf8());
}

// Go's zero time.Time, which Alertmanager sends as endsAt while an alert still fires.
bool isGoZeroTime(const QString &text)
{
    return text.startsWith(u"0001-01-01T00:00:00");
}

// labels.severity is free text. The common words are mapped; a firing alert whose word is
// missing or unknown (e.g. "exception") still says something is failing, so it counts as a
// partial outage: Unknown would keep the last known, usually operational, availability and
// hide the alert from the impact.
ServiceState firingState(const QJsonValue &severity)
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

// Grafana-managed alerting sends a look-alike whose fields mean other things (values of
// the query, links into Grafana); reading it as Alertmanager would mislabel services.
bool isGrafana(const QJsonObject &root, const QJsonArray &alerts)
{
    if (root.contains(u"orgId"))
        return true;
    for (const QJsonValue &a : alerts) {
        const QJsonObject o = a.toObject();
        for (const auto key : {u"values", u"valueString", u"silenceURL", u"dashboardURL", u"panelURL"})
            if (o.contains(QStringView(key)))
                return true;
    }
    return false;
}

class AlertReader {
public:
    AlertReader(const ParseOptions &options, FeedBatch &into, const QString &source)
        : m_options(options)
        , m_into(into)
        , m_source(source)
    {
    }

    void alert(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            return reject(path, path + u" must be an object, got "_s + describe(value), value);
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
        s.source = m_source;
        if (status == u"resolved") {
            s.state = ServiceState::Operational;
            s.time = time(u"endsAt", u"a resolved alert needs the time it ended"_s);
        } else {
            // A firing alert's non-zero endsAt is only Alertmanager's guess of when it will
            // time out, not an observed recovery, so it is not turned into a state.
            s.state = status == u"firing" ? firingState(labels.value(u"severity")) : ServiceState::Unknown;
            s.time = time(u"startsAt", u"an alert needs the time it started"_s);
        }
        if (!m_reason.isEmpty())
            return reject(m_field, m_reason, o);
        s.service = key;
        s.message = message(labels, annotations, fingerprint);
        m_into.states.append(s);
    }

private:
    void fail(const QString &field, const QString &reason)
    {
        if (m_reason.isEmpty()) {
            m_field = m_path + u'.' + field;
            m_reason = reason;
        }
    }

    void reject(const QString &field, const QString &reason, const QJsonValue &raw)
    {
        // Single-document format: line 1, and QJsonDocument does not tell an alert's byte offset.
        m_into.rejects.append(Reject {m_options.source, 1, -1, field, reason, rawText(raw), m_options.receivedAt});
    }

    QJsonValue value(QStringView name, bool required)
    {
        const QJsonValue v = m_object->value(name);
        if ((v.isUndefined() || v.isNull()) && required)
            fail(name.toString(), u"missing required field "_s + quoted(name));
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    }

    QJsonObject object(QStringView name)
    {
        const QJsonValue v = value(name, false);
        if (!v.isUndefined() && !v.isObject())
            fail(name.toString(), quoted(name) + u" must be an object, got "_s + describe(v));
        return v.toObject();
    }

    QString string(QStringView name, bool required)
    {
        const QJsonValue v = value(name, required);
        if (!v.isUndefined() && !v.isString())
            fail(name.toString(), quoted(name) + u" must be a string, got "_s + describe(v));
        return v.toString();
    }

    TimeMs time(QStringView name, const QString &whyNeeded)
    {
        const QJsonValue v = value(name, true);
        if (v.isUndefined())
            return 0;
        const QString text = v.toString();
        if (v.isString() && isGoZeroTime(text)) {
            fail(name.toString(), quoted(name) + u" is the zero time (none): "_s + whyNeeded);
            return 0;
        }
        // Nanoseconds and local offsets ("…51.68943305+08:00") are truncated to UTC ms.
        if (const auto t = v.isString() ? Timestamps::parseRfc3339(text) : std::nullopt)
            return *t;
        fail(name.toString(), quoted(name) + u" is not an RFC 3339 time with an offset, got "_s + describe(v));
        return 0;
    }

    // The service named by the mapping's label, else "job", else "alertname".
    QString service(const QJsonObject &labels)
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
                    u"label value "_s + quoted(name)
                        + u" is not in the service mapping and only mapped services are taken"_s);
            return key;
        }
        fail(u"labels"_s,
            u"no "_s + quoted(m_options.mapping.label) + u", \"job\" or \"alertname\" label names the service"_s);
        return {};
    }

    // Human text first ("alertname: summary — description"), then the labels, annotations
    // and fingerprint as compact JSON so nothing the alert said is lost.
    static QString message(const QJsonObject &labels, const QJsonObject &annotations, const QString &fingerprint)
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
            human = (alertname.isEmpty() ? QString() : QString(alertname + u": "_s)) + details.join(u" — "_s);
        QJsonObject kept {{u"labels"_s, labels}, {u"annotations"_s, annotations}};
        if (!fingerprint.isEmpty())
            kept.insert(u"fingerprint"_s, fingerprint);
        return human + u'\n' + QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
    }

    const ParseOptions &m_options;
    FeedBatch &m_into;
    QString m_source;
    const QJsonObject *m_object = nullptr;
    QString m_path;
    QString m_field;
    QString m_reason;
};

constexpr auto hasJsonKey = &RecordFields::hasJsonKey;

} // namespace

ParseResult AlertmanagerParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    if (data.startsWith(kBom))
        data = data.sliced(kBom.size());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = u"invalid JSON: "_s + error.errorString() + u" at byte "_s + QString::number(error.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = u"not an Alertmanager webhook payload: expected a JSON object with \"alerts\", got "_s
            + (doc.isArray() ? u"an array"_s : u"a bare value"_s);
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue alerts = root.value(u"alerts");
    if (alerts.isUndefined() || alerts.isNull()) {
        result.error = u"not an Alertmanager webhook payload: missing \"alerts\""_s;
        return result;
    }
    if (!alerts.isArray()) {
        result.error = u"not an Alertmanager webhook payload: \"alerts\" must be an array, got "_s + describe(alerts);
        return result;
    }
    if (isGrafana(root, alerts.toArray())) {
        result.error = u"Grafana-managed alert payload: not supported yet"_s;
        return result;
    }
    // Any "version" is read the same way while the shape matches: older Alertmanagers
    // only lack optional fields (truncatedAlerts, fingerprint).
    if (options.progress && !options.progress(0, data.size())) {
        result.cancelled = true;
        return result;
    }

    QString source = options.source;
    if (source.isEmpty())
        source = root.value(u"receiver").toString(u"alertmanager"_s);
    AlertReader reader(options, result.batch, source);
    const QJsonArray list = alerts.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        reader.alert(list[i], u"alerts["_s + QString::number(i) + u']');

    if (options.progress)
        options.progress(data.size(), data.size());
    return result;
}

bool AlertmanagerParser::looksLike(QByteArrayView head)
{
    head = head.trimmed();
    if (head.startsWith(kBom))
        head = head.sliced(kBom.size()).trimmed();
    // "receiver" comes first in real payloads; the alert fields help when it does not.
    return head.startsWith('{') && hasJsonKey(head, "alerts")
        && (hasJsonKey(head, "receiver") || hasJsonKey(head, "groupKey") || hasJsonKey(head, "startsAt")
            || hasJsonKey(head, "commonLabels"));
}
