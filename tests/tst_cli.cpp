// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Drives the real `outagedash` executable as a user or a script would.
class TstCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path()); // never touch the user's data
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OUTAGEDASH_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }

private slots:
    void versionNamesQtAndSqlite()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("outagedash " OUTAGEDASH_VERSION_FOR_TEST)), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Qt 6.")));
        QVERIFY(r.out.contains(QStringLiteral("SQLite 3.")));
    }

    void helpListsEveryCommand()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word :
            {"import", "report", "summary", "demo", "--db", "--incident", "--json", "--out", "--wall"})
            QVERIFY2(r.out.contains(QLatin1StringView(word)), word);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command");
        QTest::newRow("import without files")
            << QStringList {QStringLiteral("import")} << QStringLiteral("at least one file");
        QTest::newRow("report without --out") << QStringList {QStringLiteral("report")} << QStringLiteral("--out");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--nope")} << QStringLiteral("nope");
        QTest::newRow("unknown format") << QStringList {QStringLiteral("import"), QStringLiteral("--format"),
            QStringLiteral("xml"), QStringLiteral("f")}
                                        << QStringLiteral("unknown format");
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void summaryOnAnEmptyDatabaseIsAnError()
    {
        const Run r = run({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("empty.sqlite"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("outagedash demo")), qPrintable(r.err));
    }

    void demoThenSummaryJson()
    {
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 0);
        const Run r = run({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db()});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc[u"incident"][u"id"].toString(), QStringLiteral("kakao-2022-10-15"));
        QVERIFY(doc[u"counting_method"].toString().contains(QStringLiteral("availability")));
        QStringList keys;
        for (const QJsonValue &v : doc[u"services"].toArray()) {
            const QJsonObject s = v.toObject();
            keys.append(s[u"service"].toString());
            QVERIFY(s[u"people_hours"].toDouble() > 0);
            QVERIFY(s[u"peak_affected"].toDouble() > 0);
            QVERIFY(s[u"peak_affected"].toDouble() <= s[u"users"].toDouble());
            // Durations in seconds, counted from the incident's start.
            QVERIFY(s[u"time_to_full_s"].toDouble() > 0);
            QVERIFY(s[u"time_to_first_partial_s"].toDouble() <= s[u"time_to_full_s"].toDouble());
        }
        for (const char *k : {"messaging", "payment", "ride-hailing", "login", "mail", "maps"})
            QVERIFY2(keys.contains(QLatin1StringView(k)), k);
        // KakaoTalk: all 47,637,000 users down from 15:30; the all-clear was 20 Oct 23:00 (127 h 30 min).
        for (const QJsonValue &v : doc[u"services"].toArray())
            if (v[u"service"].toString() == u"messaging") {
                QCOMPARE(qint64(v[u"peak_affected"].toDouble()), 47637000);
                QCOMPARE(qint64(v[u"time_to_full_s"].toDouble()), qint64(127 * 3600 + 30 * 60));
            }
    }

    void importRejectsBadLinesKeepsGoodOnesAndIsIdempotent()
    {
        const QString feed = write(QStringLiteral("mixed.ndjson"),
            "{\"type\":\"service\",\"key\":\"web\",\"name\":\"Web\",\"users\":100}\n"
            "{\"type\":\"sample\",\"time\":\"yesterday\",\"service\":\"web\",\"availability\":0.5}\n"
            "{\"type\":\"sample\",\"time\":\"2024-01-01T00:00:00Z\",\"service\":\"web\",\"availability\":0.5}\n");
        const QString target = m_dir.filePath(QStringLiteral("imp.sqlite"));
        const Run first = run({QStringLiteral("import"), QStringLiteral("--db"), target, feed});
        QCOMPARE(first.code, 3);
        QVERIFY2(first.err.contains(feed + QStringLiteral(":2:")), qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("\"time\"")), qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("2 records, 2 new, 0 already stored, 1 rejected")),
            qPrintable(first.out));
        const Run again = run({QStringLiteral("import"), QStringLiteral("--db"), target, feed});
        QVERIFY2(again.out.contains(QStringLiteral("2 records, 0 new, 2 already stored")), qPrintable(again.out));
    }

    void importOfAnUnknownFormatSaysWhy()
    {
        const QString feed = write(QStringLiteral("page.html"), "<html><body>hello</body></html>");
        const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), db(), feed});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot identify the feed format")), qPrintable(r.err));
        QVERIFY2(r.err.contains(feed), qPrintable(r.err));
    }

    // One service of 1000 users, degraded for 2 h in an incident: by default degraded is
    // .9 available, 100 affected × 2 h = 200 person-hours; at degraded=0.5, 500 × 2 h = 1000.
    void countingSpecChangesTheFigures()
    {
        const QString feed = write(QStringLiteral("degraded.ndjson"),
            "{\"type\":\"service\",\"key\":\"web\",\"name\":\"Web\",\"users\":1000}\n"
            "{\"type\":\"state\",\"time\":\"2024-01-01T00:00:00Z\",\"service\":\"web\",\"state\":\"operational\"}\n"
            "{\"type\":\"state\",\"time\":\"2024-01-01T01:00:00Z\",\"service\":\"web\",\"state\":\"degraded\"}\n"
            "{\"type\":\"state\",\"time\":\"2024-01-01T03:00:00Z\",\"service\":\"web\",\"state\":\"operational\"}\n"
            "{\"type\":\"incident\",\"id\":\"slow\",\"title\":\"Slow web\",\"began\":\"2024-01-01T01:00:00Z\","
            "\"resolved\":\"2024-01-01T03:00:00Z\",\"services\":[\"web\"]}\n");
        const QString target = m_dir.filePath(QStringLiteral("counting.sqlite"));
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), target, feed});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));

        const QStringList summary {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), target};
        const Run first = run(summary);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const Run second = run(summary + QStringList {QStringLiteral("--counting"), QStringLiteral("degraded=0.5")});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        const QJsonObject byDefault = QJsonDocument::fromJson(first.out.toUtf8()).object();
        const QJsonObject halved = QJsonDocument::fromJson(second.out.toUtf8()).object();
        const auto hours = [](const QJsonObject &doc) { return doc[u"services"][0][u"people_hours"].toDouble(); };
        QCOMPARE(hours(byDefault), 200.0);
        QCOMPARE(hours(halved), 1000.0);
        QVERIFY(hours(halved) > hours(byDefault));
        QCOMPARE(byDefault[u"counting_spec"].toString(),
            QStringLiteral("degraded=0.9,partial=0.5,major=0,maintenance=1,unknown=last"));
        QCOMPARE(halved[u"counting_spec"].toString(),
            QStringLiteral("degraded=0.5,partial=0.5,major=0,maintenance=1,unknown=last"));
        // The sentence follows the method: degraded now counts as 50 % affected.
        QVERIFY2(halved[u"counting_method"].toString().contains(QStringLiteral("degraded 50 %")),
            qPrintable(halved[u"counting_method"].toString()));
        // The incident's phases and the MTTR come along: resolved 2 h after it began.
        QCOMPARE(halved[u"phases"][u"time_to_resolve_s"].toDouble(), 7200.0);
        QCOMPARE(halved[u"mttr_s"].toDouble(), 7200.0);
        QCOMPARE(halved[u"mttr_incidents"].toInt(), 1);
    }

    void badCountingSpecIsAUsageError_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown key") << QStringLiteral("degraded=0.5,sluggish=0.7") << QStringLiteral("\"sluggish\"");
        QTest::newRow("out of range") << QStringLiteral("partial=2") << QStringLiteral("\"partial\"");
        QTest::newRow("last for a state") << QStringLiteral("major=last") << QStringLiteral("\"major=last\"");
    }
    void badCountingSpecIsAUsageError()
    {
        QFETCH(QString, spec);
        QFETCH(QString, named);
        const Run r
            = run({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--counting"), spec});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
    }

    void reportHoldsTheFiguresSummaryGives()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is not installed (package poppler-utils)");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        const Run r = run({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        const QJsonObject doc = QJsonDocument::fromJson(
            run({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db()}).out.toUtf8())
                                    .object();
        const QLocale locale;
        for (const QJsonValue &v : doc[u"services"].toArray()) {
            const QString name = v[u"name"].toString();
            QVERIFY2(body.contains(name), qPrintable(name));
            const QString hours = locale.toString(qint64(v[u"people_hours"].toDouble()));
            QVERIFY2(body.contains(hours), qPrintable(name + u' ' + hours));
            const QString peak = locale.toString(qint64(v[u"peak_affected"].toDouble()));
            QVERIFY2(body.contains(peak), qPrintable(name + u' ' + peak));
        }
        QVERIFY(body.contains(doc[u"incident"][u"title"].toString()));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
