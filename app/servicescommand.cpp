// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "session/servicescsv.h"
#include "store/timelinestore.h"

#include <QCoreApplication>
#include <QTextStream>

// outagedash services export --out FILE.csv | services import FILE.csv: the catalogue as a file
// an operator keeps in git. The reading, merging and checking is ServicesCsv's; this prints.
namespace Commands {

int runServices(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto tr = [](const char *text) { return QCoreApplication::translate("Commands", text); };
    TimelineStore store(QStringLiteral("cli"));
    if (!store.open(cl.db)) {
        err << "outagedash: " << store.lastError() << Qt::endl;
        return Error;
    }
    if (cl.servicesAction == u"export") {
        qsizetype rows = 0;
        QString error;
        if (!ServicesCsv::exportFile(store, cl.out, &rows, &error)) {
            err << "outagedash: " << error << Qt::endl;
            return Error;
        }
        out << tr("%1 services written to %2").arg(rows).arg(cl.out) << Qt::endl;
        return Ok;
    }
    const QString path = cl.files.constFirst();
    const ServicesCsv::ImportResult r = ServicesCsv::importFile(store, path);
    for (const ServicesCsv::Problem &p : r.rejected)
        err << ServicesCsv::describe(path, p) << Qt::endl;
    if (!r.error.isEmpty()) {
        err << "outagedash: " << r.error << Qt::endl;
        return Error;
    }
    out << tr("%1: %2 rows, %3 new, %4 changed, %5 unchanged, %6 rejected")
               .arg(path)
               .arg(r.rows)
               .arg(r.added)
               .arg(r.changed)
               .arg(r.unchanged)
               .arg(r.rejected.size())
        << Qt::endl;
    return r.rejected.isEmpty() ? Ok : Rejected;
}

} // namespace Commands
