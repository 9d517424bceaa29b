// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/dashboardsession.h"

#include "ingest/demodataset.h"
#include "series/impactseriesprovider.h"
#include "store/timelinestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
constexpr qint64 kReloadDelayMs = 250;

// A lost server connection does not come back by itself: it is opened again (and listened on
// again), so a server that restarted or a backend that was killed is no problem worth showing.
// Once the server is known to be away only the retry timer tries ('mayReconnect'): a connect to
// a host that does not answer can take connect_timeout, and this is the GUI thread.
bool storeAnswers(TimelineStore &store, bool mayReconnect)
{
    return store.isHealthy() || (mayReconnect && store.isPostgres() && store.reconnect());
}
} // namespace

DashboardSession::DashboardSession(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<TimelineStore>(QStringLiteral("gui")))
    , m_timeline(new TimelineModel(this))
    , m_proxy(new TimelineFilterProxyModel(this))
    , m_status(new ServiceStatusModel(this))
{
    m_proxy->setSourceModel(m_timeline);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DashboardSession::reload);
    // Staleness is a matter of the wall clock, so it is re-judged every second.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_status->setNow(QDateTime::currentMSecsSinceEpoch());
        // Nothing arrives from a server that went away: ask it now and then whether it is there.
        if (m_store->isPostgres() && ++m_ticks % 5 == 0 && !m_retryTimer.isActive() && !storeAnswers(*m_store, true))
            storeFailed();
    });
    m_retryTimer.setSingleShot(false);
    m_retryTimer.setInterval(5000);
    connect(&m_retryTimer, &QTimer::timeout, this, &DashboardSession::retryStore);
    m_clock.start();
}

void DashboardSession::appendLive(const QList<HealthSample> &samples)
{
    // A listener at 1,000 posts/s hands over a batch per post: what arrives within one live
    // interval goes through the engine together.
    m_pendingLive += samples;
    if (!m_livePosted) {
        m_livePosted = true;
        if (m_liveInterval > 0)
            QTimer::singleShot(m_liveInterval, this, &DashboardSession::processLive);
        else
            QMetaObject::invokeMethod(this, &DashboardSession::processLive, Qt::QueuedConnection);
    }
    scheduleReload();
}

void DashboardSession::processLive()
{
    m_livePosted = false;
    const QList<HealthSample> samples = std::exchange(m_pendingLive, {});
    if (m_live.isEmpty() || samples.isEmpty())
        return;
    const QList<QList<QPointF>> steps = m_live.append(samples);
    if (std::any_of(steps.cbegin(), steps.cend(), [](const QList<QPointF> &s) { return !s.isEmpty(); }))
        emit liveImpact(steps);
}

void DashboardSession::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

DashboardSession::~DashboardSession() = default;

bool DashboardSession::open(const QString &location)
{
    if (!m_store->open(location)) {
        m_error = m_store->lastError();
        return false;
    }
    watchStore();
    reload();
    return true;
}

void DashboardSession::watchStore()
{
    // A shared PostgreSQL timeline: whichever host takes data in, every display follows.
    m_store->watchChanges(this, [this](const QString &) {
        emit storeChangedElsewhere();
        scheduleReload();
    });
}

std::weak_ptr<const ImpactSeriesProvider> DashboardSession::seriesProvider()
{
    if (!m_provider && m_storeProblem.isEmpty() && m_store->isOpen() && !m_analysis.services().isEmpty())
        m_provider = std::make_shared<ImpactSeriesProvider>(
            m_store->rollupSource(), m_analysis, m_store->rollupSourceOpener());
    return m_provider;
}

void DashboardSession::storeFailed()
{
    m_provider.reset();
    const QString when = m_loadedAt.isValid()
        ? QString(QLocale().toString(m_loadedAt.toLocalTime(), QLocale::ShortFormat) + u' '
            + Timestamps::zoneAbbreviation(QTimeZone::systemTimeZone(), m_loadedAt.toMSecsSinceEpoch()))
        : tr("never");
    const QString problem = tr("%1 — showing the data as loaded at %2; trying again every %3 s")
                                .arg(m_store->lastError().simplified(), when)
                                .arg(qMax(1, (m_retryTimer.interval() + 999) / 1000));
    if (problem != m_storeProblem) {
        m_storeProblem = problem;
        emit storeProblemChanged(problem);
    }
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
}

void DashboardSession::retryStore()
{
    if (!storeAnswers(*m_store, true)) {
        storeFailed();
        return;
    }
    m_retryTimer.stop();
    reload();
}

QString DashboardSession::location() const
{
    return m_store->location();
}

bool DashboardSession::loadDemoIfEmpty()
{
    // A shared timeline belongs to the whole NOC: demo data would show on every wall display.
    // `outagedash demo --db postgresql://…` writes it there on purpose.
    if (m_store->isPostgres() || !m_store->isEmpty())
        return false;
    if (!DemoDataset::load(*m_store, &m_error))
        return false;
    reload();
    return true;
}

QString DashboardSession::incidentId() const
{
    return m_analysis.incident() ? m_analysis.incident()->id : QString();
}

void DashboardSession::reload()
{
    // A store that cannot be read now (a server restarting, a file gone) must not blank the
    // screens: what was shown stays, marked as not current, until the store answers again.
    if (!storeAnswers(*m_store, m_storeProblem.isEmpty())) {
        storeFailed();
        return;
    }
    m_storeRefusal.clear();
    if (!m_storeProblem.isEmpty()) {
        m_storeProblem.clear();
        emit storeProblemChanged(QString());
    }
    QElapsedTimer took;
    took.start();
    m_snapshot = m_store->snapshot();
    QHash<QString, QString> names;
    for (const Service &s : std::as_const(m_snapshot.services))
        names.insert(s.key, s.name);
    m_timeline->setServiceNames(names);
    m_timeline->setEvents(TimelineEvent::collect(m_snapshot.updates, m_snapshot.states, m_snapshot.annotations));
    // The first read replaces nothing: there is no old snapshot to give back (#23: a trim walks
    // the whole heap, 10 ms before the first frame on a large store).
    const bool replaced = m_loadedAt.isValid();
    m_loadedAt = QDateTime::currentDateTimeUtc();
    // New data for the same incident (a note, an import, a closed dialog, a live append) leaves
    // the reviewer where they were; only another incident starts again at its worst moment.
    const QString incidentBefore = incidentId();
    const bool nowBefore = m_nowView;
    const TimeMs cursorBefore = m_status->cursor();
    const bool hadAnalysis = !m_analysis.services().isEmpty() || m_analysis.incident();
    analyse(hadAnalysis ? std::optional<TimeMs>(cursorBefore) : std::nullopt, incidentBefore, nowBefore);
    noticeLiveIncidents();
#ifdef __GLIBC__
    // The old snapshot (tens of MB on a large store) was just freed: give the pages back, or
    // a window that reloads for days keeps its largest moment's memory (docs/reliability.md, soak).
    if (replaced)
        malloc_trim(0);
#endif
    m_reloadTimer.setInterval(int(qBound<qint64>(kReloadDelayMs, 10 * took.elapsed(), 10000)));
}

void DashboardSession::selectIncident(const QString &id)
{
    m_requestedIncident = id;
    m_nowRequested = false;
    analyse();
}

void DashboardSession::selectNow()
{
    m_nowRequested = true;
    analyse();
}

void DashboardSession::setNowHours(int hours)
{
    if (hours < 1 || hours == m_nowHours)
        return;
    m_nowHours = hours;
    if (m_nowView)
        analyse();
}

void DashboardSession::noticeLiveIncidents()
{
    // Told from the second read on: what was open when the store was opened is not news.
    QSet<QString> open;
    for (const Incident &i : std::as_const(m_snapshot.incidents))
        if (!i.resolved && i.severity.compare(u"maintenance", Qt::CaseInsensitive) != 0)
            open.insert(i.id);
    if (m_incidentsSeen) {
        for (const Incident &i : std::as_const(m_snapshot.incidents))
            if (open.contains(i.id) && !m_openIncidents.contains(i.id))
                emit liveIncidentOpened(i.id, i.title);
        for (const QString &id : std::as_const(m_openIncidents))
            if (!open.contains(id) && m_snapshot.incident(id))
                emit liveIncidentResolved(id);
    }
    m_openIncidents = open;
    m_incidentsSeen = true;
}

void DashboardSession::analyse(std::optional<TimeMs> keepCursor, const QString &keepFor, bool keptWasNow)
{
    const Incident *incident = m_nowRequested ? nullptr : m_snapshot.pickIncident(m_requestedIncident);
    m_provider.reset();
    m_analysis = IncidentAnalysis(m_snapshot, incident, m_method, m_overlap);
    // No incident (a Prometheus-only set-up, or Now asked for): the last hours of data, not an
    // empty chart and not the whole history at once.
    m_nowView = !incident && !m_analysis.services().isEmpty();
    if (m_nowView)
        m_analysis.restrictWindow(m_analysis.windowEnd() - m_nowHours * 3600 * 1000LL, m_analysis.windowEnd());
    m_live = LiveImpact(m_analysis);
    m_timeline->setTimeZone(m_analysis.timeZone());
    const bool derived = std::any_of(
        m_snapshot.samples.cbegin(), m_snapshot.samples.cend(), [](const HealthSample &s) { return s.derived; });
    m_status->setAnalysis(m_analysis, m_snapshot.states, derived);
    m_status->setSnapshot(m_snapshot);
    m_status->setNow(QDateTime::currentMSecsSinceEpoch());
    // Open at the worst moment of the incident: that is what a reviewer looks for first.
    // Now shows the current state, so its cursor stands at the end.
    TimeMs cursor
        = m_nowView ? m_analysis.windowEnd() : m_analysis.result().peakTotalAt.value_or(m_analysis.windowEnd());
    const bool same = keepCursor && keptWasNow == m_nowView && keepFor == incidentId();
    if (same && !m_nowView && *keepCursor >= m_analysis.windowStart() && *keepCursor <= m_analysis.windowEnd())
        cursor = *keepCursor;
    m_status->setCursor(cursor);
    emit analysisChanged();
    emit cursorMoved(m_status->cursor());
}

void DashboardSession::setCountingMethod(const CountingMethod &method)
{
    if (method == m_method)
        return;
    m_method = method;
    const TimeMs cursor = m_status->cursor();
    analyse();
    setCursor(cursor);
}

void DashboardSession::setOverlapModel(OverlapModel model)
{
    if (model == m_overlap)
        return;
    m_overlap = model;
    // Only the distinct figures change: the engine's result, the cursor and the lines stay.
    m_analysis.setOverlapModel(model);
    emit analysisChanged();
    emit cursorMoved(m_status->cursor());
}

void DashboardSession::setCursor(TimeMs time)
{
    if (time == m_status->cursor())
        return;
    m_status->setCursor(time);
    emit cursorMoved(time);
}
