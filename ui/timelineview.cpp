// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "domain/servicestate.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "itemmodels/timelinemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_allEvents(new QAction(tr("&All events"), this))
    , m_allEventsButton(new QToolButton(this))
    , m_table(new QTableView(this))
{
    m_allEvents->setObjectName(QStringLiteral("allEvents"));
    m_allEvents->setCheckable(true);
    m_allEvents->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_allEvents->setToolTip(tr("List every event in the database, not only the shown incident's "
                               "(its updates and notes, its services' changes in its window) (Ctrl+Shift+A)"));
    m_allEvents->setStatusTip(m_allEvents->toolTip());
    m_allEventsButton->setDefaultAction(m_allEvents);
    m_allEventsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_allEventsButton->setFocusPolicy(Qt::StrongFocus);
    m_allEventsButton->setAccessibleName(tr("All events"));
    connect(m_allEvents, &QAction::toggled, this, &TimelineView::applyScope);
    m_filter->setPlaceholderText(tr("Filter events (all words must match)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type words to keep only the events that contain all of them (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Timeline filter"));
    m_service->setToolTip(tr("Show only the events of one service"));
    m_service->setAccessibleName(tr("Service filter"));
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Timeline"), this);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(m_table);
    bar->addWidget(label);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_service);
    bar->addWidget(m_state);
    bar->addWidget(m_source);
    bar->addWidget(m_range);
    bar->addWidget(m_allEventsButton);
    m_state->setToolTip(tr("Show only the changes into one state"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("All states"), -1);
    for (ServiceState state : ServiceStates::all())
        m_state->addItem(ServiceStates::displayName(state), int(state));
    // Source names can be whole citations: keep the combo narrow, the list shows them in full.
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(18);
    m_source->setToolTip(tr("Show only what one source reported"));
    m_source->setAccessibleName(tr("Source filter"));
    m_range->setToolTip(tr("Show only the events of a time range"));
    m_range->setAccessibleName(tr("Time range filter"));
    setSources({});
    setTimeRanges({});
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("Timeline of events"));
    // Tab leaves the table for the next control; the arrow keys move between its cells.
    m_table->setTabKeyNavigation(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_model)
            m_model->setText(text);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setState(m_state->currentData().toInt());
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setSource(m_source->currentData().toString());
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &TimelineView::applyRange);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setService(m_service->currentData().toString());
    });
}

void TimelineView::setModel(TimelineFilterProxyModel *model)
{
    m_model = model;
    applyScope();
    m_table->setModel(model);
    m_table->sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(TimelineModel::MessageColumn, QHeaderView::Stretch);
    for (int c : {TimelineModel::TimeColumn, TimelineModel::KindColumn, TimelineModel::StatusColumn})
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->resizeSection(TimelineModel::ServicesColumn, 180);
    h->resizeSection(TimelineModel::SourceColumn, 160);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                emit eventActivated(current.data(TimelineModel::TimeRole).toLongLong());
        });
}

void TimelineView::setAnalysis(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot)
{
    QList<QPair<QString, QString>> services;
    TimelineFilterProxyModel::Scope scope;
    scope.incidentId = analysis.incident() ? analysis.incident()->id : QString();
    scope.from = analysis.windowStart();
    scope.to = analysis.windowEnd();
    for (const Service &s : analysis.services()) {
        services.append({s.key, s.name});
        scope.services.insert(s.key);
    }
    setServices(services);
    QSet<QString> sourceSet;
    for (const StateChange &x : snapshot.states)
        sourceSet.insert(x.source);
    for (const IncidentUpdate &x : snapshot.updates)
        sourceSet.insert(x.source);
    QStringList sources(sourceSet.cbegin(), sourceSet.cend());
    sources.removeAll(QString());
    sources.sort();
    setSources(sources);
    // Nothing analysed (an empty database): nothing to scope to, so nothing is hidden.
    m_scope = analysis.services().isEmpty() && !analysis.incident() ? std::nullopt : std::optional(scope);
    applyScope();
}

void TimelineView::applyScope()
{
    if (m_model)
        m_model->setScope(m_allEvents->isChecked() ? std::nullopt : m_scope);
}

void TimelineView::setServices(const QList<QPair<QString, QString>> &keysAndNames)
{
    const QString current = m_service->currentData().toString();
    QSignalBlocker block(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    for (const auto &[key, name] : keysAndNames)
        m_service->addItem(name, key);
    m_service->setCurrentIndex(qMax(0, m_service->findData(current)));
}

void TimelineView::setSources(const QStringList &sources)
{
    const QString current = m_source->currentData().toString();
    QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const QString &source : sources)
        m_source->addItem(source, source);
    m_source->setCurrentIndex(qMax(0, m_source->findData(current)));
}

void TimelineView::setTimeRanges(const QList<QPair<QString, QPair<TimeMs, TimeMs>>> &ranges)
{
    const int current = m_range->currentIndex();
    {
        QSignalBlocker block(m_range);
        m_range->clear();
        m_ranges.clear();
        m_range->addItem(tr("Any time"));
        m_ranges.append({0, 0});
        for (const auto &[name, range] : ranges) {
            m_range->addItem(name);
            m_ranges.append(range);
        }
        m_range->setCurrentIndex(current >= 0 && current < m_range->count() ? current : 0);
    }
    // The "visible range" entry moves with the charts: re-apply whatever is chosen.
    applyRange();
}

void TimelineView::applyRange()
{
    if (!m_model)
        return;
    const int i = m_range->currentIndex();
    if (i <= 0 || i >= m_ranges.size())
        m_model->setTimeRange(std::nullopt, std::nullopt);
    else
        m_model->setTimeRange(m_ranges.at(i).first, m_ranges.at(i).second);
}

int TimelineView::heightForRows(int rows) const
{
    const QMargins margins = layout()->contentsMargins();
    const int bar = layout()->itemAt(0)->sizeHint().height() + layout()->spacing();
    const int table = m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth()
        + m_table->horizontalScrollBar()->sizeHint().height();
    return margins.top() + bar + table + margins.bottom();
}
