// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/connectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    }
    return QByteArrayLiteral("Error");
}
} // namespace

QByteArray ConnectionGuard::RequestHead::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

bool ConnectionGuard::RequestHead::wantsClose() const
{
    bool close = false;
    bool keepAlive = false;
    for (const auto &[name, value] : headers) {
        if (name != "connection")
            continue;
        for (const QByteArray &token : value.split(',')) {
            const QByteArray option = token.trimmed().toLower();
            close = close || option == "close";
            keepAlive = keepAlive || option == "keep-alive";
        }
    }
    // HTTP/1.0 closes after each answer unless it asked to keep the connection.
    return close || (version == "HTTP/1.0" && !keepAlive);
}

ConnectionGuard::RequestHead ConnectionGuard::RequestHead::parse(QByteArrayView head)
{
    RequestHead h;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return h;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/"))
        return h;
    h.method = requestLine.at(0);
    h.version = requestLine.at(2);
    const QByteArray &target = requestLine.at(1);
    const qsizetype query = target.indexOf('?');
    h.path = query < 0 ? target : target.left(query);
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return h;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            // Two different lengths, or a length that is not a number, is a request to refuse.
            if (!ok || length < 0 || (h.contentLength >= 0 && h.contentLength != length))
                return h;
            h.contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = true;
        }
        h.headers.append({name, value});
    }
    if (chunked)
        h.contentLength = -1; // the byte cap still holds for chunked bodies
    h.valid = true;
    return h;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits, HeadCheck check)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_check(std::move(check))
{
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { timedOut(false); });
    connect(&m_deadline, &QTimer::timeout, this, [this] { timedOut(true); });
    // Connected before QHttpServer sees the socket, so this runs first for every chunk.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::responseWritten);
    m_idle.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::inspect()
{
    const qint64 fresh = m_socket->bytesAvailable();
    if (m_refused || fresh <= 0)
        return;
    m_idle.start(m_limits.idleTimeoutMs);
    if (m_requestBytes == 0)
        m_deadline.start(m_limits.requestTimeoutMs);
    // QHttpServer reads everything at each readyRead, so what is unread now is what just came.
    m_requestBytes += fresh;
    if (!m_headDone) {
        m_head += m_socket->peek(qMin(fresh, m_limits.maxHeadBytes + 4 - m_head.size()));
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeadBytes)
                refuse(431, QStringLiteral("request head over %1 bytes").arg(m_limits.maxHeadBytes));
            return;
        }
        m_headDone = true;
        const RequestHead head = RequestHead::parse(QByteArrayView(m_head).first(end + 2));
        m_head.clear();
        if (!head.valid) {
            refuse(400, QStringLiteral("malformed request head"));
            return;
        }
        m_closeAfterAnswer = head.wantsClose();
        if (m_check) {
            const Refusal refusal = m_check(head);
            if (refusal.status != 0) {
                refuse(refusal.status, refusal.message);
                return;
            }
        }
    }
    if (m_requestBytes > m_limits.maxBodyBytes + m_limits.maxHeadBytes)
        refuse(413, QStringLiteral("body over the limit of %1 bytes").arg(m_limits.maxBodyBytes));
}

void ConnectionGuard::responseWritten()
{
    if (m_refused || m_socket->bytesToWrite() > 0)
        return;
    // The answer is out: what comes next on this connection is a new request, unless the
    // client said it would send none.
    m_deadline.stop();
    ++m_answered;
    if (m_closeAfterAnswer) {
        m_idle.stop();
        m_socket->disconnectFromHost();
        return;
    }
    m_idle.start(m_limits.idleTimeoutMs);
    m_requestBytes = 0;
    m_headDone = false;
    m_head.clear();
    m_idleSince.start();
    emit becameIdle();
}

bool ConnectionGuard::isIdleKeepAlive() const
{
    return !m_refused && !m_closeAfterAnswer && m_answered > 0 && m_requestBytes == 0
        && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 ConnectionGuard::idleForMs() const
{
    return m_idleSince.isValid() ? m_idleSince.elapsed() : 0;
}

void ConnectionGuard::closeIdle()
{
    m_idle.stop();
    m_socket->disconnectFromHost();
}

void ConnectionGuard::timedOut(bool wholeRequest)
{
    if (m_refused) {
        m_socket->abort(); // the linger after a refusal is over
        return;
    }
    if (m_requestBytes == 0) {
        m_socket->disconnectFromHost(); // an idle connection between requests: close quietly
        return;
    }
    refuse(408,
        wholeRequest ? QStringLiteral("request not complete within %1 ms").arg(m_limits.requestTimeoutMs)
                     : QStringLiteral("nothing received for %1 ms").arg(m_limits.idleTimeoutMs));
}

void ConnectionGuard::refuse(int status, const QString &message)
{
    if (m_refused)
        return;
    m_refused = true;
    m_deadline.stop();
    // Cut QHttpServer off this connection: when called from inspect() its slot has not run
    // for this chunk yet, and a disconnected slot is not called by the emission in progress.
    // Committing its transaction lets go of the part of the request it kept.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    drain();
    m_socket->write(response(status, message));
    m_idle.start(m_limits.lingerMs);
    emit refused(status);
}

void ConnectionGuard::drain()
{
    m_socket->skip(m_socket->bytesAvailable());
}

QByteArray ConnectionGuard::response(int status, const QString &message)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n";
    if (status == 401)
        out += "WWW-Authenticate: Bearer\r\n";
    if (status == 503)
        out += "Retry-After: 1\r\n";
    return out + "\r\n" + body;
}
