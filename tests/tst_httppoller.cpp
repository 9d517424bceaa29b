// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/httppoller.h"
#include "ingest/sourcemanager.h"
#include "itemmodels/feedsourcemodel.h"
#include "store/feedsourcetable.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Flaky feed sources (docs/reliability.md, section 6): a local server that misbehaves in one
// way per test, and what the poller and the Sources model make of it.
namespace {
// Answers every request the way its mode says, whatever was asked.
class MisbehavingServer final : public QTcpServer {
public:
    enum class Mode { Good, Error500, Silent, StallMidBody, Truncated, Invalid, Huge, HugeAnnounced };
    Mode mode = Mode::Good;
    qint64 bytesSent = 0; // of the last huge body, when its client went away
    int requests = 0;

    static constexpr qint64 kHuge = 50 * 1000 * 1000;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_request[socket] += socket->readAll();
            if (!m_request[socket].contains("\r\n\r\n"))
                return;
            m_request.remove(socket);
            ++requests;
            answer(socket);
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray good
            = "{\"type\":\"sample\",\"time\":\"2024-05-01T10:00:00Z\",\"service\":\"web\",\"availability\":0.5}\n";
        switch (mode) {
        case Mode::Good:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(good.size()) + "\r\n\r\n" + good);
            break;
        case Mode::Error500:
            socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n\r\nboom");
            break;
        case Mode::Silent:
            break;
        case Mode::StallMidBody:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + good.left(40));
            break;
        case Mode::Truncated:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + good.left(40));
            socket->disconnectFromHost();
            break;
        case Mode::Invalid:
            socket->write("HTTP/1.1 200 OK\r\nETag: \"junk\"\r\nContent-Length: 20\r\n\r\n<html>oops</html>\n\n\n");
            break;
        case Mode::Huge:
        case Mode::HugeAnnounced: {
            // Streamed in 64 KiB pieces as the client takes them: the test holds no 50 MB either.
            socket->write(mode == Mode::Huge
                    ? QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
                    : "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kHuge) + "\r\n\r\n");
            bytesSent = 0;
            auto feed = [this, socket] {
                static const QByteArray piece(64 * 1024, 'x');
                while (socket->bytesToWrite() < 256 * 1024 && bytesSent < kHuge) {
                    socket->write(piece);
                    bytesSent += piece.size();
                }
                if (bytesSent >= kHuge)
                    socket->disconnectFromHost();
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, feed);
            feed();
            break;
        }
        }
    }
    QHash<QTcpSocket *, QByteArray> m_request;
};

// Peak resident memory since the last reset, in KiB (Linux: VmHWM, reset by clear_refs 5).
qint64 resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1 ? 0 : -1;
}
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

class TstHttpPoller : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    MisbehavingServer m_server;

    HttpPoller::Options options(qint64 maxBytes = 1024 * 1024)
    {
        HttpPoller::Options o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(m_server.serverPort()));
        o.intervalMs = 100;
        o.timeoutMs = 500;
        o.maxBytes = maxBytes;
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen(QHostAddress::LocalHost, 0)); }

    void failuresBackOff_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("HTTP 500") << int(MisbehavingServer::Mode::Error500) << QStringLiteral("HTTP 500");
        QTest::newRow("no answer") << int(MisbehavingServer::Mode::Silent) << QStringLiteral("no data for 0.5 s");
        QTest::newRow("stalls mid-body") << int(MisbehavingServer::Mode::StallMidBody)
                                         << QStringLiteral("no data for 0.5 s");
        QTest::newRow("truncated body") << int(MisbehavingServer::Mode::Truncated) << QStringLiteral("closed");
    }
    void failuresBackOff()
    {
        QFETCH(int, mode);
        QFETCH(QString, reason);
        m_server.mode = MisbehavingServer::Mode(mode);
        HttpPoller poller(options(), &m_network);
        QSignalSpy fetched(&poller, &HttpPoller::fetched);
        QSignalSpy failed(&poller, &HttpPoller::fetchFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 3, 10000);
        QCOMPARE(fetched.count(), 0); // nothing half-read is handed on
        QVERIFY2(failed.last().first().toString().contains(reason, Qt::CaseInsensitive),
            qPrintable(failed.last().first().toString()));
        QCOMPARE(poller.consecutiveFailures(), failed.count());
        QVERIFY(poller.nextDelayMs() >= 8 * 100); // doubled per failure
        // The server comes back: the next poll succeeds and the backoff is over.
        m_server.mode = MisbehavingServer::Mode::Good;
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, 10000);
        QCOMPARE(poller.consecutiveFailures(), 0);
        poller.stop();
    }

    void fiftyMegabytesAreCutAtTheLimit_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("streamed, no length")
            << int(MisbehavingServer::Mode::Huge) << QStringLiteral("larger than 1048576");
        QTest::newRow("length announced") << int(MisbehavingServer::Mode::HugeAnnounced) << QStringLiteral("announced");
    }
    void fiftyMegabytesAreCutAtTheLimit()
    {
        QFETCH(int, mode);
        QFETCH(QString, reason);
        m_server.mode = MisbehavingServer::Mode(mode);
        HttpPoller::Options o = options();
        o.timeoutMs = 10000;
        o.intervalMs = 60000;
        HttpPoller poller(o, &m_network);
        QSignalSpy fetched(&poller, &HttpPoller::fetched);
        QSignalSpy failed(&poller, &HttpPoller::fetchFailed);
        // The event loop of the poller's thread (the live-feeds thread in the GUI) must keep
        // turning while the body streams in: the longest gap between 10 ms ticks is measured.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        if (resetPeakRss() != 0)
            QSKIP("cannot reset the peak RSS (/proc/self/clear_refs)");
        const qint64 before = peakRssKiB();
        sinceTick.start();
        tick.start(10);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
        tick.stop();
        const qint64 growthKiB = peakRssKiB() - before;
        qInfo("server sent %lld bytes before the client went away; peak RSS grew %lld KiB; longest loop gap %lld ms",
            m_server.bytesSent, growthKiB, longestGap);
        QCOMPARE(fetched.count(), 0);
        QVERIFY2(failed.first().first().toString().contains(reason), qPrintable(failed.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.bytesSent > 0, 2000);
        QVERIFY(m_server.bytesSent < MisbehavingServer::kHuge); // the transfer was cut, not finished
        // 1 MiB limit: the body buffer, the 256 KiB read buffer and socket buffers, nowhere near 50 MB.
        QVERIFY2(growthKiB < 16 * 1024, qPrintable(QStringLiteral("peak RSS grew %1 KiB").arg(growthKiB)));
        QVERIFY2(longestGap < 250, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(longestGap)));
        poller.stop();
    }

    void flakySourceIsShownStaleWithItsLastError()
    {
        // Through SourceManager into a store, then into the Sources dialog's model.
        m_server.mode = MisbehavingServer::Mode::Good;
        const QString db = m_dir.filePath(QStringLiteral("flaky.sqlite"));
        const QByteArray json
            = "{\"sources\": [{\"name\": \"flaky\", \"kind\": \"poll\", \"format\": \"ndjson\", \"url\": "
              "\"http://127.0.0.1:"
            + QByteArray::number(m_server.serverPort())
            + "/feed\", \"interval_s\": 1, \"timeout_s\": 1, \"stale_after_s\": 1}]}";
        SourcesConfig config;
        QString error;
        QVERIFY2(SourcesConfig::parse(json, QStringLiteral("test"), config, &error), qPrintable(error));
        SourceManager manager(db);
        QSignalSpy failed(&manager, &SourceManager::sourceFailed);
        QSignalSpy stored(&manager, &SourceManager::batchStored);
        QVERIFY2(manager.start(config, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() >= 1, 5000);

        // A payload that is not a feed: kept as a reject, and the source is not reporting.
        m_server.mode = MisbehavingServer::Mode::Invalid;
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
        const int requestsAtInvalid = m_server.requests;
        TimelineStore check(QStringLiteral("check-flaky"));
        QVERIFY(check.open(db));
        QCOMPARE(check.sampleCount(), 1);
        QVERIFY(check.rejectCount() >= 1);
        // Backs off: the next poll comes after 2 s, not 1 s (and unconditionally, not a 304).
        QTest::qWait(1500);
        QCOMPARE(m_server.requests, requestsAtInvalid);

        m_server.mode = MisbehavingServer::Mode::Error500;
        QTRY_VERIFY_WITH_TIMEOUT(failed.last().at(1).toString().contains(QStringLiteral("HTTP 500")), 10000);

        FeedSourceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<FeedSource> sources = FeedSourceTable::all(TimelineStoreTestAccess::database(check));
        QCOMPARE(sources.size(), 1);
        QVERIFY(sources.first().lastSeen.has_value());
        model.setSources(sources, *sources.first().lastSeen + 5000);
        const QModelIndex status = model.index(0, FeedSourceModel::StatusColumn);
        QVERIFY(status.data(FeedSourceModel::StaleRole).toBool());
        const QString shown = status.data().toString();
        QVERIFY2(
            shown.contains(QStringLiteral("STALE")) && shown.contains(QStringLiteral("HTTP 500")), qPrintable(shown));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 500")));
        manager.stop();
    }
};

QTEST_GUILESS_MAIN(TstHttpPoller)
#include "tst_httppoller.moc"
