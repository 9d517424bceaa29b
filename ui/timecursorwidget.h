// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QSlider;

// A slider over the incident window that sets the time the tiles and headline show.
// Minute resolution: finer than any feed's report, coarse enough for keyboard steps.
class TimeCursorWidget final : public QWidget {
    Q_OBJECT
public:
    explicit TimeCursorWidget(QWidget *parent = nullptr);
    void setRange(TimeMs from, TimeMs to, const QTimeZone &zone);
    void setTime(TimeMs time);
    QSlider *slider() const { return m_slider; }

signals:
    void timeChosen(TimeMs time);

private:
    TimeMs m_from = 0;
    QTimeZone m_zone = QTimeZone::utc();
    QSlider *m_slider;
    QLabel *m_label;
};
