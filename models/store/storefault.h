// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlError;

// Why the store could not do what was asked, in the terms a user can act on. The same
// kinds for SQLite and PostgreSQL, so that every caller reacts the same way to both.
enum class StoreFault {
    None,
    ReadOnly, // the file, its folder or the server refuses writes
    Full, // no space left (disk, or the database's own size limit)
    Locked, // another writer holds the database; trying again later succeeds
    Unreachable, // the server went away or the file cannot be opened
    Other,
};

namespace StoreFaults {
// 'code' is QSqlError::nativeErrorCode(): SQLite's result code, PostgreSQL's SQLSTATE.
StoreFault classify(const QString &code, const QString &message, bool postgres);
StoreFault classify(const QSqlError &error, bool postgres);
// Worth trying again by itself, without anyone doing anything.
bool isTransient(StoreFault fault);
// What happened and what to do, for the end of an error message: "the disk holding … is full: …".
QString advice(StoreFault fault, const QString &location);
// A file that is no SQLite database at all, said plainly (what the file seems to be, that it was
// left alone, what to open instead); empty when it is missing, empty, or starts as SQLite does.
QString notADatabase(const QString &path);
// An SQLite database that another program made ('tables' are its own); left unchanged.
QString foreignDatabase(const QString &path, const QStringList &tables);
// An SQLite file whose contents cannot be read ('detail' is SQLite's own word for it).
QString damagedDatabase(const QString &path, const QString &detail);
} // namespace StoreFaults
