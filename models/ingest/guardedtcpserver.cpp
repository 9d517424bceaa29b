// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/guardedtcpserver.h"

#include <QTcpSocket>
#include <unistd.h>

GuardedTcpServer::GuardedTcpServer(
    const ConnectionGuard::Limits &limits, int maxConnections, ConnectionGuard::HeadCheck check, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxConnections(qMax(1, maxConnections))
    , m_check(std::move(check))
{
    // The kernel's queue must hold a burst as large as the cap, or connects beyond its
    // default of 50 wait for a SYN retransmit (a second or more).
    setListenBacklogSize(qMax(50, m_maxConnections));
    m_stuck.setSingleShot(true);
    m_stuck.setInterval(waitForSlotMs);
    connect(&m_stuck, &QTimer::timeout, this, &GuardedTcpServer::noSlotFreed);
}

GuardedTcpServer::~GuardedTcpServer()
{
    // Never wrapped in a socket, so nobody else closes them.
    for (const qintptr handle : std::as_const(m_waiting))
        ::close(int(handle));
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    if (m_waiting.isEmpty() && m_open < m_maxConnections) {
        admit(handle);
        return;
    }
    // Each waiting connection is a file descriptor too: as many may wait as may be open.
    if (m_waiting.size() >= m_maxConnections) {
        refuse(handle);
        return;
    }
    m_waiting.append(handle);
    // A slot held by a finished keep-alive request is the cheapest to give up.
    if (full())
        closeIdlest();
    admitWaiting();
    if (!m_waiting.isEmpty() && !m_stuck.isActive())
        startWaiting();
}

ConnectionGuard *GuardedTcpServer::guarded(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return nullptr;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, m_check);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::connectionRefused);
    return guard;
}

void GuardedTcpServer::admit(qintptr handle)
{
    // Guarded before QHttpServer sees the socket, so the guard's slots run first.
    ConnectionGuard *guard = guarded(handle);
    if (!guard)
        return;
    auto *socket = guard->socket();
    connect(guard, &ConnectionGuard::becameIdle, this, [this, guard] {
        if (!m_waiting.isEmpty() && full())
            closeForRoom(guard);
    });
    ++m_open;
    m_guards.append(guard);
    // The guard is the socket's child: gone with it, so only its address is used here.
    connect(socket, &QObject::destroyed, this, [this, guard] {
        m_guards.removeOne(guard);
        m_closingForRoom.remove(guard);
        --m_open;
        slotFreed();
    });
    // addPendingConnection() tells QHttpServer (QTcpServer::pendingConnectionAvailable), also
    // for a connection admitted later from the waiting list.
    addPendingConnection(socket);
}

void GuardedTcpServer::refuse(qintptr handle)
{
    ConnectionGuard *guard = guarded(handle);
    if (!guard)
        return;
    auto *socket = guard->socket();
    // Never handed to QHttpServer, so this socket's lifetime is ours.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    guard->refuse(503, QStringLiteral("too many open connections (%1)").arg(m_maxConnections));
}

bool GuardedTcpServer::closeIdlest()
{
    ConnectionGuard *idlest = nullptr;
    for (ConnectionGuard *guard : std::as_const(m_guards))
        if (guard->isIdleKeepAlive() && !m_closingForRoom.contains(guard)
            && (!idlest || guard->idleForMs() > idlest->idleForMs()))
            idlest = guard;
    if (!idlest)
        return false;
    closeForRoom(idlest);
    return true;
}

void GuardedTcpServer::closeForRoom(ConnectionGuard *guard)
{
    // Its slot frees when the socket is gone (QHttpServer deletes it once disconnected).
    m_closingForRoom.insert(guard);
    guard->closeIdle();
}

void GuardedTcpServer::slotFreed()
{
    if (m_waiting.isEmpty())
        return;
    admitWaiting();
    // Progress: whoever still waits gets another full wait.
    if (!m_waiting.isEmpty())
        startWaiting();
    else
        m_stuck.stop();
}

void GuardedTcpServer::admitWaiting()
{
    while (!m_waiting.isEmpty() && m_open < m_maxConnections)
        admit(m_waiting.takeFirst());
}

void GuardedTcpServer::startWaiting()
{
    m_stuck.start();
    m_stuckSince.start();
}

void GuardedTcpServer::noSlotFreed()
{
    // Half a wait late means this process was not running: the sockets that finished meanwhile
    // have not been seen yet, so they get a wait of their own before anyone is refused.
    if (m_stuckSince.elapsed() > waitForSlotMs * 3 / 2) {
        startWaiting();
        return;
    }
    // Every slot is held by a client that is neither finishing nor idle between requests
    // (stalled, or slow): waiting longer would only hide that from the senders.
    const QList<qintptr> waiting = std::exchange(m_waiting, {});
    for (const qintptr handle : waiting)
        refuse(handle);
}
