// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/connectionguard.h"

#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

// The TCP side of the webhook listener, handed to QHttpServer::bind(). Every accepted socket
// gets a ConnectionGuard (deadlines, head check, byte cap) before QHttpServer sees it, so a
// crowd of stalled clients cannot use up the process's file descriptors or memory.
//
// At most maxConnections are open. When all are taken, a connection idle between keep-alive
// requests is closed to make room (the one idle longest), and the newcomer waits, unread, for
// the next free slot: a burst larger than the cap is served in turn rather than refused. Only
// when no slot frees for waitForSlotMs (every slot held by a client that is not finishing) are
// the waiting connections answered 503 with Retry-After: 1, without reaching QHttpServer.
// A wait that ends late (the process itself did not run, as on a loaded machine) is not
// taken as no slot freeing: the events that free slots may be queued behind the timer.
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const ConnectionGuard::Limits &limits, int maxConnections, ConnectionGuard::HeadCheck check,
        QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    int openConnections() const { return m_open; }
    int waitingConnections() const { return int(m_waiting.size()); }
    static constexpr int waitForSlotMs = 2000;

signals:
    void connectionRefused(int status);

protected:
    void incomingConnection(qintptr handle) override;

private:
    // A socket for the accepted handle with its guard (the socket's child); null when it failed.
    ConnectionGuard *guarded(qintptr handle);
    void admit(qintptr handle);
    void refuse(qintptr handle);
    void slotFreed();
    bool closeIdlest();
    void closeForRoom(ConnectionGuard *guard);
    bool full() const { return m_open - int(m_closingForRoom.size()) >= m_maxConnections; }
    void admitWaiting();
    void noSlotFreed();
    void startWaiting();

    ConnectionGuard::Limits m_limits;
    int m_maxConnections;
    ConnectionGuard::HeadCheck m_check;
    int m_open = 0;
    QSet<ConnectionGuard *> m_closingForRoom; // idle connections closed to make room, not gone yet
    QList<ConnectionGuard *> m_guards; // of the open connections
    QList<qintptr> m_waiting; // accepted, not read yet, in arrival order
    QTimer m_stuck;
    QElapsedTimer m_stuckSince; // when m_stuck last started
};
