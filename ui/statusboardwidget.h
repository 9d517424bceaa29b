// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"

#include <QWidget>

class QAbstractItemModel;
class QGridLayout;
class StatusTileWidget;

// The row of service tiles, kept in step with a ServiceStatusModel.
class StatusBoardWidget final : public QWidget {
    Q_OBJECT
public:
    explicit StatusBoardWidget(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model);
    void setTheme(const Theme &theme);
    QList<StatusTileWidget *> tiles() const { return m_tiles; }

private:
    void rebuild();
    void refresh();

    QAbstractItemModel *m_model = nullptr;
    QGridLayout *m_layout;
    QList<StatusTileWidget *> m_tiles;
    Theme m_theme = Theme::light();
};
