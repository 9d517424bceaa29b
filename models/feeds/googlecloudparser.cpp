// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/googlecloudparser.h"

#include "domain/recordfields.h"
#include "feeds/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

QString tr(const char *text)
{
    return QCoreApplication::translate("GoogleCloudParser", text);
}

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString compact(const QJsonValue &v)
{
    return RecordFields::rawText(
        v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) : RecordFields::describe(v).toUtf8());
}

class IncidentReader {
public:
    IncidentReader(const ParseOptions &options, const JsonScan &scan, qsizetype bom, FeedBatch &into)
        : m_options(options)
        , m_scan(scan)
        , m_bom(bom)
        , m_into(into)
    {
    }

    void incident(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            return reject(path, tr("%1 must be an object, got %2").arg(path, RecordFields::describe(value)), value);
        if (const JsonScan::Duplicate *d = m_scan.duplicateWithin(path))
            return m_into.rejects.append(JsonScan::rejectDuplicate(m_scan, m_options, m_bom, *d, compact(value)));
        const QJsonObject o = value.toObject();
        RecordFields f(o);
        Incident incident;
        incident.id = f.string(u"id", true);
        incident.title = f.string(u"external_desc", false);
        const QString serviceName = f.string(u"service_name", false);
        const QString severity = f.string(u"severity", false).trimmed().toLower();
        incident.began = f.time(u"begin", true);
        incident.detected = f.time(u"created", false);
        incident.resolved = f.time(u"end", false);
        const QString impact = f.string(u"status_impact", false);
        const QJsonValue products = o.value(u"affected_products");
        const QJsonValue updates = o.value(u"updates");
        for (const auto &[name, list] : {std::pair(u"affected_products"_s, products), std::pair(u"updates"_s, updates)})
            if (!list.isUndefined() && !list.isNull() && !list.isArray())
                f.fail(name,
                    tr("%1 must be an array, got %2").arg(RecordFields::quoted(name), RecordFields::describe(list)));
        if (f.failed())
            return reject(path + u'.' + f.field(), f.reason(), value);

        if (incident.title.trimmed().isEmpty())
            incident.title = serviceName.isEmpty() ? incident.id : serviceName;
        static const QHash<QString, QString> severities {
            {u"low"_s, u"minor"_s}, {u"medium"_s, u"major"_s}, {u"high"_s, u"critical"_s}};
        incident.severity = severities.value(severity);
        incident.source = m_options.source;
        const QString uri = o.value(u"uri").toString();
        incident.summary = serviceName + (uri.isEmpty() ? QString() : u"\nhttps://status.cloud.google.com/"_s + uri);
        incident.services = services(products.toArray(), o, path);

        // Every update, and the most recent one when it is not among them (the feed repeats it).
        QList<std::pair<QJsonValue, QString>> all;
        const QJsonArray list = updates.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            all.append({list[i], indexed(path + u".updates"_s, i)});
        const QJsonValue latest = o.value(u"most_recent_update");
        if (latest.isObject() && !list.contains(latest))
            all.append({latest, path + u".most_recent_update"_s});

        QList<std::pair<TimeMs, QString>> statuses; // the incident's own impact first, from begin
        if (!impact.isEmpty())
            statuses.append({*incident.began, impact});
        for (const auto &[u, upath] : std::as_const(all))
            if (const auto read = update(u, upath, incident))
                statuses.append(*read);
        addStates(incident, statuses);
        m_into.incidents.append(incident);
    }

private:
    void reject(const QString &field, const QString &reason, const QJsonValue &raw)
    {
        m_into.rejects.append(JsonScan::rejectAt(&m_scan, m_options, m_bom, field, reason, compact(raw)));
    }

    // The products as service keys; a feed without them names its one product at the top.
    QStringList services(const QJsonArray &products, const QJsonObject &o, const QString &path)
    {
        QStringList keys;
        const auto add = [&](const QString &id, const QString &title) {
            if (id.isEmpty() && title.isEmpty())
                return;
            if (const QString key = m_options.mapping.resolve(id, title); !key.isEmpty() && !keys.contains(key))
                keys.append(key);
        };
        for (qsizetype i = 0; i < products.size(); ++i) {
            const QJsonObject p = products[i].toObject();
            if (!products[i].isObject())
                reject(indexed(path + u".affected_products"_s, i),
                    tr("a product must be an object with \"id\" and \"title\", got %1")
                        .arg(RecordFields::describe(products[i])),
                    products[i]);
            add(p.value(u"id").toString(), p.value(u"title").toString());
        }
        if (products.isEmpty())
            add(o.value(u"service_key").toString(), o.value(u"service_name").toString());
        return keys;
    }

    // One update; returns its time and status for the states, or nothing when it was rejected.
    std::optional<std::pair<TimeMs, QString>> update(
        const QJsonValue &value, const QString &path, const Incident &incident)
    {
        if (!value.isObject()) {
            reject(path, tr("%1 must be an object, got %2").arg(path, RecordFields::describe(value)), value);
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        RecordFields f(o);
        // "when" is the time the page shows; "created" stands in for it in older entries.
        auto time = f.time(u"when", false);
        if (!time && !f.failed())
            time = f.time(u"created", true);
        IncidentUpdate u;
        u.incidentId = incident.id;
        u.status = f.string(u"status", true);
        u.message = f.string(u"text", false);
        if (f.failed()) {
            reject(path + u'.' + f.field(), f.reason(), value);
            return std::nullopt;
        }
        QStringList locations;
        for (const QJsonValue &l : o.value(u"affected_locations").toArray())
            if (const QString title = l.toObject().value(u"title").toString(); !title.isEmpty())
                locations.append(title);
        if (!locations.isEmpty())
            u.message += u"\n\n"_s + tr("Locations: %1").arg(locations.join(u", "_s));
        u.time = *time;
        u.services = incident.services;
        u.source = m_options.source;
        m_into.updates.append(u);
        return std::pair(*time, u.status);
    }

    // A state per product at begin (the impact) and per update; operational from end. An
    // "AVAILABLE" update posted after the end says it is over, which end already does.
    void addStates(const Incident &incident, QList<std::pair<TimeMs, QString>> statuses)
    {
        std::stable_sort(
            statuses.begin(), statuses.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        if (incident.resolved) {
            statuses.erase(std::remove_if(statuses.begin(), statuses.end(),
                               [&](const auto &s) { return s.first > *incident.resolved; }),
                statuses.end());
            statuses.append({*incident.resolved, u"AVAILABLE"_s});
        }
        QSet<std::pair<TimeMs, QString>> seen;
        for (const QString &service : incident.services) {
            for (const auto &[time, word] : std::as_const(statuses)) {
                const ServiceState state = GoogleCloudParser::stateOf(word);
                if (seen.contains({time, service + u'\n' + ServiceStates::toKey(state)}))
                    continue;
                seen.insert({time, service + u'\n' + ServiceStates::toKey(state)});
                StateChange change;
                change.time = time;
                change.service = service;
                change.state = state;
                change.rawState = word;
                change.source = m_options.source;
                change.message = word + u": "_s + incident.title;
                m_into.states.append(change);
            }
        }
    }

    const ParseOptions &m_options;
    const JsonScan &m_scan;
    qsizetype m_bom;
    FeedBatch &m_into;
};

} // namespace

ServiceState GoogleCloudParser::stateOf(QStringView status)
{
    static constexpr std::pair<std::u16string_view, ServiceState> kStates[]
        = {{u"AVAILABLE", ServiceState::Operational}, {u"SERVICE_INFORMATION", ServiceState::Degraded},
            {u"SERVICE_DISRUPTION", ServiceState::PartialOutage}, {u"SERVICE_OUTAGE", ServiceState::MajorOutage}};
    for (const auto &[word, state] : kStates)
        if (status.trimmed().compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return state;
    return ServiceState::Unknown;
}

ParseResult GoogleCloudParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    const qsizetype bom = data.startsWith(kBom) ? kBom.size() : 0;
    data = data.sliced(bom);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = JsonScan::describeError(data, error, bom);
        return result;
    }
    if (!doc.isArray()) {
        result.error = tr("not a Google Cloud incidents.json: expected an array of incidents, got %1")
                           .arg(doc.isObject() ? tr("an object") : tr("a bare value"));
        return result;
    }
    const JsonScan scan(data);
    IncidentReader reader(options, scan, bom, result.batch);
    const QJsonArray list = doc.array();
    const qint64 total = data.size();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (options.progress && !options.progress(total * i / list.size(), total)) {
            result.cancelled = true;
            return result;
        }
        reader.incident(list[i], indexed({}, i));
    }
    if (options.progress)
        options.progress(total, total);
    return result;
}

bool GoogleCloudParser::looksLike(QByteArrayView head)
{
    head = head.trimmed();
    if (head.startsWith(kBom))
        head = head.sliced(kBom.size()).trimmed();
    const auto has = [&](QByteArrayView key) { return RecordFields::hasJsonKey(head, key); };
    return head.startsWith('[') && (has("external_desc") || has("most_recent_update") || has("affected_products"));
}
