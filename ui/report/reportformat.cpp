// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportformat.h"

#include "common/timeaxisticks.h"

#include <QCoreApplication>
#include <QPainter>

namespace ReportFormat {

QStringList fontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("DejaVu Sans")};
}

QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString count(double value)
{
    return numberLocale().toString(qRound64(value));
}

QString dash()
{
    return QStringLiteral("—");
}

QRectF chartArea(ReportPageWriter &w, qreal height)
{
    w.ensureSpace(height);
    const QRectF target(w.content().left(), w.y(), w.content().width(), height);
    w.advance(height + w.pt(6));
    return target;
}

void noWidgets(ReportPageWriter &w, const QRectF &target)
{
    QPainter *painter = w.painter();
    painter->setFont(w.style().body);
    painter->setPen(w.style().muted);
    painter->drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
        QCoreApplication::translate("ReportRenderer", "The chart needs a QApplication and was left out."));
}

ReportTable milestoneTable(const IncidentAnalysis &analysis)
{
    const QTimeZone zone = analysis.timeZone();
    const TimeMs origin = analysis.origin();
    const QLocale locale;
    const auto cell = [&](const std::optional<TimeMs> &t) -> ReportTableCell {
        if (!t)
            return {dash(), {}};
        return {locale.toString(QDateTime::fromMSecsSinceEpoch(*t, zone),
                    QCoreApplication::translate("ReportRenderer", "d MMM HH:mm")),
            QStringLiteral("+") + Timestamps::formatDuration((*t - origin) / 1000)};
    };
    const auto row = [&](const QString &name, const RecoveryMilestones &m, bool total) {
        return ReportTableRow {
            {{name, {}}, cell(m.firstPartial), cell(m.recovered50), cell(m.recovered90), cell(m.full)}, total};
    };
    ReportTable table;
    const QString abbreviation = TimeAxisTicks::zoneAbbreviation(zone, origin);
    table.columns = {
        {QCoreApplication::translate("ReportRenderer", "Service"), 0.28, Qt::AlignLeft},
        {QCoreApplication::translate("ReportRenderer", "First partial recovery (%1)").arg(abbreviation), 0.18,
            Qt::AlignRight},
        {QCoreApplication::translate("ReportRenderer", "50 % recovered (%1)").arg(abbreviation), 0.18, Qt::AlignRight},
        {QCoreApplication::translate("ReportRenderer", "90 % recovered (%1)").arg(abbreviation), 0.18, Qt::AlignRight},
        {QCoreApplication::translate("ReportRenderer", "Full recovery (%1)").arg(abbreviation), 0.18, Qt::AlignRight},
    };
    const ImpactResult &r = analysis.result();
    for (qsizetype i = 0; i < r.services.size() && i < analysis.services().size(); ++i) {
        const Service &def = analysis.services().at(i);
        table.rows.append(row(def.name.isEmpty() ? def.key : def.name, r.services.at(i).milestones, false));
    }
    table.rows.append(row(QCoreApplication::translate("ReportRenderer", "All services"), r.totalMilestones, true));
    table.footnote = QCoreApplication::translate("ReportRenderer",
        "Clock times in %1 (%2); under each, the time since %3. Each milestone is the first "
        "time after the peak that people affected fell to half, a tenth, and zero for good; %4: "
        "not reached in the window.")
                         .arg(QString::fromUtf8(zone.id()), abbreviation,
                             locale.toString(QDateTime::fromMSecsSinceEpoch(origin, zone),
                                 QCoreApplication::translate("ReportRenderer", "d MMM yyyy HH:mm")),
                             dash());
    return table;
}

} // namespace ReportFormat
