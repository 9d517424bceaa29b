// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches one URL on an interval. Conditional requests (ETag / Last-Modified) keep
// unchanged feeds cheap; failures (HTTP errors, no data for timeoutMs, a body cut short,
// a body the receiver could not use) back off exponentially up to ten minutes. The body is
// read as it streams in, through a small read buffer, and the transfer is aborted as soon
// as it passes maxBytes (or announces more), so memory stays near maxBytes whatever the
// server sends. {start} and {end} in the URL become unix seconds, for Prometheus query_range.
// {start} reaches back windowSec, or, when the last stored sample is older than that (the
// store or the source was away), to that sample, at most catchUpSec back: what was missed
// meanwhile is asked for again, so no gap remains.
class HttpPoller final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl url;
        qint64 intervalMs = 30000;
        qint64 timeoutMs = 10000;
        qint64 windowSec = 600;
        qint64 maxBytes = 16 * 1024 * 1024;
        qint64 maxBackoffMs = 600000;
        qint64 catchUpSec = 3600;
    };
    HttpPoller(Options options, QNetworkAccessManager *network, QObject *parent = nullptr);

    void start();
    void stop();
    void pollNow();
    int consecutiveFailures() const { return m_failures; }
    qint64 nextDelayMs() const;
    static QUrl expand(const QUrl &url, qint64 nowSec, qint64 windowSec);
    // How far back {start} of a poll at nowSec reaches (see the class comment).
    qint64 windowAt(qint64 nowSec) const;
    // What this source has stored up to (unix seconds): at start, when it last reported.
    void resumeFrom(qint64 epochSec) { m_storedUntilSec = qMax(m_storedUntilSec, epochSec); }
    // Called from a fetched() handler once the body is stored: the next poll need not reach back
    // before its last sample (lastSampleMs, -1 without samples) or the start of what was asked.
    void markStored(qint64 lastSampleMs);
    // Called from a fetched() handler when the body could not be used (nothing in it could be
    // taken): counts as a failure for the backoff, and the next request is unconditional.
    void markBodyRejected() { m_bodyRejected = true; }

signals:
    void fetched(const QByteArray &body, const QUrl &url);
    void notModified();
    void fetchFailed(const QString &error);

private:
    void finished(QNetworkReply *reply);
    void readBody(QNetworkReply *reply);
    void giveUpTooLarge(QNetworkReply *reply, const QString &why);
    void schedule();

    Options m_options;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_etag;
    QByteArray m_lastModified;
    QByteArray m_body;
    QString m_tooLarge;
    qint64 m_storedUntilSec = 0; // 0: nothing known
    qint64 m_askedFromSec = 0; // {start} of the request in flight
    int m_failures = 0;
    bool m_running = false;
    bool m_bodyRejected = false;
};
