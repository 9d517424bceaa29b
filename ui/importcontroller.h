// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/feedimporter.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class IngestWorker;
class QProgressDialog;
class QWidget;

// Runs imports on the ingest thread and reports back: a progress dialog with Cancel
// while they run, a summary (with the first rejects, by file and line) when done.
class ImportController final : public QObject {
    Q_OBJECT
public:
    ImportController(const QString &location, QWidget *dialogParent);
    ~ImportController() override;

    bool isBusy() const { return m_busy; }
    // The texts shown after the last import; tests read them instead of a modal box.
    QStringList lastMessages() const { return m_messages; }
    void setQuiet(bool quiet) { m_quiet = quiet; } // no modal boxes (tests)
    // File ▸ Import's name filters: every format the importer reads (it tells them by their
    // content), all of them together first, then each alone, then every file.
    static QStringList nameFilters();

public slots:
    void importFiles(const QStringList &paths);

signals:
    void importFinished(bool anyChange);
    void startRequested(const QStringList &paths, const QString &format);
    // The database was locked or unreachable; the worker tries again by itself.
    void retryScheduled(const QString &message);

private:
    void onProgress(qint64 done, qint64 total, const QString &source);
    void onFileImported(const ImportResult &result);
    void onRetrying(const QString &source, const QString &error, int delayMs);
    void onFinished(bool anyChange);

    QThread m_thread;
    IngestWorker *m_worker;
    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QStringList m_messages;
    bool m_busy = false;
    bool m_quiet = false;
    bool m_failed = false;
};
