// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "ingest/ingestworker.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

ImportController::ImportController(const QString &location, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_worker(new IngestWorker(location))
    , m_dialogParent(dialogParent)
{
    qRegisterMetaType<ImportResult>();
    m_thread.setObjectName(QStringLiteral("ingest"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ImportController::startRequested, m_worker, &IngestWorker::importFiles);
    connect(m_worker, &IngestWorker::progressed, this, &ImportController::onProgress);
    connect(m_worker, &IngestWorker::fileImported, this, &ImportController::onFileImported);
    connect(m_worker, &IngestWorker::importFinished, this, &ImportController::onFinished);
    connect(m_worker, &IngestWorker::retrying, this, &ImportController::onRetrying);
    m_thread.start();
}

QStringList ImportController::nameFilters()
{
    const QList<QPair<QString, QString>> formats {
        {tr("NDJSON feeds"), QStringLiteral("*.ndjson *.jsonl")},
        {tr("JSON (Statuspage, Alertmanager, Prometheus, Grafana, Google Cloud)"), QStringLiteral("*.json")},
        {tr("CSV tables"), QStringLiteral("*.csv")},
        {tr("XML feeds"), QStringLiteral("*.xml")},
        {tr("Atom feeds"), QStringLiteral("*.atom")},
        {tr("RSS feeds"), QStringLiteral("*.rss")},
    };
    QStringList patterns;
    for (const auto &format : formats)
        patterns.append(format.second);
    QStringList filters {tr("All supported feeds (%1)").arg(patterns.join(u' '))};
    for (const auto &[name, pattern] : formats)
        filters.append(QStringLiteral("%1 (%2)").arg(name, pattern));
    filters.append(tr("All files (*)"));
    return filters;
}

ImportController::~ImportController()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void ImportController::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_failed = false;
    m_messages.clear();
    if (!m_quiet) {
        m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000, m_dialogParent);
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setMinimumDuration(300);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_progress, &QProgressDialog::canceled, this, [this] { m_worker->cancel(); });
    }
    emit startRequested(paths, QStringLiteral("auto"));
}

void ImportController::onProgress(qint64 done, qint64 total, const QString &source)
{
    if (!m_progress)
        return;
    m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(source).fileName()));
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ImportController::onRetrying(const QString &source, const QString &error, int delayMs)
{
    const QString text
        = tr("%1: %2\nTrying again in %3 s…").arg(QFileInfo(source).fileName(), error).arg(delayMs / 1000.0);
    m_messages.append(text);
    emit retryScheduled(text);
    if (m_progress)
        m_progress->setLabelText(text);
}

void ImportController::onFileImported(const ImportResult &r)
{
    const QString name = QFileInfo(r.source).fileName();
    if (!r.error.isEmpty()) {
        m_failed = true;
        m_messages.append(tr("%1: import failed: %2").arg(name, r.error));
        return;
    }
    QString text = r.cancelled ? tr("%1: cancelled after %2 records (those are kept)").arg(name).arg(r.records)
                               : tr("%1: %2 records, %3 new, %4 already stored, %5 rejected")
                                     .arg(name)
                                     .arg(r.records)
                                     .arg(r.inserted)
                                     .arg(r.unchanged)
                                     .arg(r.rejected);
    for (qsizetype i = 0; i < qMin<qsizetype>(5, r.firstRejects.size()); ++i) {
        const Reject &j = r.firstRejects.at(i);
        text += u'\n' + tr("  line %1, field \"%2\": %3").arg(j.line).arg(j.field, j.reason);
    }
    if (r.rejected > 5)
        text += u'\n' + tr("  … and %1 more rejected records, kept in the rejects table").arg(r.rejected - 5);
    m_failed = m_failed || r.rejected > 0;
    m_messages.append(text);
}

void ImportController::onFinished(bool anyChange)
{
    m_busy = false;
    if (m_progress)
        m_progress->close();
    emit importFinished(anyChange);
    if (!m_quiet) {
        const QString text = m_messages.join(u'\n');
        if (m_failed)
            QMessageBox::warning(m_dialogParent, tr("Import"), text);
        else
            QMessageBox::information(m_dialogParent, tr("Import"), text);
    }
}
