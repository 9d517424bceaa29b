// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/prometheusparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Every Prometheus fixture in the shared folder, plus edge cases from tests/data/prometheus.
// Inputs are files, never raw strings: moc 6.4 misreads raw literals holding quotes or '#'.

using namespace Qt::StringLiterals;

namespace {

ParseOptions options()
{
    ParseOptions o;
    o.source = u"prom"_s;
    o.receivedAt = 1700000000000;
    return o;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray testData(const QString &name)
{
    return readFile(QStringLiteral(OUTAGEDASH_TEST_DATA "/prometheus/") + name);
}

HealthSample sample(TimeMs time, const QString &service, double availability)
{
    HealthSample s;
    s.time = time;
    s.service = service;
    s.source = u"prom"_s;
    s.availability = availability;
    return s;
}

} // namespace

class TstPrometheusParser final : public QObject {
    Q_OBJECT

    QString m_fixtures = QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES);

    QByteArray fixture(const QString &name) { return readFile(m_fixtures + u'/' + name); }

private slots:
    void initTestCase()
    {
        if (!QDir(m_fixtures).exists())
            QFAIL(qPrintable(u"public fixtures folder missing: "_s + m_fixtures));
    }

    void everyFixtureIsCovered()
    {
        const QStringList files
            = QDir(m_fixtures).entryList({u"prometheus_query_range_*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files,
            (QStringList {u"prometheus_query_range_docs_example.json"_s, u"prometheus_query_range_empty_matrix.json"_s,
                u"prometheus_query_range_error_bad_data.json"_s}));
        for (const QString &f : files)
            QVERIFY2(PrometheusParser::looksLike(fixture(f)), qPrintable(f));
    }

    void docsExample()
    {
        const auto r = PrometheusParser::parse(fixture(u"prometheus_query_range_docs_example.json"_s), options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.rejects.isEmpty());
        // Float seconds with ms precision: 1435781430.781 s is 1435781430781 ms exactly.
        const QList<HealthSample> expected {sample(1435781430781, u"prometheus"_s, 1),
            sample(1435781445781, u"prometheus"_s, 1), sample(1435781460781, u"prometheus"_s, 1),
            sample(1435781430781, u"node"_s, 0), sample(1435781445781, u"node"_s, 0),
            sample(1435781460781, u"node"_s, 1)};
        QCOMPARE(r.batch.samples, expected);
        QCOMPARE(r.batch.recordCount(), 6);
    }

    void emptyMatrix()
    {
        const auto r = PrometheusParser::parse(fixture(u"prometheus_query_range_empty_matrix.json"_s), options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.isEmpty());
    }

    void errorEnvelope_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad_data fixture")
            << fixture(u"prometheus_query_range_error_bad_data.json"_s)
            << u"Prometheus error bad_data: invalid parameter \"step\": cannot parse \"\" to a valid duration"_s;
        QTest::newRow("execution")
            << testData(u"execution_error.json"_s)
            << u"Prometheus error execution: query processing would load too many samples into memory in query execution"_s;
        QTest::newRow("scalar")
            << testData(u"scalar.json"_s)
            << u"Prometheus resultType string \"scalar\" has no series; expected \"matrix\" (query_range) or \"vector\" (query)"_s;
        QTest::newRow("truncated") << testData(u"truncated.json"_s)
                                   << u"invalid JSON at line 3: invalid termination by number"_s;
        QTest::newRow("no status")
            << QByteArray("{\"data\":{}}")
            << u"not a Prometheus API response: \"status\" is nothing, expected \"success\" or \"error\""_s;
        QTest::newRow("result not an array")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":{}}}")
            << u"\"data.result\" must be an array of series, got an object"_s;
    }

    void errorEnvelope()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const auto r = PrometheusParser::parse(input, options());
        QCOMPARE(r.error, error);
        QVERIFY(r.batch.isEmpty());
    }

    void edgeValues()
    {
        const auto r = PrometheusParser::parse(testData(u"edge_values.json"_s), options());
        QVERIFY(r.error.isEmpty());
        // The "service" label wins over job and instance, and is slugged; values in (1, 100]
        // are percentages; a value sent as a JSON number is taken too.
        const QList<HealthSample> expected {sample(1665815400000, u"messaging"_s, 1),
            sample(1665815415000, u"messaging"_s, 0.25), sample(1665815490000, u"messaging"_s, 0.995),
            sample(1665815505000, u"messaging"_s, 1), sample(1665815550000, u"messaging"_s, 0.5),
            sample(1665815595000, u"messaging"_s, 0), sample(1665815400000, u"prometheus"_s, 0.75)};
        QCOMPARE(r.batch.samples, expected);

        QStringList fields;
        for (const Reject &j : r.batch.rejects) {
            fields.append(j.field);
            QCOMPARE(j.source, u"prom"_s);
            QCOMPARE(j.line, 0);
            QCOMPARE(j.offset, -1);
            QCOMPARE(j.receivedAt, 1700000000000);
        }
        QCOMPARE(fields,
            (QStringList {u"result[0].values[2]"_s, u"result[0].values[3]"_s, u"result[0].values[4]"_s,
                u"result[0].values[5]"_s, u"result[0].values[8]"_s, u"result[0].values[9]"_s, u"result[0].values[11]"_s,
                u"result[0].values[12]"_s, u"result[0].values[14]"_s, u"result[0].values[15]"_s, u"result[3].values"_s,
                u"result[4]"_s}));
        const QList<Reject> &j = r.batch.rejects;
        QCOMPARE(j[0].raw, u"[1665815430,\"NaN\"]"_s);
        QCOMPARE(
            j[0].reason, u"value string \"NaN\" is not a finite number: no availability can be read from NaN or Inf"_s);
        QCOMPARE(j[1].reason,
            u"value string \"+Inf\" is not a finite number: no availability can be read from NaN or Inf"_s);
        QCOMPARE(j[2].reason,
            u"value string \"-Inf\" is not a finite number: no availability can be read from NaN or Inf"_s);
        QCOMPARE(j[3].reason, u"value must be a number as a string (\"0.5\"), got string \"abc\""_s);
        QCOMPARE(j[4].reason,
            u"value string \"100.5\" is neither a share between 0 and 1 nor a percentage between 1 and 100"_s);
        QCOMPARE(j[5].reason,
            u"value string \"-0.1\" is neither a share between 0 and 1 nor a percentage between 1 and 100"_s);
        QCOMPARE(j[6].reason, u"time must be Unix seconds between 1973 and 2200, got string \"1665815565\""_s);
        QCOMPARE(j[7].reason, u"time must be Unix seconds between 1973 and 2200, got 1665815580000"_s);
        QCOMPARE(j[8].reason, u"expected a [time, value] pair, got an array"_s);
        QCOMPARE(j[9].reason, u"expected a [time, value] pair, got string \"x\""_s);
        QCOMPARE(j[10].reason, u"\"values\" must be an array of [time, value] pairs, got string \"not an array\""_s);
        QCOMPARE(j[11].reason, u"expected a series object, got string \"not a series\""_s);
    }

    void seriesOfOneServiceAreAveraged()
    {
        // Three instances of job "node": the service's availability is the share of them up.
        const auto r = PrometheusParser::parse(testData(u"same_job_instances.json"_s), options());
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.samples,
            (QList<HealthSample> {sample(1665815400000, u"node"_s, 1.0 / 3), sample(1665815415000, u"node"_s, 1),
                sample(1665815430000, u"node"_s, 1), sample(1665815445000, u"node"_s, 0)}));
    }

    void vectorAndMapping()
    {
        const QByteArray input = testData(u"vector.json"_s);
        auto r = PrometheusParser::parse(input, options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.samples,
            (QList<HealthSample> {sample(1665815580500, u"node"_s, 0.98), sample(1665815580500, u"api"_s, 0.97)}));

        ParseOptions o = options();
        o.mapping.label = u"team"_s;
        o.mapping.map.insert(u"kakao-pay"_s, u"pay"_s);
        r = PrometheusParser::parse(input, o);
        QCOMPARE(r.batch.samples,
            (QList<HealthSample> {sample(1665815580500, u"pay"_s, 0.98), sample(1665815580500, u"api"_s, 0.97)}));

        // Mapped names only: the "api" series names nothing the mapping knows.
        o.mapping.mappedOnly = true;
        r = PrometheusParser::parse(input, o);
        QCOMPARE(r.batch.samples, (QList<HealthSample> {sample(1665815580500, u"pay"_s, 0.98)}));
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"result[1].metric"_s);
        QCOMPARE(r.batch.rejects[0].raw, u"{\"job\":\"api\"}"_s);
        QCOMPARE(r.batch.rejects[0].reason,
            u"no service: none of the labels \"team\", \"job\", \"instance\", \"__name__\" has a value the "
            u"service mapping knows, and the mapping takes mapped names only"_s);
    }

    void bomAndBlankInput()
    {
        auto r = PrometheusParser::parse(
            QByteArray(QByteArray("\xEF\xBB\xBF") + fixture(u"prometheus_query_range_docs_example.json"_s)), options());
        QCOMPARE(r.batch.samples.size(), 6);
        r = PrometheusParser::parse(" \n", options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.isEmpty());
    }

    void progressCanCancel()
    {
        int calls = 0;
        ParseOptions o = options();
        o.progress = [&](qint64, qint64) { return ++calls < 2; };
        const auto r = PrometheusParser::parse(fixture(u"prometheus_query_range_docs_example.json"_s), o);
        QVERIFY(r.cancelled);
        QCOMPARE(r.batch.samples.size(), 3); // the first series, read before the cancel
    }

    void looksLike_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("expected");
        QTest::newRow("compact") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\"") << true;
        QTest::newRow("error") << QByteArray("  {\"status\":\"error\",\"errorType\":\"bad_data\"") << true;
        QTest::newRow("ndjson") << QByteArray("{\"type\":\"sample\",\"time\":1}") << false;
        QTest::newRow("statuspage") << QByteArray("{\"page\":{\"id\":\"x\"},\"status\":{}}") << false;
        QTest::newRow("xml") << QByteArray("<rss>") << false;
    }

    void looksLike()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, expected);
        QCOMPARE(PrometheusParser::looksLike(head), expected);
    }
};

QTEST_GUILESS_MAIN(TstPrometheusParser)
#include "tst_prometheusparser.moc"
