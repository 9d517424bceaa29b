// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/statuspageparser.h"

#include "domain/recordfields.h"
#include "domain/timestamps.h"
#include "feeds/jsonenvelope.h"
#include "feeds/statuspagereader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ParseResult StatuspageParser::parse(QByteArrayView data, const ParseOptions &options)
{
    JsonEnvelope doc(data, options);
    const QJsonObject root = doc.object();
    const bool shaped = root.contains(u"components") || root.contains(u"incidents")
        || root.contains(u"scheduled_maintenances") || root.value(u"status").isObject()
        || root.contains(u"component_update") || root.contains(u"incident");
    if (!doc.isObject() || !shaped)
        return doc.refuse(tr("not a Statuspage document: expected one of components, incidents, "
                             "scheduled_maintenances, status, component_update, incident"));
    if (!doc.acceptDuplicatesIn({u"components"_s, u"incidents"_s, u"scheduled_maintenances"_s}) || !doc.progress(0))
        return doc.take();

    const QJsonObject page = root.value(u"page").toObject();
    QString source = options.source;
    if (source.isEmpty())
        source = page.value(u"name").toString(u"statuspage"_s);
    // The zone is only a display hint for incidents: an unknown one is dropped, not rejected.
    QString timeZone = page.value(u"time_zone").toString();
    if (!timeZone.isEmpty() && !Timestamps::isValidTimeZoneId(timeZone))
        timeZone.clear();

    StatuspageReader reader(doc, source, timeZone);
    reader.eachOf(root, u"components"_s, &StatuspageReader::component);
    reader.eachOf(root, u"incidents"_s, &StatuspageReader::incident);
    reader.eachOf(root, u"scheduled_maintenances"_s, &StatuspageReader::incident);
    // status.json says only how the page as a whole is: a state of the page's own service.
    // A summary.json says it through its components, which are read above instead.
    if (root.value(u"status").isObject() && !root.contains(u"components"))
        reader.pageStatus(page, root.value(u"status").toObject());
    // Webhooks carry one incident, or one component_update beside its component.
    for (const QString &key : {u"incident"_s, u"component_update"_s}) {
        const QJsonValue v = root.value(key);
        if (v.isObject() && key == u"incident")
            reader.incident(v.toObject(), key);
        else if (v.isObject())
            reader.componentUpdate(v.toObject(), root.value(u"component").toObject());
        else if (!v.isUndefined() && !v.isNull())
            doc.reject(
                key, tr("%1 must be an object, got %2").arg(RecordFields::quoted(key), RecordFields::describe(v)), v);
    }
    return doc.finish();
}

bool StatuspageParser::looksLike(QByteArrayView head)
{
    head = JsonEnvelope::head(head);
    if (!head.startsWith('{') || RecordFields::hasJsonKey(head, "alerts"))
        return false;
    // Every API document starts with "page"; a webhook's "meta" links the Statuspage docs.
    if (!RecordFields::hasJsonKey(head, "page") && !head.contains("statuspage.io"))
        return false;
    const QByteArrayView keys[]
        = {"components", "incidents", "scheduled_maintenances", "indicator", "component", "incident"};
    return std::any_of(
        std::begin(keys), std::end(keys), [&](QByteArrayView key) { return RecordFields::hasJsonKey(head, key); });
}
