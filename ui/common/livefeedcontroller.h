// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QObject>
#include <QThread>

class SourceManager;

// Runs the configured live sources (pollers, followers, listener) on a thread of their
// own, with their own store connection, and tells the dashboard when data arrived.
class LiveFeedController final : public QObject {
    Q_OBJECT
public:
    LiveFeedController(const QString &storeLocation, QObject *parent = nullptr);
    ~LiveFeedController() override;

    QString sourcesFile() const { return m_file; }
    bool isRunning() const { return m_running; }
    // Loads the file and (re)starts its sources; false with the reason on error.
    bool start(const QString &sourcesFile, QString *error);
    void stop();

signals:
    void dataArrived();
    // The samples of each stored batch, for charts that append them (DashboardSession::appendLive).
    void samplesArrived(const QList<HealthSample> &samples);
    void sourceReported(const FeedSource &source);

private:
    QString m_location;
    QString m_file;
    QThread m_thread;
    SourceManager *m_manager = nullptr;
    bool m_running = false;
};
