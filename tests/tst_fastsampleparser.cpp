// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/fastsampleparser.h"
#include "feeds/ndjsonparser.h"

#include <QRandomGenerator>
#include <QTest>

// The fast path may only ever accept what the full parser accepts, with the same record.
class TstFastSampleParser : public QObject {
    Q_OBJECT

    static void checkAgreement(const QByteArray &line)
    {
        HealthSample fast;
        const bool taken = FastSampleParser::tryParse(line, QStringLiteral("default"), fast);
        FeedBatch full;
        ParseOptions options;
        options.source = QStringLiteral("default");
        NdjsonParser::parseLine(line, 1, 0, options, full);
        if (!taken)
            return;
        QVERIFY2(full.rejects.isEmpty(), line.constData());
        QCOMPARE(full.samples.size(), 1);
        QCOMPARE(fast, full.samples.first());
    }

private slots:
    void agreesWithTheFullParser_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("fast");
        const auto row
            = [](const char *name, const char *line, bool fast) { QTest::newRow(name) << QByteArray(line) << fast; };
        row("epoch ms", "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":0.5}", true);
        row("rfc 3339 with offset",
            "{\"type\":\"sample\",\"time\":\"2022-10-15T15:30:00+09:00\",\"service\":\"web\",\"availability\":1}",
            true);
        row("all fields, spaces",
            "{ \"type\" : \"sample\" , \"time\" : 1665815400000 , \"service\" : \"a.b-c_1\" , \"source\" : \"probe x\" "
            ", \"availability\" : 0.25 , \"latency_ms\" : 12.5 , \"error_rate\" : 0.1 , \"derived\" : true }  ",
            true);
        row("exponent", "{\"type\":\"sample\",\"time\":1.6658154e12,\"service\":\"web\",\"availability\":2.5e-1}",
            true);
        row("derived false",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":0,\"derived\":false}",
            true);
        row("another type", "{\"type\":\"state\",\"time\":1665815400000,\"service\":\"web\",\"state\":\"operational\"}",
            false);
        row("unknown key",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":1,\"x\":1}", false);
        row("availability above 1",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":1.5}", false);
        row("negative latency",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":1,\"latency_ms\":-1}",
            false);
        row("seconds not ms", "{\"type\":\"sample\",\"time\":1665815400,\"service\":\"web\",\"availability\":1}",
            false);
        row("fractional ms", "{\"type\":\"sample\",\"time\":1665815400000.5,\"service\":\"web\",\"availability\":1}",
            false);
        row("no offset",
            "{\"type\":\"sample\",\"time\":\"2022-10-15T15:30:00\",\"service\":\"web\",\"availability\":1}", false);
        row("upper-case key", "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"Web\",\"availability\":1}",
            false);
        row("escape in source",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"source\":\"a\\\\b\",\"availability\":1}",
            false);
        row("non-ascii source",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"source\":\"\xED\x95\x9C\","
            "\"availability\":1}",
            false);
        row("missing availability", "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\"}", false);
        row("leading zero", "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":00.5}",
            false);
        row("trailing comma", "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":1,}",
            false);
        row("trailing garbage", "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":1}x",
            false);
        row("repeated key",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":1,\"availability\":0}",
            false);
        row("null latency",
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":1,\"latency_ms\":null}",
            false);
        row("nan", "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"availability\":NaN}", false);
    }
    void agreesWithTheFullParser()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, fast);
        HealthSample s;
        QCOMPARE(FastSampleParser::tryParse(line, QStringLiteral("default"), s), fast);
        checkAgreement(line);
    }

    void mutatedLinesNeverDisagree()
    {
        const QByteArray seeds[] = {
            "{\"type\":\"sample\",\"time\":1665815400000,\"service\":\"web\",\"source\":\"p\",\"availability\":0.975,"
            "\"latency_ms\":12,\"error_rate\":0.5,\"derived\":true}",
            "{\"type\":\"sample\",\"time\":\"2022-10-15T15:30:00.123+09:00\",\"service\":\"web-1\",\"availability\":1e-"
            "3}",
        };
        const char alphabet[] = "{}[]\":,.-+eE0123456789 tfnaslrue\\xZT";
        QRandomGenerator rng(20221015);
        for (int i = 0; i < 20000; ++i) {
            QByteArray line = seeds[i % 2];
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(line.size()));
                switch (rng.bounded(3)) {
                case 0:
                    line[at] = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
                    break;
                case 1:
                    line.remove(at, 1);
                    break;
                default:
                    line.insert(at, alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
                    break;
                }
            }
            checkAgreement(line);
            if (QTest::currentTestFailed())
                QFAIL(line.constData());
        }
    }

    void wholeFilesGiveTheSameBatchEitherWay()
    {
        QByteArray data;
        for (int i = 0; i < 1000; ++i)
            data += "{\"type\":\"sample\",\"time\":" + QByteArray::number(1665815400000LL + i * 1000)
                + ",\"service\":\"web\",\"availability\":" + QByteArray::number((i % 100) / 100.0) + "}\n";
        data += "{\"type\":\"sample\",\"time\":\"bad\",\"service\":\"web\",\"availability\":1}\n";
        ParseOptions options;
        options.source = QStringLiteral("f");
        const ParseResult viaParse = NdjsonParser::parse(data, options);
        FeedBatch viaLines;
        qint64 line = 1;
        for (const QByteArray &l : data.split('\n'))
            if (!l.isEmpty())
                NdjsonParser::parseLine(l, line++, 0, options, viaLines);
        QCOMPARE(viaParse.batch.samples, viaLines.samples);
        QCOMPARE(viaParse.batch.rejects.size(), 1);
        QCOMPARE(viaParse.batch.rejects.first().line, 1001);
    }
};

QTEST_GUILESS_MAIN(TstFastSampleParser)
#include "tst_fastsampleparser.moc"
