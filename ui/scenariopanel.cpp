// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariopanel.h"

#include "common/elidedlabel.h"

#include "charts/scenariochartbuilder.h"
#include "dialogs/scenariodialog.h"
#include "itemmodels/scenariotablemodel.h"
#include "session/dashboardsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ScenarioPanel::ScenarioPanel(QWidget *parent)
    : QWidget(parent)
    , m_picker(new QComboBox)
    , m_description(new ElidedLabel)
    , m_sentence(new QLabel)
    , m_table(new QTableView)
    , m_chart(new ScenarioChartView)
    , m_model(new ScenarioTableModel(this))
{
    m_picker->setObjectName(u"scenarioPicker"_s);
    m_picker->setMinimumContentsLength(30);
    m_table->setObjectName(u"scenarioTable"_s);
    m_sentence->setObjectName(u"scenarioSentence"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_sentence->setWordWrap(true);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    // A wrapped label asks for its height at its narrowest width, which would hold a short window
    // open; two lines is its floor, and at any usual width the sentence needs no more.
    m_sentence->setMinimumHeight(2 * m_sentence->fontMetrics().lineSpacing());

    auto *edit = new QPushButton(tr("Scenarios…"));
    edit->setObjectName(u"editScenarios"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("What if:")));
    top->addWidget(m_picker, 1);
    top->addWidget(edit);
    // Side by side: a chart cannot be shorter than its axes and legend, and a laptop has no
    // height to stack a table on top of it.
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(m_sentence);
    layout->addWidget(split, 1);

    connect(edit, &QPushButton::clicked, this, &ScenarioPanel::openScenarios);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        recompute();
        emit scenarioChanged(currentScenarioName());
    });
}

void ScenarioPanel::setData(
    const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, DashboardSession *session)
{
    m_snapshot = snapshot;
    m_analysis = analysis;
    m_session = session;
    reloadScenarios();
}

void ScenarioPanel::setTheme(const Theme &theme)
{
    m_theme = theme;
    recompute();
}

void ScenarioPanel::reloadScenarios()
{
    const QString current = currentScenarioName();
    const auto &incident = m_analysis.incident();
    m_scenarios = m_session && incident ? m_session->scenarios(incident->id) : QList<Scenario> {};
    {
        const QSignalBlocker block(m_picker);
        m_picker->clear();
        for (const Scenario &s : std::as_const(m_scenarios))
            m_picker->addItem(s.name, s.name);
        const int keep = m_picker->findData(current);
        m_picker->setCurrentIndex(keep >= 0 ? keep : m_scenarios.isEmpty() ? -1 : 0);
    }
    recompute();
}

QString ScenarioPanel::currentScenarioName() const
{
    return m_picker->currentData().toString();
}

bool ScenarioPanel::selectScenario(const QString &name)
{
    const int index = m_picker->findData(name);
    if (index < 0)
        return false;
    m_picker->setCurrentIndex(index);
    recompute(); // also when it was already current
    return true;
}

const ScenarioAnalysis &ScenarioPanel::scenarioAnalysis() const
{
    return m_model->analysis();
}

QString ScenarioPanel::sentence() const
{
    return m_sentence->text();
}

QString ScenarioPanel::savedSentence(const ScenarioAnalysis &analysis)
{
    const QLocale locale;
    const ScenarioRow &t = analysis.total();
    return tr("With %1, %2 people-hours (%3 %) would have been saved.")
        .arg(analysis.scenario().name, locale.toString(qRound64(t.savedHours())),
            locale.toString(t.savedPercent(), 'f', 1));
}

void ScenarioPanel::recompute()
{
    const int index = m_picker->currentIndex();
    if (index < 0 || index >= m_scenarios.size() || !m_analysis.isValid()) {
        m_model->setAnalysis(ScenarioAnalysis());
        m_chart->clearChart();
        m_description->setFullText(m_analysis.incident()
                ? tr("No scenario for this incident yet: add one with Scenarios…")
                : tr("Pick an incident to replay it with a different recovery."));
        m_sentence->clear();
        return;
    }
    const ScenarioAnalysis scenario(m_analysis, m_scenarios.at(index));
    m_model->setAnalysis(scenario);
    m_description->setFullText(m_scenarios.at(index).description);
    if (!scenario.isValid()) {
        m_sentence->setText(tr("The scenario cannot be computed: %1").arg(scenario.error()));
        m_chart->clearChart();
        return;
    }
    m_sentence->setText(savedSentence(scenario));
    m_chart->showScenario(m_analysis, scenario, m_theme);
}

void ScenarioPanel::openScenarios()
{
    const auto &incident = m_analysis.incident();
    if (!incident || !m_session)
        return;
    QList<QPair<QString, QString>> services;
    for (const Service &s : m_analysis.services())
        services.append({s.key, s.name});
    ScenarioDialog dialog(m_session, incident->id, services, this);
    dialog.selectScenario(currentScenarioName());
    connect(&dialog, &ScenarioDialog::scenariosChanged, this, &ScenarioPanel::reloadScenarios);
    dialog.exec();
}
