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

#include <QSet>

#include <algorithm>

TimelineSnapshot TimelineStore::snapshot() const
{
    const TimelineStore &store = *this;
    TimelineSnapshot s;
    s.services = store.services();
    s.dependencies = store.dependencies();
    if (store.sampleCountEstimate() <= TimelineSnapshot::kRawSampleLimit) {
        s.samples = store.samples();
    } else {
        // Whole-incident figures from bucket averages: the integral of a step function over
        // equally spaced samples is the bucket average times its length, so people-hours
        // hold; the charts read finer rollups for whatever zoom is on screen.
        const QList<RollupBucket> days = RollupTable::readAll(
            database(), 86400, std::numeric_limits<TimeMs>::min() / 2, std::numeric_limits<TimeMs>::max() / 2);
        qint64 span = 0;
        QSet<QString> services;
        if (!days.isEmpty()) {
            TimeMs first = days.first().firstTime, last = days.first().lastTime;
            for (const RollupBucket &b : days) {
                first = qMin(first, b.firstTime);
                last = qMax(last, b.lastTime);
                services.insert(b.service);
            }
            span = last - first;
        }
        const qint64 budget = TimelineSnapshot::kRawSampleLimit / qMax<qsizetype>(1, services.size());
        s.samplesLevelSec = SampleRollup::kLevelsSec.back();
        for (int level : SampleRollup::kLevelsSec) {
            if (span / (qint64(level) * 1000) <= budget) {
                s.samplesLevelSec = level;
                break;
            }
        }
        const QList<RollupBucket> buckets = RollupTable::readAll(database(), s.samplesLevelSec,
            std::numeric_limits<TimeMs>::min() / 2, std::numeric_limits<TimeMs>::max() / 2);
        s.samples.reserve(buckets.size());
        for (const RollupBucket &b : buckets)
            s.samples.append({b.bucket, b.service, QStringLiteral("rollup"), b.average(), {}, {}, false});
        std::sort(s.samples.begin(), s.samples.end(),
            [](const HealthSample &a, const HealthSample &b) { return a.time < b.time; });
    }
    s.states = store.stateChanges();
    // Derived records keep their ranges beside them; bucket averages have none to take.
    RangeTable::attach(database(), s.samples, s.states);
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
    for (const HealthSample &x : std::as_const(s.samples))
        note(x.service, x.source, x.time);
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
