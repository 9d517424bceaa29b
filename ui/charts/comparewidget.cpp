// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/comparewidget.h"

#include "charts/comparechartbuilder.h"
#include "itemmodels/milestonetablemodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
// The demo's pair: the same fire, 127 hours against a few.
const QString kDefaultA = QStringLiteral("kakao-2022-10-15");
const QString kDefaultB = QStringLiteral("naver-2022-10-15");

QTableView *milestoneTable(MilestoneTableModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(name);
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}
} // namespace

CompareWidget::CompareWidget(QWidget *parent)
    : QWidget(parent)
    , m_comboA(new QComboBox(this))
    , m_comboB(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_captionA(new QLabel(this))
    , m_captionB(new QLabel(this))
    , m_scaleNote(new QLabel(this))
    , m_modelA(new MilestoneTableModel(this))
    , m_modelB(new MilestoneTableModel(this))
{
    m_tableA = milestoneTable(m_modelA, tr("Milestones of the first incident"), this);
    m_tableB = milestoneTable(m_modelB, tr("Milestones of the second incident"), this);

    auto *pickers = new QHBoxLayout;
    const auto addPicker = [&](QComboBox *combo, const QString &label, const QString &tip) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(combo);
        combo->setToolTip(tip);
        combo->setAccessibleName(tip);
        // As wide as the row gives, not as the longest title: the corpus' titles are long, and
        // two of them side by side would push the window past a 1366-pixel screen.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        pickers->addWidget(caption);
        pickers->addWidget(combo, 1);
        connect(combo, &QComboBox::activated, this, [this] { refresh(); });
    };
    addPicker(m_comboA, tr("Incident &A:"), tr("The first incident to compare (solid line)"));
    pickers->addSpacing(16);
    addPicker(m_comboB, tr("Incident &B:"), tr("The second incident to compare (dashed line)"));

    m_chart->setRenderHint(QPainter::Antialiasing);
    // Below this the axes' labels no longer fit (QChartView also keeps the chart's own
    // minimum); the tables under it scroll instead.
    m_chart->setMinimumHeight(150);
    m_chart->installEventFilter(this);
    m_chart->setAccessibleName(tr("Total people affected by both incidents, from each one's start"));

    auto *tables = new QWidget(this);
    auto *grid = new QGridLayout(tables);
    m_tablesGrid = grid;
    grid->setContentsMargins(0, 0, 0, 0);
    for (QLabel *caption : {m_captionA, m_captionB}) {
        caption->setTextFormat(Qt::RichText);
        // One line: a wrapping label makes the grid reserve a second line it rarely needs.
        // A title too long for its half is cut, and whole in the tooltip and the combo.
        caption->setMinimumWidth(1);
        caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    }
    grid->addWidget(m_captionA, 0, 0);
    grid->addWidget(m_captionB, 0, 1);
    grid->addWidget(m_tableA, 1, 0);
    grid->addWidget(m_tableB, 1, 1);
    // The pane is no taller than its tables (fitTables() caps them): the chart gets the rest.
    grid->setSizeConstraint(QLayout::SetMinAndMaxSize);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_scaleNote->setWordWrap(true);
    m_scaleNote->setAccessibleName(tr("How the comparison is drawn"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_scaleNote);
    layout->addWidget(splitter, 1);
    refresh();
}

CompareWidget::~CompareWidget() = default;

QString CompareWidget::incidentA() const
{
    return m_comboA->currentData().toString();
}

QString CompareWidget::incidentB() const
{
    return m_comboB->currentData().toString();
}

void CompareWidget::setSnapshot(const TimelineSnapshot &snapshot, const CountingMethod &method)
{
    QString a = incidentA(), b = incidentB();
    m_snapshot = snapshot;
    m_method = method;
    // First time, or the chosen incidents are gone: the demo's pair, else the first two.
    if (!snapshot.incident(a))
        a = snapshot.incident(kDefaultA) ? kDefaultA : snapshot.incidents.value(0).id;
    if (!snapshot.incident(b))
        b = snapshot.incident(kDefaultB) ? kDefaultB
                                         : snapshot.incidents.value(snapshot.incidents.size() > 1 ? 1 : 0).id;
    for (QComboBox *combo : {m_comboA, m_comboB}) {
        QSignalBlocker block(combo);
        combo->clear();
        for (const Incident &i : snapshot.incidents)
            combo->addItem(i.title, i.id);
        combo->setEnabled(!snapshot.incidents.isEmpty());
    }
    setIncidents(a, b);
}

void CompareWidget::setIncidents(const QString &a, const QString &b)
{
    {
        QSignalBlocker blockA(m_comboA), blockB(m_comboB);
        m_comboA->setCurrentIndex(m_comboA->findData(a));
        m_comboB->setCurrentIndex(m_comboB->findData(b));
    }
    refresh();
}

void CompareWidget::setTheme(const Theme &theme)
{
    m_theme = theme;
    refresh();
}

void CompareWidget::setData(const TimelineSnapshot &snapshot, const CountingMethod &method, const Theme &theme)
{
    m_theme = theme;
    setSnapshot(snapshot, method);
}

void CompareWidget::refresh()
{
    const QString a = incidentA(), b = incidentB();
    const auto analyse = [this](const QString &id) {
        const Incident *incident = m_snapshot.incident(id);
        return incident ? IncidentAnalysis(m_snapshot, incident, m_method) : IncidentAnalysis();
    };
    m_analysisA = analyse(a);
    m_analysisB = analyse(b);
    m_modelA->setAnalysis(m_analysisA);
    m_modelB->setAnalysis(m_analysisB);
    fitTables();
    QChart *old = m_chart->chart();
    m_chart->setChart(CompareChartBuilder::build(m_analysisA, m_analysisB, m_theme).release());
    // QChartView does not delete a chart it no longer shows.
    delete old;
    fitChartToHeight();
    updateCaptions();
    emit incidentsChanged(a, b);
}

void CompareWidget::fitTables()
{
    // Share the width by what each table needs: a long outage's durations ("1 d 17 h 30 min")
    // are twice as wide as a short one's, and equal halves would give one a scroll bar
    // while the other has space to spare.
    int height = 0;
    // Through QAbstractItemView: QTableView makes its size hints protected, its base does not.
    const auto natural = [&height](QTableView *tableView) {
        const QAbstractItemView *table = tableView;
        const QHeaderView *columns = tableView->horizontalHeader();
        const QHeaderView *rows = tableView->verticalHeader();
        int width = rows->sizeHint().width() + 2 * table->frameWidth();
        for (int column = 0; column < table->model()->columnCount(); ++column)
            width += qMax(columns->sectionSizeHint(column), table->sizeHintForColumn(column));
        int tall = columns->sizeHint().height() + 2 * table->frameWidth();
        for (int row = 0; row < table->model()->rowCount(); ++row)
            tall += qMax(rows->sectionSizeHint(row), table->sizeHintForRow(row));
        height = qMax(height, tall);
        return width;
    };
    const int a = natural(m_tableA), b = natural(m_tableB);
    m_tablesGrid->setColumnStretch(0, a);
    m_tablesGrid->setColumnStretch(1, b);
    // Both tables as tall as the longer one needs, and no taller: the chart takes the rest.
    const int scrollBar = m_tableA->horizontalScrollBar()->sizeHint().height();
    for (QTableView *table : {m_tableA, m_tableB})
        table->setMaximumHeight(height + scrollBar);
}

void CompareWidget::updateCaptions()
{
    const auto caption = [this](const IncidentAnalysis &analysis, int index, const QString &line) {
        if (!analysis.incident())
            return tr("No incident chosen");
        // The swatch ties the table to its line on the chart; the words say which line too.
        return QStringLiteral("<span style='color:%1'>■</span> <b>%2</b> <span style='color:%3'>(%4)</span>")
            .arg(m_theme.seriesColour(index).name(), analysis.incident()->title.toHtmlEscaped(),
                m_theme.mutedText.name(), line);
    };
    m_captionA->setText(caption(m_analysisA, 0, tr("solid line")));
    m_captionB->setText(caption(m_analysisB, 1, tr("dashed line")));
    m_scaleNote->setText(m_analysisA.isValid() && m_analysisB.isValid()
            ? CompareChartBuilder::scaleNote(m_analysisA, m_analysisB)
            : QString());
    m_scaleNote->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.mutedText.name()));
    m_chart->setToolTip(m_scaleNote->text());
    showScaleNoteIfRoom();
    m_captionA->setToolTip(CompareChartBuilder::seriesName(m_analysisA));
    m_captionB->setToolTip(CompareChartBuilder::seriesName(m_analysisB));
}

void CompareWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showScaleNoteIfRoom();
}

void CompareWidget::showScaleNoteIfRoom()
{
    // On a low pane the note's line goes to the chart (its axis titles say the same, the whole
    // note is the chart's tooltip): the window's minimum height stays near 640 px.
    m_scaleNote->setVisible(!m_scaleNote->text().isEmpty() && height() >= 420);
}

bool CompareWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && event->type() == QEvent::Resize)
        fitChartToHeight();
    return QWidget::eventFilter(watched, event);
}

void CompareWidget::fitChartToHeight()
{
    QChart *chart = m_chart->chart();
    if (!chart)
        return;
    const int height = m_chart->height();
    const bool roomy = height >= 330;
    chart->legend()->setVisible(height >= 260);
    if (!roomy)
        chart->setTitle(QString());
    else if (chart->title().isEmpty())
        chart->setTitle(CompareChartBuilder::chartTitle(m_analysisA, m_analysisB));
    // Fewer value ticks on a low plot: every label readable rather than all cut.
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        if (auto *values = qobject_cast<QValueAxis *>(axis);
            values && CompareChartBuilder::measureFor(m_analysisA, m_analysisB) == CompareChartBuilder::Measure::Share)
            values->setTickCount(height >= 300 ? 6 : 3);
}
