// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/countingmethod.h"
#include "impact/overlapmodel.h"
#include "impact/reporttemplate.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the user asked for, parsed once in main() and handed to the verb that runs it.
struct CommandLine {
    enum class Verb {
        Gui,
        Import,
        Report,
        Summary,
        Demo,
        Serve,
        Export,
        Generate,
        Migrate,
        Services,
        Incidents,
        Corpus
    };
    enum class Outcome { Run, Help, Version, UsageError };

    Outcome outcome = Outcome::Run;
    Verb verb = Verb::Gui;
    QString error; // for UsageError
    QString db; // empty: the default file in the user's data location
    bool wall = false;
    bool demo = false; // --demo: the GUI on the demo's own database, written there on first use
    int screen = -1; // --screen N: the wall's screen (-1: the remembered one)
    int rotate = -1; // --rotate SECONDS: wall view rotation (0 = none; -1: remembered)
    QString theme; // light, dark, or empty for the saved choice
    QString lang; // ko, en, or empty for the system locale
    QString screenshot; // GUI: save a PNG of the window and quit
    QString format = QStringLiteral("auto");
    QString scale; // import --scale: ratio, percent or probe; empty when not declared
    QString incident;
    QString scenario; // summary, report: a what-if scenario of the incident
    QString out;
    qint64 from = 0; // --from/--to (RFC 3339) as epoch ms: the figures' window; 0 = the incident's
    qint64 to = 0;
    std::optional<qint64> at; // summary --at (RFC 3339) as epoch ms: the figures at that moment too
    QString compare; // report: --compare ID, a second incident to compare with
    QString what; // export: timeline or series
    QString servicesAction; // services: export or import
    bool json = false;
    QString paper = QStringLiteral("a4");
    QStringList files;
    int services = 4; // generate
    qint64 samples = 100000; // generate: per service
    quint32 seed = 42; // generate
    QString migrateFrom; // migrate --from DB --to DB
    QString migrateTo;
    QString sources; // sources file for serve (and the GUI's live feeds)
    CountingMethod counting; // --counting, for summary and report
    OverlapModel overlap = OverlapModel::Independent; // --overlap, for summary and report
    ReportTemplate reportTemplate = ReportTemplate::Postmortem; // report --template

    // Parses arguments (argv[0] first). Never exits; the caller prints and returns.
    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    static QString defaultDatabasePath();
    // The verb named on the command line, if any, without full parsing: main() needs it
    // to choose between a GUI and a console application before parsing for real.
    static bool needsWidgets(int argc, char **argv);
    // The --lang value, read before the translator is installed (help text is translated).
    static QString languageArgument(int argc, char **argv);
    // --template (reporttemplateoption.cpp): sets reportTemplate, or says what is wrong.
    QString takeTemplate(const QString &value, bool isSet);
};
