// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationcontroller.h"
#include "charts/recoverychartview.h"
#include "common/appsettings.h"
#include "common/livefeedcontroller.h"
#include "dashboardviews.h"
#include "focusring.h"
#include "importcontroller.h"
#include "incidentactions.h"
#include "incidentheaderwidget.h"
#include "replaybar.h"
#include "session/dashboardsession.h"
#include "session/incidentmoments.h"
#include "session/replaycontroller.h"
#include "session/timewindow.h"
#include "statusboardwidget.h"
#include "timecursorwidget.h"
#include "timelineview.h"
#include "wall/wallwindow.h"
#include "windowactions.h"
#include "windowpanes.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QResizeEvent>
#include <QScreen>
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
    , m_menus(new WindowActions(session, this))
{
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
    new FocusRing(m_views->recovery()); // the chart view draws no focus of its own

    m_toolBar = addToolBar(tr("Incident"));
    m_toolBar->setObjectName(QStringLiteral("incidentToolBar"));
    m_toolBar->setMovable(false);
    auto *label = new QLabel(tr("&Incident: "), this);
    label->setBuddy(m_incidents);
    m_toolBar->addWidget(label);
    m_toolBar->addWidget(m_incidents);
    m_incidents->setToolTip(tr("The incident whose figures the dashboard shows"));
    m_incidents->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actions->addToToolBar(m_toolBar);
    m_actions->addMenus(menuBar(), m_menus->addMenus(menuBar()));
    connect(m_menus, &WindowActions::darkThemeChosen, this,
        [this](bool dark) { setTheme(dark ? Theme::dark() : Theme::light()); });
    connect(m_menus, &WindowActions::wallModeChosen, this, &MainWindow::setWallMode);
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
    statusBar()->addPermanentWidget(m_menus->countingIndicator());
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

    m_menus->restoreDatabaseChoices();
    if (!restoreGeometry(AppSettings::windowGeometry()))
        fitToScreen();
    m_panes->restoreSizes();
    setTheme(Theme::byName(AppSettings::themeName(session->location())));
    orderTabStops();
    m_ready = true;
    refreshAnalysis();
    refreshCursor();
    if (session->snapshot().demo)
        statusBar()->showMessage(tr("Showing the embedded demo dataset (%1)").arg(session->location()));
    else
        statusBar()->showMessage(session->location());
}

MainWindow::~MainWindow() = default;

void MainWindow::setTheme(const Theme &theme)
{
    m_theme = theme;
    theme.apply(*qApp);
    {
        QSignalBlocker block(m_menus->darkAction());
        m_menus->darkAction()->setChecked(theme.kind == Theme::Kind::Dark);
    }
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
        AppSettings::setThemeName(m_session->location(), theme.kind == Theme::Kind::Dark ? u"dark"_qs : u"light"_qs);
}

void MainWindow::setWallMode(bool on)
{
    if (on == m_wall)
        return;
    m_wall = on;
    QSignalBlocker block(m_menus->wallAction());
    m_menus->wallAction()->setChecked(on);
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
    setWindowTitle(titleFor());
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
    m_timeline->setAnalysis(a, m_session->snapshot());
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

RecoveryChartView *MainWindow::chartView() const
{
    return m_views->recovery();
}

bool MainWindow::startLiveSources(const QString &path, QString *error)
{
    if (!m_live->start(path, error))
        return false;
    statusBar()->showMessage(tr("Live sources from %1").arg(path), 8000);
    return true;
}

QString MainWindow::titleFor() const
{
    const auto &incident = m_session->analysis().incident();
    const QString shown = incident ? (incident->title.isEmpty() ? incident->id : incident->title)
        : m_session->isNowView()   ? tr("Now")
                                   : QString();
    // A file by its name (the path is in the status bar and About); a server by its address.
    const QFileInfo file(m_session->location());
    QString database = m_session->location().contains(u"://") ? m_session->location() : file.fileName();
    if (m_session->isDemo())
        database = tr("Demo (%1)").arg(database);
    // Nothing here is ever unsaved (every change is stored at once): no [*] modified mark.
    QStringList parts {shown, database, tr("Outage Impact Dashboard")};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" — "));
}

void MainWindow::orderTabStops()
{
    // Each part's own stops keep their order (the focus chain's, the order they were made in);
    // the parts follow one another as the eye reads the window, not as they happened to be made.
    QList<QWidget *> chain;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            chain.append(w);
    QList<QWidget *> stops;
    for (QWidget *part : {static_cast<QWidget *>(m_toolBar), static_cast<QWidget *>(m_header), m_actions->notice(),
             static_cast<QWidget *>(m_board), static_cast<QWidget *>(m_replayBar), static_cast<QWidget *>(m_cursor),
             static_cast<QWidget *>(m_views), static_cast<QWidget *>(m_timeline)})
        for (QWidget *w : std::as_const(chain))
            if (w == part || part->isAncestorOf(w))
                stops.append(w);
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
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
