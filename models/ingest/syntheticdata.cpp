// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/syntheticdata.h"

#include "store/timelinestore.h"

#include <cmath>

namespace {
// splitmix64: a stateless hash, so sample k of service i is the same whoever asks for it,
// and far cheaper than seeding a generator per sample.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
double unit(quint64 x)
{
    return double(x >> 11) * (1.0 / 9007199254740992.0);
}
} // namespace

QList<Service> SyntheticData::services(const Options &o)
{
    QList<Service> out;
    for (int i = 0; i < o.services; ++i)
        out.append({QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Service %1").arg(i),
            1000000 + 250000LL * i, {}, QStringLiteral("synthetic")});
    return out;
}

Incident SyntheticData::incident(const Options &o)
{
    Incident i;
    i.id = QStringLiteral("synthetic");
    i.title = QStringLiteral("Synthetic outage (%1 services × %2 samples)").arg(o.services).arg(o.samplesPerService);
    const qint64 span = o.samplesPerService * o.stepMs;
    i.began = o.start + span / 5;
    i.resolved = o.start + span * 4 / 5;
    i.timeZone = QStringLiteral("UTC");
    for (const Service &s : services(o))
        i.services.append(s.key);
    return i;
}

QList<HealthSample> SyntheticData::samples(const Options &o, int service, qint64 from, qint64 count)
{
    QList<HealthSample> out;
    out.reserve(count);
    const qint64 n = o.samplesPerService;
    const QString key = QStringLiteral("svc-%1").arg(service, 3, 10, QLatin1Char('0'));
    const QString source = QStringLiteral("synthetic");
    for (qint64 k = from; k < qMin(n, from + count); ++k) {
        const quint64 h = mix((quint64(o.seed) << 40) ^ (quint64(service) << 32) ^ quint64(k));
        const double phase = double(k) / double(n);
        double a = 1.0;
        if (phase >= 0.2 && phase < 0.8) {
            const double recovery = (phase - 0.2) / 0.6; // 0 → 1 over the outage
            a = std::clamp(std::pow(recovery, 1.5 + 0.2 * service) + 0.03 * (unit(h) - 0.5), 0.0, 1.0);
        }
        if ((h & 0xfff) == 0)
            a = unit(mix(h)) * 0.5; // a rare spike: decimation must keep it
        out.append({o.start + k * o.stepMs, key, source, a, {}, {}, false});
    }
    return out;
}

bool SyntheticData::writeNdjson(const Options &o, QIODevice &out)
{
    FeedBatch head;
    QByteArray buffer;
    for (const Service &s : services(o))
        buffer += "{\"type\":\"service\",\"key\":\"" + s.key.toUtf8() + "\",\"name\":\"" + s.name.toUtf8()
            + "\",\"users\":" + QByteArray::number(s.usersOrZero()) + "}\n";
    const qint64 chunk = 50000;
    for (qint64 from = 0; from < o.samplesPerService; from += chunk) {
        for (int i = 0; i < o.services; ++i) {
            for (const HealthSample &s : samples(o, i, from, chunk)) {
                buffer += "{\"type\":\"sample\",\"time\":" + QByteArray::number(s.time) + ",\"service\":\""
                    + s.service.toUtf8() + "\",\"source\":\"synthetic\",\"availability\":"
                    + QByteArray::number(s.availability, 'g', 6) + "}\n";
            }
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return true;
}

bool SyntheticData::writeStore(
    const Options &o, TimelineStore &store, const std::function<void(qint64, qint64)> &progress)
{
    FeedBatch head;
    head.services = services(o);
    head.incidents.append(incident(o));
    if (!store.write(head))
        return false;
    const qint64 chunk = 100000;
    const qint64 total = o.samplesPerService * o.services;
    qint64 done = 0;
    for (qint64 from = 0; from < o.samplesPerService; from += chunk) {
        FeedBatch b;
        for (int i = 0; i < o.services; ++i)
            b.samples += samples(o, i, from, chunk);
        if (!store.write(b))
            return false;
        done += b.samples.size();
        if (progress)
            progress(done, total);
    }
    return store.packOverview(); // as an import does (FeedImporter)
}
