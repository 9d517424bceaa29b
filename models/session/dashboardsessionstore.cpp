// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardSession's door to the store for what widgets write (notes, scenarios) and read
// beyond the snapshot (rejects, the engine's version): one place, so widgets never hold it.
#include "session/dashboardsession.h"

#include "store/timelinestore.h"

QString DashboardSession::storeError() const
{
    if (!m_storeRefusal.isEmpty())
        return m_storeRefusal;
    return m_store ? m_store->lastError() : tr("No database is open.");
}

QString DashboardSession::engineVersion() const
{
    return m_store ? m_store->engineVersion() : QString();
}

QList<Reject> DashboardSession::rejects(int limit) const
{
    return m_store ? m_store->rejects(limit) : QList<Reject>();
}

qint64 DashboardSession::rejectCount() const
{
    return m_store ? m_store->rejectCount() : 0;
}

QList<Scenario> DashboardSession::scenarios(const QString &incidentId) const
{
    return m_store ? m_store->scenarios(incidentId) : QList<Scenario>();
}

bool DashboardSession::saveScenario(const Scenario &scenario, const QString &replacing)
{
    return m_store && m_store->saveScenario(scenario, replacing);
}

bool DashboardSession::removeScenario(const QString &incidentId, const QString &name)
{
    return m_store && m_store->removeScenario(incidentId, name);
}

bool DashboardSession::addAnnotation(Annotation &annotation)
{
    return m_store && m_store->addAnnotation(annotation);
}

bool DashboardSession::updateAnnotation(const Annotation &annotation)
{
    return m_store && m_store->updateAnnotation(annotation);
}

bool DashboardSession::removeAnnotation(qint64 id)
{
    return m_store && m_store->removeAnnotation(id);
}

bool DashboardSession::isOpen() const
{
    return m_store && m_store->isOpen();
}
