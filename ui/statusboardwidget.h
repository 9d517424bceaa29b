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
    int columns() const { return m_columns; }
    // Tiles without their detail lines (kept in each tooltip), for a short window.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // The width that holds this many columns of tiles.
    int widthFor(int columns) const;
    // One tile wide: the board reflows into more rows rather than widen the window.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void refresh();
    // As many columns as fit the width, the rows kept even (6 tiles in 4 columns would leave a
    // row of 2 under a row of 4: 3 + 3 reads better).
    int columnsFor(int width) const;
    int tileWidth() const; // the widest tile's minimum: every column is at least that wide
    void place(int columns);

    QAbstractItemModel *m_model = nullptr;
    QGridLayout *m_layout;
    QList<StatusTileWidget *> m_tiles;
    int m_columns = 0;
    bool m_compact = false;
    Theme m_theme = Theme::light();
};
