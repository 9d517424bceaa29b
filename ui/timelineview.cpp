#include "timelineview.h"

#include "timelinefilterproxymodel.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_table(new QTableView(this))
{
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
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("Timeline of events"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_model)
            m_model->setText(text);
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setService(m_service->currentData().toString());
    });
}

void TimelineView::setModel(TimelineFilterProxyModel *model)
{
    m_model = model;
    m_table->setModel(model);
    m_table->sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(TimelineModel::MessageColumn, QHeaderView::Stretch);
    for (int c : {TimelineModel::TimeColumn, TimelineModel::KindColumn, TimelineModel::StatusColumn})
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->resizeSection(TimelineModel::ServicesColumn, 180);
    h->resizeSection(TimelineModel::SourceColumn, 160);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit eventActivated(current.data(TimelineModel::TimeRole).toLongLong());
            });
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
