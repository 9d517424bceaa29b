// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL outages of any length (issue #18), against a real server: run under
// tests/pg/with_postgres.sh, which starts one and says how to stop and start it again.
//
// Two `serve` processes take a webhook source and a Prometheus poll source (FakePrometheus)
// into the shared timeline while posts keep coming; a dashboard window and a wall display
// look at it. The server's backends are killed once, then the server is stopped for 15 s and
// for 2 minutes and started again. Nothing may be lost, doubled or shown as current while it is
// away, and nobody may need a restart.
#include "../timelinestoretestaccess.h"
#include "fakeprometheus.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "store/timelinestore.h"
#include "wall/wallwindow.h"
#include "webhookposter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QByteArray kToken = QByteArrayLiteral("pg-outage-test-token-0123456789");
constexpr qint64 kBase = 1700000000000; // posted samples: kBase + n seconds
constexpr qint64 kStepSec = 5; // the poll source's query step
constexpr qint64 kWindowSec = 20; // its window: much shorter than the long outage

QByteArray postBody(int n)
{
    return QStringLiteral(R"({"type":"sample","time":%1,"service":"hooked","availability":0.5,"source":"push"})"
                          "\n")
        .arg(kBase + qint64(n) * 1000)
        .toUtf8();
}
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

class TstPgOutage : public QObject {
    Q_OBJECT

    QString m_pg;
    QString m_pgCtl;
    QTemporaryDir m_dir;

    // pg_ctl runs beside the event loop: the fake Prometheus, the posts and the dashboard go on.
    bool server(const QString &action)
    {
        QProcess ctl;
        ctl.start(
            QStringLiteral("sh"), {QStringLiteral("-c"), m_pgCtl + u' ' + action + QStringLiteral(" >/dev/null")});
        if (!ctl.waitForStarted())
            return false;
        QElapsedTimer waited;
        waited.start();
        while (ctl.state() != QProcess::NotRunning && waited.elapsed() < 90000)
            QTest::qWait(50);
        return ctl.state() == QProcess::NotRunning && ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0;
    }

    std::unique_ptr<QProcess> startServe(int n, quint16 promPort, quint16 *listenerPort)
    {
        QFile config(m_dir.filePath(QStringLiteral("sources%1.json").arg(n)));
        if (!config.open(QIODevice::WriteOnly))
            return nullptr;
        // Built, not written out: moc reads a "//" inside a raw string literal as a comment.
        const QJsonObject poll {{QStringLiteral("name"), QStringLiteral("prom")},
            {QStringLiteral("kind"), QStringLiteral("poll")}, {QStringLiteral("format"), QStringLiteral("prometheus")},
            {QStringLiteral("url"),
                QStringLiteral("http://127.0.0.1:%1/api/v1/query_range?query=up&start={start}&end={end}&step=%2")
                    .arg(promPort)
                    .arg(kStepSec)},
            {QStringLiteral("interval_s"), 2}, {QStringLiteral("timeout_s"), 5},
            {QStringLiteral("window_s"), kWindowSec},
            {QStringLiteral("mapping"),
                QJsonObject {{QStringLiteral("label"), QStringLiteral("job")},
                    {QStringLiteral("services"), QJsonObject {{QStringLiteral("probe"), QStringLiteral("api")}}}}}};
        const QJsonObject push {{QStringLiteral("name"), QStringLiteral("push")},
            {QStringLiteral("kind"), QStringLiteral("webhook")}, {QStringLiteral("format"), QStringLiteral("ndjson")}};
        const QJsonObject sources {
            {QStringLiteral("listener"),
                QJsonObject {{QStringLiteral("address"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), 0}}},
            {QStringLiteral("sources"), QJsonArray {push, poll}}};
        config.write(QJsonDocument(sources).toJson());
        config.close();
        auto serve = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OUTAGEDASH_TOKEN"), QString::fromLatin1(kToken));
        serve->setProcessEnvironment(env);
        serve->start(QStringLiteral(OUTAGEDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--db"), m_pg, QStringLiteral("--sources"), config.fileName()});
        if (!serve->waitForStarted())
            return nullptr;
        static const QRegularExpression said(QStringLiteral("webhooks on http://127\\.0\\.0\\.1:(\\d+)/"));
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            out += serve->readAllStandardOutput();
            const QRegularExpressionMatch m = said.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                *listenerPort = quint16(m.captured(1).toUInt());
                return serve;
            }
            QTest::qWait(50);
        }
        qWarning("serve said: %s / %s", out.constData(), serve->readAllStandardError().constData());
        return nullptr;
    }

    static int notCurrent(const QWidget &wall)
    {
        int n = 0;
        for (const QLabel *label : wall.findChildren<QLabel *>())
            n += label->text().contains(QStringLiteral("NOT CURRENT"));
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_pg = qEnvironmentVariable("OUTAGEDASH_TEST_PG");
        m_pgCtl = qEnvironmentVariable("OUTAGEDASH_TEST_PG_CTL");
        if (m_pg.isEmpty() || m_pgCtl.isEmpty())
            QSKIP("needs a PostgreSQL server: run under tests/pg/with_postgres.sh (CTest does)");
        QVERIFY(m_dir.isValid());
    }

    void outagesOfAnyLengthLoseNothing()
    {
        QElapsedTimer whole;
        whole.start();
        FakePrometheus prometheus;
        QVERIFY(prometheus.start());
        QList<quint16> ports;
        std::vector<std::unique_ptr<QProcess>> serves;
        for (int n = 0; n < 2; ++n) {
            quint16 port = 0;
            serves.push_back(startServe(n, prometheus.serverPort(), &port));
            QVERIFY2(serves.back(), "serve did not start");
            ports.append(port);
        }
        DashboardSession display; // the default retry interval (5 s), as a real window has it
        QVERIFY2(display.open(m_pg), qPrintable(display.lastError()));
        MainWindow window(&display);
        window.show();
        WallWindow wall(&display);
        wall.resize(1920, 1080);
        wall.show();
        const auto *storeProblem = window.findChild<QLabel *>(QStringLiteral("storeProblem"));
        QVERIFY(storeProblem);

        WebhookPoster poster(ports, kToken);
        int sent = 0;
        QTimer posting;
        posting.setInterval(500);
        connect(&posting, &QTimer::timeout, &poster, [&] { poster.send(postBody(sent++)); });
        posting.start();
        QTest::qWait(8000);
        QVERIFY2(poster.problems().isEmpty(), qPrintable(poster.problems().join(u'\n')));
        QCOMPARE(poster.refusals(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!display.snapshot().samples.isEmpty(), 5000);
        QVERIFY(!storeProblem->isVisibleTo(&window));
        QCOMPARE(notCurrent(wall), 0);

        // The server stays, its backends go (an administrator's pg_terminate_backend, a crash of
        // one backend): every connection opens again at its next statement.
        {
            TimelineStore admin(QStringLiteral("admin"));
            QVERIFY2(admin.open(m_pg), qPrintable(admin.lastError()));
            QSqlQuery q(TimelineStoreTestAccess::database(admin));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE application_name = 'outagedash' AND pid <> pg_backend_pid()"))
                && q.next());
            QVERIFY2(q.value(0).toInt() >= 3, "two serve processes and the dashboard were connected");
        }
        const int refusedBefore = poster.refusals();
        QTest::qWait(6000);
        QTRY_VERIFY_WITH_TIMEOUT(display.storeProblem().isEmpty(), 15000);
        qInfo("backends killed: %d posts refused, retried", poster.refusals() - refusedBefore);

        qint64 firstStopAt = 0;
        for (const int seconds : {15, 120}) {
            const int refused = poster.refusals();
            const qint64 stoppedAt = now();
            firstStopAt = firstStopAt ? firstStopAt : stoppedAt;
            QVERIFY(server(QStringLiteral("stop -m fast")));
            // The screens say so within the dashboard's check interval (5 s), and keep what they had.
            QTRY_VERIFY_WITH_TIMEOUT(!display.storeProblem().isEmpty(), 15000);
            const qint64 noticedAfter = now() - stoppedAt;
            QTRY_COMPARE_WITH_TIMEOUT(notCurrent(wall), 2, 2000);
            QVERIFY(storeProblem->isVisibleTo(&window));
            QVERIFY(!display.snapshot().samples.isEmpty());
            while (now() - stoppedAt < seconds * 1000)
                QTest::qWait(200);
            QVERIFY2(poster.problems().isEmpty(), qPrintable(poster.problems().join(u'\n')));
            QVERIFY(!display.storeProblem().isEmpty());
            QCOMPARE(notCurrent(wall), 2);

            const qint64 startedAt = now();
            QVERIFY(server(QStringLiteral("start")));
            const qint64 upAt = now();
            QTRY_VERIFY_WITH_TIMEOUT(display.storeProblem().isEmpty(), 30000);
            const qint64 dashboardBack = now() - upAt;
            QTRY_COMPARE_WITH_TIMEOUT(notCurrent(wall), 0, 2000);
            QVERIFY(!storeProblem->isVisibleTo(&window));
            QTRY_VERIFY_WITH_TIMEOUT(poster.lastDeliveredAtMs() > upAt, 30000);
            qInfo("%d s outage: noticed by the dashboard after %.1f s; server up %.1f s after pg_ctl start; "
                  "dashboard current again %.1f s and the first post stored %.1f s after that; %d posts refused "
                  "with 503 + Retry-After",
                seconds, noticedAfter / 1000.0, (upAt - startedAt) / 1000.0, dashboardBack / 1000.0,
                (poster.lastDeliveredAtMs() - upAt) / 1000.0, poster.refusals() - refused);
            QVERIFY2(poster.refusals() > refused, "posts during the outage are refused, not lost or faked");
            QTest::qWait(8000);
        }
        posting.stop();
        QTRY_VERIFY_WITH_TIMEOUT(poster.outstanding() == 0, 60000);
        QVERIFY2(poster.problems().isEmpty(), qPrintable(poster.problems().join(u'\n')));
        for (const auto &serve : serves)
            QCOMPARE(serve->state(), QProcess::Running); // never restarted
        const qint64 lastPosted = kBase + qint64(sent - 1) * 1000;
        // The dashboard follows writes again (it listens on its new connection).
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(display.snapshot().samples.cbegin(), display.snapshot().samples.cend(),
                                     [&](const HealthSample &s) { return s.time == lastPosted; }),
            10000);

        // Every post stored exactly once, whether it was answered 200 at once or after 503s.
        TimelineStore check(QStringLiteral("check"));
        QVERIFY2(check.open(m_pg), qPrintable(check.lastError()));
        QSqlQuery q(TimelineStoreTestAccess::database(check));
        QVERIFY(q.exec(QStringLiteral("SELECT time FROM samples WHERE source = 'push' ORDER BY time")));
        QList<qint64> stored;
        while (q.next())
            stored.append(q.value(0).toLongLong());
        QCOMPARE(stored.size(), sent);
        for (int n = 0; n < sent; ++n)
            QCOMPARE(stored.at(n), kBase + qint64(n) * 1000);
        int storedBy200 = 0;
        for (const WebhookPoster::Post &p : poster.posts()) {
            QVERIFY(p.delivered);
            QCOMPARE(p.stored + p.alreadyStored, 1);
            storedBy200 += int(p.stored);
        }

        // The poll series has no gap: once the pollers caught up, every step from the first
        // sample to now is there, the two outages included.
        const qint64 caughtUpTo = now() - 10000;
        QVector<qint64> series;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                series.clear();
                QSqlQuery s(TimelineStoreTestAccess::database(check));
                s.exec(
                    QStringLiteral("SELECT time FROM samples WHERE source = 'prom' AND service = 'api' ORDER BY time"));
                while (s.next())
                    series.append(s.value(0).toLongLong());
                return !series.isEmpty() && series.last() >= caughtUpTo;
            }(),
            30000);
        qint64 widest = 0;
        for (qsizetype i = 1; i < series.size(); ++i)
            widest = qMax(widest, series.at(i) - series.at(i - 1));
        QVERIFY2(widest == kStepSec * 1000,
            qPrintable(QStringLiteral("a gap of %1 s in the poll series").arg(widest / 1000.0)));
        QVERIFY2(series.first() < firstStopAt, "the series reaches back before both outages");
        // After the long outage a poll asked from the last stored sample, not only its window.
        qint64 longest = 0;
        for (const FakePrometheus::Query &query : prometheus.queries())
            longest = qMax(longest, query.end - query.start);
        QVERIFY2(longest > 100, qPrintable(QStringLiteral("the longest poll asked for %1 s").arg(longest)));
        QVERIFY(longest <= 3600);
        QSqlQuery doubled(TimelineStoreTestAccess::database(check));
        QVERIFY(doubled.exec(QStringLiteral("SELECT level, SUM(n) FROM sample_rollups WHERE service = 'hooked' "
                                            "GROUP BY level")));
        while (doubled.next())
            QCOMPARE(doubled.value(1).toLongLong(), sent); // each post counted once in every rollup level
        qInfo("%d posts: %d stored by their first 200, %d refusals in all; poll series of %lld samples, "
              "widest step %.0f s, longest catch-up poll %lld s; %lld polls; the test took %.0f s",
            sent, storedBy200, poster.refusals(), qint64(series.size()), widest / 1000.0, longest,
            qint64(prometheus.queries().size()), whole.elapsed() / 1000.0);
        for (const auto &serve : serves) {
            serve->terminate();
            QVERIFY(serve->waitForFinished(10000));
            const QByteArray log = serve->readAllStandardError();
            QCOMPARE(log.count("timeline reachable again"), log.count("timeline unreachable"));
            QVERIFY2(log.count("timeline unreachable") >= 2, log.constData());
        }
    }
};

QTEST_MAIN(TstPgOutage)
#include "tst_pgoutage.moc"
