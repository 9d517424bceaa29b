// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "terminaltext.h"

#include "momentsummary.h"

#include "domain/timelinesnapshot.h"
#include "impact/communicationlane.h"
#include "impact/figurerange.h"
#include "impact/incidentanalysis.h"
#include "impact/scenarioanalysis.h"
#include "ingest/demodataset.h"
#include "ingest/feedimporter.h"
#include "ingest/sourcemanager.h"
#include "ingest/syntheticdata.h"
#include "report/reportrenderer.h"
#include "session/csvexporter.h"
#include "store/timelinestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace Commands {
namespace {
    QTextStream &out()
    {
        static QTextStream s(stdout);
        return s;
    }
    QTextStream &err()
    {
        static QTextStream s(stderr);
        return s;
    }

    bool openStore(TimelineStore &store, const CommandLine &cl)
    {
        if (store.open(cl.db))
            return true;
        err() << "outagedash: " << store.lastError() << Qt::endl;
        return false;
    }

    // The samples summary and report read: the chosen incident's (and the compared one's), not
    // the whole store's overview the window opens with for its chart. Every figure is the same
    // (tst_incidentspan): the overview's level is the whole store's either way.
    TimelineStore::SampleSpan incidentSpan(const CommandLine &cl)
    {
        return [&cl](const TimelineSnapshot &s) -> std::optional<QPair<TimeMs, TimeMs>> {
            auto span = IncidentAnalysis::samplesRead(s.pickIncident(cl.incident), cl.from, cl.to);
            if (!span || cl.compare.isEmpty())
                return span;
            const auto other = IncidentAnalysis::samplesRead(s.incident(cl.compare));
            if (!other)
                return std::nullopt;
            return QPair<TimeMs, TimeMs>(qMin(span->first, other->first), qMax(span->second, other->second));
        };
    }

    // Loads the data and picks the incident (and the --scenario asked for); prints why not on
    // failure. 'span': the samples to read (TimelineStore::snapshot); all when empty.
    bool analyse(const CommandLine &cl, TimelineSnapshot &snapshot, IncidentAnalysis &analysis,
        ScenarioAnalysis *scenario = nullptr, const TimelineStore::SampleSpan &span = {})
    {
        TimelineStore store(QStringLiteral("cli"));
        if (!openStore(store, cl))
            return false;
        if (store.isEmpty()) {
            err() << "outagedash: "
                  << QCoreApplication::translate(
                         "Commands", "%1 holds no data: import a feed, or run: outagedash demo --db %1")
                         .arg(cl.db)
                  << Qt::endl;
            return false;
        }
        snapshot = store.snapshot(span);
        const Incident *incident = snapshot.pickIncident(cl.incident);
        if (!cl.incident.isEmpty() && !incident) {
            QStringList ids;
            for (const Incident &i : snapshot.incidents)
                ids.append(i.id);
            err() << "outagedash: "
                  << QCoreApplication::translate("Commands", "no incident \"%1\" in %2 (incidents: %3)")
                         .arg(cl.incident, cl.db, ids.join(QStringLiteral(", ")))
                  << Qt::endl;
            return false;
        }
        analysis = IncidentAnalysis(snapshot, incident, cl.counting, cl.overlap);
        if (cl.from || cl.to)
            analysis.restrictWindow(cl.from, cl.to);
        if (!analysis.error().isEmpty()) {
            err() << "outagedash: " << analysis.error() << Qt::endl;
            return false;
        }
        if (!scenario || cl.scenario.isEmpty())
            return true;
        const QString incidentId = incident ? incident->id : QString();
        const QList<Scenario> scenarios = store.scenarios(incidentId);
        QStringList names;
        for (const Scenario &s : scenarios) {
            if (s.name == cl.scenario) {
                *scenario = ScenarioAnalysis(analysis, s);
                if (scenario->isValid())
                    return true;
                err() << "outagedash: " << scenario->error() << Qt::endl;
                return false;
            }
            names.append(s.name);
        }
        err() << "outagedash: "
              << QCoreApplication::translate("Commands", "no scenario \"%1\" for incident %2 (scenarios: %3)")
                     .arg(cl.scenario, incidentId,
                         names.isEmpty() ? QCoreApplication::translate("Commands", "none")
                                         : names.join(QStringLiteral("; ")))
              << Qt::endl;
        return false;
    }
    // --compare ID: the other incident's figures, on the same counting method.
    bool compareWith(const CommandLine &cl, const TimelineSnapshot &snapshot, IncidentAnalysis &other)
    {
        if (cl.compare.isEmpty())
            return true;
        const Incident *incident = snapshot.incident(cl.compare);
        if (!incident) {
            QStringList ids;
            for (const Incident &i : snapshot.incidents)
                ids.append(i.id);
            err() << "outagedash: "
                  << QCoreApplication::translate("Commands", "no incident \"%1\" to compare with in %2 (incidents: %3)")
                         .arg(cl.compare, cl.db, ids.join(QStringLiteral(", ")))
                  << Qt::endl;
            return false;
        }
        other = IncidentAnalysis(snapshot, incident, cl.counting, cl.overlap);
        return true;
    }

    // The report's appendix groups what the store refused by reason.
    void readRejects(const CommandLine &cl, ReportOptions &options)
    {
        TimelineStore store(QStringLiteral("cli-rejects"));
        if (!store.open(cl.db))
            return;
        options.rejects = store.rejects(100000);
        options.rejectCount = store.rejectCount();
    }
} // namespace

QString versionText()
{
    TimelineStore probe(QStringLiteral("version"));
    const QString sqlite = probe.open(QStringLiteral(":memory:"))
        ? probe.engineVersion()
        : QCoreApplication::translate("Commands", "SQLite unavailable");
    return QStringLiteral("outagedash %1 (Qt %2, %3)\n")
        .arg(QStringLiteral(OUTAGEDASH_VERSION), QString::fromLatin1(qVersion()), sqlite);
}

int runImport(const CommandLine &cl)
{
    TimelineStore store(QStringLiteral("cli"));
    if (!openStore(store, cl))
        return Error;
    qint64 rejected = 0;
    bool failed = false;
    for (const QString &path : cl.files) {
        ServiceMapping mapping;
        mapping.scale = ValueScales::fromName(cl.scale).value_or(ValueScale::Undeclared);
        const ImportResult r
            = FeedImporter::importFile(store, path, FeedFormat::fromName(cl.format), {}, nullptr, mapping);
        for (const Reject &j : r.firstRejects)
            err() << QCoreApplication::translate("Commands", "%1:%2: rejected (byte %3, field \"%4\"): %5")
                         .arg(j.source)
                         .arg(j.line)
                         .arg(j.offset)
                         .arg(j.field, j.reason)
                  << Qt::endl;
        if (r.rejected > r.firstRejects.size())
            err() << QCoreApplication::translate("Commands", "%1: %2 more rejected records are in the rejects table")
                         .arg(path)
                         .arg(r.rejected - r.firstRejects.size())
                  << Qt::endl;
        if (!r.error.isEmpty()) {
            err() << "outagedash: " << r.error << Qt::endl;
            failed = true;
            continue;
        }
        out() << QCoreApplication::translate("Commands", "%1: %2 records, %3 new, %4 already stored, %5 rejected")
                     .arg(path)
                     .arg(r.records)
                     .arg(r.inserted)
                     .arg(r.unchanged)
                     .arg(r.rejected)
              << Qt::endl;
        rejected += r.rejected;
    }
    return failed ? Error : rejected > 0 ? Rejected : Ok;
}

namespace {
    // Distinct people first, with their range; then each audience, and where sources disagree.
    void printDistinct(const IncidentAnalysis &analysis)
    {
        const ImpactResult &r = analysis.result();
        const DistinctResult &d = analysis.distinct();
        const auto nameOf = [&](const QString &key) {
            for (const Service &s : analysis.services())
                if (s.key == key)
                    return s.name.isEmpty() ? key : s.name;
            return key;
        };
        const auto figure = [&](double central, double low, double high) {
            return FigureRange {central, low, high, d.derived}.text();
        };
        out() << QCoreApplication::translate("Commands", "Distinct people affected at the peak: %1")
                     .arg(figure(d.total.peak, d.total.peakLow, d.total.peakHigh))
              << '\n'
              << QCoreApplication::translate("Commands", "People-hours lost by distinct people: %1")
                     .arg(figure(d.total.peopleHours, d.total.peopleHoursLow, d.total.peopleHoursHigh))
              << '\n'
              << QCoreApplication::translate(
                     "Commands", "Service-users affected at the peak (a person counted once per service): %1")
                     .arg(FigureRange {r.peakTotal, r.peakTotalLow, r.peakTotalHigh, r.derived}.text())
              << '\n'
              << QCoreApplication::translate("Commands", "Service-user-hours lost: %1")
                     .arg(FigureRange {r.peopleHoursTotal, r.peopleHoursTotalLow, r.peopleHoursTotalHigh, r.derived}
                              .text())
              << '\n';
        for (const Audience &a : d.audiences) {
            if (a.ownService)
                continue;
            QStringList names;
            for (const QString &key : a.services)
                names.append(nameOf(key));
            out() << QCoreApplication::translate("Commands", "Audience %1: %2 people (%3)")
                         .arg(a.name, FigureRange::exact(double(a.size)), names.join(QStringLiteral(", ")))
                  << '\n';
        }
        for (const SourceConflict &c : analysis.conflicts()) {
            QStringList said;
            for (const StateChange &s : c.reports)
                said.append(QCoreApplication::translate("Commands", "%1 says %2")
                                .arg(s.source, ServiceStates::displayName(s.state)));
            out() << QCoreApplication::translate("Commands", "Sources disagree on %1 at %2: %3; %4")
                         .arg(nameOf(c.service),
                             Timestamps::format(c.time, analysis.timeZone(), QStringLiteral("yyyy-MM-dd HH:mm")),
                             said.join(QStringLiteral("; ")), c.followedText())
                  << '\n';
        }
        out() << OverlapModels::describe(d.model) << '\n';
    }
} // namespace

namespace {
    // Columns as wide as their widest cell, two spaces apart, the first left-aligned: service
    // names and durations vary in length (and in width between languages), and fixed widths ran
    // neighbouring cells together.
    void printTable(const QList<QStringList> &table)
    {
        out() << TerminalText::table(table, TerminalText::Align::FiguresRight);
    }
} // namespace

int runSummary(const CommandLine &cl)
{
    TimelineSnapshot snapshot;
    IncidentAnalysis analysis;
    ScenarioAnalysis scenario;
    if (!analyse(cl, snapshot, analysis, &scenario, incidentSpan(cl)))
        return Error;
    if (cl.json) {
        QJsonObject doc = analysis.toJson();
        doc.insert(
            QStringLiteral("communication"), CommunicationLane::of(snapshot, analysis).toJson(analysis.timeZone()));
        if (scenario.isValid())
            doc.insert(QStringLiteral("scenario"), scenario.toJson());
        if (cl.at)
            doc.insert(QStringLiteral("at"), MomentSummary(analysis, *cl.at).toJson());
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale locale;
    const auto since = [&](const std::optional<TimeMs> &t) {
        return t ? Timestamps::formatDuration((*t - analysis.origin()) / 1000)
                 : QCoreApplication::translate("Commands", "not reached");
    };
    if (analysis.incident())
        out() << analysis.incident()->title << "\n\n";
    QList<QStringList> table;
    table.append({QCoreApplication::translate("Commands", "service"), QCoreApplication::translate("Commands", "users"),
        QCoreApplication::translate("Commands", "peak"), QCoreApplication::translate("Commands", "people-hours"),
        QCoreApplication::translate("Commands", "first partial"),
        QCoreApplication::translate("Commands", "full recovery"), QCoreApplication::translate("Commands", "outage"),
        QCoreApplication::translate("Commands", "share")});
    // Without a user count there are no people to count: "unknown" and a dash, never a zero;
    // the outage and the share of users affected hold either way.
    const QString none = QStringLiteral("—");
    for (int i = 0; i < analysis.result().services.size(); ++i) {
        const ServiceImpact &s = analysis.result().services.at(i);
        table.append({analysis.services().at(i).name,
            s.users ? locale.toString(*s.users) : QCoreApplication::translate("Commands", "unknown"),
            s.users ? locale.toString(qRound64(s.peakAffected)) : none,
            s.users ? locale.toString(qRound64(s.peopleHours)) : none, since(s.milestones.firstPartial),
            since(s.milestones.full), Timestamps::formatDuration(s.outageMs / 1000),
            QCoreApplication::translate("Commands", "%1 %").arg(locale.toString(s.sharePeak * 100.0, 'f', 0))});
    }
    // The sum counts a person once per service they use: service-users, not people. With no
    // user count anywhere there is nobody to count, which is not zero people.
    const bool noUsers = analysis.result().noUserCounts();
    table.append({QCoreApplication::translate("Commands", "service-users"), QString(),
        noUsers ? none : locale.toString(qRound64(analysis.result().peakTotal)),
        noUsers ? none : locale.toString(qRound64(analysis.result().peopleHoursTotal)),
        since(analysis.result().totalMilestones.firstPartial), since(analysis.result().totalMilestones.full)});
    printTable(table);
    out() << '\n';
    if (analysis.incident())
        out() << CommunicationLane::of(snapshot, analysis).summaryLine(analysis.timeZone()) << "\n\n";
    if (const qsizetype without = analysis.result().servicesWithoutUsers) {
        const qsizetype all = analysis.result().services.size();
        out() << QCoreApplication::translate("Commands",
            "people-hours cover %1 of %2 services: %3 have no user count "
            "(set them in the window: Services ▸ Edit…)")
                     .arg(all - without)
                     .arg(all)
                     .arg(without)
              << "\n\n";
    }
    if (noUsers)
        out() << QCoreApplication::translate("Commands", "People affected: not known until a service has a user count")
              << '\n';
    else
        printDistinct(analysis);
    if (cl.at) {
        const MomentSummary moment(analysis, *cl.at);
        out() << '\n' << moment.headline() << '\n';
        printTable(moment.table());
    }
    out() << '\n' << analysis.method().describe() << Qt::endl;
    if (scenario.isValid()) {
        out() << '\n' << QCoreApplication::translate("Commands", "What if: %1").arg(scenario.scenario().name) << '\n';
        QList<QStringList> whatIf {
            {QCoreApplication::translate("Commands", "service"), QCoreApplication::translate("Commands", "recorded"),
                QCoreApplication::translate("Commands", "scenario"), QCoreApplication::translate("Commands", "saved")}};
        for (const ScenarioRow &r : scenario.rows())
            whatIf.append({r.name, locale.toString(qRound64(r.recordedHours)),
                locale.toString(qRound64(r.scenarioHours)), locale.toString(qRound64(r.savedHours()))});
        const ScenarioRow &t = scenario.total();
        whatIf.append({QCoreApplication::translate("Commands", "total"), locale.toString(qRound64(t.recordedHours)),
            locale.toString(qRound64(t.scenarioHours)), locale.toString(qRound64(t.savedHours()))});
        printTable(whatIf);
        out() << QCoreApplication::translate("Commands", "With %1, %2 people-hours (%3 %) would have been saved.")
                     .arg(scenario.scenario().name, locale.toString(qRound64(t.savedHours())),
                         locale.toString(t.savedPercent(), 'f', 1))
              << Qt::endl;
    }
    return Ok;
}

int runDemo(const CommandLine &cl)
{
    TimelineStore store(QStringLiteral("cli"));
    if (!openStore(store, cl))
        return Error;
    QString error;
    if (!DemoDataset::load(store, &error)) {
        err() << "outagedash: " << error << Qt::endl;
        return Error;
    }
    out() << QCoreApplication::translate("Commands", "The Kakao 2022 demo is in %1").arg(cl.db) << Qt::endl;
    return Ok;
}

int runReport(const CommandLine &cl)
{
    TimelineSnapshot snapshot;
    IncidentAnalysis analysis;
    ScenarioAnalysis scenario;
    if (!analyse(cl, snapshot, analysis, &scenario, incidentSpan(cl)))
        return Error;
    ReportOptions options;
    if (scenario.isValid())
        options.scenario = &scenario;
    IncidentAnalysis other;
    if (!compareWith(cl, snapshot, other))
        return Error;
    if (!cl.compare.isEmpty())
        options.compare = &other;
    readRejects(cl, options);
    options.limitToWindow = cl.from || cl.to;
    options.paper = cl.paper == u"letter" ? QPageSize::Letter : QPageSize::A4;
    options.reportTemplate = cl.reportTemplate;
    options.generatedBy = QStringLiteral("outagedash " OUTAGEDASH_VERSION);
    QString error;
    if (!ReportRenderer(snapshot, analysis, options).writePdf(cl.out, &error)) {
        err() << "outagedash: " << error << Qt::endl;
        return Error;
    }
    out() << QCoreApplication::translate("Commands", "Report written to %1").arg(cl.out) << Qt::endl;
    return Ok;
}

int runGenerate(const CommandLine &cl)
{
    TimelineStore store(QStringLiteral("cli"));
    if (!openStore(store, cl))
        return Error;
    SyntheticData::Options o;
    o.services = cl.services;
    o.samplesPerService = cl.samples;
    o.seed = cl.seed;
    qint64 lastPercent = -1;
    const bool ok = SyntheticData::writeStore(o, store, [&](qint64 done, qint64 total) {
        const qint64 percent = done * 100 / qMax<qint64>(1, total);
        if (percent / 10 != lastPercent / 10)
            err()
                << QCoreApplication::translate("Commands", "%1 % (%2 of %3 samples)").arg(percent).arg(done).arg(total)
                << Qt::endl;
        lastPercent = percent;
    });
    if (!ok) {
        err() << "outagedash: " << store.lastError() << Qt::endl;
        return Error;
    }
    if (!store.setMeta(QStringLiteral("default_incident"), SyntheticData::incident(o).id)) {
        err() << "outagedash: " << store.lastError() << Qt::endl;
        return Error;
    }
    out() << QCoreApplication::translate("Commands", "%1 services × %2 samples (seed %3) written to %4")
                 .arg(o.services)
                 .arg(o.samplesPerService)
                 .arg(o.seed)
                 .arg(cl.db)
          << Qt::endl;
    return Ok;
}

int runServe(const CommandLine &cl)
{
    SourcesConfig config;
    QString error;
    if (!SourcesConfig::load(cl.sources, config, &error)) {
        err() << "outagedash: " << error << Qt::endl;
        return Error;
    }
    SourceManager manager(cl.db);
    QObject::connect(
        &manager, &SourceManager::batchStored, [](const QString &source, qint64 inserted, qint64 rejected) {
            out() << QCoreApplication::translate("Commands", "%1: %2 new records, %3 rejected")
                         .arg(source)
                         .arg(inserted)
                         .arg(rejected)
                  << Qt::endl;
        });
    QObject::connect(&manager, &SourceManager::sourceFailed, [](const QString &source, const QString &e) {
        err() << QCoreApplication::translate("Commands", "%1: %2").arg(source, e) << Qt::endl;
    });
    // One line when the timeline goes away and one when it is back, not one per refused post.
    QObject::connect(&manager, &SourceManager::storeAway, [](const QString &e) {
        err() << QCoreApplication::translate("Commands",
            "timeline unreachable: %1 — webhooks are answered 503 with Retry-After, polls wait; "
            "reconnecting with backoff")
                     .arg(e)
              << Qt::endl;
    });
    QObject::connect(&manager, &SourceManager::storeBack, [](qint64 awayMs) {
        err() << QCoreApplication::translate("Commands", "timeline reachable again after %1 s; polls catch up")
                     .arg(double(awayMs) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    });
    if (!manager.start(config, &error)) {
        err() << "outagedash: " << error << Qt::endl;
        return Error;
    }
    out()
        << QCoreApplication::translate("Commands", "Serving %1 sources into %2").arg(config.sources.size()).arg(cl.db);
    if (manager.listenerPort())
        out() << QCoreApplication::translate("Commands", "; webhooks on http://%1:%2/hooks/<source>")
                     .arg(config.listener.address.toString())
                     .arg(manager.listenerPort());
    out() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace Commands

namespace Commands {

int runExport(const CommandLine &cl)
{
    TimelineSnapshot snapshot;
    IncidentAnalysis analysis;
    if (!analyse(cl, snapshot, analysis))
        return Error;
    const bool series = cl.what == u"series";
    const QByteArray data = series ? CsvExporter::seriesCsv(analysis) : CsvExporter::timelineCsv(snapshot, analysis);
    QString error;
    if (!CsvExporter::write(cl.out, data, &error)) {
        err() << "outagedash: " << error << Qt::endl;
        return Error;
    }
    const int rows
        = series ? CsvExporter::seriesRowCount(analysis) : int(CsvExporter::timelineEvents(snapshot, analysis).size());
    out() << QCoreApplication::translate("Commands", "%1 rows written to %2").arg(rows).arg(cl.out) << Qt::endl;
    return Ok;
}

} // namespace Commands
