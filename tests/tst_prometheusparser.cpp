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
                u"prometheus_query_range_error_bad_data.json"_s,
                u"prometheus_query_range_go_goroutines_tiproxy.json"_s}));
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
                                   << u"invalid JSON at line 3, byte 123: invalid termination by number"_s;
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
        const QByteArray input = testData(u"edge_values.json"_s);
        const auto r = PrometheusParser::parse(input, options());
        QVERIFY(r.error.isEmpty());
        // The "service" label wins over job and instance, and is slugged; with no scale declared
        // values are ratios, and a value sent as a JSON number is taken too.
        const QList<HealthSample> expected {sample(1665815400000, u"messaging"_s, 1),
            sample(1665815415000, u"messaging"_s, 0.25), sample(1665815550000, u"messaging"_s, 0.5),
            sample(1665815595000, u"messaging"_s, 0), sample(1665815400000, u"prometheus"_s, 0.75)};
        QCOMPARE(r.batch.samples, expected);

        QStringList fields;
        for (const Reject &j : r.batch.rejects) {
            fields.append(j.field);
            QCOMPARE(j.source, u"prom"_s);
            QCOMPARE(j.receivedAt, 1700000000000);
            // Every reject is placed: its line, and the byte where what it names begins.
            QVERIFY2(j.line >= 2, qPrintable(j.field));
            QCOMPARE(input.first(j.offset).count('\n') + 1, j.line);
        }
        QCOMPARE(fields,
            (QStringList {u"result[0].values[2]"_s, u"result[0].values[3]"_s, u"result[0].values[4]"_s,
                u"result[0].values[5]"_s, u"result[0].values[6]"_s, u"result[0].values[7]"_s, u"result[0].values[8]"_s,
                u"result[0].values[9]"_s, u"result[0].values[11]"_s, u"result[0].values[12]"_s,
                u"result[0].values[14]"_s, u"result[0].values[15]"_s, u"result[3].values"_s, u"result[4]"_s}));
        const QList<Reject> &j = r.batch.rejects;
        QVERIFY(input.mid(j[0].offset).startsWith("[1665815430,\"NaN\"]"));
        QVERIFY(input.mid(j[13].offset).startsWith("\"not a series\""));
        QCOMPARE(j[0].raw, u"[1665815430,\"NaN\"]"_s);
        QCOMPARE(
            j[0].reason, u"value string \"NaN\" is not a finite number: no availability can be read from NaN or Inf"_s);
        QCOMPARE(j[1].reason,
            u"value string \"+Inf\" is not a finite number: no availability can be read from NaN or Inf"_s);
        QCOMPARE(j[2].reason,
            u"value string \"-Inf\" is not a finite number: no availability can be read from NaN or Inf"_s);
        QCOMPARE(j[3].reason, u"value must be a number as a string (\"0.5\"), got string \"abc\""_s);
        // Off the scale: the series, the time and how to declare another scale.
        QCOMPARE(j[4].reason,
            u"value 99.5 of series probe_success{instance=\"probe-seoul\",job=\"blackbox\",service=\"Messaging\"} at "
            u"2022-10-15T06:31:30.000Z is outside the default scale ratio (0..1); if the values are percentages, "
            u"declare \"scale\": \"percent\" (import --scale percent)"_s);
        QVERIFY(j[7].reason.startsWith(u"value -0.1 of series"_s));
        QCOMPARE(j[8].reason, u"time must be Unix seconds between 1973 and 2200, got string \"1665815565\""_s);
        QCOMPARE(j[9].reason, u"time must be Unix seconds between 1973 and 2200, got 1665815580000"_s);
        QCOMPARE(j[10].reason, u"expected a [time, value] pair, got an array"_s);
        QCOMPARE(j[11].reason, u"expected a [time, value] pair, got string \"x\""_s);
        QCOMPARE(j[12].reason, u"\"values\" must be an array of [time, value] pairs, got string \"not an array\""_s);
        QCOMPARE(j[13].reason, u"expected a series object, got string \"not a series\""_s);
    }

    // The values 100, 50, 1.5, 1, 0.5, 0 read on each scale: never one sample at a time.
    void declaredScale_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<QList<double>>("availabilities");
        QTest::addColumn<QList<int>>("rejected"); // indices of the values rejected
        QTest::newRow("undeclared") << int(ValueScale::Undeclared) << QList<double> {1, 0.5, 0} << QList<int> {0, 1, 2};
        QTest::newRow("ratio") << int(ValueScale::Ratio) << QList<double> {1, 0.5, 0} << QList<int> {0, 1, 2};
        QTest::newRow("percent") << int(ValueScale::Percent) << QList<double> {1, 0.5, 0.015, 0.01, 0.005, 0}
                                 << QList<int> {};
        QTest::newRow("probe") << int(ValueScale::Probe) << QList<double> {1, 0} << QList<int> {0, 1, 2, 4};
    }

    void declaredScale()
    {
        QFETCH(int, scale);
        QFETCH(QList<double>, availabilities);
        QFETCH(QList<int>, rejected);
        ParseOptions o = options();
        o.mapping.scale = ValueScale(scale);
        const auto r = PrometheusParser::parse(testData(u"mixed_scale.json"_s), o);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QList<double> got;
        for (const HealthSample &sample : r.batch.samples)
            got.append(sample.availability);
        QCOMPARE(got, availabilities);
        QList<int> fields;
        for (const Reject &j : r.batch.rejects) {
            fields.append(j.field.section(u'[', 2).chopped(1).toInt());
            QVERIFY2(j.reason.contains(u"probe_success{job=\"web\"}"_s), qPrintable(j.reason));
            QVERIFY2(j.reason.contains(u"2022-10-15T06:"_s), qPrintable(j.reason));
        }
        QCOMPARE(fields, rejected);
    }

    // A real go_goroutines range (229 goroutines) is no availability on any scale: refused
    // whole, saying how to declare a scale, and nothing is stored.
    void notAnAvailabilityIsRefusedWhole()
    {
        const QByteArray goroutines = fixture(u"prometheus_query_range_go_goroutines_tiproxy.json"_s);
        auto r = PrometheusParser::parse(goroutines, options());
        QVERIFY(r.batch.isEmpty());
        QCOMPARE(r.error,
            u"none of the 5 values (229) is an availability ratio between 0 and 1, and no scale is declared. "
            u"Declare what the values are: \"scale\": \"percent\" or \"probe\" for the source in sources.json, or "
            u"import --scale percent|probe. Values that are no availability at all (go_goroutines, request counts) "
            u"need another query, such as avg_over_time(up[5m])."_s);
        ParseOptions o = options();
        o.mapping.scale = ValueScale::Percent;
        r = PrometheusParser::parse(goroutines, o);
        QVERIFY(r.batch.isEmpty());
        QVERIFY2(r.error.startsWith(u"none of the 5 values (229) fits the declared scale percent (0..100)"_s),
            qPrintable(r.error));
        // 11 to 43 with no scale declared, as a Go process's goroutines were read before.
        QByteArray range = goroutines;
        range.replace("\"229\"]", "\"11\"]").replace("[1712742244.054,\"11\"]", "[1712742244.054,\"43\"]");
        r = PrometheusParser::parse(range, options());
        QVERIFY2(r.error.startsWith(u"none of the 5 values (11\u201343)"_s), qPrintable(r.error));
    }

    // A real capture from a local Prometheus: its own goroutines (30 and 31) are no availability
    // ratio, and are refused whole; its `up` at the same times is taken on the default scale.
    void localCaptures()
    {
        auto r = PrometheusParser::parse(testData(u"go_goroutines_local_prometheus_2.42.json"_s), options());
        QVERIFY(r.batch.isEmpty());
        QVERIFY2(
            r.error.startsWith(u"none of the 8 values (30\u201331) is an availability ratio"_s), qPrintable(r.error));
        ParseOptions o = options();
        o.mapping.scale = ValueScale::Probe;
        r = PrometheusParser::parse(testData(u"go_goroutines_local_prometheus_2.42.json"_s), o);
        QVERIFY2(r.error.contains(u"fits the declared scale probe (0 or 1)"_s), qPrintable(r.error));
        r = PrometheusParser::parse(testData(u"up_local_prometheus_2.42.json"_s), options());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.samples.size(), 8);
        for (const HealthSample &s : r.batch.samples) {
            QCOMPARE(s.service, u"prometheus"_s);
            QCOMPARE(s.availability, 1.0);
        }
    }

    // A key given twice in a series' labels rejects the series, named, at its byte offset.
    void duplicateLabel()
    {
        QByteArray input = fixture(u"prometheus_query_range_docs_example.json"_s);
        input.replace("\"job\" : \"node\",", "\"job\" : \"node\", \"job\" : \"api\",");
        const auto r = PrometheusParser::parse(input, options());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.batch.samples.size(), 3);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"result[1].metric.job"_s);
        QVERIFY(r.batch.rejects[0].reason.contains(u"\"job\" is given twice"_s));
        QCOMPARE(r.batch.rejects[0].line, 21);
        QVERIFY(input.mid(r.batch.rejects[0].offset).startsWith("\"job\" : \"api\""));
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
        // "97" is no ratio: with no scale declared it is rejected, beside the 0.98 taken.
        auto r = PrometheusParser::parse(input, options());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"result[1].value"_s);
        QCOMPARE(r.batch.samples, (QList<HealthSample> {sample(1665815580500, u"node"_s, 0.98)}));

        // On the percent scale both are taken, and 0.98 is 0.98 %.
        ParseOptions o = options();
        o.mapping.scale = ValueScale::Percent;
        r = PrometheusParser::parse(input, o);
        QVERIFY(r.batch.rejects.isEmpty());
        QCOMPARE(r.batch.samples.size(), 2);
        QVERIFY(qFuzzyCompare(r.batch.samples[0].availability, 0.0098));
        QCOMPARE(r.batch.samples[1], sample(1665815580500, u"api"_s, 0.97));

        o.mapping.label = u"team"_s;
        o.mapping.map.insert(u"kakao-pay"_s, u"pay"_s);
        r = PrometheusParser::parse(input, o);
        QCOMPARE(r.batch.samples.value(0).service, u"pay"_s);
        QCOMPARE(r.batch.samples.value(1).service, u"api"_s);

        // Mapped names only: the "api" series names nothing the mapping knows.
        o.mapping.mappedOnly = true;
        r = PrometheusParser::parse(input, o);
        QCOMPARE(r.batch.samples.size(), 1);
        QCOMPARE(r.batch.samples[0].service, u"pay"_s);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"result[1].metric"_s);
        QCOMPARE(r.batch.rejects[0].raw, u"{\"job\":\"api\"}"_s);
        QCOMPARE(r.batch.rejects[0].reason,
            u"no service: none of the labels \"team\", \"job\", \"instance\", \"__name__\" has a value the "
            u"service mapping knows, and the mapping takes mapped names only"_s);
        QCOMPARE(r.batch.rejects[0].line, 8);
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
