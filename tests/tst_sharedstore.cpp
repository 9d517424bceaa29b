// SPDX-License-Identifier: GPL-3.0-or-later
// The shared PostgreSQL timeline (issue #9), against a real server: run under
// tests/pg/with_postgres.sh, which starts one and sets OUTAGEDASH_TEST_PG and PGPASSWORD.
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "incidentheaderwidget.h"
#include "ingest/demodataset.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "store/storecopier.h"
#include "store/storelocation.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

namespace {
const QStringList kTables = {QStringLiteral("services"), QStringLiteral("dependencies"), QStringLiteral("samples"),
    QStringLiteral("state_changes"), QStringLiteral("incidents"), QStringLiteral("incident_updates"),
    QStringLiteral("annotations"), QStringLiteral("rejects"), QStringLiteral("scenarios"),
    QStringLiteral("sample_rollups"), QStringLiteral("meta")};
const QString kToken = QStringLiteral("shared-store-test-token-0123456789");

qint64 count(const TimelineStore &store, const QString &table)
{
    QSqlQuery q(TimelineStoreTestAccess::database(store));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}
QList<qint64> counts(const TimelineStore &store)
{
    QList<qint64> out;
    for (const QString &t : kTables)
        out.append(count(store, t));
    return out;
}
// The figures a reviewer reads, as the report and `summary --json` print them.
QByteArray figures(const TimelineStore &store)
{
    const TimelineSnapshot snapshot = store.snapshot();
    const IncidentAnalysis analysis(snapshot, snapshot.pickIncident({}));
    return QJsonDocument(analysis.toJson()).toJson(QJsonDocument::Compact);
}
HealthSample sample(const QString &service, qint64 time, double availability)
{
    return {time, service, QStringLiteral("writer"), availability, {}, {}, false};
}
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TstSharedStore : public QObject {
    Q_OBJECT

    QString m_pg;

    // An empty shared database for each test: every host would see the same.
    QString fresh()
    {
        TimelineStore admin(QStringLiteral("reset"));
        if (!admin.open(m_pg))
            qFatal("cannot open the test server: %s", qPrintable(admin.lastError()));
        QSqlQuery q(TimelineStoreTestAccess::database(admin));
        if (!q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) || !q.exec(QStringLiteral("CREATE SCHEMA public")))
            qFatal("cannot reset the test database: %s", qPrintable(q.lastError().text()));
        return m_pg;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_pg = qEnvironmentVariable("OUTAGEDASH_TEST_PG");
        if (m_pg.isEmpty())
            QSKIP("needs a PostgreSQL server: run under tests/pg/with_postgres.sh (CTest does)");
    }

    void sameFiguresOnBothEngines()
    {
        TimelineStore sqlite(QStringLiteral("lite"));
        QVERIFY(sqlite.open(QStringLiteral(":memory:")));
        QVERIFY(DemoDataset::load(sqlite));
        TimelineStore pg(QStringLiteral("pg"));
        QVERIFY2(pg.open(fresh()), qPrintable(pg.lastError()));
        QString error;
        QVERIFY2(DemoDataset::load(pg, &error), qPrintable(error));
        QCOMPARE(counts(pg), counts(sqlite));
        QCOMPARE(pg.services(), sqlite.services());
        QCOMPARE(pg.samples(), sqlite.samples());
        QCOMPARE(pg.stateChanges(), sqlite.stateChanges());
        QCOMPARE(pg.incidents(), sqlite.incidents());
        const QByteArray a = figures(sqlite), b = figures(pg);
        QVERIFY(a.contains("peak"));
        QCOMPARE(b, a);
        // The demo loaded twice adds nothing, on PostgreSQL as on SQLite.
        QVERIFY(DemoDataset::load(pg));
        QCOMPARE(counts(pg), counts(sqlite));
    }

    void migrateCopiesBothWaysIdempotently()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("local.sqlite"));
        const QString back = dir.filePath(QStringLiteral("back.sqlite"));
        fresh();
        {
            TimelineStore local(QStringLiteral("local"));
            QVERIFY(local.open(file));
            QVERIFY(DemoDataset::load(local));
            Annotation note {0, 1665815000000, QStringLiteral("messaging"), {}, QStringLiteral("me"),
                QStringLiteral("'); DROP TABLE samples; -- 노트")};
            QVERIFY(local.addAnnotation(note));
        }
        auto migrate = [](const QString &from, const QString &to, QByteArray *output) {
            QProcess p;
            p.start(QStringLiteral(OUTAGEDASH_BINARY),
                {QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
            p.waitForFinished(120000);
            *output = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QByteArray output;
        QCOMPARE(migrate(QStringLiteral("sqlite:") + file, m_pg, &output), 0);
        QVERIFY2(output.contains("0 already there"), output.constData());
        QVERIFY2(!output.contains(qgetenv("PGPASSWORD")), "the password must never be printed");
        QCOMPARE(migrate(QStringLiteral("sqlite:") + file, m_pg, &output), 0);
        QVERIFY2(output.contains(" 0 new"), output.constData());
        QCOMPARE(migrate(m_pg, back, &output), 0);
        QCOMPARE(migrate(m_pg, back, &output), 0);
        QVERIFY2(output.contains(" 0 new"), output.constData());

        TimelineStore local(QStringLiteral("local")), pg(QStringLiteral("pg")), copy(QStringLiteral("copy"));
        QVERIFY(local.open(file) && pg.open(m_pg) && copy.open(back));
        QCOMPARE(counts(pg), counts(local));
        QCOMPARE(counts(copy), counts(local));
        QCOMPARE(figures(pg), figures(local));
        QCOMPARE(figures(copy), figures(local));
        QCOMPARE(copy.annotations().constLast().text, local.annotations().constLast().text);
        // The rollups the destination rebuilt are the ones ingest kept at the source.
        QSqlQuery sums(TimelineStoreTestAccess::database(pg));
        QVERIFY(sums.exec(QStringLiteral("SELECT SUM(n), SUM(sum) FROM sample_rollups")) && sums.next());
        QSqlQuery localSums(TimelineStoreTestAccess::database(local));
        QVERIFY(localSums.exec(QStringLiteral("SELECT SUM(n), SUM(sum) FROM sample_rollups")) && localSums.next());
        QCOMPARE(sums.value(0).toLongLong(), localSums.value(0).toLongLong());
        QVERIFY(qAbs(sums.value(1).toDouble() - localSums.value(1).toDouble()) < 1e-6);
    }

    void everyDashboardHearsOfAWriteWithinASecond()
    {
        fresh();
        DashboardSession display;
        QVERIFY2(display.open(m_pg), qPrintable(display.lastError()));
        QVERIFY(display.snapshot().services.isEmpty());
        TimelineStore otherHost(QStringLiteral("other-host"));
        QVERIFY(otherHost.open(m_pg));
        FeedBatch batch;
        batch.services.append({QStringLiteral("chat"), QStringLiteral("Chat"), 1000, {}, {}});
        batch.samples.append(sample(QStringLiteral("chat"), 1000, 0.5));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(otherHost.write(batch));
        QTRY_VERIFY_WITH_TIMEOUT(display.snapshot().services.size() == 1, 1000);
        qInfo("a write on another connection reached the dashboard's models in %lld ms", clock.elapsed());
        // Notes are shared too.
        Annotation note {0, 1000, QStringLiteral("chat"), {}, QStringLiteral("me"), QStringLiteral("looking")};
        QVERIFY(otherHost.addAnnotation(note));
        QTRY_VERIFY_WITH_TIMEOUT(display.snapshot().annotations.size() == 1, 1000);
    }

    void dashboardKeepsItsDataWhileTheServerIsDownAndReconnects()
    {
        fresh();
        const QString pgCtl = qEnvironmentVariable("OUTAGEDASH_TEST_PG_CTL");
        QVERIFY2(!pgCtl.isEmpty(), "with_postgres.sh sets OUTAGEDASH_TEST_PG_CTL");
        auto server = [&pgCtl](const char *action) {
            return QProcess::execute(QStringLiteral("sh"),
                {QStringLiteral("-c"), pgCtl + u' ' + QLatin1StringView(action) + QStringLiteral(" >/dev/null")});
        };
        {
            TimelineStore writer(QStringLiteral("writer"));
            QVERIFY(writer.open(m_pg));
            QVERIFY(DemoDataset::load(writer));
        }
        DashboardSession display;
        display.setStoreRetryInterval(300);
        QVERIFY2(display.open(m_pg), qPrintable(display.lastError()));
        const QByteArray before = QJsonDocument(display.analysis().toJson()).toJson();
        const qsizetype services = display.snapshot().services.size();
        QVERIFY(services > 0);
        QSignalSpy problems(&display, &DashboardSession::storeProblemChanged);

        TimelineStore hostBefore(QStringLiteral("host-before")); // connected before the restart
        QVERIFY(hostBefore.open(m_pg));
        QCOMPARE(server("stop"), 0);
        display.reload();
        QVERIFY2(display.storeProblem().contains(QStringLiteral("as loaded at")), qPrintable(display.storeProblem()));
        QCOMPARE(problems.size(), 1);
        // What the screens showed is still there, figure for figure.
        QCOMPARE(display.snapshot().services.size(), services);
        QCOMPARE(QJsonDocument(display.analysis().toJson()).toJson(), before);
        QTest::qWait(1000); // several retries against a server that is not there
        QCOMPARE(display.snapshot().services.size(), services);

        QCOMPARE(server("start"), 0);
        QTRY_VERIFY_WITH_TIMEOUT(display.storeProblem().isEmpty(), 5000);
        QVERIFY(problems.last().first().toString().isEmpty());
        // Listening again too: a write from another host reaches it within a second.
        TimelineStore otherHost(QStringLiteral("other-host"));
        QVERIFY(otherHost.open(m_pg));
        FeedBatch batch;
        batch.services.append({QStringLiteral("newcomer"), QStringLiteral("Newcomer"), 10, {}, {}});
        QVERIFY(otherHost.write(batch));
        QTRY_VERIFY_WITH_TIMEOUT(display.snapshot().services.size() == services + 1, 1000);
        // A writer whose connection died with the server reconnects by itself (serve does this).
        batch.services.first().key = QStringLiteral("second");
        QVERIFY2(hostBefore.write(batch), qPrintable(hostBefore.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(display.snapshot().services.size() == services + 2, 1000);
    }

    void concurrentWritersLoseAndDoubleNothing()
    {
        fresh();
        {
            TimelineStore init(QStringLiteral("init"));
            QVERIFY(init.open(m_pg));
        }
        // Three writers, overlapping on purpose: every sample is sent by two of them, in
        // orders that make PostgreSQL's row locks cross.
        constexpr int kSamples = 6000;
        auto batchFor = [](int writer) {
            FeedBatch b;
            for (int i = 0; i < kSamples; ++i) {
                const int t = writer == 1 ? kSamples - 1 - i : i;
                if (t % 3 == writer)
                    continue;
                b.samples.append(sample(QStringLiteral("svc%1").arg(t % 4), qint64(t) * 1000, (t % 10) / 10.0));
            }
            return b;
        };
        QList<bool> ok(3, false);
        QList<WriteStats> stats(3);
        QStringList errors(3);
        std::vector<std::thread> threads;
        for (int w = 0; w < 3; ++w)
            threads.emplace_back([&, w] {
                TimelineStore store(QStringLiteral("writer%1").arg(w));
                if (!store.open(m_pg)) {
                    errors[w] = store.lastError();
                    return;
                }
                ok[w] = store.write(batchFor(w), &stats[w], 500);
                errors[w] = store.lastError();
            });
        for (auto &t : threads)
            t.join();
        for (int w = 0; w < 3; ++w)
            QVERIFY2(ok[w], qPrintable(errors[w]));
        TimelineStore check(QStringLiteral("check"));
        QVERIFY(check.open(m_pg));
        QCOMPARE(check.sampleCount(), kSamples);
        QCOMPARE(stats[0].inserted + stats[1].inserted + stats[2].inserted, kSamples);
        // Each sample counted once in its rollups, at every level.
        QSqlQuery q(TimelineStoreTestAccess::database(check));
        QVERIFY(q.exec(QStringLiteral("SELECT level, SUM(n) FROM sample_rollups GROUP BY level")));
        int levels = 0;
        while (q.next()) {
            ++levels;
            QCOMPARE(q.value(1).toLongLong(), kSamples);
        }
        QCOMPARE(levels, 5);
    }

    void serveFeedsADashboardOnAnotherProcess()
    {
        fresh();
        QTemporaryDir dir;
        const quint16 port = freePort();
        QFile config(dir.filePath(QStringLiteral("sources.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"listener": {"address": "127.0.0.1", "port": %1},
            "sources": [{"name": "push", "kind": "webhook", "format": "ndjson"}]})")
                         .arg(port)
                         .toUtf8());
        config.close();
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OUTAGEDASH_TOKEN"), kToken);
        serve.setProcessEnvironment(env);
        serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        serve.start(QStringLiteral(OUTAGEDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--db"), m_pg, QStringLiteral("--sources"), config.fileName()});
        QVERIFY(serve.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (said += serve.readAllStandardOutput()).contains("webhooks on"), said.constData(), 20000);

        DashboardSession display;
        QVERIFY2(display.open(m_pg), qPrintable(display.lastError()));
        MainWindow window(&display); // the dashboard itself, on the offscreen platform
        window.show();
        QNetworkAccessManager net;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/push").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-ndjson"));
        const QByteArray body = R"({"type":"service","key":"pay","name":"Pay","users":2000}
{"type":"sample","time":1665815000000,"service":"pay","availability":0.25,"source":"probe"}
)";
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = net.post(request, body);
        // What the window's tiles and headline show: the status model, and the header's text.
        QTRY_VERIFY_WITH_TIMEOUT(display.statusModel()->rowCount() == 1
                && window.header()->headlineText().contains(QLocale().toString(1500)),
            1000);
        const qint64 elapsed = clock.elapsed();
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        qInfo("posted to serve → in the other process's dashboard window after %lld ms", elapsed);
        QCOMPARE(display.snapshot().services.first().key, QStringLiteral("pay"));
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        reply->deleteLater();
    }

    void twoServersAndAnImportLoseAndDoubleNothing()
    {
        fresh();
        QTemporaryDir dir;
        constexpr qint64 kBase = 1665800000000; // epoch ms the parser takes as a time
        // 40 posts of 50 samples each, every post sent to both servers; an import of 3,000
        // more (1,000 of them the same as posted ones) at the same time.
        QStringList posts;
        for (int p = 0; p < 40; ++p) {
            QString body;
            for (int i = 0; i < 50; ++i)
                body += QStringLiteral(
                    R"({"type":"sample","time":%1,"service":"svc%2","availability":0.5,"source":"hook"})"
                    "\n")
                            .arg(kBase + qint64(p * 50 + i) * 1000)
                            .arg((p * 50 + i) % 3);
            posts.append(body);
        }
        QFile file(dir.filePath(QStringLiteral("import.ndjson")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1000; i < 4000; ++i)
            file.write(
                QStringLiteral(R"({"type":"sample","time":%1,"service":"svc%2","availability":0.5,"source":"%3"})"
                               "\n")
                    .arg(kBase + qint64(i) * 1000)
                    .arg(i % 3)
                    .arg(i < 2000 ? u"hook"_qs : u"file"_qs)
                    .toUtf8());
        file.close();
        // 1000..1999 duplicate posted samples; 2000..3999 are new rows from "file".
        const qint64 expected = 40 * 50 + 2000;

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OUTAGEDASH_TOKEN"), kToken);
        QList<quint16> ports;
        std::vector<std::unique_ptr<QProcess>> servers;
        for (int s = 0; s < 2; ++s) {
            const quint16 port = freePort();
            ports.append(port);
            QFile config(dir.filePath(QStringLiteral("sources%1.json").arg(s)));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(QStringLiteral(R"({"listener": {"address": "127.0.0.1", "port": %1},
                "sources": [{"name": "push", "kind": "webhook", "format": "ndjson"}]})")
                             .arg(port)
                             .toUtf8());
            config.close();
            auto &server = servers.emplace_back(std::make_unique<QProcess>());
            server->setProcessEnvironment(env);
            server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            server->start(QStringLiteral(OUTAGEDASH_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--db"), m_pg, QStringLiteral("--sources"),
                    config.fileName()});
            QVERIFY(server->waitForStarted());
            QByteArray said;
            QTRY_VERIFY2_WITH_TIMEOUT(
                (said += server->readAllStandardOutput()).contains("webhooks on"), said.constData(), 20000);
        }
        QProcess import;
        import.start(QStringLiteral(OUTAGEDASH_BINARY),
            {QStringLiteral("import"), QStringLiteral("--db"), m_pg, file.fileName()});
        QNetworkAccessManager net;
        QList<QNetworkReply *> replies;
        for (const QString &body : posts)
            for (quint16 port : ports) {
                QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/push").arg(port)));
                request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
                request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-ndjson"));
                replies.append(net.post(request, body.toUtf8()));
            }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(60000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        for (auto &server : servers) {
            server->terminate();
            QVERIFY(server->waitForFinished(10000));
        }
        TimelineStore check(QStringLiteral("check"));
        QVERIFY(check.open(m_pg));
        QCOMPARE(check.sampleCount(), expected);
        QSqlQuery q(TimelineStoreTestAccess::database(check));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT service, time, source FROM samples "
                                      "GROUP BY service, time, source HAVING COUNT(*) > 1) AS doubled"))
            && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT level, SUM(n) FROM sample_rollups GROUP BY level")));
        while (q.next())
            QCOMPARE(q.value(1).toLongLong(), expected);
    }
};

QTEST_MAIN(TstSharedStore)
#include "tst_sharedstore.moc"
