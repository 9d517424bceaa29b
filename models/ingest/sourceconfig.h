// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QHostAddress>
#include <QUrl>

// One feed source of the sources file (docs/sources.md).
struct SourceConfig {
    enum class Kind { Poll, Follow, Webhook };
    QString name; // unique; names rejects, feed_sources rows and webhook paths
    Kind kind = Kind::Poll;
    QString format = QStringLiteral("auto");
    QUrl url; // poll: may hold {start} and {end} (unix seconds) for query_range
    QString path; // follow: the file
    qint64 intervalSec = 30; // poll
    qint64 timeoutSec = 10; // poll
    qint64 windowSec = 600; // poll: how far back {start} reaches
    qint64 catchUpSec = 3600; // poll: how far back {start} may reach to the last stored sample
    qint64 staleAfterSec = 0; // 0: never stale
    qint64 maxBytes = 16 * 1024 * 1024;
    ServiceMapping mapping;

    static QString kindName(Kind kind);
};

struct ListenerConfig {
    bool enabled = false;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787;
    QString token; // from token_file or the OUTAGEDASH_TOKEN variable, never inline
    qint64 maxBodyBytes = 1024 * 1024;
    // A client that stalls is dropped (408): nothing received for idle_timeout_s, or a
    // request not complete within request_timeout_s. Past max_connections open, 503.
    int idleTimeoutMs = 10000;
    int requestTimeoutMs = 30000;
    int maxConnections = 128;
};

struct SourcesConfig {
    QList<SourceConfig> sources;
    ListenerConfig listener;

    // Reads the JSON sources file; on error returns false and says which entry and field.
    static bool load(const QString &path, SourcesConfig &out, QString *error);
    static bool parse(const QByteArray &json, const QString &origin, SourcesConfig &out, QString *error);
    const SourceConfig *find(const QString &name) const;
};
