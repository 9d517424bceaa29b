// SPDX-License-Identifier: GPL-3.0-or-later
// A zoom never waits for the store (#23, point 1): a level that is not in memory is read on the
// provider's reader thread, through a connection of its own, while the view draws the coarser
// lines it has; the finer frame replaces them when the answer is in; an answer for a view that
// has moved on is dropped. The store read is held on a gate the test opens, so a GUI thread that
// waited for it could never get to the checks below the zoom.
#include "charts/recoverychartview.h"
#include "common/theme.h"
#include "ingest/syntheticdata.h"
#include "series/impactseriesprovider.h"
#include "session/dashboardsession.h"
#include "session/timewindow.h"
#include "store/timelinestore.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

namespace {
// Every read waits here until the test opens the gate; it notes which thread read.
struct Gate {
    QMutex mutex;
    QWaitCondition opened;
    bool open = true;
    int waiting = 0; // reads held now
    int reads = 0;
    QSet<QThread *> threads;

    void pass()
    {
        QMutexLocker lock(&mutex);
        ++reads;
        threads.insert(QThread::currentThread());
        ++waiting;
        while (!open)
            opened.wait(&mutex);
        --waiting;
    }
    void setOpen(bool on)
    {
        QMutexLocker lock(&mutex);
        open = on;
        opened.wakeAll();
    }
    int held()
    {
        QMutexLocker lock(&mutex);
        return waiting;
    }
    bool onlyReadOn(QThread *other)
    {
        QMutexLocker lock(&mutex);
        return !threads.isEmpty() && !threads.contains(other);
    }
};

// The store's own reader, behind the gate.
class GatedSource final : public RollupSource {
public:
    GatedSource(std::unique_ptr<RollupSource> inner, Gate *gate)
        : m_inner(std::move(inner))
        , m_gate(gate)
    {
    }
    QList<RollupBucket> buckets(const QString &s, int level, TimeMs from, TimeMs to, bool withService) override
    {
        m_gate->pass();
        return m_inner->buckets(s, level, from, to, withService);
    }
    QList<RollupBucket> allBuckets(int level, TimeMs from, TimeMs to) override
    {
        m_gate->pass();
        return m_inner->allBuckets(level, from, to);
    }
    QList<Value> samples(const QString &s, TimeMs from, TimeMs to) override
    {
        m_gate->pass();
        return m_inner->samples(s, from, to);
    }
    std::optional<Value> sampleBefore(const QString &s, TimeMs time) override
    {
        m_gate->pass();
        return m_inner->sampleBefore(s, time);
    }
    QString lastError() const override { return m_inner->lastError(); }

private:
    std::unique_ptr<RollupSource> m_inner;
    Gate *m_gate;
};

// How many different heights a set of lines takes: raw seconds give many, coarse buckets few.
int distinctHeights(const QList<QList<QPointF>> &lines, TimeMs from, TimeMs to)
{
    QSet<double> heights;
    for (const QList<QPointF> &line : lines)
        for (const QPointF &p : line)
            if (p.x() >= double(from) && p.x() <= double(to))
                heights.insert(p.y());
    return int(heights.size());
}
} // namespace

class TstAsyncZoom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void zoomToANewLevelDrawsCoarseThenRefines();
    void anAnswerForAViewThatMovedOnIsDropped();
    void idleReadsTheNeighbouringLevel();
    void aStoreOpenedOnceIsReadInPlace();
    void postgresIsReadOffThreadToo();

private:
    // A view over a provider that reads through the gate; settled on the whole incident.
    void settle(RecoveryChartView &view, std::shared_ptr<ImpactSeriesProvider> &provider, bool prefetch = false);

    QTemporaryDir m_dir;
    QString m_path;
    SyntheticData::Options m_data;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<TimelineStore> m_store;
    Gate m_gate;
};

void TstAsyncZoom::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("zoom.sqlite"));
    m_data.services = 2;
    m_data.samplesPerService = 40000; // 11 hours at 1 s
    {
        TimelineStore fill(QStringLiteral("asynczoom-fill"));
        QVERIFY(fill.open(m_path));
        QVERIFY(SyntheticData::writeStore(m_data, fill));
    }
    m_session = std::make_unique<DashboardSession>();
    QVERIFY2(m_session->open(m_path), qPrintable(m_session->lastError()));
    m_store = std::make_unique<TimelineStore>(QStringLiteral("asynczoom-gui"));
    QVERIFY(m_store->open(m_path));
}

void TstAsyncZoom::settle(RecoveryChartView &view, std::shared_ptr<ImpactSeriesProvider> &provider, bool prefetch)
{
    m_gate.setOpen(true);
    const auto opener = [real = m_store->rollupSourceOpener(), gate = &m_gate]() -> std::unique_ptr<RollupSource> {
        std::unique_ptr<RollupSource> inner = real();
        return inner ? std::make_unique<GatedSource>(std::move(inner), gate) : nullptr;
    };
    provider = std::make_shared<ImpactSeriesProvider>(m_store->rollupSource(), m_session->analysis(), opener);
    // Off: only what a view asks for is read, so that a level stays unread.
    provider->setPrefetch(prefetch);
    QVERIFY(provider->readsOffThread());
    view.resize(1200, 600);
    view.setAnalysis(m_session->analysis(), Theme::light(), provider);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.linesPending());
    QVERIFY(view.linesLevel() > 0);
}

void TstAsyncZoom::zoomToANewLevelDrawsCoarseThenRefines()
{
    RecoveryChartView view;
    std::shared_ptr<ImpactSeriesProvider> provider;
    settle(view, provider);
    const int wholeLevel = view.linesLevel();
    QSignalSpy refined(provider.get(), &ImpactSeriesProvider::refined);

    // One minute in the recovery: raw samples, never read so far. The store is held shut.
    m_gate.setOpen(false);
    const TimeMs from = m_data.start + 30000 * m_data.stepMs, to = from + 60000;
    view.timeWindow()->setView(from, to);
    // Back in the event loop's hands without the store: the coarse lines it had, drawn now.
    QVERIFY(view.linesPending());
    QCOMPARE(view.linesLevel(), wholeLevel);
    const QList<QList<QPointF>> coarse = view.lines();
    QCOMPARE(coarse.size(), 2);
    QVERIFY(!coarse.constFirst().isEmpty());
    QVERIFY(!view.grab().isNull()); // a frame painted while the read waits
    // The read is under way on another thread, held at the gate.
    QTRY_VERIFY(m_gate.held() > 0);
    QVERIFY(m_gate.onlyReadOn(QThread::currentThread()));
    QCOMPARE(refined.size(), 0);
    QVERIFY(view.linesPending());

    // The answer: the finer frame replaces the coarse one.
    m_gate.setOpen(true);
    QTRY_VERIFY(!view.linesPending());
    QVERIFY(refined.size() >= 1);
    QCOMPARE(view.linesLevel(), 0);
    const int fine = distinctHeights(view.lines(), from, to), rough = distinctHeights(coarse, from, to);
    QVERIFY2(fine >= 30 && fine > rough, qPrintable(QStringLiteral("%1 heights, coarse %2").arg(fine).arg(rough)));
    QCOMPARE(provider->droppedAnswers(), 0);
    QVERIFY(m_gate.onlyReadOn(QThread::currentThread()));
}

void TstAsyncZoom::anAnswerForAViewThatMovedOnIsDropped()
{
    RecoveryChartView view;
    std::shared_ptr<ImpactSeriesProvider> provider;
    settle(view, provider);

    // A minute early in the data, its read held at the gate...
    m_gate.setOpen(false);
    const TimeMs a = m_data.start + 5000 * m_data.stepMs, b = m_data.start + 30000 * m_data.stepMs;
    view.timeWindow()->setView(a, a + 60000);
    QVERIFY(view.linesPending());
    QTRY_VERIFY(m_gate.held() > 0);
    // ...then the reader pans far away before it is answered: a window of its own is asked for.
    view.timeWindow()->setView(b, b + 60000);
    QVERIFY(view.linesPending());

    m_gate.setOpen(true);
    QTRY_VERIFY(!view.linesPending());
    QCOMPARE(provider->droppedAnswers(), 1);
    QCOMPARE(view.linesLevel(), 0);
    // What is drawn is the second minute's (a point either side leads the line in and out).
    for (const QList<QPointF> &line : view.lines()) {
        int inside = 0;
        for (const QPointF &p : line)
            inside += p.x() >= double(b) && p.x() <= double(b + 60000);
        QVERIFY(inside >= line.size() - 2);
    }
    QVERIFY(distinctHeights(view.lines(), b, b + 60000) >= 30);

    // The first answer was not kept: back at that minute, it is read again.
    view.timeWindow()->setView(a, a + 60000);
    QVERIFY(view.linesPending());
    QTRY_VERIFY(!view.linesPending());
    QCOMPARE(view.linesLevel(), 0);
}

void TstAsyncZoom::idleReadsTheNeighbouringLevel()
{
    RecoveryChartView view;
    std::shared_ptr<ImpactSeriesProvider> provider;
    settle(view, provider, true);
    // Once the view has what it asked for, the finer level around it is read while nothing waits...
    QTRY_VERIFY(!provider->isReading());
    QVERIFY(m_gate.onlyReadOn(QThread::currentThread()));
    // ...so that the next zoom in draws its finest lines at once.
    const TimeMs from = m_data.start + 20000 * m_data.stepMs;
    view.timeWindow()->setView(from, from + 60000);
    QVERIFY(!view.linesPending());
    QCOMPARE(view.linesLevel(), 0);
    QVERIFY(distinctHeights(view.lines(), from, from + 60000) >= 30);
}

void TstAsyncZoom::aStoreOpenedOnceIsReadInPlace()
{
    // SQLite in memory cannot be opened a second time: the provider reads on its own thread,
    // as before, and the first frame is the finest.
    TimelineStore memory(QStringLiteral("asynczoom-memory"));
    QVERIFY(memory.open(QStringLiteral(":memory:")));
    QVERIFY(!memory.rollupSourceOpener());
    SyntheticData::Options small = m_data;
    small.samplesPerService = 4000;
    QVERIFY(SyntheticData::writeStore(small, memory));
    ImpactSeriesProvider provider(memory.rollupSource(), m_session->analysis(), memory.rollupSourceOpener());
    QVERIFY(!provider.readsOffThread());
    const TimeMs from = small.start + 1000 * small.stepMs;
    const ImpactSeriesProvider::Lines lines = provider.lines(from, from + 60000, 1000, 1.0);
    QVERIFY(!lines.pending);
    QCOMPARE(lines.levelSec, 0);
    QCOMPARE(lines.perService.size(), 2);
}

void TstAsyncZoom::postgresIsReadOffThreadToo()
{
    // With OUTAGEDASH_TEST_PG (tests/pg/with_postgres.sh, the tst_asynczoom_pg test): the reader
    // thread opens a PostgreSQL connection of its own through QtSql, and draws what SQLite draws.
    const QString pg = qEnvironmentVariable("OUTAGEDASH_TEST_PG");
    if (pg.isEmpty())
        QSKIP("OUTAGEDASH_TEST_PG is not set (the tst_asynczoom_pg test sets it)");
    TimelineStore server(QStringLiteral("asynczoom-pg"));
    QVERIFY2(server.open(pg), qPrintable(server.lastError()));
    SyntheticData::Options small = m_data;
    small.samplesPerService = 4000;
    QVERIFY(SyntheticData::writeStore(small, server));
    TimelineStore file(QStringLiteral("asynczoom-small"));
    QVERIFY(file.open(m_dir.filePath(QStringLiteral("small.sqlite"))));
    QVERIFY(SyntheticData::writeStore(small, file));
    ImpactSeriesProvider fromServer(server.rollupSource(), m_session->analysis(), server.rollupSourceOpener());
    ImpactSeriesProvider fromFile(file.rollupSource(), m_session->analysis());
    QVERIFY(fromServer.readsOffThread());
    QSignalSpy refined(&fromServer, &ImpactSeriesProvider::refined);
    const TimeMs from = small.start + 1000 * small.stepMs, to = from + 60000;
    QVERIFY(fromServer.lines(from, to, 1000, 1.0).pending);
    QTRY_VERIFY(refined.size() >= 1);
    const ImpactSeriesProvider::Lines a = fromServer.lines(from, to, 1000, 1.0),
                                      b = fromFile.lines(from, to, 1000, 1.0);
    QVERIFY(!a.pending);
    QCOMPARE(a.levelSec, 0);
    QCOMPARE(a.perService, b.perService);
    QVERIFY(!a.perService.constFirst().isEmpty());
}

QTEST_MAIN(TstAsyncZoom)
#include "tst_asynczoom.moc"
