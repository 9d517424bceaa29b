// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Ordered schema migrations. Migration N brings a database from version N-1 to N.
// Never edit a released migration: append a new one.
struct StoreMigration {
    int version;
    QString description;
    QStringList statements;
    // A change of how SQLite lays the data out, which PostgreSQL has no use for: on a PostgreSQL
    // store the version is recorded and nothing runs.
    bool sqliteOnly = false;
};

class StoreMigrations final {
public:
    static const QList<StoreMigration> &all();
    static int latest();
};
