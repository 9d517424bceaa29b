// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/rollupreadthread.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

RollupReadThread::RollupReadThread(Opener opener, const QStringList &services, qsizetype wholeCap, QObject *context,
    std::function<void(const Answer &)> answered)
    : m_opener(std::move(opener))
    , m_services(services)
    , m_wholeCap(wholeCap)
    , m_context(context)
    , m_answered(std::move(answered))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("rollup-reader"));
    m_thread->start(QThread::LowPriority);
}

RollupReadThread::~RollupReadThread()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_queue.clear();
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void RollupReadThread::post(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    if (!request.whole)
        m_newestWindow[request.level] = qMax(m_newestWindow.value(request.level), request.id);
    // What a view waits for goes before what is only guessed at.
    if (request.prefetch)
        m_queue.push_back(request);
    else
        m_queue.insert(
            std::find_if(m_queue.begin(), m_queue.end(), [](const Request &r) { return r.prefetch; }), request);
    m_wake.wakeOne();
}

bool RollupReadThread::busy() const
{
    QMutexLocker lock(&m_mutex);
    return m_reading || !m_queue.empty();
}

void RollupReadThread::run()
{
#ifdef Q_OS_LINUX
    // QThread's priorities do nothing under Linux's normal scheduling: this thread's own nice
    // value is what keeps a read of a whole level from taking the core a frame is being drawn
    // on when the cores are shared (#23; on two cores under load it delayed frames by 10-20 ms).
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
    std::unique_ptr<RollupSource> source;
    bool opened = false;
    const auto stopped = [this] {
        QMutexLocker lock(&m_mutex);
        return m_stop;
    };
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            m_reading = false;
            while (!m_stop && m_queue.empty())
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            request = m_queue.front();
            m_queue.pop_front();
            // The view moved on at this level before the read began: a newer window replaces it.
            if (!request.whole && request.id < m_newestWindow.value(request.level))
                continue;
            m_reading = true;
        }
        // Opened here, on first use: the connection belongs to this thread, and opening it
        // (a server round trip on PostgreSQL) keeps the GUI waiting for nothing.
        if (!opened) {
            opened = true;
            if (m_opener)
                source = m_opener();
        }
        Answer answer;
        if (source)
            answer = read(*source, m_services, m_wholeCap, request, stopped);
        else {
            answer.request = request;
            answer.opened = false;
        }
        if (stopped())
            break;
        QMetaObject::invokeMethod(
            m_context, [answered = m_answered, answer = std::move(answer)] { answered(answer); }, Qt::QueuedConnection);
    }
    // Closed on the thread that opened it.
    source.reset();
}

RollupReadThread::Answer RollupReadThread::read(RollupSource &source, const QStringList &services, qsizetype wholeCap,
    const Request &request, const std::function<bool()> &stop)
{
    Answer answer;
    answer.request = request;
    const TimeMs from = request.whole ? std::numeric_limits<TimeMs>::min() / 2 : request.from;
    const TimeMs to = request.whole ? std::numeric_limits<TimeMs>::max() / 2 : request.to;
    qsizetype total = 0;
    for (const QString &key : services) {
        if (stop && stop())
            break;
        if (request.level == 0)
            answer.values.append(source.samples(key, from, to));
        else
            answer.buckets.append(source.buckets(key, request.level, from, to, false));
        if (!request.whole)
            // The value in force when the window opens: its first bucket may start later.
            answer.before.append(
                source.sampleBefore(key, request.level == 0 ? from : SampleRollup::bucketStart(from, request.level)));
        total += request.level == 0 ? answer.values.constLast().size() : answer.buckets.constLast().size();
        if (request.whole && total > wholeCap) {
            // More than memory should keep: the provider reads windows of this level instead.
            answer.tooMany = true;
            answer.buckets.clear();
            break;
        }
    }
    answer.error = source.lastError();
    return answer;
}
