// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dependencyview.h"
#include "charts/recoverychartview.h"
#include "charts/statetimelinechart.h"
#include "impact/figurerange.h"
#include "ingest/demodataset.h"
#include "itemmodels/servicestatusmodel.h"
#include "session/dashboardsession.h"
#include "store/feedsourcetable.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"
#include "wall/walltile.h"
#include "wall/wallwindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFontInfo>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Every visible label's text fits its box: no line wider or taller than the label's contents.
QString clippedLabels(const QWidget &root)
{
    QStringList problems;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&root) || label->text().isEmpty())
            continue;
        const QFontMetrics fm(label->font());
        const QStringList lines = label->text().split(u'\n');
        const QRect r = label->contentsRect();
        for (const QString &line : lines)
            if (fm.horizontalAdvance(line) > r.width())
                problems.append(
                    QStringLiteral("wide: \"%1\" %2 > %3").arg(line).arg(fm.horizontalAdvance(line)).arg(r.width()));
        if (fm.height() * lines.size() > r.height())
            problems.append(QStringLiteral("tall: \"%1\" %2 > %3")
                                .arg(label->text())
                                .arg(fm.height() * lines.size())
                                .arg(r.height()));
    }
    return problems.join(u'\n');
}
} // namespace

class TstWall : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        TimelineStore store(QStringLiteral("seed-demo"));
        QVERIFY(store.open(m_demo));
        QString error;
        QVERIFY2(DemoDataset::load(store, &error), qPrintable(error));
    }

    void fitsEveryScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1080p") << QSize(1920, 1080);
        QTest::newRow("4K") << QSize(3840, 2160);
        QTest::newRow("portrait") << QSize(1080, 1920);
    }

    void fitsEveryScreen()
    {
        QFETCH(QSize, size);
        DashboardSession session;
        QVERIFY(session.open(m_demo));
        WallWindow wall(&session);
        wall.resize(size);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCOMPARE(wall.size(), size);
        QCOMPARE(wall.tiles().size(), session.analysis().services().size());
        QVERIFY(wall.tiles().size() >= 6);
        const QRect window = wall.rect();
        for (WallTile *tile : wall.tiles()) {
            const QRect r(tile->mapTo(&wall, QPoint(0, 0)), tile->size());
            QVERIFY2(window.contains(r), qPrintable(tile->values().name));
            QVERIFY(r.height() > size.height() / 10);
            QVERIFY(!tile->accessibleName().isEmpty());
        }
        const QString problems = clippedLabels(wall);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The headline is the largest text on the wall in every orientation: no tile figure,
        // clock or title above it.
        QCoreApplication::processEvents();
        const int lead = wall.headlineLabel()->font().pixelSize();
        for (const QLabel *label : wall.findChildren<QLabel *>())
            if (label != wall.headlineLabel() && label->isVisible() && !label->text().isEmpty())
                QVERIFY2(label->font().pixelSize() < lead,
                    qPrintable(u"\"%1\" is %2 px, the headline %3 px"_s.arg(label->text())
                                   .arg(label->font().pixelSize())
                                   .arg(lead)));
        // Distinct people lead (issue #20); the sum follows under its own name, "service-users".
        const DistinctPoint people = session.analysis().distinct().at(session.statusModel()->cursor());
        QVERIFY(wall.headlineText().startsWith(
            FigureRange {people.central, people.low, people.high, session.analysis().distinct().derived}
                .centralText()));
        QVERIFY(wall.headlineText().contains(
            QLocale().toString(qRound64(session.statusModel()->totalAffected())) + QStringLiteral(" service-users")));
        // Figures follow the cursor in place: the same tiles, new values.
        const QList<WallTile *> before = wall.tiles();
        session.setCursor(session.analysis().windowEnd());
        QCOMPARE(wall.tiles(), before);
        QVERIFY(clippedLabels(wall).isEmpty());
    }

    // Issue #22: read from five metres, no text on any view under 2.5 % of the screen's
    // height: the header, the view title, every tile, the chart's axes, legend and title, the
    // state timeline's lanes and the dependency boxes, each measured at its size on screen.
    void readableFromFiveMetres_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1080p") << QSize(1920, 1080);
        QTest::newRow("4K") << QSize(3840, 2160);
    }

    void readableFromFiveMetres()
    {
        QFETCH(QSize, size);
        DashboardSession session;
        QVERIFY(session.open(m_demo));
        WallWindow wall(&session);
        wall.resize(size);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        session.setCursor(session.analysis().windowStart() + 3 * 3600 * 1000);
        const int floor = WallWindow::textPixels(size.height()); // the rule itself, rounded up
        QCOMPARE(WallWindow::textPixels(size.height()), int(std::ceil(size.height() * 0.025)));
        const auto smallestLabel = [&wall] {
            int smallest = INT_MAX;
            QString which;
            for (const QLabel *label : wall.findChildren<QLabel *>())
                if (label->isVisible() && !label->text().isEmpty() && label->font().pixelSize() < smallest) {
                    smallest = label->font().pixelSize();
                    which = label->text();
                }
            return qMakePair(smallest, which);
        };
        for (int view = 0; view < WallWindow::ViewCount; ++view) {
            wall.showView(WallWindow::View(view));
            QCoreApplication::processEvents();
            if (const QByteArray dir = qgetenv("OUTAGEDASH_SCREENSHOT_DIR"); !dir.isEmpty())
                wall.grab().save(u"%1/wall-%2x%3-view%4.png"_s.arg(QString::fromLocal8Bit(dir))
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(view));
            const auto [labelPixels, label] = smallestLabel();
            QVERIFY2(labelPixels >= floor,
                qPrintable(u"view %1: \"%2\" is %3 px, under %4"_s.arg(view).arg(label).arg(labelPixels).arg(floor)));
            int drawn = INT_MAX;
            switch (WallWindow::View(view)) {
            case WallWindow::Recovery:
                drawn = wall.recoveryView()->smallestTextPixels();
                break;
            case WallWindow::StateTimeline:
                drawn = QFontInfo(wall.timelineView()->font()).pixelSize();
                break;
            case WallWindow::Dependencies:
                drawn = wall.dependencyView()->smallestTextPixels();
                break;
            default:
                break;
            }
            QVERIFY2(
                drawn >= floor, qPrintable(u"view %1 draws text of %2 px, under %3"_s.arg(view).arg(drawn).arg(floor)));
        }
    }

    // Issue #22: a finished incident opened on the wall shows how it ended (the cursor at its
    // resolution, "Recovered · lasted …"), not "0 s since the incident began" with every service
    // down; a cursor someone already moved is left where it is.
    void finishedIncidentShowsItsOutcome()
    {
        DashboardSession session;
        QVERIFY(session.open(m_demo));
        const std::optional<Incident> incident = session.analysis().incident();
        QVERIFY(incident && incident->resolved);
        QVERIFY(session.statusModel()->cursor() <= session.analysis().origin());
        WallWindow wall(&session);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QTRY_COMPARE(session.statusModel()->cursor(), *incident->resolved);
        QTRY_VERIFY2(wall.elapsedText().startsWith(u"Recovered · lasted 5 d 7 h 30 min · ≈ "_s
                         + FigureRange::approx(session.analysis().distinct().total.peopleHours)),
            qPrintable(wall.elapsedText()));

        DashboardSession moved;
        QVERIFY(moved.open(m_demo));
        const TimeMs chosen = moved.analysis().origin() + 3600 * 1000;
        moved.setCursor(chosen);
        WallWindow second(&moved);
        second.resize(1920, 1080);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCoreApplication::processEvents();
        QCOMPARE(moved.statusModel()->cursor(), chosen);
    }

    void rotationAdvancesThroughTheViews()
    {
        DashboardSession session;
        QVERIFY(session.open(m_demo));
        WallWindow wall(&session);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(wall.rotationTimer()->isActive());
        QCOMPARE(wall.rotationTimer()->interval(), 20000);
        QCOMPARE(wall.currentView(), WallWindow::Overview);
        QList<WallWindow::View> seen;
        for (int i = 0; i < 4; ++i) {
            QMetaObject::invokeMethod(wall.rotationTimer(), "timeout");
            seen.append(wall.currentView());
            QVERIFY(clippedLabels(wall).isEmpty());
        }
        QCOMPARE(seen,
            (QList<WallWindow::View> {
                WallWindow::Recovery, WallWindow::StateTimeline, WallWindow::Dependencies, WallWindow::Overview}));
        wall.setRotateSeconds(0);
        QVERIFY(!wall.rotationTimer()->isActive());
        QCOMPARE(QSettings().value(QStringLiteral("wall/rotateSeconds")).toInt(), 0);
        wall.setRotateSeconds(20);
    }

    void quietSourceTurnsItsTileStale()
    {
        const QString db = m_dir.filePath(QStringLiteral("stale.sqlite"));
        const TimeMs now = QDateTime::currentMSecsSinceEpoch();
        {
            TimelineStore store(QStringLiteral("seed-stale"));
            QVERIFY(store.open(db));
            FeedBatch b;
            b.services.append({QStringLiteral("web"), QStringLiteral("Web"), 1000, {}, {}});
            b.services.append({QStringLiteral("api"), QStringLiteral("API"), 500, {}, {}});
            b.samples.append({now - 3600000, QStringLiteral("web"), QStringLiteral("probe"), 1.0, {}, {}, false});
            b.samples.append({now - 3600000, QStringLiteral("api"), QStringLiteral("fresh"), 1.0, {}, {}, false});
            QVERIFY(store.write(b));
            QVERIFY(FeedSourceTable::save(TimelineStoreTestAccess::database(store),
                {QStringLiteral("probe"), QStringLiteral("poll"), QStringLiteral("http://x"), now - 600000, {}, 60},
                nullptr));
            QVERIFY(FeedSourceTable::save(TimelineStoreTestAccess::database(store),
                {QStringLiteral("fresh"), QStringLiteral("poll"), QStringLiteral("http://y"), now - 1000, {}, 60},
                nullptr));
        }
        DashboardSession session;
        QVERIFY(session.open(db));
        WallWindow wall(&session);
        wall.resize(1920, 1080);
        wall.show();
        WallTile *web = nullptr, *api = nullptr;
        for (WallTile *t : wall.tiles())
            (t->values().name == u"Web" ? web : api) = t;
        QVERIFY(web && api);
        QVERIFY(web->isStale());
        QVERIFY(*web->values().staleSeconds >= 600);
        QVERIFY2(web->stateText().contains(QStringLiteral("STALE")), qPrintable(web->stateText()));
        QVERIFY2(web->accessibleName().contains(QStringLiteral("STALE")), qPrintable(web->accessibleName()));
        QVERIFY(!api->isStale());
        QVERIFY(!api->stateText().contains(QStringLiteral("STALE")));
        QVERIFY(clippedLabels(wall).isEmpty());
    }

    void unreadableTimelineIsMarkedNotCurrent()
    {
        const QString db = m_dir.filePath(QStringLiteral("unreadable.sqlite"));
        QVERIFY(QFile::copy(m_demo, db));
        DashboardSession session;
        session.setStoreRetryInterval(200);
        QVERIFY(session.open(db));
        WallWindow wall(&session);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCoreApplication::processEvents(); // the finished incident's outcome shown first
        const qsizetype tiles = wall.tiles().size();
        const QString headline = wall.headlineText();
        const auto notCurrent = [&wall] {
            int n = 0;
            for (const QLabel *label : wall.findChildren<QLabel *>())
                n += label->text().contains(QStringLiteral("NOT CURRENT"));
            return n;
        };
        QCOMPARE(notCurrent(), 0);
        // Another program moves the schema away: the timeline cannot be read for a while.
        auto rename = [&db](const QString &from, const QString &to) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
            raw.setDatabaseName(db);
            bool ok = raw.open() && QSqlQuery(raw).exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
            return ok;
        };
        QVERIFY(rename(QStringLiteral("schema_migrations"), QStringLiteral("away")));
        session.reload();
        QVERIFY(!session.storeProblem().isEmpty());
        QCOMPARE(notCurrent(), 2); // the title line and the big second line of the header
        QCOMPARE(wall.tiles().size(), tiles);
        QCOMPARE(wall.headlineText(), headline);
        QVERIFY(clippedLabels(wall).isEmpty());
        QVERIFY(rename(QStringLiteral("away"), QStringLiteral("schema_migrations")));
        QTRY_VERIFY_WITH_TIMEOUT(session.storeProblem().isEmpty(), 3000);
        QCOMPARE(notCurrent(), 0);
        QCOMPARE(wall.headlineText(), headline);
    }

    void everyWallStringIsTranslated()
    {
        DashboardSession session;
        QVERIFY(session.open(m_demo));
        // English first: the text of every label that is an interface string, not data.
        QHash<QString, QString> english;
        const auto collect = [](const QWidget &wall) {
            QHash<QString, QString> texts;
            const QList<QLabel *> labels = wall.findChildren<QLabel *>();
            for (int i = 0; i < labels.size(); ++i)
                if (!labels.at(i)->property("wallData").toBool() && !labels.at(i)->text().isEmpty())
                    texts.insert(QString::number(i), labels.at(i)->text());
            return texts;
        };
        {
            WallWindow wall(&session);
            wall.resize(1920, 1080);
            wall.show();
            english = collect(wall);
        }
        QVERIFY(english.size() >= 10);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/outagedash_ko.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        {
            WallWindow wall(&session);
            wall.resize(1920, 1080);
            wall.show();
            const QHash<QString, QString> korean = collect(wall);
            QCOMPARE(korean.size(), english.size());
            for (auto it = english.cbegin(); it != english.cend(); ++it)
                QVERIFY2(korean.value(it.key()) != it.value(), qPrintable(u"untranslated: " + it.value()));
            for (int i = 0; i < 4; ++i) {
                QVERIFY2(clippedLabels(wall).isEmpty(), qPrintable(clippedLabels(wall)));
                QVERIFY(!wall.accessibleName().contains(QStringLiteral("people affected")));
                wall.nextView();
            }
            for (WallTile *tile : wall.tiles())
                QVERIFY2(!tile->accessibleName().contains(QStringLiteral("people affected")),
                    qPrintable(tile->accessibleName()));
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TstWall)
#include "tst_wall.moc"
