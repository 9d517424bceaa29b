// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/replaycontroller.h"

#include <algorithm>
#include <cmath>

ReplayController::ReplayController(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(TickIntervalMs);
    // Precise: the coarse default may fire up to 5 % late, which shows as a stutter at 25 fps.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayController::tick);
}

void ReplayController::setRange(TimeMs from, TimeMs to)
{
    if (to < from)
        std::swap(from, to);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    emit rangeChanged(from, to);
    if (from == to)
        pause();
    const TimeMs clamped = std::clamp(m_time, m_from, m_to);
    if (clamped != m_time) {
        m_time = clamped;
        emit timeChanged(m_time);
    }
}

void ReplayController::setSpeed(double speed)
{
    if (!std::isfinite(speed) || speed <= 0 || speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(speed);
}

void ReplayController::setMilestones(QList<TimeMs> milestones)
{
    std::sort(milestones.begin(), milestones.end());
    milestones.erase(std::unique(milestones.begin(), milestones.end()), milestones.end());
    if (milestones == m_milestones)
        return;
    m_milestones = std::move(milestones);
    emit milestonesChanged();
}

void ReplayController::play()
{
    if (m_playing || m_from == m_to)
        return;
    // Play at the end starts over, as a media player does: there is nothing left to play.
    if (m_time >= m_to)
        setTime(m_from);
    m_carry = 0.0;
    m_clock.start();
    m_timer.start();
    setPlaying(true);
}

void ReplayController::pause()
{
    if (!m_playing)
        return;
    m_timer.stop();
    setPlaying(false);
}

void ReplayController::togglePlaying()
{
    if (m_playing)
        pause();
    else
        play();
}

void ReplayController::setTime(TimeMs time)
{
    time = std::clamp(time, m_from, m_to);
    m_carry = 0.0;
    if (time == m_time)
        return;
    m_time = time;
    emit timeChanged(time);
}

bool ReplayController::jumpToNextMilestone()
{
    const std::optional<TimeMs> next = nextMilestone();
    if (next)
        setTime(*next);
    return next.has_value();
}

bool ReplayController::jumpToPreviousMilestone()
{
    const std::optional<TimeMs> previous = previousMilestone();
    if (previous)
        setTime(*previous);
    return previous.has_value();
}

void ReplayController::advance(qint64 wallMs)
{
    if (!m_playing || wallMs <= 0)
        return;
    const double step = double(wallMs) * m_speed + m_carry;
    const double whole = std::floor(step);
    m_carry = step - whole;
    // Compared as doubles, so no step, however long the stall before it, can overflow TimeMs.
    const TimeMs next = double(m_to - m_time) <= whole ? m_to : m_time + TimeMs(whole);
    if (next != m_time) {
        m_time = next;
        emit timeChanged(next);
    }
    if (m_time >= m_to)
        pause();
}

void ReplayController::tick()
{
    // Wall time really elapsed, not ticks × 40 ms: a frame that took long (a heavy redraw)
    // must not slow the replay down, only make it step further.
    advance(m_clock.restart());
}

void ReplayController::setPlaying(bool playing)
{
    m_playing = playing;
    emit playingChanged(playing);
}

std::optional<TimeMs> ReplayController::nextMilestone() const
{
    const auto it = std::upper_bound(m_milestones.cbegin(), m_milestones.cend(), m_time);
    if (it == m_milestones.cend() || *it > m_to)
        return std::nullopt;
    return *it;
}

std::optional<TimeMs> ReplayController::previousMilestone() const
{
    auto it = std::lower_bound(m_milestones.cbegin(), m_milestones.cend(), m_time);
    if (it == m_milestones.cbegin() || *std::prev(it) < m_from)
        return std::nullopt;
    return *std::prev(it);
}
