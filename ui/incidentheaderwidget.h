// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <QWidget>

class QLabel;

// The headline over the tiles: which incident, distinct people affected at the cursor (a person
// using several services counted once, with the range the overlap models and the sources leave
// open), the plain sum under its own name, time since it began, and a banner for the demo.
class IncidentHeaderWidget final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentHeaderWidget(QWidget *parent = nullptr);
    void setAnalysis(const IncidentAnalysis &analysis, bool demo);
    // 'serviceUsers' is the sum over services (ServiceStatusModel::totalAffected).
    void setCursor(TimeMs time, double serviceUsers);
    void setTheme(const Theme &theme);
    QString headlineText() const; // distinct people
    QString serviceUsersText() const; // the sum, under its own name

private:
    IncidentAnalysis m_analysis;
    Theme m_theme = Theme::light();
    QLabel *m_demo;
    QLabel *m_title;
    QLabel *m_headline;
    QLabel *m_sum;
    QLabel *m_when;
};
