// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexporter.h"
#include "ingest/demodataset.h"
#include "report/reportpreview.h"

#include "common/timeaxisticks.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "report/reportpagewriter.h"
#include "report/reportrenderer.h"
#include "store/timelinestore.h"
#include <QAction>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QSet>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Checks the postmortem PDF the way a reader's tools see it: poppler's pdftotext,
// pdfinfo, pdffonts and pdftoppm, not the renderer's own idea of what it drew.
class TstReportRenderer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void titleAndServices();
    void peopleHoursMatchSummary();
    void pageNumbers();
    void paperSizes();
    void contentsPointAtTheirSections_data();
    void contentsPointAtTheirSections();
    void oneSourceList();
    void aHeadingGoesWithItsSection();
    void everyPageRenders();
    void chartIsVectorAndKoreanIsText();
    void unwritablePathFails();
    void chartExportsArePngAndSvg();
    void printPreviewRendersEveryPage();

private:
    QString run(const QString &program, const QStringList &arguments);
    QString writeReport(QPageSize::PageSizeId paper, const QString &fileName);
    int pdfPages(const QString &pdf);

    QTemporaryDir m_dir;
    TimelineSnapshot m_snapshot;
    IncidentAnalysis m_analysis;
    QString m_pdf; // the A4 demo report
    QString m_text; // pdftotext -layout of it
};

QString TstReportRenderer::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(u' ') << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TstReportRenderer::writeReport(QPageSize::PageSizeId paper, const QString &fileName)
{
    ReportOptions options;
    options.paper = paper;
    options.generatedBy = QStringLiteral("outagedash test");
    options.generatedAt = 1666310400000; // 21 Oct 2022 00:00 UTC: fixed, so pages are stable
    const ReportRenderer renderer(m_snapshot, m_analysis, options);
    const QString path = m_dir.filePath(fileName);
    QString error;
    if (!renderer.writePdf(path, &error)) {
        qWarning().noquote() << "writePdf failed:" << error;
        return {};
    }
    // For looking at the pages by eye: OUTAGEDASH_REPORT_COPY=/some/dir keeps the PDFs there.
    const QString keep = qEnvironmentVariable("OUTAGEDASH_REPORT_COPY");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(fileName));
        QFile::copy(path, QDir(keep).filePath(fileName));
    }
    return path;
}

int TstReportRenderer::pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
              .match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TstReportRenderer::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdftoppm", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 not found: install poppler-utils to check the report PDF")
                                 .arg(QString::fromLatin1(tool))));
    }
    QVERIFY(m_dir.isValid());
    // Month names and separators must not depend on who runs the test. The C locale also
    // omits group separators by default, which the report must override.
    QLocale::setDefault(QLocale::c());

    TimelineStore store(QStringLiteral("t"));
    QVERIFY2(store.open(QStringLiteral(":memory:")), qPrintable(store.lastError()));
    QString error;
    QVERIFY2(DemoDataset::load(store, &error), qPrintable(error));
    m_snapshot = store.snapshot();
    QVERIFY(m_snapshot.demo);
    const Incident *incident = m_snapshot.pickIncident();
    QVERIFY(incident);
    m_analysis = IncidentAnalysis(m_snapshot, incident);
    QVERIFY2(m_analysis.isValid(), qPrintable(m_analysis.error()));

    m_pdf = writeReport(QPageSize::A4, QStringLiteral("demo-a4.pdf"));
    QVERIFY(!m_pdf.isEmpty());
    m_text = run(QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_pdf, QStringLiteral("-")});
    QVERIFY2(!m_text.isEmpty(), "pdftotext gave no text");
}

void TstReportRenderer::titleAndServices()
{
    // Wrapped lines and table columns split phrases; compare with runs of spaces collapsed.
    const QString flat = m_text.simplified();
    QVERIFY2(flat.contains(m_analysis.incident()->title), qPrintable(m_analysis.incident()->title));
    QVERIFY(flat.contains(QStringLiteral("Demo dataset: derived curves")));
    QVERIFY(flat.contains(QStringLiteral("15 Oct 2022 15:30 – 20 Oct 2022 23:00 KST")));
    for (const Service &s : m_analysis.services())
        QVERIFY2(m_text.contains(s.name), qPrintable(s.name));
}

void TstReportRenderer::peopleHoursMatchSummary()
{
    // As the report prints them: rounded like `summary --json`, grouped by the locale.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const QJsonObject summary = m_analysis.toJson();
    const QJsonArray services = summary.value(QStringLiteral("services")).toArray();
    QCOMPARE(services.size(), m_analysis.result().services.size());
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ServiceImpact &s = m_analysis.result().services.at(i);
        const qint64 rounded = qRound64(s.peopleHours);
        QCOMPARE(services.at(i).toObject().value(QStringLiteral("people_hours")).toInteger(), rounded);
        const QString printed = locale.toString(rounded);
        QVERIFY2(m_text.contains(printed), qPrintable(s.service + u' ' + printed));
    }
    const QString total = locale.toString(qRound64(m_analysis.result().peopleHoursTotal));
    QVERIFY2(m_text.contains(total), qPrintable(total));
}

void TstReportRenderer::pageNumbers()
{
    const int pages = pdfPages(m_pdf);
    QVERIFY(pages >= 2);
    // pdftotext ends every page with a form feed.
    const QStringList pageTexts = m_text.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int n = 1; n <= pages; ++n) {
        const QString footer = QStringLiteral("page %1 of %2").arg(n).arg(pages);
        QVERIFY2(pageTexts.at(n - 1).contains(footer), qPrintable(footer));
        QVERIFY2(pageTexts.at(n - 1).simplified().contains(m_analysis.incident()->title),
            qPrintable(QStringLiteral("no title in the header of page %1").arg(n)));
    }
    QVERIFY(!m_text.contains(QStringLiteral("page %1 of").arg(pages + 1)));
}

void TstReportRenderer::paperSizes()
{
    const QString letter = writeReport(QPageSize::Letter, QStringLiteral("demo-letter.pdf"));
    QVERIFY(!letter.isEmpty());
    const QRegularExpression size(
        QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch a4 = size.match(run(QStringLiteral("pdfinfo"), {m_pdf}));
    const QRegularExpressionMatch us = size.match(run(QStringLiteral("pdfinfo"), {letter}));
    QVERIFY(a4.hasMatch() && us.hasMatch());
    // A4 is 595.28 × 841.89 pt, US Letter 612 × 792 pt: portrait both.
    QVERIFY(qAbs(a4.captured(1).toDouble() - 595.28) < 1.0);
    QVERIFY(qAbs(a4.captured(2).toDouble() - 841.89) < 1.0);
    QVERIFY(qAbs(us.captured(1).toDouble() - 612.0) < 1.0);
    QVERIFY(qAbs(us.captured(2).toDouble() - 792.0) < 1.0);
    // Letter is shorter: its own page count and numbering still agree.
    const int pages = pdfPages(letter);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), letter, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("page %1 of %1").arg(pages)), qPrintable(QString::number(pages)));
}

void TstReportRenderer::contentsPointAtTheirSections_data()
{
    QTest::addColumn<int>("paper");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

// Every contents entry names the page its heading is on, and no heading ends a page: under it
// on the same page there is the start of its section (issue #22: Letter orphaned a heading).
void TstReportRenderer::contentsPointAtTheirSections()
{
    QFETCH(int, paper);
    const QString pdf = writeReport(QPageSize::PageSizeId(paper), QStringLiteral("contents-%1.pdf").arg(paper));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = run(QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                                  .split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), pdfPages(pdf));
    const auto linesOf = [&](int page) {
        QStringList lines;
        for (const QString &line : pages.at(page - 1).split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        return lines;
    };
    // The contents: "Heading ........ 7", from the "Contents" line to the page's footer.
    const QRegularExpression entry(QStringLiteral("^(\\S.*?)\\s{2,}(\\d+)$"));
    QList<QPair<QString, int>> contents;
    int contentsPage = 0;
    for (int page = 1; page <= pages.size() && contents.isEmpty(); ++page) {
        const QStringList lines = linesOf(page);
        const qsizetype start = lines.indexOf(QStringLiteral("Contents"));
        if (start < 0)
            continue;
        contentsPage = page;
        for (qsizetype i = start + 1;
             i < lines.size() && !lines.at(i).contains(QStringLiteral(" of %1").arg(pages.size())); ++i)
            if (const QRegularExpressionMatch m = entry.match(lines.at(i)); m.hasMatch())
                contents.append({m.captured(1), m.captured(2).toInt()});
    }
    QVERIFY2(contents.size() >= 10, qPrintable(QString::number(contents.size())));
    for (const auto &[heading, page] : std::as_const(contents)) {
        QVERIFY2(page >= contentsPage && page <= pages.size(), qPrintable(heading));
        const QStringList lines = linesOf(page);
        const qsizetype at = lines.indexOf(heading);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" is not on page %2").arg(heading).arg(page)));
        // Under it: something of its section, then the footer ("page N of M") at the earliest.
        QVERIFY2(at + 2 < lines.size() && !lines.at(at + 1).contains(QStringLiteral("page %1 of").arg(page)),
            qPrintable(QStringLiteral("\"%1\" ends page %2").arg(heading).arg(page)));
        for (int earlier = contentsPage + 1; earlier < page; ++earlier)
            QVERIFY2(!linesOf(earlier).contains(heading),
                qPrintable(QStringLiteral("\"%1\" is on page %2, not %3").arg(heading).arg(earlier).arg(page)));
    }
}

// The report lists its sources once, in the appendix; the title block says where.
void TstReportRenderer::oneSourceList()
{
    const QStringList pages = m_text.split(u'\f', Qt::SkipEmptyParts);
    int appendix = 0;
    for (int page = 2; page <= pages.size() && appendix == 0; ++page)
        for (const QString &line : pages.at(page - 1).split(u'\n'))
            if (line.trimmed() == QStringLiteral("Appendix: data sources"))
                appendix = page;
    QVERIFY(appendix > 1);
    const QString title = pages.constFirst().simplified();
    QVERIFY2(title.contains(QStringLiteral("listed in the appendix on page %1").arg(appendix)), qPrintable(title));
    // The incident's own source is one of the appendix's rows, not a second list up front.
    const QString incidentSource = m_analysis.incident()->source.section(u';', 0, 0).trimmed();
    QVERIFY(!incidentSource.isEmpty());
    QVERIFY2(!title.contains(incidentSource), qPrintable(title));
    QString appendixText;
    for (int page = appendix; page <= pages.size(); ++page)
        appendixText += pages.at(page - 1).simplified() + u' ';
    QSet<QString> sources;
    for (const HealthSample &x : m_analysis.input().samples)
        sources.insert(x.source);
    for (const StateChange &x : m_analysis.input().states)
        sources.insert(x.source);
    sources.remove(QString());
    QVERIFY(sources.size() > 10);
    for (const QString &source : std::as_const(sources)) // a long name wraps in its cell: its start
        QVERIFY2(appendixText.contains(source.left(20)), qPrintable(source));
}

// The page writer keeps a heading, and the short paragraph introducing its section, on the page
// where the section's first block (a chart, a table's header and first row) starts.
void TstReportRenderer::aHeadingGoesWithItsSection()
{
    QPdfWriter device(m_dir.filePath(QStringLiteral("writer.pdf")));
    device.setResolution(300);
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
    ReportPageWriter::Frame frame;
    frame.page = QRectF(0, 0, device.width(), device.height());
    frame.margins = QMarginsF(200, 250, 200, 250);
    ReportPageWriter w(device, nullptr, ReportStyle::create({}), frame); // measuring: no painter
    QCOMPARE(w.pageCount(), 1);
    const auto fillTo = [&](qreal left) { // as if the page held other blocks down to 'left' above its foot
        if (w.remaining() > left)
            w.advance(w.remaining() - left);
    };
    // A chart 100 mm tall under a heading and an intro, with 60 mm left: all go to the next page.
    fillTo(w.mm(60));
    w.heading(QStringLiteral("Dependencies"));
    w.paragraph(QStringLiteral("Who needs whom."), w.style().body, w.style().text, w.pt(4));
    QCOMPARE(w.pageCount(), 1); // nothing placed yet
    w.ensureSpace(w.mm(100));
    QCOMPARE(w.headings().constLast(), qMakePair(QStringLiteral("Dependencies"), 2));
    const qreal top = w.content().top();
    QVERIFY(w.y() > top + w.mm(5)); // the heading and its intro above the chart, on page 2
    w.advance(w.mm(100));

    // A table whose first row does not fit under its header: header and heading move with it.
    fillTo(w.mm(35));
    const int before = w.pageCount();
    w.heading(QStringLiteral("Audiences"));
    ReportTable table;
    table.columns = {{QStringLiteral("Audience"), 0.3, Qt::AlignLeft}, {QStringLiteral("Note"), 0.7, Qt::AlignLeft}};
    table.rows.append({{{QStringLiteral("Kakao"), {}}, {QStringLiteral("A long note. ").repeated(40), {}}}, false});
    w.table(table);
    QCOMPARE(w.headings().constLast(), qMakePair(QStringLiteral("Audiences"), before + 1));

    // A heading with room for its section stays where it is.
    fillTo(w.mm(120));
    const int here = w.pageCount();
    w.heading(QStringLiteral("Counting method"));
    w.ensureSpace(w.mm(60));
    QCOMPARE(w.headings().constLast(), qMakePair(QStringLiteral("Counting method"), here));
    // One left at the end is placed by finish().
    w.heading(QStringLiteral("Appendix"));
    w.finish();
    QCOMPARE(w.headings().constLast().first, QStringLiteral("Appendix"));
}

void TstReportRenderer::everyPageRenders()
{
    const QString out = m_dir.filePath(QStringLiteral("png"));
    QVERIFY(QDir().mkpath(out));
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), m_pdf,
            QDir(out).filePath(QStringLiteral("page"))});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(process.readAllStandardError().trimmed().isEmpty(), "pdftoppm reported errors");
    const QStringList pngs = QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(pngs.size(), pdfPages(m_pdf));
}

void TstReportRenderer::chartIsVectorAndKoreanIsText()
{
    // The chart's time axis is real text, its ticks in order on one line: the chart was
    // drawn, laid out for the page, and not pasted in as a picture.
    const QList<TimeAxisTick> ticks
        = TimeAxisTicks::compute(m_analysis.windowStart(), m_analysis.windowEnd(), m_analysis.timeZone());
    QVERIFY(ticks.size() >= 2);
    QStringList parts;
    for (const TimeAxisTick &tick : ticks)
        parts.append(QRegularExpression::escape(tick.label));
    const QRegularExpression axis(parts.join(QStringLiteral("\\s+")));
    QVERIFY2(axis.match(m_text).hasMatch(), qPrintable(axis.pattern()));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
        const QStringList list
            = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(list.size(), 2); // the two header lines, no image
    }
    // The demo has a Korean quotation; it must come out as text, in an embedded CJK font.
    QVERIFY(m_text.contains(QStringLiteral("오후 1시31분")));
    const QStringList fonts = run(QStringLiteral("pdffonts"), {m_pdf}).split(u'\n', Qt::SkipEmptyParts);
    bool cjkEmbedded = false;
    for (const QString &line : fonts)
        if (line.contains(QStringLiteral("CJK")) && line.contains(QStringLiteral(" yes ")))
            cjkEmbedded = true;
    QVERIFY2(cjkEmbedded, qPrintable(fonts.join(u'\n')));
}

void TstReportRenderer::unwritablePathFails()
{
    const ReportRenderer renderer(m_snapshot, m_analysis, ReportOptions {});
    QString error;
    const QString missing = QStringLiteral("/nonexistent-outagedash-dir/sub/report.pdf");
    QVERIFY(!renderer.writePdf(missing, &error));
    QVERIFY2(error.contains(QStringLiteral("report.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));

    // A directory where the file should go.
    error.clear();
    QVERIFY(!renderer.writePdf(m_dir.path(), &error));
    QVERIFY(!error.isEmpty());
}

void TstReportRenderer::chartExportsArePngAndSvg()
{
    for (const ChartExporter::Chart chart :
        {ChartExporter::Chart::Recovery, ChartExporter::Chart::StateTimeline, ChartExporter::Chart::Dependencies}) {
        const QString base = m_dir.filePath(QStringLiteral("chart%1").arg(int(chart)));
        QString error;
        QVERIFY2(
            ChartExporter::save(chart, base + u".png", m_analysis, m_snapshot, Theme::light(), QSize(900, 500), &error),
            qPrintable(error));
        QImage image;
        QVERIFY(image.load(base + u".png"));
        QVERIFY(image.width() >= 900 && image.height() >= 500);
        // Not blank: more than a handful of colours were drawn.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 5, qPrintable(QString::number(colours.size())));

        QVERIFY2(
            ChartExporter::save(chart, base + u".svg", m_analysis, m_snapshot, Theme::light(), QSize(900, 500), &error),
            qPrintable(error));
        QFile svg(base + u".svg");
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray xml = svg.readAll();
        QVERIFY(xml.contains("<svg"));
        QVERIFY2(xml.contains("<path"), "no path in the SVG");
    }
    QString error;
    QVERIFY(!ChartExporter::save(ChartExporter::Chart::Recovery, m_dir.filePath(QStringLiteral("c.gif")), m_analysis,
        m_snapshot, Theme::light(), QSize(100, 100), &error));
    QVERIFY(error.contains(QStringLiteral("gif")));
}

void TstReportRenderer::printPreviewRendersEveryPage()
{
    ReportOptions options;
    options.generatedAt = 1666310400000;
    ReportPreview preview(m_snapshot, m_analysis, options);
    QPrintPreviewDialog *dialog = preview.dialog();
    QVERIFY(dialog);
    QAction *save = dialog->findChild<QAction *>(QStringLiteral("saveAsPdf"));
    QVERIFY(save);
    QVERIFY(save->text().contains(QStringLiteral("PDF")));
    dialog->show();
    QTRY_VERIFY(preview.lastPageCount() > 0);
    QCOMPARE(preview.lastPageCount(), pdfPages(m_pdf));
    dialog->hide();
    const QString out = m_dir.filePath(QStringLiteral("preview.pdf"));
    QVERIFY(preview.saveAsPdf(nullptr, out));
    QCOMPARE(pdfPages(out), pdfPages(m_pdf));
}

QTEST_MAIN(TstReportRenderer)
#include "tst_reportrenderer.moc"
