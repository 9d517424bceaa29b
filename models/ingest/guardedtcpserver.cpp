// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/guardedtcpserver.h"

#include <QTcpSocket>

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
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, m_check);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::connectionRefused);
    if (m_open >= m_maxConnections) {
        // Never handed to QHttpServer, so this socket's lifetime is ours.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        guard->refuse(503, QStringLiteral("too many open connections (%1)").arg(m_maxConnections));
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    addPendingConnection(socket);
}
