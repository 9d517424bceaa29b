// SPDX-License-Identifier: GPL-3.0-or-later
// RollupReader's statements: the reader's own, apart from what it reads with them.
#pragma once

#include "store/rollupreader.h"

#include <QByteArrayView>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>
#include <sqlite3.h>

// One prepared statement, on whichever path the reader uses; prepared once, reset per use.
class RollupReader::Statement {
public:
    Statement(sqlite3 *sqlite, const QSqlDatabase &db, const char *sql)
    {
        if (sqlite) {
            if (sqlite3_prepare_v3(sqlite, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
                m_error = QString::fromUtf8(sqlite3_errmsg(sqlite));
            return;
        }
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(QString::fromLatin1(sql)))
            m_error = m_query->lastError().text();
    }
    ~Statement()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Binds in order; then exec() and next() until false.
    void start()
    {
        m_index = 0;
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }
    void bind(qint64 v)
    {
        if (m_stmt)
            sqlite3_bind_int64(m_stmt, ++m_index, v);
        else
            m_query->bindValue(m_index++, v);
    }
    void bind(const QByteArray &utf8, const QString &text)
    {
        if (m_stmt)
            sqlite3_bind_text(m_stmt, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        else
            m_query->bindValue(m_index++, text);
    }
    bool exec()
    {
        if (m_stmt)
            return true;
        if (!m_query->exec()) {
            m_error = m_query->lastError().text();
            return false;
        }
        return true;
    }
    bool next()
    {
        if (!m_stmt) {
            if (m_query->next())
                return true;
            m_query->finish(); // do not keep a read open on the connection
            return false;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        return rc == SQLITE_ROW;
    }
    qint64 integer(int column) const
    {
        return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query->value(column).toLongLong();
    }
    double real(int column) const
    {
        return m_stmt ? sqlite3_column_double(m_stmt, column) : m_query->value(column).toDouble();
    }
    // The raw text bytes on the C API path (no copy); empty on the QtSql path.
    QByteArrayView textBytes(int column) const
    {
        if (!m_stmt)
            return {};
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
    }
    // The raw bytes of a BLOB on the C API path (no copy, valid until the next step).
    QByteArrayView blobBytes(int column) const
    {
        if (!m_stmt)
            return {};
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
    }
    bool isNull(int column) const
    {
        return m_stmt ? sqlite3_column_type(m_stmt, column) == SQLITE_NULL : m_query->isNull(column);
    }
    QString text(int column) const
    {
        if (m_stmt)
            return QString::fromUtf8(textBytes(column));
        return m_query->value(column).toString();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query;
    int m_index = 0;
    QString m_error;
};
