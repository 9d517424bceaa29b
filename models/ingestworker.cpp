#include "ingestworker.h"

#include "timelinestore.h"

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
    // The connection name is per thread: QtSql connections must stay on the thread that made them.
    m_store = std::make_unique<TimelineStore>(
        QStringLiteral("ingest-%1").arg(quintptr(QThread::currentThreadId()), 0, 16));
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
        const ImportResult r = FeedImporter::importFile(
            *m_store, path, FeedFormat::fromName(format),
            [this, &path](qint64 done, qint64 total) { emit progressed(done, total, path); }, &m_cancel);
        anyChange = anyChange || r.inserted > 0 || r.rejected > 0;
        emit fileImported(r);
    }
    emit importFinished(anyChange);
}
