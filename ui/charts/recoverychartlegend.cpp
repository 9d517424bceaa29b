// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/recoverychartlegend.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

RecoveryChartLegend::RecoveryChartLegend(QObject *parent)
    : QObject(parent)
{
}

void RecoveryChartLegend::attach(QChart *chart, const QStringList &keys)
{
    m_chart = chart;
    m_keys = keys;
    if (!chart)
        return;
    const QList<QAbstractSeries *> series = chart->series();
    for (int i = 0; i < series.size(); ++i)
        for (QLegendMarker *marker : chart->legend()->markers(series.at(i)))
            connect(marker, &QLegendMarker::clicked, this, [this, i] { toggle(i); });
    restyle();
}

void RecoveryChartLegend::toggle(int index)
{
    setHidden(index, !isHidden(index));
}

void RecoveryChartLegend::setHidden(int index, bool hidden)
{
    if (index < 0 || index >= m_keys.size() || isHidden(index) == hidden)
        return;
    if (hidden)
        m_hidden.insert(m_keys.at(index));
    else
        m_hidden.remove(m_keys.at(index));
    restyle();
    emit hiddenChanged();
}

bool RecoveryChartLegend::isHidden(int index) const
{
    return m_hidden.contains(m_keys.value(index));
}

QList<bool> RecoveryChartLegend::hiddenMask() const
{
    QList<bool> mask;
    mask.reserve(m_keys.size());
    for (const QString &key : m_keys)
        mask.append(m_hidden.contains(key));
    return mask;
}

void RecoveryChartLegend::restyle()
{
    if (!m_chart)
        return;
    QLegend *legend = m_chart->legend();
    const QList<QAbstractSeries *> series = m_chart->series();
    for (int i = 0; i < series.size(); ++i) {
        const bool hidden = isHidden(i);
        const auto *line = qobject_cast<QLineSeries *>(series.at(i));
        // Dimmed and struck through: hidden reads as "off" without colour alone.
        QColor swatch = line ? line->pen().color() : legend->labelColor();
        QColor label = legend->labelColor();
        if (hidden) {
            swatch.setAlpha(60);
            label.setAlpha(110);
        }
        QFont font = legend->font();
        font.setStrikeOut(hidden);
        for (QLegendMarker *marker : legend->markers(series.at(i))) {
            marker->setBrush(swatch);
            marker->setPen(QPen(swatch));
            marker->setLabelBrush(label);
            marker->setFont(font);
        }
    }
}
