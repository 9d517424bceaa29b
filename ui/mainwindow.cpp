// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationcontroller.h"
#include "charts/recoverychartview.h"
#include "common/appsettings.h"
#include "common/livefeedcontroller.h"
#include "dashboardviews.h"
#include "dialogs/rejectsdialog.h"
#include "dialogs/sourcesdialog.h"
#include "exportactions.h"
#include "importcontroller.h"
#include "incidentactions.h"
#include "incidentheaderwidget.h"
#include "itemmodels/timelinemodel.h"
#include "replaybar.h"
#include "report/reportrenderer.h"
#include "scenariopanel.h"
#include "session/dashboardsession.h"
#include "session/incidentmoments.h"
#include "session/replaycontroller.h"
#include "session/timewindow.h"
#include "statusboardwidget.h"
#include "timecursorwidget.h"
#include "timelineview.h"
#include "wall/wallwindow.h"
#include "windowpanes.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QResizeEvent>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(DashboardSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_import(new ImportController(session->location(), this))
    , m_live(new LiveFeedController(session->location(), this))
    , m_header(new IncidentHeaderWidget(this))
    , m_actions(new IncidentActions(session, this))
    , m_board(new StatusBoardWidget(this))
    , m_cursor(new TimeCursorWidget(this))
    , m_views(new DashboardViews(this))
    , m_replay(new ReplayController(this))
    , m_notes(new AnnotationController(session, this, this))
    , m_timeline(new TimelineView(this))
    , m_incidents(new QComboBox(this))
{
    setWindowTitle(tr("Outage Impact Dashboard"));
    setAcceptDrops(true);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(10, 8, 10, 4);
    topLayout->addWidget(m_header);
    topLayout->addWidget(m_actions->notice());
    topLayout->addWidget(m_board);
    topLayout->addStretch();
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(10, 4, 10, 0);
    auto *cursorRow = new QHBoxLayout;
    m_replayBar = new ReplayBar(m_replay, this);
    cursorRow->addWidget(m_replayBar);
    cursorRow->addWidget(m_cursor, 1);
    middleLayout->addLayout(cursorRow);
    middleLayout->addWidget(m_views, 1);
    m_panes = new WindowPanes(top, middle, m_timeline, this);
    setCentralWidget(m_panes);
    m_views->setSession(session);

    auto *bar = addToolBar(tr("Incident"));
    bar->setObjectName(QStringLiteral("incidentToolBar"));
    bar->setMovable(false);
    auto *label = new QLabel(tr("&Incident: "), this);
    label->setBuddy(m_incidents);
    bar->addWidget(label);
    bar->addWidget(m_incidents);
    m_incidents->setToolTip(tr("The incident whose figures the dashboard shows"));
    m_incidents->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actions->addToToolBar(bar);
    createMenus();
    connect(m_header, &IncidentHeaderWidget::actionLinkActivated, m_actions, &IncidentActions::followLink);

    m_board->setModel(session->statusModel());
    m_timeline->setModel(session->timelineProxy());
    connect(session, &DashboardSession::analysisChanged, this, &MainWindow::refreshAnalysis);
    connect(session, &DashboardSession::cursorMoved, this, &MainWindow::refreshCursor);
    auto *storeProblem = new QLabel(this);
    storeProblem->setObjectName(QStringLiteral("storeProblem"));
    storeProblem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    storeProblem->setWordWrap(true);
    storeProblem->hide();
    statusBar()->addPermanentWidget(storeProblem, 1);
    connect(session, &DashboardSession::storeProblemChanged, storeProblem, [storeProblem](const QString &problem) {
        storeProblem->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
        storeProblem->setToolTip(problem);
        storeProblem->setVisible(!problem.isEmpty());
    });
    connect(m_cursor, &TimeCursorWidget::timeChosen, session, &DashboardSession::setCursor);
    connect(m_timeline, &TimelineView::eventActivated, session, &DashboardSession::setCursor);
    connect(m_views, &DashboardViews::timeClicked, session, &DashboardSession::setCursor);
    connect(m_views->timeWindow(), &TimeWindow::viewChanged, this, &MainWindow::refreshTimeRanges);
    connect(m_replay, &ReplayController::timeChanged, session, &DashboardSession::setCursor);
    connect(m_notes, &AnnotationController::annotationsChanged, session, &DashboardSession::reload);
    connect(m_import, &ImportController::importFinished, session, [session](bool anyChange) {
        if (anyChange)
            session->reload();
    });
    connect(m_live, &LiveFeedController::dataArrived, session, &DashboardSession::scheduleReload);
    connect(m_live, &LiveFeedController::samplesArrived, session, &DashboardSession::appendLive);
    connect(session, &DashboardSession::liveImpact, m_views->recovery(), &RecoveryChartView::appendLive);
    connect(m_incidents, &QComboBox::activated, this, [this] {
        m_actions->setPinned(true); // chosen by hand: live incidents are offered, not switched to
        m_session->selectIncident(m_incidents->currentData().toString());
    });

    QString countingError;
    const CountingMethod method
        = CountingMethod::fromString(AppSettings::countingSpec(CountingMethod().toString()), &countingError);
    if (countingError.isEmpty())
        session->setCountingMethod(method);
    if (!restoreGeometry(AppSettings::windowGeometry()))
        fitToScreen();
    m_panes->restoreSizes();
    setTheme(Theme::byName(AppSettings::themeName()));
    m_ready = true;
    refreshAnalysis();
    refreshCursor();
    if (session->snapshot().demo)
        statusBar()->showMessage(tr("Showing the embedded demo dataset (%1)").arg(session->location()));
    else
        statusBar()->showMessage(session->location());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importFiles);
    import->setShortcut(QKeySequence::Open);
    import->setStatusTip(tr("Import feed files (NDJSON); you can also drop files on the window"));
    QAction *report = file->addAction(tr("&Export report…"), this, [this] { exportReport(); });
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    report->setStatusTip(tr("Write the postmortem report of this incident as a PDF"));
    ExportActions::addTo(file, this, m_session, [this] { return m_theme; });
    QAction *sources = file->addAction(tr("&Sources…"), this, &MainWindow::showSources);
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    sources->setStatusTip(tr("Live feeds: polled URLs, followed files and the webhook listener"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *dark = view->addAction(tr("&Dark theme"));
    dark->setCheckable(true);
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dark, &QAction::toggled, this, [this](bool on) { setTheme(on ? Theme::dark() : Theme::light()); });
    dark->setChecked(AppSettings::themeName() == u"dark");
    m_wallAction = view->addAction(tr("&Wall display"), this, [this](bool on) { setWallMode(on); });
    m_wallAction->setCheckable(true);
    m_wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallAction->setStatusTip(tr("Full screen for a wall display: big tiles, rotating views, no menus; Esc leaves"));
    QAction *find = view->addAction(tr("&Filter timeline"), this, [this] { m_timeline->filterEdit()->setFocus(); });
    find->setShortcut(QKeySequence::Find);

    QAction *rejects = view->addAction(tr("&Rejected records…"), this, &MainWindow::showRejects);
    rejects->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    rejects->setStatusTip(tr("What sources sent that could not be taken, and why"));

    QAction *counting = view->addAction(tr("&Counting method…"), this, &MainWindow::chooseCountingMethod);
    counting->setStatusTip(tr("How degraded, partial and major states count against availability"));
    // Which overlap model gives the central distinct-people figure; the range is always nested..disjoint.
    QMenu *overlap = view->addMenu(tr("Distinct people &overlap"));
    auto *overlapGroup = new QActionGroup(overlap);
    for (const OverlapModel model : {OverlapModel::Independent, OverlapModel::Nested, OverlapModel::Disjoint}) {
        QAction *choice = overlap->addAction(
            OverlapModels::displayName(model), this, [this, model] { m_session->setOverlapModel(model); });
        choice->setCheckable(true);
        choice->setChecked(model == m_session->overlapModel());
        choice->setStatusTip(OverlapModels::describe(model));
        overlapGroup->addAction(choice);
    }

    QAction *scenarios = view->addAction(tr("What-if &scenarios…"), this, [this] {
        m_views->showView(DashboardViews::WhatIf);
        m_views->scenarios()->openScenarios();
    });
    scenarios->setStatusTip(tr("Replay the incident with a different recovery and see the people-hours it would save"));

    QMenu *notes = menuBar()->addMenu(tr("&Notes"));
    QAction *add = notes->addAction(
        tr("&Add note at cursor…"), this, [this] { m_notes->addInteractively(m_session->statusModel()->cursor()); });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *edit = notes->addAction(tr("&Edit selected note…"), this, [this] {
        if (const auto note = selectedNote())
            m_notes->editInteractively(*note);
    });
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *remove = notes->addAction(tr("&Delete selected note…"), this, [this] {
        if (const auto note = selectedNote())
            m_notes->removeInteractively(*note);
    });
    remove->setShortcut(QKeySequence::Delete);
    // Edit and delete apply to a note selected in the timeline; say so when none is.
    connect(notes, &QMenu::aboutToShow, this, [this, edit, remove] {
        const bool has = selectedNote().has_value();
        edit->setEnabled(has);
        remove->setEnabled(has);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Outage Impact Dashboard"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    m_actions->addMenus(menuBar(), file);
}

void MainWindow::setTheme(const Theme &theme)
{
    m_theme = theme;
    theme.apply(*qApp);
    m_header->setTheme(theme);
    m_board->setTheme(theme);
    // Charts are rebuilt for a new theme, but only once the window is assembled: during
    // construction the first refreshAnalysis() feeds them.
    if (m_ready) {
        m_views->setData(m_session->analysis(), m_session->snapshot(), theme, m_session->seriesProvider());
        m_views->setCursorTime(m_session->statusModel()->cursor());
    }
    // The wall's dark theme is not the desk's preference: only remember choices made at the desk.
    if (!m_wall)
        AppSettings::setThemeName(theme.kind == Theme::Kind::Dark ? u"dark"_qs : u"light"_qs);
}

void MainWindow::setWallMode(bool on)
{
    if (on == m_wall)
        return;
    m_wall = on;
    QSignalBlocker block(m_wallAction);
    m_wallAction->setChecked(on);
    // The desk's own views stay as they were, except the timeline, which the wall never shows.
    m_timeline->setVisible(!on);
    if (on) {
        if (!m_wallWindow) {
            m_wallWindow = new WallWindow(m_session, this);
            connect(m_wallWindow, &WallWindow::leaveRequested, this, [this] { setWallMode(false); });
        }
        m_wallWindow->setTheme(m_wallTheme);
        m_wallWindow->showOnScreen(-1);
        hide();
    } else {
        if (m_wallWindow)
            m_wallWindow->hide();
        show();
        activateWindow();
    }
}

void MainWindow::setWallTheme(const Theme &theme)
{
    m_wallTheme = theme;
    if (m_wallWindow)
        m_wallWindow->setTheme(theme);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (m_wall && event->key() == Qt::Key_Escape) {
        setWallMode(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::refreshAnalysis()
{
    const IncidentAnalysis &a = m_session->analysis();
    m_header->setAnalysis(a, m_session->snapshot().demo, m_session->isNowView() ? m_session->nowHours() : 0);
    m_header->setServicesWithoutUsers(ServiceCatalogue::withoutUsers(m_session->snapshot().services));
    // The demo is its own database, and the title says so wherever the window is seen.
    setWindowTitle(m_session->isDemo() ? tr("Outage Impact Dashboard — Demo") : tr("Outage Impact Dashboard"));
    m_views->setData(a, m_session->snapshot(), m_theme, m_session->seriesProvider());
    const QList<TimeMs> milestones = IncidentMoments::of(a, m_session->snapshot());
    {
        // A new range must not move the cursor the session chose (the worst moment).
        QSignalBlocker block(m_replay);
        m_replay->setRange(a.windowStart(), a.windowEnd());
        m_replay->setMilestones(milestones);
    }
    m_replayBar->setTimeZone(a.timeZone());
    QList<QPair<QString, QString>> keysAndNames;
    for (const Service &s : a.services())
        keysAndNames.append({s.key, s.name});
    m_notes->setIncident(m_session->incidentId(), keysAndNames, a.timeZone());
    m_cursor->setRange(a.windowStart(), a.windowEnd(), a.timeZone());
    QList<QPair<QString, QString>> services;
    for (const Service &s : a.services())
        services.append({s.key, s.name});
    m_timeline->setServices(services);
    QSet<QString> sourceSet;
    for (const StateChange &x : m_session->snapshot().states)
        sourceSet.insert(x.source);
    for (const IncidentUpdate &x : m_session->snapshot().updates)
        sourceSet.insert(x.source);
    QStringList sources(sourceSet.cbegin(), sourceSet.cend());
    sources.removeAll(QString());
    sources.sort();
    m_timeline->setSources(sources);
    refreshTimeRanges();
    QSignalBlocker block(m_incidents);
    m_actions->fillPicker(m_incidents);
}

void MainWindow::refreshTimeRanges()
{
    const IncidentAnalysis &a = m_session->analysis();
    const TimeMs origin = a.origin();
    QList<QPair<QString, QPair<TimeMs, TimeMs>>> ranges {
        {tr("Visible chart range"), {m_views->timeWindow()->viewFrom(), m_views->timeWindow()->viewTo()}},
        {tr("First 24 hours"), {origin, origin + 24 * 3600 * 1000LL}}};
    if (a.incident() && a.incident()->resolved)
        ranges.append({tr("Before the all-clear"), {a.windowStart(), *a.incident()->resolved}});
    m_timeline->setTimeRanges(ranges);
}

void MainWindow::refreshCursor()
{
    const TimeMs t = m_session->statusModel()->cursor();
    m_header->setCursor(t, m_session->statusModel()->totalAffected());
    m_views->setCursorTime(t);
    // The session ignores a cursor it already has, so this cannot loop back.
    m_replay->setTime(t);
    QSignalBlocker block(m_cursor);
    m_cursor->setTime(t);
}

void MainWindow::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import feed files"), QString(), tr("Feed files (*.ndjson *.jsonl *.json);;All files (*)"));
    m_import->importFiles(paths);
}

bool MainWindow::exportReport(const QString &path)
{
    QString out = path;
    if (out.isEmpty()) {
        const QString suggested
            = (m_session->incidentId().isEmpty() ? u"timeline"_qs : m_session->incidentId()) + u"-postmortem.pdf";
        out = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, tr("PDF files (*.pdf)"));
        if (out.isEmpty())
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportOptions options = ExportActions::reportOptions(*m_session);
    QString error;
    const bool ok = ReportRenderer(m_session->snapshot(), m_session->analysis(), options).writePdf(out, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        statusBar()->showMessage(tr("Report written to %1").arg(out), 8000);
    else if (path.isEmpty())
        QMessageBox::critical(this, tr("Export report"), tr("The report could not be written: %1").arg(error));
    return ok;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Outage Impact Dashboard"),
        tr("<h3>Outage Impact Dashboard %1</h3>"
           "<p>Shows how many people each service is failing, through its dependencies, "
           "over the whole recovery.</p><p>Qt %2 · %3</p><p>Database: %4</p>")
            .arg(QStringLiteral(OUTAGEDASH_VERSION), QString::fromLatin1(qVersion()), m_session->engineVersion(),
                m_session->location().toHtmlEscaped()));
}

RecoveryChartView *MainWindow::chartView() const
{
    return m_views->recovery();
}

std::optional<Annotation> MainWindow::selectedNote() const
{
    const QModelIndex current = m_timeline->table()->currentIndex();
    const qint64 id = current.data(TimelineModel::AnnotationIdRole).toLongLong();
    for (const Annotation &a : m_session->snapshot().annotations)
        if (id != 0 && a.id == id)
            return a;
    return std::nullopt;
}

void MainWindow::chooseCountingMethod()
{
    bool ok = false;
    QString spec = m_session->countingMethod().toString();
    while (true) {
        spec = QInputDialog::getText(this, tr("Counting method"),
            tr("Availability each reported state counts as (0 = everyone affected, "
               "1 = nobody); unknown=last keeps the last known value:"),
            QLineEdit::Normal, spec, &ok);
        if (!ok)
            return;
        QString error;
        const CountingMethod method = CountingMethod::fromString(spec, &error);
        if (error.isEmpty()) {
            m_session->setCountingMethod(method);
            AppSettings::setCountingSpec(method.toString());
            return;
        }
        QMessageBox::warning(this, tr("Counting method"), error);
    }
}

bool MainWindow::startLiveSources(const QString &path, QString *error)
{
    if (!m_live->start(path, error))
        return false;
    statusBar()->showMessage(tr("Live sources from %1").arg(path), 8000);
    return true;
}

void MainWindow::showSources()
{
    SourcesDialog dialog(m_live, this);
    dialog.setStatus(m_session->snapshot());
    dialog.exec();
    m_session->reload();
}

void MainWindow::showRejects()
{
    RejectsDialog dialog(this);
    dialog.load(m_session->rejects(1000));
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    m_import->importFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::fitToScreen()
{
    // 1800 × 1200 where there is room; otherwise the screen less a margin for the frame, never
    // below the window's own minimum. Up to a 1080p screen that is the side-by-side arrangement.
    const QRect room = screen()->availableGeometry();
    const QSize size = QSize(1800, 1200).boundedTo(room.size() - QSize(24, 40)).expandedTo(minimumSizeHint());
    resize(size);
    move(room.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A window under 1050 px (a laptop, or a 1080p screen) puts the summary beside the charts
    // and drops the tiles' detail lines (kept in their tooltips): stacked, summary, charts and
    // five timeline rows need about 930 px, and beside them the tiles need three short rows.
    const bool compact = event->size().height() < compactBelowHeight;
    m_board->setCompact(compact);
    m_header->setCompact(compact);
    m_panes->setSideBySide(compact, m_board->widthFor(2) + 20);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    m_panes->saveSizes();
    QMainWindow::closeEvent(event);
}
