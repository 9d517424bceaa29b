// SPDX-License-Identifier: GPL-3.0-or-later
// What-if scenarios (#10): changes, figures worked out by hand, JSON, store, NDJSON, panel, CLI.
#include "charts/scenariochartbuilder.h"
#include "dialogs/scenariodialog.h"
#include "domain/scenario.h"
#include "domain/timelinesnapshot.h"
#include "feeds/ndjsonparser.h"
#include "impact/incidentanalysis.h"
#include "impact/scenarioanalysis.h"
#include "impact/scenarioapplier.h"
#include "ingest/demodataset.h"
#include "itemmodels/scenariotablemodel.h"
#include "scenariopanel.h"
#include "session/dashboardsession.h"
#include "store/timelinestore.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr TimeMs H = 3600 * 1000;
const QString kLogin = u"login fails over within 20 minutes"_s;
const QString kNaver = u"Naver-like recovery: every service back within 12 hours"_s;

// a: 100 users, down (sample 0.0) from 0 h to 6 h.   → 100 × 6 = 600 people-hours, all own.
// b: 200 users, own always up, depends on a with share 0.5: effective 1 − 0.5 × 1 = 0.5 while
//    a is down → 100 affected for 6 h = 600 people-hours, all inherited.
// c: 10 users, states: major_outage at 0 h, operational at 5 h → 10 × 5 = 50 people-hours.
// Window 0 h – 10 h, the incident began at 0 h. Total recorded: 1,250 people-hours.
ImpactInput baseInput()
{
    ImpactInput in;
    in.services = {{u"a"_s, u"A"_s, 100, {}, {}}, {u"b"_s, u"B"_s, 200, {}, {}}, {u"c"_s, u"C"_s, 10, {}, {}}};
    in.dependencies = {{u"b"_s, u"a"_s, 0.5, {}}};
    in.samples = {{0, u"a"_s, u"feed"_s, 0.0, {}, {}, false}, {6 * H, u"a"_s, u"feed"_s, 1.0, {}, {}, false}};
    in.states = {{0, u"c"_s, ServiceState::MajorOutage, u"major_outage"_s, u"feed"_s, {}, false},
        {5 * H, u"c"_s, ServiceState::Operational, u"operational"_s, u"feed"_s, {}, false}};
    in.from = 0;
    in.to = 10 * H;
    return in;
}
Incident baseIncident()
{
    Incident i;
    i.id = u"test"_s;
    i.began = 0;
    return i;
}
ScenarioChange change(ScenarioChange::Kind kind, const QString &service, double minutes = 0, TimeMs time = 0,
    const QString &dependsOn = {}, double share = 0)
{
    ScenarioChange c;
    c.kind = kind;
    c.service = service;
    c.minutes = minutes;
    c.time = time;
    c.dependsOn = dependsOn;
    c.share = share;
    return c;
}
double hours(const ImpactResult &r, const QString &service)
{
    const ServiceImpact *s = r.find(service);
    return s ? s->peopleHours : -1;
}
QString normalised(QString text)
{
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s);
}
} // namespace

class TestScenario : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"demo.sqlite"_s);
        TimelineStore store(u"init"_s);
        QVERIFY2(store.open(m_db), qPrintable(store.lastError()));
        QString error;
        QVERIFY2(DemoDataset::load(store, &error), qPrintable(error));
    }

    void recordedFigures()
    {
        const ImpactResult r = ImpactEngine::compute(baseInput());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(hours(r, u"a"_s), 600.0);
        QCOMPARE(hours(r, u"b"_s), 600.0);
        QCOMPARE(r.find(u"b"_s)->peopleHoursInherited, 600.0);
        QCOMPARE(hours(r, u"c"_s), 50.0);
        QCOMPARE(r.peopleHoursTotal, 1250.0);
    }

    void apply_data()
    {
        QTest::addColumn<QList<ScenarioChange>>("changes");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("total");
        using K = ScenarioChange::Kind;
        // a fails over at 2 h: the area after 2 h goes, a: 100 × 2 = 200, b: 100 × 2 = 200.
        // Saved: exactly the area after T, 400 + 400 = 800.
        QTest::newRow("failover a within 120 min")
            << QList {change(K::FailoverWithin, u"a"_s, 120)} << 200.0 << 200.0 << 50.0 << 450.0;
        // Failing over at once: a and its inheritance never happen. 0 + 0 + 50.
        QTest::newRow("failover a within 0 min")
            << QList {change(K::FailoverWithin, u"a"_s, 0)} << 0.0 << 0.0 << 50.0 << 50.0;
        // b no longer needs a: its 600 inherited people-hours go, nothing else changes.
        QTest::newRow("remove b → a") << QList {change(K::Dependency, u"b"_s, 0, 0, u"a"_s, 0.0)} << 600.0 << 0.0
                                      << 50.0 << 650.0;
        // Share 0.5 → 0.25: b 200 × 0.25 = 50 affected for 6 h = 300.
        QTest::newRow("lower b → a to 0.25")
            << QList {change(K::Dependency, u"b"_s, 0, 0, u"a"_s, 0.25)} << 600.0 << 300.0 << 50.0 << 950.0;
        // A higher share is not a lowering: the recorded 0.5 stays.
        QTest::newRow("raise b → a is ignored")
            << QList {change(K::Dependency, u"b"_s, 0, 0, u"a"_s, 0.9)} << 600.0 << 600.0 << 50.0 << 1250.0;
        // a back at 3 h: a 100 × 3 = 300, b 100 × 3 = 300.
        QTest::newRow("recover_at a 3 h")
            << QList {change(K::RecoverAt, u"a"_s, 0, 3 * H)} << 300.0 << 300.0 << 50.0 << 650.0;
        // a back 240 min after the start: 100 × 4 = 400, b 100 × 4 = 400.
        QTest::newRow("recover_after a 240 min")
            << QList {change(K::RecoverAfter, u"a"_s, 240)} << 400.0 << 400.0 << 50.0 << 850.0;
        // After a was back anyway (6 h): nothing changes.
        QTest::newRow("recover_after a 480 min")
            << QList {change(K::RecoverAfter, u"a"_s, 480)} << 600.0 << 600.0 << 50.0 << 1250.0;
        // c (reported states) back after 1 h: 10 × 1 = 10.
        QTest::newRow("recover_after c 60 min")
            << QList {change(K::RecoverAfter, u"c"_s, 60)} << 600.0 << 600.0 << 10.0 << 1210.0;
        // Two recoveries of one service: the earlier wins (1 h): a 100, b 100.
        QTest::newRow("earliest of two wins")
            << QList {change(K::RecoverAfter, u"a"_s, 300), change(K::FailoverWithin, u"a"_s, 60)} << 100.0 << 100.0
            << 50.0 << 250.0;
        // Lower the share and fail over at 2 h: a 200; b 200 × 0.25 × 2 = 100.
        QTest::newRow("share and failover")
            << QList {change(K::Dependency, u"b"_s, 0, 0, u"a"_s, 0.25), change(K::FailoverWithin, u"a"_s, 120)}
            << 200.0 << 100.0 << 50.0 << 350.0;
    }

    void apply()
    {
        QFETCH(QList<ScenarioChange>, changes);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        QFETCH(double, total);
        const ImpactInput recorded = baseInput();
        Scenario s;
        s.incidentId = u"test"_s;
        s.name = u"what if"_s;
        s.changes = changes;
        const ImpactResult r = ImpactEngine::compute(ScenarioApplier::apply(s, recorded, baseIncident()));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(hours(r, u"a"_s), a);
        QCOMPARE(hours(r, u"b"_s), b);
        QCOMPARE(hours(r, u"c"_s), c);
        QCOMPARE(r.peopleHoursTotal, total);
        // The recorded input is unchanged afterwards.
        const ImpactInput fresh = baseInput();
        QCOMPARE(recorded.samples, fresh.samples);
        QCOMPARE(recorded.states, fresh.states);
        QCOMPARE(recorded.dependencies, fresh.dependencies);
        QCOMPARE(recorded.services, fresh.services);
        QCOMPARE(ImpactEngine::compute(recorded).peopleHoursTotal, 1250.0);
    }

    void removingADependencyRemovesExactlyTheInheritedPart()
    {
        const ImpactResult before = ImpactEngine::compute(baseInput());
        Scenario s;
        s.changes = {change(ScenarioChange::Kind::Dependency, u"b"_s, 0, 0, u"a"_s, 0.0)};
        const ImpactResult after = ImpactEngine::compute(ScenarioApplier::apply(s, baseInput(), baseIncident()));
        QCOMPARE(before.peopleHoursTotal - after.peopleHoursTotal, before.find(u"b"_s)->peopleHoursInherited);
        QCOMPARE(after.find(u"b"_s)->peopleHoursOwn, before.find(u"b"_s)->peopleHoursOwn);
    }

    void jsonRoundTrip()
    {
        Scenario s;
        s.incidentId = u"kakao-2022-10-15"_s;
        s.name = u"모두 — all four"_s;
        s.description = u"every kind"_s;
        s.changes = {change(ScenarioChange::Kind::RecoverAt, u"messaging"_s, 0, 1665815400123),
            change(ScenarioChange::Kind::RecoverAfter, u"payment"_s, 90.5),
            change(ScenarioChange::Kind::FailoverWithin, u"login"_s, 20),
            change(ScenarioChange::Kind::Dependency, u"mail"_s, 0, 0, u"login"_s, 0.25)};
        const QByteArray text = QJsonDocument(s.toJson()).toJson();
        QString field, reason;
        const auto back = Scenario::fromJson(QJsonDocument::fromJson(text).object(), &field, &reason);
        QVERIFY2(back, qPrintable(field + u": "_s + reason));
        QCOMPARE(*back, s);
    }

    void storeRoundTrip()
    {
        TimelineStore store(u"roundtrip"_s);
        QVERIFY2(store.open(m_dir.filePath(u"rt.sqlite"_s)), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), TimelineStore::latestSchemaVersion());
        Scenario s;
        s.incidentId = u"i1"_s;
        s.name = u"fast login"_s;
        s.changes = {change(ScenarioChange::Kind::FailoverWithin, u"login"_s, 20)};
        QVERIFY2(store.saveScenario(s), qPrintable(store.lastError()));
        QCOMPARE(store.scenarios(u"i1"_s), QList<Scenario> {s});
        QVERIFY(store.scenarios(u"i2"_s).isEmpty());
        s.description = u"changed"_s; // upsert on (incident, name)
        QVERIFY(store.saveScenario(s));
        QCOMPARE(store.scenarios(u"i1"_s), QList<Scenario> {s});
        QVERIFY(store.removeScenario(u"i1"_s, s.name));
        QVERIFY(store.scenarios(u"i1"_s).isEmpty());
    }

    void ndjsonLine()
    {
        const QByteArray line
            = "{\"type\":\"scenario\",\"incident\":\"i1\",\"name\":\"n\",\"description\":\"d\","
              "\"changes\":[{\"kind\":\"recover_at\",\"service\":\"a\",\"time\":\"2022-10-16T03:30:00+09:00\"},"
              "{\"kind\":\"recover_after\",\"service\":\"a\",\"minutes\":720},"
              "{\"kind\":\"failover_within\",\"service\":\"login\",\"minutes\":20},"
              "{\"kind\":\"dependency\",\"service\":\"b\",\"depends_on\":\"login\",\"share\":0.0}]}\n";
        ParseOptions o;
        o.source = u"t.ndjson"_s;
        const ParseResult r = NdjsonParser::parse(line, o);
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.scenarios.size(), 1);
        const Scenario &s = r.batch.scenarios.first();
        QCOMPARE(s.changes.size(), 4);
        QCOMPARE(s.changes.at(0).time, *Timestamps::parseRfc3339(u"2022-10-16T03:30:00+09:00"));
        QCOMPARE(s.changes.at(1).minutes, 720.0);
        QCOMPARE(s.changes.at(3).dependsOn, u"login"_s);
        // Written by BatchWriter through the ordinary import.
        TimelineStore store(u"ndjson"_s);
        QVERIFY(store.open(u":memory:"_s));
        WriteStats stats;
        QVERIFY2(store.write(r.batch, &stats), qPrintable(store.lastError()));
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(store.scenarios(u"i1"_s), QList<Scenario> {s});
        QVERIFY(store.write(r.batch, &stats));
        QCOMPARE(stats.unchanged, 1); // re-import: already stored
    }

    void malformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("no minutes") << QByteArray("{\"type\":\"scenario\",\"incident\":\"i\",\"name\":\"n\","
                                                  "\"changes\":[{\"kind\":\"failover_within\",\"service\":\"login\"}]}")
                                    << u"changes[0].minutes"_s;
        QTest::newRow("unknown kind") << QByteArray(
            "{\"type\":\"scenario\",\"incident\":\"i\",\"name\":\"n\",\"changes\":[{\"kind\":\"recover\",\"service\":"
            "\"a\",\"minutes\":1},{\"kind\":\"teleport\",\"service\":\"a\"}]}")
                                      << u"changes[0].kind"_s;
        QTest::newRow("share above 1") << QByteArray(
            "{\"type\":\"scenario\",\"incident\":\"i\",\"name\":\"n\",\"changes\":[{\"kind\":\"recover_after\","
            "\"service\":\"a\",\"minutes\":1},{\"kind\":\"dependency\",\"service\":\"a\",\"depends_on\":\"b\","
            "\"share\":2}]}") << u"changes[1].share"_s;
        QTest::newRow("no changes") << QByteArray(
            "{\"type\":\"scenario\",\"incident\":\"i\",\"name\":\"n\",\"changes\":[]}")
                                    << u"changes"_s;
        QTest::newRow("no name") << QByteArray("{\"type\":\"scenario\",\"incident\":\"i\",\"changes\":[]}")
                                 << u"name"_s;
    }

    void malformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        const ParseResult r = NdjsonParser::parse(line, ParseOptions {});
        QCOMPARE(r.batch.scenarios.size(), 0);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects.first().field, field);
        QVERIFY(!r.batch.rejects.first().reason.isEmpty());
    }

    void demoScenariosAreStored()
    {
        TimelineStore store(u"demo-read"_s);
        QVERIFY(store.open(m_db));
        const QList<Scenario> list = store.scenarios(DemoDataset::defaultIncident());
        QCOMPARE(list.size(), 2);
        QStringList names;
        for (const Scenario &s : list)
            names.append(s.name);
        QVERIFY(names.contains(kLogin));
        QVERIFY(names.contains(kNaver));
    }

    void panelShowsTheDifference()
    {
        TimelineStore store(u"panel"_s);
        QVERIFY(store.open(m_db));
        const TimelineSnapshot snapshot = store.snapshot();
        const IncidentAnalysis analysis(snapshot, snapshot.incident(DemoDataset::defaultIncident()));
        QVERIFY(analysis.isValid());
        ScenarioPanel panel;
        panel.resize(900, 700);
        DashboardSession session; // the panel reads and saves scenarios through a session
        QVERIFY(session.open(m_db));
        panel.setData(snapshot, analysis, &session);
        panel.show();
        QCOMPARE(panel.scenarios().size(), 2);
        QVERIFY(panel.selectScenario(kLogin));
        const ScenarioTableModel *model = panel.model();
        QCOMPARE(model->rowCount(), int(analysis.services().size()) + 1);
        const int last = model->rowCount() - 1;
        const auto value = [&](int row, int column) {
            return model->index(row, column).data(ScenarioTableModel::ValueRole).toDouble();
        };
        const double recorded = value(last, ScenarioTableModel::RecordedColumn);
        const double scenario = value(last, ScenarioTableModel::ScenarioColumn);
        const double saved = value(last, ScenarioTableModel::SavedColumn);
        QCOMPARE(recorded, analysis.result().peopleHoursTotal);
        QVERIFY(saved > 0);
        QCOMPARE(saved, recorded - scenario);
        // Every service saves something or nothing, never loses: a failover only helps.
        for (int row = 0; row < last; ++row)
            QVERIFY(value(row, ScenarioTableModel::SavedColumn) >= -1e-6);
        QVERIFY(panel.sentence().contains(kLogin));
        QCOMPARE(panel.chartView()->seriesNames().size(), 2);
        qInfo("demo: %s saves %.0f of %.0f people-hours", qPrintable(kLogin), saved, recorded);
        QVERIFY(panel.selectScenario(kNaver));
        qInfo("demo: %s saves %.0f people-hours", qPrintable(kNaver), value(last, ScenarioTableModel::SavedColumn));
        QVERIFY(value(last, ScenarioTableModel::SavedColumn) > saved);
    }

    void dialogSavesThroughTheTable()
    {
        TimelineStore store(u"dialog"_s);
        QVERIFY(store.open(m_dir.filePath(u"dialog.sqlite"_s)));
        DashboardSession session; // the dialog saves through the session, read back here
        QVERIFY(session.open(m_dir.filePath(u"dialog.sqlite"_s)));
        ScenarioDialog dialog(&session, u"i1"_s, {{u"login"_s, u"Login"_s}});
        dialog.newScenario();
        Scenario s;
        s.incidentId = u"i1"_s;
        s.name = u"quick"_s;
        s.changes = {change(ScenarioChange::Kind::FailoverWithin, u"login"_s, 15)};
        dialog.setForm(s);
        QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.errorText()));
        QCOMPARE(store.scenarios(u"i1"_s), QList<Scenario> {s});
        // A bad form is refused with the field named, and nothing is stored.
        Scenario bad = s;
        bad.name = u"bad"_s;
        bad.changes = {change(ScenarioChange::Kind::Dependency, u"login"_s, 0, 0, u"login"_s, 0)};
        dialog.newScenario();
        dialog.setForm(bad);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(dialog.errorText().contains(u"changes[0].depends_on"_s));
        QCOMPARE(store.scenarios(u"i1"_s).size(), 1);
        dialog.selectScenario(u"quick"_s);
        QVERIFY(dialog.removeCurrent());
        QVERIFY(store.scenarios(u"i1"_s).isEmpty());
    }

    void summaryJson()
    {
        QProcess p;
        p.start(
            QStringLiteral(OUTAGEDASH_BINARY), {u"summary"_s, u"--db"_s, m_db, u"--json"_s, u"--scenario"_s, kLogin});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject scenario = doc.value(u"scenario").toObject();
        QCOMPARE(scenario.value(u"name").toString(), kLogin);
        QVERIFY(scenario.value(u"total").toObject().value(u"people_hours_saved").toDouble() > 0);
        QCOMPARE(scenario.value(u"services").toArray().size(), doc.value(u"services").toArray().size());
        QCOMPARE(scenario.value(u"total").toObject().value(u"people_hours_recorded").toDouble(),
            doc.value(u"total").toObject().value(u"people_hours").toDouble());
        m_savedLogin = qint64(scenario.value(u"total").toObject().value(u"people_hours_saved").toDouble());

        QProcess unknown;
        unknown.start(QStringLiteral(OUTAGEDASH_BINARY), {u"summary"_s, u"--db"_s, m_db, u"--scenario"_s, u"nope"_s});
        QVERIFY(unknown.waitForFinished(60000));
        QCOMPARE(unknown.exitCode(), 1);
        QVERIFY(QString::fromUtf8(unknown.readAllStandardError()).contains(kLogin));
    }

    void reportWithScenario()
    {
        QVERIFY(m_savedLogin > 0);
        const QString pdf = m_dir.filePath(u"whatif.pdf"_s);
        QProcess p;
        p.start(QStringLiteral(OUTAGEDASH_BINARY),
            {u"report"_s, u"--db"_s, m_db, u"--scenario"_s, kLogin, u"--out"_s, pdf});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        if (!text.waitForStarted())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.waitForFinished(60000));
        const QString body = normalised(QString::fromUtf8(text.readAllStandardOutput()));
        QVERIFY(body.contains(u"What if"_s));
        QVERIFY(body.contains(kLogin));
        QLocale grouped = QLocale::c();
        grouped.setNumberOptions(QLocale::DefaultNumberOptions);
        QVERIFY2(body.contains(grouped.toString(m_savedLogin)), qPrintable(grouped.toString(m_savedLogin)));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_savedLogin = 0;
};

QTEST_MAIN(TestScenario)
#include "tst_scenario.moc"
