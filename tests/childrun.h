// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// `outagedash` run as a user runs it, for tests that need the child's own peak memory.
struct ChildRun {
    int code = -1; // exit code; -1 when it did not exit normally
    QString out, err;
    long maxRssKb = 0; // the child's own peak resident memory

    // Runs OUTAGEDASH_BINARY with 'args', HOME and XDG_DATA_HOME in 'home', its output kept in
    // files there. fork/exec rather than QProcess: wait4() gives this child's own peak memory
    // (getrusage of RUSAGE_CHILDREN would give the largest of every child the test ever ran).
    static ChildRun run(const QString &home, const QStringList &args);
};
