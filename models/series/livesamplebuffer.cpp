// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/livesamplebuffer.h"

#include <algorithm>
#include <cmath>

LiveSampleBuffer::LiveSampleBuffer(int pixels)
    : m_pixels(qMax(1, pixels))
    , m_columns(size_t(m_pixels))
{
}

void LiveSampleBuffer::setView(double from, double to)
{
    m_from = from;
    m_to = to > from ? to : from + 1;
    std::fill(m_columns.begin(), m_columns.end(), Column {});
    m_origin = 0;
}

qint64 LiveSampleBuffer::reach(double x)
{
    const double width = (m_to - m_from) / m_pixels;
    qint64 column = qint64(std::floor((x - m_from) / width));
    if (column >= m_pixels) {
        // Slide right by whole columns so that existing columns keep their pixel.
        const qint64 shift = qMin<qint64>(column - m_pixels + 1, m_pixels);
        for (qint64 k = 0; k < shift; ++k) {
            m_columns[size_t((m_origin + k) % m_pixels)] = Column {};
        }
        m_origin = (m_origin + shift) % m_pixels;
        const qint64 moved = column - m_pixels + 1;
        m_from += moved * width;
        m_to += moved * width;
        column = m_pixels - 1;
    }
    return column;
}

void LiveSampleBuffer::append(double x, double y)
{
    const qint64 column = reach(x);
    if (column < 0)
        return; // older than the view: not drawn
    Column &c = m_columns[size_t((m_origin + column) % m_pixels)];
    const QPointF p(x, y);
    if (!c.used) {
        c = {true, p, p, p, p};
        return;
    }
    if (x < c.first.x())
        c.first = p;
    if (y < c.low.y())
        c.low = p;
    if (y > c.high.y())
        c.high = p;
    if (x >= c.last.x())
        c.last = p;
}

QList<QPointF> LiveSampleBuffer::points() const
{
    QList<QPointF> out;
    out.reserve(m_pixels * 4);
    for (qsizetype k = 0; k < m_pixels; ++k) {
        const Column &c = m_columns[size_t((m_origin + k) % m_pixels)];
        if (!c.used)
            continue;
        QPointF picks[4] = {c.first, c.low, c.high, c.last};
        std::sort(std::begin(picks), std::end(picks), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        for (int i = 0; i < 4; ++i)
            if (out.isEmpty() || picks[i] != out.constLast())
                out.append(picks[i]);
    }
    return out;
}
