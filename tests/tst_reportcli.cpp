// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timelinesnapshot.h"
#include "domain/timestamps.h"
#include "impact/figurerange.h"
#include "impact/incidentanalysis.h"
#include "session/csvexporter.h"
#include "store/timelinestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The postmortem report and the CSV exports as a user gets them from `outagedash`, read back
// with poppler (pdftotext, pdfinfo, pdffonts, pdftoppm) and compared with `summary --json`.
class TstReportCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QJsonObject m_summary;
    QString m_pdf;
    QStringList m_pages; // pdftotext -layout, page by page

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(180000))
            return {};
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(const QStringList &args) { return run(QStringLiteral(OUTAGEDASH_BINARY), args); }
    QString db() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QStringList pagesOf(const QString &pdf)
    {
        const Run r = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QStringList pages = r.out.split(u'\f');
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }
    int pdfPages(const QString &pdf)
    {
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                  .match(run(QStringLiteral("pdfinfo"), {pdf}).out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    QString report(const QString &name, const QStringList &extra)
    {
        const QString pdf = m_dir.filePath(name);
        const Run r = cli(
            QStringList {QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--out"), pdf} + extra);
        if (r.code != 0) {
            qWarning().noquote() << "report failed:" << r.err;
            return {};
        }
        const QString keep = qEnvironmentVariable("OUTAGEDASH_REPORT_COPY");
        if (!keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(pdf, QDir(keep).filePath(name));
        }
        return pdf;
    }
    // The clock time the report prints for an epoch-seconds JSON value.
    static QString clock(const QJsonValue &seconds, const QTimeZone &zone)
    {
        return QLocale::c().toString(
            QDateTime::fromSecsSinceEpoch(qint64(seconds.toDouble()), zone), QStringLiteral("d MMM HH:mm"));
    }
    static QString grouped(qint64 value)
    {
        QLocale c = QLocale::c();
        c.setNumberOptions(c.numberOptions() & ~QLocale::OmitGroupSeparator);
        return c.toString(value);
    }
    // Table-of-contents entries: "Title      7" lines on the page that says "Contents".
    QList<QPair<QString, int>> contents(const QStringList &pages, const QString &contentsTitle)
    {
        QList<QPair<QString, int>> out;
        for (const QString &page : pages) {
            const qsizetype at = page.indexOf(contentsTitle);
            if (at < 0)
                continue;
            const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*?\\S)\\s{2,}(\\d+)\\s*$"));
            bool started = false;
            for (const QString &line : page.mid(at + contentsTitle.size()).split(u'\n')) {
                const QRegularExpressionMatch m = entry.match(line);
                if (m.hasMatch()) {
                    out.append({m.captured(1), m.captured(2).toInt()});
                    started = true;
                } else if (started && !line.trimmed().isEmpty()) {
                    break;
                }
            }
            break;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdfinfo", "pdftoppm", "pdffonts"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 not found: install poppler-utils").arg(QLatin1StringView(tool))));
        QVERIFY(m_dir.isValid());
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db()});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db()});
        QVERIFY2(summary.code == 0, qPrintable(summary.err));
        m_summary = QJsonDocument::fromJson(summary.out.toUtf8()).object();
        QVERIFY(!m_summary.isEmpty());
        m_pdf = report(QStringLiteral("report-en.pdf"), {QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(!m_pdf.isEmpty());
        m_pages = pagesOf(m_pdf);
        QVERIFY(!m_pages.isEmpty());
    }

    // Every service, its four milestones as printed (clock time in the incident's zone) and
    // the people-hours are in the report, and equal what `summary --json` says.
    void figuresEqualSummary()
    {
        const QString text = m_pages.join(u'\f');
        const QTimeZone zone(m_summary[u"incident"][u"time_zone"].toString().toUtf8());
        QVERIFY(zone.isValid());
        // The milestone section: from its heading to the next section's.
        const qsizetype from = text.indexOf(QStringLiteral("Recovery milestones"),
            text.indexOf(QStringLiteral("Executive summary"), text.indexOf(QStringLiteral("Executive summary")) + 1));
        QVERIFY2(from > 0, "no Recovery milestones section");
        const QString section = text.mid(from, text.indexOf(QStringLiteral("People affected over time"), from) - from);
        const QStringList lines = section.split(u'\n');
        int checked = 0;
        for (const QJsonValue &v : m_summary[u"services"].toArray()) {
            const QString name = v[u"name"].toString();
            QVERIFY2(text.contains(name), qPrintable(name));
            const QString hours = grouped(v[u"people_hours"].toInteger());
            QVERIFY2(text.contains(hours), qPrintable(name + u' ' + hours));
            QStringList expected;
            for (const char *key : {"first_partial_at", "recovered_50_at", "recovered_90_at", "full_at"})
                expected.append(
                    v[QLatin1StringView(key)].isNull() ? QStringLiteral("—") : clock(v[QLatin1StringView(key)], zone));
            // The service's row holds its four milestones, in order.
            bool found = false;
            for (const QString &line : lines) {
                if (!line.trimmed().startsWith(name))
                    continue;
                QStringList parts;
                for (const QString &e : expected)
                    parts.append(QRegularExpression::escape(e));
                found = QRegularExpression(parts.join(QStringLiteral("\\s+"))).match(line).hasMatch();
                QVERIFY2(found,
                    qPrintable(QStringLiteral("%1: expected %2 in \"%3\"").arg(name, expected.join(u'|'), line)));
                ++checked;
                break;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("no milestone row for %1").arg(name)));
        }
        QVERIFY(checked > 0);
        const QString total = grouped(m_summary[u"total"][u"people_hours"].toInteger());
        QVERIFY2(text.contains(total), qPrintable(total));
        // The executive summary says the total in a sentence: distinct people lead (issue #20:
        // this asserted the sum over services as "people-hours"), with their range; the sum
        // follows as service-user-hours.
        const QJsonObject t = m_summary[u"total"].toObject();
        const QString people
            = FigureRange {t[u"distinct_people_hours"].toDouble(), t[u"distinct_people_hours_low"].toDouble(),
                t[u"distinct_people_hours_high"].toDouble(), t[u"derived"].toBool()}
                  .text();
        const QString flat
            = text.simplified().replace(QRegularExpression(QStringLiteral("-\\s+")), QStringLiteral("-"));
        QVERIFY2(flat.contains(QStringLiteral("In all, %1 people-hours were lost.").arg(people)), qPrintable(people));
        QVERIFY2(flat.contains(QStringLiteral("%1 service-user-hours").arg(total)), qPrintable(total));
    }

    void pagesAndFootersAgree()
    {
        const int pages = pdfPages(m_pdf);
        QVERIFY(pages >= 4);
        QCOMPARE(m_pages.size(), pages);
        for (int n = 1; n <= pages; ++n)
            QVERIFY2(m_pages.at(n - 1).contains(QStringLiteral("page %1 of %2").arg(n).arg(pages)),
                qPrintable(QString::number(n)));
    }

    void contentsPointAtTheirSections()
    {
        const QList<QPair<QString, int>> toc = contents(m_pages, QStringLiteral("Contents"));
        QStringList titles;
        for (const auto &[title, page] : toc)
            titles.append(title);
        for (const char *section : {"Executive summary", "Impact by service", "Recovery milestones",
                 "People affected over time", "Service states over time", "Dependencies at the peak", "Timeline",
                 "Appendix: data sources", "Counting method", "Appendix: rejected records"})
            QVERIFY2(titles.contains(QLatin1StringView(section)),
                qPrintable(QLatin1StringView(section) + u" not in " + titles.join(u'|')));
        // On page 1 or 2.
        QVERIFY(m_pages.at(0).contains(QStringLiteral("Contents"))
            || m_pages.value(1).contains(QStringLiteral("Contents")));
        for (const auto &[title, page] : toc) {
            QVERIFY2(page >= 1 && page <= m_pages.size(), qPrintable(title));
            // The heading is a line of its own on that page (not only the contents entry).
            const QRegularExpression heading(QStringLiteral("^\\s*%1\\s*$").arg(QRegularExpression::escape(title)),
                QRegularExpression::MultilineOption);
            QVERIFY2(heading.match(m_pages.at(page - 1)).hasMatch(),
                qPrintable(QStringLiteral("\"%1\" is not on page %2").arg(title).arg(page)));
        }
    }

    void everyPageRenders()
    {
        const QString out = m_dir.filePath(QStringLiteral("png"));
        QVERIFY(QDir().mkpath(out));
        const Run r = run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), m_pdf,
                QDir(out).filePath(QStringLiteral("page"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files).size(), pdfPages(m_pdf));
    }

    void compareAddsTheComparison()
    {
        QVERIFY(!m_pages.join(u' ').contains(QStringLiteral("Comparison with")));
        const QString pdf = report(QStringLiteral("report-compare.pdf"),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--compare"),
                QStringLiteral("naver-2022-10-15")});
        QVERIFY(!pdf.isEmpty());
        const QString text = pagesOf(pdf).join(u'\f');
        QVERIFY(text.contains(QStringLiteral("Comparison with")));
        QVERIFY(text.contains(QStringLiteral("Naver")));
        QVERIFY(pdfPages(pdf) > pdfPages(m_pdf));
        const Run bad = cli({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--compare"),
            QStringLiteral("nope"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("naver-2022-10-15")), qPrintable(bad.err));
    }

    void windowLimitsTheFigures()
    {
        const QStringList window {QStringLiteral("--from"), QStringLiteral("2022-10-15T06:00:00Z"),
            QStringLiteral("--to"), QStringLiteral("2022-10-16T06:00:00Z")};
        const Run summary = cli(
            QStringList {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db()} + window);
        QVERIFY2(summary.code == 0, qPrintable(summary.err));
        const QJsonObject doc = QJsonDocument::fromJson(summary.out.toUtf8()).object();
        QCOMPARE(qint64(doc[u"window"][u"from"].toDouble()), qint64(1665813600));
        QVERIFY(doc[u"total"][u"people_hours"].toInteger() < m_summary[u"total"][u"people_hours"].toInteger());
        const QString pdf = report(
            QStringLiteral("report-window.pdf"), QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + window);
        QVERIFY(!pdf.isEmpty());
        const QString text = pagesOf(pdf).join(u'\f');
        QVERIFY(text.contains(grouped(doc[u"total"][u"people_hours"].toInteger())));
        QVERIFY(text.simplified().contains(QStringLiteral("15 Oct 2022 15:00 – 16 Oct 2022 15:00 KST")));
        const Run bad = cli({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--from"),
            QStringLiteral("yesterday"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("RFC 3339")), qPrintable(bad.err));
    }

    // report --template: the regulator's shape on the demo; an unknown template is a usage error
    // that names the choices (issue #21).
    void templates()
    {
        const QString pdf = report(QStringLiteral("report-nis2.pdf"),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--template"), QStringLiteral("nis2")});
        QVERIFY(!pdf.isEmpty());
        const QString text = pagesOf(pdf).join(u'\f').simplified();
        QVERIFY(text.contains(QStringLiteral("NIS2 SIGNIFICANT-INCIDENT REPORT")));
        QVERIFY(text.contains(QStringLiteral("Verdict: significant incident")));
        QVERIFY(text.contains(QStringLiteral("to be entered")));
        QVERIFY(text.contains(QStringLiteral("16 Oct 2022 16:03 KST"))); // early warning: 24 h after 16:03

        const Run bad = cli({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--template"), QStringLiteral("gdpr")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(
            bad.err.contains(QStringLiteral("unknown template \"gdpr\" (templates: postmortem, nis2, dora, kr-msit)")),
            qPrintable(bad.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
        const Run misplaced = cli({QStringLiteral("summary"), QStringLiteral("--db"), db(),
            QStringLiteral("--template"), QStringLiteral("dora")});
        QCOMPARE(misplaced.code, 2);
        QVERIFY2(misplaced.err.contains(QStringLiteral("--template is for report")), qPrintable(misplaced.err));
    }

    void koreanReport()
    {
        const QString pdf = report(QStringLiteral("report-ko.pdf"), {QStringLiteral("--lang"), QStringLiteral("ko")});
        QVERIFY(!pdf.isEmpty());
        const QStringList pages = pagesOf(pdf);
        const QString text = pages.join(u'\f');
        for (const QString &title : {QStringLiteral("요약"), QStringLiteral("복구 마일스톤"), QStringLiteral("목차"),
                 QStringLiteral("부록: 데이터 소스")})
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(!text.contains(QStringLiteral("Executive summary")));
        QVERIFY(!text.contains(QStringLiteral("Recovery milestones")));
        const int n = pdfPages(pdf);
        QVERIFY2(pages.constLast().contains(QStringLiteral("%1 / %1").arg(n))
                || pages.constLast().contains(QString::number(n)),
            qPrintable(pages.constLast()));
        const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).out.split(u'\n', Qt::SkipEmptyParts);
        bool cjkEmbedded = false;
        for (const QString &line : fonts)
            if (line.contains(QStringLiteral("CJK")) && line.contains(QStringLiteral(" yes ")))
                cjkEmbedded = true;
        QVERIFY2(cjkEmbedded, qPrintable(fonts.join(u'\n')));
        for (const QString &line : fonts.mid(2))
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(QStringLiteral("not embedded: ") + line));
    }

    void rejectsAreGroupedByReason()
    {
        QVERIFY(m_pages.constLast().contains(QStringLiteral("No record was rejected")));
        const QString target = m_dir.filePath(QStringLiteral("rejects.sqlite"));
        QVERIFY(QFile::copy(db(), target));
        const QString feed = m_dir.filePath(QStringLiteral("bad.ndjson"));
        QFile f(feed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "{\"type\":\"sample\",\"time\":\"bad\",\"service\":\"messaging\",\"availability\":0.5}\n"
            "{\"type\":\"sample\",\"time\":\"nope\",\"service\":\"messaging\",\"availability\":0.5}\n"
            "{\"type\":\"sample\",\"time\":\"2022-10-15T07:00:00Z\",\"service\":\"messaging\",\"availability\":7}\n");
        f.close();
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), target, feed}).code, 3);
        const QString pdf = m_dir.filePath(QStringLiteral("rejects.pdf"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), target, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pagesOf(pdf).join(u'\f');
        const QString appendix = text.mid(text.lastIndexOf(QStringLiteral("Appendix: rejected records")));
        QVERIFY(appendix.simplified().contains(QStringLiteral("could not be taken: 3.")));
        // Two bad times make one group of 2, the bad availability one of 1.
        QVERIFY2(QRegularExpression(QStringLiteral("\"time\" is not RFC 3339.*\\s2\\s+/")).match(appendix).hasMatch(),
            qPrintable(appendix));
        QVERIFY2(QRegularExpression(QStringLiteral("\"availability\" must be.*\\s1\\s+/")).match(appendix).hasMatch(),
            qPrintable(appendix));
        QVERIFY(QRegularExpression(QStringLiteral("All reasons\\s+3")).match(appendix).hasMatch());
    }

    void timelineCsvRoundTrip()
    {
        const QString csv = m_dir.filePath(QStringLiteral("timeline.csv"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--what"),
            QStringLiteral("timeline"), QStringLiteral("--out"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = CsvExporter::parse(data);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first().value(0), QStringLiteral("time_utc"));
        QCOMPARE(rows.first().value(1), QStringLiteral("time_local"));

        TimelineStore store(QStringLiteral("csv"));
        QVERIFY(store.open(db()));
        const TimelineSnapshot snapshot = store.snapshot();
        const IncidentAnalysis analysis(snapshot, snapshot.pickIncident());
        const QList<TimelineEvent> events = CsvExporter::timelineEvents(snapshot, analysis);
        QCOMPARE(rows.size() - 1, events.size());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            QCOMPARE(row.size(), rows.first().size());
            const auto utc = Timestamps::parseRfc3339(row.at(0));
            const auto local = Timestamps::parseRfc3339(row.at(1));
            QVERIFY2(utc && local && *utc == *local, qPrintable(row.join(u'|')));
            QVERIFY(row.at(0).endsWith(u'Z'));
            QVERIFY(row.at(1).endsWith(QStringLiteral("+09:00")));
            QCOMPARE(*utc, events.at(i - 1).time);
            QCOMPARE(row.at(5), events.at(i - 1).message); // commas, quotes and newlines survive
        }
        // Quoting: a field with a comma, a quote and a line break comes back as it was.
        const QString tricky = QStringLiteral("a, \"b\"\r\nc");
        QCOMPARE(CsvExporter::parse(CsvExporter::line({tricky, QStringLiteral("x")})),
            (QList<QStringList> {{tricky, QStringLiteral("x")}}));
    }

    void seriesCsv()
    {
        const QString csv = m_dir.filePath(QStringLiteral("series.csv"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--what"),
            QStringLiteral("series"), QStringLiteral("--out"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = CsvExporter::parse(f.readAll());
        const QJsonArray services = m_summary[u"services"].toArray();
        QCOMPARE(rows.first().size(), 3 + services.size());
        double peak = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), rows.first().size());
            double sum = 0;
            for (qsizetype c = 3; c < rows.at(i).size(); ++c)
                sum += rows.at(i).at(c).toDouble();
            QVERIFY(qAbs(sum - rows.at(i).at(2).toDouble()) <= services.size());
            peak = qMax(peak, rows.at(i).at(2).toDouble());
        }
        QVERIFY(qAbs(peak - m_summary[u"total"][u"peak_affected"].toDouble()) <= 1);
        const Run bad = cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--out"), csv});
        QCOMPARE(bad.code, 2);
    }
};

QTEST_GUILESS_MAIN(TstReportCli)
#include "tst_reportcli.moc"
