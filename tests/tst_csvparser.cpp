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
