// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rollupsource.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>

class QObject;
class QThread;

// The series provider's reads of the store, off the GUI thread (#23): one thread with a
// connection of its own (a SQLite or PostgreSQL connection serves only the thread that opened
// it: the opener, TimelineStore::rollupSourceOpener, opens one there), working through a queue.
// Answers go to a callback on the thread of 'context' and are never delivered once 'context' is
// gone. A window request replaced by a newer one of the same level before its turn is not read.
class RollupReadThread final {
public:
    using Opener = std::function<std::unique_ptr<RollupSource>()>;
    struct Request {
        quint64 id = 0; // increasing; a window request supersedes older ones of its level
        int level = 0; // seconds; 0: raw samples
        bool whole = false; // every bucket of the level, else the window [from, to]
        TimeMs from = 0;
        TimeMs to = 0;
        bool prefetch = false; // asked while idle, for a neighbouring level
    };
    struct Answer {
        Request request;
        bool opened = true; // false: the opener gave no source (read on the owner's thread instead)
        bool tooMany = false; // a whole level past the cap: read it in windows
        QList<QList<RollupBucket>> buckets; // per service, by time
        QList<QList<RollupSource::Value>> values; // per service, by time (raw windows)
        QList<std::optional<RollupSource::Value>> before; // per service: the sample before the window
        QString error;
    };

    RollupReadThread(Opener opener, const QStringList &services, qsizetype wholeCap, QObject *context,
        std::function<void(const Answer &)> answered);
    // Waits for a read in progress to end (a whole level stops at the next service); drops the rest.
    ~RollupReadThread();
    RollupReadThread(const RollupReadThread &) = delete;
    RollupReadThread &operator=(const RollupReadThread &) = delete;

    void post(const Request &request);
    // Requests queued or being read.
    bool busy() const;

    // The read itself, on whatever thread 'source' belongs to (the provider's own thread when
    // there is no reader thread). 'stop' is polled between services.
    static Answer read(RollupSource &source, const QStringList &services, qsizetype wholeCap, const Request &request,
        const std::function<bool()> &stop = {});

private:
    void run();

    Opener m_opener;
    const QStringList m_services;
    const qsizetype m_wholeCap;
    QObject *m_context; // outlives the thread: its owner joins the thread first
    std::function<void(const Answer &)> m_answered;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Request> m_queue;
    QHash<int, quint64> m_newestWindow; // level → id of its newest window request
    bool m_reading = false;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};
