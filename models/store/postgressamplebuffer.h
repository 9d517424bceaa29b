// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QList>
#include <QSqlDatabase>

class SampleRollup;
struct WriteStats;

// PostgreSQL's share of bulk ingest: QPSQL sends every statement as its own round trip, so
// one row per INSERT caps a shared timeline at a few thousand samples a second. Samples are
// gathered and inserted a few hundred per statement instead; RETURNING tells which of them
// were new, and only those reach the rollups — the same counts as row by row.
class PostgresSampleBuffer final {
public:
    static constexpr int kRowsPerStatement = 250;

    explicit PostgresSampleBuffer(QSqlDatabase db);
    bool isFull() const { return m_pending.size() >= kRowsPerStatement; }
    bool isEmpty() const { return m_pending.isEmpty(); }
    void add(const HealthSample &sample) { m_pending.append(sample); }
    void clear() { m_pending.clear(); }
    // Inserts what is pending, in the current transaction. On failure the caller rolls back.
    bool flush(SampleRollup &rollup, WriteStats &stats);
    QString lastError() const { return m_error; }
    QString lastErrorCode() const { return m_errorCode; }

private:
    static QString statement(int rows);

    QSqlDatabase m_db;
    QList<HealthSample> m_pending;
    QString m_error;
    QString m_errorCode;
};
