// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/samplerollup.h"

void RollupBucket::add(TimeMs time, double value)
{
    if (count == 0) {
        min = max = value;
        firstTime = lastTime = time;
        firstValue = lastValue = value;
    } else {
        min = qMin(min, value);
        max = qMax(max, value);
        if (time < firstTime) {
            firstTime = time;
            firstValue = value;
        }
        if (time >= lastTime) {
            lastTime = time;
            lastValue = value;
        }
    }
    ++count;
    sum += value;
}

void RollupBucket::merge(const RollupBucket &o)
{
    if (o.count == 0)
        return;
    if (count == 0) {
        *this = o;
        return;
    }
    count += o.count;
    sum += o.sum;
    min = qMin(min, o.min);
    max = qMax(max, o.max);
    if (o.firstTime < firstTime) {
        firstTime = o.firstTime;
        firstValue = o.firstValue;
    }
    if (o.lastTime >= lastTime) {
        lastTime = o.lastTime;
        lastValue = o.lastValue;
    }
}

int SampleRollup::levelFor(TimeMs span, int pixels)
{
    if (pixels <= 0)
        return kLevelsSec.back();
    const TimeMs perPixel = span / pixels;
    int chosen = 0;
    for (int level : kLevelsSec)
        if (TimeMs(level) * 1000 <= perPixel)
            chosen = level;
    return chosen;
}

TimeMs SampleRollup::bucketStart(TimeMs time, int levelSec)
{
    const TimeMs width = TimeMs(levelSec) * 1000;
    // Floor division: times before 1970 still land in the bucket that contains them.
    TimeMs q = time / width;
    if (time % width < 0)
        --q;
    return q * width;
}

void SampleRollup::add(const QString &service, TimeMs time, double value)
{
    if (!m_last || service != m_lastService) {
        auto it = m_current.find(service);
        if (it == m_current.end()) {
            it = m_current.insert(service, {});
            for (size_t i = 0; i < kLevelsSec.size(); ++i) {
                (*it)[i].service = service;
                (*it)[i].levelSec = kLevelsSec[i];
            }
        }
        // Valid until the next insert into m_current, and it is re-taken after every lookup.
        m_last = &*it;
        m_lastService = service;
    }
    for (size_t i = 0; i < kLevelsSec.size(); ++i) {
        RollupBucket &b = (*m_last)[i];
        const TimeMs start = bucketStart(time, kLevelsSec[i]);
        if (b.count > 0 && b.bucket != start) {
            m_pending.append(b);
            b.count = 0;
            b.sum = 0;
        }
        b.bucket = start;
        b.add(time, value);
    }
}

QList<RollupBucket> SampleRollup::takePending()
{
    for (auto &levels : m_current)
        for (RollupBucket &b : levels)
            if (b.count > 0) {
                m_pending.append(b);
                b.count = 0;
                b.sum = 0;
            }
    m_current.clear();
    m_last = nullptr;
    return std::exchange(m_pending, {});
}
