// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

// Runs work(0) … work(count − 1), each index once, on this thread and as many more as the
// machine has cores for (up to one per index) when 'records' (what the calls read in all) is
// large enough to pay for starting them; otherwise in order on this thread. The calls must not
// touch what another call writes.
class ServicePool final {
public:
    static void forEach(qsizetype count, qsizetype records, const std::function<void(qsizetype)> &work);
    // Below this many records a thread costs more than it saves (tens of microseconds to start).
    static constexpr qsizetype kMinRecords = 20000;
    // At most this many threads in all (0: one per core). Tests set 1 to compare the results of
    // one thread with those of several.
    static void setMaxThreads(int threads);
};
