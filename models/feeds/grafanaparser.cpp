// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/grafanaparser.h"

#include "domain/recordfields.h"
#include "feeds/alertreader.h"
#include "feeds/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

QString tr(const char *text)
{
    return QCoreApplication::translate("GrafanaParser", text);
}

// Keys only Grafana's unified alerts carry, beside the Alertmanager ones.
constexpr std::u16string_view kUnifiedAlertKeys[]
    = {u"values", u"valueString", u"silenceURL", u"dashboardURL", u"panelURL"};

bool isLegacy(const QJsonObject &root)
{
    return !root.contains(u"alerts")
        && (root.contains(u"evalMatches") || (root.contains(u"ruleName") && root.contains(u"state")));
}

// The legacy webhook: one rule, one state.
void readLegacy(
    const QJsonObject &root, const ParseOptions &options, const JsonScan &scan, qsizetype bom, FeedBatch &into)
{
    const auto reject = [&](const QString &field, const QString &reason) {
        into.rejects.append(JsonScan::rejectAt(&scan, options, bom, field, reason, AlertReader::rawText(root)));
    };
    if (const JsonScan::Duplicate *d = scan.duplicateWithin({}))
        return into.rejects.append(JsonScan::rejectDuplicate(scan, options, bom, *d, AlertReader::rawText(root)));
    for (const auto name : {u"state", u"ruleName", u"title", u"message"}) {
        const QJsonValue v = root.value(QStringView(name));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return reject(QStringView(name).toString(),
                tr("%1 must be a string, got %2").arg(RecordFields::quoted(name), RecordFields::describe(v)));
    }
    const QJsonValue tagsValue = root.value(u"tags");
    if (!tagsValue.isUndefined() && !tagsValue.isNull() && !tagsValue.isObject())
        return reject(u"tags"_s, tr("\"tags\" must be an object, got %1").arg(RecordFields::describe(tagsValue)));
    const QJsonObject tags = tagsValue.toObject();
    const QString state = root.value(u"state").toString().trimmed();
    if (state.isEmpty())
        return reject(u"state"_s, tr("missing required field \"state\""));

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
            tr("no %1 or \"job\" tag, \"ruleName\" or \"title\" names the service")
                .arg(RecordFields::quoted(options.mapping.label)));
    const QString key = options.mapping.resolve(name, name);
    if (key.isEmpty())
        return reject(field,
            tr("%1 is not in the service mapping and only mapped services are taken").arg(RecordFields::quoted(name)));

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
    into.states.append(s);
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
    ParseResult result;
    const qsizetype bom = data.startsWith(kBom) ? kBom.size() : 0;
    data = data.sliced(bom);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = JsonScan::describeError(data, error, bom);
        return result;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !isGrafana(root)) {
        result.error = tr("not a Grafana webhook payload: expected \"alerts\" with \"orgId\" (unified alerting) or "
                          "\"ruleName\" and \"state\" (legacy alerting)");
        return result;
    }
    if (options.progress && !options.progress(0, data.size())) {
        result.cancelled = true;
        return result;
    }
    const JsonScan scan(data);
    if (isLegacy(root)) {
        readLegacy(root, options, scan, bom, result.batch);
    } else if (const JsonScan::Duplicate *d = scan.duplicateOutside({u"alerts"_s})) {
        result.error = tr("%1 at byte %2: %3")
                           .arg(d->field())
                           .arg(options.baseOffset + bom + d->offset)
                           .arg(JsonScan::duplicateReason(*d));
        return result;
    } else {
        QString source = options.source;
        if (source.isEmpty())
            source = root.value(u"receiver").toString(u"grafana"_s);
        AlertReader reader(options, result.batch, source, &scan, bom);
        const QJsonArray list = root.value(u"alerts").toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            reader.alert(list[i], u"alerts["_s + QString::number(i) + u']');
    }
    if (options.progress)
        options.progress(data.size(), data.size());
    return result;
}

bool GrafanaParser::looksLike(QByteArrayView head)
{
    head = head.trimmed();
    if (head.startsWith(kBom))
        head = head.sliced(kBom.size()).trimmed();
    if (!head.startsWith('{'))
        return false;
    const auto has = [&](QByteArrayView key) { return RecordFields::hasJsonKey(head, key); };
    if (!has("alerts"))
        return has("evalMatches") || (has("ruleName") && (has("ruleUrl") || has("ruleId")));
    // orgId comes after the alerts; each alert's links come early in it.
    return has("orgId") || has("valueString") || has("silenceURL") || has("dashboardURL") || has("panelURL");
}
