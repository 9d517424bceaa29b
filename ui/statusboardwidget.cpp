// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusboardwidget.h"

#include "itemmodels/servicestatusmodel.h"
#include "statustilewidget.h"

#include <QGridLayout>

StatusBoardWidget::StatusBoardWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
}

void StatusBoardWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &StatusBoardWidget::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &StatusBoardWidget::refresh);
    rebuild();
}

void StatusBoardWidget::setTheme(const Theme &theme)
{
    m_theme = theme;
    for (StatusTileWidget *tile : std::as_const(m_tiles))
        tile->setTheme(theme);
}

void StatusBoardWidget::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    const int count = m_model ? m_model->rowCount() : 0;
    // Up to four tiles a row keeps each wide enough for an eight-digit figure.
    const int columns = count <= 4 ? qMax(1, count) : (count + 1) / 2;
    for (int row = 0; row < count; ++row) {
        auto *tile = new StatusTileWidget(this);
        tile->setTheme(m_theme);
        m_layout->addWidget(tile, row / columns, row % columns);
        m_tiles.append(tile);
    }
    refresh();
}

void StatusBoardWidget::refresh()
{
    for (int row = 0; row < m_tiles.size(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        StatusTileWidget::Values v;
        v.name = i.data(ServiceStatusModel::NameRole).toString();
        v.state = ServiceState(i.data(ServiceStatusModel::StateRole).toInt());
        v.affected = i.data(ServiceStatusModel::AffectedRole).toDouble();
        v.affectedInherited = i.data(ServiceStatusModel::AffectedInheritedRole).toDouble();
        v.affectedLow = i.data(ServiceStatusModel::AffectedLowRole).toDouble();
        v.affectedHigh = i.data(ServiceStatusModel::AffectedHighRole).toDouble();
        v.conflict = i.data(ServiceStatusModel::ConflictRole).toString();
        if (const QVariant users = i.data(ServiceStatusModel::UsersRole); !users.isNull())
            v.users = users.toLongLong();
        v.availability = i.data(ServiceStatusModel::EffectiveAvailabilityRole).toDouble();
        v.elapsedSeconds = i.data(ServiceStatusModel::ElapsedSecondsRole).toLongLong();
        v.derived = i.data(ServiceStatusModel::DerivedRole).toBool();
        const QVariant stale = i.data(ServiceStatusModel::StaleSecondsRole);
        if (stale.isValid())
            v.staleSeconds = stale.toLongLong();
        m_tiles.at(row)->setValues(v);
    }
}
