// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where a timeline lives, from what the user typed after --db: a SQLite file (the
// default), ":memory:", "sqlite:PATH", or "postgresql://user@host:port/dbname".
// A password is never taken from the location: it would sit in the shell history and
// in every process listing. libpq reads it from PGPASSWORD or ~/.pgpass instead.
class StoreLocation final {
public:
    enum class Kind { Sqlite, Postgres };

    // Returns false with 'error' set when the location cannot be used.
    static bool parse(const QString &text, StoreLocation &out, QString *error);
    static bool isPostgres(const QString &text);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; } // SQLite
    QString host() const { return m_host; } // PostgreSQL; empty: libpq's default socket
    int port() const { return m_port; } // -1: libpq's default
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }
    QString connectOptions() const { return m_options; } // libpq keywords, "a=b;c=d"
    // For messages and titles: the location as typed, never with a password.
    QString display() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_text;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QString m_options;
};
