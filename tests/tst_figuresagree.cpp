// SPDX-License-Identifier: GPL-3.0-or-later
// One set of figures, four places (issue #20): `summary --json`, the main window's headline and
// tiles, the wall, and the PDF report as pdftotext reads it. Every number of the summary's total
// and of every service, with its range, is looked for in each, formatted the one way the program
// formats it (FigureRange).
#include "impact/figurerange.h"
#include "importcontroller.h"
#include "incidentheaderwidget.h"
#include "itemmodels/servicestatusmodel.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "statusboardwidget.h"
#include "statustilewidget.h"
#include "store/timelinestore.h"
#include "wall/walltile.h"
#include "wall/wallwindow.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(180000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A figure of the summary: key, key_low and key_high of one JSON object.
FigureRange figure(const QJsonObject &o, const QString &key, bool derived)
{
    return {o[key].toDouble(), o[key + u"_low"].toDouble(), o[key + u"_high"].toDouble(), derived};
}

QString exact(const QJsonObject &o, const QString &key)
{
    return FigureRange::exact(o[key].toDouble());
}
} // namespace

class TstFiguresAgree : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QJsonObject m_summary;

    QString db() const { return m_dir.filePath(u"demo.sqlite"_s); }

    // Every tile and the headline at each moment are what `summary --at` gives for the same store.
    static void agreeWithSummary(
        DashboardSession &session, const MainWindow &window, const QString &copy, const QList<TimeMs> &moments)
    {
        for (const TimeMs at : moments) {
            session.setCursor(at);
            const Run summary = run(QStringLiteral(OUTAGEDASH_BINARY),
                {u"summary"_s, u"--json"_s, u"--db"_s, copy, u"--at"_s,
                    QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate)});
            QVERIFY2(summary.code == 0, qPrintable(summary.err));
            const QJsonObject moment = QJsonDocument::fromJson(summary.out.toUtf8()).object()[u"at"_s].toObject();
            const QJsonArray services = moment[u"services"_s].toArray();
            QCOMPARE(window.statusBoard()->tiles().size(), services.size());
            for (const QJsonValue &v : services) {
                const QJsonObject s = v.toObject();
                const StatusTileWidget *tile = nullptr;
                for (const StatusTileWidget *t : window.statusBoard()->tiles())
                    if (t->values().name == s[u"name"_s].toString())
                        tile = t;
                QVERIFY2(tile, qPrintable(s[u"name"_s].toString()));
                const FigureRange want = figure(s, u"affected"_s, s[u"derived"_s].toBool());
                QVERIFY2(tile->figure().text() == want.text(),
                    qPrintable(u"%1 at %2: window %3, summary %4"_s.arg(s[u"name"_s].toString())
                                   .arg(at)
                                   .arg(tile->figure().text(), want.text())));
                QCOMPARE(tile->values().derived, s[u"derived"_s].toBool());
            }
            const FigureRange people = figure(moment, u"distinct"_s, moment[u"derived"_s].toBool());
            const QString headline = window.header()->headlineText();
            QVERIFY2(headline.contains(people.centralText()), qPrintable(headline + u" | " + people.centralText()));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Run demo = run(QStringLiteral(OUTAGEDASH_BINARY), {u"demo"_s, u"--db"_s, db()});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        const Run summary = run(QStringLiteral(OUTAGEDASH_BINARY), {u"summary"_s, u"--json"_s, u"--db"_s, db()});
        QVERIFY2(summary.code == 0, qPrintable(summary.err));
        m_summary = QJsonDocument::fromJson(summary.out.toUtf8()).object();
        QVERIFY(!m_summary.isEmpty());
        // The demo's own check: distinct people at the peak lie between Kakao's 47.6 million
        // account holders and South Korea's 51.7 million people, and the sum does not.
        const QJsonObject total = m_summary[u"total"].toObject();
        QVERIFY(total[u"distinct_peak"].toDouble() >= 47.6e6 && total[u"distinct_peak"].toDouble() <= 51.7e6);
        QVERIFY(total[u"peak_affected"].toDouble() > 51.7e6);
        QVERIFY(total[u"distinct_people_hours_low"].toDouble() < total[u"distinct_people_hours"].toDouble());
        QVERIFY(total[u"distinct_people_hours"].toDouble() < total[u"distinct_people_hours_high"].toDouble());
    }

    void windowAndWallShowTheSummarysFigures()
    {
        DashboardSession session;
        QVERIFY2(session.open(db()), qPrintable(session.lastError()));
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        WallWindow wall(&session);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QJsonObject total = m_summary[u"total"].toObject();
        const bool derived = total[u"derived"].toBool();
        const TimeMs peakAt = TimeMs(total[u"distinct_peak_at"].toDouble()) * 1000;
        session.setCursor(peakAt);
        // Distinct people at their peak, with the range, in the headline and on the wall.
        const FigureRange people = figure(total, u"distinct_peak"_s, derived);
        for (const QString &text : {window.header()->headlineText(), wall.headlineText()}) {
            QVERIFY2(text.contains(people.centralText()), qPrintable(text + u" | " + people.centralText()));
            QVERIFY2(text.contains(people.rangeText()), qPrintable(text + u" | " + people.rangeText()));
        }
        // The sum over services, under its own name, where the summary has its peak too.
        QCOMPARE(TimeMs(total[u"peak_at"].toDouble()) * 1000, peakAt);
        QVERIFY(window.header()->serviceUsersText().contains(exact(total, u"peak_affected"_s)));
        QVERIFY(wall.headlineText().contains(exact(total, u"peak_affected"_s)));

        // Every service's tile, in the window and on the wall, at that service's peak.
        const QJsonArray services = m_summary[u"services"].toArray();
        QCOMPARE(window.statusBoard()->tiles().size(), services.size());
        QCOMPARE(wall.tiles().size(), services.size());
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            session.setCursor(TimeMs(s[u"peak_at"].toDouble()) * 1000);
            const FigureRange peak = figure(s, u"peak_affected"_s, s[u"derived"].toBool());
            const StatusTileWidget *tile = nullptr;
            for (const StatusTileWidget *t : window.statusBoard()->tiles())
                if (t->values().name == s[u"name"].toString())
                    tile = t;
            QVERIFY2(tile, qPrintable(s[u"name"].toString()));
            QCOMPARE(qRound64(tile->values().affected), qint64(s[u"peak_affected"].toDouble()));
            QCOMPARE(tile->figure().text(), peak.text());
            const WallTile *wallTile = nullptr;
            for (const WallTile *t : wall.tiles())
                if (t->values().name == s[u"name"].toString())
                    wallTile = t;
            QVERIFY(wallTile);
            QCOMPARE(wallTile->figure().text(), peak.text());
        }
    }

    // Issue #22, point 6: in Korean, the window, the wall and `summary --lang ko` name the demo's
    // services and incident in the demo's own Korean, and in English in English.
    void koreanNamesAgree()
    {
        const Run ko = run(
            QStringLiteral(OUTAGEDASH_BINARY), {u"summary"_s, u"--json"_s, u"--lang"_s, u"ko"_s, u"--db"_s, db()});
        QVERIFY2(ko.code == 0, qPrintable(ko.err));
        QStringList koNames;
        for (const QJsonValue &v : QJsonDocument::fromJson(ko.out.toUtf8()).object()[u"services"].toArray())
            koNames.append(v.toObject()[u"name"].toString());
        QStringList enNames;
        for (const QJsonValue &v : m_summary[u"services"].toArray())
            enNames.append(v.toObject()[u"name"].toString());
        QVERIFY(koNames.contains(u"카카오톡"_s));
        QVERIFY(enNames.contains(u"KakaoTalk"_s));
        QCOMPARE(koNames.size(), enNames.size());

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        {
            DashboardSession session;
            QVERIFY2(session.open(db()), qPrintable(session.lastError()));
            MainWindow window(&session);
            WallWindow wall(&session);
            QVERIFY(session.analysis().incident());
            QVERIFY2(session.analysis().incident()->title.startsWith(u"판교"_s),
                qPrintable(session.analysis().incident()->title));
            QStringList tileNames, wallNames;
            for (const StatusTileWidget *t : window.statusBoard()->tiles())
                tileNames.append(t->values().name);
            for (const WallTile *t : wall.tiles())
                wallNames.append(t->values().name);
            tileNames.sort();
            wallNames.sort();
            koNames.sort();
            QCOMPARE(tileNames, koNames);
            QCOMPARE(wallNames, koNames);
            // Every update of the incident reads in Korean: a Hangul syllable in each message.
            const QRegularExpression hangul(u"[\\x{AC00}-\\x{D7A3}]"_s);
            for (const IncidentUpdate &u : session.snapshot().updates)
                QVERIFY2(u.message.contains(hangul), qPrintable(u.message));
        }
        QLocale::setDefault(before);
    }

    // Issue #22, point 2: after File ▸ Import in the window, every tile and the headline are what
    // `summary --at` gives for the same store and moment, at several moments through the recovery.
    void importInTheWindowAgreesWithSummary()
    {
        const QString copy = m_dir.filePath(u"imported.sqlite"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(db(), copy));
        DashboardSession session;
        QVERIFY2(session.open(copy), qPrintable(session.lastError()));
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.importController()->setQuiet(true);
        // The reviewer's place survives the import (#22, point 3): not back to the worst moment.
        const TimeMs kept = session.analysis().windowStart() + 30 * 3600 * 1000LL; // not the worst moment
        session.setCursor(kept);
        QSignalSpy done(window.importController(), &ImportController::importFinished);
        window.importController()->importFiles({QStringLiteral(OUTAGEDASH_TEST_DATA "/csv/bad_rows.csv")});
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(window.importController()->lastMessages().join(u'\n')));
        QCOMPARE(session.statusModel()->cursor(), kept);

        const IncidentAnalysis &a = session.analysis();
        agreeWithSummary(session, window, copy,
            {a.windowStart() + 30 * 60000LL, TimeMs(1665883800000) /* 16 Oct 10:30 KST */,
                a.windowStart() + (a.windowEnd() - a.windowStart()) / 2});
    }

    // Issue #22, point 2, live: samples a live source stores and hands to the session reach the
    // tiles, and the tiles are then what `summary --at` gives for the same store.
    void liveAppendsInTheWindowAgreeWithSummary()
    {
        const QString copy = m_dir.filePath(u"live.sqlite"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(db(), copy));
        DashboardSession session;
        QVERIFY2(session.open(copy), qPrintable(session.lastError()));
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Measured availability of KakaoTalk on 16 Oct (KST), as a probe would report it.
        const TimeMs noon = 1665889200000; // 16 Oct 12:00 KST
        const QList<HealthSample> samples {{noon, u"messaging"_s, u"probe"_s, 0.4, {}, {}, false},
            {noon + 3600000, u"messaging"_s, u"probe"_s, 0.7, {}, {}, false},
            {noon + 7200000, u"messaging"_s, u"probe"_s, 0.95, {}, {}, false}};
        const auto kakaoTalk = [&window]() {
            for (const StatusTileWidget *t : window.statusBoard()->tiles())
                if (t->values().name == u"KakaoTalk"_s)
                    return qRound64(t->values().affected);
            return qint64(-1);
        };
        session.setCursor(noon + 1800000);
        const qint64 before = kakaoTalk();
        {
            TimelineStore writer(u"live-writer"_s);
            QVERIFY(writer.open(copy));
            FeedBatch batch;
            batch.samples = samples;
            QVERIFY2(writer.write(batch), qPrintable(writer.lastError()));
        }
        QSignalSpy reloaded(&session, &DashboardSession::analysisChanged);
        session.appendLive(samples);
        QVERIFY(reloaded.wait(10000));
        agreeWithSummary(session, window, copy, {noon + 1800000, noon + 5400000, noon + 9000000});
        // The measured 40 % at noon replaced the derived curve there: the tile moved, by summary's figure.
        session.setCursor(noon + 1800000);
        QVERIFY(before > 0);
        QVERIFY2(kakaoTalk() != before, qPrintable(QString::number(before)));
    }

    void thePdfHoldsEveryNumber()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext is not installed (package poppler-utils)");
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        const Run report = run(
            QStringLiteral(OUTAGEDASH_BINARY), {u"report"_s, u"--db"_s, db(), u"--lang"_s, u"en"_s, u"--out"_s, pdf});
        QVERIFY2(report.code == 0, qPrintable(report.err));
        const Run text = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QCOMPARE(text.code, 0);
        const QString body = text.out.simplified();
        const auto has = [&body](const QString &what) -> QByteArray {
            return body.contains(what) ? QByteArray() : QByteArray("not in the PDF: ") + what.toUtf8();
        };
        const auto check = [&](const QJsonObject &o, const QString &key, bool derived) -> QByteArray {
            // Exactly, with both bounds (How sure are these figures) ...
            for (const QString &k : QStringList {key, key + u"_low"_s, key + u"_high"_s})
                if (const QByteArray missing = has(exact(o, k)); !missing.isEmpty())
                    return QByteArray(missing + " (" + k.toUtf8() + ')');
            // ... and as the tables print it: ≈ and the range.
            const FigureRange f = figure(o, key, derived);
            for (const QString &part : {f.centralText(), f.rangeText()})
                if (const QByteArray missing = has(part); !missing.isEmpty())
                    return QByteArray(missing + " (" + key.toUtf8() + ')');
            return QByteArray();
        };
        const QJsonObject total = m_summary[u"total"].toObject();
        const bool derived = total[u"derived"].toBool();
        for (const QString &key :
            {u"distinct_peak"_s, u"distinct_people_hours"_s, u"peak_affected"_s, u"people_hours"_s}) {
            const QByteArray missing = check(total, key, derived);
            QVERIFY2(missing.isEmpty(), missing.constData());
        }
        for (const QJsonValue &v : m_summary[u"services"].toArray()) {
            const QJsonObject s = v.toObject();
            QVERIFY(body.contains(s[u"name"].toString()));
            for (const QString &key : {u"peak_affected"_s, u"people_hours"_s}) {
                const QByteArray missing = check(s, key, s[u"derived"].toBool());
                QVERIFY2(missing.isEmpty(), QByteArray(s[u"name"].toString().toUtf8() + ": " + missing).constData());
            }
        }
        for (const QJsonValue &a : m_summary[u"audiences"].toArray()) {
            QVERIFY2(body.contains(a[u"name"].toString()), qPrintable(a[u"name"].toString()));
            QVERIFY(body.contains(FigureRange::exact(a[u"size"].toDouble())));
        }
        QVERIFY(body.contains(u"How sure are these figures"_s));
        QVERIFY(body.contains(u"Data quality: sources that disagree"_s));
    }
};

QTEST_MAIN(TstFiguresAgree)
#include "tst_figuresagree.moc"
