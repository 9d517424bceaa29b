// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "ingest/corpusdataset.h"
#include "store/timelinestore.h"

#include <QCoreApplication>
#include <QTextStream>

// outagedash corpus: writes the embedded corpus of well-known public outages (docs/corpus.md)
// into the store, so any incident can be compared with them (Compare, report --compare).
// Idempotent: a second run stores nothing and says "0 new".
namespace Commands {

int runCorpus(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    TimelineStore store(QStringLiteral("cli"));
    if (!store.open(cl.db)) {
        err << "outagedash: " << store.lastError() << Qt::endl;
        return Error;
    }
    const ImportResult r = CorpusDataset::load(store);
    if (!r.ok()) {
        err << "outagedash: " << r.error << Qt::endl;
        return Error;
    }
    if (r.rejected > 0) {
        // The corpus is checked by tst_corpus: a reject here is a broken build, not bad input.
        const Reject first = r.firstRejects.value(0);
        err << "outagedash: "
            << QCoreApplication::translate(
                   "Commands", "the outage corpus has %1 bad records, first: line %2, field %3: %4")
                   .arg(r.rejected)
                   .arg(first.line)
                   .arg(first.field, first.reason)
            << Qt::endl;
        return Rejected;
    }
    const QStringList ids = CorpusDataset::incidentIds();
    out << QCoreApplication::translate(
        "Commands", "Outage corpus: %1 outages, %2 records, %3 new, %4 already stored in %5")
               .arg(ids.size())
               .arg(r.records)
               .arg(r.inserted)
               .arg(r.unchanged)
               .arg(cl.db)
        << Qt::endl;
    out << QCoreApplication::translate("Commands", "Compare with one: outagedash report --compare %1 --out FILE.pdf")
               .arg(ids.value(0))
        << Qt::endl;
    return Ok;
}

} // namespace Commands
