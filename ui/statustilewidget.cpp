// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustilewidget.h"

#include "domain/timestamps.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

StatusTileWidget::StatusTileWidget(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_state(new QLabel(this))
    , m_affected(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::TabFocus);
    m_layout = new QGridLayout(this);
    m_state->setAutoFillBackground(true);
    m_state->setMargin(3);
    m_detail->setWordWrap(true);
    m_state->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    arrange();
}

void StatusTileWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A tile is a tab stop (its tooltip tells the detail): keyboard users must see which one.
    if (hasFocus()) {
        QPainter painter(this);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void StatusTileWidget::arrange()
{
    // Full: name, state, figure and details one under another. Compact: the state and the
    // figure share a row and the margins shrink, so three rows of tiles fit beside a chart.
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_state),
             static_cast<QWidget *>(m_affected), static_cast<QWidget *>(m_detail)})
        m_layout->removeWidget(w);
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * (m_compact ? 1.1 : 1.25));
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * (m_compact ? 1.5 : 1.8));
    big.setBold(true);
    m_affected->setFont(big);
    m_layout->setContentsMargins(m_compact ? QMargins(8, 6, 8, 6) : QMargins(12, 10, 12, 10));
    m_layout->setHorizontalSpacing(8);
    m_layout->setVerticalSpacing(m_compact ? 2 : 4);
    m_layout->addWidget(m_name, 0, 0, 1, 2);
    if (m_compact) {
        m_layout->addWidget(m_state, 1, 0, Qt::AlignVCenter);
        m_layout->addWidget(m_affected, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
        m_layout->addWidget(m_detail, 2, 0, 1, 2);
    } else {
        m_layout->addWidget(m_state, 1, 0, 1, 2, Qt::AlignLeft);
        m_layout->addWidget(m_affected, 2, 0, 1, 2);
        m_layout->addWidget(m_detail, 3, 0, 1, 2);
    }
    for (int row = 0; row < 5; ++row)
        m_layout->setRowStretch(row, 0);
    m_layout->setRowStretch(m_compact ? 3 : 4, 1);
    // Compact, the detail is one line (its range and kind): as wide as the widest it can be.
    const QString widest = tr("range %1").arg(u"00.0–00.0 M"_s) + u" · " + tr("derived curve");
    const QMargins margins = m_layout->contentsMargins();
    setMinimumWidth(qMax(190,
        m_compact ? m_detail->fontMetrics().horizontalAdvance(widest) + margins.left() + margins.right()
                + 2 * frameWidth() + 2
                  : 0));
}

void StatusTileWidget::setValues(const Values &values)
{
    m_values = values;
    refresh();
}

void StatusTileWidget::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    arrange();
    refresh();
}

void StatusTileWidget::setTheme(const Theme &theme)
{
    m_theme = theme;
    refresh();
}

QString StatusTileWidget::affectedText() const
{
    // Without a user count there are no people to count: the share of users affected holds.
    if (!m_values.users)
        return FigureRange::share(1.0 - m_values.availability);
    return figure().centralText();
}

FigureRange StatusTileWidget::figure() const
{
    return {m_values.affected, std::min(m_values.affectedLow, m_values.affected),
        std::max(m_values.affectedHigh, m_values.affected), m_values.derived};
}

void StatusTileWidget::refresh()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, m_theme.panel);
    p.setColor(QPalette::WindowText, m_theme.text);
    setPalette(p);
    m_name->setText(m_values.name);
    // A quiet source must never look healthy: STALE replaces the last known state.
    const bool stale = m_values.staleSeconds.has_value();
    m_state->setText(stale ? tr("⏸ STALE · no data for %1").arg(Timestamps::formatDuration(*m_values.staleSeconds))
                           : QStringLiteral("%1 %2").arg(
                               Theme::stateSymbol(m_values.state), ServiceStates::displayName(m_values.state)));
    const ServiceState shown = stale ? ServiceState::Unknown : m_values.state;
    QPalette sp = m_state->palette();
    sp.setColor(QPalette::Window, m_theme.stateColour(shown));
    sp.setColor(QPalette::WindowText, m_theme.stateTextColour(shown));
    m_state->setPalette(sp);
    m_affected->setText(affectedText());
    const QLocale locale;
    const FigureRange f = figure();
    QStringList full;
    full.append(m_values.users ? tr("people affected of %1 users").arg(locale.toString(*m_values.users))
                               : tr("of users affected; user count unknown"));
    QStringList compact; // what a figure may never be shown without: its range and its kind
    if (m_values.users && (f.derived || f.hasRange())) {
        full.append(tr("range %1").arg(f.rangeText()));
        compact.append(full.last());
    }
    if (m_values.users && m_values.affectedInherited >= 1)
        full.append(tr("%1 through dependencies").arg(locale.toString(qRound64(m_values.affectedInherited))));
    // The time and the kind of figure share a line: a tile stays short enough for a laptop.
    QString when = m_values.elapsedSeconds >= 0
        ? tr("%1 since the outage began").arg(Timestamps::formatDuration(m_values.elapsedSeconds))
        : tr("before the outage");
    if (m_values.derived) {
        when += u" · " + tr("derived curve");
        compact.append(tr("derived curve"));
    }
    full.append(when);
    if (!m_values.conflict.isEmpty()) {
        full.append(tr("⚠ sources disagree: %1").arg(m_values.conflict));
        compact.append(tr("⚠ sources disagree"));
    }
    if (!m_values.users)
        compact.prepend(tr("user count unknown"));
    const QString detail = m_compact ? compact.join(u" · ") : full.join(u'\n');
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_detail->setStyleSheet(QString());
    QPalette dp = m_detail->palette();
    dp.setColor(QPalette::WindowText, m_theme.mutedText);
    m_detail->setPalette(dp);
    setAccessibleName(m_values.users
            ? tr("%1: %2, %3 people affected").arg(m_values.name, m_state->text(), f.text())
            : tr("%1: %2, %3 of users affected").arg(m_values.name, m_state->text(), affectedText()));
    setToolTip(m_compact ? accessibleName() + u'\n' + full.join(u'\n') : accessibleName());
}
