// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/alertreader.h"

#include "domain/recordfields.h"
#include "feeds/jsonenvelope.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr auto quoted = &RecordFields::quoted;

// Go's zero time.Time, which Alertmanager and Grafana send as endsAt while an alert still fires.
bool isGoZeroTime(const QString &text)
{
    return text.startsWith(u"0001-01-01T00:00:00");
}

} // namespace

AlertReader::AlertReader(JsonEnvelope &doc, const QString &source)
    : m_doc(doc)
    , m_source(source)
{
}

void AlertReader::readAll(JsonEnvelope &doc, const QJsonObject &root, const QString &fallback)
{
    QString source = doc.options().source;
    if (source.isEmpty())
        source = root.value(u"receiver").toString(fallback);
    AlertReader reader(doc, source);
    const QJsonArray list = root.value(u"alerts").toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        reader.alert(list[i], JsonEnvelope::indexed(u"alerts"_s, i));
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
    const auto item = m_doc.item(value, path);
    if (!item)
        return;
    const QJsonObject &o = *item;
    RecordFields f(o, path);
    const QJsonObject labels = f.object(u"labels");
    const QJsonObject annotations = f.object(u"annotations");
    const QString status = f.text(u"status", true);
    const QString fingerprint = f.text(u"fingerprint");
    const QString key = service(f, labels);
    StateChange s;
    s.rawState = status;
    s.source = m_source + u'#' + identity(fingerprint, labels);
    if (status == u"resolved") {
        s.state = ServiceState::Operational;
        s.time = time(f, o, u"endsAt", tr("a resolved alert needs the time it ended"));
    } else {
        // A firing alert's non-zero endsAt is only a guess of when it will time out, not an
        // observed recovery, so it is not turned into a state.
        s.state = status == u"firing" ? firingState(labels.value(u"severity")) : ServiceState::Unknown;
        s.time = time(f, o, u"startsAt", tr("an alert needs the time it started"));
    }
    if (f.failed())
        return m_doc.reject(f, o);
    s.service = key;
    s.message = message(o, labels, annotations, fingerprint);
    m_doc.batch().states.append(s);
}

TimeMs AlertReader::time(RecordFields &f, const QJsonObject &o, QStringView name, const QString &whyNeeded)
{
    if (!f.failed() && isGoZeroTime(o.value(name).toString())) {
        f.fail(name, tr("%1 is the zero time (none): %2").arg(quoted(name), whyNeeded));
        return 0;
    }
    // Nanoseconds and local offsets ("…51.68943305+08:00") are truncated to UTC ms.
    return f.rfc3339(name, true).value_or(0);
}

QString AlertReader::service(RecordFields &f, const QJsonObject &labels)
{
    if (f.failed())
        return {};
    const ServiceMapping &mapping = m_doc.options().mapping;
    for (const QString &label : {mapping.label, u"job"_s, u"alertname"_s}) {
        const QString name = labels.value(label).toString().trimmed();
        if (label.isEmpty() || name.isEmpty())
            continue;
        const QString key = mapping.resolve(name, name);
        if (key.isEmpty())
            f.fail(QString(u"labels."_s + label),
                tr("label value %1 is not in the service mapping and only mapped services are taken")
                    .arg(quoted(name)));
        return key;
    }
    f.fail(u"labels", tr("no %1, \"job\" or \"alertname\" label names the service").arg(quoted(mapping.label)));
    return {};
}

// Human text first ("alertname: summary — description"), then the labels, annotations,
// fingerprint and Grafana's query values as compact JSON, so nothing the alert said is lost.
QString AlertReader::message(
    const QJsonObject &o, const QJsonObject &labels, const QJsonObject &annotations, const QString &fingerprint) const
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
        if (const QJsonValue v = o.value(QStringView(grafana)); !v.isUndefined() && !v.isNull())
            kept.insert(QStringView(grafana), v);
    return human + u'\n' + QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}
