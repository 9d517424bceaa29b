// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineStore::snapshot(): everything the views need, read in one go. Kept in the store so
// that the snapshot (a value type in domain/) never compiles against the store.
#include "store/feedsourcetable.h"
#include "store/rangetable.h"
#include "store/rollupreader.h"
#include "store/rolluptable.h"
#include "store/timelinestore.h"
#include "store/translationtable.h"
#include "store/userreporttable.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>
#ifdef __linux__
#include <sys/mman.h>
#endif

namespace {
using Slice = RollupReader::AverageSlice;
using Reach = Slice::Reach;
constexpr TimeMs kEarliest = std::numeric_limits<TimeMs>::min() / 2;
constexpr TimeMs kLatest = std::numeric_limits<TimeMs>::max() / 2;

// The overview's list is tens of MB, filled once from front to back: in 4 KB pages every page
// is a fault of its own, and on a virtual machine the faults cost more than the filling (#23).
// Transparent huge pages for it, where the kernel takes them on request (a hint: nothing fails
// without it).
void adviseHugePages(const void *data, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

using Span = RollupTable::ServiceSpan;

// The overview of a store too large to load: every service's bucket averages at one level.
// Whole-incident figures hold on it: the integral of a step function over equally spaced
// samples is the bucket average times its length, so people-hours hold; the charts read finer
// rollups for whatever zoom is on screen. Read as columns (three numbers a row), each service
// in a few slices of its span read at once (RollupReader::readAverages), each slice reserved
// once, then merged by time into one list of the exact size: no RollupBucket per row, no
// regrowth, no sort of the whole list (#23).
// With a 'wanted' span only the buckets starting in it are read, with each service's last
// bucket before it and first after it: the level is the whole store's all the same (it comes
// from the day buckets), so every figure over the span is the whole overview's.
int readOverview(const QSqlDatabase &db, QList<HealthSample> &samples, QList<Span> &services,
    const std::optional<QPair<TimeMs, TimeMs>> &wanted)
{
    services = RollupTable::serviceSpans(db);
    qint64 span = 0;
    if (!services.isEmpty()) {
        TimeMs first = services.constFirst().first, last = services.constFirst().last;
        for (const Span &c : std::as_const(services)) {
            first = qMin(first, c.first);
            last = qMax(last, c.last);
        }
        span = last - first;
    }
    const qint64 budget = TimelineSnapshot::rawSampleLimit() / qMax<qsizetype>(1, services.size());
    int levelSec = SampleRollup::kLevelsSec.back();
    for (int level : SampleRollup::kLevelsSec) {
        if (span / (qint64(level) * 1000) <= budget) {
            levelSec = level;
            break;
        }
    }
    // Four slices or more in all, so four reads can be under way however few the services.
    constexpr int kReaders = 4;
    const qint64 step = qint64(levelSec) * 1000;
    const qsizetype perService = (kReaders + services.size() - 1) / qMax<qsizetype>(1, services.size());
    QList<Slice> slices;
    const auto add = [&](const QString &service, TimeMs from, TimeMs to, Reach reach, qint64 reserve) {
        Slice &slice = slices.emplaceBack();
        slice.service = service;
        slice.from = from;
        slice.to = to;
        slice.reach = reach;
        slice.times.reserve(size_t(reserve));
        slice.values.reserve(size_t(reserve));
    };
    for (const Span &c : std::as_const(services)) {
        // At most one bucket per step of the level from the service's first sample to its last:
        // buckets [k0, k1] of them are read.
        const TimeMs b0 = SampleRollup::bucketStart(c.first, levelSec);
        const qint64 buckets = qBound<qint64>(
            1, (SampleRollup::bucketStart(c.last, levelSec) - b0) / step + 1, TimelineSnapshot::kRawSampleLimit);
        qint64 k0 = 0, k1 = buckets - 1;
        if (wanted) {
            add(c.service, wanted->first, wanted->first, Reach::LastBefore, 1);
            // The first bucket starting at or after the span's start, the last at or before its end.
            k0 = qMax<qint64>(0, wanted->first <= b0 ? 0 : (wanted->first - b0 + step - 1) / step);
            k1 = qMin<qint64>(k1, wanted->second < b0 ? -1 : (wanted->second - b0) / step);
        }
        const qint64 each = qMax<qint64>(1, (k1 - k0 + 1 + perService - 1) / perService);
        // The first and last slices are open-ended (or end where the span does): a bucket
        // outside the day buckets' span (there should be none) is still read.
        const TimeMs lowest = wanted ? wanted->first : kEarliest, highest = wanted ? wanted->second : kLatest;
        if (k0 > k1)
            add(c.service, lowest, highest, Reach::Range, 0);
        for (qint64 from = k0; from <= k1; from += each)
            add(c.service, from == k0 ? lowest : b0 + from * step,
                from + each > k1 ? highest : b0 + (from + each) * step - 1, Reach::Range, qMin(each, k1 - from + 1));
        if (wanted)
            add(c.service, wanted->second, wanted->second, Reach::FirstAfter, 1);
    }
    RollupReader::readAverages(db, levelSec, slices, kReaders);
    qsizetype total = 0;
    for (const Slice &slice : std::as_const(slices))
        total += qsizetype(slice.times.size());
    // Merged by time, a service's samples in their order and equal times in the services' key
    // order (std::sort left those in any order; nothing reads an order across services). A
    // service's slices never overlap, so taking the earlier slice on equal times is key order.
    samples.reserve(total);
    adviseHugePages(samples.constData(), size_t(total) * sizeof(HealthSample));
    const QString source = QStringLiteral("rollup");
    if (wanted) {
        // One incident's samples go service after service, each in time order (its slices are):
        // what reads them takes each service's apart anyway (the engine, the lane, the conflict
        // search; tst_incidentspan), and runs of one service spare it a lookup per sample.
        for (const Slice &c : std::as_const(slices))
            for (size_t k = 0; k < c.times.size(); ++k) {
                HealthSample &h = samples.emplaceBack();
                h.time = c.times[k];
                h.service = c.service;
                h.source = source;
                h.availability = c.values[k];
            }
        return levelSec;
    }
    std::vector<size_t> next(size_t(slices.size()), 0);
    // Slices with samples left by the time of their next, soonest first, then by slice: a heap
    // of (time, slice) pairs, compared without reaching into the slices.
    using Head = std::pair<TimeMs, qsizetype>;
    std::vector<Head> heap;
    for (qsizetype i = 0; i < slices.size(); ++i)
        if (!slices[i].times.empty())
            heap.push_back({slices[i].times.front(), i});
    std::make_heap(heap.begin(), heap.end(), std::greater<Head>());
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<Head>());
        const qsizetype i = heap.back().second;
        const Slice &c = slices[i];
        size_t &k = next[size_t(i)];
        HealthSample &h = samples.emplaceBack();
        h.time = c.times[k];
        h.service = c.service;
        h.source = source;
        h.availability = c.values[k];
        if (++k < c.times.size()) {
            heap.back().first = c.times[k];
            std::push_heap(heap.begin(), heap.end(), std::greater<Head>());
        } else {
            heap.pop_back();
        }
    }
    return levelSec;
}
} // namespace

TimelineSnapshot TimelineStore::snapshot(const SampleSpan &wanted) const
{
    const TimelineStore &store = *this;
    TimelineSnapshot s;
    s.services = store.services();
    s.dependencies = store.dependencies();
    const bool overview = store.sampleCountEstimate() > TimelineSnapshot::rawSampleLimit();
    if (!overview)
        s.samples = store.samples();
    s.states = store.stateChanges();
    // Derived records keep their ranges beside them; bucket averages have none to take.
    QList<HealthSample> noSamples;
    RangeTable::attach(database(), overview ? noSamples : s.samples, s.states);
    s.incidents = store.incidents();
    s.updates = store.updates();
    s.annotations = store.annotations();
    s.userReports = UserReportTable::all(database());
    s.feedSources = FeedSourceTable::all(database());
    s.rejectCount = store.rejectCount();
    s.demo = store.meta(QStringLiteral("demo")) == u"1";
    s.defaultIncident = store.meta(QStringLiteral("default_incident"));
    // Every view, summary and report reads this snapshot: translating it here puts the feed's
    // own words in the interface's language everywhere at once (the catalogue editor reads the
    // stored names, so an edit never saves a translation over the original). Samples have no
    // words to translate, so the span is asked with the titles as every view shows them.
    s.localize(translations(TimelineSnapshot::displayLanguage()));
    QList<Span> spans;
    if (overview)
        s.samplesLevelSec = readOverview(database(), s.samples, spans, wanted ? wanted(s) : std::nullopt);

    QHash<QString, TimeMs> latest;
    const auto note = [&](const QString &service, const QString &source, TimeMs time) {
        auto it = latest.find(service);
        if (it == latest.end() || time >= *it) {
            latest.insert(service, time);
            s.serviceSource.insert(service, source);
        }
    };
    if (s.samplesLevelSec) {
        // Every average's source is "rollup": a service's latest is the bucket of its last
        // sample, read or not.
        for (const Span &c : std::as_const(spans))
            note(c.service, QStringLiteral("rollup"), SampleRollup::bucketStart(c.last, s.samplesLevelSec));
    } else {
        for (const HealthSample &x : std::as_const(s.samples))
            note(x.service, x.source, x.time);
    }
    for (const StateChange &x : std::as_const(s.states))
        note(x.service, x.source, x.time);
    return s;
}

QHash<QString, QString> TimelineStore::translations(const QString &language) const
{
    return TranslationTable::forLanguage(database(), language);
}

QList<FeedSource> TimelineStore::feedSources() const
{
    return FeedSourceTable::all(database());
}

bool TimelineStore::saveFeedSource(const FeedSource &source)
{
    return FeedSourceTable::save(database(), source, &m_lastError);
}

std::unique_ptr<RollupSource> TimelineStore::rollupSource() const
{
    return std::make_unique<RollupReader>(database());
}
