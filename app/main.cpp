// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"
#include "dashboardviews.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "storeupgrade.h"
#include "wall/wallwindow.h"

#include "charts/comparewidget.h"
#include "charts/recoverychartview.h"

#include "common/appsettings.h"
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <memory>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace {
// Korean when asked for, or when the system speaks it; English (the source) otherwise.
void installTranslators(QCoreApplication &app, const QString &lang)
{
    const bool korean = lang.isEmpty() ? QLocale::system().language() == QLocale::Korean : lang == u"ko";
    if (!korean)
        return;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/outagedash_ko.qm")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// OUTAGEDASH_FIRST_FRAME_EXIT=1 (tests/bench/startupbench.cpp, not a user option): once the shown
// window has painted its first frame, print "first-frame <ms since exec>" with the resident
// sizes to stderr, then "lines-frame <ms since exec>" once a frame has the recovery chart's
// lines (the same frame when they were there at once), and exit 0. Exec is the kernel's start time of the process (10
// ms ticks), so loading the libraries counts; "main" is the same clock's reading at static initialisation.
const auto g_staticInit = std::chrono::steady_clock::now();

double msSinceExec()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    timespec now {};
    if (!f.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const QByteArray stat = f.readAll();
    // Field 22 (starttime) counts from field 3, the first after the command's closing bracket.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double startSec = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSec) * 1000;
}

// The process' own /proc status: its resident sizes for the probe's lines.
QByteArray procStatus()
{
    QFile f(QStringLiteral("/proc/self/status"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray statusField(const QByteArray &status, const char *name)
{
    for (const QByteArray &line : status.split('\n'))
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).simplified();
    return "?";
}

class FirstFrameExit final : public QObject {
public:
    explicit FirstFrameExit(MainWindow *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        // After a first frame without the chart's lines: the first paint of the chart that has them.
        if (m_chart && event->type() == QEvent::Paint && widget && m_chart->isAncestorOf(widget)
            && !m_chart->linesPending()) {
            m_chart = nullptr;
            QTimer::singleShot(0, this, [this] { reportLines(); });
        }
        if (event->type() == QEvent::Paint && !m_seen && widget
            && (widget->window() == m_window || widget->window() == m_window->wallWindow())) {
            m_shown = widget->window();
            m_seen = true;
            // Reported once this paint pass (and its flush to the window) is over.
            QTimer::singleShot(0, this, &FirstFrameExit::report);
        }
        return false;
    }

private:
    void report()
    {
        const double exec = msSinceExec();
        const double sinceInit
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_staticInit).count();
        const QByteArray status = procStatus();
        const auto *chart = m_shown->findChild<RecoveryChartView *>();
        QTextStream(stderr) << "first-frame " << QString::number(exec, 'f', 1) << " ms since-static-init "
                            << QString::number(sinceInit, 'f', 1) << " ms VmRSS " << statusField(status, "VmRSS:")
                            << " VmHWM " << statusField(status, "VmHWM:") << " chart-lines-pending "
                            << (chart && chart->linesPending() ? 1 : 0) << Qt::endl;
        if (!chart || !chart->linesPending())
            return reportLines();
        // A frame without the chart's lines is not yet what the user came for: the bench times
        // the frame that draws them too ("lines-frame"), or says when none came in a minute.
        m_chart = chart;
        QTimer::singleShot(60000, this, [this] {
            QTextStream(stderr) << "lines-frame none" << Qt::endl;
            QCoreApplication::exit(Commands::Ok);
        });
    }

    void reportLines()
    {
        const QByteArray status = procStatus();
        QTextStream(stderr) << "lines-frame " << QString::number(msSinceExec(), 'f', 1) << " ms VmHWM "
                            << statusField(status, "VmHWM:") << Qt::endl;
        QCoreApplication::exit(Commands::Ok);
    }

    MainWindow *m_window;
    const RecoveryChartView *m_chart = nullptr;
    QWidget *m_shown = nullptr;
    bool m_seen = false;
};

int runGui(const CommandLine &cl)
{
    DashboardSession session;
    // The demo opens as a database of its own: a user's timeline never gets the demo's rows.
    QString demoError;
    const QString db = cl.demo ? DashboardSession::demoDatabasePath() : cl.db;
    if (cl.demo && !DashboardSession::prepareDemoDatabase(db, &demoError))
        QTextStream(stderr) << "outagedash: " << demoError << Qt::endl;
    QString openError;
    if (!StoreUpgrade::bringUpToDate(db, &openError) || !session.open(db)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Outage Impact Dashboard"),
            QCoreApplication::translate("main", "The timeline database could not be opened:\n%1")
                .arg(openError.isEmpty() ? session.lastError() : openError));
        return Commands::Error;
    }
    // The wall's options are remembered: what the command line says becomes the setting.
    if (cl.screen >= 0)
        AppSettings::setWallScreen(cl.screen);
    if (cl.rotate >= 0)
        AppSettings::setWallRotateSeconds(cl.rotate);
    MainWindow window(&session);
#ifdef __GLIBC__
    // A reload frees the snapshot it replaces (tens of MB on a large store), but glibc keeps
    // freed heap in the process: a wall that reloads all day would hold its largest moment. Hand
    // it back a second after the reloads settle (a debounced trim costs a few ms, off any frame).
    QTimer trim;
    trim.setSingleShot(true);
    trim.setInterval(1000);
    QObject::connect(&trim, &QTimer::timeout, [] { malloc_trim(0); });
    QObject::connect(&session, &DashboardSession::analysisChanged, &trim, qOverload<>(&QTimer::start));
#endif
    if (!cl.theme.isEmpty() && cl.wall)
        window.setWallTheme(Theme::byName(cl.theme));
    else if (!cl.theme.isEmpty())
        window.setTheme(Theme::byName(cl.theme));
    const QString sources = cl.sources.isEmpty() ? AppSettings::sourcesFile() : cl.sources;
    if (!sources.isEmpty()) {
        QString error;
        if (!window.startLiveSources(sources, &error))
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Live sources"),
                QCoreApplication::translate("main", "The live sources could not start:\n%1").arg(error));
    }
    std::unique_ptr<FirstFrameExit> firstFrame;
    if (qEnvironmentVariableIntValue("OUTAGEDASH_FIRST_FRAME_EXIT") == 1)
        firstFrame = std::make_unique<FirstFrameExit>(&window);
    if (cl.wall)
        window.setWallMode(true);
    else
        window.show();
    // --compare ID: open on the Compare tab with that incident beside the first one (A), e.g. a
    // corpus outage beside one's own (docs/corpus.md); with --screenshot that is what is saved.
    if (!cl.compare.isEmpty() && !cl.wall) {
        window.views()->showView(DashboardViews::Compare);
        CompareWidget *compare = window.views()->compare();
        if (compare->comboB()->findData(cl.compare) < 0)
            QTextStream(stderr)
                << "outagedash: "
                << QCoreApplication::translate("main", "no incident \"%1\" to compare with").arg(cl.compare)
                << Qt::endl;
        else
            compare->setIncidents(compare->incidentA(), cl.compare);
    }
    if (!cl.screenshot.isEmpty()) {
        QTimer::singleShot(800, &window, [&window, &cl] {
            // On the wall the wall window is what is shown, so that is what is saved.
            QWidget *shown
                = window.isWallMode() && window.wallWindow() ? static_cast<QWidget *>(window.wallWindow()) : &window;
            const bool ok = shown->grab().save(cl.screenshot);
            QTextStream(ok ? stdout : stderr)
                << (ok ? QCoreApplication::translate("main", "Screenshot saved to %1")
                       : QCoreApplication::translate("main", "Could not save the screenshot to %1"))
                       .arg(cl.screenshot)
                << Qt::endl;
            QCoreApplication::exit(ok ? Commands::Ok : Commands::Error);
        });
    }
    return QApplication::exec();
}

// summary, report and export run one analysis and exit. On a large store it allocates tens of
// MB, and the page faults cost more than the figures (#23: a third of the CPU time of `summary`
// on 10 M samples, on a virtual machine). So what it frees is kept for what it allocates next,
// not unmapped and faulted in again (every block past 128 KB was mapped of its own), and the
// heap it grows into asks for transparent huge pages. MALLOC_MMAP_THRESHOLD_ and
// MALLOC_TRIM_THRESHOLD_ still rule.
void prepareHeapForOneAnalysis()
{
#ifdef __GLIBC__
    if (qEnvironmentVariableIsEmpty("MALLOC_MMAP_THRESHOLD_"))
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // the most glibc takes
    if (qEnvironmentVariableIsEmpty("MALLOC_TRIM_THRESHOLD_"))
        mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // The heap grown by a block below that threshold and freed again (untouched: no memory is
    // used until the analysis writes it): from its first huge page to the end of the heap.
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    void *block = malloc(30 * 1024 * 1024);
    const std::uintptr_t from = (reinterpret_cast<std::uintptr_t>(block) + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t to = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHuge - 1);
    if (block && to > from) // not when the block was mapped apart from the heap
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
    free(block);
#endif
#endif
}
} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Each reload of the timeline starts a new chart reader thread (ImpactSeriesProvider's
    // RollupReadThread), and glibc may give each new thread a malloc arena of its own that keeps
    // what it freed: under live feeds the resident size climbed 15-20 % in some 25 s soak runs.
    // Two arenas (the GUI thread's and the readers') keep it flat; MALLOC_ARENA_MAX still rules.
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 2);
#endif
    // Verbs that draw (report) must work with no display: fall back to the offscreen platform.
    const bool widgets = CommandLine::needsWidgets(argc, argv);
    if (widgets && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(widgets ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("outagedash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTAGEDASH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("outagedash"));
    installTranslators(*app, CommandLine::languageArgument(argc, argv));

    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    switch (cl.outcome) {
    case CommandLine::Outcome::Help:
        QTextStream(stdout) << CommandLine::helpText();
        return Commands::Ok;
    case CommandLine::Outcome::Version:
        QTextStream(stdout) << Commands::versionText();
        return Commands::Ok;
    case CommandLine::Outcome::UsageError:
        QTextStream(stderr) << "outagedash: " << cl.error << "\n"
                            << QCoreApplication::translate("main", "Try 'outagedash --help'.") << Qt::endl;
        return Commands::Usage;
    case CommandLine::Outcome::Run:
        break;
    }
    if (cl.verb == CommandLine::Verb::Summary || cl.verb == CommandLine::Verb::Report
        || cl.verb == CommandLine::Verb::Export)
        prepareHeapForOneAnalysis();
    if (cl.verb != CommandLine::Verb::Gui)
        StoreUpgrade::reportOnTerminal();
    switch (cl.verb) {
    case CommandLine::Verb::Import:
        return Commands::runImport(cl);
    case CommandLine::Verb::Summary:
        return Commands::runSummary(cl);
    case CommandLine::Verb::Demo:
        return Commands::runDemo(cl);
    case CommandLine::Verb::Generate:
        return Commands::runGenerate(cl);
    case CommandLine::Verb::Report:
        return Commands::runReport(cl);
    case CommandLine::Verb::Serve:
        return Commands::runServe(cl);
    case CommandLine::Verb::Export:
        return Commands::runExport(cl);
    case CommandLine::Verb::Migrate:
        return Commands::runMigrate(cl);
    case CommandLine::Verb::Services:
        return Commands::runServices(cl);
    case CommandLine::Verb::Incidents:
        return Commands::runIncidents(cl);
    case CommandLine::Verb::Corpus:
        return Commands::runCorpus(cl);
    case CommandLine::Verb::Gui:
        break;
    }
    return runGui(cl);
}
