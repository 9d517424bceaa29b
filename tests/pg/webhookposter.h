// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

// Posts webhooks as a well-behaved sender does: each post to one of several listeners in turn,
// and a post answered 503 sent again to the same listener after its Retry-After, until it is
// answered 200. Anything else (another status, a 503 without Retry-After, no answer at all)
// is kept as a problem for the test to report.
class WebhookPoster final : public QObject {
    Q_OBJECT
public:
    struct Post {
        QByteArray body;
        quint16 port = 0;
        int attempts = 0;
        int refused = 0; // answered 503 (with Retry-After)
        bool delivered = false; // answered 200
        qint64 stored = 0; // "stored" of the 200 answer
        qint64 alreadyStored = 0;
    };
    WebhookPoster(QList<quint16> ports, QByteArray token, QObject *parent = nullptr);

    void send(const QByteArray &body);
    const QList<Post> &posts() const { return m_posts; }
    int outstanding() const; // not yet answered 200
    int refusals() const; // 503 answers, all posts
    qint64 lastDeliveredAtMs() const { return m_lastDeliveredAtMs; }
    QStringList problems() const { return m_problems; }

private:
    void attempt(qsizetype index);

    QList<quint16> m_ports;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    QList<Post> m_posts;
    QStringList m_problems;
    qint64 m_lastDeliveredAtMs = 0;
};
