// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "annotationcontroller.h"
#include "common/appsettings.h"
#include "common/livefeedcontroller.h"
#include "dashboardviews.h"
#include "dialogs/rejectsdialog.h"
#include "dialogs/sourcesdialog.h"
#include "exportactions.h"
#include "importcontroller.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow.h"
#include "report/reportrenderer.h"
#include "scenariopanel.h"
#include "session/dashboardsession.h"
#include "timelineview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

// The strings that moved here from MainWindow keep its context, so their translations stay.

namespace {
std::optional<Annotation> selectedNote(const TimelineView *timeline, const DashboardSession &session)
{
    const qint64 id = timeline->table()->currentIndex().data(TimelineModel::AnnotationIdRole).toLongLong();
    for (const Annotation &a : session.snapshot().annotations)
        if (id != 0 && a.id == id)
            return a;
    return std::nullopt;
}
} // namespace

WindowActions::WindowActions(DashboardSession *session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_counting(new QLabel(window))
{
    m_counting->setObjectName(QStringLiteral("countingIndicator"));
}

QMenu *WindowActions::addMenus(QMenuBar *bar)
{
    QMenu *file = bar->addMenu(QCoreApplication::translate("MainWindow", "&File"));
    QAction *import
        = file->addAction(QCoreApplication::translate("MainWindow", "&Import…"), this, &WindowActions::importFiles);
    import->setShortcut(QKeySequence::Open);
    import->setStatusTip(tr("Import feed files (NDJSON, JSON, CSV, XML, Atom, RSS); you can also drop files on the "
                            "window"));
    QAction *report = file->addAction(
        QCoreApplication::translate("MainWindow", "&Export report…"), this, [this] { exportReport(); });
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    report->setStatusTip(
        QCoreApplication::translate("MainWindow", "Write the postmortem report of this incident as a PDF"));
    ExportActions::addTo(file, m_window, m_session, [this] { return m_window->theme(); });
    QAction *sources
        = file->addAction(QCoreApplication::translate("MainWindow", "&Sources…"), this, &WindowActions::showSources);
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    sources->setStatusTip(
        QCoreApplication::translate("MainWindow", "Live feeds: polled URLs, followed files and the webhook listener"));
    file->addSeparator();
    QAction *quit = file->addAction(QCoreApplication::translate("MainWindow", "&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    addViewMenu(bar);
    addNotesMenu(bar);
    QMenu *help = bar->addMenu(QCoreApplication::translate("MainWindow", "&Help"));
    help->addAction(
        QCoreApplication::translate("MainWindow", "&About Outage Impact Dashboard"), this, &WindowActions::showAbout);
    help->addAction(QCoreApplication::translate("MainWindow", "About &Qt"), qApp, &QApplication::aboutQt);
    return file;
}

void WindowActions::addViewMenu(QMenuBar *bar)
{
    QMenu *view = bar->addMenu(QCoreApplication::translate("MainWindow", "&View"));
    m_dark = view->addAction(QCoreApplication::translate("MainWindow", "&Dark theme"));
    m_dark->setCheckable(true);
    m_dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dark->setStatusTip(tr("Dark colours for this database's window (remembered for it)"));
    connect(m_dark, &QAction::toggled, this, &WindowActions::darkThemeChosen);
    m_wall = view->addAction(
        QCoreApplication::translate("MainWindow", "&Wall display"), this, &WindowActions::wallModeChosen);
    m_wall->setCheckable(true);
    m_wall->setShortcut(QKeySequence(Qt::Key_F11));
    m_wall->setStatusTip(QCoreApplication::translate(
        "MainWindow", "Full screen for a wall display: big tiles, rotating views, no menus; Esc leaves"));
    TimelineView *timeline = m_window->timelineView();
    QAction *find = view->addAction(QCoreApplication::translate("MainWindow", "&Filter timeline"), timeline,
        [timeline] { timeline->filterEdit()->setFocus(); });
    find->setShortcut(QKeySequence::Find);
    view->addAction(timeline->allEventsAction());
    connect(timeline->allEventsAction(), &QAction::toggled, this,
        [this](bool on) { AppSettings::setAllEvents(m_session->location(), on); });

    QAction *rejects = view->addAction(
        QCoreApplication::translate("MainWindow", "&Rejected records…"), this, &WindowActions::showRejects);
    rejects->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    rejects->setStatusTip(
        QCoreApplication::translate("MainWindow", "What sources sent that could not be taken, and why"));

    QAction *counting = view->addAction(
        QCoreApplication::translate("MainWindow", "&Counting method…"), this, &WindowActions::chooseCountingMethod);
    counting->setStatusTip(tr("How degraded, partial and major states count against availability in this database"));
    // Which overlap model gives the central distinct-people figure; the range is always nested..disjoint.
    QMenu *overlap = view->addMenu(QCoreApplication::translate("MainWindow", "Distinct people &overlap"));
    auto *overlapGroup = new QActionGroup(overlap);
    for (const OverlapModel model : {OverlapModel::Independent, OverlapModel::Nested, OverlapModel::Disjoint}) {
        QAction *choice = overlap->addAction(
            OverlapModels::displayName(model), this, [this, model] { m_session->setOverlapModel(model); });
        choice->setCheckable(true);
        choice->setChecked(model == m_session->overlapModel());
        choice->setStatusTip(OverlapModels::describe(model));
        overlapGroup->addAction(choice);
    }

    QAction *scenarios
        = view->addAction(QCoreApplication::translate("MainWindow", "What-if &scenarios…"), this, [this] {
              m_window->views()->showView(DashboardViews::WhatIf);
              m_window->views()->scenarios()->openScenarios();
          });
    scenarios->setStatusTip(QCoreApplication::translate(
        "MainWindow", "Replay the incident with a different recovery and see the people-hours it would save"));
}

void WindowActions::addNotesMenu(QMenuBar *bar)
{
    QMenu *notes = bar->addMenu(QCoreApplication::translate("MainWindow", "&Notes"));
    AnnotationController *controller = m_window->notes();
    QAction *add = notes->addAction(QCoreApplication::translate("MainWindow", "&Add note at cursor…"), this,
        [this, controller] { controller->addInteractively(m_session->statusModel()->cursor()); });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *edit
        = notes->addAction(QCoreApplication::translate("MainWindow", "&Edit selected note…"), this, [this, controller] {
              if (const auto note = selectedNote(m_window->timelineView(), *m_session))
                  controller->editInteractively(*note);
          });
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *remove = notes->addAction(
        QCoreApplication::translate("MainWindow", "&Delete selected note…"), this, [this, controller] {
            if (const auto note = selectedNote(m_window->timelineView(), *m_session))
                controller->removeInteractively(*note);
        });
    remove->setShortcut(QKeySequence::Delete);
    notes->addSeparator();
    // Selecting an event moves the cursor to it: from the timeline's menu this marks that event's time.
    QAction *regulator
        = notes->addAction(QCoreApplication::translate("MainWindow", "Mark &regulator notified at cursor…"), this,
            [this, controller] { controller->markRegulatorNotifiedInteractively(m_session->statusModel()->cursor()); });
    regulator->setObjectName(QStringLiteral("markRegulatorNotified"));
    QTableView *timeline = m_window->timelineView()->table();
    timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(timeline, &QWidget::customContextMenuRequested, this,
        [this, timeline, add, regulator, edit, remove](const QPoint &at) {
            const bool has = selectedNote(m_window->timelineView(), *m_session).has_value();
            edit->setEnabled(has);
            remove->setEnabled(has);
            QMenu menu(timeline);
            menu.addActions({add, regulator, edit, remove});
            menu.exec(timeline->viewport()->mapToGlobal(at));
        });
    // Edit and delete apply to a note selected in the timeline; say so when none is.
    connect(notes, &QMenu::aboutToShow, this, [this, edit, remove] {
        const bool has = selectedNote(m_window->timelineView(), *m_session).has_value();
        edit->setEnabled(has);
        remove->setEnabled(has);
    });
}

void WindowActions::restoreDatabaseChoices()
{
    const QString database = m_session->location();
    // A database without a method of its own counts the standard way, never another one's.
    QString error;
    const QString spec = AppSettings::countingSpec(database);
    const CountingMethod method = spec.isEmpty() ? CountingMethod() : CountingMethod::fromString(spec, &error);
    m_session->setCountingMethod(error.isEmpty() ? method : CountingMethod());
    showCounting();
    m_window->timelineView()->allEventsAction()->setChecked(AppSettings::allEvents(database));
}

void WindowActions::showCounting()
{
    const CountingMethod &method = m_session->countingMethod();
    const bool standard = method == CountingMethod();
    m_counting->setText(standard ? tr("Counting: standard") : tr("Counting: custom (%1)").arg(method.toString()));
    m_counting->setToolTip(tr("How reported states count in %1, a setting of this database alone: %2 "
                              "View ▸ Counting method… changes it.")
                               .arg(QFileInfo(m_session->location()).fileName(), method.describe()));
}

void WindowActions::chooseCountingMethod()
{
    bool ok = false;
    QString spec = m_session->countingMethod().toString();
    while (true) {
        spec = QInputDialog::getText(m_window, QCoreApplication::translate("MainWindow", "Counting method"),
            tr("Availability each reported state counts as in this database (0 = everyone affected, "
               "1 = nobody); unknown=last keeps the last known value:"),
            QLineEdit::Normal, spec, &ok);
        if (!ok)
            return;
        QString error;
        const CountingMethod method = CountingMethod::fromString(spec, &error);
        if (error.isEmpty()) {
            m_session->setCountingMethod(method);
            AppSettings::setCountingSpec(m_session->location(), method.toString());
            showCounting();
            return;
        }
        QMessageBox::warning(m_window, QCoreApplication::translate("MainWindow", "Counting method"), error);
    }
}

void WindowActions::importFiles()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(m_window, QCoreApplication::translate("MainWindow", "Import feed files"),
            QString(), ImportController::nameFilters().join(QStringLiteral(";;")));
    m_window->importController()->importFiles(paths);
}

bool WindowActions::exportReport(const QString &path)
{
    QString out = path;
    if (out.isEmpty()) {
        const QString suggested
            = (m_session->incidentId().isEmpty() ? u"timeline"_qs : m_session->incidentId()) + u"-postmortem.pdf";
        out = QFileDialog::getSaveFileName(m_window, QCoreApplication::translate("MainWindow", "Export report"),
            suggested, QCoreApplication::translate("MainWindow", "PDF files (*.pdf)"));
        if (out.isEmpty())
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportOptions options = ExportActions::reportOptions(*m_session);
    QString error;
    const bool ok = ReportRenderer(m_session->snapshot(), m_session->analysis(), options).writePdf(out, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        m_window->statusBar()->showMessage(
            QCoreApplication::translate("MainWindow", "Report written to %1").arg(out), 8000);
    else if (path.isEmpty())
        QMessageBox::critical(m_window, QCoreApplication::translate("MainWindow", "Export report"),
            QCoreApplication::translate("MainWindow", "The report could not be written: %1").arg(error));
    return ok;
}

void WindowActions::showAbout()
{
    QMessageBox::about(m_window, QCoreApplication::translate("MainWindow", "About Outage Impact Dashboard"),
        QCoreApplication::translate("MainWindow",
            "<h3>Outage Impact Dashboard %1</h3>"
            "<p>Shows how many people each service is failing, through its dependencies, "
            "over the whole recovery.</p><p>Qt %2 · %3</p><p>Database: %4</p>")
            .arg(QStringLiteral(OUTAGEDASH_VERSION), QString::fromLatin1(qVersion()), m_session->engineVersion(),
                m_session->location().toHtmlEscaped()));
}

void WindowActions::showSources()
{
    SourcesDialog dialog(m_window->liveFeeds(), m_window);
    dialog.setStatus(m_session->snapshot());
    dialog.exec();
    m_session->reload();
}

void WindowActions::showRejects()
{
    RejectsDialog dialog(m_window);
    // The window's clock, named: the rejects' times read like every other time on screen.
    dialog.setTimeZone(m_session->analysis().timeZone());
    dialog.load(m_session->rejects(1000));
    dialog.exec();
}
