// SPDX-License-Identifier: GPL-3.0-or-later
#include "wall/walltile.h"

#include "domain/timelinesnapshot.h"
#include "domain/timestamps.h"
#include "impact/incidentanalysis.h"
#include "impact/servicestateat.h"

#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

WallFitPanel::WallFitPanel(QWidget *parent)
    : QWidget(parent)
{
}

QLabel *WallFitPanel::addLabel(const QRectF &fraction, Qt::Alignment align, bool bold, bool data)
{
    auto *label = new QLabel(this);
    label->setAlignment(align);
    label->setWordWrap(false);
    label->setTextFormat(Qt::PlainText);
    label->setProperty("wallData", data);
    QFont f = label->font();
    f.setBold(bold);
    label->setFont(f);
    m_slots.append({label, fraction});
    return label;
}

void WallFitPanel::setLabelText(QLabel *label, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    fit(label);
}

void WallFitPanel::fit(QLabel *label)
{
    const QRect r = label->contentsRect();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    const QString sample = label->property("fitSample").toString();
    const QStringList lines = (sample.isEmpty() ? label->text() : sample).split(u'\n');
    QFont f = label->font();
    // Start from the height (about 0.7 of a line is the glyph size), then shrink to the width.
    int px = qMax(6, int(r.height() / (lines.size() * 1.25)));
    const auto widest = [&lines](const QFontMetrics &fm) {
        int w = 0;
        for (const QString &line : lines)
            w = qMax(w, fm.horizontalAdvance(line));
        return w;
    };
    f.setPixelSize(px);
    const int w = widest(QFontMetrics(f));
    if (w > r.width() - 2 && w > 0)
        px = qMax(6, int(px * qreal(r.width() - 2) / w));
    for (;; --px) {
        f.setPixelSize(px);
        const QFontMetrics fm(f);
        if (px <= 6 || (widest(fm) <= r.width() - 2 && fm.height() * lines.size() <= r.height()))
            break;
    }
    auto *panel = qobject_cast<WallFitPanel *>(label->parentWidget());
    if (panel && panel->m_ceiling > 0)
        px = qMin(px, panel->m_ceiling);
    f.setPixelSize(px);
    const QLabel *lead = panel ? panel->m_lead : nullptr;
    if (lead && label != lead && lead->font().pixelSize() > 0 && px >= lead->font().pixelSize())
        f.setPixelSize(lead->font().pixelSize() * 9 / 10);
    label->setFont(f);
    if (label == lead)
        for (const Slot &s : std::as_const(panel->m_slots))
            if (s.label != lead)
                fit(s.label);
}

void WallFitPanel::setTextColour(const QColor &colour)
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
}

void WallFitPanel::setFitSample(QLabel *label, const QString &sample)
{
    if (label->property("fitSample").toString() == sample)
        return;
    label->setProperty("fitSample", sample);
    fit(label);
}

void WallFitPanel::setLabelFraction(QLabel *label, const QRectF &fraction)
{
    for (Slot &s : m_slots)
        if (s.label == label && s.fraction != fraction) {
            s.fraction = fraction;
            const qreal w = width(), h = height();
            label->setGeometry(
                QRectF(fraction.x() * w, fraction.y() * h, fraction.width() * w, fraction.height() * h).toRect());
            fit(label);
        }
}

void WallFitPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const qreal w = width(), h = height();
    for (const Slot &s : std::as_const(m_slots)) {
        s.label->setGeometry(
            QRectF(s.fraction.x() * w, s.fraction.y() * h, s.fraction.width() * w, s.fraction.height() * h).toRect());
        fit(s.label);
    }
}

WallTile::WallTile(QWidget *parent)
    : WallFitPanel(parent)
    , m_name(addLabel({0.06, 0.04, 0.88, 0.18}, Qt::AlignLeft | Qt::AlignVCenter, true, true))
    , m_state(addLabel({0.06, 0.25, 0.88, 0.18}, Qt::AlignLeft | Qt::AlignVCenter, true))
    , m_affected(addLabel({0.06, 0.47, 0.88, 0.24}, Qt::AlignLeft | Qt::AlignVCenter, true, true))
    , m_caption(addLabel({0.06, 0.71, 0.88, 0.11}, Qt::AlignLeft | Qt::AlignVCenter))
    , m_since(addLabel({0.06, 0.83, 0.88, 0.12}, Qt::AlignLeft | Qt::AlignVCenter))
{
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QString WallTile::stateText() const
{
    if (m_values.staleSeconds)
        return tr("⏸ STALE · %1 old").arg(Timestamps::formatDuration(*m_values.staleSeconds));
    return QStringLiteral("%1 %2").arg(Theme::stateSymbol(m_values.state), ServiceStates::displayName(m_values.state));
}

FigureRange WallTile::figure() const
{
    return {m_values.affected, std::min(m_values.affectedLow, m_values.affected),
        std::max(m_values.affectedHigh, m_values.affected), m_values.derived};
}

void WallTile::setValues(const Values &values, const Theme &theme)
{
    const bool repaint = values.state != m_values.state
        || values.staleSeconds.has_value() != m_values.staleSeconds.has_value() || theme.kind != m_theme.kind;
    m_values = values;
    m_theme = theme;
    const QLocale locale;
    setTextColour(theme.text);
    QPalette sp = m_state->palette();
    sp.setColor(QPalette::WindowText, theme.stateTextColour(isStale() ? ServiceState::Unknown : values.state));
    m_state->setPalette(sp);
    QPalette mp = m_caption->palette();
    mp.setColor(QPalette::WindowText, theme.mutedText);
    m_caption->setPalette(mp);
    m_since->setPalette(mp);
    setLabelText(m_name, values.name);
    setLabelText(m_state, stateText());
    const FigureRange f = figure();
    const bool ranged = f.derived || f.hasRange();
    if (!values.users) {
        setLabelText(m_affected, FigureRange::share(1.0 - values.availability));
        setLabelText(m_caption,
            isStale() ? tr("of users affected at the last report; user count unknown")
                      : tr("of users affected now; user count unknown"));
    } else {
        setLabelText(m_affected, f.centralText());
        setLabelText(m_caption,
            isStale()    ? (ranged ? tr("people affected at the last report, range %1").arg(f.rangeText())
                                   : tr("people affected at the last report"))
                : ranged ? tr("people affected now, range %1").arg(f.rangeText())
                         : tr("people affected now"));
    }
    QString since;
    if (values.stateSeconds)
        since = (values.stateSecondsAtLeast ? tr("in this state for at least %1") : tr("in this state for %1"))
                    .arg(Timestamps::formatDuration(*values.stateSeconds));
    else
        since = tr("no state reported yet");
    setLabelText(m_since, since);
    setAccessibleName(values.users
            ? tr("%1: %2, %3 people affected, %4").arg(values.name, stateText(), m_affected->text(), since)
            : tr("%1: %2, %3 of users affected, %4").arg(values.name, stateText(), m_affected->text(), since));
    setToolTip(accessibleName());
    if (repaint)
        update();
}

void WallTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal r = qMin(width(), height()) * 0.04;
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), r, r);
    p.fillPath(path, m_theme.panel);
    const ServiceState shown = isStale() ? ServiceState::Unknown : m_values.state;
    const QColor colour = m_theme.stateColour(shown);
    // A thick edge and the band behind the state word carry the colour; the word and the
    // symbol carry the meaning, and STALE is hatched besides.
    p.setPen(QPen(colour, qMax(2.0, height() * 0.012)));
    p.drawPath(path);
    const QRectF band = QRectF(m_state->geometry()).adjusted(-width() * 0.03, 0, width() * 0.03, 0);
    p.fillRect(band, colour);
    if (isStale()) {
        QColor hatch = m_theme.stateTextColour(shown);
        hatch.setAlpha(50);
        p.fillRect(band, QBrush(hatch, Qt::BDiagPattern));
    }
}

std::optional<qint64> WallTile::secondsInState(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis,
    const QString &service, TimeMs at, bool *atLeast)
{
    // The reported states win, as in the status model; without any, the availability does.
    *atLeast = false;
    QList<StateChange> states = ServiceStateAt::reported(snapshot.states, service);
    states.removeIf([at](const StateChange &s) { return s.time > at; });
    if (!states.isEmpty()) {
        qsizetype i = states.size() - 1;
        while (i > 0 && states.at(i - 1).state == states.last().state)
            --i;
        return (at - states.at(i).time) / 1000;
    }
    const ServiceImpact *impact = analysis.result().find(service);
    if (!impact || impact->series.isEmpty() || impact->series.first().time > at)
        return std::nullopt;
    // The start of the run of points in the same state that holds at the cursor.
    TimeMs since = impact->series.first().time;
    std::optional<ServiceState> previous;
    for (const ImpactPoint &p : impact->series) {
        if (p.time > at)
            break;
        const ServiceState state = ServiceStateAt::forAvailability(p.effectiveAvailability);
        if (state != previous)
            since = p.time;
        previous = state;
    }
    *atLeast = since == impact->series.first().time;
    return (at - since) / 1000;
}

void WallTile::equaliseFonts(const QList<WallTile *> &tiles, int ceilingPixels)
{
    const int cap = ceilingPixels > 0 ? qMax(6, ceilingPixels * 9 / 10) : INT_MAX;
    for (WallTile *tile : tiles)
        tile->setCeiling(cap == INT_MAX ? 0 : cap);
    // Each line of every tile at the size of its smallest fit: tiles read as one board.
    QList<int> smallest;
    for (const WallTile *tile : tiles) {
        const QList<QLabel *> labels = tile->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
        for (int i = 0; i < labels.size(); ++i) {
            WallFitPanel::fit(labels.at(i));
            const int px = labels.at(i)->font().pixelSize();
            if (i >= smallest.size())
                smallest.append(px);
            else
                smallest[i] = qMin(smallest.at(i), px);
        }
    }
    for (WallTile *tile : tiles) {
        const QList<QLabel *> labels = tile->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
        for (int i = 0; i < labels.size() && i < smallest.size(); ++i) {
            QFont f = labels.at(i)->font();
            f.setPixelSize(qMin(smallest.at(i), cap));
            labels.at(i)->setFont(f);
        }
    }
}
