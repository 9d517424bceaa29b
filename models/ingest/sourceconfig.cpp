// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/sourceconfig.h"

#include "feeds/feedformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QString SourceConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Poll:
        return QStringLiteral("poll");
    case Kind::Follow:
        return QStringLiteral("follow");
    case Kind::Webhook:
        return QStringLiteral("webhook");
    }
    return {};
}

bool SourcesConfig::load(const QString &path, SourcesConfig &out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    return parse(f.readAll(), path, out, error);
}

const SourceConfig *SourcesConfig::find(const QString &name) const
{
    for (const SourceConfig &s : sources)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool SourcesConfig::parse(const QByteArray &json, const QString &origin, SourcesConfig &out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const auto fail = [&](const QString &where, const QString &why) {
        *error = QStringLiteral("%1: %2: %3").arg(origin, where, why);
        return false;
    };
    if (pe.error != QJsonParseError::NoError)
        return fail(QStringLiteral("byte %1").arg(pe.offset), pe.errorString());
    const QJsonObject root = doc.object();
    out = SourcesConfig();
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const QJsonArray list = root.value(u"sources").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = QStringLiteral("sources[%1]").arg(i);
        SourceConfig s;
        s.name = o.value(u"name").toString();
        if (!nameRe.match(s.name).hasMatch())
            return fail(where + u".name", QStringLiteral("must be letters, digits, '_', '.' or '-'"));
        if (out.find(s.name))
            return fail(where + u".name", QStringLiteral("\"%1\" is used twice").arg(s.name));
        const QString kind = o.value(u"kind").toString();
        if (kind == u"poll")
            s.kind = SourceConfig::Kind::Poll;
        else if (kind == u"follow")
            s.kind = SourceConfig::Kind::Follow;
        else if (kind == u"webhook")
            s.kind = SourceConfig::Kind::Webhook;
        else
            return fail(where + u".kind", QStringLiteral("must be poll, follow or webhook, got \"%1\"").arg(kind));
        s.format = o.value(u"format").toString(QStringLiteral("auto"));
        if (!FeedFormat::names().contains(s.format))
            return fail(where + u".format",
                QStringLiteral("unknown format \"%1\" (formats: %2)")
                    .arg(s.format, FeedFormat::names().join(QStringLiteral(", "))));
        s.url = QUrl(o.value(u"url").toString());
        s.path = o.value(u"path").toString();
        if (s.kind == SourceConfig::Kind::Poll && (!s.url.isValid() || s.url.scheme().isEmpty()))
            return fail(where + u".url", QStringLiteral("a poll source needs an http(s) URL"));
        if (s.kind == SourceConfig::Kind::Follow && s.path.isEmpty())
            return fail(where + u".path", QStringLiteral("a follow source needs the file's path"));
        s.intervalSec = o.value(u"interval_s").toInteger(s.intervalSec);
        s.timeoutSec = o.value(u"timeout_s").toInteger(s.timeoutSec);
        s.windowSec = o.value(u"window_s").toInteger(s.windowSec);
        s.catchUpSec = o.value(u"catch_up_s").toInteger(s.catchUpSec);
        if (s.windowSec < 1 || s.catchUpSec < 0)
            return fail(where, QStringLiteral("window_s must be ≥ 1 and catch_up_s ≥ 0"));
        s.staleAfterSec = o.value(u"stale_after_s").toInteger(s.staleAfterSec);
        s.maxBytes = o.value(u"max_bytes").toInteger(s.maxBytes);
        if (s.intervalSec < 1 || s.timeoutSec < 1 || s.staleAfterSec < 0 || s.maxBytes < 1)
            return fail(where, QStringLiteral("interval_s and timeout_s must be ≥ 1, stale_after_s ≥ 0"));
        const QJsonObject mapping = o.value(u"mapping").toObject();
        s.mapping.label = mapping.value(u"label").toString(s.mapping.label);
        s.mapping.mappedOnly = mapping.value(u"mapped_only").toBool(false);
        // What the source's bare values are (Prometheus): declared, never guessed.
        if (const QJsonValue scale = o.value(u"scale"); !scale.isUndefined() && !scale.isNull()) {
            const auto declared = ValueScales::fromName(scale.toString());
            if (!declared)
                return fail(where + u".scale",
                    QStringLiteral("must be one of %1").arg(ValueScales::names().join(QStringLiteral(", "))));
            s.mapping.scale = *declared;
        }
        const QJsonObject map = mapping.value(u"services").toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            s.mapping.map.insert(it.key(), it.value().toString());
        out.sources.append(s);
    }
    const QJsonObject l = root.value(u"listener").toObject();
    if (!l.isEmpty()) {
        out.listener.enabled = l.value(u"enabled").toBool(true);
        const QString address = l.value(u"address").toString(QStringLiteral("127.0.0.1"));
        if (!out.listener.address.setAddress(address))
            return fail(QStringLiteral("listener.address"), QStringLiteral("\"%1\" is not an IP address").arg(address));
        const int port = l.value(u"port").toInt(8787);
        if (port < 0 || port > 65535)
            return fail(QStringLiteral("listener.port"), QStringLiteral("must be 0..65535"));
        out.listener.port = quint16(port);
        out.listener.maxBodyBytes = l.value(u"max_body_bytes").toInteger(out.listener.maxBodyBytes);
        const double idle = l.value(u"idle_timeout_s").toDouble(out.listener.idleTimeoutMs / 1000.0);
        const double request = l.value(u"request_timeout_s").toDouble(out.listener.requestTimeoutMs / 1000.0);
        if (!(idle > 0 && idle <= 3600))
            return fail(QStringLiteral("listener.idle_timeout_s"), QStringLiteral("must be over 0 and at most 3600"));
        if (!(request > 0 && request <= 3600))
            return fail(
                QStringLiteral("listener.request_timeout_s"), QStringLiteral("must be over 0 and at most 3600"));
        out.listener.idleTimeoutMs = int(idle * 1000);
        out.listener.requestTimeoutMs = int(request * 1000);
        out.listener.maxConnections = l.value(u"max_connections").toInt(out.listener.maxConnections);
        if (out.listener.maxConnections < 1 || out.listener.maxConnections > 10000)
            return fail(QStringLiteral("listener.max_connections"), QStringLiteral("must be 1..10000"));
        // The token never sits in the config itself: a file only the service can read, or the environment.
        const QString tokenFile = l.value(u"token_file").toString();
        if (!tokenFile.isEmpty()) {
            QFile f(tokenFile);
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("listener.token_file"), f.errorString());
            out.listener.token = QString::fromUtf8(f.readAll()).trimmed();
        } else {
            out.listener.token = qEnvironmentVariable("OUTAGEDASH_TOKEN");
        }
        if (out.listener.enabled && out.listener.token.size() < 16)
            return fail(QStringLiteral("listener"),
                QStringLiteral("a token of at least 16 characters is required "
                               "(token_file, or the OUTAGEDASH_TOKEN variable)"));
    }
    return true;
}
