// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookposter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

WebhookPoster::WebhookPoster(QList<quint16> ports, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_ports(std::move(ports))
    , m_token(std::move(token))
{
}

void WebhookPoster::send(const QByteArray &body)
{
    Post post;
    post.body = body;
    post.port = m_ports.at(m_posts.size() % m_ports.size());
    m_posts.append(post);
    attempt(m_posts.size() - 1);
}

int WebhookPoster::outstanding() const
{
    return int(std::count_if(m_posts.cbegin(), m_posts.cend(), [](const Post &p) { return !p.delivered; }));
}

int WebhookPoster::refusals() const
{
    int n = 0;
    for (const Post &p : m_posts)
        n += p.refused;
    return n;
}

void WebhookPoster::attempt(qsizetype index)
{
    Post &post = m_posts[index];
    ++post.attempts;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/push").arg(post.port)));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    // A connection per post, closed by the listener after its answer: nothing waits on an idle one.
    request.setRawHeader("Connection", "close");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-ndjson"));
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.post(request, post.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        Post &post = m_posts[index];
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            post.delivered = true;
            post.stored = answer.value(u"stored").toInteger();
            post.alreadyStored = answer.value(u"already_stored").toInteger();
            m_lastDeliveredAtMs = QDateTime::currentMSecsSinceEpoch();
            return;
        }
        if (status == 503) {
            ++post.refused;
            bool ok = false;
            const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
            if (!ok || retryAfter < 1) {
                m_problems.append(QStringLiteral("post %1: 503 without a Retry-After (%2)")
                                      .arg(index)
                                      .arg(answer.value(u"error").toString()));
                return;
            }
            QTimer::singleShot(retryAfter * 1000, this, [this, index] { attempt(index); });
            return;
        }
        m_problems.append(QStringLiteral("post %1 to port %2: %3 %4 %5")
                              .arg(index)
                              .arg(post.port)
                              .arg(status)
                              .arg(reply->errorString(), answer.value(u"error").toString()));
    });
}
