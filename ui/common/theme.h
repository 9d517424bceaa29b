// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/servicestate.h"

#include <QColor>
#include <QList>
#include <QPalette>

class QApplication;

// The one place colours come from. Series use the Okabe–Ito palette, which stays
// distinguishable for the common forms of colour blindness; states also carry a
// word and a symbol so colour is never the only cue.
struct Theme {
    enum class Kind { Light, Dark };
    Kind kind = Kind::Light;
    QColor window, panel, text, mutedText, grid, accent, demoBanner, demoBannerText;

    static Theme light();
    static Theme dark();
    static Theme byName(const QString &name); // "light" / "dark"

    QColor stateColour(ServiceState state) const;
    QColor stateTextColour(ServiceState state) const; // readable on stateColour
    static QString stateSymbol(ServiceState state); // ✓ ! ◐ ✕ 🔧 ?
    QColor seriesColour(int index) const;
    QPalette palette() const;
    void apply(QApplication &app) const; // Fusion style + palette
};
