// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QCoreApplication>
#include <optional>

// The services and what depends on what, as the operator edits them (Services ▸ Edit…): checked
// here so the editor and the store refuse the same things, and saved whole by
// DashboardSession::saveCatalogue.
struct ServiceCatalogue {
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)
public:
    QList<Service> services;
    QList<Dependency> dependencies;

    // The first dependency cycle as keys, the first repeated at the end (a, b, a); empty if none.
    static QStringList findCycle(const QList<Dependency> &dependencies);
    // "a → b → a", for messages.
    static QString cycleText(const QStringList &cycle);
    // What is wrong, named (an empty or repeated key, a share outside 0–1, a dependency on a
    // service not in the list, a cycle); empty when the catalogue can be saved.
    QString problem() const;

    // Statuspage component groups as proposed dependencies: every component of a group depends
    // on the group with share 1 (the group becomes a service of its own when none is named so).
    // Only rows not already there; the caller shows them for the operator to keep or delete.
    static ServiceCatalogue proposeFromGroups(const QList<Service> &services, const QList<Dependency> &existing);
    // Services whose user count nobody gave.
    static int withoutUsers(const QList<Service> &services);

    // The user count (unset: unknown) and the feed's group, read and written in one place.
    static std::optional<qint64> users(const Service &service);
    static void setUsers(Service &service, std::optional<qint64> users);
    static QString group(const Service &service);
    static void setGroup(Service &service, const QString &group);
};
