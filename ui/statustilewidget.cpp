// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustilewidget.h"

#include "domain/timestamps.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    QFont big = m_affected->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_affected->setFont(big);
    m_state->setAutoFillBackground(true);
    m_state->setMargin(3);
    m_detail->setWordWrap(true);
    layout->addWidget(m_name);
    layout->addWidget(m_state);
    layout->addWidget(m_affected);
    layout->addWidget(m_detail);
    layout->addStretch();
    setMinimumWidth(190);
}

void StatusTileWidget::setValues(const Values &values)
{
    m_values = values;
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
        return tr("%1 %").arg(QLocale().toString((1.0 - m_values.availability) * 100.0, 'f', 0));
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
    QString detail = m_values.users ? tr("people affected of %1 users").arg(locale.toString(*m_values.users))
                                    : tr("of users affected; user count unknown");
    const FigureRange f = figure();
    if (m_values.users && (f.derived || f.hasRange()))
        detail += u'\n' + tr("range %1").arg(f.rangeText());
    if (m_values.users && m_values.affectedInherited >= 1)
        detail += u'\n' + tr("%1 through dependencies").arg(locale.toString(qRound64(m_values.affectedInherited)));
    detail += u'\n'
        + (m_values.elapsedSeconds >= 0
                ? tr("%1 since the outage began").arg(Timestamps::formatDuration(m_values.elapsedSeconds))
                : tr("before the outage"));
    if (m_values.derived)
        detail += u'\n' + tr("derived curve");
    if (!m_values.conflict.isEmpty())
        detail += u'\n' + tr("⚠ sources disagree: %1").arg(m_values.conflict);
    m_detail->setText(detail);
    m_detail->setStyleSheet(QString());
    QPalette dp = m_detail->palette();
    dp.setColor(QPalette::WindowText, m_theme.mutedText);
    m_detail->setPalette(dp);
    setAccessibleName(m_values.users
            ? tr("%1: %2, %3 people affected").arg(m_values.name, m_state->text(), f.text())
            : tr("%1: %2, %3 of users affected").arg(m_values.name, m_state->text(), affectedText()));
    setToolTip(accessibleName());
}
