// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

// A y axis from zero that fits what is in view: the highest value shown, a little headroom,
// and a top on a round step (1, 2, 2.5 or 5 × 10ⁿ) so the ticks read as round numbers.
struct ValueAxisFit {
    double max = 1;
    int tickCount = 5; // from 0 to max, both ends included
    int decimals = 0; // what the step needs to print as itself (0.25 → 2)

    bool operator==(const ValueAxisFit &) const = default;

    // 'top' the highest value in view; 'wholeUnits' when no fraction of a unit means anything
    // (single people): the step is at least 1. Nothing in view (top ≤ 0) gives 0..'emptyMax'.
    static ValueAxisFit of(double top, bool wholeUnits, double emptyMax = 1);
    // The highest y of step lines (x ascending) between 'from' and 'to': each line's points in
    // that range and the value it enters the range with. Lines marked hidden are skipped.
    static double topInView(const QList<QList<QPointF>> &lines, const QList<bool> &hidden, double from, double to);
};
