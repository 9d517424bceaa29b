// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <QWidget>

class ElidedLabel;
class QLabel;

// The headline over the tiles: which incident, distinct people affected at the cursor (a person
// using several services counted once, with the range the overlap models and the sources leave
// open), the plain sum under its own name, time since it began, and a banner for the demo.
// On an empty timeline it shows the getting-started steps instead, and over the figures it says
// when services have no user count, with a link to Services ▸ Edit….
class IncidentHeaderWidget final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentHeaderWidget(QWidget *parent = nullptr);
    // 'nowHours' > 0: the analysis is the Now window of that many hours, not an incident.
    void setAnalysis(const IncidentAnalysis &analysis, bool demo, int nowHours = 0);
    // How many services of the timeline have no user count (0 hides the hint).
    void setServicesWithoutUsers(int count);
    // 'serviceUsers' is the sum over services (ServiceStatusModel::totalAffected).
    void setCursor(TimeMs time, double serviceUsers);
    void setTheme(const Theme &theme);
    // A narrow pane (the summary beside the chart): the demo banner in one line.
    void setCompact(bool compact);
    static QString demoText();
    QString headlineText() const; // distinct people
    QString serviceUsersText() const; // the sum, under its own name
    QString missingUsersText() const;
    bool showsGettingStarted() const;

signals:
    // A link in the header was clicked: "import", "sources", "services" or "demo".
    void actionLinkActivated(const QString &action);

private:
    IncidentAnalysis m_analysis;
    Theme m_theme = Theme::light();
    QLabel *m_demo;
    QLabel *m_title;
    QLabel *m_headline;
    ElidedLabel *m_sum;
    QLabel *m_when;
    QLabel *m_missing;
    QLabel *m_steps;
    int m_nowHours = 0;
};
