// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentactions.h"

#include "charts/recoverychartview.h"
#include "common/appsettings.h"
#include "dashboardviews.h"
#include "dialogs/newincidentdialog.h"
#include "dialogs/serviceeditordialog.h"
#include "domain/incidentwords.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "session/timewindow.h"
#include "windowactions.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

IncidentActions::IncidentActions(DashboardSession *session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_notice(new QFrame(window))
    , m_noticeText(new QLabel(m_notice))
    , m_follow(new QPushButton(tr("&Follow it"), m_notice))
{
    m_notice->setObjectName(QStringLiteral("liveIncidentNotice"));
    static_cast<QFrame *>(m_notice)->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    m_noticeText->setWordWrap(true);
    m_follow->setToolTip(tr("Show the live incident's figures"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    auto *layout = new QHBoxLayout(m_notice);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_noticeText, 1);
    layout->addWidget(m_follow);
    layout->addWidget(dismiss);
    m_notice->hide();
    connect(m_follow, &QPushButton::clicked, this, &IncidentActions::followLive);
    connect(dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);
    connect(session, &DashboardSession::liveIncidentOpened, this, &IncidentActions::incidentOpened);
    connect(session, &DashboardSession::liveIncidentResolved, this, &IncidentActions::incidentResolved);
    session->setNowHours(AppSettings::nowHours());
}

void IncidentActions::addMenus(QMenuBar *bar, QMenu *file)
{
    QAction *demo = new QAction(tr("Open &demo"), this);
    demo->setStatusTip(tr("Open the Kakao 2022 demo in a window and a database of its own"));
    connect(demo, &QAction::triggered, this, &IncidentActions::openDemo);
    // Before Quit, after the file actions.
    const QList<QAction *> actions = file->actions();
    file->insertAction(actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr, demo);

    QMenu *services = new QMenu(tr("S&ervices"), bar);
    QAction *edit = services->addAction(tr("&Edit…"), this, [this] { showServiceEditor(); });
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    edit->setStatusTip(tr("Services, their users, groups and colours, and what depends on what"));
    edit->setToolTip(edit->statusTip());
    QMenu *incidents = new QMenu(tr("In&cidents"), bar);
    QAction *create = incidents->addAction(tr("&New from selection…"), this, [this] { showNewIncident(); });
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    create->setStatusTip(tr("Make an incident of the range dragged on the recovery chart with Shift held, "
                            "or of the visible range"));
    create->setToolTip(create->statusTip());
    QAction *now = incidents->addAction(tr("&Now"), this, [this] {
        m_pinned = false;
        m_session->selectNow();
    });
    now->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    now->setStatusTip(tr("Every service's current state and impact over the last hours"));
    // Before Help, which stays last.
    QAction *help = bar->actions().isEmpty() ? nullptr : bar->actions().constLast();
    bar->insertMenu(help, services);
    bar->insertMenu(help, incidents);
}

void IncidentActions::addToToolBar(QToolBar *bar)
{
    m_now = bar->addAction(tr("Now"), this, [this] {
        m_pinned = false;
        m_session->selectNow();
    });
    m_now->setCheckable(true);
    m_now->setToolTip(tr("Every service's current state and impact over the last hours, instead of an incident"));
    m_hours = new QSpinBox(bar);
    m_hours->setObjectName(QStringLiteral("nowHours"));
    m_hours->setRange(1, 24 * 90);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(m_session->nowHours());
    m_hours->setToolTip(tr("How many hours the Now view spans"));
    bar->addWidget(m_hours);
    connect(m_hours, &QSpinBox::valueChanged, this, [this](int hours) {
        m_session->setNowHours(hours);
        AppSettings::setNowHours(hours);
    });
    const auto sync = [this] {
        m_now->setChecked(m_session->isNowView());
        m_now->setEnabled(!m_session->snapshot().services.isEmpty());
    };
    connect(m_session, &DashboardSession::analysisChanged, this, sync);
    sync();
}

QString IncidentActions::pickerText(const Incident &incident, const QTimeZone &zone)
{
    const auto day = [&](TimeMs t) { return Timestamps::format(t, zone, QStringLiteral("yyyy-MM-dd HH:mm")); };
    // The zone once, after the last time: both are on the incident's clock.
    const auto dayWithZone
        = [&](TimeMs t) { return Timestamps::formatWithZone(t, zone, QStringLiteral("yyyy-MM-dd HH:mm")); };
    const QString dates = !incident.began ? tr("no start time")
        : incident.resolved               ? tr("%1 – %2").arg(day(*incident.began), dayWithZone(*incident.resolved))
                                          : tr("since %1").arg(dayWithZone(*incident.began));
    const QString severity
        = incident.severity.isEmpty() ? tr("no severity") : IncidentWords::severityName(incident.severity);
    return tr("%1 · %2 · %3 · %4")
        .arg(incident.title, severity, dates, incident.resolved ? tr("Resolved") : tr("Open"));
}

void IncidentActions::fillPicker(QComboBox *picker) const
{
    picker->clear();
    for (const Incident &i : m_session->snapshot().incidents) {
        picker->addItem(pickerText(i, Timestamps::zoneOrUtc(i.timeZone)), i.id);
        picker->setItemData(picker->count() - 1, picker->itemText(picker->count() - 1), Qt::ToolTipRole);
    }
    // In Now no incident is current: the picker says so rather than naming one it does not show.
    picker->setCurrentIndex(m_session->isNowView() ? -1 : qMax(0, picker->findData(m_session->incidentId())));
    picker->setPlaceholderText(tr("Now"));
    picker->setEnabled(picker->count() > 1 || (picker->count() == 1 && m_session->isNowView()));
}

void IncidentActions::followLink(const QString &action)
{
    if (action == u"import")
        m_window->windowActions()->importFiles();
    else if (action == u"sources")
        m_window->windowActions()->showSources();
    else if (action == u"services")
        showServiceEditor();
    else if (action == u"demo")
        openDemo();
}

ServiceEditorDialog *IncidentActions::showServiceEditor()
{
    if (!m_editor) {
        m_editor = new ServiceEditorDialog(m_session, m_window);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_editor, &ServiceEditorDialog::catalogueSaved, m_window,
            [this] { m_window->statusBar()->showMessage(tr("Services saved"), 5000); });
    }
    m_editor->open();
    return m_editor;
}

NewIncidentDialog *IncidentActions::showNewIncident()
{
    if (m_newIncident)
        return m_newIncident;
    const auto selection = m_window->chartView()->selection();
    const TimeWindow *w = m_window->views()->timeWindow();
    const TimeMs from = selection ? selection->first : w->viewFrom();
    const TimeMs to = selection ? selection->second : w->viewTo();
    m_newIncident = new NewIncidentDialog(from, to, m_session->analysis().timeZone(), m_window);
    m_newIncident->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newIncident, &QDialog::accepted, this, [this, dialog = m_newIncident] {
        if (!m_session->addIncident(dialog->incident())) {
            QMessageBox::warning(
                m_window, tr("New incident"), tr("The incident could not be stored: %1").arg(m_session->storeError()));
            return;
        }
        m_pinned = true; // made by hand: it stays on screen
        m_window->statusBar()->showMessage(tr("Incident stored"), 5000);
    });
    m_newIncident->open();
    return m_newIncident;
}

void IncidentActions::openDemo()
{
    // Its own database and its own window: the demo never mixes with the user's timeline.
    QString error;
    const QString path = DashboardSession::demoDatabasePath();
    if (!DashboardSession::prepareDemoDatabase(path, &error)
        || !QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path}))
        QMessageBox::warning(
            m_window, tr("Open demo"), tr("The demo could not be opened: %1").arg(error.isEmpty() ? path : error));
}

void IncidentActions::incidentOpened(const QString &id, const QString &title)
{
    m_live = id;
    // The wall shows what is happening, always; the desk moves too unless someone chose what to look at.
    if (m_window->isWallMode() || !m_pinned) {
        m_following = true;
        m_session->selectIncident(id);
        showNotice(tr("Live incident opened: %1. The dashboard follows it, and goes back to Now when it is resolved.")
                       .arg(title),
            false);
    } else {
        showNotice(tr("Live incident opened: %1").arg(title), true);
    }
}

void IncidentActions::incidentResolved(const QString &id)
{
    if (id != m_live)
        return;
    m_notice->hide();
    if (m_following && m_session->incidentId() == id && (m_window->isWallMode() || !m_pinned))
        m_session->selectNow();
    m_following = false;
    m_live.clear();
}

void IncidentActions::followLive()
{
    if (m_live.isEmpty())
        return;
    m_pinned = false;
    m_following = true;
    m_session->selectIncident(m_live);
    m_notice->hide();
}

void IncidentActions::showNotice(const QString &text, bool offerFollow)
{
    m_noticeText->setText(tr("⚠ %1").arg(text));
    m_follow->setVisible(offerFollow);
    m_notice->show();
}

QString IncidentActions::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}
