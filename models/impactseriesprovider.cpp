#include "impactseriesprovider.h"

#include "m4decimator.h"
#include "rolluptable.h"
#include "samplerollup.h"

#include <QSqlQuery>
#include <QVariant>

ImpactSeriesProvider::ImpactSeriesProvider(QSqlDatabase db, const IncidentAnalysis &analysis)
    : m_db(std::move(db))
    , m_analysis(analysis)
{
}

QList<HealthSample> ImpactSeriesProvider::samplesFor(TimeMs from, TimeMs to, int pixels, int *levelSec) const
{
    QList<HealthSample> out;
    const int level = SampleRollup::levelFor(to - from, pixels);
    if (levelSec)
        *levelSec = level;
    for (const Service &service : m_analysis.services()) {
        // The value in force at 'from' comes from the last sample before it.
        QSqlQuery before(m_db);
        before.prepare(QStringLiteral("SELECT time, source, availability FROM samples WHERE service = ? AND time < ? "
                                      "ORDER BY time DESC LIMIT 1"));
        before.addBindValue(service.key);
        before.addBindValue(from);
        if (before.exec() && before.next())
            out.append({before.value(0).toLongLong(), service.key, before.value(1).toString(),
                        before.value(2).toDouble(), {}, {}, false});
        if (level == 0) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT time, source, availability FROM samples WHERE service = ? AND time >= ? "
                                     "AND time <= ? ORDER BY time"));
            q.addBindValue(service.key);
            q.addBindValue(from);
            q.addBindValue(to);
            if (q.exec())
                while (q.next())
                    out.append({q.value(0).toLongLong(), service.key, q.value(1).toString(), q.value(2).toDouble(),
                                {}, {}, false});
            continue;
        }
        // A bucket is narrower than a pixel, so where min and max sit inside it cannot
        // show: first, min, max, last at the bucket's first/last times keep the M4 shape.
        for (const RollupBucket &b : RollupTable::read(m_db, service.key, level, from, to)) {
            const TimeMs mid = (b.firstTime + b.lastTime) / 2;
            const QString source = QStringLiteral("rollup");
            out.append({b.firstTime, service.key, source, b.firstValue, {}, {}, false});
            if (b.count > 2) {
                out.append({qMax(b.firstTime + 1, mid - 1), service.key, source, b.min, {}, {}, false});
                out.append({qMax(b.firstTime + 2, mid), service.key, source, b.max, {}, {}, false});
            }
            if (b.lastTime > b.firstTime)
                out.append({qMax(b.lastTime, b.firstTime + 3), service.key, source, b.lastValue, {}, {}, false});
        }
    }
    return out;
}

ImpactSeriesProvider::Lines ImpactSeriesProvider::lines(TimeMs from, TimeMs to, int pixels, double scale) const
{
    Lines result;
    ImpactInput input = m_analysis.input();
    input.from = from;
    input.to = to;
    input.samples = samplesFor(from, to, pixels, &result.levelSec);
    result.samplesRead = input.samples.size();
    const ImpactResult impact = ImpactEngine::compute(input);
    for (const ServiceImpact &s : impact.services) {
        QList<QPointF> points;
        points.reserve(s.series.size() * 2 + 1);
        for (const ImpactPoint &p : s.series) {
            const double y = p.affected() / scale;
            if (!points.isEmpty())
                points.append(QPointF(double(p.time), points.constLast().y()));
            points.append(QPointF(double(p.time), y));
        }
        if (!points.isEmpty())
            points.append(QPointF(double(to), points.constLast().y()));
        result.perService.append(M4Decimator::decimate(points, double(from), double(to), pixels));
    }
    return result;
}
