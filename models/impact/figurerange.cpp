// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/figurerange.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

// A unit a count is written in: divide by 'scale', then append 'suffix'.
struct FigureRange::Unit {
    double scale = 1.0;
    QString suffix;
};

namespace {

using Unit = FigureRange::Unit;

QLocale groupedLocale()
{
    QLocale locale;
    // The C locale leaves out the group separator unless asked: counts read better grouped.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

// Korean counts in 만 (10⁴) and 억 (10⁸), as Korean papers write them; others in k, M and bn.
Unit unitFor(double magnitude)
{
    const bool korean = QLocale().language() == QLocale::Korean;
    if (magnitude < 10'000.0)
        return {};
    if (korean)
        return magnitude >= 1e8 ? Unit {1e8, QStringLiteral("억")} : Unit {1e4, QStringLiteral("만")};
    if (magnitude >= 1e9)
        return {1e9, QCoreApplication::translate("FigureRange", " bn")};
    if (magnitude >= 1e6)
        return {1e6, QCoreApplication::translate("FigureRange", " M")};
    return {1e3, QCoreApplication::translate("FigureRange", " k")};
}

// Three significant figures of the central value, at most two decimals.
int decimalsFor(double scaled)
{
    if (scaled <= 0.0)
        return 0;
    const int digits = int(std::floor(std::log10(scaled))) + 1;
    return std::clamp(3 - digits, 0, 2);
}

QString number(double value, const Unit &unit, int decimals)
{
    if (unit.scale == 1.0)
        return groupedLocale().toString(qRound64(value));
    return groupedLocale().toString(value / unit.scale, 'f', decimals);
}

} // namespace

QString FigureRange::exact(double value)
{
    return groupedLocale().toString(qRound64(value));
}

QString FigureRange::approx(double value)
{
    const Unit unit = unitFor(std::abs(value));
    return number(value, unit, decimalsFor(std::abs(value) / unit.scale)) + unit.suffix;
}

// The unit and decimals for a figure and its range: chosen by the largest of the three, so
// "0.90–1.31 bn" never mixes units and a central zero still shows its range's digits.
std::pair<Unit, int> FigureRange::format() const
{
    const double largest = std::max({std::abs(central), std::abs(low), std::abs(high)});
    const Unit unit = unitFor(largest);
    return {unit, decimalsFor(largest / unit.scale)};
}

QString FigureRange::centralText() const
{
    if (!derived)
        return exact(central);
    const auto [unit, decimals] = format();
    return QCoreApplication::translate("FigureRange", "≈ %1").arg(number(central, unit, decimals) + unit.suffix);
}

QString FigureRange::rangeText() const
{
    if (!derived)
        return exact(low) + QStringLiteral("–") + exact(high);
    const auto [unit, decimals] = format();
    return number(low, unit, decimals) + QStringLiteral("–") + number(high, unit, decimals) + unit.suffix;
}

QString FigureRange::text() const
{
    // Measured figures print exactly; a range is added when sources disagree about them.
    if (!derived && !hasRange())
        return exact(central);
    // A derived figure always carries its range, even when the sources leave none open.
    return QCoreApplication::translate("FigureRange", "%1 (%2)").arg(centralText(), rangeText());
}

QString FigureRange::share(double fraction)
{
    return QCoreApplication::translate("FigureRange", "%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 0));
}
