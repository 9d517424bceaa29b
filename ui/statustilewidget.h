// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/servicestate.h"
#include "impact/figurerange.h"

#include <QFrame>

class QGridLayout;
class QLabel;

// One service at a glance: state (word, symbol and colour), people affected at the
// cursor (≈ and its range when derived), how many rely on it, and how long since the outage began.
class StatusTileWidget final : public QFrame {
    Q_OBJECT
public:
    struct Values {
        QString name;
        ServiceState state = ServiceState::Unknown;
        double affected = 0;
        double affectedInherited = 0;
        double affectedLow = 0; // the range its sources leave open at the cursor
        double affectedHigh = 0;
        std::optional<qint64> users; // unset: nobody gave the count
        double availability = 1.0; // effective, dependencies included: the share of users served

        qint64 elapsedSeconds = 0;
        bool derived = false;
        std::optional<qint64> staleSeconds; // set when its source has gone quiet
        QString conflict; // sources disagree at the cursor: which one the figure followed, and why
    };

    explicit StatusTileWidget(QWidget *parent = nullptr);
    void setValues(const Values &values);
    void setTheme(const Theme &theme);
    const Values &values() const { return m_values; }
    // Compact: the figure's range and kind only, the rest in the tooltip (a short window).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    QString affectedText() const; // the central figure as the tile prints it
    FigureRange figure() const; // the figure with its range

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    void arrange();

    Values m_values;
    bool m_compact = false;
    Theme m_theme = Theme::light();
    QGridLayout *m_layout;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_affected;
    QLabel *m_detail;
};
