// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "domain/timestamps.h"
#include "feeds/feedformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QStandardPaths>

namespace {
struct VerbInfo {
    const char *name;
    CommandLine::Verb verb;
    const char *summary;
};
constexpr VerbInfo kVerbs[] = {
    {"import", CommandLine::Verb::Import,
        QT_TRANSLATE_NOOP("CommandLine", "import FILE…: take feed files into the database")},
    {"report", CommandLine::Verb::Report,
        QT_TRANSLATE_NOOP("CommandLine",
            "report --out FILE.pdf [--template postmortem|nis2|dora|kr-msit]: write the postmortem or a regulator's "
            "report")},
    {"summary", CommandLine::Verb::Summary,
        QT_TRANSLATE_NOOP("CommandLine", "summary [--json]: print the figures per service")},
    {"serve", CommandLine::Verb::Serve,
        QT_TRANSLATE_NOOP(
            "CommandLine", "serve --sources FILE: take feeds in headless (pollers, followers, webhook listener)")},
    {"export", CommandLine::Verb::Export,
        QT_TRANSLATE_NOOP("CommandLine",
            "export --what timeline|series --out FILE.csv: write the timeline or the people-affected series as CSV")},
    {"incidents", CommandLine::Verb::Incidents,
        QT_TRANSLATE_NOOP("CommandLine",
            "incidents [--json]: list every incident (id, title, severity, state, began, resolved, services, source)")},
    {"services", CommandLine::Verb::Services,
        QT_TRANSLATE_NOOP("CommandLine",
            "services export --out FILE.csv: write the service catalogue (users, groups, colours, dependencies) as "
            "CSV")},
    {"services", CommandLine::Verb::Services,
        QT_TRANSLATE_NOOP("CommandLine",
            "services import FILE.csv: add or update the services of such a file (services not in it are left alone)")},
    {"corpus", CommandLine::Verb::Corpus,
        QT_TRANSLATE_NOOP("CommandLine",
            "corpus: write the embedded corpus of well-known public outages, with their sources, into the database "
            "(idempotent)")},
    {"demo", CommandLine::Verb::Demo,
        QT_TRANSLATE_NOOP("CommandLine", "demo: write the embedded Kakao 2022 demo into the database")},
    {"migrate", CommandLine::Verb::Migrate,
        QT_TRANSLATE_NOOP("CommandLine",
            "migrate --from DB --to DB: copy a whole timeline into another database, e.g. a SQLite file into a shared "
            "PostgreSQL (idempotent)")},
    {"generate", CommandLine::Verb::Generate,
        QT_TRANSLATE_NOOP("CommandLine",
            "generate --services N --samples M [--seed S]: write deterministic synthetic data (benchmarks)")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Outage Impact Dashboard: how many people each service is failing, "
        "through its dependencies, over the whole recovery."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("db"),
            QCoreApplication::translate("CommandLine",
                "Timeline database: a SQLite file, or postgresql://user@host:port/dbname for a timeline shared by "
                "several hosts (password from PGPASSWORD or ~/.pgpass). Default: %1.")
                .arg(CommandLine::defaultDatabasePath()),
            QCoreApplication::translate("CommandLine", "path")},
        {QStringLiteral("wall"),
            QCoreApplication::translate("CommandLine",
                "Start as a full-screen wall display (big tiles, rotating views, no menus; Esc leaves).")},
        {QStringLiteral("demo"),
            QCoreApplication::translate("CommandLine",
                "Open the embedded Kakao 2022 demo in a database of its own (demo.sqlite in the data folder); "
                "the timeline database is left alone.")},
        {QStringLiteral("screen"),
            QCoreApplication::translate(
                "CommandLine", "Wall display: the screen to fill, 0 for the first (remembered)."),
            QCoreApplication::translate("CommandLine", "n")},
        {QStringLiteral("rotate"),
            QCoreApplication::translate(
                "CommandLine", "Wall display: seconds between views, 0 to stay on one (default 20; remembered)."),
            QCoreApplication::translate("CommandLine", "seconds")},
        {QStringLiteral("theme"), QCoreApplication::translate("CommandLine", "Colour theme: light or dark."),
            QCoreApplication::translate("CommandLine", "name")},
        {QStringLiteral("lang"),
            QCoreApplication::translate(
                "CommandLine", "Language of the interface and reports: ko or en (default: the system's)."),
            QCoreApplication::translate("CommandLine", "code")},
        {QStringLiteral("screenshot"),
            QCoreApplication::translate("CommandLine", "Save a PNG of the dashboard window and quit."),
            QCoreApplication::translate("CommandLine", "file")},
        {QStringLiteral("format"),
            QCoreApplication::translate("CommandLine", "Feed format for import: %1.")
                .arg(FeedFormat::names().join(QStringLiteral(", "))),
            QCoreApplication::translate("CommandLine", "name"), QStringLiteral("auto")},
        {QStringLiteral("scale"),
            QCoreApplication::translate("CommandLine",
                "import: what the values of a Prometheus response are: ratio (0..1, the default), percent (0..100) "
                "or probe (0 or 1). Values off the scale are rejected; never guessed."),
            QCoreApplication::translate("CommandLine", "scale")},
        {QStringLiteral("incident"),
            QCoreApplication::translate("CommandLine", "Incident id for report and summary (default: the main one)."),
            QCoreApplication::translate("CommandLine", "id")},
        {QStringLiteral("out"),
            QCoreApplication::translate("CommandLine", "Output file of report, export and services export."),
            QCoreApplication::translate("CommandLine", "file")},
        {QStringLiteral("scenario"),
            QCoreApplication::translate("CommandLine",
                "summary, report: also compare with this what-if scenario of the incident (people-hours recorded, with "
                "the scenario, saved)."),
            QCoreApplication::translate("CommandLine", "name")},
        {QStringLiteral("from"),
            QCoreApplication::translate("CommandLine",
                "summary, report, export: start of the window the figures cover (RFC 3339, e.g. 2022-10-15T06:00:00Z); "
                "migrate: the database to copy from."),
            QCoreApplication::translate("CommandLine", "time")},
        {QStringLiteral("at"),
            QCoreApplication::translate("CommandLine",
                "summary: also give every service's figures at this moment (RFC 3339), as the window's tiles and "
                "headline show them with the cursor there."),
            QCoreApplication::translate("CommandLine", "time")},
        {QStringLiteral("to"),
            QCoreApplication::translate("CommandLine",
                "summary, report, export: end of the window the figures cover (RFC 3339); migrate: the database to "
                "copy into."),
            QCoreApplication::translate("CommandLine", "time")},
        {QStringLiteral("compare"),
            QCoreApplication::translate("CommandLine",
                "report: add a comparison with this incident (chart and both milestone tables); the "
                "dashboard: open on the Compare tab with this incident as B (with --screenshot too)."),
            QCoreApplication::translate("CommandLine", "id")},
        {QStringLiteral("what"),
            QCoreApplication::translate("CommandLine",
                "export: timeline (updates, state changes, notes) or series (people affected over time)."),
            QCoreApplication::translate("CommandLine", "kind")},
        {QStringLiteral("json"),
            QCoreApplication::translate("CommandLine",
                "summary: print JSON (times as epoch seconds, durations in seconds); incidents: print "
                "JSON (times as RFC 3339 in the incident's zone).")},
        {QStringLiteral("services"),
            QCoreApplication::translate("CommandLine", "generate: how many services (default 4)."),
            QCoreApplication::translate("CommandLine", "n"), QStringLiteral("4")},
        {QStringLiteral("samples"),
            QCoreApplication::translate("CommandLine", "generate: samples per service, one a second (default 100000)."),
            QCoreApplication::translate("CommandLine", "m"), QStringLiteral("100000")},
        {QStringLiteral("seed"),
            QCoreApplication::translate(
                "CommandLine", "generate: the seed; the same seed gives the same data (default 42)."),
            QCoreApplication::translate("CommandLine", "s"), QStringLiteral("42")},
        {QStringLiteral("sources"),
            QCoreApplication::translate("CommandLine",
                "Sources file (JSON, see docs/sources.md) for serve and for live feeds in the dashboard."),
            QCoreApplication::translate("CommandLine", "file")},
        {QStringLiteral("counting"),
            QCoreApplication::translate("CommandLine",
                "summary, report: the availability a reported state counts as, e.g. degraded=0.5,unknown=last (keys: "
                "degraded, partial, major, maintenance, operational, unknown; \"last\" keeps the last known; the rest "
                "keep their default)."),
            QCoreApplication::translate("CommandLine", "spec")},
        {QStringLiteral("overlap"),
            QCoreApplication::translate("CommandLine",
                "summary, report: how the users of one audience's services overlap, for distinct people affected: "
                "independent (the default), nested or disjoint. The range always runs from nested to disjoint."),
            QCoreApplication::translate("CommandLine", "model")},
        {QStringLiteral("paper"), QCoreApplication::translate("CommandLine", "Report paper size: a4 or letter."),
            QCoreApplication::translate("CommandLine", "size"), QStringLiteral("a4")},
        {QStringLiteral("template"),
            QCoreApplication::translate("CommandLine",
                "report: its shape: postmortem (the default), nis2, dora or kr-msit (a regulator's template with its "
                "tests, due dates and fields to enter)."),
            QCoreApplication::translate("CommandLine", "name"), QStringLiteral("postmortem")},
    });
    p.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("CommandLine",
            "One of: import, report, summary, export, incidents, services, serve, corpus, demo, migrate, generate. "
            "Without one, the dashboard opens."),
        QStringLiteral("[command]"));
    p.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("CommandLine", "Files to import."),
        QStringLiteral("[files…]"));
}
} // namespace

QString CommandLine::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("timeline.sqlite"));
}

bool CommandLine::needsWidgets(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "import" || a == "summary" || a == "demo" || a == "serve" || a == "export" || a == "generate"
            || a == "services" || a == "incidents" || a == "corpus" || a == "--help" || a == "-h" || a == "--version"
            || a == "-v")
            return false;
        if (a == "report")
            return true;
    }
    return true;
}

QString CommandLine::languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
    }
    return {};
}

QString CommandLine::helpText()
{
    QCommandLineParser p;
    addOptions(p);
    QString text = p.helpText();
    text += u'\n' + QCoreApplication::translate("CommandLine", "Commands:") + u'\n';
    for (const VerbInfo &v : kVerbs)
        text += QStringLiteral("  ") + translated(v.summary) + u'\n';
    text += u'\n'
        + QCoreApplication::translate(
            "CommandLine", "Exit status: 0 done, 1 error, 2 usage error, 3 done but some records were rejected.")
        + u'\n';
    return text;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    addOptions(p);
    const auto usage = [&cl](const QString &message) {
        cl.outcome = Outcome::UsageError;
        cl.error = message;
        return cl;
    };
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help")))
        return cl.outcome = Outcome::Help, cl;
    if (p.isSet(QStringLiteral("version")))
        return cl.outcome = Outcome::Version, cl;
    QStringList positional = p.positionalArguments();
    if (!positional.isEmpty()) {
        const QString name = positional.takeFirst();
        const auto *it = std::find_if(
            std::begin(kVerbs), std::end(kVerbs), [&](const VerbInfo &v) { return name == QLatin1StringView(v.name); });
        if (it == std::end(kVerbs))
            return usage(QCoreApplication::translate("CommandLine",
                "unknown command \"%1\" (commands: import, report, summary, export, incidents, services, serve, "
                "corpus, demo, migrate, generate)")
                             .arg(name));
        cl.verb = it->verb;
        if (cl.verb == Verb::Services) {
            cl.servicesAction = positional.isEmpty() ? QString() : positional.takeFirst();
            if (cl.servicesAction != u"export" && cl.servicesAction != u"import")
                return usage(QCoreApplication::translate(
                    "CommandLine", "services needs export --out FILE.csv or import FILE.csv"));
        }
    }
    cl.files = positional;
    cl.db = p.value(QStringLiteral("db"));
    cl.wall = p.isSet(QStringLiteral("wall"));
    cl.demo = p.isSet(QStringLiteral("demo"));
    cl.theme = p.value(QStringLiteral("theme"));
    bool ok = true;
    if (p.isSet(QStringLiteral("screen"))) {
        cl.screen = p.value(QStringLiteral("screen")).toInt(&ok);
        // Screens are known only to a GUI application; headless verbs ignore the option.
        const auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
        const int count = gui ? int(QGuiApplication::screens().size()) : 1;
        if (!ok || cl.screen < 0 || cl.screen >= count)
            return usage(QCoreApplication::translate("CommandLine", "no screen \"%1\" (screens: 0 to %2)")
                             .arg(p.value(QStringLiteral("screen")))
                             .arg(count - 1));
    }
    if (p.isSet(QStringLiteral("rotate"))) {
        cl.rotate = p.value(QStringLiteral("rotate")).toInt(&ok);
        if (!ok || cl.rotate < 0 || cl.rotate > 86400)
            return usage(
                QCoreApplication::translate("CommandLine", "--rotate needs seconds from 0 to 86400, not \"%1\"")
                    .arg(p.value(QStringLiteral("rotate"))));
    }
    cl.lang = p.value(QStringLiteral("lang"));
    cl.screenshot = p.value(QStringLiteral("screenshot"));
    cl.format = p.value(QStringLiteral("format"));
    cl.scale = p.value(QStringLiteral("scale"));
    if (p.isSet(QStringLiteral("scale")) && !ValueScales::fromName(cl.scale))
        return usage(QCoreApplication::translate("CommandLine", "unknown scale \"%1\" (scales: %2)")
                         .arg(cl.scale, ValueScales::names().join(QStringLiteral(", "))));
    cl.incident = p.value(QStringLiteral("incident"));
    cl.scenario = p.value(QStringLiteral("scenario"));
    cl.out = p.value(QStringLiteral("out"));
    cl.json = p.isSet(QStringLiteral("json"));
    cl.paper = p.value(QStringLiteral("paper")).toLower();
    cl.sources = p.value(QStringLiteral("sources"));
    cl.compare = p.value(QStringLiteral("compare"));
    cl.what = p.value(QStringLiteral("what"));
    if (cl.verb == Verb::Generate) {
        bool okServices = false, okSamples = false, okSeed = false;
        cl.services = p.value(QStringLiteral("services")).toInt(&okServices);
        cl.samples = p.value(QStringLiteral("samples")).toLongLong(&okSamples);
        cl.seed = p.value(QStringLiteral("seed")).toUInt(&okSeed);
        if (!okServices || cl.services < 1 || cl.services > 1000)
            return usage(QCoreApplication::translate("CommandLine", "--services needs 1 to 1000"));
        if (!okSamples || cl.samples < 1 || cl.samples > 100000000)
            return usage(QCoreApplication::translate("CommandLine", "--samples needs 1 to 100000000 per service"));
        if (!okSeed)
            return usage(QCoreApplication::translate("CommandLine", "--seed needs a non-negative integer"));
    }
    if (cl.verb == Verb::Migrate) {
        cl.migrateFrom = p.value(QStringLiteral("from"));
        cl.migrateTo = p.value(QStringLiteral("to"));
        if (cl.migrateFrom.isEmpty() || cl.migrateTo.isEmpty())
            return usage(QCoreApplication::translate(
                "CommandLine", "migrate needs --from DB and --to DB (a SQLite file or postgresql://…)"));
        if (cl.migrateFrom == cl.migrateTo)
            return usage(QCoreApplication::translate("CommandLine", "migrate needs two different databases"));
    }
    for (const auto &[name, target] : {std::pair {u"from"_qs, &cl.from}, std::pair {u"to"_qs, &cl.to}}) {
        if (!p.isSet(name) || cl.verb == Verb::Migrate)
            continue;
        const auto t = Timestamps::parseRfc3339(p.value(name));
        if (!t)
            return usage(QCoreApplication::translate(
                "CommandLine", "--%1 needs an RFC 3339 time such as 2022-10-15T06:00:00Z, not \"%2\"")
                             .arg(name, p.value(name)));
        *target = *t;
    }
    if (p.isSet(u"at"_qs)) {
        const auto t = Timestamps::parseRfc3339(p.value(u"at"_qs));
        if (!t)
            return usage(QCoreApplication::translate(
                "CommandLine", "--%1 needs an RFC 3339 time such as 2022-10-15T06:00:00Z, not \"%2\"")
                             .arg(u"at"_qs, p.value(u"at"_qs)));
        if (cl.verb != Verb::Summary)
            return usage(QCoreApplication::translate("CommandLine", "--at is for summary"));
        cl.at = *t;
    }
    if (cl.from && cl.to && cl.from >= cl.to)
        return usage(QCoreApplication::translate("CommandLine", "--from must come before --to"));
    if ((cl.from || cl.to) && cl.verb != Verb::Summary && cl.verb != Verb::Report && cl.verb != Verb::Export)
        return usage(QCoreApplication::translate("CommandLine", "--from and --to are for summary, report and export"));
    if (!cl.compare.isEmpty() && cl.verb != Verb::Report && cl.verb != Verb::Gui)
        return usage(QCoreApplication::translate("CommandLine", "--compare is for report and the dashboard"));
    if (cl.verb == Verb::Export && cl.what != u"timeline" && cl.what != u"series")
        return usage(QCoreApplication::translate("CommandLine", "export needs --what timeline or --what series"));
    if (cl.verb == Verb::Export && cl.out.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "export needs --out FILE.csv"));

    if (!FeedFormat::names().contains(cl.format))
        return usage(QCoreApplication::translate("CommandLine", "unknown format \"%1\" (formats: %2)")
                         .arg(cl.format, FeedFormat::names().join(QStringLiteral(", "))));
    if (!cl.theme.isEmpty() && cl.theme != u"light" && cl.theme != u"dark")
        return usage(
            QCoreApplication::translate("CommandLine", "unknown theme \"%1\" (themes: light, dark)").arg(cl.theme));
    if (!cl.lang.isEmpty() && cl.lang != u"ko" && cl.lang != u"en")
        return usage(
            QCoreApplication::translate("CommandLine", "unknown language \"%1\" (languages: ko, en)").arg(cl.lang));
    if (cl.paper != u"a4" && cl.paper != u"letter")
        return usage(
            QCoreApplication::translate("CommandLine", "unknown paper size \"%1\" (sizes: a4, letter)").arg(cl.paper));
    if (p.isSet(QStringLiteral("overlap"))) {
        const auto model = OverlapModels::fromKey(p.value(QStringLiteral("overlap")));
        if (!model)
            return usage(
                QCoreApplication::translate("CommandLine", "unknown overlap model \"%1\" (models: %2)")
                    .arg(p.value(QStringLiteral("overlap")), OverlapModels::keys().join(QStringLiteral(", "))));
        if (cl.verb != Verb::Summary && cl.verb != Verb::Report)
            return usage(QCoreApplication::translate("CommandLine", "--overlap is for summary and report"));
        cl.overlap = *model;
    }
    if (p.isSet(QStringLiteral("counting"))) {
        QString error;
        cl.counting = CountingMethod::fromString(p.value(QStringLiteral("counting")), &error);
        if (!error.isEmpty())
            return usage(error);
    }
    if (cl.verb == Verb::Import && cl.files.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "import needs at least one file"));
    if (cl.verb != Verb::Import && !cl.scale.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "--scale is for import"));
    if (cl.verb == Verb::Services && cl.servicesAction == u"export" && cl.out.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "services export needs --out FILE.csv"));
    if (cl.verb == Verb::Services && cl.servicesAction == u"import" && cl.files.size() != 1)
        return usage(QCoreApplication::translate("CommandLine", "services import needs one file"));
    if (cl.verb != Verb::Import && !(cl.verb == Verb::Services && cl.servicesAction == u"import")
        && !cl.files.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"").arg(cl.files.first()));
    if (cl.verb == Verb::Report && cl.out.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "report needs --out FILE.pdf"));
    if (!cl.scenario.isEmpty() && cl.verb != Verb::Summary && cl.verb != Verb::Report)
        return usage(QCoreApplication::translate("CommandLine", "--scenario is for summary and report"));
    if (const QString error = cl.takeTemplate(p.value(QStringLiteral("template")), p.isSet(QStringLiteral("template")));
        !error.isEmpty())
        return usage(error);
    if (cl.verb == Verb::Serve && cl.sources.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "serve needs --sources FILE"));
    if (cl.db.isEmpty())
        cl.db = defaultDatabasePath();
    return cl;
}
