// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/alertmanagerparser.h"

#include "domain/recordfields.h"
#include "feeds/alertreader.h"
#include "feeds/grafanaparser.h"
#include "feeds/jsonenvelope.h"

using namespace Qt::StringLiterals;

ParseResult AlertmanagerParser::parse(QByteArrayView data, const ParseOptions &options)
{
    JsonEnvelope doc(data, options);
    if (!doc.isObject())
        return doc.refuse(tr("not an Alertmanager webhook payload: expected a JSON object with \"alerts\", got %1")
                              .arg(doc.isArray() ? tr("an array") : tr("a bare value")));
    const QJsonObject root = doc.object();
    // Grafana-managed alerting sends a look-alike whose fields mean other things (values of the
    // query, links into Grafana): it is read by its own parser, whatever the source was told.
    if (GrafanaParser::isGrafana(root))
        return GrafanaParser::parse(data, options);
    const QJsonValue alerts = root.value(u"alerts");
    if (alerts.isUndefined() || alerts.isNull())
        return doc.refuse(tr("not an Alertmanager webhook payload: missing \"alerts\""));
    if (!alerts.isArray())
        return doc.refuse(tr("not an Alertmanager webhook payload: \"alerts\" must be an array, got %1")
                              .arg(RecordFields::describe(alerts)));
    // Any "version" is read the same way while the shape matches: older Alertmanagers
    // only lack optional fields (truncatedAlerts, fingerprint).
    if (!doc.acceptDuplicatesIn({u"alerts"_s}) || !doc.progress(0))
        return doc.take();
    AlertReader::readAll(doc, root, u"alertmanager"_s);
    return doc.finish();
}

bool AlertmanagerParser::looksLike(QByteArrayView head)
{
    head = JsonEnvelope::head(head);
    // "receiver" comes first in real payloads; the alert fields help when it does not.
    const auto has = [&](QByteArrayView key) { return RecordFields::hasJsonKey(head, key); };
    return head.startsWith('{') && has("alerts")
        && (has("receiver") || has("groupKey") || has("startsAt") || has("commonLabels"));
}
