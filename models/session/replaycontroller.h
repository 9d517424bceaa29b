// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <optional>

// A time cursor that plays through an incident window at a chosen speed, and jumps between
// milestones (recovery steps, updates). It only moves a time: whoever listens to
// timeChanged() decides what that time shows.
class ReplayController final : public QObject {
    Q_OBJECT
public:
    // 25 frames a second, the rate PlotJuggler replays at: smooth enough for a cursor
    // moving over a chart, and light on a 2-core machine redrawing tiles on every frame.
    static constexpr int TickIntervalMs = 40;

    explicit ReplayController(QObject *parent = nullptr);

    // Clamps the current time into the new range; stops playing if the range is empty.
    void setRange(TimeMs from, TimeMs to);
    TimeMs from() const { return m_from; }
    TimeMs to() const { return m_to; }
    TimeMs time() const { return m_time; }
    // Replay seconds per wall-clock second (1, 60, 3600); ignored unless finite and > 0.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    bool isPlaying() const { return m_playing; }
    // Sorted and deduplicated; milestones outside the range are kept but never jumped to.
    void setMilestones(QList<TimeMs> milestones);
    const QList<TimeMs> &milestones() const { return m_milestones; }
    bool hasNextMilestone() const { return nextMilestone().has_value(); }
    bool hasPreviousMilestone() const { return previousMilestone().has_value(); }

public slots:
    void play();
    void pause();
    void togglePlaying();
    void setTime(TimeMs time); // clamped to the range
    bool jumpToNextMilestone(); // false when there is none after the current time
    bool jumpToPreviousMilestone();
    // Moves the cursor by wallMs × speed while playing, and stops at the end. The timer's
    // tick calls it with the wall time really elapsed; tests call it to step deterministically.
    void advance(qint64 wallMs);

signals:
    void timeChanged(TimeMs time);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void rangeChanged(TimeMs from, TimeMs to);
    void milestonesChanged();

private:
    void tick();
    void setPlaying(bool playing);
    std::optional<TimeMs> nextMilestone() const;
    std::optional<TimeMs> previousMilestone() const;

    TimeMs m_from = 0;
    TimeMs m_to = 0;
    TimeMs m_time = 0;
    double m_speed = 1.0;
    double m_carry = 0.0; // replay milliseconds below one, kept so slow speeds still move
    bool m_playing = false;
    QList<TimeMs> m_milestones;
    QTimer m_timer;
    QElapsedTimer m_clock;
};
