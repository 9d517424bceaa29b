// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/googlecloudparser.h"

#include "domain/recordfields.h"
#include "feeds/jsonenvelope.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr auto indexed = &JsonEnvelope::indexed;

class IncidentReader {
    Q_DECLARE_TR_FUNCTIONS(GoogleCloudParser)

public:
    explicit IncidentReader(JsonEnvelope &doc)
        : m_doc(doc)
        , m_options(doc.options())
        , m_into(doc.batch())
    {
    }

    void incident(const QJsonValue &value, const QString &path)
    {
        const auto item = m_doc.item(value, path);
        if (!item)
            return;
        const QJsonObject &o = *item;
        RecordFields f(o, path);
        Incident incident;
        incident.id = f.string(u"id", true);
        incident.title = f.string(u"external_desc", false);
        const QString serviceName = f.string(u"service_name", false);
        const QString severity = f.string(u"severity", false).trimmed().toLower();
        incident.began = f.time(u"begin", true);
        incident.detected = f.time(u"created", false);
        incident.resolved = f.time(u"end", false);
        const QString impact = f.string(u"status_impact", false);
        const QJsonArray products = f.list(u"affected_products");
        const QJsonArray list = f.list(u"updates");
        if (f.failed())
            return m_doc.reject(f, o);

        if (incident.title.trimmed().isEmpty())
            incident.title = serviceName.isEmpty() ? incident.id : serviceName;
        static const QHash<QString, QString> severities {
            {u"low"_s, u"minor"_s}, {u"medium"_s, u"major"_s}, {u"high"_s, u"critical"_s}};
        incident.severity = severities.value(severity);
        incident.source = m_options.source;
        const QString uri = o.value(u"uri").toString();
        incident.summary = serviceName + (uri.isEmpty() ? QString() : u"\nhttps://status.cloud.google.com/"_s + uri);
        incident.services = services(products, o, path);

        // Every update, and the most recent one when it is not among them (the feed repeats it).
        QList<std::pair<QJsonValue, QString>> all;
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
                m_doc.reject(indexed(path + u".affected_products"_s, i),
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
        const auto item = m_doc.item(value, path);
        if (!item)
            return std::nullopt;
        const QJsonObject &o = *item;
        RecordFields f(o, path);
        // "when" is the time the page shows; "created" stands in for it in older entries.
        auto time = f.time(u"when", false);
        if (!time && !f.failed())
            time = f.time(u"created", true);
        IncidentUpdate u;
        u.incidentId = incident.id;
        u.status = f.string(u"status", true);
        u.message = f.string(u"text", false);
        if (f.failed()) {
            m_doc.reject(f, o);
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
        u.isPublic = true; // published on the public status dashboard
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

    JsonEnvelope &m_doc;
    const ParseOptions &m_options;
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
    JsonEnvelope doc(data, options);
    if (!doc.isArray())
        return doc.refuse(tr("not a Google Cloud incidents.json: expected an array of incidents, got %1")
                              .arg(doc.isObject() ? tr("an object") : tr("a bare value")));
    IncidentReader reader(doc);
    const QJsonArray list = doc.array();
    const qint64 total = doc.text().size();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!doc.progress(total * i / list.size()))
            return doc.take();
        reader.incident(list[i], indexed({}, i));
    }
    return doc.finish();
}

bool GoogleCloudParser::looksLike(QByteArrayView head)
{
    head = JsonEnvelope::head(head);
    const auto has = [&](QByteArrayView key) { return RecordFields::hasJsonKey(head, key); };
    return head.startsWith('[') && (has("external_desc") || has("most_recent_update") || has("affected_products"));
}
