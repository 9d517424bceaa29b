// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupbench.h"

#include "benchresult.h"
#include "childprocess.h"
#include "pagecache.h"
#include "store/timelinestore.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {
// Both start-up rows' goals (#23, point 2).
constexpr double kWarmGoalMs = 500;
constexpr double kColdGoalMs = 1000;
constexpr double kMemoryGoalMb = 300;
constexpr double kCliRatioGoal = 3;

QString sizeLabel(qint64 samples)
{
    return samples % 1000000 == 0 ? QStringLiteral("%1m").arg(samples / 1000000) : QString::number(samples);
}

QString sizeText(qint64 samples)
{
    return samples % 1000000 == 0 ? QStringLiteral("%1 M").arg(samples / 1000000) : QString::number(samples);
}

QString joined(const QList<double> &values, int decimals = 0)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', decimals);
    return parts.join(QStringLiteral(", "));
}

QList<double> percents(const QList<double> &shares)
{
    QList<double> p;
    for (double v : shares)
        p << v * 100;
    return p;
}

// The store's own files: the database and, when they are there, its write-ahead log.
QStringList storeFiles(const QString &store)
{
    QStringList files {store};
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(store + QLatin1String(suffix)))
            files << store + QLatin1String(suffix);
    return files;
}

struct Runs {
    QList<double> ms;
    QList<double> appMs;
    QList<double> hwmMb;
    QStringList loads;
    QList<double> storeLeft; // cold: share of the store's pages still cached after eviction
    QList<double> programLeft; // cold: the same for the binary, libraries and other mapped files
    int pending = 0;
    int failed = 0;
    QList<double> linesMs; // to the frame that drew the chart's lines
    int noLines = 0; // runs whose lines did not come within a minute
};

void addFirstFrame(Runs &runs, const ChildProcess::FirstFrame &f)
{
    runs.loads << f.load;
    if (!f.ok) {
        ++runs.failed;
        QTextStream(stderr) << "first frame not reported: " << f.error << '\n';
        return;
    }
    runs.ms << f.ms;
    runs.appMs << f.appMs;
    runs.hwmMb << f.hwmMb;
    runs.pending += f.linesPending ? 1 : 0;
    if (f.linesMs >= 0)
        runs.linesMs << f.linesMs;
    else
        ++runs.noLines;
}

// The same runs, timed to the frame that drew the recovery chart's lines: a first frame whose
// chart is still being read is not yet what the user opened the dashboard for.
BenchResult linesRow(const QString &mode, qint64 samples, const Runs &runs, double goalMs)
{
    const QList<double> &ms = runs.linesMs;
    const double worst = ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end());
    BenchResult r {QStringLiteral("4. Start-up (whole process): chart drawn, %1, %2")
                       .arg(sizeText(samples), mode.section(u' ', 0, 0)),
        QStringLiteral("exec of `outagedash --db` → the first frame with the recovery chart's lines, %1 samples, %2")
            .arg(sizeText(samples), mode),
        medianOf(ms), QStringLiteral("ms"), QStringLiteral("the first painted frame of the same runs, ms"),
        medianOf(runs.ms), 0, QStringLiteral("≤ %1 ms in every run").arg(goalMs),
        runs.failed + runs.noLines == 0 && !ms.isEmpty() && worst <= goalMs, int(ms.size()), {}, worst};
    r.note = QStringLiteral("Chart drawn %1 samples, %2: runs %3 ms%4.")
                 .arg(sizeText(samples), mode, joined(ms),
                     runs.noLines ? QStringLiteral("; %1 runs drew no lines within a minute").arg(runs.noLines)
                                  : QString());
    return r;
}

BenchResult startupRow(const QString &mode, qint64 samples, const Runs &runs, double goalMs)
{
    const double worst = runs.ms.isEmpty() ? 0 : *std::max_element(runs.ms.begin(), runs.ms.end());
    BenchResult r {
        QStringLiteral("4. Start-up (whole process): %1, %2").arg(sizeText(samples), mode.section(u' ', 0, 0)),
        QStringLiteral("exec of `outagedash --db` → first painted frame, %1 samples, %2").arg(sizeText(samples), mode),
        medianOf(runs.ms), QStringLiteral("ms"),
        QStringLiteral("recovery chart's lines still being read at that frame: %1 of %2 runs")
            .arg(runs.pending)
            .arg(runs.ms.size()),
        0, 0, QStringLiteral("≤ %1 ms in every run").arg(goalMs), runs.failed == 0 && worst <= goalMs,
        int(runs.ms.size()), {}, worst};
    QString note = QStringLiteral("Start-up %1 samples, %2: runs %3 ms (the app's own exec clock: %4 ms) at 1-min "
                                  "load %5")
                       .arg(sizeText(samples), mode, joined(runs.ms), joined(runs.appMs), runs.loads.join(u", "));
    if (!runs.storeLeft.isEmpty())
        note += QStringLiteral("; still cached after eviction: store %1 %, program files %2 %")
                    .arg(joined(percents(runs.storeLeft)), joined(percents(runs.programLeft)));
    if (runs.failed > 0)
        note += QStringLiteral("; %1 runs reported no first frame").arg(runs.failed);
    r.note = note + u'.';
    return r;
}

// One store: an untimed first run that lists the files the process maps, 'repeats' runs with the
// page cache warm, then 'repeats' with it cold.
QList<BenchResult> startupRows(
    const QString &app, const QString &store, qint64 samples, const ChildProcess::Screen &screen, int repeats)
{
    QStringList program {app};
    const ChildProcess::FirstFrame first = ChildProcess::firstFrame(app, store, screen, &program);
    program.removeAll(store);
    QTextStream(stderr) << "start-up " << sizeText(samples) << ": first (untimed) run " << first.ms << " ms, "
                        << program.size() << " files mapped\n";
    Runs warm;
    for (int r = 0; r < repeats; ++r) {
        PageCache::load(storeFiles(store) + program);
        addFirstFrame(warm, ChildProcess::firstFrame(app, store, screen));
    }
    Runs cold;
    for (int r = 0; r < repeats; ++r) {
        PageCache::evict(storeFiles(store) + program);
        cold.storeLeft << PageCache::residentShare(storeFiles(store));
        cold.programLeft << PageCache::residentShare(program);
        addFirstFrame(cold, ChildProcess::firstFrame(app, store, screen));
    }
    QList<BenchResult> rows {startupRow(QStringLiteral("warm page cache"), samples, warm, kWarmGoalMs),
        startupRow(QStringLiteral("cold page cache"), samples, cold, kColdGoalMs),
        linesRow(QStringLiteral("warm page cache"), samples, warm, kWarmGoalMs),
        linesRow(QStringLiteral("cold page cache"), samples, cold, kColdGoalMs)};
    const QList<double> hwm = warm.hwmMb + cold.hwmMb;
    const double worstHwm = hwm.isEmpty() ? 0 : *std::max_element(hwm.begin(), hwm.end());
    rows.append({QStringLiteral("4. Start-up (whole process): memory, %1").arg(sizeText(samples)),
        QStringLiteral(
            "peak resident memory (VmHWM) of that process at its first frame, %1 samples, warm and cold runs")
            .arg(sizeText(samples)),
        medianOf(hwm), QStringLiteral("MB"), QString(), 0, 0, QStringLiteral("≤ %1 MB in every run").arg(kMemoryGoalMb),
        !hwm.isEmpty() && warm.failed + cold.failed == 0 && worstHwm <= kMemoryGoalMb, int(hwm.size()), {}, worstHwm});
    return rows;
}

// `outagedash VERB` on the big store against the same on the demo store, taken in turns so that
// both meet the same load; one untimed run of each first (the page cache warm).
BenchResult cliRow(const QString &app, const QString &verb, const QStringList &extra, const QString &big,
    qint64 samples, const QString &demo, int repeats)
{
    const auto args = [&](const QString &store) { return QStringList {verb, QStringLiteral("--db"), store} + extra; };
    bool ok = ChildProcess::timeToExit(app, args(demo)).ok && ChildProcess::timeToExit(app, args(big)).ok;
    QList<double> bigMs;
    QList<double> demoMs;
    QList<double> ratios;
    QStringList loads;
    for (int r = 0; r < repeats; ++r) {
        const ChildProcess::Exit d = ChildProcess::timeToExit(app, args(demo));
        const ChildProcess::Exit b = ChildProcess::timeToExit(app, args(big));
        ok = ok && d.ok && b.ok;
        demoMs << d.ms;
        bigMs << b.ms;
        ratios << b.ms / qMax(0.001, d.ms);
        loads << d.load;
    }
    const double worstRatio = ratios.isEmpty() ? 0 : *std::max_element(ratios.begin(), ratios.end());
    BenchResult r {QStringLiteral("5. Reports: `%1` (whole process)").arg(verb),
        QStringLiteral("exec of `outagedash %1 --db%2` → exit, %3-sample store (generated), warm page cache")
            .arg(
                verb, extra.isEmpty() ? QString() : u' ' + extra.first() + QStringLiteral(" x.pdf"), sizeText(samples)),
        medianOf(bigMs), QStringLiteral("ms"),
        QStringLiteral("the same on the demo store (`outagedash demo --db`), ms"), medianOf(demoMs),
        medianOf(bigMs) / qMax(0.001, medianOf(demoMs)),
        QStringLiteral("≤ %1× the demo's time, in every run").arg(kCliRatioGoal), ok && worstRatio <= kCliRatioGoal,
        int(bigMs.size()), {}, percentile(bigMs, 1)};
    r.note
        = QStringLiteral("`%1` whole process: %2-sample store %3 ms, demo %4 ms, ratio per run %5, at 1-min load %6%7.")
              .arg(verb, sizeText(samples), joined(bigMs), joined(demoMs), joined(ratios, 2), loads.join(u", "),
                  ok ? QString() : QStringLiteral("; some runs failed"));
    return r;
}
} // namespace

QString StartupBench::keptStore(const QString &dir, qint64 samplesPerService, int services, QString *error)
{
    const qint64 total = samplesPerService * services;
    const QString path = QDir(dir).filePath(QStringLiteral("samples-%1.sqlite").arg(sizeLabel(total)));
    if (!QFileInfo::exists(path)) {
        // Written under another name first: a store cut short is never taken for a kept one.
        const QString partial = path + QStringLiteral(".partial");
        for (const QString &f : storeFiles(partial))
            QFile::remove(f);
        QTextStream(stderr) << "generating " << path << " (" << total << " samples)…\n";
        const ChildProcess::Exit e = ChildProcess::timeToExit(QStringLiteral(OUTAGEDASH_BINARY),
            {QStringLiteral("generate"), QStringLiteral("--db"), partial, QStringLiteral("--services"),
                QString::number(services), QStringLiteral("--samples"), QString::number(samplesPerService)},
            -1);
        // The generator closed the store, so its write-ahead log is checkpointed into the file.
        if (!e.ok || !QFile::rename(partial, path)) {
            *error = QStringLiteral("could not generate %1: %2").arg(path, e.error);
            return {};
        }
        QTextStream(stderr) << "generated in " << e.ms / 1000 << " s\n";
    }
    // The data is deterministic: a store with as many samples (rows are never deleted, so the
    // largest rowid counts them) is the same store.
    TimelineStore store(QStringLiteral("bench-kept-check"));
    const qint64 found = store.open(path) ? store.sampleCountEstimate() : -1;
    if (found == total)
        return path;
    *error = QStringLiteral("%1 holds %2 samples, not %3: move it away to generate it again")
                 .arg(path)
                 .arg(found)
                 .arg(total);
    return {};
}

QList<BenchResult> StartupBench::run(const QString &workDir, const QString &storeDir, bool smoke)
{
    const QString app = QStringLiteral(OUTAGEDASH_BINARY);
    const QString dir = storeDir.isEmpty() ? workDir : storeDir;
    const int services = 4;
    const QList<qint64> perService = smoke ? QList<qint64> {250, 2500} : QList<qint64> {250000, 2500000, 25000000};
    const int repeats = smoke ? 1 : 3;
    QList<BenchResult> results;
    const auto failed = [&](const QString &what, const QString &error) {
        QTextStream(stderr) << what << ": " << error << '\n';
        results.append({what, error, 0, {}, {}, 0, 0, {}, false, 0, {}});
    };
    const ChildProcess::Screen screen = ChildProcess::Screen::start();
    QString bigStore;
    qint64 bigSamples = 0;
    for (qint64 n : perService) {
        QString error;
        const QString store = keptStore(dir, n, services, &error);
        if (store.isEmpty()) {
            failed(QStringLiteral("4. Start-up (whole process)"), error);
            continue;
        }
        results += startupRows(app, store, n * services, screen, repeats);
        if (n == perService.value(1)) {
            bigStore = store;
            bigSamples = n * services;
        }
    }
    QString demoError;
    const QString demo = QDir(workDir).filePath(QStringLiteral("demo.sqlite"));
    if (!ChildProcess::timeToExit(app, {QStringLiteral("demo"), QStringLiteral("--db"), demo}).ok)
        failed(QStringLiteral("5. Reports (whole process)"), QStringLiteral("`outagedash demo` failed"));
    else if (!bigStore.isEmpty()) {
        const int cliRepeats = smoke ? 1 : 5;
        results += cliRow(app, QStringLiteral("summary"), {}, bigStore, bigSamples, demo, cliRepeats);
        results += cliRow(app, QStringLiteral("report"),
            {QStringLiteral("--out"), QDir(workDir).filePath(QStringLiteral("x.pdf"))}, bigStore, bigSamples, demo,
            cliRepeats);
    }
    const QString method = QStringLiteral(
        "Whole processes: the `outagedash` binary of this build, run by this bench with QProcess, each run with "
        "fresh settings (XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR in a new temporary folder), on %1. "
        "Start-up is timed by this bench from QProcess::start to the `first-frame` line that the app prints "
        "once its window has painted its first frame (OUTAGEDASH_FIRST_FRAME_EXIT=1, app/main.cpp), and the "
        "app's own figure (since the kernel's start time of the process, 10 ms ticks) is in the notes. Per "
        "store, one untimed first run lists the files the process maps (/proc/PID/maps: the binary, Qt "
        "libraries and plugins, fonts); warm = after it, the store's files and those read through again before "
        "each run; "
        "cold = before each run, each of those files is written back and dropped from the page cache with "
        "posix_fadvise(POSIX_FADV_DONTNEED) (no root needed); the kernel keeps the pages a running process "
        "maps (this bench links the same Qt libraries; other Qt programs on the machine may map them too), so "
        "the share still cached right after eviction is measured with mincore "
        "and given per run. `summary` and `report` run with QT_QPA_PLATFORM=offscreen and no DISPLAY, each "
        "in turn with the demo's, after one untimed run of each (warm page cache); timed from start to exit. "
        "Stores: `outagedash generate --services 4 --samples N` (N per service), kept with `--db-dir`.")
                               .arg(screen.description());
    if (!results.isEmpty()) {
        QString &note = results.first().note;
        note = note.isEmpty() ? method : method + QStringLiteral("\n- ") + note;
    }
    return results;
}
