// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybar.h"

#include "common/timeaxisticks.h"
#include "session/replaycontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

ReplayBar::ReplayBar(ReplayController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_play(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_time(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_previous->setText(QStringLiteral("⏮")); // text, not a style icon: it follows the theme's colours
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_previous->setToolTip(tr("Previous event or milestone (Ctrl+Left)"));
    m_previous->setAccessibleName(tr("Previous event or milestone"));
    // A mouse click leaves focus where it was: Space is the play key, wherever the focus is.
    m_previous->setFocusPolicy(Qt::TabFocus);
    connect(m_previous, &QToolButton::clicked, controller, &ReplayController::jumpToPreviousMilestone);

    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_play->setAccessibleName(tr("Play"));
    m_play->setFocusPolicy(Qt::TabFocus);
    connect(m_play, &QToolButton::clicked, controller, &ReplayController::togglePlaying);

    m_next->setText(QStringLiteral("⏭"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_next->setToolTip(tr("Next event or milestone (Ctrl+Right)"));
    m_next->setAccessibleName(tr("Next event or milestone"));
    m_next->setFocusPolicy(Qt::TabFocus);
    connect(m_next, &QToolButton::clicked, controller, &ReplayController::jumpToNextMilestone);

    // An outage of days needs hours a second; the first minutes of one need real time.
    m_speed->addItem(tr("1×"), 1.0);
    m_speed->addItem(tr("60× (a minute a second)"), 60.0);
    m_speed->addItem(tr("3600× (an hour a second)"), 3600.0);
    m_speed->setToolTip(tr("Replay speed: incident time per second of wall-clock time"));
    m_speed->setAccessibleName(tr("Replay speed"));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_speed, &QComboBox::activated, this,
        [this](int index) { m_controller->setSpeed(m_speed->itemData(index).toDouble()); });

    m_time->setAccessibleName(tr("Replay time"));
    m_time->setToolTip(tr("Where the replay is, in the incident's time zone"));
    m_time->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *caption = new QLabel(tr("Replay:"), this);
    layout->addWidget(caption);
    layout->addWidget(m_previous);
    layout->addWidget(m_play);
    layout->addWidget(m_next);
    layout->addWidget(m_speed);
    layout->addWidget(m_time);
    layout->addStretch(1);

    connect(controller, &ReplayController::playingChanged, this, &ReplayBar::updatePlaying);
    connect(controller, &ReplayController::speedChanged, this, &ReplayBar::updateSpeed);
    connect(controller, &ReplayController::timeChanged, this, &ReplayBar::updateTime);
    connect(controller, &ReplayController::rangeChanged, this, &ReplayBar::updateTime);
    connect(controller, &ReplayController::milestonesChanged, this, &ReplayBar::updateTime);
    updatePlaying(controller->isPlaying());
    updateSpeed(controller->speed());
    updateTime();
}

void ReplayBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateTime();
}

void ReplayBar::updatePlaying(bool playing)
{
    m_play->setText(playing ? QStringLiteral("⏸") : QStringLiteral("▶"));
    // setText() replaces a button's shortcut with the text's mnemonic: put Space back.
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_play->setToolTip(playing ? tr("Pause the replay (Space)") : tr("Play through the incident (Space)"));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void ReplayBar::updateSpeed(double speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void ReplayBar::updateTime()
{
    const TimeMs t = m_controller->time();
    m_time->setText(QStringLiteral("%1 %2").arg(Timestamps::format(t, m_zone, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
        TimeAxisTicks::zoneAbbreviation(m_zone, t)));
    m_play->setEnabled(m_controller->from() < m_controller->to());
    m_previous->setEnabled(m_controller->hasPreviousMilestone());
    m_next->setEnabled(m_controller->hasNextMilestone());
}
