// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/sourcemanager.h"

#include "ingest/filefollower.h"
#include "ingest/httppoller.h"
#include "store/timelinestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QThread>

SourceManager::SourceManager(QString storeLocation, QObject *parent)
    : QObject(parent)
    , m_location(std::move(storeLocation))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SourceManager::tryReconnect);
}

void SourceManager::setReconnectDelays(int firstMs, int longestMs)
{
    m_firstReconnectMs = qMax(1, firstMs);
    m_longestReconnectMs = qMax(m_firstReconnectMs, longestMs);
}

SourceManager::~SourceManager()
{
    stop();
}

FeedSource SourceManager::row(const SourceConfig &c) const
{
    FeedSource s;
    s.name = c.name;
    s.kind = SourceConfig::kindName(c.kind);
    s.location = c.kind == SourceConfig::Kind::Poll ? c.url.toDisplayString(QUrl::RemoveUserInfo)
        : c.kind == SourceConfig::Kind::Follow      ? c.path
                                                    : QStringLiteral("/hooks/") + c.name;
    s.staleAfterSec = c.staleAfterSec;
    return s;
}

bool SourceManager::start(const SourcesConfig &config, QString *error)
{
    stop();
    m_config = config;
    m_store = std::make_unique<TimelineStore>(
        QStringLiteral("sources-%1").arg(quintptr(QThread::currentThreadId()), 0, 16));
    if (!m_store->open(m_location)) {
        *error = m_store->lastError();
        return false;
    }
    m_sincePack.start();
    // Keep what the table already knows (last seen) so a restart does not look fresh.
    for (const FeedSource &known : m_store->feedSources())
        m_rows.insert(known.name, known);
    m_network = new QNetworkAccessManager(this);
    QStringList webhooks;
    for (const SourceConfig &c : config.sources) {
        FeedSource r = row(c);
        r.lastSeen = m_rows.value(c.name).lastSeen;
        m_rows.insert(c.name, r);
        m_store->saveFeedSource(r);
        switch (c.kind) {
        case SourceConfig::Kind::Poll: {
            HttpPoller::Options o;
            o.url = c.url;
            o.intervalMs = c.intervalSec * 1000;
            o.timeoutMs = c.timeoutSec * 1000;
            o.windowSec = c.windowSec;
            o.maxBytes = c.maxBytes;
            o.catchUpSec = c.catchUpSec;
            auto *poller = new HttpPoller(o, m_network, this);
            // A restart catches up from the source's last report, not only the last window.
            if (r.lastSeen)
                poller->resumeFrom(*r.lastSeen / 1000);
            const QString name = c.name;
            connect(poller, &HttpPoller::fetched, this, [this, name, poller](const QByteArray &body) {
                // A body with nothing usable in it backs off like any other failure; one the
                // store could not take is not the source's fault, and is asked for again.
                const int status = ingest(name, body).status;
                if (status != 200 && status != 503)
                    poller->markBodyRejected();
            });
            connect(poller, &HttpPoller::notModified, this, [this, name] { recordSeen(name); });
            connect(poller, &HttpPoller::fetchFailed, this, [this, name](const QString &e) { recordError(name, e); });
            m_pollers.insert(c.name, poller);
            poller->start();
            break;
        }
        case SourceConfig::Kind::Follow: {
            auto *follower = new FileFollower(c.path, this);
            const QString name = c.name;
            connect(follower, &FileFollower::linesArrived, this,
                [this, name, follower](const QByteArray &chunk, qint64 line, qint64 offset) {
                    // Not stored now: read again at the next poll, or once the store is back.
                    if (ingest(name, chunk, line, offset).status == 503)
                        follower->rewind(line, offset);
                });
            connect(
                follower, &FileFollower::followFailed, this, [this, name](const QString &e) { recordError(name, e); });
            m_followers.insert(c.name, follower);
            follower->start();
            break;
        }
        case SourceConfig::Kind::Webhook:
            webhooks.append(c.name);
            break;
        }
    }
    if (config.listener.enabled) {
        m_listener = new WebhookListener(
            config.listener.token, config.listener.maxBodyBytes,
            [this](const QString &source, const QByteArray &body) { return ingest(source, body); }, this);
        m_listener->setKnownSources(webhooks);
        ConnectionGuard::Limits limits;
        limits.idleTimeoutMs = config.listener.idleTimeoutMs;
        limits.requestTimeoutMs = config.listener.requestTimeoutMs;
        m_listener->setConnectionLimits(limits, config.listener.maxConnections);
        connect(m_listener, &WebhookListener::requestRefused, this, &SourceManager::listenerRefused);
        if (!m_listener->listen(config.listener.address, config.listener.port, error))
            return false;
    }
    return true;
}

void SourceManager::stop()
{
    m_reconnect.stop();
    m_storeAway = false;
    qDeleteAll(m_pollers);
    m_pollers.clear();
    qDeleteAll(m_followers);
    m_followers.clear();
    delete m_listener;
    m_listener = nullptr;
    delete m_network;
    m_network = nullptr;
    m_store.reset();
}

quint16 SourceManager::listenerPort() const
{
    return m_listener ? m_listener->port() : 0;
}

int SourceManager::listenerConnections() const
{
    return m_listener ? m_listener->openConnections() : 0;
}

WebhookListener::Reply SourceManager::ingest(
    const QString &source, const QByteArray &data, qint64 firstLine, qint64 baseOffset)
{
    const SourceConfig *config = m_config.find(source);
    WebhookListener::Reply reply;
    if (!config || !m_store) {
        reply.status = 404;
        reply.body.insert(QStringLiteral("error"), QStringLiteral("unknown source \"%1\"").arg(source));
        return reply;
    }
    // Nothing can be stored until the store is back: say so at once, without a round trip
    // (or a connect attempt) per request.
    if (m_storeAway)
        return notStoredNow(m_storeError);
    FeedFormat::Kind kind = FeedFormat::fromName(config->format);
    QString why;
    if (kind == FeedFormat::Unknown)
        kind = FeedFormat::detect(QByteArrayView(data).first(qMin<qsizetype>(data.size(), 65536)), &why);
    ParseOptions options;
    options.source = source;
    options.receivedAt = QDateTime::currentMSecsSinceEpoch();
    options.firstLine = firstLine;
    options.baseOffset = baseOffset;
    options.mapping = config->mapping;
    ParseResult parsed;
    if (kind == FeedFormat::Unknown)
        parsed.error = QStringLiteral("cannot identify the feed format: %1").arg(why);
    else
        parsed = FeedFormat::parse(kind, data, options);
    if (!parsed.error.isEmpty()) {
        // Keep what could not be read, so nothing a source sent is silently lost.
        parsed.batch.rejects.append({source, firstLine, baseOffset, QString(), parsed.error,
            QString::fromUtf8(data.left(512)), options.receivedAt});
    }
    WriteStats stats;
    if (!m_store->write(parsed.batch, &stats)) {
        const QString error = m_store->lastError();
        if (m_store->lastFault() == StoreFault::Unreachable)
            storeLost(error);
        else
            recordError(source, error);
        return notStoredNow(error);
    }
    // A live feed only forgets the packed chunks it writes into; the ones it has finished are
    // packed now and then, so a window opened after a long live session reads them packed too.
    // A few milliseconds on this thread (the live one), never the window's.
    if (stats.inserted > 0 && !parsed.batch.samples.isEmpty() && m_sincePack.hasExpired(m_packIntervalMs)) {
        m_store->packOverview(nullptr, true); // only speed depends on it: on failure the rows are read
        m_sincePack.start();
    }
    if (HttpPoller *poller = m_pollers.value(source)) {
        qint64 last = -1;
        for (const HealthSample &s : std::as_const(parsed.batch.samples))
            last = qMax(last, s.time);
        poller->markStored(last);
    }
    QJsonArray rejects;
    for (const Reject &r : std::as_const(parsed.batch.rejects))
        if (rejects.size() < 20)
            rejects.append(QJsonObject {{QStringLiteral("line"), r.line}, {QStringLiteral("field"), r.field},
                {QStringLiteral("reason"), r.reason}});
    const qint64 records = parsed.batch.recordCount();
    reply.status = records == 0 && !parsed.batch.rejects.isEmpty() ? 400 : 200;
    reply.body = QJsonObject {{QStringLiteral("records"), records}, {QStringLiteral("stored"), stats.inserted},
        {QStringLiteral("already_stored"), stats.unchanged}, {QStringLiteral("rejected"), parsed.batch.rejects.size()},
        {QStringLiteral("rejects"), rejects}};
    if (reply.status == 400)
        reply.body.insert(QStringLiteral("error"), parsed.batch.rejects.constFirst().reason);
    if (records > 0 || parsed.batch.rejects.isEmpty())
        recordSeen(source);
    else
        recordError(source, parsed.batch.rejects.constFirst().reason);
    if (stats.inserted > 0 && !parsed.batch.samples.isEmpty())
        emit samplesStored(parsed.batch.samples);
    emit batchStored(source, stats.inserted, parsed.batch.rejects.size());
    return reply;
}

WebhookListener::Reply SourceManager::notStoredNow(const QString &error) const
{
    // The sender's retry delivers it later; natural keys make a repeat harmless.
    WebhookListener::Reply reply;
    reply.status = 503;
    reply.retryAfterSec
        = m_storeAway && m_reconnect.isActive() ? qMax(1, (m_reconnect.remainingTime() + 999) / 1000) : 1;
    reply.body.insert(QStringLiteral("error"), QStringLiteral("not stored: %1").arg(error));
    return reply;
}

void SourceManager::storeLost(const QString &error)
{
    m_storeError = error;
    if (m_storeAway)
        return;
    m_storeAway = true;
    m_awayFor.start();
    // Polled now, a body could not be stored: the pollers wait, and catch up when it is back.
    for (HttpPoller *poller : std::as_const(m_pollers))
        poller->stop();
    for (FileFollower *follower : std::as_const(m_followers))
        follower->stop();
    m_reconnect.setInterval(m_firstReconnectMs);
    m_reconnect.start();
    emit storeAway(error);
}

void SourceManager::tryReconnect()
{
    if (!m_store)
        return;
    if (!m_store->reconnect()) {
        m_storeError = m_store->lastError();
        // Backing off: a server that stays away is not hammered, one that is back is found soon.
        m_reconnect.setInterval(qMin(m_reconnect.interval() * 2, m_longestReconnectMs));
        m_reconnect.start();
        return;
    }
    m_storeAway = false;
    m_storeError.clear();
    // What the sources did meanwhile was kept here; the table hears of it now.
    for (const FeedSource &row : std::as_const(m_rows))
        m_store->saveFeedSource(row);
    emit storeBack(m_awayFor.elapsed());
    for (HttpPoller *poller : std::as_const(m_pollers))
        poller->start();
    for (FileFollower *follower : std::as_const(m_followers))
        follower->start();
}

void SourceManager::recordSeen(const QString &source)
{
    FeedSource &r = m_rows[source];
    r.lastSeen = QDateTime::currentMSecsSinceEpoch();
    r.lastError.clear();
    if (m_store && !m_storeAway)
        m_store->saveFeedSource(r);
    emit sourceReported(r);
}

void SourceManager::recordError(const QString &source, const QString &error)
{
    FeedSource &r = m_rows[source];
    r.lastError = error;
    if (m_store && !m_storeAway)
        m_store->saveFeedSource(r);
    emit sourceFailed(source, error);
    emit sourceReported(r);
}
