// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rollupreader.h"

#include "store/overviewchunks.h"
#include "store/rollupreaderstatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <iterator>
#include <sqlite3.h>
#include <thread>

namespace {
enum Which {
    OneService,
    FirstService,
    NextService,
    Samples,
    SampleBefore,
    Averages,
    AverageBefore,
    AverageAfter,
    PackedAverages,
    StatementCount
};

const char *const kSql[] = {
    ("SELECT bucket, n, sum, min, max, first_time, first_value, last_time, last_value, service FROM sample_rollups "
     "WHERE service = ? AND level = ? AND bucket >= ? AND bucket <= ? ORDER BY bucket"),
    // The primary key leads with the service: a seek per service, where a filter on the level
    // alone scans every rollup row of every level.
    "SELECT MIN(service) FROM sample_rollups",
    "SELECT service FROM sample_rollups WHERE service > ? ORDER BY service LIMIT 1",
    "SELECT time, availability FROM samples WHERE service = ? AND time >= ? AND time <= ? ORDER BY time",
    "SELECT time, availability FROM samples WHERE service = ? AND time < ? ORDER BY time DESC LIMIT 1",
    // The snapshot's overview: what the average needs and nothing else, in key order.
    "SELECT bucket, n, sum FROM sample_rollups WHERE service = ? AND level = ? AND bucket >= ? AND bucket <= ? "
    "ORDER BY bucket",
    // The bucket either side of a window, through the same key.
    "SELECT bucket, n, sum FROM sample_rollups WHERE service = ? AND level = ? AND bucket < ? "
    "ORDER BY bucket DESC LIMIT 1",
    "SELECT bucket, n, sum FROM sample_rollups WHERE service = ? AND level = ? AND bucket > ? ORDER BY bucket LIMIT 1",
    // The same averages packed 4096 to a row (OverviewChunks), where a chunk is kept.
    "SELECT chunk, buckets FROM rollup_overview WHERE service = ? AND level = ? AND chunk >= ? AND chunk <= ? "
    "ORDER BY chunk",
};
static_assert(std::size(kSql) == StatementCount);

// A reader's own SQLite connection reads the file through a memory map: pages are the page
// cache's own, where a read() copies each into a buffer the connection allocates (the 4
// overview readers of a 10 M-sample store: 27 -> 20 ms, #23). SQLite caps the map at 2 GB;
// pages beyond are read as before. Nothing here writes, so a torn write cannot reach the map.
void mapForReading(const QSqlDatabase &db)
{
    if (db.driverName() == u"QSQLITE")
        QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
}
} // namespace

RollupReader::RollupReader(const QSqlDatabase &db, Path path)
    : m_db(db)
{
    // The C API only for SQLite, and only on the handle QtSql itself uses: same connection,
    // same transaction state, same WAL snapshot rules.
    if (path == Path::Fastest && db.driverName() == u"QSQLITE" && db.driver()) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.data());
    }
}

RollupReader::~RollupReader() = default;

bool RollupReader::usesSqliteApi() const
{
    return m_sqlite != nullptr;
}

RollupReader::Statement &RollupReader::statement(int which)
{
    if (!m_statements[which])
        m_statements[which] = std::make_unique<Statement>(m_sqlite, m_db, kSql[which]);
    m_statements[which]->start();
    return *m_statements[which];
}

namespace {
template <typename Statement> RollupBucket bucketFrom(const Statement &q, int levelSec)
{
    RollupBucket b;
    b.levelSec = levelSec;
    b.bucket = q.integer(0);
    b.count = q.integer(1);
    b.sum = q.real(2);
    b.min = q.real(3);
    b.max = q.real(4);
    b.firstTime = q.integer(5);
    b.firstValue = q.real(6);
    b.lastTime = q.integer(7);
    b.lastValue = q.real(8);
    return b;
}
} // namespace

QList<RollupBucket> RollupReader::buckets(
    const QString &service, int levelSec, TimeMs from, TimeMs to, bool withService)
{
    QList<RollupBucket> out;
    Statement &q = statement(OneService);
    if (!q.ok()) {
        m_error = q.error();
        return out;
    }
    q.bind(service.toUtf8(), service);
    q.bind(levelSec);
    q.bind(SampleRollup::bucketStart(from, levelSec));
    q.bind(to);
    if (!q.exec()) {
        m_error = q.error();
        return out;
    }
    while (q.next()) {
        out.append(bucketFrom(q, levelSec));
        if (withService)
            out.last().service = service;
    }
    return out;
}

QList<RollupBucket> RollupReader::allBuckets(int levelSec, TimeMs from, TimeMs to)
{
    QList<RollupBucket> out;
    QString service;
    for (bool first = true;; first = false) {
        Statement &q = statement(first ? FirstService : NextService);
        if (!first)
            q.bind(service.toUtf8(), service);
        if (!q.ok() || !q.exec()) {
            m_error = q.error();
            return out;
        }
        // MIN() of an empty table is one NULL row.
        if (!q.next() || q.isNull(0))
            break;
        service = q.text(0);
        while (q.next()) { }
        // One QString per service, shared by its buckets.
        QList<RollupBucket> buckets = this->buckets(service, levelSec, from, to, false);
        for (RollupBucket &b : buckets)
            b.service = service;
        out += buckets;
        if (!m_error.isEmpty())
            return out;
    }
    return out;
}

QList<RollupReader::Value> RollupReader::samples(const QString &service, TimeMs from, TimeMs to)
{
    QList<Value> out;
    Statement &q = statement(Samples);
    if (!q.ok()) {
        m_error = q.error();
        return out;
    }
    q.bind(service.toUtf8(), service);
    q.bind(from);
    q.bind(to);
    if (!q.exec()) {
        m_error = q.error();
        return out;
    }
    while (q.next())
        out.append({q.integer(0), q.real(1)});
    return out;
}

bool RollupReader::averages(AverageSlice &slice, int levelSec)
{
    if (slice.reach == AverageSlice::Reach::Range && m_sqlite) {
        Statement &packed = statement(PackedAverages);
        // No such table (a store before migration 11 is never open here, but a copy of one
        // being read may be): the rows give the same.
        if (packed.ok())
            return packedAverages(packed, slice, levelSec);
    }
    return rowAverages(slice, levelSec, slice.from, slice.to);
}

bool RollupReader::packedAverages(Statement &q, AverageSlice &slice, int levelSec)
{
    q.bind(slice.service.toUtf8(), slice.service);
    q.bind(levelSec);
    q.bind(OverviewChunks::chunkOf(slice.from, levelSec));
    q.bind(OverviewChunks::chunkOf(slice.to, levelSec));
    // The chunks kept, in order; the gaps between them (chunks forgotten by a write since, or
    // never packed) are read as rows on the way, by a statement of their own.
    TimeMs next = slice.from; // the first bucket start not yet read
    while (q.next()) {
        const qint64 chunk = q.integer(0);
        const TimeMs start = OverviewChunks::chunkStart(chunk, levelSec);
        const TimeMs end = OverviewChunks::chunkStart(chunk + 1, levelSec) - 1;
        if (next < start && !rowAverages(slice, levelSec, next, qMin(slice.to, start - 1)))
            return false;
        const QByteArrayView bytes = q.blobBytes(1);
        OverviewChunks::unpack(
            bytes.data(), bytes.size(), qMax(slice.from, start), qMin(slice.to, end), slice.times, slice.values);
        next = end + 1;
    }
    if (!q.ok()) {
        m_error = q.error();
        return false;
    }
    if (next <= slice.to)
        return rowAverages(slice, levelSec, next, slice.to);
    return true;
}

bool RollupReader::rowAverages(AverageSlice &slice, int levelSec, TimeMs from, TimeMs to)
{
    using Reach = AverageSlice::Reach;
    Statement &q = statement(slice.reach == Reach::LastBefore ? AverageBefore
            : slice.reach == Reach::FirstAfter                ? AverageAfter
                                                              : Averages);
    if (!q.ok()) {
        m_error = q.error();
        return false;
    }
    q.bind(slice.service.toUtf8(), slice.service);
    q.bind(levelSec);
    if (slice.reach != Reach::FirstAfter)
        q.bind(from);
    if (slice.reach != Reach::LastBefore)
        q.bind(to);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    while (q.next()) {
        const qint64 count = q.integer(1);
        const double sum = q.real(2);
        slice.times.push_back(q.integer(0));
        // RollupBucket::average(), to the bit: the figures must not depend on which read made them.
        slice.values.push_back(count > 0 ? sum / double(count) : 0.0);
    }
    if (!q.ok())
        m_error = q.error();
    return m_error.isEmpty();
}

void RollupReader::readAverages(const QSqlDatabase &db, int levelSec, QList<AverageSlice> &slices, int threads)
{
    std::vector<char> done(size_t(slices.size()), 0);
    // A SQLite file opens again: the slices are read on connections of their own, on threads
    // of their own. Cold, the rows are random reads all over the file and the disk answers
    // several at once (a 100 M-sample store: 1.0 s one after another, 0.4 s four at a time);
    // warm, both cores step statements. Each statement reads the committed data of its moment,
    // as one connection's statements do one after another: no slice is torn, and a write
    // between two slices shows in the later one either way.
    const bool canOpen = db.driverName() == u"QSQLITE" && threads > 1 && slices.size() > 1 && bool(openerFor(db));
    AverageSlice *slice = slices.data(); // detached here, before any thread touches an element
    if (canOpen) {
        const QString name = db.databaseName(), options = db.connectOptions();
        std::atomic<qsizetype> next {0};
        const auto work = [&]() {
            static std::atomic<int> readers {0};
            const QString connection = QStringLiteral("overview-reader-%1").arg(++readers);
            {
                QSqlDatabase own = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                own.setDatabaseName(name);
                own.setConnectOptions(options);
                if (own.open()) {
                    mapForReading(own);
                    RollupReader reader(own);
                    for (qsizetype i; (i = next++) < slices.size();)
                        done[size_t(i)] = reader.averages(slice[i], levelSec);
                }
                own.close();
            }
            QSqlDatabase::removeDatabase(connection);
        };
        std::vector<std::thread> pool;
        for (int t = 0; t < qMin<qsizetype>(threads, slices.size()); ++t)
            pool.emplace_back(work);
        for (std::thread &t : pool)
            t.join();
    }
    // What no thread read (no second connection, or it failed) is read on db itself.
    RollupReader reader(db);
    for (qsizetype i = 0; i < slices.size(); ++i) {
        if (done[size_t(i)])
            continue;
        slice[i].times.clear();
        slice[i].values.clear();
        reader.averages(slice[i], levelSec);
    }
}

std::optional<RollupReader::Value> RollupReader::sampleBefore(const QString &service, TimeMs time)
{
    Statement &q = statement(SampleBefore);
    if (!q.ok()) {
        m_error = q.error();
        return std::nullopt;
    }
    q.bind(service.toUtf8(), service);
    q.bind(time);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const Value v {q.integer(0), q.real(1)};
    // Leave nothing pending on the connection (an open read keeps the WAL snapshot).
    while (q.next()) { }
    return v;
}

namespace {
// A RollupReader on a connection it opened and closes, both on its own thread.
class OwnedRollupReader final : public RollupSource {
public:
    explicit OwnedRollupReader(const QString &connection)
        : m_connection(connection)
        , m_reader(std::make_unique<RollupReader>(QSqlDatabase::database(connection, false)))
    {
    }
    ~OwnedRollupReader() override
    {
        m_reader.reset();
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    QList<RollupBucket> buckets(const QString &service, int levelSec, TimeMs from, TimeMs to, bool withService) override
    {
        return m_reader->buckets(service, levelSec, from, to, withService);
    }
    QList<RollupBucket> allBuckets(int levelSec, TimeMs from, TimeMs to) override
    {
        return m_reader->allBuckets(levelSec, from, to);
    }
    QList<Value> samples(const QString &service, TimeMs from, TimeMs to) override
    {
        return m_reader->samples(service, from, to);
    }
    std::optional<Value> sampleBefore(const QString &service, TimeMs time) override
    {
        return m_reader->sampleBefore(service, time);
    }
    QString lastError() const override { return m_reader->lastError(); }

private:
    QString m_connection;
    std::unique_ptr<RollupReader> m_reader;
};
} // namespace

std::function<std::unique_ptr<RollupSource>()> RollupReader::openerFor(const QSqlDatabase &db)
{
    const QString driver = db.driverName(), name = db.databaseName(), options = db.connectOptions();
    if (driver == u"QSQLITE" && (name.isEmpty() || name == u":memory:" || name.contains(u"mode=memory")))
        return {};
    // Copied here, on the connection's own thread: the opener runs on another.
    const QString host = db.hostName(), user = db.userName(), password = db.password();
    const int port = db.port();
    return [=]() -> std::unique_ptr<RollupSource> {
        static std::atomic<int> readers {0};
        const QString connection = QStringLiteral("rollup-reader-%1").arg(++readers);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(driver, connection);
            other.setDatabaseName(name);
            other.setConnectOptions(options);
            other.setHostName(host);
            other.setUserName(user);
            other.setPassword(password);
            other.setPort(port);
            if (other.open()) {
                mapForReading(other);
                return std::make_unique<OwnedRollupReader>(connection);
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return nullptr;
    };
}
