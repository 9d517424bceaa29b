// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/countingmethod.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

#include <QWidget>

class MilestoneTableModel;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QTableView;

// Two incidents side by side: their total people affected on one chart, aligned at each
// one's start, and their milestone tables next to each other. Opens on the demo's Kakao
// and Naver outages, hit by the same fire: the difference redundancy made.
class CompareWidget final : public QWidget {
    Q_OBJECT
public:
    explicit CompareWidget(QWidget *parent = nullptr);
    ~CompareWidget() override;

    // Refills the incident lists, keeping the chosen pair when both are still there.
    void setSnapshot(const TimelineSnapshot &snapshot, const CountingMethod &method);
    void setIncidents(const QString &a, const QString &b);
    void setTheme(const Theme &theme);
    // Both at once: one refresh (two incident analyses) instead of two.
    void setData(const TimelineSnapshot &snapshot, const CountingMethod &method, const Theme &theme);

    QString incidentA() const;
    QString incidentB() const;
    const IncidentAnalysis &analysisA() const { return m_analysisA; }
    const IncidentAnalysis &analysisB() const { return m_analysisB; }
    QComboBox *comboA() const { return m_comboA; }
    QComboBox *comboB() const { return m_comboB; }
    QLabel *scaleNote() const { return m_scaleNote; }
    QChartView *chartView() const { return m_chart; }
    QTableView *tableA() const { return m_tableA; }
    QTableView *tableB() const { return m_tableB; }
    MilestoneTableModel *modelA() const { return m_modelA; }
    MilestoneTableModel *modelB() const { return m_modelB; }

signals:
    void incidentsChanged(const QString &a, const QString &b);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // On a short chart (a 1366×768 screen) the title and legend give way to the plot, whose
    // axis labels QtCharts would otherwise cut to "…": the note above and the captions under
    // the chart say the same.
    void fitChartToHeight();
    void updateCaptions();
    void fitTables();
    void showScaleNoteIfRoom();

    TimelineSnapshot m_snapshot;
    CountingMethod m_method;
    Theme m_theme = Theme::light();
    IncidentAnalysis m_analysisA;
    IncidentAnalysis m_analysisB;
    QComboBox *m_comboA;
    QComboBox *m_comboB;
    QChartView *m_chart;
    QLabel *m_captionA;
    QLabel *m_captionB;
    QLabel *m_scaleNote; // how the chart is drawn: a logarithmic time axis, shares instead of people
    QGridLayout *m_tablesGrid = nullptr;
    QTableView *m_tableA;
    QTableView *m_tableB;
    MilestoneTableModel *m_modelA;
    MilestoneTableModel *m_modelB;
};
