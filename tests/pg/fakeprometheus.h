// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTcpServer>

// A stand-in for Prometheus' HTTP API, enough for a poll source: GET /api/v1/query_range with
// start, end and step (unix seconds) is answered with one series, {job="probe"}, whose points
// lie on every multiple of step from start to end (value "1"), as a scraped target that never
// missed a beat would give. Every request's range is kept, so a test can see what was asked.
class FakePrometheus final : public QTcpServer {
    Q_OBJECT
public:
    struct Query {
        qint64 start = 0;
        qint64 end = 0;
        qint64 receivedAtMs = 0;
    };
    explicit FakePrometheus(QObject *parent = nullptr);

    bool start(); // on a free loopback port
    QList<Query> queries() const { return m_queries; }
    // The answer to one request line's target ("/api/v1/query_range?…"), with its status.
    QByteArray answer(const QByteArray &target, int *status);

private:
    void serve(class QTcpSocket *socket);

    QList<Query> m_queries;
};
