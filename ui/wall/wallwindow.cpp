// SPDX-License-Identifier: GPL-3.0-or-later
#include "wall/wallwindow.h"

#include "charts/dependencyview.h"
#include "charts/recoverychartview.h"
#include "charts/statetimelinechart.h"
#include "common/appsettings.h"
#include "common/timeaxisticks.h"
#include "domain/timestamps.h"
#include "impact/figurerange.h"
#include "itemmodels/servicestatusmodel.h"
#include "session/dashboardsession.h"
#include "wall/walltile.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

// The quiet line under the views: how far the rotation is to the next one.
class WallProgress final : public QWidget {
public:
    using QWidget::QWidget;
    qreal fraction = 0;
    QColor fill, track;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), track);
        p.fillRect(QRectF(0, 0, width() * qBound(0.0, fraction, 1.0), height()), fill);
    }
};

namespace {
const char *const kViewKeys[] = {"overview", "recovery", "timeline", "dependencies"};

} // namespace

WallWindow::WallWindow(DashboardSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_header(new WallFitPanel(this))
    , m_headline(m_header->addLabel({0.02, 0.04, 0.62, 0.54}, Qt::AlignLeft | Qt::AlignVCenter, true))
    , m_elapsed(m_header->addLabel({0.02, 0.60, 0.62, 0.36}, Qt::AlignLeft | Qt::AlignVCenter))
    , m_clock(m_header->addLabel({0.66, 0.04, 0.32, 0.54}, Qt::AlignRight | Qt::AlignVCenter, true, true))
    , m_zone(m_header->addLabel({0.66, 0.60, 0.32, 0.36}, Qt::AlignRight | Qt::AlignVCenter, false, true))
    , m_titleBar(new WallFitPanel(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new QWidget(this))
    , m_recovery(new RecoveryChartView(this))
    , m_timeline(new StateTimelineChart(this))
    , m_dependencies(new DependencyView(this))
    , m_progress(new WallProgress(this))
{
    m_viewTitle = m_titleBar->addLabel({0.02, 0.0, 0.40, 1.0}, Qt::AlignLeft | Qt::AlignVCenter, true);
    m_incident = m_titleBar->addLabel({0.44, 0.0, 0.54, 1.0}, Qt::AlignRight | Qt::AlignVCenter, false, true);
    m_header->setLead(m_headline);
    setObjectName(QStringLiteral("wallWindow"));
    setAutoFillBackground(true);
    m_stack->addWidget(m_overview);
    m_overview->installEventFilter(this); // the tiles follow the overview's size
    m_header->installEventFilter(this); // and stay below the headline, refitted with the header
    m_stack->addWidget(m_recovery);
    m_stack->addWidget(m_timeline);
    m_stack->addWidget(m_dependencies);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_titleBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_progress);

    m_rotateSeconds = AppSettings::wallRotateSeconds();
    setViews(AppSettings::wallViews(viewKeys()));
    m_rotate.setInterval(std::chrono::seconds(qMax(1, m_rotateSeconds)));
    connect(&m_rotate, &QTimer::timeout, this, &WallWindow::nextView);
    m_clockTimer.setInterval(250);
    connect(&m_clockTimer, &QTimer::timeout, this, &WallWindow::tick);
    m_clockTimer.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(3000);
    connect(&m_idle, &QTimer::timeout, this, [this] { setCursorHidden(true); });

    connect(session, &DashboardSession::analysisChanged, this, &WallWindow::refreshAnalysis);
    connect(session, &DashboardSession::liveImpact, m_recovery, &RecoveryChartView::appendLive);
    connect(session, &DashboardSession::storeProblemChanged, this, &WallWindow::refreshAnalysis);
    connect(session, &DashboardSession::storeProblemChanged, this, &WallWindow::refreshValues);
    connect(session, &DashboardSession::cursorMoved, this, [this](TimeMs t) {
        m_recovery->setCursorTime(t);
        m_timeline->setCursorTime(t);
        m_dependencies->setCursorTime(t);
        refreshValues();
    });
    connect(session, &DashboardSession::analysisChanged, this, &WallWindow::showOutcomeOfFinishedIncident,
        Qt::QueuedConnection);
    // The model's clock marks sources stale every second: values only, in place.
    connect(session->statusModel(), &QAbstractItemModel::dataChanged, this, &WallWindow::refreshValues);
    connect(session->statusModel(), &QAbstractItemModel::modelReset, this, &WallWindow::refreshValues);
    setTheme(m_theme);
    retranslate();
    refreshAnalysis();
    tick();
    if (m_rotateSeconds > 0)
        m_rotate.start();
    m_sinceRotate.start();
}

WallWindow::~WallWindow()
{
    setCursorHidden(false);
}

QStringList WallWindow::viewKeys()
{
    QStringList keys;
    for (const char *k : kViewKeys)
        keys.append(QString::fromLatin1(k));
    return keys;
}

void WallWindow::setTheme(const Theme &theme)
{
    m_theme = theme;
    setPalette(theme.palette());
    m_header->setTextColour(theme.text);
    m_titleBar->setTextColour(theme.mutedText);
    QPalette mp = m_elapsed->palette();
    mp.setColor(QPalette::WindowText, theme.mutedText);
    m_zone->setPalette(mp);
    m_elapsed->setPalette(mp);
    m_progress->fill = theme.accent;
    m_progress->track = theme.window;
    m_progress->update();
    m_recovery->setAnalysis(m_session->analysis(), theme, m_session->seriesProvider());
    m_timeline->setData(m_session->analysis(), m_session->snapshot(), theme);
    m_dependencies->setData(m_session->analysis(), m_session->snapshot(), theme);
    refreshValues();
    update();
}

void WallWindow::setRotateSeconds(int seconds)
{
    m_rotateSeconds = qMax(0, seconds);
    AppSettings::setWallRotateSeconds(m_rotateSeconds);
    m_rotate.stop();
    if (m_rotateSeconds > 0) {
        m_rotate.setInterval(std::chrono::seconds(m_rotateSeconds));
        m_rotate.start();
    }
    m_sinceRotate.restart();
    m_progress->setVisible(m_rotateSeconds > 0 && m_views.size() > 1);
}

void WallWindow::setViews(const QStringList &keys)
{
    m_views.clear();
    for (int i = 0; i < ViewCount; ++i)
        if (keys.contains(QString::fromLatin1(kViewKeys[i])))
            m_views.append(View(i));
    if (m_views.isEmpty())
        m_views = {Overview, Recovery, StateTimeline, Dependencies};
    QStringList stored;
    for (View v : std::as_const(m_views))
        stored.append(QString::fromLatin1(kViewKeys[v]));
    AppSettings::setWallViews(stored);
    showView(m_views.first());
    m_progress->setVisible(m_rotateSeconds > 0 && m_views.size() > 1);
}

WallWindow::View WallWindow::currentView() const
{
    return View(m_stack->currentIndex());
}

void WallWindow::showView(View view)
{
    m_stack->setCurrentIndex(int(view));
    m_sinceRotate.restart();
    retranslate();
}

void WallWindow::nextView()
{
    const qsizetype i = m_views.indexOf(currentView());
    showView(m_views.at((i + 1) % m_views.size()));
}

void WallWindow::showOnScreen(int screen)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screen < 0)
        screen = AppSettings::wallScreen();
    QScreen *target = QGuiApplication::primaryScreen();
    if (screen >= 0 && screen < screens.size()) {
        AppSettings::setWallScreen(screen);
        target = screens.at(screen);
    }
    // The geometry too: without a window manager full screen alone does not resize.
    if (target) {
        setScreen(target);
        setGeometry(target->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

void WallWindow::refreshAnalysis()
{
    const IncidentAnalysis &a = m_session->analysis();
    const TimeMs cursor = m_session->statusModel()->cursor();
    m_recovery->setAnalysis(a, m_theme, m_session->seriesProvider());
    m_recovery->setCursorTime(cursor);
    m_timeline->setData(a, m_session->snapshot(), m_theme);
    m_timeline->setCursorTime(cursor);
    m_dependencies->setData(a, m_session->snapshot(), m_theme);
    m_dependencies->setCursorTime(cursor);
    retranslate(); // the view titles name what is counted, which the new analysis may change
    const QString title = a.incident() ? a.incident()->title
        : m_session->isNowView()       ? tr("Now · last %1 h").arg(m_session->nowHours())
                                       : tr("All recorded data");
    // Demo data never passes for live data on a wall.
    // Nor do figures the timeline can no longer confirm: like a STALE tile, said in words.
    WallFitPanel::setLabelText(m_incident,
        !m_session->storeProblem().isEmpty() ? tr("NOT CURRENT: timeline unreachable · %1").arg(title)
            : m_session->snapshot().demo     ? tr("DEMO DATA · %1").arg(title)
                                             : title);
    // Tiles are rebuilt only when the list of services changes; otherwise updated in place.
    QStringList keys;
    const QAbstractItemModel *model = m_session->statusModel();
    for (int row = 0; row < model->rowCount(); ++row)
        keys.append(model->index(row, 0).data(ServiceStatusModel::KeyRole).toString());
    if (keys != m_tileKeys) {
        qDeleteAll(m_tiles);
        m_tiles.clear();
        for (int i = 0; i < keys.size(); ++i) {
            auto *tile = new WallTile(m_overview);
            tile->show();
            m_tiles.append(tile);
        }
        m_tileKeys = keys;
        layoutTiles();
    }
    refreshValues();
}

void WallWindow::refreshValues()
{
    const QAbstractItemModel *model = m_session->statusModel();
    const TimeMs cursor = m_session->statusModel()->cursor();
    if (model->rowCount() != m_tiles.size())
        return;
    for (int row = 0; row < m_tiles.size(); ++row) {
        const QModelIndex i = model->index(row, 0);
        WallTile::Values v;
        v.key = i.data(ServiceStatusModel::KeyRole).toString();
        v.name = i.data(ServiceStatusModel::NameRole).toString();
        v.state = ServiceState(i.data(ServiceStatusModel::StateRole).toInt());
        v.affected = i.data(ServiceStatusModel::AffectedRole).toDouble();
        v.affectedLow = i.data(ServiceStatusModel::AffectedLowRole).toDouble();
        v.affectedHigh = i.data(ServiceStatusModel::AffectedHighRole).toDouble();
        v.derived = i.data(ServiceStatusModel::DerivedRole).toBool();
        if (const QVariant users = i.data(ServiceStatusModel::UsersRole); users.isValid())
            v.users = users.toLongLong();
        v.availability = i.data(ServiceStatusModel::EffectiveAvailabilityRole).toDouble();
        const QVariant stale = i.data(ServiceStatusModel::StaleSecondsRole);
        if (stale.isValid())
            v.staleSeconds = stale.toLongLong();
        v.stateSeconds = WallTile::secondsInState(
            m_session->snapshot(), m_session->analysis(), v.key, cursor, &v.stateSecondsAtLeast);
        m_tiles.at(row)->setValues(v, m_theme);
    }
    const QLocale locale;
    // Distinct people lead: a person using several services is one person. The sum follows
    // under its own name, so that neither passes for the other.
    const IncidentAnalysis &a = m_session->analysis();
    const DistinctPoint d = a.distinct().at(cursor);
    const FigureRange people {d.central, d.low, d.high, a.distinct().derived};
    const QString sum = locale.toString(qRound64(m_session->statusModel()->totalAffected()));
    const ImpactResult &r = a.result();
    // Without any user count there are no people to count: zeros would read as "nobody".
    const bool noUsers = r.noUserCounts();
    QString headline = noUsers ? tr("People affected not known: no service has a user count")
        : people.derived || people.hasRange()
        ? tr("%1 people affected (range %2) · %3 service-users").arg(people.centralText(), people.rangeText(), sum)
        : tr("%1 people affected · %2 service-users").arg(people.centralText(), sum);
    // Portrait has the width of a short line: the sum goes under the people, not beside them.
    if (height() > width())
        headline.replace(u" · "_s, u"\n"_s);
    WallFitPanel::setLabelText(m_headline, headline);
    WallTile::equaliseFonts(m_tiles, m_headline->font().pixelSize());
    const qint64 elapsed = (cursor - a.origin()) / 1000;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(cursor, a.timeZone());
    const QString atText
        = locale.toString(at, QLocale::ShortFormat) + u' ' + Timestamps::zoneAbbreviation(a.timeZone(), cursor);
    // Seen from across the room: the second line of the header, not only the small title line.
    if (!m_session->storeProblem().isEmpty()) {
        WallFitPanel::setLabelText(
            m_elapsed, tr("⚠ NOT CURRENT: the timeline cannot be reached · figures as last loaded"));
    } else if (const std::optional<Incident> &incident = a.incident();
               incident && incident->resolved && cursor >= *incident->resolved) {
        // A finished incident: its outcome, not a clock still counting; people-hours of distinct
        // people, as the report's summary gives them (the service-user sum counts a person twice).
        const QString lasted
            = Timestamps::formatDuration((*incident->resolved - incident->began.value_or(a.origin())) / 1000);
        WallFitPanel::setLabelText(m_elapsed,
            noUsers ? tr("Recovered · lasted %1").arg(lasted)
                    : tr("Recovered · lasted %1 · %2 people-hours")
                          .arg(lasted,
                              (a.distinct().derived ? u"≈ "_s : QString())
                                  + FigureRange::approx(a.distinct().total.peopleHours)));
    } else {
        WallFitPanel::setLabelText(m_elapsed,
            elapsed >= 0 ? tr("%1 since the incident began · as at %2").arg(Timestamps::formatDuration(elapsed), atText)
                         : tr("Before the incident began · as at %1").arg(atText));
    }
    m_header->setAccessibleName(m_headline->text() + u' ' + m_elapsed->text());
}

void WallWindow::tick()
{
    const QTimeZone zone = m_session->analysis().timeZone();
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone);
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t')).replace(QStringLiteral("()"), QString());
    format = format.trimmed();
    if (format != m_clockFormat) {
        // Sized for the widest time of the day in this format (both halves of a 12-hour clock),
        // so the clock does not change size every second.
        m_clockFormat = format;
        const QFontMetrics fm(m_clock->font());
        QString sample;
        for (int hour : {10, 22}) {
            const QString candidate = locale.toString(QTime(hour, 58, 58), format);
            if (fm.horizontalAdvance(candidate) > fm.horizontalAdvance(sample))
                sample = candidate;
        }
        WallFitPanel::setFitSample(m_clock, sample);
    }
    WallFitPanel::setLabelText(m_clock, locale.toString(now, format));
    WallFitPanel::setLabelText(m_zone,
        QStringLiteral("%1 · %2 (%3)")
            .arg(locale.toString(now.date(), QLocale::ShortFormat),
                TimeAxisTicks::zoneAbbreviation(zone, now.toMSecsSinceEpoch()), QString::fromUtf8(zone.id())));
    m_clock->setAccessibleName(tr("Clock, %1").arg(m_clock->text() + u' ' + m_zone->text()));
    if (m_rotate.isActive()) {
        m_progress->fraction = qreal(m_sinceRotate.elapsed()) / m_rotate.interval();
        m_progress->update();
    }
}

void WallWindow::retranslate()
{
    // Without any user count the tiles and the chart show shares of users, and say so.
    const ImpactResult &r = m_session->analysis().result();
    const bool noUsers = r.noUserCounts();
    const QString titles[]
        = {noUsers ? tr("Overview: share of users affected by service") : tr("Overview: people affected by service"),
            noUsers ? tr("Recovery: share of users affected over time") : tr("Recovery: people affected over time"),
            tr("State timeline"), tr("Dependencies at the cursor")};
    const int view = qBound(0, m_stack->currentIndex(), int(ViewCount) - 1);
    WallFitPanel::setLabelText(m_viewTitle,
        tr("%1 · view %2 of %3").arg(titles[view]).arg(m_views.indexOf(View(view)) + 1).arg(m_views.size()));
    m_recovery->setAccessibleName(tr("Recovery chart: people affected per service over time"));
    m_timeline->setAccessibleName(tr("State timeline: each service's state over time"));
    m_dependencies->setAccessibleName(tr("Dependency view: which service needs which, coloured by state"));
    m_overview->setAccessibleName(tr("Service tiles"));
    setWindowTitle(tr("Outage Impact Dashboard — wall display"));
}

void WallWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshAnalysis();
    }
    QWidget::changeEvent(event);
}

void WallWindow::layoutTiles()
{
    const int n = int(m_tiles.size());
    if (n == 0)
        return;
    const QRect area = m_overview->rect();
    const qreal gap = qMax(6.0, area.height() * 0.012);
    // Columns follow the aspect ratio: the count that gives the biggest tiles of about 3:2.
    int best = 1;
    qreal bestScore = -1;
    for (int cols = 1; cols <= n; ++cols) {
        const int rows = (n + cols - 1) / cols;
        const qreal w = (area.width() - gap * (cols + 1)) / cols, h = (area.height() - gap * (rows + 1)) / rows;
        const qreal score = qMin(w / 1.5, h);
        if (score > bestScore) {
            bestScore = score;
            best = cols;
        }
    }
    const int rows = (n + best - 1) / best;
    const qreal w = (area.width() - gap * (best + 1)) / best, h = (area.height() - gap * (rows + 1)) / rows;
    for (int i = 0; i < n; ++i)
        m_tiles.at(i)->setGeometry(QRectF(gap + (i % best) * (w + gap), gap + (i / best) * (h + gap), w, h).toRect());
    WallTile::equaliseFonts(m_tiles, m_headline->font().pixelSize());
}

void WallWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = height(), w = width();
    const bool portrait = h > w;
    const int margin = qMax(8, qMin(w, h) / 60);
    layout()->setContentsMargins(margin, margin / 2, margin, margin / 2);
    m_header->setFixedHeight(int(h * (portrait ? 0.16 : 0.13)));
    // Portrait: the headline takes the whole width on two lines, the clock a corner under it,
    // so the figure stays the largest thing on the screen.
    m_header->setLabelFraction(m_headline, portrait ? QRectF(0.02, 0.02, 0.96, 0.56) : QRectF(0.02, 0.04, 0.72, 0.54));
    m_header->setLabelFraction(m_elapsed, portrait ? QRectF(0.02, 0.60, 0.60, 0.36) : QRectF(0.02, 0.60, 0.68, 0.36));
    m_header->setLabelFraction(m_clock, portrait ? QRectF(0.64, 0.60, 0.34, 0.20) : QRectF(0.76, 0.04, 0.22, 0.54));
    m_header->setLabelFraction(m_zone, portrait ? QRectF(0.64, 0.80, 0.34, 0.18) : QRectF(0.72, 0.60, 0.26, 0.36));
    m_titleBar->setFixedHeight(int(h * (portrait ? 0.03 : 0.045)));
    m_progress->setFixedHeight(qMax(3, h / 270));
    // Read from five metres: no text under 2.5 % of the screen's height (27 px at 1080p, 54 px
    // at 4K). A portrait screen is measured by its width, or a chart's legend (one row in Qt
    // Charts) would be wider than the screen. The drawn views size their text from the widget
    // font, the chart from its own.
    QFont chartFont = font();
    chartFont.setPixelSize(textPixels(qMin(w, h)));
    m_timeline->setFont(chartFont);
    m_dependencies->setFont(chartFont);
    m_recovery->setFont(chartFont);
    m_recovery->setTextPixels(chartFont.pixelSize());
}

bool WallWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_overview && event->type() == QEvent::Resize)
        layoutTiles();
    // The header refits its headline after its filters have run: cap the tiles afterwards.
    if (watched == m_header && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(
            this, [this] { WallTile::equaliseFonts(m_tiles, m_headline->font().pixelSize()); }, Qt::QueuedConnection);
    if (event->type() == QEvent::MouseMove) {
        setCursorHidden(false);
        m_idle.start();
    }
    return QWidget::eventFilter(watched, event);
}

void WallWindow::setCursorHidden(bool hidden)
{
    if (hidden == m_cursorHidden)
        return;
    m_cursorHidden = hidden;
    if (hidden)
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void WallWindow::showOutcomeOfFinishedIncident()
{
    // Left at its first second, a finished incident reads "0 s since the incident began" with
    // every service down, on a screen people glance at: show how it ended instead.
    const IncidentAnalysis &a = m_session->analysis();
    const std::optional<Incident> &incident = a.incident();
    if (!isVisible() || !incident || !incident->resolved || m_outcomeShownFor == incident->id)
        return;
    m_outcomeShownFor = incident->id;
    if (m_session->statusModel()->cursor() <= a.origin())
        m_session->setCursor(*incident->resolved);
}

void WallWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QMetaObject::invokeMethod(this, &WallWindow::showOutcomeOfFinishedIncident, Qt::QueuedConnection);
    qApp->installEventFilter(this);
    m_idle.start();
}

void WallWindow::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    m_idle.stop();
    setCursorHidden(false);
    QWidget::hideEvent(event);
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        emit leaveRequested();
        return;
    }
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Space) {
        nextView();
        return;
    }
    QWidget::keyPressEvent(event);
}

int WallWindow::textPixels(int screenHeight)
{
    return qMax(13, int(std::ceil(screenHeight * 0.025)));
}

QString WallWindow::headlineText() const
{
    return m_headline->text();
}

QString WallWindow::elapsedText() const
{
    return m_elapsed->text();
}

QString WallWindow::clockText() const
{
    return m_clock->text() + u' ' + m_zone->text();
}
