// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/liveimpact.h"

#include "impact/impactengine.h"

#include <algorithm>

LiveImpact::LiveImpact(const IncidentAnalysis &analysis)
    : m_input(analysis.input())
{
    for (const Service &s : std::as_const(m_input.services))
        m_keys.insert(s.key);
    // Each service's last sample is where its live line goes on from; a service known only by
    // its states keeps them (they are in the input), and its first live sample takes over.
    for (const HealthSample &s : std::as_const(m_input.samples)) {
        auto last = m_last.find(s.service);
        if (last == m_last.end())
            m_last.insert(s.service, s);
        else if (s.time >= last->time)
            *last = s;
    }
    m_input.samples.clear();
}

QList<QList<QPointF>> LiveImpact::append(const QList<HealthSample> &samples)
{
    QList<QList<QPointF>> out(m_input.services.size());
    QList<HealthSample> batch;
    for (const HealthSample &s : samples) {
        const auto last = m_last.constFind(s.service);
        if (m_keys.contains(s.service) && (last == m_last.cend() || s.time > last->time))
            batch.append(s);
    }
    if (batch.isEmpty())
        return out;
    std::stable_sort(
        batch.begin(), batch.end(), [](const HealthSample &a, const HealthSample &b) { return a.time < b.time; });
    ImpactInput input = m_input;
    input.from = batch.constFirst().time;
    input.to = batch.constLast().time;
    input.samples.reserve(m_last.size() + batch.size());
    for (const HealthSample &s : std::as_const(m_last))
        input.samples.append(s);
    input.samples += batch;
    std::stable_sort(input.samples.begin(), input.samples.end(),
        [](const HealthSample &a, const HealthSample &b) { return a.time < b.time; });
    const ImpactResult result = ImpactEngine::computeSeries(input);
    for (int i = 0; i < result.services.size() && i < out.size(); ++i) {
        const ServiceImpact &service = result.services.at(i);
        for (const ImpactPoint &p : service.series) {
            const double y = service.plotted(p, 1.0);
            if (out[i].isEmpty() || out[i].constLast().y() != y)
                out[i].append(QPointF(double(p.time), y));
        }
    }
    for (const HealthSample &s : std::as_const(batch))
        m_last.insert(s.service, s);
    return out;
}
