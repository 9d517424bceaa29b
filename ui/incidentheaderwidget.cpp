// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentheaderwidget.h"

#include "common/elidedlabel.h"
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
    , m_sum(new ElidedLabel(this))
    , m_when(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_steps(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_demo->setToolTip(demoText());
    m_demo->setWordWrap(true);
    setCompact(false);
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
    m_when->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("missingUsers"));
    m_missing->setWordWrap(true);
    m_missing->hide();
    m_missing->setToolTip(tr("People figures need each service's user count: set them in Services ▸ Edit…"));
    m_steps->setObjectName(QStringLiteral("gettingStarted"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->hide();
    for (QLabel *links : {m_missing, m_steps}) {
        links->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(links, &QLabel::linkActivated, this,
            [this](const QString &link) { emit actionLinkActivated(link.section(u':', 1)); });
    }
    layout->addWidget(m_demo);
    layout->addWidget(m_missing);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    layout->addWidget(m_headline);
    layout->addWidget(m_sum);
    layout->addWidget(m_when);
    setTheme(m_theme);
}

QString IncidentHeaderWidget::demoText()
{
    return tr("Demo: the Kakao outage of 15–20 October 2022, built from the public record. "
              "Availability curves are derived, not measured. Import your own feeds with File ▸ Import.");
}

void IncidentHeaderWidget::setCompact(bool compact)
{
    // Beside the chart the banner has a third of the width: one line, the whole text in its tooltip.
    m_demo->setText(compact ? tr("Demo data: derived from the public record, not measured") : demoText());
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

void IncidentHeaderWidget::setAnalysis(const IncidentAnalysis &analysis, bool demo, int nowHours)
{
    m_analysis = analysis;
    m_nowHours = nowHours;
    m_demo->setVisible(demo);
    const bool empty = analysis.services().isEmpty();
    m_title->setText(analysis.incident() ? analysis.incident()->title
            : empty                      ? tr("Getting started")
            : nowHours > 0               ? tr("Now: every service over the last %1 h").arg(nowHours)
                                         : tr("All recorded data"));
    m_when->setVisible(!empty);
    m_sum->setVisible(!empty);
    m_headline->setVisible(!empty);
    // A user's own empty database: what to do first, each step a link to where it is done.
    m_steps->setVisible(empty && !demo);
    if (empty && !demo)
        m_steps->setText(tr("<ol>"
                            "<li><b>Bring in your data</b>: <a href=\"do:import\">import</a> your status page's "
                            "incidents.json, an Alertmanager webhook or a Prometheus query result "
                            "(File ▸ Import, or drop files here), or add <a href=\"do:sources\">live sources</a> "
                            "(File ▸ Sources).</li>"
                            "<li><b>Say who uses what</b>: give each service its users and what it depends on in "
                            "<a href=\"do:services\">Services ▸ Edit…</a>.</li>"
                            "<li><b>Read the figures</b>: the tiles, the headline and the recovery chart show the "
                            "people affected; with no incident the dashboard shows Now, the last 24 hours.</li>"
                            "</ol><p>Just looking? <a href=\"do:demo\">Open the demo</a> (the Kakao outage of "
                            "October 2022) in a database of its own.</p>"));
}

void IncidentHeaderWidget::setServicesWithoutUsers(int count)
{
    m_missing->setVisible(count > 0);
    if (count > 0)
        m_missing->setText(count == 1
                ? tr("⚠ 1 service has no user count: <a href=\"do:services\">Services ▸ Edit…</a>")
                : tr("⚠ %1 services have no user count: <a href=\"do:services\">Services ▸ Edit…</a>").arg(count));
}

QString IncidentHeaderWidget::missingUsersText() const
{
    return m_missing->isHidden() ? QString() : m_missing->text();
}

bool IncidentHeaderWidget::showsGettingStarted() const
{
    return !m_steps->isHidden();
}

QString IncidentHeaderWidget::headlineText() const
{
    return m_headline->text();
}

QString IncidentHeaderWidget::serviceUsersText() const
{
    return m_sum->fullText();
}

void IncidentHeaderWidget::setCursor(TimeMs time, double serviceUsers)
{
    if (m_analysis.services().isEmpty()) {
        // A new shared timeline starts empty: say how data gets in rather than "0 people at 1970".
        m_headline->setText(tr("Import feed files (File ▸ Import, or drop them on the window), add live sources "
                               "(File ▸ Sources), or copy a timeline in with: outagedash migrate --from FILE --to DB"));
        setAccessibleName(m_title->text() + u' ' + (m_steps->isHidden() ? m_headline->text() : m_steps->text()));
        return;
    }
    const QLocale locale;
    const QTimeZone zone = m_analysis.timeZone();
    const qint64 elapsed = (time - m_analysis.origin()) / 1000;
    const DistinctResult &distinct = m_analysis.distinct();
    const DistinctPoint d = distinct.at(time);
    const FigureRange people {d.central, d.low, d.high, distinct.derived};
    // With no user count anywhere there are no people to count, which is not zero people.
    const bool noUsers = m_analysis.result().noUserCounts();
    if (noUsers)
        m_headline->setText(tr("People affected: not known until a service has a user count"));
    else
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
    m_sum->setFullText(noUsers ? tr("Each tile shows the share of its service's users affected.") : sum);
    const QString at = QStringLiteral("%1 %2").arg(Timestamps::format(time, zone, QStringLiteral("yyyy-MM-dd HH:mm")),
        TimeAxisTicks::zoneAbbreviation(zone, time));
    // Now spans whatever happened in its hours: no one outage to count from.
    m_when->setText(m_nowHours > 0 ? tr("As at %1").arg(at)
            : elapsed >= 0 ? tr("As at %1, %2 after the outage began").arg(at, Timestamps::formatDuration(elapsed))
                           : tr("As at %1, before the outage began").arg(at));
    setAccessibleName(m_headline->text() + u' ' + m_sum->fullText() + u' ' + m_when->text());
}
