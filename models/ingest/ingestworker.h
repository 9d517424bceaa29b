// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/feedimporter.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

class TimelineStore;

// Imports files off the GUI thread. Lives on its own QThread with its own store
// connection (opened lazily on that thread); results come back as value types.
class IngestWorker final : public QObject {
    Q_OBJECT
public:
    explicit IngestWorker(QString location, QObject *parent = nullptr);
    ~IngestWorker() override;

    // Thread-safe: may be called from the GUI thread while an import runs.
    void cancel() { m_cancel = true; }
    // Waits before each new attempt when the store is locked or unreachable (default 2, 4, 8, 16, 30 s).
    void setRetryDelays(const QList<int> &milliseconds) { m_retryDelaysMs = milliseconds; }

public slots:
    void importFiles(const QStringList &paths, const QString &format);

signals:
    void progressed(qint64 done, qint64 total, const QString &source);
    void fileImported(const ImportResult &result);
    void importFinished(bool anyChange);
    // The store was locked by another writer or unreachable; the file is tried again in delayMs.
    void retrying(const QString &source, const QString &error, int delayMs);

private:
    bool ensureOpen(QString *error);
    ImportResult importWithRetries(const QString &path, const QString &format);

    QString m_location;
    std::unique_ptr<TimelineStore> m_store;
    std::atomic_bool m_cancel = false;
    QList<int> m_retryDelaysMs = {2000, 4000, 8000, 16000, 30000};
};
