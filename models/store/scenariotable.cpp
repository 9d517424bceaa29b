// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/scenariotable.h"

#include "store/timelinestore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QString ScenarioTable::upsertSql()
{
    return u"INSERT INTO scenarios (incident_id, name, definition) VALUES (?, ?, ?) "
           u"ON CONFLICT (incident_id, name) DO UPDATE SET definition = excluded.definition "
           u"WHERE scenarios.definition IS DISTINCT FROM excluded.definition"_s;
}

bool ScenarioTable::save(const QSqlDatabase &db, const Scenario &scenario, QString *error)
{
    QSqlQuery q(db);
    if (q.prepare(upsertSql())) {
        q.addBindValue(scenario.incidentId);
        q.addBindValue(scenario.name);
        q.addBindValue(QString::fromUtf8(QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact)));
        if (q.exec())
            return true;
    }
    if (error)
        *error = u"cannot store scenario %1: %2"_s.arg(scenario.name, q.lastError().text());
    return false;
}

bool ScenarioTable::remove(const QSqlDatabase &db, const QString &incidentId, const QString &name, QString *error)
{
    QSqlQuery q(db);
    if (q.prepare(u"DELETE FROM scenarios WHERE incident_id = ? AND name = ?"_s)) {
        q.addBindValue(incidentId);
        q.addBindValue(name);
        if (q.exec())
            return true;
    }
    if (error)
        *error = u"cannot remove scenario %1: %2"_s.arg(name, q.lastError().text());
    return false;
}

QList<Scenario> ScenarioTable::forIncident(const QSqlDatabase &db, const QString &incidentId, QString *error)
{
    QList<Scenario> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT name, definition FROM scenarios WHERE incident_id = ? ORDER BY name"_s)) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    q.addBindValue(incidentId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
        QString field, reason;
        auto scenario = Scenario::fromJson(doc.object(), &field, &reason);
        if (!scenario) {
            if (error)
                *error = u"stored scenario %1 is unreadable: %2"_s.arg(q.value(0).toString(), reason);
            continue;
        }
        // The key columns are the truth: a definition copied under another name keeps its row's.
        scenario->incidentId = incidentId;
        scenario->name = q.value(0).toString();
        out.append(*scenario);
    }
    return out;
}

// TimelineStore's scenario methods live here to keep timelinestore.cpp short.
QList<Scenario> TimelineStore::scenarios(const QString &incidentId) const
{
    QString error;
    const QList<Scenario> list = ScenarioTable::forIncident(database(), incidentId, &error);
    if (!error.isEmpty())
        m_lastError = error;
    return list;
}

bool TimelineStore::saveScenario(const Scenario &scenario, const QString &replacing)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    const bool renamed = !replacing.isEmpty() && replacing != scenario.name;
    if (!ScenarioTable::save(db, scenario, &m_lastError)
        || (renamed && !ScenarioTable::remove(db, scenario.incidentId, replacing, &m_lastError))) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool TimelineStore::removeScenario(const QString &incidentId, const QString &name)
{
    return ScenarioTable::remove(database(), incidentId, name, &m_lastError);
}
