// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scenario.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "impact/liveimpact.h"
#include "itemmodels/servicestatusmodel.h"
#include "itemmodels/timelinefilterproxymodel.h"
#include "itemmodels/timelinemodel.h"
#include "session/servicecatalogue.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

class ImpactSeriesProvider;
class TimelineStore;

// What one open dashboard looks at: the store's snapshot, the chosen incident, its
// analysis, and the item models the views show. Lives on the GUI thread with the GUI's
// own store connection; the ingest worker writes through another connection.
class DashboardSession final : public QObject {
    Q_OBJECT
public:
    explicit DashboardSession(QObject *parent = nullptr);
    ~DashboardSession() override;

    bool open(const QString &location);
    QString location() const;
    QString lastError() const { return m_error; }
    // Why the store cannot be read just now (empty when it can); the views keep what they had.
    QString storeProblem() const { return m_storeProblem; }
    void setStoreRetryInterval(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    bool isOpen() const;

    // What the widgets read and write beyond the snapshot: they never hold the store
    // (dashboardsessionstore.cpp). A failed write leaves the reason in storeError().
    QString storeError() const;
    QString engineVersion() const;
    QList<Reject> rejects(int limit = 1000) const;
    qint64 rejectCount() const;
    QList<Scenario> scenarios(const QString &incidentId) const;
    // A rename names the old scenario in 'replacing': one transaction, never half done.
    bool saveScenario(const Scenario &scenario, const QString &replacing = {});
    bool removeScenario(const QString &incidentId, const QString &name);
    bool addAnnotation(Annotation &annotation); // sets annotation.id
    bool updateAnnotation(const Annotation &annotation);
    bool removeAnnotation(qint64 id);

    // On an empty database, loads the embedded demo; returns true if it did. Only for the demo's
    // own database (demoDatabasePath, `--demo`): a user's database starts empty.
    bool loadDemoIfEmpty();
    // The demo's own database in the data folder, written on first use: it never mixes with the
    // user's timeline (dashboardsessioncatalogue.cpp).
    static QString demoDatabasePath();
    static bool prepareDemoDatabase(const QString &path, QString *error);
    bool isDemo() const { return m_snapshot.demo; }

    // The services and dependencies as stored, for Services ▸ Edit….
    ServiceCatalogue catalogue() const;
    // Replaces the catalogue in one transaction and re-reads the store; false with storeError()
    // when it is refused (a cycle, a deleted service that samples or states still name).
    bool saveCatalogue(const QList<Service> &services, const QList<Dependency> &dependencies);
    // Stores an incident the user made (Incidents ▸ New from selection) as an imported one is,
    // and shows it.
    bool addIncident(const Incident &incident);

    // Now: every service over the last hours of data, what opens when there is no incident.
    void selectNow();
    bool isNowView() const { return m_nowView; }
    int nowHours() const { return m_nowHours; }
    void setNowHours(int hours);

    const TimelineSnapshot &snapshot() const { return m_snapshot; }
    const IncidentAnalysis &analysis() const { return m_analysis; }
    QString incidentId() const;
    TimelineModel *timelineModel() const { return m_timeline; }
    TimelineFilterProxyModel *timelineProxy() const { return m_proxy; }
    ServiceStatusModel *statusModel() const { return m_status; }
    const CountingMethod &countingMethod() const { return m_method; }
    // The recovery chart's lines at any zoom, read on this session's connection: made on
    // first use after each analysis (it keeps what it read), dropped when the analysis
    // changes or the store stops answering, so a view holding it sees it expire.
    std::weak_ptr<const ImpactSeriesProvider> seriesProvider();
    // How long scheduleReload() waits now, in ms.
    int reloadDelay() const { return m_reloadTimer.interval(); }
    void setCountingMethod(const CountingMethod &method);
    // How the users of one audience's services overlap, for distinct people (View menu).
    OverlapModel overlapModel() const { return m_overlap; }
    void setOverlapModel(OverlapModel model);

public slots:
    void reload(); // re-read the store (after an import)
    // Coalesces bursts of live batches into one reload: a quarter second later, or ten times
    // what the last reload took (at most 10 s), so that re-reading a large timeline never takes
    // more than a tenth of the GUI's time however fast data comes in.
    void scheduleReload();
    // Live samples just stored: their people affected go to the charts at once (liveImpact),
    // the whole timeline is re-read on the schedule above.
    void appendLive(const QList<HealthSample> &samples);
    // How long live samples gather before they go through the engine together (ms; default
    // 40). 0: at the next pass of the event loop.
    void setLiveInterval(int milliseconds) { m_liveInterval = milliseconds; }
    void selectIncident(const QString &id);
    void setCursor(TimeMs time);

signals:
    void analysisChanged();
    void cursorMoved(TimeMs time);
    // A write to the shared store (by this or any other host) was announced.
    void storeChangedElsewhere();
    // The store stopped answering (problem set) or answers again (problem empty).
    void storeProblemChanged(const QString &problem);
    // People affected per service (analysis order; x = ms, y = people, or percent of users for a
    // service without a user count: ServiceImpact::plotted) since the last analysis.
    void liveImpact(const QList<QList<QPointF>> &perService);
    // A reload found an unresolved incident that was not there before (a feed opened it).
    void liveIncidentOpened(const QString &id, const QString &title);
    // An incident that was open is now resolved.
    void liveIncidentResolved(const QString &id);

private:
    // keepCursor: the cursor to stay at when the analysis is of the incident keepFor again (and
    // Now again only if keptWasNow); otherwise the incident's worst moment, or Now's end.
    void analyse(std::optional<TimeMs> keepCursor = std::nullopt, const QString &keepFor = {}, bool keptWasNow = false);
    void processLive();
    void watchStore();
    void storeFailed();
    void retryStore();
    void noticeLiveIncidents();

    std::unique_ptr<TimelineStore> m_store;
    TimelineSnapshot m_snapshot;
    IncidentAnalysis m_analysis;
    QString m_requestedIncident;
    CountingMethod m_method;
    OverlapModel m_overlap = OverlapModel::Independent;
    QString m_error;
    TimelineModel *m_timeline;
    TimelineFilterProxyModel *m_proxy;
    ServiceStatusModel *m_status;
    QTimer m_reloadTimer;
    QTimer m_clock;
    QTimer m_retryTimer;
    QString m_storeProblem;
    QDateTime m_loadedAt;
    int m_ticks = 0;
    LiveImpact m_live;
    QList<HealthSample> m_pendingLive;
    bool m_livePosted = false;
    int m_liveInterval = 40;
    QString m_storeRefusal; // why the last catalogue save was refused, in the user's words
    bool m_nowRequested = false;
    bool m_nowView = false; // what is shown: Now, asked for or for want of an incident
    int m_nowHours = 24;
    bool m_incidentsSeen = false; // live incidents are told from the second reload on
    QSet<QString> m_openIncidents;
    // Last: it reads through m_store's connection, so it goes first.
    std::shared_ptr<ImpactSeriesProvider> m_provider;
};
