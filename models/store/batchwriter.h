// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feedbatch.h"
#include "domain/samplerollup.h"
#include "store/postgressamplebuffer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

#include "store/timelinestore.h" // WriteStats

// Writes a FeedBatch into an open timeline database in transactions of a fixed
// number of rows, with one prepared statement per record type reused for every row.
// A failed transaction is rolled back whole: the database only ever holds whole batches.
class BatchWriter final {
public:
    BatchWriter(QSqlDatabase db, int batchSize);
    ~BatchWriter();
    BatchWriter(const BatchWriter &) = delete;
    BatchWriter &operator=(const BatchWriter &) = delete;
    bool write(const FeedBatch &batch, WriteStats &stats);
    QString lastError() const { return m_error; }
    // The server's SQLSTATE (PostgreSQL) or SQLite's code for the last failure.
    QString lastErrorCode() const { return m_errorCode; }
    // What the transactions committed so far wrote: what a failed write() left stored.
    WriteStats committedStats() const { return m_committed; }

private:
    bool prepare();
    bool begin();
    bool step(); // counts a row; commits and begins anew at the batch size
    bool commit();
    bool flushRollups();
    bool flushPostgresSamples();
    void rollback();
    bool run(QSqlQuery &query, WriteStats &stats, const char *what, bool counted = true);

    bool writeService(const Service &s, WriteStats &stats);
    bool writeSeenService(const Service &s);
    bool writeDependency(const Dependency &d, WriteStats &stats);
    bool writeIncident(const Incident &i, WriteStats &stats);
    bool writeSample(const HealthSample &s, WriteStats &stats);
    bool writeState(const StateChange &s, WriteStats &stats);
    bool writeUpdate(const IncidentUpdate &u, WriteStats &stats);
    bool writeAnnotation(const Annotation &a, WriteStats &stats);
    bool writeScenario(const Scenario &s, WriteStats &stats);
    bool writeReject(const Reject &r, WriteStats &stats);
    bool writeTranslation(const TextTranslation &t);
    bool writeUserReports(const QList<UserReportCount> &reports, WriteStats &stats);
    struct RangeValues {
        std::optional<TimeMs> earliest;
        std::optional<TimeMs> latest;
        std::optional<double> low;
        std::optional<double> high;
        QString note;
    };
    bool writeRange(const QString &kind, const QString &service, TimeMs time, const QString &source,
        const QString &state, const RangeValues &range);

    QSqlDatabase m_db;
    // SQLite only: samples go through the C API on the same connection. QSqlQuery's
    // QVariant binding costs as much as SQLite itself on bulk ingest.
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_fastSample = nullptr;
    // Feeds repeat the same service and source row after row: encode each once.
    QString m_lastService, m_lastSource;
    QByteArray m_lastServiceUtf8, m_lastSourceUtf8;
    int m_batchSize;
    int m_inTransaction = 0;
    QString m_error;
    QString m_errorCode;
    WriteStats *m_stats = nullptr;
    WriteStats m_committed;
    SampleRollup m_rollup;
    std::optional<PostgresSampleBuffer> m_pgSamples;
    QSqlQuery m_rollupUpsert;
    QSqlQuery m_service, m_seenService, m_dependency, m_incident, m_sample, m_state, m_update, m_annotation, m_reject,
        m_translation;
    QSqlQuery m_range; // record_ranges: the bounds of derived samples and states
};
