// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/webhooklistener.h"

#include "ingest/guardedtcpserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace {
QHttpServerResponse respond(int status, const QJsonObject &body)
{
    return QHttpServerResponse(body, QHttpServerResponse::StatusCode(status));
}
QJsonObject errorBody(const QString &message)
{
    return QJsonObject {{QStringLiteral("error"), message}};
}
// The connection's guard closes it once the answer is out; the answer says so (RFC 9112 §9.6).
void sayWhetherClosing(const QHttpServerRequest &request, QHttpServerResponse &response)
{
    ConnectionGuard::RequestHead head;
    head.headers.append({QByteArrayLiteral("connection"), request.value("Connection")});
    if (head.wantsClose())
        response.setHeader("Connection", "close");
}
} // namespace

WebhookListener::WebhookListener(QString token, qint64 maxBodyBytes, Handler handler, QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_token(std::move(token))
    , m_maxBody(maxBodyBytes)
    , m_handler(std::move(handler))
{
    m_limits.maxBodyBytes = m_maxBody;
    m_server->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [](const QHttpServerRequest &request) {
        QHttpServerResponse response = respond(200, QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}});
        sayWhetherClosing(request, response);
        return response;
    });
    m_server->route(QStringLiteral("/hooks/<arg>"), QHttpServerRequest::Method::Post,
        [this](const QString &source, const QHttpServerRequest &request) {
            int status = 200;
            int retryAfter = 0;
            QJsonObject body;
            if (!tokenMatches(request.value("Authorization"), m_token)) {
                status = 401;
                body = errorBody(QStringLiteral("missing or wrong bearer token"));
            } else if (request.body().size() > m_maxBody) {
                status = 413;
                body = errorBody(QStringLiteral("body of %1 bytes is over the limit of %2 bytes")
                                     .arg(request.body().size())
                                     .arg(m_maxBody));
            } else if (!m_sources.contains(source)) {
                status = 404;
                body = errorBody(QStringLiteral("no webhook source named \"%1\"").arg(source));
            } else {
                const Reply reply = m_handler(source, request.body());
                status = reply.status;
                body = reply.body;
                retryAfter = reply.retryAfterSec;
            }
            emit requestHandled(source, status);
            QHttpServerResponse response = respond(status, body);
            if (status == 401)
                response.setHeader("WWW-Authenticate", "Bearer");
            if (retryAfter > 0)
                response.setHeader("Retry-After", QByteArray::number(retryAfter));
            sayWhetherClosing(request, response);
            return response;
        });
}

WebhookListener::~WebhookListener() = default;

void WebhookListener::setConnectionLimits(const ConnectionGuard::Limits &limits, int maxConnections)
{
    m_limits = limits;
    m_limits.maxBodyBytes = m_maxBody;
    m_maxConnections = maxConnections;
}

int WebhookListener::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

ConnectionGuard::Refusal WebhookListener::checkHead(const ConnectionGuard::RequestHead &head) const
{
    // Only the probe may go without a token; everything else is refused before its body is read.
    if ((head.method == "GET" || head.method == "HEAD") && head.path == "/health")
        return {};
    if (!tokenMatches(head.header("authorization"), m_token))
        return {401, QStringLiteral("missing or wrong bearer token")};
    if (head.contentLength > m_maxBody)
        return {413,
            QStringLiteral("body of %1 bytes is over the limit of %2 bytes").arg(head.contentLength).arg(m_maxBody)};
    return {};
}

quint16 WebhookListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // QHttpServer::listen() would make a plain QTcpServer; bind() takes ours, which guards
    // each connection before QHttpServer reads from it.
    auto *tcp = new GuardedTcpServer(
        m_limits, m_maxConnections, [this](const ConnectionGuard::RequestHead &head) { return checkHead(head); });
    if (!tcp->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        delete tcp;
        return 0;
    }
    connect(tcp, &GuardedTcpServer::connectionRefused, this, &WebhookListener::requestRefused);
    m_server->bind(tcp); // parents it to the server
    m_tcp = tcp;
    m_port = tcp->serverPort();
    return m_port;
}

bool WebhookListener::tokenMatches(const QByteArray &authorization, const QString &token)
{
    // The scheme is case-insensitive (RFC 9110 §11.1): Alertmanager sends its configured
    // authorization type as written, e.g. "bearer <token>" for `type: bearer`.
    if (token.isEmpty() || authorization.size() < 7
        || QByteArrayView(authorization).first(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray given = authorization.mid(7).trimmed();
    const QByteArray expected = token.toUtf8();
    // Compare every byte whatever the result, so timing does not leak how much matched.
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= quint8(expected[i]) ^ quint8(i < given.size() ? given[i] : 0);
    return diff == 0;
}
