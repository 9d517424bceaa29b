// The postmortem report's sections added for issue #6: contents, executive summary,
// recovery milestones, state timeline, dependencies, comparison, sources, rejects.
#include "report/reportrenderer.h"

#include "charts/chartpainter.h"
#include "charts/comparechartbuilder.h"
#include "charts/dependencyview.h"
#include "charts/statetimelinechart.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "report/reportpagewriter.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>

namespace {

QString count(double value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(qRound64(value));
}

QString dash()
{
    return QStringLiteral("—");
}

QStringList reportFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("DejaVu Sans")};
}

// A chart area: keeps its space on one page, and says so when it cannot be drawn.
QRectF chartArea(ReportPageWriter &w, qreal height)
{
    w.ensureSpace(height);
    const QRectF target(w.content().left(), w.y(), w.content().width(), height);
    w.advance(height + w.pt(6));
    return target;
}

void noWidgets(ReportPageWriter &w, const QRectF &target)
{
    QPainter *painter = w.painter();
    painter->setFont(w.style().body);
    painter->setPen(w.style().muted);
    painter->drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
        QCoreApplication::translate("ReportRenderer", "The chart needs a QApplication and was left out."));
}

// First partial, 50 %, 90 % and full recovery: clock time in the zone, duration under it.
ReportTable milestoneTable(const IncidentAnalysis &analysis)
{
    const QTimeZone zone = analysis.timeZone();
    const TimeMs origin = analysis.origin();
    const QLocale locale;
    const auto cell = [&](const std::optional<TimeMs> &t) -> ReportTableCell {
        if (!t)
            return {dash(), {}};
        return {locale.toString(QDateTime::fromMSecsSinceEpoch(*t, zone),
                    QCoreApplication::translate("ReportRenderer", "d MMM HH:mm")),
            QStringLiteral("+") + Timestamps::formatDuration((*t - origin) / 1000)};
    };
    const auto row = [&](const QString &name, const RecoveryMilestones &m, bool total) {
        return ReportTableRow {
            {{name, {}}, cell(m.firstPartial), cell(m.recovered50), cell(m.recovered90), cell(m.full)}, total};
    };
    ReportTable table;
    const QString abbreviation = TimeAxisTicks::zoneAbbreviation(zone, origin);
    table.columns = {
        {QCoreApplication::translate("ReportRenderer", "Service"), 0.28, Qt::AlignLeft},
        {QCoreApplication::translate("ReportRenderer", "First partial recovery (%1)").arg(abbreviation), 0.18,
            Qt::AlignRight},
        {QCoreApplication::translate("ReportRenderer", "50 % recovered (%1)").arg(abbreviation), 0.18, Qt::AlignRight},
        {QCoreApplication::translate("ReportRenderer", "90 % recovered (%1)").arg(abbreviation), 0.18, Qt::AlignRight},
        {QCoreApplication::translate("ReportRenderer", "Full recovery (%1)").arg(abbreviation), 0.18, Qt::AlignRight},
    };
    const ImpactResult &r = analysis.result();
    for (qsizetype i = 0; i < r.services.size() && i < analysis.services().size(); ++i) {
        const Service &def = analysis.services().at(i);
        table.rows.append(row(def.name.isEmpty() ? def.key : def.name, r.services.at(i).milestones, false));
    }
    table.rows.append(row(QCoreApplication::translate("ReportRenderer", "All services"), r.totalMilestones, true));
    table.footnote = QCoreApplication::translate("ReportRenderer",
        "Clock times in %1 (%2); under each, the time since %3. Each milestone is the first "
        "time after the peak that people affected fell to half, a tenth, and zero for good; %4: "
        "not reached in the window.")
                         .arg(QString::fromUtf8(zone.id()), abbreviation,
                             locale.toString(QDateTime::fromMSecsSinceEpoch(origin, zone),
                                 QCoreApplication::translate("ReportRenderer", "d MMM yyyy HH:mm")),
                             dash());
    return table;
}

} // namespace

QStringList ReportRenderer::dataSources() const
{
    QSet<QString> seen;
    QStringList out;
    const auto add = [&](const QString &s) {
        if (!s.isEmpty() && !seen.contains(s)) {
            seen.insert(s);
            out.append(s);
        }
    };
    for (const HealthSample &s : m_analysis.input().samples)
        add(s.source);
    for (const StateChange &s : m_analysis.input().states)
        add(s.source);
    if (const auto &incident = m_analysis.incident()) {
        add(incident->source);
        for (const IncidentUpdate &u : m_snapshot.updates)
            if (u.incidentId == incident->id)
                add(u.source);
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void ReportRenderer::layoutContents(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    // Not a heading(): the contents do not list themselves.
    const QList<ReportPageWriter::Line> title = w.layoutText(tr("Contents"), s.heading, s.text, w.content().width());
    w.ensureSpace(ReportPageWriter::heightOf(title) + w.pt(24) + w.mm(25));
    if (!w.atPageTop())
        w.advance(w.pt(16));
    w.drawLines(title, 0, title.size(), w.content().left(), w.y(), w.content().width(), Qt::AlignLeft);
    w.advance(ReportPageWriter::heightOf(title) + w.pt(3));
    if (QPainter *p = w.painter()) {
        p->setPen(QPen(s.rule, w.pt(0.75)));
        p->drawLine(QPointF(w.content().left(), w.y()), QPointF(w.content().right(), w.y()));
    }
    w.advance(w.pt(8));
    const qreal numberWidth = w.mm(15);
    const qreal textWidth = w.content().width() - numberWidth;
    for (const auto &[text, page] : std::as_const(m_contents)) {
        const QList<ReportPageWriter::Line> left = w.layoutText(text, s.body, s.text, textWidth);
        const QList<ReportPageWriter::Line> right = w.layoutText(QString::number(page), s.body, s.text, numberWidth);
        const qreal h = qMax(ReportPageWriter::heightOf(left), ReportPageWriter::heightOf(right));
        w.ensureSpace(h);
        w.drawLines(left, 0, left.size(), w.content().left(), w.y(), textWidth, Qt::AlignLeft);
        if (QPainter *p = w.painter(); p && !left.isEmpty()) {
            // Dotted leader from the title to its page number.
            p->setPen(QPen(s.rule, w.pt(0.75), Qt::DotLine));
            const qreal baseline = w.y() + left.constFirst().ascent;
            p->drawLine(QPointF(w.content().left() + left.constFirst().width + w.mm(2), baseline),
                QPointF(w.content().right() - w.mm(8), baseline));
        }
        w.drawLines(right, 0, right.size(), w.content().left() + textWidth, w.y(), numberWidth, Qt::AlignRight);
        w.advance(h + w.pt(2));
    }
    w.advance(w.pt(4));
}

void ReportRenderer::layoutExecutiveSummary(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    const ReportStyle &s = w.style();
    w.heading(tr("Executive summary"));
    const ImpactResult &r = m_analysis.result();
    const TimeMs origin = m_analysis.origin();
    const QTimeZone zone = m_analysis.timeZone();
    const QLocale locale;
    const auto clock = [&](TimeMs t) -> QString {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(t, zone),
                   QCoreApplication::translate("ReportRenderer", "d MMM HH:mm"))
            + u' ' + TimeAxisTicks::zoneAbbreviation(zone, t);
    };
    QStringList sentences;
    if (r.peakTotalAt)
        sentences.append(tr("At the peak, %1, %2 people were affected across %3 services.")
                             .arg(clock(*r.peakTotalAt), count(r.peakTotal))
                             .arg(r.services.size()));
    sentences.append(tr("In all, %1 people-hours were lost.").arg(count(r.peopleHoursTotal)));
    qsizetype worst = -1;
    for (qsizetype i = 0; i < r.services.size(); ++i)
        if (worst < 0 || r.services.at(i).peopleHours > r.services.at(worst).peopleHours)
            worst = i;
    if (worst >= 0 && r.peopleHoursTotal > 0 && worst < m_analysis.services().size()) {
        const Service &def = m_analysis.services().at(worst);
        sentences.append(
            tr("%1 lost the most: %2 people-hours (%3 % of the total).")
                .arg(def.name.isEmpty() ? def.key : def.name, count(r.services.at(worst).peopleHours),
                    locale.toString(100.0 * r.services.at(worst).peopleHours / r.peopleHoursTotal, 'f', 0)));
    }
    if (r.totalMilestones.full)
        sentences.append(tr("Every service was fully back %1 after the start, at %2.")
                             .arg(Timestamps::formatDuration((*r.totalMilestones.full - origin) / 1000),
                                 clock(*r.totalMilestones.full)));
    else
        sentences.append(tr("Not every service had fully recovered by the end of the window."));
    if (r.totalMilestones.recovered90)
        sentences.append(tr("90 % of the peak impact was gone after %1.")
                             .arg(Timestamps::formatDuration((*r.totalMilestones.recovered90 - origin) / 1000)));
    w.paragraph(sentences.join(u' '), s.body, s.text, w.pt(8));
    w.advance(w.pt(6));
}

void ReportRenderer::layoutMilestones(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    w.heading(tr("Recovery milestones"));
    w.table(milestoneTable(m_analysis));
    w.advance(w.pt(4));
}

void ReportRenderer::layoutStateTimeline(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    w.heading(tr("Service states over time"));
    const qreal height = qMin(w.mm(30) + w.mm(11) * m_analysis.services().size(), w.content().height() * 0.6);
    const QRectF target = chartArea(w, height);
    QPainter *painter = w.painter();
    if (!painter)
        return;
    if (!ChartPainter::canPaint())
        return noWidgets(w, target);
    painter->save();
    painter->setFont(w.style().small);
    StateTimelineChart::render(
        *painter, target, m_analysis, m_snapshot, Theme::light(), m_analysis.windowStart(), m_analysis.windowEnd());
    painter->restore();
}

void ReportRenderer::layoutDependencies(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    const ImpactResult &r = m_analysis.result();
    const TimeMs at = r.peakTotalAt.value_or(m_analysis.origin());
    w.heading(tr("Dependencies at the peak"));
    w.paragraph(tr("Who needs whom, with the share of users a failure reaches; states and people affected as at %1.")
                    .arg(formatTime(at, QStringLiteral("d MMM yyyy HH:mm"))),
        w.style().body, w.style().muted, w.pt(4));
    const qreal height = qMin(w.mm(110), w.content().height() * 0.6);
    const QRectF target = chartArea(w, height);
    QPainter *painter = w.painter();
    if (!painter)
        return;
    if (!ChartPainter::canPaint())
        return noWidgets(w, target);
    painter->save();
    painter->setFont(w.style().small);
    DependencyView::render(*painter, target, m_analysis, m_snapshot, Theme::light(), at);
    painter->restore();
}

void ReportRenderer::layoutComparison(ReportPageWriter &w) const
{
    const IncidentAnalysis *other = m_options.compare;
    if (!other || !m_analysis.isValid())
        return;
    const ReportStyle &s = w.style();
    const auto name = [](const IncidentAnalysis &a) { return CompareChartBuilder::seriesName(a); };
    w.heading(tr("Comparison with %1").arg(name(*other)));
    if (!other->isValid()) {
        w.paragraph(tr("The figures of %1 could not be computed: %2").arg(name(*other), other->error()), s.bodyBold,
            s.text, w.pt(4));
        return;
    }
    const ImpactResult &a = m_analysis.result();
    const ImpactResult &b = other->result();
    w.paragraph(tr("Total people affected, each incident against hours since its own start. %1: peak %2, "
                   "%3 people-hours. %4: peak %5, %6 people-hours.")
                    .arg(name(m_analysis), count(a.peakTotal), count(a.peopleHoursTotal), name(*other),
                        count(b.peakTotal), count(b.peopleHoursTotal)),
        s.body, s.text, w.pt(4));
    const QRectF target = chartArea(w, qMin(w.mm(85), w.content().height() * 0.5));
    if (QPainter *painter = w.painter()) {
        if (!ChartPainter::canPaint()) {
            noWidgets(w, target);
        } else {
            ChartPainter::Style style;
            style.fontPointSize = 7.5;
            style.showTitle = false;
            style.targetDpi = w.dpi();
            style.fontFamilies = reportFamilies();
            ChartPainter::paintCompare(*painter, target, m_analysis, *other, Theme::light(), style);
        }
    }
    // Each table's caption stays with its header and first rows.
    w.ensureSpace(w.mm(40));
    w.paragraph(name(m_analysis), s.bodyBold, s.text, w.pt(4));
    w.table(milestoneTable(m_analysis));
    w.advance(w.pt(8));
    w.ensureSpace(w.mm(40));
    w.paragraph(name(*other), s.bodyBold, s.text, w.pt(4));
    w.table(milestoneTable(*other));
    w.advance(w.pt(4));
}

void ReportRenderer::layoutSources(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Appendix: data sources"));
    QMap<QString, QPair<qint64, qint64>> counts; // source → samples, state changes
    for (const HealthSample &x : m_analysis.input().samples)
        if (x.time >= m_analysis.windowStart() && x.time <= m_analysis.windowEnd())
            ++counts[x.source].first;
    for (const StateChange &x : m_analysis.input().states)
        if (x.time >= m_analysis.windowStart() && x.time <= m_analysis.windowEnd())
            ++counts[x.source].second;
    qint64 updates = 0;
    QHash<QString, qint64> updateCounts;
    if (const auto &incident = m_analysis.incident())
        for (const IncidentUpdate &u : m_snapshot.updates)
            if (u.incidentId == incident->id) {
                ++updateCounts[u.source];
                ++updates;
            }
    for (auto it = updateCounts.cbegin(); it != updateCounts.cend(); ++it)
        counts[it.key()]; // listed even without samples
    const QStringList sources = dataSources();
    if (sources.isEmpty()) {
        w.paragraph(tr("The records name no source."), s.body, s.muted, w.pt(4));
        return;
    }
    w.paragraph(tr("Every source the incident's records came from, with what each contributed in the window."), s.body,
        s.text, w.pt(6));
    ReportTable table;
    table.columns = {
        {tr("Source"), 0.52, Qt::AlignLeft},
        {tr("Samples"), 0.16, Qt::AlignRight},
        {tr("State changes"), 0.16, Qt::AlignRight},
        {tr("Incident updates"), 0.16, Qt::AlignRight},
    };
    for (const QString &source : sources) {
        const auto c = counts.value(source);
        table.rows.append({{{source, {}}, {count(double(c.first)), {}}, {count(double(c.second)), {}},
                               {count(double(updateCounts.value(source))), {}}},
            false});
    }
    w.table(table);
    w.advance(w.pt(4));
}

void ReportRenderer::layoutRejects(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Appendix: rejected records"));
    if (m_options.rejectCount <= 0 && m_options.rejects.isEmpty()) {
        w.paragraph(tr("No record was rejected: everything the sources sent was taken in."), s.body, s.text, w.pt(4));
        return;
    }
    struct Group {
        qint64 count = 0;
        QStringList sources;
    };
    QMap<QString, Group> groups;
    for (const Reject &r : m_options.rejects) {
        // "…, got string \"bad\"" names the value: group on the reason without it.
        QString why = r.reason;
        why.remove(QRegularExpression(QStringLiteral(",\\s*got\\s.*$")));
        const QString reason = r.field.isEmpty() ? why : tr("%1 (field \"%2\")").arg(why, r.field);
        Group &g = groups[reason];
        ++g.count;
        if (!g.sources.contains(r.source))
            g.sources.append(r.source);
    }
    const qint64 total = qMax<qint64>(m_options.rejectCount, m_options.rejects.size());
    w.paragraph(tr("Records the sources sent that could not be taken: %1. They are kept in the store's rejects "
                   "table; none of them counts in the figures.")
                    .arg(count(double(total))),
        s.body, s.text, w.pt(6));
    QList<QPair<QString, Group>> sorted;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second.count > b.second.count; });
    ReportTable table;
    table.columns = {
        {tr("Reason"), 0.58, Qt::AlignLeft},
        {tr("Records"), 0.14, Qt::AlignRight},
        {tr("Sources"), 0.28, Qt::AlignLeft},
    };
    for (const auto &[reason, g] : std::as_const(sorted))
        table.rows.append(
            {{{reason, {}}, {count(double(g.count)), {}}, {g.sources.join(QStringLiteral(", ")), {}}}, false});
    table.rows.append({{{tr("All reasons"), {}}, {count(double(total)), {}}, {{}, {}}}, true});
    if (total > m_options.rejects.size())
        table.footnote = tr("Grouped from the latest %1; the total counts them all.").arg(m_options.rejects.size());
    w.table(table);
    w.advance(w.pt(4));
}
