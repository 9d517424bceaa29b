// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedformat.h"
#include "ingest/sourceconfig.h"
#include "ingest/webhooklistener.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

class FileFollower;
class HttpPoller;
class QNetworkAccessManager;
class TimelineStore;

// Runs every configured way in — pollers, followers, the webhook listener — and writes
// what they bring into the store through its own connection. Lives on one thread (the
// ingest thread in the GUI, the main thread in `serve`); everything it owns lives there too.
//
// When the store cannot be reached (a PostgreSQL server stopped or restarting), it is opened
// again with backoff for as long as it takes. Meanwhile webhooks are answered 503 with
// Retry-After at once, without touching the store, pollers and followers wait, and when the
// store is back they carry on from what was last stored: nothing sent meanwhile is lost.
class SourceManager final : public QObject {
    Q_OBJECT
public:
    explicit SourceManager(QString storeLocation, QObject *parent = nullptr);
    ~SourceManager() override;

    bool start(const SourcesConfig &config, QString *error);
    void stop();
    quint16 listenerPort() const;
    int listenerConnections() const; // open connections of the webhook listener
    bool isStoreAway() const { return m_storeAway; }
    // The first reconnect waits this long, each next one twice as long up to the longest.
    void setReconnectDelays(int firstMs, int longestMs);
    // What live samples finish of the overview (a chunk of 4,096 buckets at a level) is packed
    // after a write at most this often (TimelineStore::packOverview): 60 s unless set.
    void setOverviewPackInterval(int ms) { m_packIntervalMs = ms; }

    // Parses and stores one payload of a source; also the webhook path. Public for tests.
    WebhookListener::Reply ingest(
        const QString &source, const QByteArray &data, qint64 firstLine = 1, qint64 baseOffset = 0);

signals:
    void batchStored(const QString &source, qint64 inserted, qint64 rejected);
    // The samples of a batch just stored (before batchStored): what live charts append.
    void samplesStored(const QList<HealthSample> &samples);
    void sourceReported(const FeedSource &source);
    void sourceFailed(const QString &source, const QString &error);
    // The listener refused a request before handling it (401, 408, 413, 431, 503).
    void listenerRefused(int status);
    // The store stopped taking writes: nothing is taken in until storeBack().
    void storeAway(const QString &error);
    void storeBack(qint64 awayMs);

private:
    void storeLost(const QString &error);
    void tryReconnect();
    WebhookListener::Reply notStoredNow(const QString &error) const;
    void recordSeen(const QString &source);
    void recordError(const QString &source, const QString &error);
    FeedSource row(const SourceConfig &config) const;

    QString m_location;
    std::unique_ptr<TimelineStore> m_store;
    QElapsedTimer m_sincePack;
    int m_packIntervalMs = 60000;
    SourcesConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, HttpPoller *> m_pollers;
    QHash<QString, FileFollower *> m_followers;
    WebhookListener *m_listener = nullptr;
    QHash<QString, FeedSource> m_rows;
    bool m_storeAway = false;
    QString m_storeError;
    QElapsedTimer m_awayFor;
    QTimer m_reconnect;
    int m_firstReconnectMs = 250;
    int m_longestReconnectMs = 5000;
};
