// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <QWidget>

class QLabel;

// The headline over the tiles: which incident, people affected across all services at
// the cursor, time since it began, and a banner when the data is the demo.
class IncidentHeaderWidget final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentHeaderWidget(QWidget *parent = nullptr);
    void setAnalysis(const IncidentAnalysis &analysis, bool demo);
    void setCursor(TimeMs time, double totalAffected);
    void setTheme(const Theme &theme);
    QString headlineText() const;

private:
    IncidentAnalysis m_analysis;
    Theme m_theme = Theme::light();
    QLabel *m_demo;
    QLabel *m_title;
    QLabel *m_headline;
    QLabel *m_when;
};
