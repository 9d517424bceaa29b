// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

// Watches one connection of the webhook listener on behalf of QHttpServer. QHttpServer 6.4
// buffers a whole request (in a socket transaction) before any handler runs and never times
// a client out, so a client that stalls mid-request would hold its socket and buffer forever,
// and an oversized body would be read whole before the handler could say 413.
//
// The guard's readyRead slot is connected before QHttpServer's, so it sees every chunk first:
// it answers from the request head alone (a check given by the listener: token, declared
// length), counts the bytes of each request against a cap, and gives every request an idle
// and a total deadline. A refused connection is answered with a short JSON error and
// "Connection: close"; what the client still sends is read and thrown away for a moment, so
// it reads the answer rather than a reset, and then the socket is aborted.
//
// A request that asks for it ("Connection: close", or HTTP/1.0 without keep-alive) has its
// connection closed as soon as its answer is out, so a finished request does not hold one of
// the listener's slots until the idle timeout.
//
// Lives on the listener's thread; the socket is its parent, so it goes with the connection.
class ConnectionGuard final : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 1024 * 1024;
        qint64 maxHeadBytes = 64 * 1024; // request line and headers
        int idleTimeoutMs = 10000; // nothing received or sent for this long
        int requestTimeoutMs = 30000; // from a request's first byte to its answer
        int lingerMs = 2000; // after a refusal: drain, then abort
    };
    // The request line and headers of one request, as far as the guard needs them.
    struct RequestHead {
        bool valid = false;
        QByteArray method;
        QByteArray path; // without the query
        QByteArray version; // "HTTP/1.1"
        QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
        qint64 contentLength = -1; // -1: not given (or chunked)
        QByteArray header(QByteArrayView lowerCaseName) const;
        // The client closes after the answer, or expects the server to (RFC 9112 §9.3).
        bool wantsClose() const;
        static RequestHead parse(QByteArrayView head);
    };
    struct Refusal {
        int status = 0; // 0: let the request through
        QString message;
    };
    using HeadCheck = std::function<Refusal(const RequestHead &head)>;

    ConnectionGuard(QTcpSocket *socket, const Limits &limits, HeadCheck check);
    QTcpSocket *socket() const { return m_socket; }

    // Answers 'status' with a JSON error, stops QHttpServer reading, drains, then aborts.
    void refuse(int status, const QString &message);
    bool isRefused() const { return m_refused; }
    // Answered at least one request and waiting for the next: what may be closed first when
    // the listener runs out of slots. idleForMs() says for how long.
    bool isIdleKeepAlive() const;
    qint64 idleForMs() const;
    // Closes an idle keep-alive connection, as its idle timeout would.
    void closeIdle();
    static QByteArray response(int status, const QString &message);

signals:
    void refused(int status);
    // An answer went out and the connection stays open for another request.
    void becameIdle();

private:
    void inspect();
    void drain();
    void responseWritten();
    void timedOut(bool wholeRequest);

    QTcpSocket *m_socket;
    Limits m_limits;
    HeadCheck m_check;
    QTimer m_idle;
    QTimer m_deadline;
    QByteArray m_head;
    qint64 m_requestBytes = 0;
    QElapsedTimer m_idleSince; // since the last answer went out
    int m_answered = 0;
    bool m_headDone = false;
    bool m_refused = false;
    bool m_closeAfterAnswer = false;
};
