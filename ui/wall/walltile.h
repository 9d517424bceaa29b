// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/records.h"
#include "domain/servicestate.h"
#include "impact/figurerange.h"

#include <QWidget>
#include <optional>

class IncidentAnalysis;
class QLabel;
struct TimelineSnapshot;

// A panel that places its labels at fractions of its own size and gives each the largest
// font (a pixel size, from the space, never fixed points) at which every line still fits:
// the same panel reads on 1080p, 4K and portrait screens, and text is never elided.
class WallFitPanel : public QWidget {
    Q_OBJECT
public:
    explicit WallFitPanel(QWidget *parent = nullptr);
    // fraction: x, y, width, height as parts of the panel. data: the text is data (a name,
    // a figure), not an interface string, so it is not translated.
    QLabel *addLabel(const QRectF &fraction, Qt::Alignment align, bool bold = false, bool data = false);
    // Sets the text and refits that label only when the text changed (no flicker).
    static void setLabelText(QLabel *label, const QString &text);
    static void fit(QLabel *label);
    // Moves a label to another part of the panel (the header in portrait).
    void setLabelFraction(QLabel *label, const QRectF &fraction);
    // The label is sized for this text rather than its own, so a clock keeps one size while
    // its digits change.
    static void setFitSample(QLabel *label, const QString &sample);
    // The panel's largest text: any other label fitted to its size or above is set a step
    // below it, and refitting the lead refits the others.
    void setLead(QLabel *lead) { m_lead = lead; }
    // No label of this panel is fitted above this many pixels (0: no limit): a tile stays
    // below the wall's headline, whenever and in whatever order its labels are refitted.
    void setCeiling(int pixels) { m_ceiling = pixels; }
    void setTextColour(const QColor &colour);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Slot {
        QLabel *label;
        QRectF fraction;
    };
    QList<Slot> m_slots;
    QLabel *m_lead = nullptr;
    int m_ceiling = 0;
};

// One service on the wall: name, state (symbol, word and colour), people affected now (≈ and
// its range when derived) and how long it has been in this state; STALE with the age when its
// source has gone quiet.
class WallTile final : public WallFitPanel {
    Q_OBJECT
public:
    struct Values {
        QString key;
        QString name;
        ServiceState state = ServiceState::Unknown;
        double affected = 0;
        double affectedLow = 0; // the range its sources leave open
        double affectedHigh = 0;
        bool derived = false; // printed with ≈ and its range
        // Unset when nobody gave the service's user count: the tile shows the share of its
        // users affected (1 − availability), never "0 people".
        std::optional<qint64> users;
        double availability = 1.0;
        std::optional<qint64> staleSeconds;
        std::optional<qint64> stateSeconds; // how long in this state, at the cursor
        bool stateSecondsAtLeast = false; // the state began before the data does
    };

    explicit WallTile(QWidget *parent = nullptr);
    void setValues(const Values &values, const Theme &theme);
    const Values &values() const { return m_values; }
    bool isStale() const { return m_values.staleSeconds.has_value(); }
    QString stateText() const;
    FigureRange figure() const;
    // How long the service has been in the state it is in at `at`: from the reported state
    // changes, else from its availability; atLeast when the state began before the data.
    static std::optional<qint64> secondsInState(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis,
        const QString &service, TimeMs at, bool *atLeast);
    // Each line of every tile at the size of its smallest fit, so the tiles read as one board,
    // and below `ceilingPixels` (the headline's size) when given: the headline stays the
    // largest text on the wall.
    static void equaliseFonts(const QList<WallTile *> &tiles, int ceilingPixels = 0);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Values m_values;
    Theme m_theme = Theme::dark();
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_affected;
    QLabel *m_caption;
    QLabel *m_since;
};
