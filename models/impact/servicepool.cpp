// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/servicepool.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace {
std::atomic<int> maxThreads {0};
} // namespace

void ServicePool::setMaxThreads(int threads)
{
    maxThreads = qMax(0, threads);
}

void ServicePool::forEach(qsizetype count, qsizetype records, const std::function<void(qsizetype)> &work)
{
    const int limit = maxThreads;
    const qsizetype cores
        = limit > 0 ? qsizetype(limit) : qMax<qsizetype>(1, qsizetype(std::thread::hardware_concurrency()));
    const qsizetype threads = std::min(count, cores);
    if (threads <= 1 || records < kMinRecords) {
        for (qsizetype k = 0; k < count; ++k)
            work(k);
        return;
    }
    // Indices handed out one at a time: services differ a lot in size, so a fixed split would
    // leave one thread with the big one and the other idle.
    std::atomic<qsizetype> next {0};
    const auto run = [&] {
        for (qsizetype k; (k = next++) < count;)
            work(k);
    };
    std::vector<std::thread> others;
    others.reserve(size_t(threads - 1));
    for (qsizetype t = 1; t < threads; ++t)
        others.emplace_back(run);
    run();
    for (std::thread &t : others)
        t.join();
}
