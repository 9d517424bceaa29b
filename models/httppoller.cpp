#include "httppoller.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

HttpPoller::HttpPoller(Options options, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpPoller::pollNow);
}

void HttpPoller::start()
{
    m_running = true;
    pollNow();
}

void HttpPoller::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
}

qint64 HttpPoller::nextDelayMs() const
{
    if (m_failures == 0)
        return m_options.intervalMs;
    // Doubling per failure, capped: a dead server is asked less and less often.
    const qint64 backoff = m_options.intervalMs << qMin(m_failures, 10);
    return qMin(backoff, qMax(m_options.maxBackoffMs, m_options.intervalMs));
}

QUrl HttpPoller::expand(const QUrl &url, qint64 nowSec, qint64 windowSec)
{
    // Replaced in the query as it is encoded: decoding and re-encoding it turned "%2B" into a
    // bare "+", which servers read as a space (PromQL "a + b" reached Prometheus as "a   b").
    if (!url.hasQuery())
        return url;
    QString query = url.query(QUrl::FullyEncoded);
    for (const QString &form : {QStringLiteral("{end}"), QStringLiteral("%7Bend%7D")})
        query.replace(form, QString::number(nowSec), Qt::CaseInsensitive);
    for (const QString &form : {QStringLiteral("{start}"), QStringLiteral("%7Bstart%7D")})
        query.replace(form, QString::number(nowSec - windowSec), Qt::CaseInsensitive);
    QUrl out = url;
    out.setQuery(query, QUrl::StrictMode);
    return out;
}

void HttpPoller::pollNow()
{
    if (m_reply)
        return;
    const QUrl url = expand(m_options.url, QDateTime::currentSecsSinceEpoch(), m_options.windowSec);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_options.timeoutMs));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("outagedash/" OUTAGEDASH_VERSION));
    if (!m_etag.isEmpty())
        request.setRawHeader("If-None-Match", m_etag);
    if (!m_lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_lastModified);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_options.maxBytes)
            reply->setProperty("tooLarge", true), reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void HttpPoller::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = reply->url().toDisplayString(QUrl::RemoveQuery);
    if (reply->property("tooLarge").toBool()) {
        ++m_failures;
        emit fetchFailed(QStringLiteral("%1: body larger than %2 bytes, aborted").arg(where).arg(m_options.maxBytes));
    } else if (reply->error() == QNetworkReply::OperationCanceledError && reply->property("tooLarge").isNull()
               && !m_running) {
        return;
    } else if (status == 304) {
        m_failures = 0;
        emit notModified();
    } else if (reply->error() != QNetworkReply::NoError) {
        ++m_failures;
        const QString reason = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("no answer within %1 s").arg(m_options.timeoutMs / 1000)
            : reply->errorString();
        emit fetchFailed(status > 0 ? QStringLiteral("%1: HTTP %2: %3").arg(where).arg(status).arg(reason)
                                    : QStringLiteral("%1: %2").arg(where, reason));
    } else {
        m_failures = 0;
        m_etag = reply->rawHeader("ETag");
        m_lastModified = reply->rawHeader("Last-Modified");
        emit fetched(reply->readAll(), reply->url());
    }
    schedule();
}

void HttpPoller::schedule()
{
    if (m_running)
        m_timer.start(int(qMin<qint64>(nextDelayMs(), std::numeric_limits<int>::max())));
}
