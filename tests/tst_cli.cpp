// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"
#include "store/timelinestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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

    // A store as version 9 left it: one service, half down for five minutes. Written as SQL, as
    // that version's writer did (today's also keeps what later versions added).
    static bool writeVersion9Store(const QString &path)
    {
        bool ok = false;
        {
            TimelineStore v9(path);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, path);
            db.setDatabaseName(path);
            ok = db.open() && v9.migrate(9);
            QSqlQuery q(db);
            ok = ok && q.exec(u"INSERT INTO services (key, name, users) VALUES ('login', 'Login', 1000)"_s)
                && q.prepare(u"INSERT INTO samples (service, time, source, availability) VALUES (?, ?, ?, ?)"_s);
            for (int k = 0; ok && k < 10; ++k) {
                q.addBindValue(u"login"_s);
                q.addBindValue(k * 60000LL);
                q.addBindValue(u"probe"_s);
                q.addBindValue(k < 5 ? 0.5 : 1.0);
                ok = q.exec();
            }
        }
        QSqlDatabase::removeDatabase(path);
        return ok;
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

    // A store from before migration 10 is brought up to date by whichever verb opens it first,
    // which says so on stderr: on a large store it takes a while (#23). Once only.
    void anOlderStoreIsUpgradedAndSaysSo()
    {
        const QString path = m_dir.filePath(u"v9.sqlite"_s);
        QVERIFY(writeVersion9Store(path));
        const Run first = run({u"summary"_s, u"--db"_s, path});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.err.contains(u"up to schema version 10 (sample rollups stored in key order"_s),
            qPrintable(first.err));
        QVERIFY2(first.out.contains(u"Login"_s), qPrintable(first.out));
        const Run again = run({u"summary"_s, u"--db"_s, path});
        QCOMPARE(again.code, 0);
        QVERIFY2(!again.err.contains(u"schema version"_s), qPrintable(again.err));
        QCOMPARE(again.out, first.out);
    }

    // The window brings an older store up to date on a thread of its own (StoreUpgrade), then
    // opens it as usual.
    void theWindowUpgradesAnOlderStoreAndOpensIt()
    {
        const QString path = m_dir.filePath(u"v9-window.sqlite"_s);
        QVERIFY(writeVersion9Store(path));
        const QString shot = m_dir.filePath(u"upgraded.png"_s);
        const Run r = run({u"--db"_s, path, u"--screenshot"_s, shot});
        QCOMPARE(r.code, 0);
        QVERIFY2(QFile::exists(shot), qPrintable(r.err));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"gui-check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT MAX(version) FROM schema_migrations"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), TimelineStore::latestSchemaVersion());
        }
        QSqlDatabase::removeDatabase(u"gui-check"_s);
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

    // Issue #21: the communication lane in `summary --json`, and user reports as first evidence.
    // The demo's times are Kakao's (kakao-2022.md): services failing ~15:30, Kakao learned of the
    // fire at 16:03, first notice on Twitter at 16:10; no regulator notice time in the record.
    void summaryJsonCommunication()
    {
        const QString target = m_dir.filePath(u"comms.sqlite"_s);
        QCOMPARE(run({u"demo"_s, u"--db"_s, target}).code, 0);
        const auto communication = [&] {
            const Run r = run({u"summary"_s, u"--json"_s, u"--db"_s, target});
            return QJsonDocument::fromJson(r.out.toUtf8()).object()[u"communication"].toObject();
        };
        QJsonObject c = communication();
        QCOMPARE(c[u"first_evidence_at"].toString(), u"2022-10-15T15:30:00+09:00"_s);
        QCOMPARE(c[u"acknowledged_at"].toString(), u"2022-10-15T16:03:00+09:00"_s);
        QCOMPARE(c[u"first_public_update_at"].toString(), u"2022-10-15T16:10:00+09:00"_s);
        QVERIFY(c.contains(u"regulator_notified_at"_s) && c[u"regulator_notified_at"].isNull());
        QCOMPARE(c[u"resolved_at"].toString(), u"2022-10-20T23:00:00+09:00"_s);
        QCOMPARE(c[u"lags_s"][u"first_evidence_to_acknowledged"].toInt(), 33 * 60);
        QCOMPARE(c[u"lags_s"][u"acknowledged_to_first_public_update"].toInt(), 7 * 60);
        QVERIFY(c[u"lags_s"][u"first_public_update_to_regulator_notified"].isNull());
        QVERIFY(c[u"lags_s"][u"regulator_notified_to_resolved"].isNull());
        const Run text = run({u"summary"_s, u"--db"_s, target});
        QVERIFY2(text.out.contains(u"First public update 10-15 16:10 KST (+7 min)"_s), qPrintable(text.out));

        // Made-up user reports rising at 15:20, before any sample fails: the first evidence.
        const QString reports = write(u"reports.csv"_s,
            "time,service,count\n2022-10-15T14:45:00+09:00,messaging,20\n2022-10-15T15:00:00+09:00,messaging,25\n"
            "2022-10-15T15:15:00+09:00,messaging,24\n2022-10-15T15:20:00+09:00,messaging,300\n"
            "2022-10-15T15:25:00+09:00,messaging,-1\n");
        const Run imported = run({u"import"_s, u"--db"_s, target, reports});
        QCOMPARE(imported.code, 3);
        QVERIFY2(
            imported.err.contains(reports + u":6:"_s) && imported.err.contains(u"count"_s), qPrintable(imported.err));
        c = communication();
        QCOMPARE(c[u"first_evidence_at"].toString(), u"2022-10-15T15:20:00+09:00"_s);
        QCOMPARE(c[u"first_evidence"][u"kind"].toString(), u"user_reports"_s);
        QCOMPARE(c[u"first_evidence"][u"derived"].toBool(), false);
        QCOMPARE(c[u"lags_s"][u"first_evidence_to_first_public_update"].toInt(), 50 * 60);
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
        if (const QString missing = PdfText::missingTool(); !missing.isEmpty())
            QFAIL(qPrintable(missing));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        const Run r = run({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString body = PdfText::of(pdf, PdfText::Layout::Physical);
        QVERIFY(!body.isEmpty());
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

    // Issue #16, point 4, through the binary: export, import elsewhere, export again gives the
    // same file; the same file again changes nothing; a bad field is named by file, line and
    // field (exit 3) and the good rows kept; a cycle is refused by name (exit 1).
    void servicesExportAndImport()
    {
        QCOMPARE(run({u"demo"_s, u"--db"_s, db()}).code, 0);
        const QString first = m_dir.filePath(u"services.csv"_s), second = m_dir.filePath(u"again.csv"_s);
        const QString copy = m_dir.filePath(u"copy.sqlite"_s);
        Run r = run({u"services"_s, u"export"_s, u"--db"_s, db(), u"--out"_s, first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"8 services written to "_s + first), qPrintable(r.out));
        r = run({u"services"_s, u"import"_s, u"--db"_s, copy, first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(first + u": 8 rows, 8 new, 0 changed, 0 unchanged, 0 rejected"_s), qPrintable(r.out));
        QCOMPARE(run({u"services"_s, u"export"_s, u"--db"_s, copy, u"--out"_s, second}).code, 0);
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray exported = a.readAll();
        QCOMPARE(b.readAll(), exported);
        QVERIFY(exported.startsWith("key,name,users,group,colour,depends_on\n"));
        r = run({u"services"_s, u"import"_s, u"--db"_s, copy, first});
        QVERIFY2(r.out.contains(u"8 rows, 0 new, 0 changed, 8 unchanged, 0 rejected"_s), qPrintable(r.out));

        const QString bad = write(u"bad.csv"_s,
            "key,name,users,group,colour,depends_on\nweb,Web,100,,,\ndb,DB,-3,,,\ncache,Cache,,,,web:2\n"
            "api,API,7,,,web:0.5\n");
        r = run({u"services"_s, u"import"_s, u"--db"_s, copy, bad});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(bad + u":3: rejected (field \"users\")"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(bad + u":4: rejected (field \"depends_on\")"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"4 rows, 2 new, 0 changed, 0 unchanged, 2 rejected"_s), qPrintable(r.out));

        const QString cycle = write(
            u"cycle.csv"_s, "key,name,users,group,colour,depends_on\nweb,Web,100,,,api:1\napi,API,7,,,web:0.5\n");
        r = run({u"services"_s, u"import"_s, u"--db"_s, copy, cycle});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"web → api → web"_s), qPrintable(r.err));
        for (const QStringList &usage : {QStringList {u"services"_s}, QStringList {u"services"_s, u"export"_s},
                 QStringList {u"services"_s, u"import"_s}, QStringList {u"services"_s, u"list"_s}})
            QCOMPARE(run(usage).code, 2);
    }

    // Issue #16, point 4: every incident with its id, title, severity, state, times in its own
    // zone, services and source; and which one summary opens.
    void incidentsJson()
    {
        QCOMPARE(run({u"demo"_s, u"--db"_s, db()}).code, 0);
        const Run r = run({u"incidents"_s, u"--json"_s, u"--db"_s, db()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8())[u"incidents"].toArray();
        QVERIFY(!list.isEmpty());
        QJsonObject kakao;
        int defaults = 0;
        for (const QJsonValue &v : list) {
            defaults += v[u"default"].toBool();
            if (v[u"id"].toString() == u"kakao-2022-10-15")
                kakao = v.toObject();
        }
        QCOMPARE(defaults, 1);
        QVERIFY(kakao[u"default"].toBool());
        QCOMPARE(kakao[u"state"].toString(), u"resolved"_s);
        QCOMPARE(kakao[u"severity"].toString(), u"critical"_s);
        QCOMPARE(kakao[u"time_zone"].toString(), u"Asia/Seoul"_s);
        QCOMPARE(kakao[u"began"].toString(), u"2022-10-15T15:30:00+09:00"_s);
        QVERIFY(kakao[u"resolved"].toString().endsWith(u"+09:00"_s));
        QVERIFY(kakao[u"services"].toArray().contains(u"messaging"_s));
        QVERIFY(!kakao[u"title"].toString().isEmpty());
        QVERIFY(kakao.contains(u"source"_s));
        const Run text = run({u"incidents"_s, u"--db"_s, db()});
        QVERIFY2(text.out.startsWith(u"id "_s) && text.out.contains(u"kakao-2022-10-15"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"summary and report open kakao-2022-10-15"_s), qPrintable(text.out));
    }

    // Issue #21, point 4: the corpus of public outages is written once; run again it adds
    // nothing and says so. incidents --json gives each corpus incident its cited sources.
    void corpusTwiceThenIncidentsWithSources()
    {
        const QString store = m_dir.filePath(u"corpus.sqlite"_s);
        Run r = run({u"corpus"_s, u"--db"_s, store});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u" new, 0 already stored"_s) && !r.out.contains(u" 0 new"_s), qPrintable(r.out));
        r = run({u"corpus"_s, u"--db"_s, store});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u", 0 new, "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Outage corpus: "_s), qPrintable(r.out));

        r = run({u"incidents"_s, u"--json"_s, u"--db"_s, store});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8())[u"incidents"].toArray();
        QVERIFY(list.size() >= 6);
        for (const QJsonValue &v : list) {
            const QJsonArray sources = v[u"sources"].toArray();
            QVERIFY2(!sources.isEmpty(), qPrintable(v[u"id"].toString()));
            for (const QJsonValue &c : sources) {
                QVERIFY(c[u"url"].toString().startsWith(u"https://"_s));
                QVERIFY(QStringList({u"high"_s, u"medium"_s, u"low"_s}).contains(c[u"confidence"].toString()));
                QVERIFY(c[u"updates"].toInt() >= 1);
            }
        }
        const auto fastly = std::find_if(list.cbegin(), list.cend(),
            [](const QJsonValue &v) { return v[u"id"].toString() == u"fastly-2021-06-08"; });
        QVERIFY(fastly != list.cend());
        QCOMPARE(
            (*fastly)[u"sources"][0][u"url"].toString(), u"https://www.fastly.com/blog/summary-of-june-8-outage"_s);
        QCOMPARE((*fastly)[u"sources"][0][u"updates"].toInt(), 8);
        const Run text = run({u"incidents"_s, u"--db"_s, store});
        QVERIFY2(text.out.contains(u"fastly.com"_s) && text.out.contains(u"aph.gov.au"_s), qPrintable(text.out));
        // The corpus sets no default incident: the demo's stays the one summary opens.
        QCOMPARE(run({u"demo"_s, u"--db"_s, store}).code, 0);
        QVERIFY(run({u"incidents"_s, u"--db"_s, store}).out.contains(u"summary and report open kakao-2022-10-15"_s));
    }

    // Issue #16, point 2, in the report: a feed-only incident (no user counts) says the people
    // figures are not known instead of printing zeros, lists each service's share, outage and
    // service-hours, charts shares, and its total recovery is the services' own (7 min).
    void feedOnlyReportSaysWhatIsKnown()
    {
        if (const QString missing = PdfText::missingTool(); !missing.isEmpty())
            QFAIL(qPrintable(missing));
        const QString store = m_dir.filePath(u"feedonly.sqlite"_s);
        Run r = run({u"import"_s, u"--db"_s, store,
            QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES "/statuspage_incidents_discord_2022-02-15.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString pdf = m_dir.filePath(u"feedonly.pdf"_s);
        r = run({u"report"_s, u"--db"_s, store, u"--out"_s, pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString body = PdfText::of(pdf).simplified();
        QVERIFY2(body.contains(u"how many people were affected is not known"_s), qPrintable(body.left(2000)));
        QVERIFY2(!body.contains(u"0 people-hours were lost"_s), qPrintable(body.left(2000)));
        QVERIFY2(body.contains(u"Service without a user count"_s), qPrintable(body.left(3000)));
        QVERIFY2(body.contains(u"API was hit hardest: up to 10 % of its users, out for 7 min"_s),
            qPrintable(body.left(2000)));
        QVERIFY(body.contains(u"Share of users affected over time"_s));
        // The dependency box and the certainty table say the same: a share, people not known.
        QVERIFY2(body.contains(u"0 % of users affected"_s), qPrintable(body));
        QVERIFY2(body.contains(u"People affected at the peak, each once — — — not known"_s), qPrintable(body));
        QVERIFY2(body.contains(u"Every service was fully back 7 min after the start"_s), qPrintable(body.left(2000)));
        r = run({u"summary"_s, u"--json"_s, u"--db"_s, store});
        const QJsonObject total = QJsonDocument::fromJson(r.out.toUtf8())[u"total"].toObject();
        QCOMPARE(total[u"time_to_full_s"].toDouble(), 457.0);
    }

    // Issue #16, "Done when", on real payloads from an empty store. Discord's Statuspage
    // incidents.json and scheduled-maintenances.json: the summary lists every component of the
    // incident with its outage and share affected (users not known), and the incident opens,
    // not the maintenance, which began later. A probe_success range alone (Prometheus and the
    // blackbox exporter): a Now summary naming the probed service.
    void realFeedsFromAnEmptyStore()
    {
        const QString pages = m_dir.filePath(u"firstrun.sqlite"_s);
        Run r = run({u"import"_s, u"--db"_s, pages,
            QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES "/statuspage_incidents_discord_2022-02-15.json"),
            QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES "/statuspage_scheduled_maintenances_discord.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({u"incidents"_s, u"--json"_s, u"--db"_s, pages});
        QJsonObject incident, maintenance;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8())[u"incidents"].toArray())
            (v[u"id"].toString() == u"n4njzfn1mqy0" ? incident : maintenance) = v.toObject();
        QCOMPARE(maintenance[u"id"].toString(), u"chkt3cr0jf7b"_s);
        QVERIFY(incident[u"default"].toBool());
        QVERIFY(!maintenance[u"default"].toBool());
        QCOMPARE(incident[u"began"].toString(), u"2022-02-15T13:14:17-08:00"_s);
        const QJsonArray components = incident[u"services"].toArray();
        QVERIFY(!components.isEmpty());

        r = run({u"summary"_s, u"--json"_s, u"--db"_s, pages});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc[u"incident"][u"id"].toString(), u"n4njzfn1mqy0"_s);
        for (const QJsonValue &key : components) {
            QJsonObject row;
            for (const QJsonValue &s : doc[u"services"].toArray())
                if (s[u"service"] == key)
                    row = s.toObject();
            QVERIFY2(!row.isEmpty(), qPrintable(key.toString() + u' ' + r.out));
            QVERIFY2(row[u"outage_seconds"].toDouble() > 0, qPrintable(r.out));
            QVERIFY2(row[u"share_peak"].toDouble() > 0, qPrintable(r.out));
            QVERIFY(row[u"users"].isNull());
        }
        r = run({u"summary"_s, u"--db"_s, pages});
        QVERIFY2(r.out.startsWith(u"Messaging issues"_s) && r.out.contains(u"API"_s), qPrintable(r.out));

        const QString probes = m_dir.filePath(u"probe.sqlite"_s);
        r = run({u"import"_s, u"--db"_s, probes,
            QStringLiteral(OUTAGEDASH_TEST_DATA "/prometheus/probe_success_local_prometheus_2.42.json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = run({u"summary"_s, u"--json"_s, u"--db"_s, probes});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject now = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!now.contains(u"incident"_s));
        const QJsonArray services = now[u"services"].toArray();
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first()[u"service"].toString(), u"storefront"_s);
        QVERIFY2(services.first()[u"outage_seconds"].toDouble() >= 45, qPrintable(r.out));
        QVERIFY(run({u"summary"_s, u"--db"_s, probes}).out.contains(u"storefront"_s));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
