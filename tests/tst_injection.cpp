// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timelineevent.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "ingest/feedimporter.h"
#include "itemmodels/timelinemodel.h"
#include "pdftext.h"
#include "report/reportrenderer.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>

#include <unistd.h>

// Hostile feed text: SQL, HTML and control characters must go through import, store, the
// timeline model and the PDF report as plain text, verbatim, and never be run as SQL or
// interpreted as markup. The feed is written by QJsonDocument, so each string arrives in the
// parser exactly as it is declared here.
namespace {
const QString kSql = QStringLiteral("'); DROP TABLE samples; --");
const QString kHtml = QStringLiteral("<script>alert(1)</script><b>x</b>");
// NUL is left out: JSON carries it, but the PDF's text cannot.
const QString kControl
    = QStringLiteral("bell\a tab\t esc\x1b[31mred\x1b[0m cr\r lf\n del\x7f c1\u0085 \x01\x02\x1f end");
const QString kSource = QStringLiteral("feed\"'; DELETE FROM services; --<i>.ndjson");
constexpr qint64 kBegan = 1665815580000; // 2022-10-15T06:33:00Z
} // namespace

class TstInjection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storedVerbatim();
    void schemaIntact();
    void timelineModelShowsVerbatim();
    void reportPrintsLiterally();
    void hostileTimeZoneIsRejected();

private:
    static QByteArray line(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'; }
    QString pdfText();

    QTemporaryDir m_dir;
    TimelineStore m_store {QStringLiteral("injection")};
    QByteArray m_feed;
    QString m_title, m_summary, m_updateMessage, m_stateMessage, m_note, m_serviceName;
};

void TstInjection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c());
    QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("timeline.sqlite"))), qPrintable(m_store.lastError()));

    m_serviceName = kHtml + u' ' + kSql;
    m_title = QStringLiteral("Title ") + kHtml + u' ' + kSql;
    m_summary = QStringLiteral("Summary ") + kControl;
    m_updateMessage = QStringLiteral("Update ") + kSql + u' ' + kHtml + u' ' + kControl;
    m_stateMessage = QStringLiteral("State ") + kHtml + u' ' + kControl;
    m_note = QStringLiteral("Note ") + kHtml + u' ' + kSql;

    const auto t = [](qint64 minutes) { return double(kBegan + minutes * 60000); };
    m_feed += line({{u"type"_qs, u"service"_qs}, {u"key"_qs, u"pay"_qs}, {u"name"_qs, m_serviceName},
        {u"users"_qs, 1000000}, {u"note"_qs, kSql}});
    m_feed += line({{u"type"_qs, u"incident"_qs}, {u"id"_qs, QString(u"inj-"_qs + kSql)}, {u"title"_qs, m_title},
        {u"severity"_qs, u"major"_qs}, {u"began"_qs, t(0)}, {u"resolved"_qs, t(120)}, {u"time_zone"_qs, u"UTC"_qs},
        {u"services"_qs, QJsonArray {u"pay"_qs}}, {u"summary"_qs, m_summary}});
    for (int m = 0; m <= 120; m += 10)
        m_feed += line({{u"type"_qs, u"sample"_qs}, {u"time"_qs, t(m)}, {u"service"_qs, u"pay"_qs},
            {u"availability"_qs, m < 60 ? 0.2 : 1.0}});
    m_feed += line({{u"type"_qs, u"update"_qs}, {u"incident"_qs, QString(u"inj-"_qs + kSql)}, {u"time"_qs, t(5)},
        {u"status"_qs, kHtml}, {u"message"_qs, m_updateMessage}, {u"services"_qs, QJsonArray {u"pay"_qs}}});
    m_feed += line({{u"type"_qs, u"state"_qs}, {u"time"_qs, t(1)}, {u"service"_qs, u"pay"_qs},
        {u"state"_qs, u"major_outage"_qs}, {u"message"_qs, m_stateMessage}});
    m_feed += line({{u"type"_qs, u"annotation"_qs}, {u"time"_qs, t(30)}, {u"service"_qs, u"pay"_qs},
        {u"incident"_qs, QString(u"inj-"_qs + kSql)}, {u"author"_qs, kHtml}, {u"text"_qs, m_note}});
    // A bad line: its raw copy, with the markup in it, is kept as a reject.
    m_feed += line({{u"type"_qs, u"sample"_qs}, {u"time"_qs, t(3)}, {u"service"_qs, kHtml}, {u"availability"_qs, 0.5}});

    const ImportResult r = FeedImporter::importData(m_store, m_feed, kSource, FeedFormat::Unknown);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.records, 1 + 1 + 13 + 1 + 1 + 1);
}

void TstInjection::storedVerbatim()
{
    const QList<Service> services = m_store.services();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services[0].name, m_serviceName);
    QCOMPARE(services[0].note, kSql);

    const auto incident = m_store.incident(u"inj-"_qs + kSql);
    QVERIFY(incident);
    QCOMPARE(incident->title, m_title);
    QCOMPARE(incident->summary, m_summary);
    QCOMPARE(incident->source, kSource);

    const QList<IncidentUpdate> updates = m_store.updates(u"inj-"_qs + kSql);
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates[0].status, kHtml);
    QCOMPARE(updates[0].message, m_updateMessage);

    const QList<StateChange> states = m_store.stateChanges(u"pay"_qs);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states[0].message, m_stateMessage);
    QCOMPARE(states[0].source, kSource);

    const QList<Annotation> notes = m_store.annotations();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].text, m_note);
    QCOMPARE(notes[0].author, kHtml);

    const QList<Reject> rejects = m_store.rejects();
    QCOMPARE(rejects.size(), 1);
    QCOMPARE(rejects[0].source, kSource);
    QVERIFY2(rejects[0].raw.contains(kHtml), qPrintable(rejects[0].raw));
    QVERIFY2(rejects[0].reason.contains(kHtml), qPrintable(rejects[0].reason));
}

void TstInjection::schemaIntact()
{
    // Nothing ran as SQL: every table is there, the samples with them, and a re-import of the
    // same text changes nothing (the hostile strings are natural keys like any other).
    QCOMPARE(m_store.sampleCount(), 13);
    QSqlQuery q(TimelineStoreTestAccess::database(m_store));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    for (const char *t : {"annotations", "dependencies", "incident_updates", "incidents", "meta", "rejects", "samples",
             "schema_migrations", "services", "state_changes"})
        QVERIFY2(tables.contains(QLatin1StringView(t)), t);
    const ImportResult again = FeedImporter::importData(m_store, m_feed, kSource, FeedFormat::Ndjson);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.inserted, 0);
    QCOMPARE(m_store.sampleCount(), 13);
    QCOMPARE(m_store.services().size(), 1);
}

void TstInjection::timelineModelShowsVerbatim()
{
    TimelineModel model;
    model.setEvents(TimelineEvent::collect(m_store.updates(), m_store.stateChanges(), m_store.annotations()));
    model.setServiceNames({{u"pay"_qs, m_serviceName}});
    QCOMPARE(model.rowCount(), 3);
    QStringList messages, sources, services, statuses;
    for (int row = 0; row < model.rowCount(); ++row) {
        messages.append(model.data(model.index(row, TimelineModel::MessageColumn)).toString());
        sources.append(model.data(model.index(row, TimelineModel::SourceColumn)).toString());
        services.append(model.data(model.index(row, TimelineModel::ServicesColumn)).toString());
        statuses.append(model.data(model.index(row, TimelineModel::StatusColumn)).toString());
        QCOMPARE(
            model.data(model.index(row, TimelineModel::MessageColumn), Qt::ToolTipRole).toString(), messages.last());
    }
    QVERIFY(messages.contains(m_updateMessage));
    QVERIFY(messages.contains(m_stateMessage));
    QVERIFY(messages.contains(m_note));
    QVERIFY(statuses.contains(kHtml));
    QCOMPARE(sources.count(kSource), 2); // the note's "source" column shows its author
    QVERIFY(sources.contains(kHtml));
    QCOMPARE(services.count(m_serviceName), 3);
}

QString TstInjection::pdfText()
{
    const TimelineSnapshot snapshot = m_store.snapshot();
    const Incident *incident = snapshot.pickIncident(u"inj-"_qs + kSql);
    if (!incident) {
        qWarning("incident not found");
        return {};
    }
    const IncidentAnalysis analysis(snapshot, incident);
    if (!analysis.isValid()) {
        qWarning().noquote() << "analysis:" << analysis.error();
        return {};
    }
    ReportOptions options;
    options.generatedBy = kHtml;
    options.generatedAt = kBegan;
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    if (!ReportRenderer(snapshot, analysis, options).writePdf(pdf, &error)) {
        qWarning().noquote() << "writePdf:" << error;
        return {};
    }
    return PdfText::of(pdf);
}

void TstInjection::reportPrintsLiterally()
{
    if (const QString missing = PdfText::missingTool(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    const QString text = pdfText();
    QVERIFY2(!text.isEmpty(), "no PDF text");
    // Line wrapping may break a long string: compare with white space removed.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s+")));
    const auto has = [&](const QString &needle) {
        QString n = needle;
        return flat.contains(n.remove(QRegularExpression(QStringLiteral("\\s+"))));
    };
    // The literal tags are printed: the text was not read as markup (which would have dropped
    // <script>…</script> and turned <b>x</b> into a bold x).
    QVERIFY2(text.contains(QStringLiteral("<script>alert(1)</script>")), qPrintable(text.left(2000)));
    QVERIFY2(has(m_title), qPrintable(text.left(2000)));
    QVERIFY2(has(QStringLiteral("<b>x</b>")), "the <b> tag was interpreted");
    QVERIFY2(has(kSql), "the SQL text is missing from the report");
    QVERIFY2(has(QStringLiteral("DROPTABLEsamples;--")), "the SQL text is missing from the report");
    QVERIFY2(has(QStringLiteral("Summarybell")), "the summary is missing");
}

void TstInjection::hostileTimeZoneIsRejected()
{
    // Qt opens /usr/share/zoneinfo/<id> as given: an id walking out of it must be refused
    // before QTimeZone sees it. "../../../dev/stdin" made the import read its own stdin and
    // wait there for as long as it stayed open: stdin is a pipe nobody writes to here.
    int fds[2];
    QVERIFY(::pipe(fds) == 0);
    const int savedStdin = ::dup(STDIN_FILENO);
    QVERIFY(::dup2(fds[0], STDIN_FILENO) >= 0);
    const auto restore = qScopeGuard([&] {
        ::close(fds[1]); // EOF: a read that did start can finish
        ::dup2(savedStdin, STDIN_FILENO);
        ::close(savedStdin);
        ::close(fds[0]);
    });
    TimelineStore store(QStringLiteral("tz"));
    QVERIFY(store.open(QStringLiteral(":memory:")));
    for (const QString &zone : {u"../../../dev/stdin"_qs, u"../../../../proc/self/fd/0"_qs,
             u"Asia/../../../../dev/stdin"_qs, u"../../../../etc/passwd"_qs, u"/dev/zero"_qs}) {
        const QByteArray feed = line(
            {{u"type"_qs, u"incident"_qs}, {u"id"_qs, u"tz"_qs}, {u"title"_qs, u"tz"_qs}, {u"time_zone"_qs, zone}});
        // Parsed on another thread, so a read that blocks fails the test instead of hanging it.
        auto parsed = std::async(std::launch::async, [feed] {
            ParseOptions options;
            options.source = u"tz.ndjson"_qs;
            return FeedFormat::parse(FeedFormat::Ndjson, feed, options);
        });
        if (parsed.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            QFAIL(qPrintable(u"the time zone \""_qs + zone + u"\" made the parser wait on a file"_qs));
        const ParseResult r = parsed.get();
        QCOMPARE(r.batch.incidents.size(), 0);
        QCOMPARE(r.batch.rejects.size(), 1);
        QCOMPARE(r.batch.rejects[0].field, u"time_zone"_qs);

        // A Statuspage page's zone is a display hint: a hostile one is dropped, unread.
        const QJsonObject page {{u"page"_qs, QJsonObject {{u"id"_qs, u"p"_qs}, {u"time_zone"_qs, zone}}},
            {u"incidents"_qs,
                QJsonArray {QJsonObject {
                    {u"id"_qs, u"i1"_qs}, {u"name"_qs, u"x"_qs}, {u"created_at"_qs, u"2022-10-15T06:33:00Z"_qs}}}}};
        const QByteArray doc = QJsonDocument(page).toJson();
        auto statuspage = std::async(
            std::launch::async, [doc] { return FeedFormat::parse(FeedFormat::Statuspage, doc, ParseOptions()); });
        if (statuspage.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            QFAIL(qPrintable(u"the Statuspage time zone \""_qs + zone + u"\" made the parser wait on a file"_qs));
        const ParseResult sp = statuspage.get();
        QVERIFY2(sp.error.isEmpty(), qPrintable(sp.error));
        QCOMPARE(sp.batch.incidents.size(), 1);
        QCOMPARE(sp.batch.incidents[0].timeZone, QString());
    }
    const QByteArray good = line({{u"type"_qs, u"incident"_qs}, {u"id"_qs, u"tz"_qs}, {u"title"_qs, u"tz"_qs},
        {u"time_zone"_qs, u"Asia/Seoul"_qs}});
    QCOMPARE(FeedImporter::importData(store, good, u"tz.ndjson"_qs, FeedFormat::Ndjson).rejected, 0);
    const QByteArray offset = line({{u"type"_qs, u"incident"_qs}, {u"id"_qs, u"tz2"_qs}, {u"title"_qs, u"tz"_qs},
        {u"time_zone"_qs, u"Etc/GMT+9"_qs}});
    QCOMPARE(FeedImporter::importData(store, offset, u"tz.ndjson"_qs, FeedFormat::Ndjson).rejected, 0);
}

QTEST_MAIN(TstInjection)
#include "tst_injection.moc"
