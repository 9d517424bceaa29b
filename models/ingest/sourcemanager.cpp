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
            auto *poller = new HttpPoller(o, m_network, this);
            const QString name = c.name;
            connect(poller, &HttpPoller::fetched, this, [this, name, poller](const QByteArray &body) {
                // A body with nothing usable in it backs off like any other failure.
                if (ingest(name, body).status != 200)
                    poller->markBodyRejected();
            });
            connect(poller, &HttpPoller::notModified, this, [this, name] { recordSeen(name); });
            connect(poller, &HttpPoller::fetchFailed, this, [this, name](const QString &e) { recordError(name, e); });
            m_pollers.append(poller);
            poller->start();
            break;
        }
        case SourceConfig::Kind::Follow: {
            auto *follower = new FileFollower(c.path, this);
            const QString name = c.name;
            connect(follower, &FileFollower::linesArrived, this,
                [this, name](
                    const QByteArray &chunk, qint64 line, qint64 offset) { ingest(name, chunk, line, offset); });
            connect(
                follower, &FileFollower::followFailed, this, [this, name](const QString &e) { recordError(name, e); });
            m_followers.append(follower);
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
        recordError(source, m_store->lastError());
        reply.status = 503;
        reply.body.insert(QStringLiteral("error"), QStringLiteral("not stored: %1").arg(m_store->lastError()));
        return reply;
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

void SourceManager::recordSeen(const QString &source)
{
    FeedSource &r = m_rows[source];
    r.lastSeen = QDateTime::currentMSecsSinceEpoch();
    r.lastError.clear();
    if (m_store)
        m_store->saveFeedSource(r);
    emit sourceReported(r);
}

void SourceManager::recordError(const QString &source, const QString &error)
{
    FeedSource &r = m_rows[source];
    r.lastError = error;
    if (m_store)
        m_store->saveFeedSource(r);
    emit sourceFailed(source, error);
    emit sourceReported(r);
}
