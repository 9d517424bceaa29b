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
#include <vector>

namespace {
using Slice = RollupReader::AverageSlice;

// The overview of a store too large to load: every service's bucket averages at one level.
// Whole-incident figures hold on it: the integral of a step function over equally spaced
// samples is the bucket average times its length, so people-hours hold; the charts read finer
// rollups for whatever zoom is on screen. Read as columns (three numbers a row), each service
// in a few slices of its span read at once (RollupReader::readAverages), each slice reserved
// once, then merged by time into one list of the exact size: no RollupBucket per row, no
// regrowth, no sort of the whole list (#23). 'slices' keeps them, a service's in time order.
int readOverview(const QSqlDatabase &db, QList<HealthSample> &samples, QList<Slice> &slices)
{
    const QList<RollupBucket> days = RollupTable::readAll(
        db, 86400, std::numeric_limits<TimeMs>::min() / 2, std::numeric_limits<TimeMs>::max() / 2);
    // readAll gives a service's buckets together, services in key order.
    struct Span {
        QString service;
        TimeMs first, last;
    };
    QList<Span> services;
    for (const RollupBucket &b : days) {
        if (services.isEmpty() || services.constLast().service != b.service)
            services.append({b.service, b.firstTime, b.lastTime});
        services.last().first = qMin(services.last().first, b.firstTime);
        services.last().last = qMax(services.last().last, b.lastTime);
    }
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
    for (const Span &c : std::as_const(services)) {
        // At most one bucket per step of the level from the service's first sample to its last.
        const TimeMs b0 = SampleRollup::bucketStart(c.first, levelSec);
        const qint64 buckets = qBound<qint64>(
            1, (SampleRollup::bucketStart(c.last, levelSec) - b0) / step + 1, TimelineSnapshot::kRawSampleLimit);
        const qint64 each = (buckets + perService - 1) / perService;
        for (qint64 from = 0; from < buckets; from += each) {
            Slice &slice = slices.emplaceBack();
            slice.service = c.service;
            // The first and last slices are open-ended: a bucket outside the day buckets' span
            // (there should be none) is still read.
            slice.from = from == 0 ? std::numeric_limits<TimeMs>::min() / 2 : b0 + from * step;
            slice.to = from + each >= buckets ? std::numeric_limits<TimeMs>::max() / 2 : b0 + (from + each) * step - 1;
            slice.times.reserve(size_t(qMin(each, buckets - from)));
            slice.values.reserve(slice.times.capacity());
        }
    }
    RollupReader::readAverages(db, levelSec, slices, kReaders);
    qsizetype total = 0;
    for (const Slice &slice : std::as_const(slices))
        total += qsizetype(slice.times.size());
    // Merged by time, a service's samples in their order and equal times in the services' key
    // order (std::sort left those in any order; nothing reads an order across services). A
    // service's slices never overlap, so taking the earlier slice on equal times is key order.
    samples.reserve(total);
    const QString source = QStringLiteral("rollup");
    std::vector<size_t> next(size_t(slices.size()), 0);
    std::vector<qsizetype> heap; // slices with samples left, soonest first
    const auto later = [&](qsizetype a, qsizetype b) {
        const TimeMs ta = slices[a].times[next[size_t(a)]], tb = slices[b].times[next[size_t(b)]];
        return ta != tb ? ta > tb : a > b;
    };
    for (qsizetype i = 0; i < slices.size(); ++i)
        if (!slices[i].times.empty())
            heap.push_back(i);
    std::make_heap(heap.begin(), heap.end(), later);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const qsizetype i = heap.back();
        const Slice &c = slices[i];
        size_t &k = next[size_t(i)];
        HealthSample &h = samples.emplaceBack();
        h.time = c.times[k];
        h.service = c.service;
        h.source = source;
        h.availability = c.values[k];
        if (++k < c.times.size())
            std::push_heap(heap.begin(), heap.end(), later);
        else
            heap.pop_back();
    }
    return levelSec;
}
} // namespace

TimelineSnapshot TimelineStore::snapshot() const
{
    const TimelineStore &store = *this;
    TimelineSnapshot s;
    s.services = store.services();
    s.dependencies = store.dependencies();
    QList<RollupReader::AverageSlice> overview;
    if (store.sampleCountEstimate() <= TimelineSnapshot::rawSampleLimit())
        s.samples = store.samples();
    else
        s.samplesLevelSec = readOverview(database(), s.samples, overview);
    s.states = store.stateChanges();
    // Derived records keep their ranges beside them; bucket averages have none to take.
    QList<HealthSample> noSamples;
    RangeTable::attach(database(), s.samplesLevelSec ? noSamples : s.samples, s.states);
    s.incidents = store.incidents();
    s.updates = store.updates();
    s.annotations = store.annotations();
    s.userReports = UserReportTable::all(database());
    s.feedSources = FeedSourceTable::all(database());
    QHash<QString, TimeMs> latest;
    const auto note = [&](const QString &service, const QString &source, TimeMs time) {
        auto it = latest.find(service);
        if (it == latest.end() || time >= *it) {
            latest.insert(service, time);
            s.serviceSource.insert(service, source);
        }
    };
    if (s.samplesLevelSec) {
        // Every average's source is "rollup": a service's latest is the end of its last slice.
        for (const RollupReader::AverageSlice &c : std::as_const(overview))
            if (!c.times.empty())
                note(c.service, QStringLiteral("rollup"), c.times.back());
    } else {
        for (const HealthSample &x : std::as_const(s.samples))
            note(x.service, x.source, x.time);
    }
    overview.clear();
    for (const StateChange &x : std::as_const(s.states))
        note(x.service, x.source, x.time);
    s.rejectCount = store.rejectCount();
    s.demo = store.meta(QStringLiteral("demo")) == u"1";
    s.defaultIncident = store.meta(QStringLiteral("default_incident"));
    // Every view, summary and report reads this snapshot: translating it here puts the feed's
    // own words in the interface's language everywhere at once (the catalogue editor reads the
    // stored names, so an edit never saves a translation over the original).
    s.localize(translations(TimelineSnapshot::displayLanguage()));
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
