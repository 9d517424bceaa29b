// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/grafanaparser.h"

#include "domain/recordfields.h"
#include "feeds/alertreader.h"
#include "feeds/jsonenvelope.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Keys only Grafana's unified alerts carry, beside the Alertmanager ones.
constexpr std::u16string_view kUnifiedAlertKeys[]
    = {u"values", u"valueString", u"silenceURL", u"dashboardURL", u"panelURL"};

bool isLegacy(const QJsonObject &root)
{
    return !root.contains(u"alerts")
        && (root.contains(u"evalMatches") || (root.contains(u"ruleName") && root.contains(u"state")));
}

// The legacy webhook: one rule, one state.
void readLegacy(const QJsonObject &root, JsonEnvelope &doc)
{
    if (doc.rejectDuplicateWithin({}, root))
        return;
    const ParseOptions &options = doc.options();
    const auto reject = [&](const QString &field, const QString &reason) { doc.reject(field, reason, root); };
    RecordFields f(root);
    const QString state = f.text(u"state").trimmed();
    for (const auto name : {u"ruleName", u"title", u"message"})
        f.text(name);
    const QJsonObject tags = f.object(u"tags");
    if (!f.failed() && state.isEmpty())
        f.fail(u"state", GrafanaParser::tr("missing required field \"state\""));
    if (f.failed())
        return doc.reject(f, root);

    // The service: a tag named by the mapping's label, then "job", then the rule's own name.
    QString name, field;
    for (const QString &label : {options.mapping.label, u"job"_s}) {
        name = tags.value(label).toString().trimmed();
        field = u"tags."_s + label;
        if (!label.isEmpty() && !name.isEmpty())
            break;
    }
    for (const auto fallback : {u"ruleName", u"title"}) {
        if (!name.isEmpty())
            break;
        name = root.value(QStringView(fallback)).toString().trimmed();
        field = QStringView(fallback).toString();
    }
    if (name.isEmpty())
        return reject(u"ruleName"_s,
            GrafanaParser::tr("no %1 or \"job\" tag, \"ruleName\" or \"title\" names the service")
                .arg(RecordFields::quoted(options.mapping.label)));
    const QString key = options.mapping.resolve(name, name);
    if (key.isEmpty())
        return reject(field,
            GrafanaParser::tr("%1 is not in the service mapping and only mapped services are taken")
                .arg(RecordFields::quoted(name)));

    StateChange s;
    s.time = options.documentTime.value_or(options.receivedAt);
    s.service = key;
    s.rawState = state;
    const QString word = state.toLower();
    s.state = word == u"alerting" ? AlertReader::firingState(tags.value(u"severity"))
        : word == u"ok"           ? ServiceState::Operational
                                  : ServiceState::Unknown;
    // The rule is the reporter: its id when it has one, else its name.
    const QJsonValue ruleId = root.value(u"ruleId");
    s.source = options.source + u'#'
        + (ruleId.isDouble() ? u"rule-"_s + RecordFields::describe(ruleId)
                             : AlertReader::identity({}, QJsonObject {{u"ruleName"_s, root.value(u"ruleName")}}));
    QJsonObject kept;
    for (const auto k : {u"ruleId", u"ruleName", u"ruleUrl", u"evalMatches", u"tags", u"dashboardId", u"panelId"})
        if (const QJsonValue v = root.value(QStringView(k)); !v.isUndefined())
            kept.insert(QStringView(k), v);
    QString human = root.value(u"title").toString().trimmed();
    if (const QString text = root.value(u"message").toString().trimmed(); !text.isEmpty())
        human += (human.isEmpty() ? QString() : u": "_s) + text;
    s.message = human + u'\n' + QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
    doc.batch().states.append(s);
}

} // namespace

bool GrafanaParser::isGrafana(const QJsonObject &root)
{
    if (isLegacy(root))
        return true;
    if (!root.value(u"alerts").isArray())
        return false;
    if (root.contains(u"orgId"))
        return true;
    for (const QJsonValue &a : root.value(u"alerts").toArray())
        for (const auto key : kUnifiedAlertKeys)
            if (a.toObject().contains(QStringView(key)))
                return true;
    return false;
}

ParseResult GrafanaParser::parse(QByteArrayView data, const ParseOptions &options)
{
    JsonEnvelope doc(data, options);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !isGrafana(root))
        return doc.refuse(tr("not a Grafana webhook payload: expected \"alerts\" with \"orgId\" (unified alerting) or "
                             "\"ruleName\" and \"state\" (legacy alerting)"));
    if (!doc.progress(0))
        return doc.take();
    if (isLegacy(root))
        readLegacy(root, doc);
    else if (doc.acceptDuplicatesIn({u"alerts"_s}))
        AlertReader::readAll(doc, root, u"grafana"_s);
    else
        return doc.take();
    return doc.finish();
}

bool GrafanaParser::looksLike(QByteArrayView head)
{
    head = JsonEnvelope::head(head);
    if (!head.startsWith('{'))
        return false;
    const auto has = [&](QByteArrayView key) { return RecordFields::hasJsonKey(head, key); };
    if (!has("alerts"))
        return has("evalMatches") || (has("ruleName") && (has("ruleUrl") || has("ruleId")));
    // orgId comes after the alerts; each alert's links come early in it.
    return has("orgId") || has("valueString") || has("silenceURL") || has("dashboardURL") || has("panelURL");
}
