// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedformat.h"

#include <QDir>
#include <QFile>
#include <QTest>

// --format auto: every real payload is recognised as its own format.
class TstFeedFormat : public QObject {
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void detectsEverySharedFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        const QDir dir(QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES));
        if (!dir.exists())
            QFAIL(qPrintable(QStringLiteral("fixtures folder missing: %1").arg(dir.path())));
        const struct {
            const char *prefix;
            FeedFormat::Kind kind;
        } expected[] = {
            {"statuspage_", FeedFormat::Statuspage},
            {"alertmanager_", FeedFormat::Alertmanager},
            {"prometheus_query_range_", FeedFormat::Prometheus},
            {"aws_status_rss_", FeedFormat::AtomRss},
            {"status_atom_", FeedFormat::AtomRss},
            {"grafana_", FeedFormat::Grafana},
            {"gcp_incidents_", FeedFormat::GoogleCloud},
        };
        int rows = 0;
        for (const QString &name : dir.entryList(QDir::Files)) {
            // Discord's undocumented metrics endpoint is no status format: it must not be mistaken for one.
            if (name.contains(QStringLiteral("metrics_display"))) {
                QTest::newRow(qPrintable(name)) << dir.filePath(name) << int(FeedFormat::Unknown);
                continue;
            }
            for (const auto &e : expected) {
                if (name.startsWith(QLatin1StringView(e.prefix))) {
                    QTest::newRow(qPrintable(name)) << dir.filePath(name) << int(e.kind);
                    ++rows;
                }
            }
        }
        QVERIFY(rows >= 26);
    }
    void detectsEverySharedFixture()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QString why;
        const FeedFormat::Kind detected = FeedFormat::detect(read(file), &why);
        QVERIFY2(detected == FeedFormat::Kind(kind),
            qPrintable(QStringLiteral("%1 detected as %2 %3").arg(file, FeedFormat::name(detected), why)));
    }

    void detectsNativeFormats()
    {
        QCOMPARE(FeedFormat::detect("{\"type\":\"sample\",\"time\":0}\n"), FeedFormat::Ndjson);
        QCOMPARE(FeedFormat::detect("\xEF\xBB\xBFtype,time,service,availability\r\nsample,1,a,1\r\n"), FeedFormat::Csv);
    }

    // A bad first line does not hide an NDJSON feed: the first line that parses decides, and the
    // parser then rejects the bad line alone with its line and reason, the rest stored.
    void ndjsonSurvivesABadFirstLine()
    {
        const QByteArray feed = "{\"type\":\"service\",\"key\":\"a\",\"users\":1\n"
                                "\n"
                                "{\"type\":\"service\",\"key\":\"b\",\"users\":2}\n"
                                "{\"type\":\"sample\",\"time\":1665815580000,\"service\":\"b\",\"availability\":1}\n";
        QString why;
        QCOMPARE(FeedFormat::detect(feed, &why), FeedFormat::Ndjson);
        ParseOptions options;
        options.source = QStringLiteral("feed");
        const ParseResult r = FeedFormat::parse(FeedFormat::Ndjson, feed, options);
        QCOMPARE(r.batch.recordCount(), 2);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].line, 1);
        QCOMPARE(r.batch.rejects[0].offset, 0);
        QCOMPARE(r.batch.rejects[0].field, QStringLiteral("json"));
        // A JSON document that happens to start with "{" on its own line is still no NDJSON.
        QCOMPARE(FeedFormat::detect("{\n  \"type\": \"x\"\n}\n"), FeedFormat::Unknown);
        // Nor is a line that parses but names no type.
        QCOMPARE(FeedFormat::detect("{\"bad\n{\"kind\":\"sample\"}\n{\"type\":\"sample\"}\n"), FeedFormat::Unknown);
    }

    void unknownContentSaysWhy()
    {
        QString why;
        QCOMPARE(FeedFormat::detect("<html><body>hello</body></html>", &why), FeedFormat::Unknown);
        QVERIFY2(why.contains(QStringLiteral("<html>")), qPrintable(why));
        QCOMPARE(FeedFormat::detect("   \n", &why), FeedFormat::Unknown);
        QVERIFY(why.contains(QStringLiteral("empty")));
    }

    void namesRoundTrip()
    {
        for (const QString &name : FeedFormat::names()) {
            if (name == u"auto")
                QCOMPARE(FeedFormat::fromName(name), FeedFormat::Unknown);
            else
                QVERIFY(FeedFormat::fromName(name) != FeedFormat::Unknown);
        }
    }
};

QTEST_GUILESS_MAIN(TstFeedFormat)
#include "tst_feedformat.moc"
