// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>

struct BenchResult {
    QString target; // the target this measures
    QString measure; // what was timed
    double median = 0; // of 'runs'
    QString unit;
    QString reference; // what it is compared with, measured in the same run
    double referenceMedian = 0;
    double ratio = 0; // median / reference (or the inverse where "faster" reads better)
    QString goal; // the target as text
    bool met = false;
    int runs = 0;
    QString note; // how it was measured, for "Reading these figures"; may be empty
    double worst = 0; // the worst of 'runs', in the unit of 'median' (0: not reported)
};

inline double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qMin<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5))];
}

// The 1-minute load average: this machine is often shared with builds, which the figures show.
inline QString oneMinuteLoad()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QStringLiteral("?");
}
