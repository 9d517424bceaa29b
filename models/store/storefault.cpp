// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storefault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QStringList>

#include <algorithm>

namespace StoreFaults {

StoreFault classify(const QString &code, const QString &message, bool postgres)
{
    if (postgres) {
        if (code == u"53100" || code == u"53200") // disk_full, out_of_memory
            return StoreFault::Full;
        if (code == u"25006" || code == u"42501") // read_only_sql_transaction, insufficient_privilege
            return StoreFault::ReadOnly;
        if (code == u"55P03" || code == u"40P01" || code == u"40001")
            return StoreFault::Locked;
        if (code.startsWith(u"08") || code.startsWith(u"57P")) // connection exceptions, shutdowns
            return StoreFault::Unreachable;
        // libpq reports a dropped connection without a SQLSTATE.
        if (code.isEmpty()
            && (message.contains(u"server closed the connection") || message.contains(u"no connection")
                || message.contains(u"could not connect") || message.contains(u"connection to server")
                || message.contains(u"could not send data") || message.contains(u"could not receive data")
                || message.contains(u"terminating connection") || message.contains(u"SSL SYSCALL")))
            return StoreFault::Unreachable;
        return code.isEmpty() && message.isEmpty() ? StoreFault::None : StoreFault::Other;
    }
    bool ok = false;
    const int primary = code.toInt(&ok) & 0xff; // extended codes carry the primary in the low byte
    if (!ok) {
        // QSQLITE's commit() and transaction() report SQLite's text without its code.
        if (message.contains(u"disk is full"))
            return StoreFault::Full;
        if (message.contains(u"readonly database"))
            return StoreFault::ReadOnly;
        if (message.contains(u"database is locked") || message.contains(u"database table is locked"))
            return StoreFault::Locked;
        return message.isEmpty() ? StoreFault::None : StoreFault::Other;
    }
    switch (primary) {
    case 0:
        return StoreFault::None;
    case 8:
        return StoreFault::ReadOnly; // SQLITE_READONLY
    case 13:
        return StoreFault::Full; // SQLITE_FULL
    case 5:
    case 6:
        return StoreFault::Locked; // SQLITE_BUSY, SQLITE_LOCKED
    case 14:
        return StoreFault::Unreachable; // SQLITE_CANTOPEN
    default:
        return StoreFault::Other;
    }
}

StoreFault classify(const QSqlError &error, bool postgres)
{
    if (error.type() == QSqlError::NoError)
        return StoreFault::None;
    return classify(error.nativeErrorCode(), error.text(), postgres);
}

bool isTransient(StoreFault fault)
{
    return fault == StoreFault::Locked || fault == StoreFault::Unreachable;
}

QString advice(StoreFault fault, const QString &location)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("StoreFaults", text); };
    switch (fault) {
    case StoreFault::ReadOnly:
        return tr("%1 is read-only: nothing was written, and nothing stored before is changed. "
                  "Open a writable copy to take data in.")
            .arg(location);
    case StoreFault::Full:
        return tr("there is no space left for %1: the last batch was rolled back whole and everything stored "
                  "before is kept. Free some space, then take the same data in again (nothing is doubled).")
            .arg(location);
    case StoreFault::Locked:
        return tr("%1 is locked by another writer; trying again later stores the rest without doubling anything.")
            .arg(location);
    case StoreFault::Unreachable:
        return tr("%1 cannot be reached; what was stored before is kept.").arg(location);
    case StoreFault::None:
    case StoreFault::Other:
        break;
    }
    return {};
}

namespace {
    // What the first bytes say a file is, for someone who picked the wrong one.
    QString kindOfFile(const QByteArray &head)
    {
        if (head.startsWith("%PDF"))
            return QCoreApplication::translate("StoreFaults", "a PDF document");
        if (head.startsWith("PK\x03\x04"))
            return QCoreApplication::translate("StoreFaults", "a ZIP archive (or an office document)");
        if (head.startsWith("\x1f\x8b"))
            return QCoreApplication::translate("StoreFaults", "a compressed (gzip) file");
        const QString text = QString::fromUtf8(head);
        const bool readable = !text.contains(QChar::ReplacementCharacter)
            && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint() || c.isSpace(); });
        if (readable) {
            const QString start = text.trimmed();
            if (start.startsWith(u'{') || start.startsWith(u'['))
                return QCoreApplication::translate(
                    "StoreFaults", "a text file (it looks like JSON, a feed to import rather than a database)");
            if (start.startsWith(u'<'))
                return QCoreApplication::translate(
                    "StoreFaults", "a text file (it looks like XML, a feed to import rather than a database)");
            return QCoreApplication::translate("StoreFaults", "a text file");
        }
        return QCoreApplication::translate("StoreFaults", "a file of some other kind");
    }
} // namespace

QString notADatabase(const QString &path)
{
    QFile file(path);
    if (path == u":memory:" || !file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(512);
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return {};
    return QCoreApplication::translate("StoreFaults",
        "%1 is not a timeline database: it is %2, not an SQLite database. Nothing in it was "
        "changed. Open the .sqlite file outagedash made, give a new file name to start an empty "
        "timeline, or use File ▸ Import to read a feed.")
        .arg(QDir::toNativeSeparators(path), kindOfFile(head));
}

QString foreignDatabase(const QString &path, const QStringList &tables)
{
    QStringList shown = tables.mid(0, 5);
    if (tables.size() > shown.size())
        shown.append(QStringLiteral("…"));
    return QCoreApplication::translate("StoreFaults",
        "%1 is an SQLite database of another program (its tables: %2), not an outagedash timeline. "
        "It was left unchanged. Open the .sqlite file outagedash made, or give a new file name to "
        "start an empty timeline.")
        .arg(QDir::toNativeSeparators(path), shown.join(QStringLiteral(", ")));
}

QString damagedDatabase(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("StoreFaults",
        "%1 starts as an SQLite database but cannot be read: it is damaged or only partly copied "
        "(SQLite says: %2). Open a backup or a complete copy of it.")
        .arg(QDir::toNativeSeparators(path), detail);
}

} // namespace StoreFaults
