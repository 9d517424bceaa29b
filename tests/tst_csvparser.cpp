// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/csvparser.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

// CSV goes through the NDJSON record logic, so these tests check what CSV adds: RFC 4180
// quoting, header mapping, type inference, cell conversion, and rejects naming CSV lines and
// columns. Inputs are files in tests/data/csv, never raw strings (moc 6.4 misreads them).

using namespace Qt::StringLiterals;

namespace {

ParseOptions options()
{
    ParseOptions o;
    o.source = u"test.csv"_s;
    o.receivedAt = 1700000000000;
    return o;
}

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(OUTAGEDASH_TEST_DATA "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

bool sameBatch(const FeedBatch &a, const FeedBatch &b)
{
    return a.services == b.services && a.dependencies == b.dependencies && a.samples == b.samples
        && a.states == b.states && a.incidents == b.incidents && a.updates == b.updates
        && a.annotations == b.annotations && a.rejects == b.rejects;
}

// Every file of tests/data/csv, and one of every kind of row, BOM, CRLF and blank lines included.
QList<QByteArray> chunkInputs()
{
    QList<QByteArray> inputs;
    for (const QString &name : {u"bad_rows.csv"_s, u"inferred_types.csv"_s, u"mixed.csv"_s, u"samples_bom_crlf.csv"_s,
             u"unknown_columns.csv"_s})
        inputs.append(testData(name));
    inputs.append("\xEF\xBB\xBF\r\n\n Type ,time,service,availability,state,message\r\n"
                  "sample,1665815580000,pay,0.5,,\r\n"
                  "state,1665815580000,pay,,degraded,\"two\nlines, \"\"quoted\"\"\"\r\n"
                  "\n"
                  "sample,1665815581000,pay,7,,\n"
                  "sample,\"1665815582000\",pay,1,,\n"
                  ",,,,,\n"
                  "sample,1665815583000,pay,0.25,,\"unterminated\n"
                  "sample,1665815584000,pay,0.25,,\n");
    return inputs;
}

TimeMs utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TstCsvParser final : public QObject {
    Q_OBJECT

private slots:
    void samplesWithBomAndCrlf()
    {
        const QByteArray data = testData(u"samples_bom_crlf.csv"_s);
        const auto r = CsvParser::parse(data, options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.samples.size(), 3);
        QCOMPARE(r.batch.samples[0],
            (HealthSample {utc(2022, 10, 15, 6, 40), u"messaging"_s, u"probe-seoul"_s, 0.05, 2300.0, 0.93, false}));
        // Epoch milliseconds, an unquoted cell trimmed, empty cells absent, "1" as true.
        QCOMPARE(r.batch.samples[1],
            (HealthSample {1665815580000, u"pay"_s, u"test.csv"_s, 1.0, std::nullopt, std::nullopt, true}));
        // Quoted cells are converted like bare ones; the comma inside quotes is text.
        QCOMPARE(r.batch.samples[2],
            (HealthSample {utc(2022, 10, 15, 6, 41), u"messaging"_s, u"quoted, with comma"_s, 0.5, std::nullopt,
                std::nullopt, true}));
    }

    void allRecordTypes()
    {
        const auto r = CsvParser::parse(testData(u"mixed.csv"_s), options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.services, (QList<Service> {{u"messaging"_s, u"KakaoTalk"_s, 47000000, {}, {}}}));
        QCOMPARE(r.batch.states.size(), 1);
        QCOMPARE(r.batch.states[0].time, utc(2022, 10, 15, 6, 33));
        QCOMPARE(r.batch.states[0].state, ServiceState::MajorOutage);
        QCOMPARE(r.batch.states[0].message, u"Messages cannot be sent, \"we are on it\"\nsecond line"_s);
        QCOMPARE(r.batch.incidents.size(), 1);
        QCOMPARE(r.batch.incidents[0].id, u"pangyo-fire-2022"_s);
        QCOMPARE(r.batch.incidents[0].services, (QStringList {u"messaging"_s, u"pay"_s, u"login"_s}));
        QCOMPARE(r.batch.updates.size(), 1);
        QCOMPARE(r.batch.updates[0],
            (IncidentUpdate {u"pangyo-fire-2022"_s, utc(2022, 10, 15, 7, 10), u"identified"_s, u"Power was cut."_s,
                {u"messaging"_s}, u"test.csv"_s, false}));
        QCOMPARE(r.batch.annotations.size(), 1);
        QCOMPARE(r.batch.annotations[0].text, u"\uCE74\uCE74\uC624\uD1A1 \uBCF5\uAD6C \uC2DC\uC791 \U0001F527"_s);
        QCOMPARE(r.batch.recordCount(), 5);
    }

    // A milestone's source and confidence (#21): the NDJSON field names as columns.
    void updateWithItsSource()
    {
        const auto r = CsvParser::parse(QByteArray("type,incident,time,status,message,source_url,confidence\n"
                                                   "update,fastly,2021-06-08T09:48:00Z,investigating,Detected,"
                                                   "https://www.fastly.com/blog/summary-of-june-8-outage,High\n"
                                                   "update,fastly,2021-06-08T09:58:00Z,investigating,Posted,,\n"
                                                   "update,fastly,2021-06-08T10:27:00Z,identified,Found,fastly.com,\n"),
            options());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.batch.updates.size(), 2);
        QCOMPARE(r.batch.updates[0].sourceUrl, u"https://www.fastly.com/blog/summary-of-june-8-outage"_s);
        QCOMPARE(r.batch.updates[0].confidence, u"high"_s);
        QVERIFY(r.batch.updates[1].sourceUrl.isEmpty() && r.batch.updates[1].confidence.isEmpty());
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].line, 4);
        QCOMPARE(r.batch.rejects[0].field, u"source_url"_s);
    }

    void badRows()
    {
        const QByteArray data = testData(u"bad_rows.csv"_s);
        const auto r = CsvParser::parse(data, options());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.batch.samples.size(), 2);
        QCOMPARE(r.batch.samples[0].time, utc(2022, 10, 15, 6, 40));
        QCOMPARE(r.batch.samples[1].availability, 0.25);

        struct Expected {
            qint64 line;
            const char16_t *field;
            QString reason;
        };
        const Expected expected[] = {
            {3, u"csv", u"expected 3 columns as in the header, got 2"_s},
            {4, u"availability", u"\"availability\" must be a number between 0 and 1, got string \"abc\""_s},
            {5, u"time",
                u"\"time\" is not RFC 3339 with an offset nor integer epoch milliseconds, got string "
                u"\"2022-10-15T06:43:00\" (no offset: add Z or +hh:mm; the zone is never guessed)"_s},
            {6, u"service",
                u"\"service\" must be a service key of lowercase letters, digits, '_', '.' or '-', got \"Messaging\""_s},
            {7, u"availability", u"\"availability\" must be a number between 0 and 1, got 1.5"_s},
            {8, u"availability",
                u"unexpected text after the closing quote; a quote inside a quoted field is written twice (\"\")"_s},
            {9, u"service", u"missing required field \"service\""_s},
            {12, u"service",
                u"unterminated quoted field: the closing quote is missing, so everything from here to the "
                u"end of the input was read as one field"_s},
        };
        QCOMPARE(r.batch.rejects.size(), qsizetype(std::size(expected)));
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype i = 0; i < r.batch.rejects.size(); ++i) {
            const Reject &j = r.batch.rejects[i];
            QCOMPARE(j.line, expected[i].line);
            QCOMPARE(j.field, QStringView(expected[i].field).toString());
            QCOMPARE(j.reason, expected[i].reason);
            QCOMPARE(j.source, u"test.csv"_s);
            QCOMPARE(j.receivedAt, 1700000000000);
            QCOMPARE(j.offset, data.indexOf(QByteArray(lines[j.line - 1] + '\n')));
            if (j.line != 12)
                QCOMPARE(j.raw, QString::fromUtf8(lines[j.line - 1]));
        }
        QCOMPARE(
            r.batch.rejects.last().raw, u"2022-10-15T06:49:00Z,\"messaging,0.5\n2022-10-15T06:50:00Z,messaging,0.5"_s);
    }

    void typeIsInferredWithoutTypeColumn()
    {
        const auto r = CsvParser::parse(testData(u"inferred_types.csv"_s), options());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.batch.samples.size(), 1);
        QCOMPARE(r.batch.states.size(), 1);
        QCOMPARE(r.batch.states[0].state, ServiceState::PartialOutage);
        QCOMPARE(r.batch.states[0].message, u"half, of it"_s);
        QCOMPARE(r.batch.rejects.size(), 3);
        QCOMPARE(r.batch.rejects[0].line, 4);
        QCOMPARE(r.batch.rejects[0].field, u"type"_s);
        QCOMPARE(r.batch.rejects[0].reason,
            u"no \"type\" column, and the row has both \"availability\" and \"state\": add a \"type\" column"_s);
        QCOMPARE(r.batch.rejects[1].line, 5);
        QCOMPARE(r.batch.rejects[1].reason,
            u"no \"type\" column, and the row has neither \"availability\" (a sample) nor \"state\" (a state change)"_s);
        // The column as the header spells it.
        QCOMPARE(r.batch.rejects[2].field, u"Availability"_s);
        QCOMPARE(r.batch.rejects[2].reason, u"\"availability\" must be a number between 0 and 1, got 2"_s);
    }

    void headerErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        const QString known = CsvParser::knownColumns().join(u", "_s);
        QTest::newRow("unknown columns")
            << testData(u"unknown_columns.csv"_s)
            << u"unknown CSV column(s) \"availabilty\", (unnamed, column 4), \"Service\" (a second time) in the header "
               u"(line 1); known columns: "_s
                + known;
        QTest::newRow("no type to tell")
            << QByteArray("time,service,message\n1665815580000,pay,x\n")
            << u"the CSV header has no \"type\" column, nor an \"availability\" (samples) or \"state\" (state changes) "
               u"column to tell the record type from"_s;
        QTest::newRow("unterminated header")
            << QByteArray("\n\"time,service\n")
            << u"the header row (line 2) is not valid CSV: unterminated quoted field: the closing quote is missing, so "
               u"everything from here to the end of the input was read as one field"_s;
    }

    void headerErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const auto r = CsvParser::parse(input, options());
        QCOMPARE(r.error, error);
        QVERIFY(r.batch.isEmpty());
    }

    void emptyInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines") << QByteArray("\r\n \n\t\n");
        QTest::newRow("header only") << QByteArray("type,time,service,availability\r\n");
    }

    void emptyInput()
    {
        QFETCH(QByteArray, input);
        const auto r = CsvParser::parse(input, options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.isEmpty());
    }

    void firstLineAndBaseOffset()
    {
        ParseOptions o = options();
        o.firstLine = 100;
        o.baseOffset = 5000;
        const QByteArray data(
            "\xEF\xBB\xBFstate,time,service\r\nmajor,1665815580000,pay\r\nnope,1665815580000,pay\r\n");
        const auto r = CsvParser::parse(data, o);
        QCOMPARE(r.batch.states.size(), 1);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].line, 102);
        QCOMPARE(r.batch.rejects[0].offset, 5000 + data.indexOf("nope"));
        QCOMPARE(r.batch.rejects[0].raw, u"nope,1665815580000,pay"_s);
        QVERIFY(r.batch.rejects[0].reason.startsWith(u"unknown state \"nope\""_s));
    }

    void progressCanCancel()
    {
        QByteArray data("time,service,availability\n");
        for (int i = 0; i < 5000; ++i)
            data += QByteArray::number(1665815580000LL + i) + ",messaging,0.5\n";
        ParseOptions o = options();
        qint64 last = 0;
        o.progress = [&](qint64 done, qint64 total) {
            last = done;
            return total > 0;
        };
        QCOMPARE(CsvParser::parse(data, o).batch.samples.size(), 5000);
        QCOMPARE(last, data.size());
        o.progress = [](qint64, qint64) { return false; };
        const auto r = CsvParser::parse(data, o);
        QVERIFY(r.cancelled);
        QVERIFY(r.batch.samples.size() < 5000);
    }

    // FeedImporter reads a CSV file in chunks cut where rows end, every chunk after the first
    // under the file's header row: at every possible cut the two parts give the whole parse.
    void chunksGiveTheWholeParse()
    {
        for (const QByteArray &data : chunkInputs()) {
            const auto whole = CsvParser::parse(data, options());
            if (!whole.error.isEmpty())
                continue; // a header the importer stops at in the first chunk
            const qsizetype headerEnd = CsvParser::headerEnd(data);
            qsizetype cuts = 0;
            for (qsizetype cut = CsvParser::rowsEnd(data, 0, headerEnd); cut < data.size();
                 cut = CsvParser::rowsEnd(data, cut, cut + 1), ++cuts) {
                auto first = CsvParser::parse(QByteArrayView(data).first(cut), options());
                ParseOptions later = options();
                later.header = QByteArrayView(data).first(headerEnd);
                later.firstLine = 1 + QByteArrayView(data).first(cut).count('\n');
                later.baseOffset = cut;
                const auto second = CsvParser::parse(QByteArrayView(data).sliced(cut), later);
                QVERIFY(first.error.isEmpty() && second.error.isEmpty());
                first.batch.append(second.batch);
                QVERIFY2(sameBatch(first.batch, whole.batch), qPrintable(u"cut at byte %1"_s.arg(cut)));
            }
            QVERIFY(cuts > 0 || data.size() == headerEnd);
        }
    }

    // Plain rows of samples are read without the general path; a quoted cell sends a row the
    // general way. Both must give the same records and the same rejects.
    void plainRowsAsTheGeneralPath_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("row");
        const QByteArray full = "type,time,service,source,availability,latency_ms,error_rate,derived";
        QTest::newRow("epoch ms") << full << QByteArray("sample,1665815580000,pay,probe,0.5,12,0.01,false");
        QTest::newRow("RFC 3339") << full << QByteArray("sample,2022-10-15T06:40:00+09:00,pay,probe,1,,,TRUE");
        QTest::newRow("no offset") << full << QByteArray("sample,2022-10-15T06:40:00,pay,probe,1,,,");
        QTest::newRow("epoch s") << full << QByteArray("sample,1665815580,pay,probe,1,,,");
        QTest::newRow("17 digits") << full << QByteArray("sample,16658155800000000,pay,probe,1,,,");
        QTest::newRow("year 2300") << full << QByteArray("sample,2300-01-01T00:00:00Z,pay,probe,1,,,");
        QTest::newRow("exponent") << full << QByteArray("sample,1665815580000,pay,probe,5e-1,1E3,1e+0,1");
        QTest::newRow("leading dot") << full << QByteArray("sample,1665815580000,pay,probe,.5,,,0");
        QTest::newRow("plus") << full << QByteArray("sample,1665815580000,pay,probe,+0.5,,,");
        QTest::newRow("minus zero") << full << QByteArray("sample,1665815580000,pay,probe,-0,-0.0,,");
        QTest::newRow("leading zero") << full << QByteArray("sample,1665815580000,pay,probe,00.5,,,");
        QTest::newRow("trailing dot") << full << QByteArray("sample,1665815580000,pay,probe,1.,,,");
        QTest::newRow("out of range") << full << QByteArray("sample,1665815580000,pay,probe,1.0001,-1,2,");
        QTest::newRow("huge") << full << QByteArray("sample,1665815580000,pay,probe,1e400,,,");
        QTest::newRow("nan") << full << QByteArray("sample,1665815580000,pay,probe,nan,inf,,");
        QTest::newRow("hex") << full << QByteArray("sample,1665815580000,pay,probe,0x1,,,");
        QTest::newRow("comma decimal") << full << QByteArray("sample,1665815580000,pay,probe,0;5,,,");
        QTest::newRow("derived yes") << full << QByteArray("sample,1665815580000,pay,probe,1,,,yes");
        QTest::newRow("upper key") << full << QByteArray("sample,1665815580000,Pay,probe,1,,,");
        QTest::newRow("spaced key") << full << QByteArray("sample,1665815580000,p ay,probe,1,,,");
        QTest::newRow("no service") << full << QByteArray("sample,1665815580000,,probe,1,,,");
        QTest::newRow("no time") << full << QByteArray("sample,,pay,,1,,,");
        QTest::newRow("type Sample") << full << QByteArray("Sample,1665815580000,pay,,1,,,");
        QTest::newRow("type state") << full << QByteArray("state,1665815580000,pay,,1,,,");
        QTest::newRow("spaces trimmed") << full << QByteArray("sample , 1665815580000 ,\tpay, probe , 0.5 ,,,\r");
        QTest::newRow("control char") << full
                                      << QByteArray("sample,1665815580000,pay,pro\x01"
                                                    "be,0.5,,,");
        QTest::newRow("too few") << full << QByteArray("sample,1665815580000,pay,probe,0.5");
        QTest::newRow("too many") << full << QByteArray("sample,1665815580000,pay,probe,0.5,,,,");
        const QByteArray inferred = "time,service,availability,state,message";
        QTest::newRow("inferred sample") << inferred << QByteArray("1665815580000,pay,0.5,,");
        QTest::newRow("inferred both") << inferred << QByteArray("1665815580000,pay,0.5,major_outage,");
        QTest::newRow("inferred message") << inferred << QByteArray("1665815580000,pay,0.5,,hello");
        QTest::newRow("other column") << QByteArray("type,time,service,availability,users")
                                      << QByteArray("sample,1665815580000,pay,0.5,10");
    }

    void plainRowsAsTheGeneralPath()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, row);
        const QByteArray plain = header + '\n' + row + '\n';
        // The same row with its first cell quoted, which no plain row may hold.
        const qsizetype comma = row.indexOf(',');
        const QByteArray quoted = header + "\n\"" + row.first(comma).trimmed() + '"' + row.sliced(comma) + '\n';
        const auto a = CsvParser::parse(plain, options());
        const auto b = CsvParser::parse(quoted, options());
        QCOMPARE(a.batch.samples, b.batch.samples);
        QCOMPARE(a.batch.states.size(), b.batch.states.size());
        QCOMPARE(a.batch.rejects.size(), b.batch.rejects.size());
        for (qsizetype i = 0; i < a.batch.rejects.size(); ++i) {
            QCOMPARE(a.batch.rejects[i].field, b.batch.rejects[i].field);
            QCOMPARE(a.batch.rejects[i].reason, b.batch.rejects[i].reason);
            QCOMPARE(a.batch.rejects[i].line, b.batch.rejects[i].line);
        }
    }

    void looksLike_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("expected");
        QTest::newRow("samples") << QByteArray("time,service,availability\n1,a,1") << true;
        QTest::newRow("BOM, quoted, spaces, case") << QByteArray("\xEF\xBB\xBF\"Type\", time ,service\r\n") << true;
        QTest::newRow("one column") << QByteArray("time\n") << false;
        QTest::newRow("unknown column") << QByteArray("time,host,availability\n") << false;
        QTest::newRow("ndjson") << QByteArray("{\"type\":\"sample\",\"time\":1}\n") << false;
    }

    void looksLike()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, expected);
        QCOMPARE(CsvParser::looksLike(head), expected);
    }
};

QTEST_GUILESS_MAIN(TstCsvParser)
#include "tst_csvparser.moc"
