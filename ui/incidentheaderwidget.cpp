// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentheaderwidget.h"

#include "common/timeaxisticks.h"
#include "impact/figurerange.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

IncidentHeaderWidget::IncidentHeaderWidget(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_sum(new QLabel(this))
    , m_when(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_demo->setText(tr("Demo: the Kakao outage of 15–20 October 2022, built from the public record. "
                       "Availability curves are derived, not measured. Import your own feeds with File ▸ Import."));
    m_demo->setWordWrap(true);
    m_demo->setAutoFillBackground(true);
    m_demo->setMargin(6);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    QFont hf = m_headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.2);
    m_headline->setFont(hf);
    m_headline->setWordWrap(true);
    m_sum->setWordWrap(true);
    m_when->setWordWrap(true);
    layout->addWidget(m_demo);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_sum);
    layout->addWidget(m_when);
    setTheme(m_theme);
}

void IncidentHeaderWidget::setTheme(const Theme &theme)
{
    m_theme = theme;
    QPalette p = m_demo->palette();
    p.setColor(QPalette::Window, theme.demoBanner);
    p.setColor(QPalette::WindowText, theme.demoBannerText);
    m_demo->setPalette(p);
    QPalette w = m_when->palette();
    w.setColor(QPalette::WindowText, theme.mutedText);
    m_when->setPalette(w);
    m_sum->setPalette(w);
}

void IncidentHeaderWidget::setAnalysis(const IncidentAnalysis &analysis, bool demo)
{
    m_analysis = analysis;
    m_demo->setVisible(demo);
    m_title->setText(analysis.incident()    ? analysis.incident()->title
            : analysis.services().isEmpty() ? tr("Nothing recorded yet")
                                            : tr("All recorded data"));
    m_when->setVisible(!analysis.services().isEmpty());
    m_sum->setVisible(!analysis.services().isEmpty());
}

QString IncidentHeaderWidget::headlineText() const
{
    return m_headline->text();
}

QString IncidentHeaderWidget::serviceUsersText() const
{
    return m_sum->text();
}

void IncidentHeaderWidget::setCursor(TimeMs time, double serviceUsers)
{
    if (m_analysis.services().isEmpty()) {
        // A new shared timeline starts empty: say how data gets in rather than "0 people at 1970".
        m_headline->setText(tr("Import feed files (File ▸ Import, or drop them on the window), add live sources "
                               "(File ▸ Sources), or copy a timeline in with: outagedash migrate --from FILE --to DB"));
        setAccessibleName(m_title->text() + u' ' + m_headline->text());
        return;
    }
    const QLocale locale;
    const QTimeZone zone = m_analysis.timeZone();
    const qint64 elapsed = (time - m_analysis.origin()) / 1000;
    const DistinctResult &distinct = m_analysis.distinct();
    const DistinctPoint d = distinct.at(time);
    const FigureRange people {d.central, d.low, d.high, distinct.derived};
    m_headline->setText(people.derived || people.hasRange()
            ? tr("%1 people affected (range %2)").arg(people.centralText(), people.rangeText())
            : tr("%1 people affected").arg(people.centralText()));
    QStringList audiences;
    for (const Audience &a : distinct.audiences)
        if (!a.ownService)
            audiences.append(tr("%1: %2").arg(a.name, locale.toString(a.size)));
    QString sum = tr("%1 service-users affected: a person using several services counts once for each.")
                      .arg(locale.toString(qRound64(serviceUsers)));
    sum += u' '
        + (audiences.isEmpty()
                ? tr("People counted once; overlap model: %1.").arg(OverlapModels::displayName(distinct.model))
                : tr("People counted once within each audience (%1); overlap model: %2.")
                      .arg(audiences.join(QStringLiteral("; ")), OverlapModels::displayName(distinct.model)));
    m_sum->setText(sum);
    const QString at = QStringLiteral("%1 %2").arg(Timestamps::format(time, zone, QStringLiteral("yyyy-MM-dd HH:mm")),
        TimeAxisTicks::zoneAbbreviation(zone, time));
    m_when->setText(elapsed >= 0
            ? tr("As at %1, %2 after the outage began").arg(at, Timestamps::formatDuration(elapsed))
            : tr("As at %1, before the outage began").arg(at));
    setAccessibleName(m_headline->text() + u' ' + m_sum->text() + u' ' + m_when->text());
}
