// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/httppoller.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
constexpr qint64 kReadBufferBytes = 256 * 1024;
}

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

qint64 HttpPoller::windowAt(qint64 nowSec) const
{
    const qint64 window = m_options.windowSec;
    if (m_storedUntilSec <= 0 || nowSec - m_storedUntilSec <= window)
        return window;
    // Bounded: a source silent for days is not asked for all of it in one answer.
    return qMin(nowSec - m_storedUntilSec, qMax(window, m_options.catchUpSec));
}

void HttpPoller::markStored(qint64 lastSampleMs)
{
    // The start asked for counts too: a range answered with nothing is not asked again.
    resumeFrom(qMax(lastSampleMs >= 0 ? lastSampleMs / 1000 : 0, m_askedFromSec));
}

void HttpPoller::pollNow()
{
    if (m_reply)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 window = windowAt(now);
    m_askedFromSec = now - window;
    const QUrl url = expand(m_options.url, now, window);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_options.timeoutMs));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("outagedash/" OUTAGEDASH_VERSION));
    if (!m_etag.isEmpty())
        request.setRawHeader("If-None-Match", m_etag);
    if (!m_lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_lastModified);
    m_body.clear();
    m_tooLarge.clear();
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    // A small read buffer makes QNetworkAccessManager stop reading the socket until the body
    // is taken from it, so a huge body never piles up in the reply.
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_options.maxBytes)
            giveUpTooLarge(reply,
                QStringLiteral("body of %1 bytes announced, larger than the limit of %2 bytes, not read")
                    .arg(announced)
                    .arg(m_options.maxBytes));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void HttpPoller::readBody(QNetworkReply *reply)
{
    if (!m_tooLarge.isEmpty())
        return;
    const qint64 available = reply->bytesAvailable();
    if (m_body.size() + available > m_options.maxBytes) {
        giveUpTooLarge(reply, QStringLiteral("body larger than %1 bytes, aborted").arg(m_options.maxBytes));
        return;
    }
    m_body += reply->read(available);
}

void HttpPoller::giveUpTooLarge(QNetworkReply *reply, const QString &why)
{
    if (!m_tooLarge.isEmpty())
        return;
    m_tooLarge = why;
    m_body.clear();
    m_body.squeeze();
    reply->abort();
}

void HttpPoller::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr; // finished: stop() from a handler below has nothing to abort, start() may poll
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = reply->url().toDisplayString(QUrl::RemoveQuery);
    if (!m_tooLarge.isEmpty()) {
        ++m_failures;
        emit fetchFailed(QStringLiteral("%1: %2").arg(where, m_tooLarge));
    } else if (reply->error() == QNetworkReply::OperationCanceledError && !m_running) {
        return; // stop() aborted it
    } else if (status == 304) {
        m_failures = 0;
        emit notModified();
    } else if (reply->error() != QNetworkReply::NoError) {
        ++m_failures;
        // Qt reports the transfer timeout as a cancelled operation.
        const QString reason = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("no data for %1 s, gave up").arg(double(m_options.timeoutMs) / 1000.0)
            : reply->errorString();
        emit fetchFailed(status > 0 ? QStringLiteral("%1: HTTP %2: %3").arg(where).arg(status).arg(reason)
                                    : QStringLiteral("%1: %2").arg(where, reason));
    } else {
        readBody(reply);
        const QByteArray body = std::exchange(m_body, QByteArray());
        const int failuresBefore = m_failures;
        m_failures = 0;
        m_bodyRejected = false;
        m_etag = reply->rawHeader("ETag");
        m_lastModified = reply->rawHeader("Last-Modified");
        emit fetched(body, reply->url());
        if (m_bodyRejected) {
            // A 304 for a body nobody could use must not make the source look healthy.
            m_failures = failuresBefore + 1;
            m_etag.clear();
            m_lastModified.clear();
        }
    }
    m_body.clear();
    schedule();
}

void HttpPoller::schedule()
{
    if (m_running)
        m_timer.start(int(qMin<qint64>(nextDelayMs(), std::numeric_limits<int>::max())));
}
