// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, the window's half: Services ▸ Edit… changes the figures at once, Cancel changes
// nothing, a cycle is refused by name; a new database opens empty with the getting-started steps;
// an incident made from a selected range is stored; a live incident comes to the screen.
#include "charts/impactlinesitem.h"
#include "charts/recoverychartbuilder.h"
#include "charts/recoverychartview.h"
#include "dialogs/dependencypreview.h"
#include "dialogs/newincidentdialog.h"
#include "dialogs/serviceeditordialog.h"
#include "incidentactions.h"
#include "incidentheaderwidget.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "statusboardwidget.h"
#include "statustilewidget.h"
#include "store/timelinestore.h"
#include "wall/walltile.h"
#include "wall/wallwindow.h"

#include <QLabel>

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
constexpr TimeMs kStart = 1767225600000; // 2026-01-01 00:00 UTC
constexpr TimeMs kHour = 3600 * 1000;

Service service(const QString &key, std::optional<qint64> users, const QString &group = {})
{
    Service s;
    s.key = key;
    s.name = key.toUpper();
    ServiceCatalogue::setUsers(s, users);
    ServiceCatalogue::setGroup(s, group);
    return s;
}

HealthSample sample(TimeMs time, const QString &key, double availability)
{
    HealthSample s;
    s.time = time;
    s.service = key;
    s.source = u"probe"_s;
    s.availability = availability;
    return s;
}

// 'web' (1,000 users) and 'db' (500 users, no dependency yet); db goes down after an hour and
// stays down, web stays up: web is affected only once it depends on db.
FeedBatch twoServices()
{
    FeedBatch b;
    b.services = {service(u"web"_s, 1000, u"Platform"_s), service(u"db"_s, 500, u"Platform"_s)};
    for (const QString &key : {u"web"_s, u"db"_s}) {
        b.samples.append(sample(kStart, key, 1.0));
        b.samples.append(sample(kStart + kHour, key, key == u"db" ? 0.0 : 1.0));
        b.samples.append(sample(kStart + 2 * kHour, key, key == u"db" ? 0.0 : 1.0));
    }
    return b;
}

int rowOf(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == key)
            return row;
    return -1;
}

const StatusTileWidget *tile(const MainWindow &window, const QString &name)
{
    for (const StatusTileWidget *t : window.statusBoard()->tiles())
        if (t->values().name == name)
            return t;
    return nullptr;
}

void closeMessageBoxes(QWidget *parent)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>())
        box->close();
}
} // namespace

class TstServiceEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_dbs = 0;

    QString seeded(const FeedBatch &batch)
    {
        const QString path = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_dbs));
        TimelineStore store(u"seed"_s);
        if (!store.open(path) || !store.write(batch))
            qWarning() << store.lastError();
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editingUsersAndADependencyChangesTilesAndTotals()
    {
        DashboardSession session;
        QVERIFY(session.open(seeded(twoServices())));
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // No incident: Now, its cursor at the latest data, where db is down and web is not.
        QVERIFY(session.isNowView());
        QVERIFY(tile(window, u"WEB"_s));
        QCOMPARE(qRound64(tile(window, u"WEB"_s)->values().affected), 0);
        QCOMPARE(qRound64(session.statusModel()->totalAffected()), 500);

        ServiceEditorDialog *editor = window.incidentActions()->showServiceEditor();
        QTableWidget *services = editor->servicesTable();
        const int web = rowOf(services, u"web"_s);
        QVERIFY(web >= 0);
        services->item(web, ServiceEditorDialog::UsersColumn)->setText(u"2000"_s);
        editor->addDependency({u"web"_s, u"db"_s, 0.5, {}});
        QCOMPARE(editor->preview()->edgeCount(), 1);
        QVERIFY(editor->problemText().isEmpty());
        editor->accept();
        QCOMPARE(editor->result(), int(QDialog::Accepted));

        // At once: web now fails half its 2,000 users through db.
        const ServiceCatalogue stored = session.catalogue();
        QCOMPARE(stored.dependencies.size(), 1);
        QCOMPARE(ServiceCatalogue::users(*std::find_if(stored.services.cbegin(), stored.services.cend(),
                     [](const Service &s) { return s.key == u"web"; })),
            std::optional<qint64>(2000));
        QCOMPARE(qRound64(tile(window, u"WEB"_s)->values().affected), 1000);
        QCOMPARE(qRound64(session.statusModel()->totalAffected()), 1500);
        QVERIFY(window.header()->serviceUsersText().contains(QLocale().toString(1500)));
    }

    // A feed-only store (no user counts): the tile gives the share of users affected, and the
    // headline says people are not known, never "0 people".
    void unknownUsersShowTheShareNotZeroPeople()
    {
        FeedBatch b;
        b.services = {service(u"api"_s, std::nullopt)};
        b.samples = {sample(kStart, u"api"_s, 1.0), sample(kStart + kHour, u"api"_s, 0.25)};
        DashboardSession session;
        QVERIFY(session.open(seeded(b)));
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const StatusTileWidget *api = tile(window, u"API"_s);
        QVERIFY(api);
        QVERIFY(!api->values().users);
        QCOMPARE(api->affectedText(), QLocale().toString(75) + u" %"_s);
        QVERIFY2(!window.header()->headlineText().contains(u"0 people"_s), qPrintable(window.header()->headlineText()));
        QVERIFY2(window.header()->headlineText().contains(u"not known"_s), qPrintable(window.header()->headlineText()));
        // The wall the same: no "0 people", the tile's share of users.
        WallWindow wall(&session);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        const QString headline = wall.headlineLabel()->text();
        QVERIFY2(headline.contains(u"not known"_s) && !headline.contains(u"0 people"_s), qPrintable(headline));
        QCOMPARE(wall.tiles().size(), 1);
        const QString tileText = wall.tiles().first()->accessibleName();
        QVERIFY2(tileText.contains(QLocale().toString(75) + u" % of users affected"_s), qPrintable(tileText));
    }

    // The recovery chart draws what is known of a service without a user count, its share of
    // users affected in percent, never a flat line at zero people: on the only value axis
    // when no service has a count, on a 0-100 % axis of its own beside people lines.
    void unknownUsersAreDrawnAsAShare()
    {
        FeedBatch feedOnly;
        feedOnly.services = {service(u"api"_s, std::nullopt)};
        feedOnly.samples = {sample(kStart, u"api"_s, 1.0), sample(kStart + kHour, u"api"_s, 0.25),
            sample(kStart + 2 * kHour, u"api"_s, 0.25)};
        FeedBatch mixed = feedOnly;
        mixed.services.append(service(u"web"_s, 100));
        mixed.samples += {sample(kStart, u"web"_s, 1.0), sample(kStart + kHour, u"web"_s, 0.5),
            sample(kStart + 2 * kHour, u"web"_s, 0.5)};
        const auto highest = [](const QList<QPointF> &line) {
            double top = 0;
            for (const QPointF &p : line)
                top = qMax(top, p.y());
            return top;
        };
        const auto rightAxis = [](const QChart *chart) -> const QValueAxis * {
            for (const QAbstractAxis *axis : chart->axes(Qt::Vertical))
                if (axis->alignment() == Qt::AlignRight)
                    return qobject_cast<const QValueAxis *>(axis);
            return nullptr;
        };
        // The window at laptop size, shown; its recovery chart (null if it did not show).
        const auto shownChart = [](MainWindow &window) -> RecoveryChartView * {
            window.resize(1366, 768);
            window.show();
            return QTest::qWaitForWindowExposed(&window) ? window.findChild<RecoveryChartView *>() : nullptr;
        };
        {
            DashboardSession session;
            QVERIFY(session.open(seeded(feedOnly)));
            MainWindow window(&session);
            RecoveryChartView *chart = shownChart(window);
            QVERIFY(chart);
            QTRY_COMPARE(chart->lines().size(), 1);
            QCOMPARE(highest(chart->lines().at(0)), 75.0);
            const auto *axis = qobject_cast<const QValueAxis *>(chart->chart()->axes(Qt::Vertical).value(0));
            QVERIFY(axis);
            QCOMPARE(axis->max(), 100.0);
            QVERIFY(!rightAxis(chart->chart()));
            QVERIFY2(axis->titleText().contains(u'%'), qPrintable(axis->titleText()));
            QVERIFY(chart->readoutAt(kStart + kHour + 1).contains(u"75 %"_s));
        }
        DashboardSession session;
        QVERIFY(session.open(seeded(mixed)));
        MainWindow window(&session);
        RecoveryChartView *chart = shownChart(window);
        QVERIFY(chart);
        QTRY_COMPARE(chart->lines().size(), 2);
        const qsizetype api = session.analysis().services().at(0).key == u"api" ? 0 : 1;
        QCOMPARE(highest(chart->lines().at(api)), 75.0);
        QCOMPARE(highest(chart->lines().at(1 - api)), 50.0); // people (scale 1)
        const QValueAxis *percent = rightAxis(chart->chart());
        QVERIFY(percent);
        QCOMPARE(percent->max(), 100.0);
        // The people axis fits the 50 people, not the 75 (%).
        QVERIFY2(chart->valueAxisFit().max >= 50.0 && chart->valueAxisFit().max < 75.0,
            qPrintable(QString::number(chart->valueAxisFit().max)));
        ImpactLinesItem *item = ImpactLinesItem::of(chart->chart());
        QVERIFY(item);
        QCOMPARE(item->secondary().value(api), true);
        QCOMPARE(item->secondary().value(1 - api), false);
        // The legend says which lines are percent.
        QVERIFY(chart->chart()->series().at(api)->name().endsWith(u"(%)"_s));
        // On paper (no line layer) the same: api's series on the percent axis, with its share.
        const std::unique_ptr<QChart> paper = RecoveryChartBuilder::build(session.analysis(), Theme::light());
        auto *series = qobject_cast<QLineSeries *>(paper->series().at(api));
        QVERIFY(series);
        QCOMPARE(series->attachedAxes().size(), 2);
        QVERIFY(series->attachedAxes().contains(rightAxis(paper.get())));
        QCOMPARE(highest(series->points()), 75.0);
    }

    void cancelLeavesTheStoreAlone()
    {
        DashboardSession session;
        QVERIFY(session.open(seeded(twoServices())));
        MainWindow window(&session);
        const ServiceCatalogue before = session.catalogue();
        ServiceEditorDialog *editor = window.incidentActions()->showServiceEditor();
        editor->servicesTable()->item(0, ServiceEditorDialog::UsersColumn)->setText(u"7"_s);
        editor->addDependency({u"web"_s, u"db"_s, 1.0, {}});
        editor->removeSelected(editor->servicesTable());
        editor->reject();
        const ServiceCatalogue after = session.catalogue();
        QCOMPARE(after.services, before.services);
        QCOMPARE(after.dependencies, before.dependencies);
    }

    void aCycleIsRefusedByName()
    {
        DashboardSession session;
        QVERIFY(session.open(seeded(twoServices())));
        MainWindow window(&session);
        ServiceEditorDialog *editor = window.incidentActions()->showServiceEditor();
        editor->addDependency({u"web"_s, u"db"_s, 1.0, {}});
        editor->addDependency({u"db"_s, u"web"_s, 0.3, {}});
        QVERIFY(editor->problemText().contains(u"web → db → web"_s));
        editor->accept();
        QVERIFY(editor->result() != int(QDialog::Accepted));
        QVERIFY(editor->isVisible());
        QVERIFY(session.catalogue().dependencies.isEmpty());
        // The store refuses it too, whoever asks.
        QVERIFY(!session.saveCatalogue(
            session.catalogue().services, {{u"web"_s, u"db"_s, 1.0, {}}, {u"db"_s, u"web"_s, 1.0, {}}}));
        QVERIFY(session.storeError().contains(u"→"_s));
        closeMessageBoxes(editor);
        editor->reject();
    }

    void badCellsAndUsedServicesAreRefused()
    {
        DashboardSession session;
        QVERIFY(session.open(seeded(twoServices())));
        MainWindow window(&session);
        ServiceEditorDialog *editor = window.incidentActions()->showServiceEditor();
        QTableWidget *services = editor->servicesTable();
        services->item(0, ServiceEditorDialog::ColourColumn)->setText(u"red"_s);
        QVERIFY(editor->problemText().contains(u"#rrggbb"_s));
        services->item(0, ServiceEditorDialog::ColourColumn)->setText(u"#1f77b4"_s);
        services->item(1, ServiceEditorDialog::KeyColumn)->setText(services->item(0, 0)->text());
        QVERIFY(!editor->problemText().isEmpty());
        editor->reject();
        // db has samples: deleting it would orphan them, so nothing is saved.
        QList<Service> onlyWeb = session.catalogue().services;
        onlyWeb.removeIf([](const Service &s) { return s.key == u"db"; });
        QVERIFY(!session.saveCatalogue(onlyWeb, {}));
        QVERIFY(session.storeError().contains(u"db"_s));
        QCOMPARE(session.catalogue().services.size(), 2);
        // A service with no data can go, and an unknown user count is kept as unknown.
        QList<Service> withNew = session.catalogue().services;
        withNew.append(service(u"spare"_s, std::nullopt));
        QVERIFY2(session.saveCatalogue(withNew, {}), qPrintable(session.storeError()));
        QVERIFY(!ServiceCatalogue::users(*session.snapshot().service(u"spare"_s)));
        QCOMPARE(window.header()->missingUsersText().isEmpty(), false);
        QVERIFY(session.saveCatalogue(session.catalogue().services.mid(0, 2), {}));
        QVERIFY(!session.snapshot().service(u"spare"_s));
    }

    void groupsAreProposedNotApplied()
    {
        DashboardSession session;
        QVERIFY(session.open(seeded(twoServices())));
        MainWindow window(&session);
        ServiceEditorDialog *editor = window.incidentActions()->showServiceEditor();
        QCOMPARE(editor->proposeFromGroups(), 2); // web and db on their group, "platform"
        QCOMPARE(editor->dependenciesTable()->rowCount(), 2);
        QVERIFY(session.catalogue().dependencies.isEmpty()); // shown, not saved
        editor->reject();
    }

    void anEmptyDatabaseShowsGettingStartedAndNoDemo()
    {
        DashboardSession session;
        QVERIFY(session.open(m_dir.filePath(u"new.sqlite"_s)));
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.header()->showsGettingStarted());
        QVERIFY(!session.isDemo());
        QVERIFY(!window.windowTitle().contains(u"Demo"_s));
        session.reload();
        QVERIFY(session.snapshot().services.isEmpty());
        QVERIFY(session.snapshot().incidents.isEmpty());
        TimelineStore check(u"check"_s);
        QVERIFY(check.open(m_dir.filePath(u"new.sqlite"_s)));
        QVERIFY(check.isEmpty());
    }

    void theDemoOpensInADatabaseOfItsOwn()
    {
        const QString path = m_dir.filePath(u"demo.sqlite"_s);
        QString error;
        QVERIFY2(DashboardSession::prepareDemoDatabase(path, &error), qPrintable(error));
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        QVERIFY(session.isDemo());
        QVERIFY(window.windowTitle().contains(u"Demo"_s));
        QVERIFY(!window.header()->showsGettingStarted());
    }

    void anIncidentMadeFromASelectionIsStored()
    {
        DashboardSession session;
        QVERIFY(session.open(seeded(twoServices())));
        MainWindow window(&session);
        window.chartView()->setSelection(QPair<TimeMs, TimeMs>(kStart + kHour, kStart + 2 * kHour));
        NewIncidentDialog *dialog = window.incidentActions()->showNewIncident();
        dialog->titleEdit()->setText(u"Database down"_s);
        dialog->severityBox()->setCurrentIndex(0); // critical
        dialog->accept();
        QCOMPARE(session.snapshot().incidents.size(), 1);
        const Incident stored = session.snapshot().incidents.constFirst();
        QCOMPARE(stored.title, u"Database down"_s);
        QCOMPARE(stored.severity, u"critical"_s);
        QCOMPARE(stored.began, std::optional<TimeMs>(kStart + kHour));
        QCOMPARE(stored.resolved, std::optional<TimeMs>(kStart + 2 * kHour));
        QCOMPARE(session.incidentId(), stored.id);
        QVERIFY(!session.isNowView());
        // The picker shows severity, dates and state, so the choice is visible.
        const QString shown = window.incidentPicker()->currentText();
        QVERIFY(shown.contains(u"Critical"_s)); // in words of the interface, not the stored key
        QVERIFY(shown.contains(u"2026-01-01 01:00"_s));
        QVERIFY(shown.contains(u"Resolved"_s));
    }

    void theWallMovesToALiveIncidentAtOnceEvenWhenPinned()
    {
        const QString path = seeded(twoServices());
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        window.incidentActions()->setPinned(true);
        window.setWallMode(true);
        Incident live;
        live.id = u"wall-1"_s;
        live.title = u"checkout failing"_s;
        live.severity = u"critical"_s;
        live.began = kStart + kHour;
        const auto store = [&] {
            TimelineStore feed(u"feed"_s);
            FeedBatch b;
            b.incidents.append(live);
            return feed.open(path) && feed.write(b);
        };
        QVERIFY(store());
        session.reload();
        QCOMPARE(session.incidentId(), live.id);
        live.resolved = kStart + 2 * kHour;
        QVERIFY(store());
        session.reload();
        QVERIFY(session.isNowView());
        window.setWallMode(false);
    }

    // docs/getting-started.md's pictures, made on request only: under xvfb-run with
    // OUTAGEDASH_GUIDE_SHOTS=DIR (and OUTAGEDASH_GUIDE_LANG=ko for the Korean ones).
    void guideScreenshots()
    {
        const QString out = qEnvironmentVariable("OUTAGEDASH_GUIDE_SHOTS");
        if (out.isEmpty())
            QSKIP("set OUTAGEDASH_GUIDE_SHOTS=DIR to write the getting-started screenshots");
        const QString lang = qEnvironmentVariable("OUTAGEDASH_GUIDE_LANG", u"en"_s);
        QTranslator korean;
        if (lang == u"ko") {
            QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
            QVERIFY(korean.load(u":/i18n/outagedash_ko.qm"_s));
            QCoreApplication::installTranslator(&korean);
        }
        // A shop's probes over a day, as a Prometheus-only set-up sends them: no incident, no users.
        FeedBatch feed;
        const QList<QPair<QString, QString>> names {{u"storefront"_s, u"Shop"_s}, {u"checkout"_s, u"Shop"_s},
            {u"accounts"_s, u"Platform"_s}, {u"search"_s, u"Shop"_s}, {u"cdn"_s, u"Platform"_s}};
        for (const auto &[key, group] : names)
            feed.seenServices.append(service(key, std::nullopt, group));
        for (TimeMs t = kStart; t <= kStart + 24 * kHour; t += 10 * 60 * 1000) {
            const double h = double(t - kStart) / kHour;
            feed.samples.append(sample(t, u"accounts"_s, h >= 15 && h < 16.5 ? 0.15 : h >= 16.5 && h < 18 ? 0.7 : 1.0));
            feed.samples.append(sample(t, u"search"_s, h >= 9 && h < 10 ? 0.9 : 1.0));
            feed.samples.append(sample(t, u"checkout"_s, h >= 22.5 ? 0.85 : 1.0));
            feed.samples.append(sample(t, u"storefront"_s, 1.0));
            feed.samples.append(sample(t, u"cdn"_s, 1.0));
        }
        DashboardSession session;
        QVERIFY(session.open(seeded(feed)));
        MainWindow window(&session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);
        QDir().mkpath(out);
        QVERIFY(window.grab().save(QDir(out).filePath(u"getting-started-feed-only-%1.png"_s.arg(lang))));

        ServiceEditorDialog *editor = window.incidentActions()->showServiceEditor();
        const QList<QPair<QString, QString>> users {{u"storefront"_s, u"1200000"_s}, {u"checkout"_s, u"300000"_s},
            {u"accounts"_s, u"1500000"_s}, {u"search"_s, u"800000"_s}};
        for (const auto &[key, count] : users)
            editor->servicesTable()
                ->item(rowOf(editor->servicesTable(), key), ServiceEditorDialog::UsersColumn)
                ->setText(count);
        editor->addDependency({u"checkout"_s, u"accounts"_s, 0.9, {}});
        editor->addDependency({u"storefront"_s, u"accounts"_s, 0.4, {}});
        editor->addDependency({u"storefront"_s, u"cdn"_s, 1.0, {}});
        editor->servicesTable()->resizeColumnsToContents();
        editor->resize(1200, 560);
        QTest::qWait(300);
        QVERIFY(editor->grab().save(QDir(out).filePath(u"getting-started-services-%1.png"_s.arg(lang))));
        editor->accept();
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(out).filePath(u"getting-started-now-%1.png"_s.arg(lang))));
        QCoreApplication::removeTranslator(&korean);
        QLocale::setDefault(QLocale::c());
    }

    void aLiveIncidentComesToTheScreenAndGoesBackToNow()
    {
        const QString path = seeded(twoServices());
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        QVERIFY(session.isNowView());
        Incident live;
        live.id = u"alert-1"_s;
        live.title = u"db down"_s;
        live.severity = u"major"_s;
        live.began = kStart + kHour;
        {
            TimelineStore feed(u"feed"_s);
            QVERIFY(feed.open(path));
            FeedBatch b;
            b.incidents.append(live);
            QVERIFY(feed.write(b));
        }
        session.reload();
        QCOMPARE(session.incidentId(), live.id);
        QVERIFY(window.incidentActions()->noticeText().contains(u"db down"_s));
        live.resolved = kStart + 2 * kHour;
        {
            TimelineStore feed(u"feed"_s);
            QVERIFY(feed.open(path));
            FeedBatch b;
            b.incidents.append(live);
            QVERIFY(feed.write(b));
        }
        session.reload();
        QVERIFY(session.isNowView());

        // Pinned by hand: a new live incident is offered, not switched to.
        window.incidentActions()->setPinned(true);
        session.selectIncident(live.id);
        Incident second = live;
        second.id = u"alert-2"_s;
        second.title = u"web slow"_s;
        second.resolved.reset();
        {
            TimelineStore feed(u"feed"_s);
            QVERIFY(feed.open(path));
            FeedBatch b;
            b.incidents.append(second);
            QVERIFY(feed.write(b));
        }
        session.reload();
        QCOMPARE(session.incidentId(), live.id);
        QVERIFY(window.incidentActions()->noticeText().contains(u"web slow"_s));
        window.incidentActions()->followLive();
        QCOMPARE(session.incidentId(), second.id);
    }
};

QTEST_MAIN(TstServiceEditor)
#include "tst_serviceeditor.moc"
