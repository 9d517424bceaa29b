// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/livefeedcontroller.h"

#include "ingest/sourcemanager.h"

LiveFeedController::LiveFeedController(const QString &storeLocation, QObject *parent)
    : QObject(parent)
    , m_location(storeLocation)
{
    qRegisterMetaType<FeedSource>();
    m_thread.setObjectName(QStringLiteral("live-feeds"));
    m_thread.start();
}

LiveFeedController::~LiveFeedController()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool LiveFeedController::start(const QString &sourcesFile, QString *error)
{
    SourcesConfig config;
    if (!SourcesConfig::load(sourcesFile, config, error))
        return false;
    stop();
    m_file = sourcesFile;
    m_manager = new SourceManager(m_location);
    m_manager->moveToThread(&m_thread);
    connect(m_manager, &SourceManager::batchStored, this, [this](const QString &, qint64 inserted, qint64 rejected) {
        if (inserted > 0 || rejected > 0)
            emit dataArrived();
    });
    connect(m_manager, &SourceManager::samplesStored, this, &LiveFeedController::samplesArrived);
    connect(m_manager, &SourceManager::sourceReported, this, &LiveFeedController::sourceReported);
    // Starting opens sockets and the store connection: it must happen on the live thread.
    bool ok = false;
    QMetaObject::invokeMethod(
        m_manager, [&] { ok = m_manager->start(config, error); }, Qt::BlockingQueuedConnection);
    m_running = ok;
    if (!ok)
        stop();
    return ok;
}

void LiveFeedController::stop()
{
    if (!m_manager)
        return;
    SourceManager *manager = m_manager;
    m_manager = nullptr;
    m_running = false;
    QMetaObject::invokeMethod(
        manager, [manager] { delete manager; }, Qt::BlockingQueuedConnection);
}
