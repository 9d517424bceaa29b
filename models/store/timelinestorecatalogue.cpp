// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineStore::saveCatalogue: the operator's services and dependencies (Services ▸ Edit…),
// replaced whole in one transaction, so a failure leaves the catalogue as it was; and
// TimelineStore::upsertServices, which changes only the services it is given (services import).
#include "store/timelinestore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString nonNull(const QString &text)
{
    return text.isNull() ? QString(u""_qs) : text;
}

// A typed NULL: QPSQL needs the type even of a NULL it binds.
QVariant usersValue(const std::optional<qint64> &users)
{
    return users ? QVariant(*users) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

bool TimelineStore::saveCatalogue(
    const QList<Service> &services, const QList<Dependency> &dependencies, QStringList *stillUsed)
{
    QSqlDatabase db = database();
    if (!beginCatalogueWrite(db))
        return false;
    const auto abandon = [&](const QString &what, const QSqlQuery &q) {
        fail(what, q);
        db.rollback();
        return false;
    };
    QSet<QString> keep;
    for (const Service &s : services)
        keep.insert(s.key);
    // Services the operator deleted go, unless a sample or a state names them: their history
    // would lose its name, so the whole save is refused and the caller says which.
    QStringList gone;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT key FROM services")))
            return abandon(QStringLiteral("reading the services"), q);
        while (q.next())
            if (!keep.contains(q.value(0).toString()))
                gone.append(q.value(0).toString());
    }
    QStringList used;
    for (const QString &key : std::as_const(gone)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM samples WHERE service = ?) "
                                 "OR EXISTS (SELECT 1 FROM state_changes WHERE service = ?)"));
        q.addBindValue(key);
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return abandon(QStringLiteral("checking what refers to %1").arg(key), q);
        if (q.value(0).toBool())
            used.append(key);
    }
    if (!used.isEmpty()) {
        db.rollback();
        if (stillUsed)
            *stillUsed = used;
        setFault(StoreFault::None,
            QStringLiteral("services still named by samples or states cannot be removed: %1")
                .arg(used.join(QStringLiteral(", "))));
        return false;
    }
    // Dependencies first: they name services, and are replaced whole anyway.
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM dependencies")))
        return abandon(QStringLiteral("replacing the dependencies"), clear);
    for (const QString &key : std::as_const(gone)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM services WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return abandon(QStringLiteral("removing the service %1").arg(key), q);
    }
    if (!writeServices(db, services, dependencies))
        return false;
    return commitCatalogueWrite(db);
}

// Upserts the services and inserts the dependencies, inside the caller's transaction; on a
// failure it rolls back and records the fault.
bool TimelineStore::writeServices(
    QSqlDatabase &db, const QList<Service> &services, const QList<Dependency> &dependencies)
{
    const auto abandon = [&](const QString &what, const QSqlQuery &q) {
        fail(what, q);
        db.rollback();
        return false;
    };
    QSqlQuery up(db);
    up.prepare(QStringLiteral(
        "INSERT INTO services (key, name, users, colour, note, audience, audience_name, audience_size, "
        "audience_note, grp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        "name = excluded.name, users = excluded.users, colour = excluded.colour, note = excluded.note, "
        "audience = excluded.audience, audience_name = excluded.audience_name, "
        "audience_size = excluded.audience_size, audience_note = excluded.audience_note, grp = excluded.grp"));
    for (const Service &s : services) {
        up.addBindValue(s.key);
        up.addBindValue(nonNull(s.name.isEmpty() ? s.key : s.name));
        up.addBindValue(usersValue(s.users));
        up.addBindValue(nonNull(s.colour));
        up.addBindValue(nonNull(s.note));
        up.addBindValue(nonNull(s.audience));
        up.addBindValue(nonNull(s.audienceName));
        up.addBindValue(s.audienceSize);
        up.addBindValue(nonNull(s.audienceNote));
        up.addBindValue(nonNull(s.group));
        if (!up.exec())
            return abandon(QStringLiteral("saving the service %1").arg(s.key), up);
    }
    QSqlQuery dep(db);
    dep.prepare(QStringLiteral("INSERT INTO dependencies (service, depends_on, share, note) VALUES (?, ?, ?, ?)"));
    for (const Dependency &d : dependencies) {
        dep.addBindValue(d.service);
        dep.addBindValue(d.dependsOn);
        dep.addBindValue(d.share);
        dep.addBindValue(nonNull(d.note));
        if (!dep.exec())
            return abandon(QStringLiteral("saving %1 → %2").arg(d.service, d.dependsOn), dep);
    }
    return true;
}

bool TimelineStore::upsertServices(const QList<Service> &services, const QList<Dependency> &dependencies)
{
    QSqlDatabase db = database();
    if (!beginCatalogueWrite(db))
        return false;
    // Only these services' own dependency lists are replaced: a service registered by a live
    // feed, or edited elsewhere, since the caller read the catalogue keeps its row and its
    // dependencies (an import must never remove what it did not name).
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM dependencies WHERE service = ?"));
    for (const Service &s : services) {
        clear.addBindValue(s.key);
        if (!clear.exec()) {
            fail(QStringLiteral("replacing the dependencies of %1").arg(s.key), clear);
            db.rollback();
            return false;
        }
    }
    if (!writeServices(db, services, dependencies))
        return false;
    return commitCatalogueWrite(db);
}

bool TimelineStore::beginCatalogueWrite(QSqlDatabase &db)
{
    if (db.transaction())
        return true;
    setFault(StoreFaults::classify(db.lastError(), isPostgres()), db.lastError().text());
    return false;
}

bool TimelineStore::commitCatalogueWrite(QSqlDatabase &db)
{
    notifyChanged(QStringLiteral("catalogue"));
    if (!db.commit()) {
        setFault(StoreFaults::classify(db.lastError(), isPostgres()), db.lastError().text());
        db.rollback();
        return false;
    }
    setFault(StoreFault::None, QString());
    return true;
}
