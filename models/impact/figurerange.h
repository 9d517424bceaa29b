// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

// A figure as every screen, table and page prints it. Measured: the exact count, grouped
// ("47,637,000"). Derived: "≈" before a rounded figure, and the range its sources allow
// after it, in the same unit ("≈ 1.22 bn (1.10–1.31 bn)"; in Korean "≈ 12.2억 (11.0–13.1억)").
// One function for all of them, so that the test comparing `summary --json` with the window,
// the wall and the PDF compares like with like.
struct FigureRange {
    double central = 0.0;
    double low = 0.0;
    double high = 0.0;
    bool derived = false;

    bool hasRange() const { return low < central || high > central; }
    // The whole figure: "≈ 47.6 M (47.6–47.6 M)", or "47,637,000" when measured without a range.
    QString text() const;
    // The central figure alone: "≈ 47.6 M", or "47,637,000".
    QString centralText() const;
    // The range alone, in the central figure's unit: "47.1–48.0 M".
    QString rangeText() const;

    // A count rounded to three significant figures in the locale's unit ("1.22 bn", "12.2억");
    // counts below 10,000 are written whole.
    static QString approx(double value);
    // The exact count, grouped ("133,434,000").
    static QString exact(double value);
    // A share of users (0-1) as a whole percent, in the locale's way ("75 %", in Korean "75%").
    static QString share(double fraction);

    struct Unit;

private:
    std::pair<Unit, int> format() const;
};
