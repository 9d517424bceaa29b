#include "feeds/alertmanagerparser.h"

#include "domain/recordfields.h"
#include "feeds/alertreader.h"
#include "feeds/grafanaparser.h"
#include "feeds/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertmanagerParser", text);
}

} // namespace

ParseResult AlertmanagerParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    const QByteArrayView original = data;
    const qsizetype bom = data.startsWith(kBom) ? kBom.size() : 0;
    data = data.sliced(bom);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = JsonScan::describeError(data, error, bom);
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("not an Alertmanager webhook payload: expected a JSON object with \"alerts\", got %1")
                           .arg(doc.isArray() ? tr("an array") : tr("a bare value"));
        return result;
    }
    const QJsonObject root = doc.object();
    // Grafana-managed alerting sends a look-alike whose fields mean other things (values of the
    // query, links into Grafana): it is read by its own parser, whatever the source was told.
    if (GrafanaParser::isGrafana(root))
        return GrafanaParser::parse(original, options);
    const QJsonValue alerts = root.value(u"alerts");
    if (alerts.isUndefined() || alerts.isNull()) {
        result.error = tr("not an Alertmanager webhook payload: missing \"alerts\"");
        return result;
    }
    if (!alerts.isArray()) {
        result.error = tr("not an Alertmanager webhook payload: \"alerts\" must be an array, got %1")
                           .arg(RecordFields::describe(alerts));
        return result;
    }
    const JsonScan scan(data);
    if (const JsonScan::Duplicate *d = scan.duplicateOutside({u"alerts"_s})) {
        result.error = tr("%1 at byte %2: %3")
                           .arg(d->field())
                           .arg(options.baseOffset + bom + d->offset)
                           .arg(JsonScan::duplicateReason(*d));
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
    AlertReader reader(options, result.batch, source, &scan, bom);
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
    const auto has = [&](QByteArrayView key) { return RecordFields::hasJsonKey(head, key); };
    return head.startsWith('{') && has("alerts")
        && (has("receiver") || has("groupKey") || has("startsAt") || has("commonLabels"));
}
