// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/recoverychartview.h"
#include "common/livefeedcontroller.h"
#include "dialogs/rejectsdialog.h"
#include "dialogs/sourcesdialog.h"
#include "impact/figurerange.h"
#include "importcontroller.h"
#include "incidentheaderwidget.h"
#include "itemmodels/rejectmodel.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "session/replaycontroller.h"
#include "statusboardwidget.h"
#include "statustilewidget.h"
#include "store/feedsourcetable.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"
#include "timelineview.h"
#include "windowactions.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
TimeMs kst(int day, int hour, int minute)
{
    return QDateTime(QDate(2022, 10, day), QTime(hour, minute), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}
} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstStartShowsTheDemoWithTilesChartAndTimeline()
    {
        DashboardSession session;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("gui.sqlite"))), qPrintable(session.lastError()));
        QVERIFY(session.loadDemoIfEmpty());
        QVERIFY(!session.loadDemoIfEmpty()); // only on an empty database
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(session.snapshot().demo);
        QCOMPARE(window.statusBoard()->tiles().size(), session.analysis().services().size());
        QVERIFY(window.statusBoard()->tiles().size() >= 6);
        QCOMPARE(window.chartView()->seriesCount(), window.statusBoard()->tiles().size());
        QVERIFY(window.timelineView()->table()->model()->rowCount() > 50);
        QCOMPARE(window.incidentPicker()->count(), 2);

        // The cursor drives tiles and headline: at 20:00 KST on the 15th messaging is fully down.
        session.setCursor(kst(15, 20, 0));
        StatusTileWidget *messaging = nullptr;
        for (StatusTileWidget *t : window.statusBoard()->tiles())
            if (t->values().name == u"KakaoTalk")
                messaging = t;
        QVERIFY(messaging);
        QCOMPARE(messaging->values().state, ServiceState::MajorOutage);
        QCOMPARE(qRound64(messaging->values().affected), 47637000);
        // The headline leads with distinct people (issue #20): every Kakao service draws on the
        // 47,637,000 Kakao account holders, so at 20:00 all of them, not the 133,434,000 sum of
        // service users, which keeps its own label on the line under it.
        const DistinctPoint people = session.analysis().distinct().at(kst(15, 20, 0));
        QCOMPARE(qRound64(people.central), 47637000);
        QVERIFY(window.header()->headlineText().contains(
            FigureRange {people.central, people.low, people.high, true}.centralText()));
        QVERIFY(!window.header()->headlineText().contains(QLocale().toString(133434000)));
        QVERIFY(window.header()->serviceUsersText().contains(
            QLocale().toString(qRound64(session.statusModel()->totalAffected()))));

        // The replay cursor drives the same tiles: at 16 Oct 14:30 KST KakaoTalk was partly back
        // (derived availability 0.7: some of its 47,637,000 users affected, not all).
        window.replay()->setTime(kst(16, 14, 30));
        QCOMPARE(session.statusModel()->cursor(), kst(16, 14, 30));
        QCOMPARE(messaging->values().state, ServiceState::PartialOutage);
        QVERIFY(messaging->values().affected > 0 && messaging->values().affected < 47637000);
        window.replay()->setTime(kst(20, 23, 30));
        QCOMPARE(messaging->values().state, ServiceState::Operational);
        QCOMPARE(qRound64(messaging->values().affected), 0);

        // Typing in the filter narrows the timeline (the Kakao incident's events: Naver's are
        // listed once "All events" is on).
        const int all = window.timelineView()->table()->model()->rowCount();
        QTest::keyClicks(window.timelineView()->filterEdit(), QStringLiteral("KakaoTalk"));
        QVERIFY(window.timelineView()->table()->model()->rowCount() < all);
        QVERIFY(window.timelineView()->table()->model()->rowCount() > 0);

        // Choosing the other incident re-analyses it.
        QSignalSpy changed(&session, &DashboardSession::analysisChanged);
        session.selectIncident(QStringLiteral("naver-2022-10-15"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.incidentId(), QStringLiteral("naver-2022-10-15"));
        QCOMPARE(window.chartView()->seriesCount(), session.analysis().services().size());
    }

    // Ctrl+→ steps through every moment of the incident, the 21:30 notice on 16 Oct included
    // (the milestones alone skipped it), and Ctrl+← comes back the same way.
    void ctrlRightVisitsEveryEvent()
    {
        DashboardSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("jumps.sqlite"))));
        QVERIFY(session.loadDemoIfEmpty());
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ReplayController *replay = window.replay();
        replay->setTime(replay->from());
        QList<TimeMs> visited;
        for (int step = 0; step < 500 && replay->hasNextMilestone(); ++step) {
            const TimeMs before = replay->time();
            QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
            // A button's shortcut animates a click: the click lands a moment later.
            QTRY_VERIFY(replay->time() != before);
            visited.append(replay->time());
        }
        QVERIFY(visited.contains(kst(16, 21, 30)));
        QVERIFY(visited.contains(kst(15, 15, 30)));
        for (qsizetype i = 1; i < visited.size(); ++i)
            QVERIFY(visited.at(i - 1) < visited.at(i));
        // Every moment after the start, in order, none skipped.
        QList<TimeMs> expected;
        for (TimeMs m : replay->milestones())
            if (m > replay->from() && m <= replay->to())
                expected.append(m);
        QCOMPARE(visited, expected);
        const TimeMs at = replay->time();
        QTest::keyClick(&window, Qt::Key_Left, Qt::ControlModifier);
        QTRY_VERIFY(replay->time() < at);
        QCOMPARE(replay->time(), visited.value(visited.size() - 2));
    }

    void importKeepsGoodLinesAndReportsBadOnes()
    {
        DashboardSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("import.sqlite"))));
        MainWindow window(&session);
        window.importController()->setQuiet(true);
        const QString path = m_dir.filePath(QStringLiteral("feed.ndjson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\":\"service\",\"key\":\"web\",\"name\":\"Web\",\"users\":100}\n"
                "{\"type\":\"sample\",\"time\":\"2024-01-01T00:00:00Z\",\"service\":\"web\",\"availability\":2}\n"
                "{\"type\":\"sample\",\"time\":\"2024-01-01T00:00:00Z\",\"service\":\"web\",\"availability\":0.5}\n");
        f.close();
        QSignalSpy done(window.importController(), &ImportController::importFinished);
        window.importController()->importFiles({path});
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toBool(), true);
        const QString message = window.importController()->lastMessages().join(u'\n');
        QVERIFY2(message.contains(QStringLiteral("1 rejected")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("availability")), qPrintable(message));
        QCOMPARE(session.snapshot().services.size(), 1);
        QCOMPARE(session.snapshot().samples.size(), 1);
        QCOMPARE(session.snapshot().rejectCount, 1);
    }

    void exportReportWritesAPdf()
    {
        DashboardSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("report.sqlite"))));
        QVERIFY(session.loadDemoIfEmpty());
        MainWindow window(&session);
        const QString out = m_dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(window.windowActions()->exportReport(out));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!window.windowActions()->exportReport(QStringLiteral("/proc/forbidden/r.pdf")));
    }

    void quietSourceTurnsItsTilesStale()
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
        MainWindow window(&session);
        StatusTileWidget *web = nullptr, *api = nullptr;
        for (StatusTileWidget *t : window.statusBoard()->tiles())
            (t->values().name == u"Web" ? web : api) = t;
        QVERIFY(web && api);
        QVERIFY(web->values().staleSeconds.has_value());
        QVERIFY(*web->values().staleSeconds >= 600);
        QVERIFY2(web->accessibleName().contains(QStringLiteral("STALE")), qPrintable(web->accessibleName()));
        QVERIFY(!api->values().staleSeconds.has_value());

        // The Sources dialog says the same, and validates the file it edits.
        SourcesDialog dialog(window.liveFeeds());
        dialog.setStatus(session.snapshot());
        dialog.editor()->setPlainText(QStringLiteral("{\"sources\": [{\"name\": \"x\", \"kind\": \"nope\"}]}"));
        QVERIFY2(
            dialog.validationText().contains(QStringLiteral("sources[0].kind")), qPrintable(dialog.validationText()));
        dialog.editor()->setPlainText(
            QStringLiteral("{\"sources\": [{\"name\": \"x\", \"kind\": \"follow\", \"path\": \"/tmp/x\"}]}"));
        QVERIFY2(dialog.validationText().contains(QStringLiteral("1 source")), qPrintable(dialog.validationText()));
    }

    void rejectedRecordsAreListedVerbatim()
    {
        const QString db = m_dir.filePath(QStringLiteral("rejects.sqlite"));
        TimelineStore store(QStringLiteral("seed-rejects"));
        QVERIFY(store.open(db));
        FeedBatch b;
        b.rejects.append({QStringLiteral("feed.ndjson"), 3, 120, QStringLiteral("time"), QStringLiteral("not RFC 3339"),
            QStringLiteral("<b>x</b>'; DROP TABLE samples;--\u0007"), 1});
        QVERIFY(store.write(b));
        RejectsDialog dialog;
        dialog.load(store.rejects(1000));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->index(0, RejectModel::ReasonColumn).data().toString(), QStringLiteral("not RFC 3339"));
        QVERIFY(dialog.model()
                    ->index(0, RejectModel::RawColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("<b>x</b>'; DROP")));
        QCOMPARE(
            dialog.model()->index(0, RejectModel::LineColumn).data().toString(), QStringLiteral("line 3, byte 120"));
    }

    void wallModeHidesMenusAndEscLeaves()
    {
        DashboardSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("wall.sqlite"))));
        QVERIFY(session.loadDemoIfEmpty());
        MainWindow window(&session);
        window.show();
        window.setWallMode(true);
        QVERIFY(window.isWallMode());
        QVERIFY(window.timelineView()->isHidden());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isWallMode());
        QVERIFY(!window.timelineView()->isHidden());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
