// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/connectionguard.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <functional>

class GuardedTcpServer;
class QHttpServer;

// Receives pushed feeds: POST /hooks/<source> with "Authorization: Bearer <token>".
// Answers 401 without the right token, 413 over the body limit, 404 for an unknown
// source, 400 when nothing in the payload could be taken (with the reasons), and 200
// only after the records are stored, 503 with Retry-After when they cannot be stored now.
// Binds to loopback unless told otherwise.
// Every connection is guarded (ConnectionGuard): a request is refused from its head alone
// when it has no valid token (401) or declares a body over the limit (413), before the body
// is read; a client that stalls gets 408 and is dropped; past the connection cap, 503.
class WebhookListener final : public QObject {
    Q_OBJECT
public:
    struct Reply {
        int status = 200;
        QJsonObject body;
        int retryAfterSec = 0; // > 0: sent as Retry-After (with a 503: when to send it again)
    };
    // Called on the listener's thread for an authorised post to a known source.
    using Handler = std::function<Reply(const QString &source, const QByteArray &body)>;

    WebhookListener(QString token, qint64 maxBodyBytes, Handler handler, QObject *parent = nullptr);
    ~WebhookListener() override;

    void setKnownSources(const QStringList &names) { m_sources = names; }
    // Takes effect at the next listen(). The body limit given to the constructor wins.
    void setConnectionLimits(const ConnectionGuard::Limits &limits, int maxConnections);
    int openConnections() const;
    // Returns the port listened on (useful with port 0), or 0 with 'error' set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

    static bool tokenMatches(const QByteArray &authorization, const QString &token);

signals:
    void requestHandled(const QString &source, int status);
    // A request refused by its connection's guard (401, 408, 413, 431, 503), never handled.
    void requestRefused(int status);

private:
    ConnectionGuard::Refusal checkHead(const ConnectionGuard::RequestHead &head) const;

    QHttpServer *m_server;
    GuardedTcpServer *m_tcp = nullptr;
    ConnectionGuard::Limits m_limits;
    int m_maxConnections = 128;
    QString m_token;
    qint64 m_maxBody;
    Handler m_handler;
    QStringList m_sources;
    quint16 m_port = 0;
};
