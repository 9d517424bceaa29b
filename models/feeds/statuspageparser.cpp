// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/statuspageparser.h"

#include "domain/recordfields.h"
#include "domain/timestamps.h"
#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

constexpr auto describe = &RecordFields::describe;
constexpr auto quoted = &RecordFields::quoted;

// The item as compact JSON, cut to 512 bytes without splitting a UTF-8 sequence.
QString rawText(const QJsonValue &v)
{
    return RecordFields::rawText(
        v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) : describe(v).toUtf8());
}

// Statuspage's documented component states. Anything else (a future addition, a typo)
// is Unknown with the word kept verbatim, never an error: a new enum value must not
// make a whole page unreadable.
ServiceState componentState(QStringView raw)
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

// Reads the fields of one item (a component, an incident, an update). The first problem
// wins, so an item can be read straight through and checked once, as in the NDJSON parser.
class Item {
public:
    Item(const QJsonObject &object, const QString &path)
        : m_object(object)
        , m_path(path)
    {
    }

    bool failed() const { return !m_reason.isEmpty(); }
    const QString &field() const { return m_field; }
    const QString &reason() const { return m_reason; }

    void fail(QStringView name, const QString &reason)
    {
        if (!failed()) {
            m_field = m_path + u'.' + name;
            m_reason = reason;
        }
    }

    QString string(QStringView name, bool required = false)
    {
        const QJsonValue v = value(name, required);
        if (!v.isUndefined() && !v.isString())
            fail(name, quoted(name) + u" must be a string, got "_s + describe(v));
        return v.toString();
    }

    std::optional<TimeMs> time(QStringView name, bool required = false)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return std::nullopt;
        if (const auto t = v.isString() ? Timestamps::parseRfc3339(v.toString()) : std::nullopt)
            return t;
        fail(name, quoted(name) + u" is not an RFC 3339 time with an offset, got "_s + describe(v));
        return std::nullopt;
    }

    // null and absent are an empty list (incident.io sends null where Atlassian sends []).
    QJsonArray list(QStringView name)
    {
        const QJsonValue v = value(name, false);
        if (!v.isUndefined() && !v.isArray())
            fail(name, quoted(name) + u" must be an array or null, got "_s + describe(v));
        return v.toArray();
    }

private:
    QJsonValue value(QStringView name, bool required)
    {
        if (failed())
            return QJsonValue(QJsonValue::Undefined);
        QJsonValue v = m_object.value(name);
        if (v.isNull())
            v = QJsonValue(QJsonValue::Undefined);
        if (v.isUndefined() && required)
            fail(name, u"missing required field "_s + quoted(name));
        return v;
    }

    const QJsonObject &m_object;
    QString m_path;
    QString m_field;
    QString m_reason;
};

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

class Reader {
public:
    Reader(const ParseOptions &options, FeedBatch &into, const QString &source, const QString &timeZone)
        : m_options(options)
        , m_into(into)
        , m_source(source)
        , m_timeZone(timeZone)
    {
    }

    void reject(const QString &field, const QString &reason, const QJsonValue &raw)
    {
        // Single-document format: line 1, and QJsonDocument does not tell an item's byte offset.
        m_into.rejects.append(Reject {m_options.source, 1, -1, field, reason, rawText(raw), m_options.receivedAt});
    }

    // A top-level list (components, incidents...): each element read by 'read'.
    template <typename Read> void eachOf(const QJsonObject &doc, const QString &key, Read read)
    {
        const QJsonValue v = doc.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            reject(key, quoted(key) + u" must be an array or null, got "_s + describe(v), v);
            return;
        }
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = indexed(key, i);
            if (!list[i].isObject())
                reject(path, path + u" must be an object, got "_s + describe(list[i]), list[i]);
            else
                (this->*read)(list[i].toObject(), path);
        }
    }

    void component(const QJsonObject &o, const QString &path)
    {
        if (o.value(u"group").toBool())
            return; // a container: its child components carry the states
        Item item(o, path);
        const QString id = item.string(u"id");
        const QString name = item.string(u"name");
        const QString raw = item.string(u"status", true);
        const auto time = item.time(u"updated_at", true);
        const QString key = service(item, id, name, u"id");
        if (item.failed())
            return reject(item.field(), item.reason(), o);
        m_into.states.append(StateChange {*time, key, componentState(raw), raw, m_source, u"status: "_s + raw, false});
    }

    void incident(const QJsonObject &o, const QString &path)
    {
        Item item(o, path);
        Incident incident;
        incident.id = item.string(u"id", true);
        if (item.failed()) // without an id its updates could not be attributed either
            return reject(item.field(), item.reason(), o);
        // The lists are read first: a bad time further down must not hide the updates.
        const QJsonArray components = item.list(u"components");
        const QJsonArray updates = item.list(u"incident_updates");
        incident.title = item.string(u"name");
        if (incident.title.isEmpty())
            incident.title = incident.id;
        incident.severity = item.string(u"impact");
        incident.began = item.time(u"started_at"); // newer payloads; created_at otherwise
        if (!incident.began && !item.failed())
            incident.began = item.time(u"created_at", true);
        incident.mitigated = item.time(u"monitoring_at");
        incident.resolved = item.time(u"resolved_at");
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
            if (!updates[i].isObject()) {
                reject(upath, upath + u" must be an object, got "_s + describe(updates[i]), updates[i]);
                continue;
            }
            // incident.io pages list no components on incidents: the updates name them.
            for (const QString &key : update(updates[i].toObject(), upath, incident))
                addService(incident.services, key);
        }
        if (item.failed())
            return reject(item.field(), item.reason(), o);
        m_into.incidents.append(incident);
    }

    void componentUpdate(const QJsonObject &o, const QJsonObject &component)
    {
        Item item(o, u"component_update"_s);
        QString id = item.string(u"component_id");
        if (id.isEmpty())
            id = component.value(u"id").toString();
        const QString name = component.value(u"name").toString();
        const QString oldRaw = item.string(u"old_status");
        const QString raw = item.string(u"new_status", true);
        const auto time = item.time(u"created_at", true);
        const QString key = service(item, id, name, u"component_id");
        if (item.failed())
            return reject(item.field(), item.reason(), o);
        m_into.states.append(
            StateChange {*time, key, componentState(raw), raw, m_source, transition(raw, oldRaw, {}), false});
    }

private:
    // The service key of a component, or a failure naming 'field' when the mapping
    // takes mapped names only and this one is not among them.
    QString service(Item &item, const QString &id, const QString &name, QStringView field)
    {
        if (item.failed())
            return {};
        if (id.isEmpty() && name.isEmpty()) {
            item.fail(field, u"the component has neither an id nor a name"_s);
            return {};
        }
        const QString key = m_options.mapping.resolve(id, name);
        if (key.isEmpty())
            item.fail(field,
                u"component "_s + quoted(name.isEmpty() ? id : name)
                    + u" is not in the service mapping and only mapped services are taken"_s);
        return key;
    }

    static void addService(QStringList &services, const QString &key)
    {
        if (!key.isEmpty() && !services.contains(key))
            services.append(key);
    }

    static QString transition(const QString &raw, const QString &oldRaw, const QString &title)
    {
        QString text = u"status: "_s + raw;
        if (!oldRaw.isEmpty())
            text += u" (was "_s + oldRaw + u')';
        if (!title.isEmpty())
            text += u"; incident: "_s + title;
        return text;
    }

    // One incident update, and a state change per component it moved. Returns its services.
    QStringList update(const QJsonObject &o, const QString &path, const Incident &incident)
    {
        Item item(o, path);
        IncidentUpdate update;
        update.incidentId = incident.id;
        // display_at is what the page shows, and may be backdated before created_at on purpose.
        auto time = item.time(u"display_at");
        if (!time && !item.failed())
            time = item.time(u"created_at");
        if (!time && !item.failed())
            item.fail(u"display_at", u"missing both \"display_at\" and \"created_at\""_s);
        update.status = item.string(u"status", true);
        update.message = item.string(u"body");
        update.message.replace(u"\r\n"_s, u"\n"_s);
        const QJsonArray affected = item.list(u"affected_components");
        if (item.failed()) {
            reject(item.field(), item.reason(), o);
            return {};
        }
        update.time = *time;
        update.source = m_source;
        for (qsizetype i = 0; i < affected.size(); ++i) {
            const QString apath = indexed(path + u".affected_components"_s, i);
            const QJsonValue a = affected[i];
            if (!a.isObject()) {
                reject(apath, apath + u" must be an object, got "_s + describe(a), a);
                continue;
            }
            const QJsonObject ao = a.toObject();
            Item component(ao, apath);
            const QString code = component.string(u"code");
            // The placeholder "No components were affected by this update." has no code.
            if (code.isEmpty() && !component.failed())
                continue;
            const QString name = component.string(u"name");
            const QString oldRaw = component.string(u"old_status");
            const QString raw = component.string(u"new_status", true);
            const QString key = service(component, code, name, u"code");
            if (component.failed()) {
                reject(component.field(), component.reason(), ao);
                continue;
            }
            addService(update.services, key);
            m_into.states.append(StateChange {
                update.time, key, componentState(raw), raw, m_source, transition(raw, oldRaw, incident.title), false});
        }
        m_into.updates.append(update);
        return update.services;
    }

    const ParseOptions &m_options;
    FeedBatch &m_into;
    QString m_source;
    QString m_timeZone;
};

constexpr auto hasJsonKey = &RecordFields::hasJsonKey;

} // namespace

ParseResult StatuspageParser::parse(QByteArrayView data, const ParseOptions &options)
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
    const QJsonObject root = doc.object();
    const bool shaped = root.contains(u"components") || root.contains(u"incidents")
        || root.contains(u"scheduled_maintenances") || root.value(u"status").isObject()
        || root.contains(u"component_update") || root.contains(u"incident");
    if (!doc.isObject() || !shaped) {
        result.error = u"not a Statuspage document: expected one of components, incidents, "
                       u"scheduled_maintenances, status, component_update, incident"_s;
        return result;
    }
    if (options.progress && !options.progress(0, data.size())) {
        result.cancelled = true;
        return result;
    }

    const QJsonObject page = root.value(u"page").toObject();
    QString source = options.source;
    if (source.isEmpty())
        source = page.value(u"name").toString(u"statuspage"_s);
    // The zone is only a display hint for incidents: an unknown one is dropped, not rejected.
    QString timeZone = page.value(u"time_zone").toString();
    if (!timeZone.isEmpty() && !Timestamps::isValidTimeZoneId(timeZone))
        timeZone.clear();

    Reader reader(options, result.batch, source, timeZone);
    reader.eachOf(root, u"components"_s, &Reader::component);
    reader.eachOf(root, u"incidents"_s, &Reader::incident);
    reader.eachOf(root, u"scheduled_maintenances"_s, &Reader::incident);
    // Webhooks carry one incident, or one component_update beside its component.
    for (const QString &key : {u"incident"_s, u"component_update"_s}) {
        const QJsonValue v = root.value(key);
        if (v.isObject() && key == u"incident")
            reader.incident(v.toObject(), key);
        else if (v.isObject())
            reader.componentUpdate(v.toObject(), root.value(u"component").toObject());
        else if (!v.isUndefined() && !v.isNull())
            reader.reject(key, quoted(key) + u" must be an object, got "_s + describe(v), v);
    }

    if (options.progress)
        options.progress(data.size(), data.size());
    return result;
}

bool StatuspageParser::looksLike(QByteArrayView head)
{
    head = head.trimmed();
    if (head.startsWith(kBom))
        head = head.sliced(kBom.size()).trimmed();
    if (!head.startsWith('{') || hasJsonKey(head, "alerts"))
        return false;
    // Every API document starts with "page"; a webhook's "meta" links the Statuspage docs.
    if (!hasJsonKey(head, "page") && !head.contains("statuspage.io"))
        return false;
    const QByteArrayView keys[]
        = {"components", "incidents", "scheduled_maintenances", "indicator", "component", "incident"};
    return std::any_of(std::begin(keys), std::end(keys), [&](QByteArrayView key) { return hasJsonKey(head, key); });
}
