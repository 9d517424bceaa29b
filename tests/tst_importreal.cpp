// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedformat.h"
#include "ingest/feedimporter.h"
#include "store/timelinestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Every real payload of tests/data/public, imported the way `outagedash import` does (format
// detected from the content) into a fresh timeline: it is read as its own format, stored, and
// imported a second time stores nothing. Every reject a payload gives carries a real position.

using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QString::fromUtf8(OUTAGEDASH_PUBLIC_FIXTURES);

struct Expected {
    const char *prefix;
    FeedFormat::Kind kind;
};

// The formats the payloads are in, by file name; anything else is no feed format of ours.
constexpr Expected kFormats[]
    = {{"statuspage_metrics_display", FeedFormat::Unknown}, {"statuspage_", FeedFormat::Statuspage},
        {"alertmanager_", FeedFormat::Alertmanager}, {"grafana_", FeedFormat::Grafana},
        {"gcp_incidents_", FeedFormat::GoogleCloud}, {"prometheus_query_range_", FeedFormat::Prometheus},
        {"aws_status_rss_", FeedFormat::AtomRss}, {"status_atom_", FeedFormat::AtomRss}};

FeedFormat::Kind kindOf(const QString &file)
{
    for (const Expected &e : kFormats)
        if (file.startsWith(QLatin1StringView(e.prefix)))
            return e.kind;
    return FeedFormat::Unknown;
}

// Payloads refused whole, by design: a Prometheus error envelope, and a range of goroutines that
// is no availability on any scale.
bool refusedWhole(const QString &file)
{
    return file.contains(u"error_bad_data"_s) || file.contains(u"go_goroutines"_s);
}

} // namespace

class TstImportReal final : public QObject {
    Q_OBJECT

private slots:
    void importTwice_data()
    {
        QTest::addColumn<QString>("file");
        int feeds = 0;
        for (const QString &file : QDir(kFixtures).entryList(QDir::Files)) {
            if (file.endsWith(u".md"_s) || kindOf(file) == FeedFormat::Unknown)
                continue;
            QTest::newRow(qPrintable(file)) << file;
            ++feeds;
        }
        QVERIFY(feeds >= 26);
    }

    void importTwice()
    {
        QFETCH(QString, file);
        const QString path = kFixtures + u'/' + file;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString why;
        QCOMPARE(FeedFormat::detect(f.read(64 * 1024), &why), kindOf(file));

        QTemporaryDir dir;
        TimelineStore store(u"import-real"_s);
        QVERIFY(store.open(dir.filePath(u"t.sqlite"_s)));
        const ImportResult first = FeedImporter::importFile(store, path, FeedFormat::Unknown);
        if (refusedWhole(file)) {
            QVERIFY2(!first.error.isEmpty(), qPrintable(file));
            QCOMPARE(first.records, 0);
            return;
        }
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.rejected, 0);
        QCOMPARE(first.inserted, first.records);
        if (!file.contains(u"empty"_s))
            QVERIFY2(first.records > 0, qPrintable(file));

        const ImportResult again = FeedImporter::importFile(store, path, FeedFormat::Unknown);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.records, first.records);
        QCOMPARE(again.inserted, 0); // nothing stored the second time
        QCOMPARE(again.unchanged, first.records);
    }

    // A legacy Grafana alert carries no time: two imports of one file agree on the file's, and
    // so store it once; the same payload in another file is another report.
    void legacyGrafanaIsStampedWithTheFile()
    {
        QTemporaryDir dir;
        TimelineStore store(u"import-legacy"_s);
        QVERIFY(store.open(dir.filePath(u"t.sqlite"_s)));
        const QString path = kFixtures + u"/grafana_legacy_ok_zulip.json"_s;
        QCOMPARE(FeedImporter::importFile(store, path, FeedFormat::Unknown).inserted, 1);
        const QList<StateChange> states = store.stateChanges();
        QCOMPARE(states.size(), 1);
        QCOMPARE(states[0].time, QFileInfo(path).lastModified().toMSecsSinceEpoch());
    }

    // Rejects read "line L, byte B" in every format: never line 0 or byte -1.
    void rejectsArePlaced_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("at"); // what the feed holds at the reject's byte offset
        QFile am(kFixtures + u"/alertmanager_webhook_v4_firing_poc_2022-10-04.json"_s);
        QVERIFY(am.open(QIODevice::ReadOnly));
        QByteArray alerts = am.readAll();
        const qsizetype startsAt = alerts.indexOf("\"startsAt\"");
        const qsizetype value = alerts.indexOf('"', alerts.indexOf(':', startsAt)) + 1;
        alerts.replace(value, 4, "xxxx"); // "2022-…" → "xxxx-…"
        QTest::newRow("alertmanager") << alerts << u"alerts[0].startsAt"_s << QByteArray("\"xxxx-");
        QTest::newRow("ndjson") << QByteArray(
            "{\"type\":\"service\",\"key\":\"a\",\"users\":1}\n{\"type\":\"state\",\"time\":1}\n")
                                << u"time"_s << QByteArray("{\"type\":\"state\"");
        QTest::newRow("prometheus") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\n"
            "\"result\":[{\"metric\":{\"job\":\"a\"},\"value\":[1665815400,\"x\"]}]}}")
                                    << u"result[0].value"_s << QByteArray("[1665815400,\"x\"]");
        QTest::newRow("csv") << QByteArray("type,service,time,availability\nsample,a,2022-10-15T00:00:00Z,7\n")
                             << u"availability"_s << QByteArray("sample,a");
    }

    void rejectsArePlaced()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, field);
        QFETCH(QByteArray, at);
        QTemporaryDir dir;
        TimelineStore store(u"import-placed"_s);
        QVERIFY(store.open(dir.filePath(u"t.sqlite"_s)));
        const ImportResult r = FeedImporter::importData(store, data, u"feed"_s, FeedFormat::Unknown);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.firstRejects.size(), 1);
        const Reject &j = r.firstRejects[0];
        QCOMPARE(j.field, field);
        QVERIFY(j.line >= 1);
        QVERIFY(j.offset >= 0);
        QCOMPARE(j.line, data.first(j.offset).count('\n') + 1);
        QVERIFY2(data.mid(j.offset).startsWith(at), data.mid(j.offset, 30).constData());
    }
};

QTEST_GUILESS_MAIN(TstImportReal)
#include "tst_importreal.moc"
