// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ingestworker.h"

#include "store/timelinestore.h"

#include <QThread>

IngestWorker::IngestWorker(QString location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
{
}

IngestWorker::~IngestWorker() = default;

bool IngestWorker::ensureOpen(QString *error)
{
    if (m_store && m_store->isOpen())
        return true;
    m_store.reset(); // the old connection's name must be free before a new one takes it
    // The connection name is per thread: QtSql connections must stay on the thread that made them.
    m_store
        = std::make_unique<TimelineStore>(QStringLiteral("ingest-%1").arg(quintptr(QThread::currentThreadId()), 0, 16));
    if (!m_store->open(m_location)) {
        *error = m_store->lastError();
        return false;
    }
    return true;
}

void IngestWorker::importFiles(const QStringList &paths, const QString &format)
{
    m_cancel = false;
    bool anyChange = false;
    QString error;
    if (!ensureOpen(&error)) {
        for (const QString &path : paths) {
            ImportResult r;
            r.source = path;
            r.error = error;
            emit fileImported(r);
        }
        emit importFinished(false);
        return;
    }
    for (const QString &path : paths) {
        if (m_cancel)
            break;
        const ImportResult r = importWithRetries(path, format);
        anyChange = anyChange || r.inserted > 0 || r.rejected > 0;
        emit fileImported(r);
    }
    emit importFinished(anyChange);
}

ImportResult IngestWorker::importWithRetries(const QString &path, const QString &format)
{
    ImportResult total;
    qint64 carried = 0; // rows committed by attempts that failed later: found again as unchanged
    for (int attempt = 0;; ++attempt) {
        QString error;
        ImportResult r;
        if (ensureOpen(&error)) {
            r = FeedImporter::importFile(
                *m_store, path, FeedFormat::fromName(format),
                [this, &path](qint64 done, qint64 total) { emit progressed(done, total, path); }, &m_cancel);
        } else {
            r.source = path;
            r.error = error;
            r.fault = m_store ? m_store->lastFault() : StoreFault::Unreachable;
        }
        total = r;
        total.inserted = carried + r.inserted;
        total.unchanged = qMax<qint64>(0, r.unchanged - carried);
        // A writer holding the database or a server restarting goes away by itself; anything
        // else (a full disk, a read-only file, a bad feed) needs the user, so it is reported now.
        if (r.ok() || !StoreFaults::isTransient(r.fault) || attempt >= m_retryDelaysMs.size() || m_cancel)
            return total;
        carried += r.inserted;
        if (r.fault == StoreFault::Unreachable)
            m_store.reset(); // reconnect on the next attempt
        const int delay = m_retryDelaysMs.at(attempt);
        emit retrying(path, r.error, delay);
        for (int waited = 0; waited < delay && !m_cancel; waited += 50)
            QThread::msleep(50);
    }
}
