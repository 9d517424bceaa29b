// SPDX-License-Identifier: GPL-3.0-or-later
// The regulators' templates (issue #21): which sections each one has, in which order.
#include "report/reportrenderer.h"

#include "report/reportpagewriter.h"

void ReportRenderer::layoutRegulatory(ReportPageWriter &w) const
{
    // The template's own sections come first: they are what the regulator asks for. The figures
    // they rest on follow, as in the postmortem, then the sources and the method.
    layoutTitleBlock(w);
    layoutContents(w);
    switch (m_options.reportTemplate) {
    case ReportTemplate::Nis2:
        layoutNis2(w);
        break;
    case ReportTemplate::Dora:
        layoutDora(w);
        break;
    case ReportTemplate::KrMsit:
        layoutMsit(w);
        break;
    case ReportTemplate::Postmortem:
        break;
    }
    layoutSummary(w);
    layoutMilestones(w);
    layoutChart(w);
    layoutSources(w);
    layoutMethod(w);
}

// Under a regulator's verdict: its measured figures are derived when the record is, and the
// reader must know before relying on them.
void ReportRenderer::layoutDerivedNote(ReportPageWriter &w) const
{
    if (!m_analysis.isValid() || !m_analysis.result().derived)
        return;
    const ReportStyle &s = w.style();
    w.advance(w.pt(4));
    w.paragraph(tr("The measured figures below are derived from the public record, not measured; \"Impact by "
                   "service\" gives the ranges their sources leave open."),
        s.small, s.muted, w.pt(0));
}
