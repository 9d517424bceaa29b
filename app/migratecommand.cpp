// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "store/storecopier.h"
#include "store/timelinestore.h"

#include <QCoreApplication>
#include <QTextStream>

// outagedash migrate --from DB --to DB: a local SQLite timeline into the shared
// PostgreSQL store, or back. Kept apart from commands.cpp: it is the one verb with two stores.
namespace Commands {

int runMigrate(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto tr = [](const char *text) { return QCoreApplication::translate("Commands", text); };
    TimelineStore from(QStringLiteral("migrate-from"));
    if (!from.open(cl.migrateFrom)) {
        err << "outagedash: " << from.lastError() << Qt::endl;
        return Error;
    }
    if (from.isEmpty()) {
        err << "outagedash: " << tr("%1 holds no data: nothing to copy").arg(from.location()) << Qt::endl;
        return Error;
    }
    TimelineStore to(QStringLiteral("migrate-to"));
    if (!to.open(cl.migrateTo)) {
        err << "outagedash: " << to.lastError() << Qt::endl;
        return Error;
    }
    // StoreCopier counts the rejects it writes among the new and already-there rows but not
    // among those read, and the feed sources it reads but writes uncounted: "763 read, 768
    // new". The figures printed are made to add up here: rows read = new + already there, and
    // the feed sources (status rows, refreshed every time) are named apart.
    const qint64 rejects = from.rejectCount();
    const qint64 feedSources = from.feedSources().size();
    StoreCopier copier(from, to);
    StoreCopier::Result result;
    qint64 lastTenth = -1;
    const bool ok = copier.copy(result, [&](qint64 done, qint64 total) {
        const qint64 tenth = total ? done * 10 / total : 10;
        if (tenth != lastTenth)
            err << tr("%1 % of %2 samples").arg(tenth * 10).arg(total) << Qt::endl;
        lastTenth = tenth;
    });
    if (!ok) {
        err << "outagedash: " << copier.lastError() << Qt::endl
            << tr("What was copied before the error is kept; running the same command again continues without doubling "
                  "anything.")
            << Qt::endl;
        return Error;
    }
    const qint64 read = result.read + rejects - feedSources;
    out << tr("Copied %1 into %2: %3 rows read, %4 new, %5 already there; %6 feed sources refreshed")
               .arg(from.location(), to.location())
               .arg(read)
               .arg(result.inserted)
               .arg(result.unchanged)
               .arg(feedSources)
        << Qt::endl;
    if (read != result.inserted + result.unchanged)
        err << "outagedash: "
            << tr("%1 rows were read but %2 written or found: some were neither")
                   .arg(read)
                   .arg(result.inserted + result.unchanged)
            << Qt::endl;
    return Ok;
}

} // namespace Commands
