// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardSession's door to the catalogue (Services ▸ Edit…), to incidents the user makes and to
// the demo's own database: the widgets never hold the store.
#include "session/dashboardsession.h"

#include "ingest/demodataset.h"
#include "store/timelinestore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

ServiceCatalogue DashboardSession::catalogue() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return {m_store->services(), m_store->dependencies()};
}

bool DashboardSession::saveCatalogue(const QList<Service> &services, const QList<Dependency> &dependencies)
{
    m_storeRefusal.clear();
    const ServiceCatalogue wanted {services, dependencies};
    if (const QString problem = wanted.problem(); !problem.isEmpty()) {
        m_storeRefusal = problem;
        return false;
    }
    QStringList stillUsed;
    if (!m_store || !m_store->saveCatalogue(services, dependencies, &stillUsed)) {
        if (!stillUsed.isEmpty())
            m_storeRefusal = tr("%1 cannot be removed: the timeline has samples or states of it. "
                                "Nothing was saved.")
                                 .arg(stillUsed.join(QStringLiteral(", ")));
        return false;
    }
    reload();
    return true;
}

bool DashboardSession::addIncident(const Incident &incident)
{
    m_storeRefusal.clear();
    if (!m_store)
        return false;
    FeedBatch batch;
    batch.incidents.append(incident);
    if (!m_store->write(batch))
        return false;
    m_requestedIncident = incident.id;
    m_nowRequested = false;
    reload();
    return true;
}

QString DashboardSession::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

bool DashboardSession::prepareDemoDatabase(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    TimelineStore store(QStringLiteral("demo-prepare"));
    if (!store.open(path) || (store.isEmpty() && !DemoDataset::load(store, error))) {
        if (error && error->isEmpty())
            *error = store.lastError();
        return false;
    }
    return true;
}
