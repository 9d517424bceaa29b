// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchresult.h"
#include "chartbench.h"
#include "ingestbench.h"
#include "startupbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {
QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

QString number(double v)
{
    if (v >= 1e5)
        return QLocale(QLocale::English).toString(qRound64(v));
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

// "Reading these figures": written with the table so that it stays true to the run.
QString notes(const QList<BenchResult> &results, const QString &loadBefore, const QString &loadAfter)
{
    QString md;
    QTextStream s(&md);
    s << "\n## Reading these figures\n\n"
      << "- Command: `cmake --build build --target bench` (runs `outagedash_bench --db-dir build/bench-stores\n"
      << "  --out docs/benchmarks.md` in a RelWithDebInfo build); `outagedash_bench --smoke` runs every\n"
      << "  benchmark at tiny sizes and is the `bench_smoke` CTest (it checks that they run, never whether they\n"
      << "  meet a target). `--db FILE`"
      << " keeps the 10 M-sample chart store between runs; `--db-dir DIR` keeps the 1 M, 10 M and 100 M-sample\n"
      << "  stores (`samples-1m.sqlite`, … in DIR; the bench target's is `build/bench-stores`), the 10 M one\n"
      << "  serving the charts too.\n"
      << "- The data: `SyntheticData` (also `outagedash generate`), 4 services × 2.5 M one-second samples\n"
      << "  (10 M rows, 29 days), each through one outage with noise and rare spikes.\n"
      << "- Ingest is measured side by side with the reference in every repeat (raw insert, NDJSON, CSV); the\n"
      << "  medians and worst are of 5 repeats.\n"
      << "- Load average (1 min) on the " << QThread::idealThreadCount() << "-core machine: " << loadBefore
      << " when the run began, " << loadAfter << " when it ended; the benchmark itself keeps about one\n"
      << "  core busy."
      << (qMax(loadBefore.toDouble(), loadAfter.toDouble()) > 1.5
                 ? " Other work (builds, tests) shared the machine during the run, so absolute times are high;\n"
                   "  the ratios to same-run references are the steadier figures.\n"
                 : " The machine is shared with other engineers' builds and tests; this run met little of them.\n");
    for (const BenchResult &r : results)
        if (!r.note.isEmpty())
            s << "- " << r.note << "\n";
    QStringList unmet;
    for (const BenchResult &r : results)
        if (!r.met)
            unmet << QStringLiteral("%1 (%2%3%4 against %5)")
                         .arg(r.target, QStringLiteral("median %1 %2").arg(number(r.median), r.unit),
                             r.worst > 0 ? QStringLiteral(", worst %1").arg(number(r.worst)) : QString(),
                             r.ratio > 0 ? QStringLiteral(", ratio %1").arg(r.ratio, 0, 'f', 3) : QString(), r.goal);
    s << "- "
      << (unmet.isEmpty() ? QStringLiteral("Every target was met in this run.")
                          : QStringLiteral("Not met in this run: ") + unmet.join(QStringLiteral("; ")) + u'.')
      << "\n";
    return md;
}

QString markdown(const QList<BenchResult> &results, const QString &command)
{
    QString md;
    QTextStream s(&md);
    s << "# Benchmarks\n\n"
      << "Written by `" << command << "` (the `bench` target); do not edit by hand.\n\n"
      << "- Machine: " << QThread::idealThreadCount() << " cores, " << cpuModel() << ", "
      << QSysInfo::prettyProductName() << "\n"
      << "- Qt " << qVersion() << ", run " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
      << "- Every figure is the median of the runs shown; references are measured in the same run.\n\n"
      << "| target | measure | median | worst | reference (same run) | ratio | goal | met | runs |\n"
      << "|---|---|---|---|---|---|---|---|---|\n";
    for (const BenchResult &r : results)
        s << "| " << r.target << " | " << r.measure << " | " << number(r.median) << ' ' << r.unit << " | "
          << (r.worst > 0 ? number(r.worst) : QStringLiteral("—")) << " | " << r.reference
          << (r.referenceMedian > 0 ? QStringLiteral(": ") + number(r.referenceMedian) : QString()) << " | "
          << (r.ratio > 0 ? QString::number(r.ratio, 'f', 3) : QStringLiteral("—")) << " | " << r.goal << " | "
          << (r.met ? "yes" : "**no**") << " | " << r.runs << " |\n";
    return md;
}
} // namespace

int main(int argc, char **argv)
{
    // A child of the ingest benchmark: one import in a process of its own, for its peak memory.
    if (argc == 5 && qstrcmp(argv[1], "--peak-import") == 0) {
        QCoreApplication app(argc, argv);
        return IngestBench::peakImportChild(
            QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Outage Impact Dashboard benchmarks (docs/benchmarks.md)"));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("smoke"), QStringLiteral("Tiny sizes: checks that every benchmark runs (CI).")},
        {QStringLiteral("out"), QStringLiteral("Write the markdown table to this file."), QStringLiteral("file")},
        {QStringLiteral("only"),
            QStringLiteral("Run only: ingest, charts, startup (whole processes: start-up, summary, report)."),
            QStringLiteral("name")},
        {QStringLiteral("db"),
            QStringLiteral("Keep the large chart store in this file and reuse it on the next run (filling "
                           "10 M samples takes minutes)."),
            QStringLiteral("file")},
        {QStringLiteral("db-dir"),
            QStringLiteral("Keep the 1 M, 10 M and 100 M-sample stores of the whole-process rows in this folder "
                           "(generated when missing: the 100 M one takes minutes and about 9 GB); the 10 M one is "
                           "also the chart store unless --db says otherwise."),
            QStringLiteral("folder")}});
    p.process(app);
    const bool smoke = p.isSet(QStringLiteral("smoke"));
    const QString only = p.value(QStringLiteral("only"));
    const QString loadBefore = oneMinuteLoad();
    QTemporaryDir dir;
    QList<BenchResult> results;
    if (only.isEmpty() || only == u"ingest")
        results += IngestBench::run(dir.path(), smoke ? 5000 : 500000, 4, smoke ? 1 : 5);
    const QString storeDir = p.value(QStringLiteral("db-dir"));
    if (only.isEmpty() || only == u"charts") {
        QString chartStore = p.value(QStringLiteral("db"));
        QString error;
        // Generated by `outagedash generate` (as the start-up rows' are) before the chart bench
        // could fill it otherwise.
        if (chartStore.isEmpty() && !storeDir.isEmpty() && !smoke)
            chartStore = StartupBench::keptStore(storeDir, 2500000, 4, &error);
        if (!error.isEmpty())
            QTextStream(stderr) << error << '\n';
        results += ChartBench::run(dir.path(), smoke ? 20000 : 2500000, 4, smoke ? 3 : 15, chartStore);
    }
    if (only.isEmpty() || only == u"startup")
        results += StartupBench::run(dir.path(), smoke ? QString() : storeDir, smoke);
    // The invocation as given, less where it writes: how to get these figures again.
    QStringList args = QCoreApplication::arguments().mid(1);
    const qsizetype out = args.indexOf(QStringLiteral("--out"));
    if (out >= 0)
        args.remove(out, qMin<qsizetype>(2, args.size() - out));
    const QString command = (QStringList {QStringLiteral("outagedash_bench")} + args).join(u' ');
    const QString md = markdown(results, command) + notes(results, loadBefore, oneMinuteLoad());
    QTextStream(stdout) << md;
    if (p.isSet(QStringLiteral("out"))) {
        QFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(md.toUtf8()) < 0)
            return 1;
    }
    return 0;
}
