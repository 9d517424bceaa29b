// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusboardwidget.h"

#include "itemmodels/servicestatusmodel.h"
#include "statustilewidget.h"

#include <QGridLayout>
#include <QResizeEvent>

StatusBoardWidget::StatusBoardWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    // The columns follow the width (resizeEvent), so the grid must not hold the width it has.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize StatusBoardWidget::minimumSizeHint() const
{
    if (m_tiles.isEmpty())
        return {0, 0};
    // One row: the height the board really needs comes from heightForWidth(), and a minimum of
    // one column's height would make a scrolling parent reserve six rows of it.
    int tile = 0;
    for (const StatusTileWidget *t : m_tiles)
        tile = qMax(tile, t->minimumSizeHint().height());
    return {tileWidth(), tile};
}

QSize StatusBoardWidget::sizeHint() const
{
    if (m_tiles.isEmpty())
        return {0, 0};
    const int w = int(m_tiles.size()) * (m_tiles.first()->sizeHint().width() + m_layout->spacing());
    return {w, heightForWidth(w)};
}

int StatusBoardWidget::heightForWidth(int width) const
{
    if (m_tiles.isEmpty())
        return 0;
    const int columns = columnsFor(width);
    const int rows = (int(m_tiles.size()) + columns - 1) / columns;
    // Tiles wrap their detail lines, so their height depends on the width each column gets.
    const int columnWidth = (width - (columns - 1) * m_layout->spacing()) / columns;
    int tile = 0;
    for (const StatusTileWidget *t : m_tiles)
        tile = qMax(tile, t->hasHeightForWidth() ? t->heightForWidth(columnWidth) : t->sizeHint().height());
    return rows * tile + (rows - 1) * m_layout->spacing();
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
    for (int row = 0; row < count; ++row) {
        auto *tile = new StatusTileWidget(this);
        tile->setTheme(m_theme);
        tile->setCompact(m_compact);
        m_tiles.append(tile);
    }
    m_columns = 0;
    place(columnsFor(width()));
    refresh();
}

void StatusBoardWidget::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (StatusTileWidget *tile : std::as_const(m_tiles))
        tile->setCompact(compact);
    // Compact tiles are narrower, so more of them may fit a row.
    place(columnsFor(width()));
    updateGeometry();
}

int StatusBoardWidget::tileWidth() const
{
    int width = 0;
    for (const StatusTileWidget *tile : m_tiles)
        width = std::max({width, tile->minimumSizeHint().width(), tile->minimumWidth()});
    return width;
}

int StatusBoardWidget::widthFor(int columns) const
{
    return columns * tileWidth() + (columns - 1) * m_layout->spacing();
}

int StatusBoardWidget::columnsFor(int width) const
{
    const int count = int(m_tiles.size());
    if (count == 0)
        return 1;
    const int fit = qBound(1, (width + m_layout->spacing()) / (tileWidth() + m_layout->spacing()), count);
    const int rows = (count + fit - 1) / fit;
    return (count + rows - 1) / rows;
}

void StatusBoardWidget::place(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (StatusTileWidget *tile : std::as_const(m_tiles))
        m_layout->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_layout->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
}

void StatusBoardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place(columnsFor(event->size().width()));
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
    // Longer names or figures may need wider tiles, so fewer columns.
    place(columnsFor(width()));
    updateGeometry();
}
