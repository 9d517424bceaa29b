// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/connectionguard.h"
#include "ingest/guardedtcpserver.h"
#include "ingest/sourcemanager.h"
#include "store/timelinestore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Hostile clients of the webhook listener (docs/reliability.md, section 5), spoken to with raw
// sockets so a request can be cut anywhere: every client gets the right status, the server
// stays up, and every valid post is stored exactly once.
namespace {
const QByteArray kToken = QByteArrayLiteral("0123456789abcdef-hostile-clients");

// One raw HTTP/1.1 client connection.
class RawClient {
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    void clear() { m_received.clear(); }
    bool connected() { return m_socket.state() == QAbstractSocket::ConnectedState || m_socket.waitForConnected(5000); }
    bool closed() const { return m_closed; }
    bool hasResponse() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const qsizetype at = m_received.toLower().indexOf("content-length:");
        const qint64 length
            = at < 0 ? 0 : m_received.mid(at + 15, m_received.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        return m_received.size() >= end + 4 + length;
    }
    bool waitForResponse(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!hasResponse() && t.elapsed() < ms)
            QTest::qWait(5);
        return hasResponse();
    }
    int status() const { return hasResponse() ? m_received.mid(9, 3).toInt() : 0; }
    QByteArray head() const { return m_received.left(m_received.indexOf("\r\n\r\n")); }
    QJsonObject body() const
    {
        return QJsonDocument::fromJson(m_received.mid(m_received.indexOf("\r\n\r\n") + 4)).object();
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

QByteArray post(const QByteArray &body, const QByteArray &token = kToken, const QByteArray &source = "hook")
{
    QByteArray out = "POST /hooks/" + source + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    return out + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray sample(int n)
{
    // A distinct natural key per n: one second apart.
    const QDateTime t = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).addSecs(n);
    return "{\"type\":\"sample\",\"time\":\"" + t.toString(Qt::ISODate).toUtf8()
        + "\",\"service\":\"web\",\"availability\":0.5}\n";
}
} // namespace

class TstWebhookListener : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SourceManager> m_manager;
    QString m_db;
    quint16 m_port = 0;

    void start(const QString &listenerExtra = {}, int idleTimeoutS = 1)
    {
        static int n = 0;
        m_manager.reset();
        m_db = m_dir.filePath(QStringLiteral("hook-%1.sqlite").arg(++n));
        qputenv("OUTAGEDASH_TOKEN", kToken);
        const QByteArray json = "{\"listener\": {\"port\": 0, \"max_body_bytes\": 65536, \"idle_timeout_s\": "
            + QByteArray::number(idleTimeoutS) + ", \"request_timeout_s\": 3" + listenerExtra.toUtf8()
            + "}, \"sources\": [{\"name\": \"hook\", \"kind\": \"webhook\", \"format\": \"ndjson\"}]}";
        SourcesConfig config;
        QString error;
        QVERIFY2(SourcesConfig::parse(json, QStringLiteral("test"), config, &error), qPrintable(error));
        m_manager = std::make_unique<SourceManager>(m_db);
        QVERIFY2(m_manager->start(config, &error), qPrintable(error));
        m_port = m_manager->listenerPort();
        QVERIFY(m_port > 0);
    }
    qint64 stored()
    {
        TimelineStore check(QStringLiteral("check-%1").arg(quintptr(this)));
        return check.open(m_db) ? check.sampleCount() : -1;
    }
    int healthStatus()
    {
        RawClient c(m_port);
        c.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        return c.waitForResponse(5000) ? c.status() : 0;
    }

private slots:
    void init() { start(); }
    void cleanup() { m_manager.reset(); }

    // Refused from the head alone: the body is never complete, so an answer proves it was not awaited.
    void refusedBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray partial = QByteArray(100, 'x');
        QTest::newRow("no token") << "POST /hooks/hook HTTP/1.1\r\nContent-Length: 5000\r\n\r\n" + partial << 401;
        QTest::newRow("wrong token") << "POST /hooks/hook HTTP/1.1\r\nAuthorization: Bearer wrong-token-wrong-token\r\n"
                                        "Content-Length: 5000\r\n\r\n"
                + partial << 401;
        QTest::newRow("token in another scheme") << "POST /hooks/hook HTTP/1.1\r\nAuthorization: Basic " + kToken
                + "\r\nContent-Length: 5000\r\n\r\n"
                + partial << 401;
        QTest::newRow("no token, unknown path")
            << QByteArray("POST /admin HTTP/1.1\r\nContent-Length: 5000\r\n\r\n") << 401;
        QTest::newRow("declares 50 MB") << "POST /hooks/hook HTTP/1.1\r\nAuthorization: Bearer " + kToken
                + "\r\nContent-Length: 52428800\r\n\r\n"
                + partial << 413;
        QTest::newRow("two lengths") << "POST /hooks/hook HTTP/1.1\r\nAuthorization: Bearer " + kToken
                + "\r\nContent-Length: 10\r\nContent-Length: 5000\r\n\r\n"
                                     << 400;
        QTest::newRow("head of 70 KB") << "POST /hooks/hook HTTP/1.1\r\nX-Filler: " + QByteArray(70 * 1024, 'a') << 431;
    }
    void refusedBeforeTheBody()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QSignalSpy refused(m_manager.get(), &SourceManager::listenerRefused);
        RawClient c(m_port);
        c.send(request);
        QVERIFY2(c.waitForResponse(3000), "no answer before the body was complete");
        QCOMPARE(c.status(), status);
        QVERIFY(c.head().contains("Connection: close"));
        QVERIFY(!c.body().value(u"error").toString().isEmpty());
        if (status == 401)
            QVERIFY(c.head().contains("WWW-Authenticate: Bearer"));
        QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 5000); // then the connection is dropped
        QCOMPARE(refused.count(), 1);
        QCOMPARE(healthStatus(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->listenerConnections(), 0, 5000);
    }

    void oversizedChunkedBodyIsCutAtTheLimit()
    {
        RawClient c(m_port);
        c.send(
            "POST /hooks/hook HTTP/1.1\r\nAuthorization: Bearer " + kToken + "\r\nTransfer-Encoding: chunked\r\n\r\n");
        // No length to refuse by: the byte count per request must stop it (limit 64 KiB + head).
        const QByteArray chunk = QByteArray::number(16 * 1024, 16) + "\r\n" + QByteArray(16 * 1024, '{') + "\r\n";
        for (int i = 0; i < 64 && !c.hasResponse(); ++i) {
            c.send(chunk);
            QTest::qWait(2);
        }
        QVERIFY(c.waitForResponse(3000));
        QCOMPARE(c.status(), 413);
        QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 5000);
        QCOMPARE(stored(), 0);
    }

    void stalledClientsAreDroppedWhileOthersAreServed()
    {
        // Headers and half a body, then nothing: QHttpServer alone would wait forever.
        RawClient stalled(m_port);
        stalled.send(post(sample(1)).chopped(20));
        // A byte every 300 ms keeps it from going idle, but not past the 3 s request deadline.
        RawClient dripping(m_port);
        const QByteArray slow = post(sample(2));
        // Connected and silent.
        RawClient silent(m_port);
        QVERIFY(silent.connected());
        QElapsedTimer t;
        t.start();
        int dripped = 0;
        bool servedMeanwhile = false;
        while ((!stalled.closed() || !dripping.closed() || !silent.closed()) && t.elapsed() < 8000) {
            if (!dripping.closed() && dripped < slow.size() - 1)
                dripping.send(slow.mid(dripped++, 1));
            if (!servedMeanwhile && t.elapsed() > 500) {
                RawClient good(m_port);
                good.send(post(sample(3)));
                QVERIFY(good.waitForResponse(2000));
                QCOMPARE(good.status(), 200);
                servedMeanwhile = true;
            }
            QTest::qWait(300);
        }
        QVERIFY2(stalled.closed() && dripping.closed() && silent.closed(), "a stalled client was not dropped");
        QCOMPARE(stalled.status(), 408);
        QVERIFY2(stalled.body().value(u"error").toString().contains(QStringLiteral("nothing received")),
            qPrintable(stalled.body().value(u"error").toString()));
        QCOMPARE(dripping.status(), 408);
        QVERIFY2(dripping.body().value(u"error").toString().contains(QStringLiteral("not complete")),
            qPrintable(dripping.body().value(u"error").toString()));
        QVERIFY(t.elapsed() >= 2500); // the dripping client lasted until its deadline, not less
        QCOMPARE(silent.status(), 0); // nothing asked, nothing answered: just closed
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->listenerConnections(), 0, 5000);
        QCOMPARE(healthStatus(), 200);
        QCOMPARE(stored(), 1); // only the complete post
    }

    void hundredConcurrentPostsAreStoredOnceEach()
    {
        // 100 valid posts at once, among stalled and unauthorised clients, then all 100 again.
        std::vector<std::unique_ptr<RawClient>> hostile;
        for (int i = 0; i < 10; ++i) {
            hostile.push_back(std::make_unique<RawClient>(m_port));
            hostile.back()->send(post(sample(1000 + i)).chopped(10));
            hostile.push_back(std::make_unique<RawClient>(m_port));
            hostile.back()->send(post(sample(2000 + i), QByteArray()));
        }
        for (int round = 0; round < 2; ++round) {
            // The first round's 100 closed connections must be gone before the next 100 come,
            // or the two rounds together pass the cap of 128.
            QTRY_VERIFY_WITH_TIMEOUT(m_manager->listenerConnections() <= 20, 5000);
            std::vector<std::unique_ptr<RawClient>> clients;
            for (int i = 0; i < 100; ++i)
                clients.push_back(std::make_unique<RawClient>(m_port));
            for (int i = 0; i < 100; ++i)
                clients[i]->send(post(sample(i)));
            for (int i = 0; i < 100; ++i) {
                QVERIFY2(clients[i]->waitForResponse(10000), qPrintable(QStringLiteral("post %1 unanswered").arg(i)));
                QVERIFY2(clients[i]->status() == 200, QJsonDocument(clients[i]->body()).toJson().constData());
                QCOMPARE(clients[i]->body().value(u"stored").toInteger(), round == 0 ? 1 : 0);
                QCOMPARE(clients[i]->body().value(u"already_stored").toInteger(), round == 0 ? 0 : 1);
            }
        }
        for (const auto &c : hostile) {
            QVERIFY(c->waitForResponse(5000));
            QVERIFY(c->status() == 401 || c->status() == 408);
        }
        QCOMPARE(stored(), 100);
        QCOMPARE(healthStatus(), 200);
    }

    void malformedJsonIsAnswered400AndKept()
    {
        RawClient c(m_port);
        c.send(post("{\"type\":\"sample\""));
        QVERIFY(c.waitForResponse(3000));
        QCOMPARE(c.status(), 400);
        QVERIFY(c.body().value(u"error").toString().contains(QStringLiteral("invalid JSON")));
        TimelineStore check(QStringLiteral("check-malformed"));
        QVERIFY(check.open(m_db));
        QCOMPARE(check.rejectCount(), 1);
        QCOMPARE(check.sampleCount(), 0);
    }

    void connectionsPastTheCapAreAnswered503()
    {
        // Held longer than the wait for a slot, so none frees before the newcomer is refused.
        start(QStringLiteral(", \"max_connections\": 4"), 10);
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<RawClient>(m_port));
            QVERIFY(held.back()->connected());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->listenerConnections(), 4, 2000);
        RawClient extra(m_port);
        extra.send(post(sample(1)));
        QVERIFY(extra.waitForResponse(GuardedTcpServer::waitForSlotMs + 3000));
        QCOMPARE(extra.status(), 503);
        QVERIFY(extra.head().contains("Retry-After: 1"));
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_manager->listenerConnections(), 0, 3000);
        RawClient later(m_port);
        later.send(post(sample(1)));
        QVERIFY(later.waitForResponse(3000));
        QCOMPARE(later.status(), 200);
        QCOMPARE(stored(), 1);
    }

    void keepAliveConnectionServesRequestsInTurn()
    {
        // The byte cap and the deadline start again for each request on one connection.
        RawClient c(m_port);
        for (int i = 0; i < 5; ++i) {
            c.send(post(sample(i) + QByteArray(40 * 1024, ' ')));
            QVERIFY(c.waitForResponse(3000));
            QCOMPARE(c.status(), 200);
            QVERIFY(!c.closed());
            c.clear();
        }
        QCOMPARE(stored(), 5);
        // Left idle after its last answer, the connection is closed quietly.
        QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 3000);
        QCOMPARE(c.status(), 0);
    }

    void listenerLimitsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("listener");
        QTest::addColumn<QString>("field");
        QTest::newRow("idle 0") << QByteArray("\"idle_timeout_s\": 0") << QStringLiteral("listener.idle_timeout_s");
        QTest::newRow("request negative")
            << QByteArray("\"request_timeout_s\": -1") << QStringLiteral("listener.request_timeout_s");
        QTest::newRow("no connections") << QByteArray("\"max_connections\": 0")
                                        << QStringLiteral("listener.max_connections");
    }
    void listenerLimitsAreChecked()
    {
        QFETCH(QByteArray, listener);
        QFETCH(QString, field);
        SourcesConfig config;
        QString error;
        QVERIFY(!SourcesConfig::parse(
            "{\"listener\": {\"port\": 0, " + listener + "}}", QStringLiteral("s.json"), config, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY(SourcesConfig::parse("{\"listener\": {\"port\": 0, \"idle_timeout_s\": 0.5, \"max_connections\": 2}}",
            QStringLiteral("s.json"), config, &error));
        QCOMPARE(config.listener.idleTimeoutMs, 500);
        QCOMPARE(config.listener.requestTimeoutMs, 30000);
        QCOMPARE(config.listener.maxConnections, 2);
    }

    void requestHeadParsing()
    {
        const auto head = ConnectionGuard::RequestHead::parse(
            "POST /hooks/a?x=1 HTTP/1.1\r\nHost: h\r\nAUTHORIZATION:  Bearer abc \r\nContent-Length: 12\r\n");
        QVERIFY(head.valid);
        QCOMPARE(head.method, QByteArray("POST"));
        QCOMPARE(head.path, QByteArray("/hooks/a"));
        QCOMPARE(head.header("authorization"), QByteArray("Bearer abc"));
        QCOMPARE(head.contentLength, 12);
        QVERIFY(!ConnectionGuard::RequestHead::parse("POST /x\r\n").valid);
        QVERIFY(!ConnectionGuard::RequestHead::parse("POST /x HTTP/1.1\r\nContent-Length: -1\r\n").valid);
        QVERIFY(!ConnectionGuard::RequestHead::parse("POST /x HTTP/1.1\r\nno colon here\r\n").valid);
        QCOMPARE(ConnectionGuard::RequestHead::parse("POST /x HTTP/1.1\r\nContent-Length: 5\r\n"
                                                     "Transfer-Encoding: chunked\r\n")
                     .contentLength,
            -1);
    }
};

QTEST_GUILESS_MAIN(TstWebhookListener)
#include "tst_webhooklistener.moc"
