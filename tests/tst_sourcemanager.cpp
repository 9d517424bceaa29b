// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/httppoller.h"
#include "ingest/sourcemanager.h"
#include "ingest/webhooklistener.h"
#include "store/feedsourcetable.h"
#include "store/overviewchunks.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The ways in: webhook listener, file follower and HTTP poller, end to end into a store.
class TstSourceManager : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    const QString m_token = QStringLiteral("0123456789abcdef-test-token");

    struct Answer {
        int status = 0;
        QJsonObject body;
    };
    Answer post(quint16 port, const QString &source, const QByteArray &body, const QByteArray &token)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/%2").arg(port).arg(source)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
    }
    SourcesConfig config(const QString &extraSourcesJson = {})
    {
        qputenv("OUTAGEDASH_TOKEN", m_token.toUtf8());
        const QByteArray json
            = "{\"listener\": {\"port\": 0}, \"sources\": [{\"name\": \"hook\", \"kind\": \"webhook\", "
              "\"format\": \"ndjson\", \"stale_after_s\": 60}"
            + extraSourcesJson.toUtf8() + "]}";
        SourcesConfig c;
        QString error;
        if (!SourcesConfig::parse(json, QStringLiteral("test"), c, &error))
            qWarning("%s", qPrintable(error));
        return c;
    }
    static QByteArray sample(int minute, double availability)
    {
        return QByteArrayLiteral("{\"type\":\"sample\",\"time\":\"2024-05-01T10:")
            + QByteArray::number(minute).rightJustified(2, '0')
            + ":00Z\",\"service\":\"web\",\"availability\":" + QByteArray::number(availability) + "}\n";
    }

private slots:
    void configErrorsNameTheEntryAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("bad kind") << QByteArray("{\"sources\":[{\"name\":\"a\",\"kind\":\"carrier-pigeon\"}]}")
                                  << QStringLiteral("sources[0].kind");
        QTest::newRow("poll without url")
            << QByteArray("{\"sources\":[{\"name\":\"a\",\"kind\":\"poll\"}]}") << QStringLiteral("sources[0].url");
        QTest::newRow("duplicate name") << QByteArray(
            "{\"sources\":[{\"name\":\"a\",\"kind\":\"webhook\"},{\"name\":\"a\",\"kind\":\"webhook\"}]}")
                                        << QStringLiteral("used twice");
        QTest::newRow("unknown format") << QByteArray(
            "{\"sources\":[{\"name\":\"a\",\"kind\":\"webhook\",\"format\":\"yaml\"}]}")
                                        << QStringLiteral("sources[0].format");
        QTest::newRow("listener without token") << QByteArray("{\"listener\":{\"port\":1}}") << QStringLiteral("token");
    }
    void configErrorsNameTheEntryAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        qunsetenv("OUTAGEDASH_TOKEN");
        SourcesConfig c;
        QString error;
        QVERIFY(!SourcesConfig::parse(json, QStringLiteral("sources.json"), c, &error));
        QVERIFY2(error.contains(fragment) && error.startsWith(QStringLiteral("sources.json")), qPrintable(error));
    }

    void listenerAnswersEveryCaseAndStoresOnce()
    {
        const QString db = m_dir.filePath(QStringLiteral("hook.sqlite"));
        SourceManager manager(db);
        QString error;
        QVERIFY2(manager.start(config(), &error), qPrintable(error));
        const quint16 port = manager.listenerPort();
        QVERIFY(port > 0);
        const QByteArray good
            = "{\"type\":\"service\",\"key\":\"web\",\"name\":\"Web\",\"users\":10}\n" + sample(0, 0.5);

        QCOMPARE(post(port, QStringLiteral("hook"), good, {}).status, 401);
        QCOMPARE(post(port, QStringLiteral("hook"), good, "wrong-token-wrong-token").status, 401);
        QCOMPARE(post(port, QStringLiteral("hook"), QByteArray(1024 * 1024 + 1, '{'), m_token.toUtf8()).status, 413);
        QCOMPARE(post(port, QStringLiteral("nobody"), good, m_token.toUtf8()).status, 404);
        const Answer bad = post(port, QStringLiteral("hook"), "{\"type\":\"sample\"", m_token.toUtf8());
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.body.value(u"error").toString().contains(QStringLiteral("invalid JSON")),
            QJsonDocument(bad.body).toJson().constData());

        const Answer first = post(port, QStringLiteral("hook"), good, m_token.toUtf8());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(u"stored").toInteger(), 2);
        const Answer again = post(port, QStringLiteral("hook"), good, m_token.toUtf8());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(u"stored").toInteger(), 0);
        QCOMPARE(again.body.value(u"already_stored").toInteger(), 2);

        TimelineStore check(QStringLiteral("check-hook"));
        QVERIFY(check.open(db));
        QCOMPARE(check.sampleCount(), 1);
        QCOMPARE(check.rejectCount(), 1); // the malformed post is kept as a reject
        const QList<FeedSource> sources = FeedSourceTable::all(TimelineStoreTestAccess::database(check));
        QCOMPARE(sources.size(), 1);
        QVERIFY(sources.first().lastSeen.has_value());
        QCOMPARE(sources.first().staleAfterSec, 60);
    }

    // Live samples only forget the packed overview chunks they write into; the chunks they have
    // finished are packed after a write (every minute unless set), not the one still filling (#23).
    void liveWritesPackTheChunksTheyFinish()
    {
        const QString db = m_dir.filePath(QStringLiteral("pack.sqlite"));
        SourceManager manager(db);
        manager.setOverviewPackInterval(0);
        QString error;
        QVERIFY2(manager.start(config(), &error), qPrintable(error));
        // 30 h of one sample a minute: three or four chunks of 4,096 ten-second buckets.
        const QDateTime start(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
        QByteArray body = "{\"type\":\"service\",\"key\":\"web\",\"name\":\"Web\",\"users\":10}\n";
        for (int m = 0; m < 30 * 60; ++m)
            body += "{\"type\":\"sample\",\"time\":\"" + start.addSecs(m * 60).toString(Qt::ISODate).toUtf8()
                + "\",\"service\":\"web\",\"availability\":" + QByteArray::number((m % 7) / 7.0) + "}\n";
        QTest::qWait(2); // past the interval of 0 ms
        QCOMPARE(manager.ingest(QStringLiteral("hook"), body).status, 200);
        TimelineStore check(QStringLiteral("check-pack"));
        QVERIFY(check.open(db));
        QSqlQuery q(TimelineStoreTestAccess::database(check));
        QVERIFY(q.exec(QStringLiteral("SELECT level, chunk FROM rollup_overview ORDER BY level, chunk")));
        QList<QPair<int, qint64>> packed;
        while (q.next())
            packed.append({q.value(0).toInt(), q.value(1).toLongLong()});
        QList<QPair<int, qint64>> expected;
        const TimeMs first = start.toMSecsSinceEpoch(), last = first + (30 * 60 - 1) * 60000LL;
        for (int level : SampleRollup::kLevelsSec)
            for (qint64 c = OverviewChunks::chunkOf(first, level); c < OverviewChunks::chunkOf(last, level); ++c)
                expected.append({level, c});
        QVERIFY(expected.size() >= 2); // at 10 s at least
        QCOMPARE(packed, expected);
    }

    void followerTakesAppendedLinesOnceEvenWhenSplit()
    {
        const QString db = m_dir.filePath(QStringLiteral("follow.sqlite"));
        const QString feed = m_dir.filePath(QStringLiteral("live.ndjson"));
        QFile f(feed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sample(1, 0.1));
        f.flush();
        SourceManager manager(db);
        QSignalSpy stored(&manager, &SourceManager::batchStored);
        QString error;
        QVERIFY2(
            manager.start(
                config(QStringLiteral(",{\"name\":\"tail\",\"kind\":\"follow\",\"path\":\"%1\"}").arg(feed)), &error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() >= 1, 5000);
        // Half a line first: nothing may be taken until its newline arrives.
        const QByteArray next = sample(2, 0.2);
        f.write(next.left(20));
        f.flush();
        QTest::qWait(600);
        f.write(next.mid(20) + sample(3, 0.3));
        f.flush();
        TimelineStore check(QStringLiteral("check-follow"));
        QVERIFY(check.open(db));
        QTRY_COMPARE_WITH_TIMEOUT(check.sampleCount(), 3, 5000);
        QCOMPARE(check.rejectCount(), 0);
    }

    void pollerUsesEtagsAndBacksOffOnFailure()
    {
        QHttpServer server;
        int calls = 0;
        int conditional = 0;
        bool failing = false;
        server.route(QStringLiteral("/feed"), [&](const QHttpServerRequest &request) {
            ++calls;
            if (failing)
                return QHttpServerResponse(
                    QByteArrayLiteral("boom"), QHttpServerResponse::StatusCode::InternalServerError);
            if (request.value("If-None-Match") == "\"v1\"") {
                ++conditional;
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NotModified);
            }
            QHttpServerResponse r(QByteArrayLiteral("application/x-ndjson"), sample(5, 0.75));
            r.setHeader("ETag", "\"v1\"");
            return r;
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        HttpPoller::Options o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/feed?end={end}").arg(port));
        o.intervalMs = 100;
        o.timeoutMs = 2000;
        HttpPoller poller(o, &m_network);
        QSignalSpy fetched(&poller, &HttpPoller::fetched);
        QSignalSpy notModified(&poller, &HttpPoller::notModified);
        QSignalSpy failed(&poller, &HttpPoller::fetchFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(notModified.count() >= 2, 5000);
        QCOMPARE(fetched.count(), 1);
        QVERIFY(conditional >= 2);
        QVERIFY(!fetched.first().at(1).toUrl().query().contains(QStringLiteral("{end}")));
        failing = true;
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 3, 5000);
        QVERIFY2(failed.last().first().toString().contains(QStringLiteral("500")),
            qPrintable(failed.last().first().toString()));
        QCOMPARE(poller.consecutiveFailures(), failed.count());
        QVERIFY(poller.nextDelayMs() >= o.intervalMs * 8); // doubled per failure
        poller.stop();
    }

    void pollerGivesUpOnABodyOverTheLimit()
    {
        QHttpServer server;
        server.route(QStringLiteral("/big"), [] { return QHttpServerResponse(QByteArray(2 * 1024 * 1024, 'x')); });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        HttpPoller::Options o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/big").arg(port));
        o.maxBytes = 64 * 1024;
        HttpPoller poller(o, &m_network);
        QSignalSpy failed(&poller, &HttpPoller::fetchFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("larger than")),
            qPrintable(failed.first().first().toString()));
        poller.stop();
    }

    void tokenComparisonIsExact()
    {
        QVERIFY(WebhookListener::tokenMatches("Bearer " + m_token.toUtf8(), m_token));
        QVERIFY(!WebhookListener::tokenMatches("Bearer " + m_token.toUtf8() + 'x', m_token));
        QVERIFY(!WebhookListener::tokenMatches("Bearer " + m_token.toUtf8().chopped(1), m_token));
        QVERIFY(!WebhookListener::tokenMatches("Basic " + m_token.toUtf8(), m_token));
        QVERIFY(!WebhookListener::tokenMatches("Bearer ", QString()));
        // The scheme is case-insensitive (RFC 7235); Alertmanager with type: bearer sends it lower-case.
        QVERIFY(WebhookListener::tokenMatches("bearer " + m_token.toUtf8(), m_token));
        QVERIFY(!WebhookListener::tokenMatches("bearer " + m_token.toUpper().toUtf8(), m_token));
    }

    void pollUrlPlaceholdersLeaveTheRestEncoded()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:9090/api/v1/query_range?query=probe_success%20%2B%200"
                                      "&start={start}&end={end}&step=1"));
        const QUrl out = HttpPoller::expand(url, 1000, 300);
        QCOMPARE(
            out.query(QUrl::FullyEncoded), QStringLiteral("query=probe_success%20%2B%200&start=700&end=1000&step=1"));
        const QUrl plain(QStringLiteral("http://127.0.0.1/feed.json"));
        QCOMPARE(HttpPoller::expand(plain, 1000, 300), plain);
    }
};

QTEST_GUILESS_MAIN(TstSourceManager)
#include "tst_sourcemanager.moc"
