#include "dashboardsession.h"
#include "importcontroller.h"
#include "incidentheaderwidget.h"
#include "mainwindow.h"
#include "recoverychartview.h"
#include "statusboardwidget.h"
#include "statustilewidget.h"
#include "timelineview.h"

#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
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

class TstMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstStartShowsTheDemoWithTilesChartAndTimeline()
    {
        DashboardSession session;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("gui.sqlite"))), qPrintable(session.lastError()));
        QVERIFY(session.loadDemoIfEmpty());
        QVERIFY(!session.loadDemoIfEmpty());   // only on an empty database
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
        QVERIFY(window.header()->headlineText().contains(QLocale().toString(qRound64(session.statusModel()->totalAffected()))));

        // Typing in the filter narrows the timeline.
        const int all = window.timelineView()->table()->model()->rowCount();
        QTest::keyClicks(window.timelineView()->filterEdit(), QStringLiteral("Naver"));
        QVERIFY(window.timelineView()->table()->model()->rowCount() < all);
        QVERIFY(window.timelineView()->table()->model()->rowCount() > 0);

        // Choosing the other incident re-analyses it.
        QSignalSpy changed(&session, &DashboardSession::analysisChanged);
        session.selectIncident(QStringLiteral("naver-2022-10-15"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.incidentId(), QStringLiteral("naver-2022-10-15"));
        QCOMPARE(window.chartView()->seriesCount(), session.analysis().services().size());
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
        QVERIFY(window.exportReport(out));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!window.exportReport(QStringLiteral("/proc/forbidden/r.pdf")));
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
