// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentsummary.h"

#include "impact/figurerange.h"
#include "impact/incidentanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

MomentSummary::MomentSummary(const IncidentAnalysis &analysis, TimeMs at)
    : m_analysis(analysis)
    , m_at(at)
{
}

QJsonObject MomentSummary::toJson() const
{
    QJsonArray services;
    const ImpactResult &r = m_analysis.result();
    for (int i = 0; i < r.services.size(); ++i) {
        const ServiceImpact &s = r.services.at(i);
        const ImpactPoint p = s.at(m_at);
        const auto people = [&](double v) { return s.users ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
        services.append(QJsonObject {{u"key"_qs, s.service}, {u"name"_qs, m_analysis.services().at(i).name},
            {u"users"_qs, s.users ? QJsonValue(double(*s.users)) : QJsonValue(QJsonValue::Null)},
            {u"affected"_qs, people(p.affected())}, {u"affected_low"_qs, people(p.affectedLow())},
            {u"affected_high"_qs, people(p.affectedHigh())}, {u"affected_inherited"_qs, people(p.affectedInherited)},
            {u"availability"_qs, p.effectiveAvailability}, {u"derived"_qs, s.derived}});
    }
    const DistinctResult &d = m_analysis.distinct();
    const DistinctPoint at = d.at(m_at);
    const bool known = !r.noUserCounts();
    const auto people = [&](double v) { return known ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return {{u"time"_qs, double(m_at / 1000)}, {u"distinct"_qs, people(at.central)},
        {u"distinct_low"_qs, people(at.low)}, {u"distinct_high"_qs, people(at.high)},
        {u"service_users"_qs, people(at.serviceUsers)}, {u"derived"_qs, d.derived}, {u"services"_qs, services}};
}

QList<QStringList> MomentSummary::table() const
{
    const QLocale locale;
    QList<QStringList> rows {
        {QCoreApplication::translate("Commands", "service"), QCoreApplication::translate("Commands", "people affected"),
            QCoreApplication::translate("Commands", "range"), QCoreApplication::translate("Commands", "share")}};
    const ImpactResult &r = m_analysis.result();
    for (int i = 0; i < r.services.size(); ++i) {
        const ServiceImpact &s = r.services.at(i);
        const ImpactPoint p = s.at(m_at);
        const FigureRange f {p.affected(), p.affectedLow(), p.affectedHigh(), s.derived};
        const QString share = QCoreApplication::translate("Commands", "%1 %")
                                  .arg(locale.toString((1.0 - p.effectiveAvailability) * 100.0, 'f', 0));
        rows.append({m_analysis.services().at(i).name, s.users ? f.centralText() : QStringLiteral("—"),
            s.users && (f.derived || f.hasRange()) ? f.rangeText() : QString(), share});
    }
    return rows;
}

QString MomentSummary::headline() const
{
    const QString when = Timestamps::format(m_at, m_analysis.timeZone(), u"yyyy-MM-dd HH:mm t"_qs);
    const ImpactResult &r = m_analysis.result();
    if (r.noUserCounts())
        return QCoreApplication::translate(
            "Commands", "People affected at %1: not known until a service has a user count")
            .arg(when);
    const DistinctResult &d = m_analysis.distinct();
    const DistinctPoint at = d.at(m_at);
    return QCoreApplication::translate("Commands", "Distinct people affected at %1: %2")
        .arg(when, FigureRange {at.central, at.low, at.high, d.derived}.text());
}
