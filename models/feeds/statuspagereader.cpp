// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/statuspagereader.h"

#include "domain/recordfields.h"
#include "feeds/jsonenvelope.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr auto quoted = &RecordFields::quoted;
constexpr auto indexed = &JsonEnvelope::indexed;

void addService(QStringList &services, const QString &key)
{
    if (!key.isEmpty() && !services.contains(key))
        services.append(key);
}

QString transition(const QString &raw, const QString &oldRaw, const QString &title)
{
    QString text = u"status: "_s + raw;
    if (!oldRaw.isEmpty())
        text += u" (was "_s + oldRaw + u')';
    if (!title.isEmpty())
        text += u"; incident: "_s + title;
    return text;
}

} // namespace

StatuspageReader::StatuspageReader(JsonEnvelope &doc, const QString &source, const QString &timeZone)
    : m_doc(doc)
    , m_options(doc.options())
    , m_into(doc.batch())
    , m_source(source)
    , m_timeZone(timeZone)
{
}

// Statuspage's documented component states. Anything else (a future addition, a typo)
// is Unknown with the word kept verbatim, never an error: a new enum value must not
// make a whole page unreadable.
ServiceState StatuspageReader::componentState(QStringView raw)
{
    static constexpr std::pair<std::u16string_view, ServiceState> known[]
        = {{u"operational", ServiceState::Operational}, {u"degraded_performance", ServiceState::Degraded},
            {u"partial_outage", ServiceState::PartialOutage}, {u"major_outage", ServiceState::MajorOutage},
            {u"under_maintenance", ServiceState::Maintenance}};
    for (const auto &[word, state] : known)
        if (raw == QStringView(word))
            return state;
    return ServiceState::Unknown;
}

std::optional<ServiceState> StatuspageReader::indicatorState(QStringView indicator)
{
    static constexpr std::pair<std::u16string_view, ServiceState> known[] = {{u"none", ServiceState::Operational},
        {u"minor", ServiceState::Degraded}, {u"major", ServiceState::PartialOutage},
        {u"critical", ServiceState::MajorOutage}, {u"maintenance", ServiceState::Maintenance}};
    for (const auto &[word, state] : known)
        if (indicator == QStringView(word))
            return state;
    return std::nullopt;
}

void StatuspageReader::eachOf(const QJsonObject &doc, const QString &key, ItemRead read)
{
    RecordFields root(doc);
    const QJsonArray list = root.list(key);
    if (root.failed())
        return m_doc.reject(root, doc.value(key));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(key, i);
        if (const auto item = m_doc.item(list[i], path))
            (this->*read)(*item, path);
    }
}

void StatuspageReader::component(const QJsonObject &o, const QString &path)
{
    if (o.value(u"group").toBool()) {
        // A container: its child components carry the states; its name is their group.
        const QString id = o.value(u"id").toString();
        const QString name = o.value(u"name").toString();
        for (Service &seen : m_into.seenServices)
            if (!id.isEmpty() && seen.group == id)
                seen.group = name;
        if (!id.isEmpty())
            m_groupNames.insert(id, name);
        return;
    }
    RecordFields item(o, path);
    const QString id = item.text(u"id");
    const QString name = item.text(u"name");
    const QString raw = item.text(u"status", true);
    const auto time = item.rfc3339(u"updated_at", true);
    const QString key = service(item, id, name, u"id");
    if (item.failed())
        return m_doc.reject(item, o);
    // The group's name when it came first, else its id until the group comes (see above).
    const QString groupId = o.value(u"group_id").toString();
    see(key, name, m_groupNames.value(groupId, groupId));
    m_into.states.append(StateChange {*time, key, componentState(raw), raw, m_source, u"status: "_s + raw, false});
}

void StatuspageReader::incident(const QJsonObject &o, const QString &path)
{
    RecordFields item(o, path);
    Incident incident;
    incident.id = item.text(u"id", true);
    if (item.failed()) // without an id its updates could not be attributed either
        return m_doc.reject(item, o);
    // The lists are read first: a bad time further down must not hide the updates.
    const QJsonArray components = item.list(u"components");
    const QJsonArray updates = item.list(u"incident_updates");
    incident.title = item.text(u"name");
    if (incident.title.isEmpty())
        incident.title = incident.id;
    incident.severity = item.text(u"impact");
    // A scheduled maintenance gives its expected impact as "impact" ("major" on Discord's page),
    // which would rank planned work above real incidents: it is named maintenance instead, as
    // IncidentChoice knows it.
    if (path.startsWith(u"scheduled_maintenances") || o.value(u"scheduled_for").isString())
        incident.severity = u"maintenance"_s;
    incident.began = item.rfc3339(u"started_at"); // newer payloads; created_at otherwise
    if (!incident.began && !item.failed())
        incident.began = item.rfc3339(u"created_at", true);
    incident.mitigated = item.rfc3339(u"monitoring_at");
    incident.resolved = item.rfc3339(u"resolved_at");
    incident.timeZone = m_timeZone;
    incident.source = m_source;
    for (const QJsonValue &c : components) {
        const QString id = c.toObject().value(u"id").toString();
        const QString name = c.toObject().value(u"name").toString();
        if (!id.isEmpty() || !name.isEmpty()) // unmapped ones resolve to "" and are left out
            addService(incident.services, m_options.mapping.resolve(id, name));
    }
    // Updates are kept even when the incident's own fields are bad: the component
    // transitions they carry are what the impact is computed from.
    for (qsizetype i = 0; i < updates.size(); ++i) {
        const QString upath = indexed(path + u".incident_updates"_s, i);
        // incident.io pages list no components on incidents: the updates name them.
        if (const auto u = m_doc.item(updates[i], upath))
            for (const QString &key : update(*u, upath, incident))
                addService(incident.services, key);
    }
    if (item.failed())
        return m_doc.reject(item, o);
    m_into.incidents.append(incident);
}

void StatuspageReader::componentUpdate(const QJsonObject &o, const QJsonObject &component)
{
    RecordFields item(o, u"component_update"_s);
    QString id = item.text(u"component_id");
    if (id.isEmpty())
        id = component.value(u"id").toString();
    const QString name = component.value(u"name").toString();
    const QString oldRaw = item.text(u"old_status");
    const QString raw = item.text(u"new_status", true);
    const auto time = item.rfc3339(u"created_at", true);
    const QString key = service(item, id, name, u"component_id");
    if (item.failed())
        return m_doc.reject(item, o);
    m_into.states.append(
        StateChange {*time, key, componentState(raw), raw, m_source, transition(raw, oldRaw, {}), false});
}

// The page's own service, named by the page's id or name through the mapping ("Discord" →
// "discord"): without components, the indicator is all a status.json says.
void StatuspageReader::pageStatus(const QJsonObject &page, const QJsonObject &status)
{
    RecordFields pageItem(page, u"page"_s);
    const QString id = pageItem.text(u"id");
    const QString name = pageItem.text(u"name");
    const auto time = pageItem.rfc3339(u"updated_at", true);
    RecordFields statusItem(status, u"status"_s);
    const QString indicator = statusItem.text(u"indicator", true);
    const QString description = statusItem.text(u"description");
    if (!statusItem.failed() && !indicatorState(indicator))
        statusItem.fail(u"indicator",
            tr("unknown indicator %1; expected one of none, minor, major, critical").arg(quoted(indicator)));
    const QString key = service(pageItem, id, name, u"name");
    for (const RecordFields *item : {&pageItem, &statusItem})
        if (item->failed())
            return m_doc.reject(*item, item == &pageItem ? page : status);
    QString message = u"indicator: "_s + indicator;
    if (!description.isEmpty())
        message += u"; "_s + description;
    StateChange change;
    change.time = *time;
    change.service = key;
    change.state = *indicatorState(indicator);
    change.rawState = indicator;
    change.source = m_source;
    change.message = message;
    m_into.states.append(change);
}

// The service key of a component, or a failure naming 'field' when the mapping
// takes mapped names only and this one is not among them.
QString StatuspageReader::service(RecordFields &item, const QString &id, const QString &name, QStringView field)
{
    if (item.failed())
        return {};
    if (id.isEmpty() && name.isEmpty()) {
        item.fail(field, tr("the component has neither an id nor a name"));
        return {};
    }
    const QString key = m_options.mapping.resolve(id, name);
    if (key.isEmpty())
        item.fail(field,
            tr("component %1 is not in the service mapping and only mapped services are taken")
                .arg(quoted(name.isEmpty() ? id : name)));
    else
        see(key, name, {});
    return key;
}

void StatuspageReader::see(const QString &key, const QString &name, const QString &group)
{
    for (Service &seen : m_into.seenServices) {
        if (seen.key != key)
            continue;
        if (seen.group.isEmpty())
            seen.group = group;
        return;
    }
    m_into.seenServices.append(Service {key, name.isEmpty() ? key : name, std::nullopt, {}, {}, {}, {}, 0, {}, group});
}

// One incident update, and a state change per component it moved. Returns its services.
QStringList StatuspageReader::update(const QJsonObject &o, const QString &path, const Incident &incident)
{
    RecordFields item(o, path);
    IncidentUpdate update;
    update.incidentId = incident.id;
    // display_at is what the page shows, and may be backdated before created_at on purpose.
    auto time = item.rfc3339(u"display_at");
    if (!time && !item.failed())
        time = item.rfc3339(u"created_at");
    if (!time && !item.failed())
        item.fail(u"display_at", tr("missing both \"display_at\" and \"created_at\""));
    update.status = item.text(u"status", true);
    update.message = item.text(u"body");
    update.message.replace(u"\r\n"_s, u"\n"_s);
    const QJsonArray affected = item.list(u"affected_components");
    if (item.failed()) {
        m_doc.reject(item, o);
        return {};
    }
    update.time = *time;
    update.source = m_source;
    for (qsizetype i = 0; i < affected.size(); ++i) {
        const QString apath = indexed(path + u".affected_components"_s, i);
        const auto ao = m_doc.item(affected[i], apath);
        if (!ao)
            continue;
        RecordFields component(*ao, apath);
        const QString code = component.text(u"code");
        // The placeholder "No components were affected by this update." has no code.
        if (code.isEmpty() && !component.failed())
            continue;
        const QString name = component.text(u"name");
        const QString oldRaw = component.text(u"old_status");
        const QString raw = component.text(u"new_status", true);
        const QString key = service(component, code, name, u"code");
        if (component.failed()) {
            m_doc.reject(component, *ao);
            continue;
        }
        addService(update.services, key);
        m_into.states.append(StateChange {
            update.time, key, componentState(raw), raw, m_source, transition(raw, oldRaw, incident.title), false});
    }
    update.isPublic = true; // a status page's updates are what its readers were told
    m_into.updates.append(update);
    return update.services;
}
