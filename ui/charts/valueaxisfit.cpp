// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/valueaxisfit.h"

#include <algorithm>
#include <cmath>

namespace {
// Room above the highest value, so a line at the top is not drawn on the plot's edge.
constexpr double kHeadroom = 1.03;
// Intervals from zero to the top: 3 to 6 keeps the labels few and apart at any chart height.
constexpr int kMaxIntervals = 6;
} // namespace

ValueAxisFit ValueAxisFit::of(double top, bool wholeUnits, double emptyMax)
{
    if (!(top > 0) || !std::isfinite(top))
        top = emptyMax / kHeadroom;
    const double wanted = top * kHeadroom;
    const double raw = wanted / kMaxIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    if (wholeUnits)
        step = std::max(step, 1.0);
    ValueAxisFit fit;
    const int intervals = std::max(1, int(std::ceil(wanted / step - 1e-9)));
    fit.max = intervals * step;
    fit.tickCount = intervals + 1;
    // 2.5 × 10ⁿ needs one decimal more than its magnitude.
    const double decimals = -std::floor(std::log10(step) + 1e-9) + (std::fmod(step / magnitude, 1.0) > 0.01 ? 1 : 0);
    fit.decimals = wholeUnits ? 0 : std::clamp(int(decimals), 0, 6);
    return fit;
}

double ValueAxisFit::topInView(const QList<QList<QPointF>> &lines, const QList<bool> &hidden, double from, double to)
{
    double top = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (hidden.value(i, false))
            continue;
        const QList<QPointF> &line = lines.at(i);
        const auto first
            = std::lower_bound(line.cbegin(), line.cend(), from, [](const QPointF &p, double x) { return p.x() < x; });
        // A step line holds its value up to its next point: the one before the view reaches in.
        if (first != line.cbegin())
            top = std::max(top, std::prev(first)->y());
        for (auto it = first; it != line.cend() && it->x() <= to; ++it)
            top = std::max(top, it->y());
    }
    return top;
}
