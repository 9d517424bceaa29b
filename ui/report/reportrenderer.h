// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "impact/reporttemplate.h"
#include "impact/scenarioanalysis.h"

#include <functional>

#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

class ReportPageWriter;

struct ReportOptions {
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString generatedBy; // "outagedash 0.1.0"
    qint64 generatedAt = 0; // epoch ms; 0 = now
    const ScenarioAnalysis *scenario = nullptr; // adds a "What if" section when set
    const IncidentAnalysis *compare = nullptr; // adds a "Comparison" section when set
    QList<Reject> rejects; // for the appendix: what the store refused
    qint64 rejectCount = 0; // all of them, even past 'rejects'
    bool limitToWindow = false; // --from/--to: the timeline keeps to the window
    ReportTemplate reportTemplate = ReportTemplate::Postmortem; // --template: a regulator's shape
};

// The postmortem report, drawn page by page with QPainter so charts stay vector
// graphics and text is real text in the PDF. Shared by File ▸ Export report, the
// print preview, and the headless `outagedash report`.
class ReportRenderer final {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    ReportRenderer(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, ReportOptions options);

    bool writePdf(const QString &path, QString *error) const;
    // Renders onto any paged device (QPdfWriter, QPrinter); returns the page count.
    int render(QPagedPaintDevice &device) const;

private:
    // Lays the whole report out on 'writer'; run once to count pages, once to paint.
    void layout(ReportPageWriter &writer) const;
    void layoutTitleBlock(ReportPageWriter &writer) const;
    void layoutSummary(ReportPageWriter &writer) const;
    void layoutShares(ReportPageWriter &writer) const;
    void peopleSentences(QStringList &sentences, const std::function<QString(TimeMs)> &clock) const;
    void layoutChart(ReportPageWriter &writer) const;
    void layoutMethod(ReportPageWriter &writer) const;
    void layoutTimeline(ReportPageWriter &writer) const;
    void layoutScenario(ReportPageWriter &writer) const;
    // reportsections.cpp: the sections of issue #6.
    void layoutContents(ReportPageWriter &writer) const;
    void layoutExecutiveSummary(ReportPageWriter &writer) const;
    void layoutMilestones(ReportPageWriter &writer) const;
    // reportcommunicationsection.cpp: how long it took to tell people (#21); every template has
    // it, after the recovery milestones.
    void layoutCommunication(ReportPageWriter &writer) const;
    void layoutStateTimeline(ReportPageWriter &writer) const;
    void layoutDependencies(ReportPageWriter &writer) const;
    void layoutComparison(ReportPageWriter &writer) const;
    void layoutSources(ReportPageWriter &writer) const;
    void layoutRejects(ReportPageWriter &writer) const;
    // reportcertaintysection.cpp: how sure the figures are, and where sources disagree.
    void layoutCertainty(ReportPageWriter &writer) const;
    void layoutDataQuality(ReportPageWriter &writer) const;
    // reportnis2section.cpp, reportdorasection.cpp, reportmsitsection.cpp: the regulators'
    // templates (issue #21), each laid out in full by its own function.
    void layoutRegulatory(ReportPageWriter &writer) const;
    void layoutNis2(ReportPageWriter &writer) const;
    void layoutDora(ReportPageWriter &writer) const;
    void layoutMsit(ReportPageWriter &writer) const;
    void layoutDerivedNote(ReportPageWriter &writer) const;
    QString reportKind() const;
    QStringList dataSources() const;
    static QString sourcesHeading();
    QString title() const;
    QString formatTime(TimeMs time, const QString &pattern) const;

    const TimelineSnapshot &m_snapshot;
    const IncidentAnalysis &m_analysis;
    ReportOptions m_options;
    mutable QList<QPair<QString, int>> m_contents; // headings and their pages, from the measuring pass
};
