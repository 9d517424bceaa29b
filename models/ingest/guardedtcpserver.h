// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/connectionguard.h"

#include <QTcpServer>

// The TCP side of the webhook listener, handed to QHttpServer::bind(). Every accepted socket
// gets a ConnectionGuard (deadlines, head check, byte cap) before QHttpServer sees it, and
// connections past the cap are answered 503 and closed without reaching QHttpServer, so a
// crowd of stalled clients cannot use up the process's file descriptors or memory.
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const ConnectionGuard::Limits &limits, int maxConnections, ConnectionGuard::HeadCheck check,
        QObject *parent = nullptr);

    int openConnections() const { return m_open; }

signals:
    void connectionRefused(int status);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionGuard::Limits m_limits;
    int m_maxConnections;
    ConnectionGuard::HeadCheck m_check;
    int m_open = 0;
};
