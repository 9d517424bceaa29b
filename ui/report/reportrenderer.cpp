#include "report/reportrenderer.h"

#include "charts/chartpainter.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "report/reportpagewriter.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

// A Latin face first, then one with Hangul: Korean notes from the feeds must print as
// text, not boxes. "Noto Sans" is absent on some systems; the CJK face covers Latin too.
QStringList fontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("DejaVu Sans")};
}

// Counts read better grouped (47,637,000); the C locale omits the separator by default.
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString count(double value)
{
    return numberLocale().toString(qRound64(value));
}

QString dash()
{
    return QStringLiteral("—");
}

// Chart text is laid out by the scene with screen metrics but painted on a 300 dpi
// device, which resolves point sizes against its own DPI. Pixel sizes are the same on
// both, so the labels land where the chart made room for them.

} // namespace

ReportRenderer::ReportRenderer(
    const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, ReportOptions options)
    : m_snapshot(snapshot)
    , m_analysis(analysis)
    , m_options(std::move(options))
{
    // Fixed once: the page count is found by laying out twice, and both passes must agree.
    if (m_options.generatedAt == 0)
        m_options.generatedAt = QDateTime::currentMSecsSinceEpoch();
}

bool ReportRenderer::writePdf(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // QSaveFile: a failed export never leaves a truncated PDF over an older good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(m_options.paper), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title());
        writer.setCreator(m_options.generatedBy.isEmpty() ? QStringLiteral("outagedash") : m_options.generatedBy);
        if (render(writer) == 0) {
            file.cancelWriting();
            return fail(tr("Cannot draw the report into %1.").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (!file.commit())
        return fail(tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

int ReportRenderer::render(QPagedPaintDevice &device) const
{
    const ReportStyle style = ReportStyle::create(fontFamilies());
    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };

    ReportPageWriter::Frame frame;
    frame.page = QRectF(0, 0, device.width(), device.height());
    // A printer may already keep its own margins: only add what is missing, but always
    // leave room for the header and footer.
    const QMarginsF deviceMargins = device.pageLayout().margins(QPageLayout::Millimeter);
    frame.margins = QMarginsF(mm(qMax(18.0 - deviceMargins.left(), 6.0)), mm(qMax(22.0 - deviceMargins.top(), 13.0)),
        mm(qMax(18.0 - deviceMargins.right(), 6.0)), mm(qMax(20.0 - deviceMargins.bottom(), 12.0)));
    frame.headerLeft = title();
    frame.headerRight = tr("Postmortem report");
    const QString generated = formatTime(m_options.generatedAt, QStringLiteral("d MMM yyyy HH:mm"));
    frame.footerLeft = m_options.generatedBy.isEmpty() ? tr("Generated %1").arg(generated)
                                                       : tr("Generated %1 by %2").arg(generated, m_options.generatedBy);

    // Measured twice: the first pass finds the headings, the second lays the table of
    // contents out with as many entries as it will have, so its page numbers hold.
    m_contents.clear();
    for (int pass = 0; pass < 2; ++pass) {
        ReportPageWriter measure(device, nullptr, style, frame);
        layout(measure);
        frame.totalPages = measure.pageCount();
        m_contents = measure.headings();
    }
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    ReportPageWriter writer(device, &painter, style, frame);
    layout(writer);
    painter.end();
    return writer.pageCount();
}

QString ReportRenderer::title() const
{
    const auto &incident = m_analysis.incident();
    if (incident && !incident->title.isEmpty())
        return incident->title;
    if (incident)
        return incident->id;
    return tr("All services");
}

QString ReportRenderer::formatTime(TimeMs time, const QString &pattern) const
{
    const QTimeZone zone = m_analysis.timeZone();
    // The pattern is in the catalogue (reportsections.cpp): Korean writes "2022년 10월 15일".
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(time, zone), tr(pattern.toUtf8().constData())) + u' '
        + TimeAxisTicks::zoneAbbreviation(zone, time);
}

void ReportRenderer::layout(ReportPageWriter &writer) const
{
    layoutTitleBlock(writer);
    layoutContents(writer);
    layoutExecutiveSummary(writer);
    layoutSummary(writer);
    layoutMilestones(writer);
    layoutChart(writer);
    layoutStateTimeline(writer);
    layoutDependencies(writer);
    layoutComparison(writer);
    layoutScenario(writer);
    layoutTimeline(writer);
    layoutSources(writer);
    layoutMethod(writer);
    layoutRejects(writer);
}

void ReportRenderer::layoutTitleBlock(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    const auto &incident = m_analysis.incident();
    const QTimeZone zone = m_analysis.timeZone();

    w.paragraph(tr("POSTMORTEM REPORT"), s.kicker, s.accent, w.pt(3));
    w.paragraph(title(), s.title, s.text, w.pt(10));

    // Start and end share the zone's abbreviation unless a DST change lies between them.
    const auto window = [&](TimeMs from, TimeMs to) -> QString {
        const QString pattern = tr("d MMM yyyy HH:mm");
        const QString a = TimeAxisTicks::zoneAbbreviation(zone, from);
        const QString b = TimeAxisTicks::zoneAbbreviation(zone, to);
        const QLocale locale;
        const QString start = locale.toString(QDateTime::fromMSecsSinceEpoch(from, zone), pattern);
        const QString end = locale.toString(QDateTime::fromMSecsSinceEpoch(to, zone), pattern);
        if (a == b)
            return QString(start + QStringLiteral(" – ") + end + u' ' + b);
        return QString(start + u' ' + a + QStringLiteral(" – ") + end + u' ' + b);
    };

    QList<QPair<QString, QString>> rows;
    if (incident) {
        QString id = incident->id;
        if (!incident->severity.isEmpty())
            id += QStringLiteral(" · ") + tr("severity %1").arg(incident->severity);
        rows.append({tr("Incident"), id});
    }
    if (incident && incident->began && incident->resolved) {
        rows.append({tr("Window"), window(*incident->began, *incident->resolved)});
        rows.append({tr("Duration"), Timestamps::formatDuration((*incident->resolved - *incident->began) / 1000)});
    } else if (incident && incident->began) {
        rows.append({tr("Window"),
            tr("%1 – not resolved").arg(formatTime(*incident->began, QStringLiteral("d MMM yyyy HH:mm")))});
    }
    if (incident && incident->detected)
        rows.append({tr("Detected"), formatTime(*incident->detected, QStringLiteral("d MMM yyyy HH:mm"))});
    if (incident && incident->mitigated)
        rows.append({tr("Mitigated"), formatTime(*incident->mitigated, QStringLiteral("d MMM yyyy HH:mm"))});
    rows.append({tr("Figures over"), QString(window(m_analysis.windowStart(), m_analysis.windowEnd()))});
    rows.append({tr("Time zone"),
        QStringLiteral("%1 (%2)").arg(
            QString::fromUtf8(zone.id()), TimeAxisTicks::zoneAbbreviation(zone, m_analysis.origin()))});
    if (incident && !incident->source.isEmpty())
        rows.append({tr("Sources"), incident->source});
    if (const QStringList sources = dataSources(); !sources.isEmpty())
        rows.append({tr("Data sources"),
            sources.size() <= 3 ? sources.join(QStringLiteral("; "))
                                : tr("%1; and %2 more, listed in the appendix")
                                      .arg(sources.mid(0, 3).join(QStringLiteral("; ")))
                                      .arg(sources.size() - 3)});
    rows.append({tr("Generated at"), formatTime(m_options.generatedAt, QStringLiteral("d MMM yyyy HH:mm"))});
    if (!m_options.generatedBy.isEmpty())
        rows.append({tr("Generated by"), m_options.generatedBy});
    w.keyValues(rows);
    w.advance(w.pt(6));

    if (m_snapshot.demo) {
        w.banner(tr("Demo dataset: derived curves. The figures are reconstructed from the public "
                    "record and the stated assumptions, not measured."));
        w.advance(w.pt(6));
    }
    if (incident && !incident->summary.isEmpty()) {
        w.heading(tr("What happened"));
        w.paragraph(incident->summary, s.body, s.text, w.pt(4));
    }
}

void ReportRenderer::layoutSummary(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Impact by service"));
    if (!m_analysis.isValid()) {
        const QString why
            = m_analysis.error().isEmpty() ? tr("there are no services in the window") : m_analysis.error();
        w.paragraph(tr("The figures could not be computed: %1").arg(why), s.bodyBold, s.text, w.pt(4));
        return;
    }
    const ImpactResult &r = m_analysis.result();
    const TimeMs origin = m_analysis.origin();
    const auto since = [origin](const std::optional<TimeMs> &t) {
        return t ? Timestamps::formatDuration((*t - origin) / 1000) : dash();
    };

    w.figures({
        {tr("Peak people affected (sum over services)"), count(r.peakTotal)},
        {tr("People-hours lost"), count(r.peopleHoursTotal)},
        {tr("Time to full recovery"), since(r.totalMilestones.full)},
    });
    w.advance(w.pt(10));

    ReportTable table;
    table.columns = {
        {tr("Service"), 0.25, Qt::AlignLeft},
        {tr("Users"), 0.13, Qt::AlignRight},
        {tr("Peak affected"), 0.13, Qt::AlignRight},
        {tr("People-hours lost"), 0.15, Qt::AlignRight},
        {tr("To first partial recovery"), 0.17, Qt::AlignRight},
        {tr("To full recovery"), 0.17, Qt::AlignRight},
    };
    for (qsizetype i = 0; i < r.services.size(); ++i) {
        const ServiceImpact &si = r.services.at(i);
        const Service &def = m_analysis.services().at(i);
        table.rows.append({{{def.name.isEmpty() ? def.key : def.name, {}}, {count(double(si.users)), {}},
                               {count(si.peakAffected), {}}, {count(si.peopleHours), {}},
                               {since(si.milestones.firstPartial), {}}, {since(si.milestones.full), {}}},
            false});
    }
    // Users are not summed: one person uses several services, so the sum would overstate.
    table.rows.append({{{tr("All services"), {}}, {{}, {}}, {count(r.peakTotal), {}}, {count(r.peopleHoursTotal), {}},
                           {since(r.totalMilestones.firstPartial), {}}, {since(r.totalMilestones.full), {}}},
        true});
    table.footnote = tr("Durations from %1; %2: not reached in the window. Totals add the services "
                        "up, so a person using several is counted in each.")
                         .arg(formatTime(origin, QStringLiteral("d MMM yyyy HH:mm")), dash());
    w.table(table);
    w.advance(w.pt(4));
}

void ReportRenderer::layoutChart(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    const ReportStyle &s = w.style();
    w.heading(tr("People affected over time"));
    const qreal height = qMin(w.mm(100), w.content().height() * 0.5);
    w.ensureSpace(height);
    const QRectF target(w.content().left(), w.y(), w.content().width(), height);
    w.advance(height + w.pt(6));
    QPainter *painter = w.painter();
    if (!painter)
        return;
    ChartPainter::Style style;
    style.fontPointSize = 7.5;
    style.showTitle = false; // the section heading says it
    style.targetDpi = w.dpi();
    style.fontFamilies = fontFamilies();
    // QChart needs a QApplication (widgets), not just a GUI one: say so on the page.
    if (!ChartPainter::paintRecovery(*painter, target, m_analysis, Theme::light(), style)) {
        painter->setFont(s.body);
        painter->setPen(s.muted);
        painter->drawText(
            target, Qt::AlignCenter | Qt::TextWordWrap, tr("The chart needs a QApplication and was left out."));
    }
}

void ReportRenderer::layoutMethod(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Counting method"));
    w.paragraph(m_analysis.method().describe(), s.body, s.text, w.pt(8));

    // The user counts decide every figure above; say where each comes from.
    ReportTable table;
    table.columns = {
        {tr("Service"), 0.25, Qt::AlignLeft},
        {tr("Users"), 0.13, Qt::AlignRight},
        {tr("Where the user count comes from"), 0.62, Qt::AlignLeft},
    };
    for (const Service &def : m_analysis.services())
        table.rows.append({{{def.name.isEmpty() ? def.key : def.name, {}}, {count(double(def.users)), {}},
                               {def.note.isEmpty() ? dash() : def.note, {}}},
            false});
    if (!table.rows.isEmpty())
        w.table(table);
}

void ReportRenderer::layoutTimeline(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Timeline"));

    struct Entry {
        TimeMs time;
        int kind; // updates before notes at the same minute
        ReportTableRow row;
    };
    QList<Entry> entries;
    const auto &incident = m_analysis.incident();
    const auto nameOf = [this](const QString &key) {
        const Service *def = m_snapshot.service(key);
        return def && !def->name.isEmpty() ? def->name : key;
    };
    const QString timePattern = tr("d MMM HH:mm");
    const QLocale locale;
    const QTimeZone zone = m_analysis.timeZone();
    const auto when = [&](TimeMs t) { return locale.toString(QDateTime::fromMSecsSinceEpoch(t, zone), timePattern); };

    if (incident) {
        for (const IncidentUpdate &u : m_snapshot.updates) {
            if (u.incidentId != incident->id)
                continue;
            if (m_options.limitToWindow && (u.time < m_analysis.windowStart() || u.time > m_analysis.windowEnd()))
                continue;
            QStringList names;
            for (const QString &key : u.services)
                names.append(nameOf(key));
            const QString services
                = names.isEmpty() ? QString() : tr("Services: %1").arg(names.join(QStringLiteral(", ")));
            entries.append({u.time, 0,
                {{{when(u.time), {}}, {u.status, u.derived ? tr("derived") : QString()}, {u.message, services}},
                    false}});
        }
    }
    for (const Annotation &a : m_snapshot.annotations) {
        // A note filed against no incident still belongs here when it falls in the window.
        const bool ours = incident && a.incidentId == incident->id
            && (!m_options.limitToWindow || (a.time >= m_analysis.windowStart() && a.time <= m_analysis.windowEnd()));
        const bool loose
            = a.incidentId.isEmpty() && a.time >= m_analysis.windowStart() && a.time <= m_analysis.windowEnd();
        if (!ours && !loose)
            continue;
        const QString by = a.author.isEmpty() ? QString() : tr("— %1").arg(a.author);
        entries.append({a.time, 1,
            {{{when(a.time), {}}, {tr("note"), a.service.isEmpty() ? QString() : nameOf(a.service)}, {a.text, by}},
                false}});
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.time != b.time ? a.time < b.time : a.kind < b.kind; });
    if (entries.isEmpty()) {
        w.paragraph(tr("No updates or notes were recorded for this incident."), s.body, s.muted, w.pt(4));
        return;
    }

    ReportTable table;
    table.columns = {
        {tr("Time (%1)").arg(TimeAxisTicks::zoneAbbreviation(zone, m_analysis.origin())), 0.16, Qt::AlignLeft},
        {tr("Status"), 0.16, Qt::AlignLeft},
        {tr("What happened"), 0.68, Qt::AlignLeft},
    };
    for (const Entry &e : std::as_const(entries))
        table.rows.append(e.row);
    w.table(table);
}

// What if: the recorded people-hours against a scenario's, per service and in total.
void ReportRenderer::layoutScenario(ReportPageWriter &w) const
{
    const ScenarioAnalysis *what = m_options.scenario;
    if (!what)
        return;
    const ReportStyle &s = w.style();
    w.heading(tr("What if: %1").arg(what->scenario().name));
    if (!what->scenario().description.isEmpty())
        w.paragraph(what->scenario().description, s.body, s.text, w.pt(4));
    if (!what->isValid()) {
        w.paragraph(tr("The scenario could not be computed: %1").arg(what->error()), s.bodyBold, s.text, w.pt(4));
        return;
    }
    const ScenarioRow &t = what->total();
    w.paragraph(
        tr("With %1, %2 people-hours (%3 %) would have been saved.")
            .arg(what->scenario().name, count(t.savedHours()), numberLocale().toString(t.savedPercent(), 'f', 1)),
        s.bodyBold, s.text, w.pt(6));
    ReportTable table;
    table.columns = {
        {tr("Service"), 0.31, Qt::AlignLeft},
        {tr("People-hours recorded"), 0.23, Qt::AlignRight},
        {tr("With the scenario"), 0.23, Qt::AlignRight},
        {tr("Saved"), 0.23, Qt::AlignRight},
    };
    for (const ScenarioRow &r : what->rows())
        table.rows.append(
            {{{r.name, {}}, {count(r.recordedHours), {}}, {count(r.scenarioHours), {}}, {count(r.savedHours()), {}}},
                false});
    table.rows.append({{{tr("All services"), {}}, {count(t.recordedHours), {}}, {count(t.scenarioHours), {}},
                           {count(t.savedHours()), {}}},
        true});
    table.footnote = tr("The same engine on the recorded data with the scenario's changes applied; "
                        "the recorded data are unchanged.");
    w.table(table);
    w.advance(w.pt(4));
}
