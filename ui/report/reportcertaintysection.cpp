// SPDX-License-Identifier: GPL-3.0-or-later
// One section of the report (ReportRenderer::layout orders them): how sure the figures are.
// Which are measured and which derived, their exact ranges, the overlap model and the
// audiences, and where the sources leave a time or a value open, in plain words.
#include "report/reportrenderer.h"

#include "common/timeaxisticks.h"
#include "impact/figurerange.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"

#include <QLocale>

using namespace ReportFormat;

namespace {
QString nameOf(const IncidentAnalysis &analysis, const QString &key)
{
    for (const Service &s : analysis.services())
        if (s.key == key)
            return s.name.isEmpty() ? key : s.name;
    return key;
}
} // namespace

void ReportRenderer::layoutCertainty(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    const ReportStyle &s = w.style();
    const ImpactResult &r = m_analysis.result();
    const DistinctResult &d = m_analysis.distinct();
    w.heading(tr("How sure are these figures"));

    // Measured or derived, in words first.
    QStringList measured, derived;
    for (qsizetype i = 0; i < r.services.size() && i < m_analysis.services().size(); ++i)
        (r.services.at(i).derived ? derived : measured).append(nameOf(m_analysis, r.services.at(i).service));
    QStringList words;
    if (!derived.isEmpty())
        words.append(tr("Derived, not measured: %1. These figures are worked out from reported events and stated "
                        "assumptions (or depend on a service whose figures are); they are printed with ≈ and the "
                        "range their sources leave open.")
                         .arg(derived.join(QStringLiteral(", "))));
    if (!measured.isEmpty())
        words.append(tr("Measured: %1. These figures come from availability samples and reported states as sent, "
                        "and are printed exactly.")
                         .arg(measured.join(QStringLiteral(", "))));
    words.append(tr("A range widens where a source gives an earliest and a latest time for a change, or a low and a "
                    "high value, and where sources report different states at the same time; it is carried "
                    "through dependencies to the people affected and the people-hours."));
    w.paragraph(words.join(u' '), s.body, s.text, w.pt(6));
    w.paragraph(OverlapModels::describe(d.model), s.body, s.text, w.pt(6));

    // The audiences: who the services draw on, and how many people that is.
    ReportTable audiences;
    audiences.columns = {
        {tr("Audience"), 0.22, Qt::AlignLeft},
        {tr("People"), 0.14, Qt::AlignRight},
        {tr("Services"), 0.24, Qt::AlignLeft},
        {tr("Where the size comes from"), 0.40, Qt::AlignLeft},
    };
    for (const Audience &a : d.audiences) {
        QStringList names;
        for (const QString &key : a.services)
            names.append(nameOf(m_analysis, key));
        const QString source = a.ownService
            ? tr("No audience given: the service's own users.")
            : (a.raisedToUsers ? tr("Declared %1, raised to its largest service's users. ").arg(count(a.declaredSize))
                               : QString())
                + (a.note.isEmpty() ? dash() : a.note);
        // An audience of no known size is a service without a user count, not an empty one.
        audiences.rows.append({{{a.name, {}}, {a.size > 0 ? count(double(a.size)) : tr("unknown"), {}},
                                   {names.join(QStringLiteral(", ")), {}}, {source, {}}},
            false});
    }
    audiences.footnote = tr("Within an audience the figure never exceeds its people; audiences add up.");
    w.table(audiences);
    w.advance(w.pt(8));

    // Every headline figure exactly, with its bounds: what the tables above round.
    ReportTable figures;
    figures.columns = {
        {tr("Figure"), 0.34, Qt::AlignLeft},
        {tr("Central"), 0.17, Qt::AlignRight},
        {tr("Lowest"), 0.17, Qt::AlignRight},
        {tr("Highest"), 0.17, Qt::AlignRight},
        {tr("Data"), 0.15, Qt::AlignLeft},
    };
    const auto kind = [](bool isDerived) { return isDerived ? tr("derived") : tr("measured"); };
    // Figures without a user count behind them are zeros that say nothing: dashes, "not known".
    const auto row = [&](const QString &what, double central, double low, double high, bool isDerived, bool known,
                         bool total = false) {
        const auto cell = [&](double v) -> ReportTableCell { return {known ? count(v) : dash(), {}}; };
        figures.rows.append(
            {{{what, {}}, cell(central), cell(low), cell(high), {known ? kind(isDerived) : tr("not known"), {}}},
                total});
    };
    const bool anyKnown = !r.noUserCounts();
    row(tr("People affected at the peak, each once"), d.total.peak, d.total.peakLow, d.total.peakHigh, d.derived,
        anyKnown, true);
    row(tr("People-hours lost, each person once"), d.total.peopleHours, d.total.peopleHoursLow, d.total.peopleHoursHigh,
        d.derived, anyKnown, true);
    row(tr("Service-users at the peak (sum)"), r.peakTotal, r.peakTotalLow, r.peakTotalHigh, r.derived, anyKnown);
    row(tr("Service-user-hours (sum)"), r.peopleHoursTotal, r.peopleHoursTotalLow, r.peopleHoursTotalHigh, r.derived,
        anyKnown);
    for (const ServiceImpact &si : r.services) {
        const QString name = nameOf(m_analysis, si.service);
        const bool known = si.users.has_value();
        row(tr("%1: peak affected").arg(name), si.peakAffected, si.peakAffectedLow, si.peakAffectedHigh, si.derived,
            known);
        row(tr("%1: people-hours").arg(name), si.peopleHours, si.peopleHoursLow, si.peopleHoursHigh, si.derived, known);
    }
    figures.footnote = tr("Lowest: every open time and value at its best and the overlap nested; highest: at its "
                          "worst and the overlap disjoint (capped at each audience's size).");
    w.table(figures);
    w.advance(w.pt(8));

    // Where the sources leave it open: each record with a window or a value range.
    ReportTable open;
    open.columns = {
        {tr("What"), 0.24, Qt::AlignLeft},
        {tr("Placed at"), 0.16, Qt::AlignLeft},
        {tr("The sources allow"), 0.22, Qt::AlignLeft},
        {tr("Sources"), 0.38, Qt::AlignLeft},
    };
    const QString pattern = QStringLiteral("d MMM HH:mm");
    const auto window = [&](std::optional<TimeMs> earliest, std::optional<TimeMs> latest, TimeMs at) -> QString {
        return formatTime(earliest.value_or(at), pattern) + QStringLiteral(" – ")
            + formatTime(latest.value_or(at), pattern);
    };
    if (m_analysis.incident())
        for (const auto &[name, at, win] :
            {std::tuple {tr("Incident began"), m_analysis.incident()->began, m_analysis.incident()->beganWindow},
                std::tuple {
                    tr("Incident detected"), m_analysis.incident()->detected, m_analysis.incident()->detectedWindow},
                std::tuple {
                    tr("Incident mitigated"), m_analysis.incident()->mitigated, m_analysis.incident()->mitigatedWindow},
                std::tuple {
                    tr("Incident resolved"), m_analysis.incident()->resolved, m_analysis.incident()->resolvedWindow}})
            if (at && !win.isEmpty())
                open.rows.append({{{name, {}}, {formatTime(*at, pattern), {}},
                                      {window(win.earliest, win.latest, *at), {}}, {win.note, {}}},
                    false});
    for (const StateChange &st : m_analysis.input().states)
        if (st.hasRange() && st.time <= m_analysis.windowEnd())
            open.rows.append(
                {{{tr("%1 becomes %2").arg(nameOf(m_analysis, st.service), ServiceStates::displayName(st.state)), {}},
                     {formatTime(st.time, pattern), {}}, {window(st.earliest, st.latest, st.time), {}},
                     {st.rangeNote.isEmpty() ? st.source : st.rangeNote, {}}},
                    false});
    const QLocale locale;
    for (const HealthSample &sm : m_analysis.input().samples) {
        if (!sm.hasRange() || sm.time > m_analysis.windowEnd())
            continue;
        QString allows = sm.earliest || sm.latest ? window(sm.earliest, sm.latest, sm.time) : QString();
        if (sm.availabilityLow || sm.availabilityHigh)
            allows += (allows.isEmpty() ? QString() : QStringLiteral("; "))
                + tr("availability %1–%2")
                      .arg(locale.toString(sm.availabilityLow.value_or(sm.availability), 'f', 2),
                          locale.toString(sm.availabilityHigh.value_or(sm.availability), 'f', 2));
        open.rows.append({{{tr("%1 at availability %2")
                                   .arg(nameOf(m_analysis, sm.service), locale.toString(sm.availability, 'f', 2)),
                               {}},
                              {formatTime(sm.time, pattern), {}}, {allows, {}},
                              {sm.rangeNote.isEmpty() ? sm.source : sm.rangeNote, {}}},
            false});
    }
    if (open.rows.isEmpty()) {
        w.paragraph(tr("No record of this incident leaves a time or a value open."), s.body, s.text, w.pt(4));
        return;
    }
    w.paragraph(tr("Where the sources leave a time or a value open:"), s.bodyBold, s.text, w.pt(3));
    open.footnote = tr("Times in %1. The figures use the time and value under \"Placed at\"; the range takes in "
                       "everything the sources allow.")
                        .arg(QString::fromUtf8(m_analysis.timeZone().id()));
    w.table(open);
    w.advance(w.pt(4));
}

void ReportRenderer::layoutDataQuality(ReportPageWriter &w) const
{
    if (!m_analysis.isValid() || m_analysis.conflicts().isEmpty())
        return;
    const ReportStyle &s = w.style();
    w.heading(tr("Data quality: sources that disagree"));
    w.paragraph(tr("Where two sources report different states for a service at the same time, the figures follow "
                   "one of them, as said below, and the range takes in every report. The state timeline hatches "
                   "these stretches."),
        s.body, s.text, w.pt(6));
    ReportTable table;
    table.columns = {
        {tr("Service"), 0.16, Qt::AlignLeft},
        {tr("From – until"), 0.20, Qt::AlignLeft},
        {tr("What each source says"), 0.32, Qt::AlignLeft},
        {tr("What the figures follow, and why"), 0.32, Qt::AlignLeft},
    };
    const QString pattern = QStringLiteral("d MMM HH:mm");
    for (const SourceConflict &c : m_analysis.conflicts()) {
        QStringList said;
        for (const StateChange &r : c.reports)
            said.append(tr("%1: %2").arg(r.source, ServiceStates::displayName(r.state)));
        table.rows.append({{{nameOf(m_analysis, c.service), {}},
                               {formatTime(c.time, pattern) + QStringLiteral(" – ") + formatTime(c.until, pattern), {}},
                               {said.join(u'\n'), {}}, {c.followedText(), {}}},
            false});
    }
    w.table(table);
    w.advance(w.pt(4));
}
