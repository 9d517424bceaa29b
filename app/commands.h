// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

// The headless verbs. Each returns the process exit status:
// 0 done, 1 error, 2 usage error, 3 done but some records were rejected.
namespace Commands {
enum ExitCode { Ok = 0, Error = 1, Usage = 2, Rejected = 3 };
int runImport(const CommandLine &cl);
int runSummary(const CommandLine &cl);
int runDemo(const CommandLine &cl);
int runReport(const CommandLine &cl);
int runExport(const CommandLine &cl);
int runServe(const CommandLine &cl);
int runGenerate(const CommandLine &cl);
int runMigrate(const CommandLine &cl); // migratecommand.cpp
int runServices(const CommandLine &cl); // servicescommand.cpp
int runIncidents(const CommandLine &cl); // incidentscommand.cpp
int runCorpus(const CommandLine &cl); // corpuscommand.cpp
QString versionText();
} // namespace Commands
