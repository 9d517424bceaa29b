// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <vector>

// A live line kept as M4 columns (first, min, max, last per pixel) over a view: an
// appended sample updates one column, and points() costs O(pixels) however many samples
// have streamed in. When a sample lands past the right edge the view slides with it.
class LiveSampleBuffer final {
public:
    explicit LiveSampleBuffer(int pixels);
    void setView(double from, double to); // clears
    void append(double x, double y);
    // Slides the view (as append would) until x is in it; returns x's column (< 0: before the view).
    // Buffers that must stay aligned slide together this way before any of them is appended to.
    qint64 reach(double x);
    QList<QPointF> points() const;
    double viewFrom() const { return m_from; }
    double viewTo() const { return m_to; }

private:
    struct Column {
        bool used = false;
        QPointF first, low, high, last;
    };
    int m_pixels;
    double m_from = 0;
    double m_to = 1;
    std::vector<Column> m_columns;
    qsizetype m_origin = 0; // ring buffer: index of the leftmost column
};
