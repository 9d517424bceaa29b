// SPDX-License-Identifier: GPL-3.0-or-later
#include "timecursorwidget.h"

#include "common/timeaxisticks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

TimeCursorWidget::TimeCursorWidget(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("&As at:"), this);
    caption->setBuddy(m_slider);
    layout->addWidget(caption);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    m_slider->setSingleStep(10);
    m_slider->setPageStep(60);
    m_slider->setToolTip(tr("Move through the incident: the tiles and headline show that moment "
                            "(arrow keys: 10 min, Page Up/Down: 1 h)"));
    m_slider->setAccessibleName(tr("Time cursor"));
    connect(m_slider, &QSlider::valueChanged, this, [this](int minutes) {
        const TimeMs t = m_from + qint64(minutes) * 60000;
        m_label->setText(QStringLiteral("%1 %2").arg(Timestamps::format(t, m_zone, QStringLiteral("yyyy-MM-dd HH:mm")),
            TimeAxisTicks::zoneAbbreviation(m_zone, t)));
        emit timeChosen(t);
    });
}

void TimeCursorWidget::setRange(TimeMs from, TimeMs to, const QTimeZone &zone)
{
    m_from = from;
    m_zone = zone;
    QSignalBlocker block(m_slider);
    m_slider->setRange(0, int(qMax<qint64>(0, (to - from) / 60000)));
}

void TimeCursorWidget::setTime(TimeMs time)
{
    const int minutes = int((time - m_from) / 60000);
    if (m_slider->value() != minutes)
        m_slider->setValue(minutes);
    else
        emit m_slider->valueChanged(minutes);
}
