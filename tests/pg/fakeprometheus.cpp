// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeprometheus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

FakePrometheus::FakePrometheus(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool FakePrometheus::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray FakePrometheus::answer(const QByteArray &target, int *status)
{
    const QUrl url(QString::fromLatin1(target));
    const QUrlQuery query(url);
    bool okStart = false, okEnd = false, okStep = false;
    const qint64 start = query.queryItemValue(QStringLiteral("start")).toLongLong(&okStart);
    const qint64 end = query.queryItemValue(QStringLiteral("end")).toLongLong(&okEnd);
    const qint64 step = query.queryItemValue(QStringLiteral("step")).toLongLong(&okStep);
    if (url.path() != u"/api/v1/query_range" || !okStart || !okEnd || !okStep || step <= 0 || end < start) {
        *status = 400;
        return R"({"status":"error","errorType":"bad_data","error":"start, end and step are needed"})";
    }
    m_queries.append({start, end, QDateTime::currentMSecsSinceEpoch()});
    QJsonArray values;
    for (qint64 t = (start + step - 1) / step * step; t <= end; t += step)
        values.append(QJsonArray {t, QStringLiteral("1")});
    const QJsonObject series {{QStringLiteral("metric"),
                                  QJsonObject {{QStringLiteral("__name__"), QStringLiteral("up")},
                                      {QStringLiteral("job"), QStringLiteral("probe")}}},
        {QStringLiteral("values"), values}};
    const QJsonObject body {{QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("resultType"), QStringLiteral("matrix")},
                {QStringLiteral("result"), QJsonArray {series}}}}};
    *status = 200;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void FakePrometheus::serve(QTcpSocket *socket)
{
    // A GET has no body: the request is complete at the blank line.
    if (!socket->canReadLine() || !socket->peek(65536).contains("\r\n\r\n"))
        return;
    const QList<QByteArray> line = socket->readLine().trimmed().split(' ');
    socket->readAll();
    int status = 400;
    const QByteArray body = line.size() == 3 && line.at(0) == "GET" ? answer(line.at(1), &status) : QByteArray();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Bad Request")
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
