// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class ReplayController;

// The transport of a replay: play / pause (Space), speed, previous / next moment — every
// timeline event and milestone (IncidentMoments; Ctrl+Left / Ctrl+Right) — and where the
// replay is, in the incident's zone.
class ReplayBar final : public QWidget {
    Q_OBJECT
public:
    explicit ReplayBar(ReplayController *controller, QWidget *parent = nullptr);
    ReplayController *controller() const { return m_controller; }
    void setTimeZone(const QTimeZone &zone);

    QToolButton *playButton() const { return m_play; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QComboBox *speedCombo() const { return m_speed; }
    QLabel *timeLabel() const { return m_time; }

private:
    void updatePlaying(bool playing);
    void updateTime();
    void updateSpeed(double speed);

    ReplayController *m_controller;
    QTimeZone m_zone = QTimeZone::utc();
    QToolButton *m_play;
    QToolButton *m_previous;
    QToolButton *m_next;
    QComboBox *m_speed;
    QLabel *m_time;
};
