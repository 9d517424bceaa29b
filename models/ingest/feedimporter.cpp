// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/feedimporter.h"

#include "store/timelinestore.h"

#include "feeds/csvparser.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>

#include <future>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

using Release = std::function<void(qint64 upTo)>;

ImportResult importChunks(TimelineStore &store, QByteArrayView data, const QString &source, FeedFormat::Kind kind,
    const FeedImporter::Progress &progress, const std::atomic_bool *cancel, const ServiceMapping &mapping,
    std::optional<TimeMs> documentTime, const Release &release);

// A mapped file's pages stay in the process' resident memory once read, so a whole import would
// grow as big as its file: the pages of the chunks already stored are given back (the kernel
// keeps them in its page cache, and reads them again should anything look back).
Release releaserOf(const uchar *mapped)
{
#ifdef Q_OS_LINUX
    return [mapped, page = qint64(sysconf(_SC_PAGESIZE)), released = qint64(0)](qint64 upTo) mutable {
        const qint64 end = upTo / page * page;
        if (page > 0 && end > released) {
            madvise(const_cast<uchar *>(mapped) + released, size_t(end - released), MADV_DONTNEED);
            released = end;
        }
    };
#else
    Q_UNUSED(mapped);
    return {};
#endif
}

} // namespace

ImportResult FeedImporter::importFile(TimelineStore &store, const QString &path, FeedFormat::Kind kind,
    const Progress &progress, const std::atomic_bool *cancel, const ServiceMapping &mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.source = path;
        r.error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return r;
    }
    // Mapping avoids copying big files into memory; fall back to reading (pipes, /proc).
    const qint64 size = file.size();
    // The same file imported twice has one modification time: what a format without times of
    // its own (a legacy Grafana alert) is stamped with is then the same both times.
    const TimeMs modified = QFileInfo(file).lastModified().toMSecsSinceEpoch();
    if (size > 0)
        if (uchar *mapped = file.map(0, size))
            return importChunks(store, QByteArrayView(mapped, size), path, kind, progress, cancel, mapping, modified,
                releaserOf(mapped));
    const QByteArray data = file.readAll();
    return importData(store, data, path, kind, progress, cancel, mapping, modified);
}

ImportResult FeedImporter::importData(TimelineStore &store, QByteArrayView data, const QString &source,
    FeedFormat::Kind kind, const Progress &progress, const std::atomic_bool *cancel, const ServiceMapping &mapping,
    std::optional<TimeMs> documentTime)
{
    return importChunks(store, data, source, kind, progress, cancel, mapping, documentTime, {});
}

namespace {

ImportResult importChunks(TimelineStore &store, QByteArrayView data, const QString &source, FeedFormat::Kind kind,
    const FeedImporter::Progress &progress, const std::atomic_bool *cancel, const ServiceMapping &mapping,
    std::optional<TimeMs> documentTime, const Release &release)
{
    ImportResult result;
    result.source = source;
    if (kind == FeedFormat::Unknown) {
        QString why;
        kind = FeedFormat::detect(data.first(qMin<qsizetype>(data.size(), 64 * 1024)), &why);
        if (kind == FeedFormat::Unknown) {
            result.error = QStringLiteral("%1: cannot identify the feed format: %2").arg(source, why);
            return result;
        }
    }
    ParseOptions options;
    options.source = source;
    options.receivedAt = QDateTime::currentMSecsSinceEpoch();
    options.mapping = mapping;
    options.documentTime = documentTime;
    // Whole-document formats are parsed in one go; line formats in chunks cut at line ends, CSV
    // in chunks cut where a row ends (a quoted cell may hold a line break), each chunk after
    // the first read under the file's header row.
    const bool csv = kind == FeedFormat::Csv;
    // A CSV row is about half as long as the same record in NDJSON: half the bytes make a chunk
    // of as many records, and so a batch of as much memory (at 4 MiB, twice as many records a
    // batch left the allocator holding more the longer the file).
    const qint64 chunkBytes = csv          ? FeedImporter::kChunkBytes / 2
        : FeedFormat::isLineOriented(kind) ? FeedImporter::kChunkBytes
                                           : qMax<qint64>(1, data.size());
    const qsizetype headerEnd = csv && data.size() > chunkBytes ? CsvParser::headerEnd(data) : 0;
    struct Chunk {
        qint64 begin = 0, end = 0, firstLine = 1;
    };
    const auto nextChunk = [&](qint64 begin, qint64 firstLine) {
        qint64 end = qMin<qint64>(data.size(), begin + chunkBytes);
        if (csv && end < data.size()) {
            end = CsvParser::rowsEnd(data, begin, qMax<qint64>(end, headerEnd));
        } else if (end < data.size()) {
            const qsizetype nl = data.first(end).lastIndexOf('\n');
            end = nl >= begin ? nl + 1 : data.indexOf('\n', end) + 1;
            if (end <= 0)
                end = data.size();
        }
        return Chunk {begin, end, firstLine};
    };
    const auto parseChunk = [&data, kind, options, csv, headerEnd](Chunk c) {
        ParseOptions o = options;
        o.baseOffset = c.begin;
        o.firstLine = c.firstLine;
        if (csv && c.begin > 0)
            o.header = data.first(headerEnd);
        return FeedFormat::parse(kind, data.sliced(c.begin, c.end - c.begin), o);
    };
    // Parsing the next chunk on another core while this one is written: the two halves
    // of ingest overlap, so throughput is the slower of them rather than their sum.
    Chunk current = nextChunk(0, 1);
    // One thread parses every chunk: a thread a chunk (std::async) gave each its own heap arena,
    // and the memory they kept grew with the number of chunks, so with the file.
    QThreadPool parser;
    parser.setMaxThreadCount(1);
    parser.setExpiryTimeout(-1);
    const auto parseAsync = [&parser, &parseChunk](Chunk c) {
        auto promise = std::make_shared<std::promise<ParseResult>>();
        std::future<ParseResult> parsed = promise->get_future();
        parser.start([promise, c, &parseChunk] { promise->set_value(parseChunk(c)); });
        return parsed;
    };
    std::future<ParseResult> pending = parseAsync(current);
    while (true) {
        ParseResult parsed = pending.get();
        const bool last = current.end >= data.size();
        const Chunk following = nextChunk(
            current.end, current.firstLine + data.sliced(current.begin, current.end - current.begin).count('\n'));
        const bool cancelled = cancel && cancel->load();
        if (!last && !cancelled)
            pending = parseAsync(following);
        if (!parsed.error.isEmpty()) {
            result.error = QStringLiteral("%1: %2").arg(source, parsed.error);
            break;
        }
        WriteStats stats;
        if (!store.write(parsed.batch, &stats)) {
            result.error = current.begin > 0 ? QStringLiteral("%1: %2 (the records before byte %3 are stored)")
                                                   .arg(source, store.lastError())
                                                   .arg(current.begin)
                                             : QStringLiteral("%1: %2").arg(source, store.lastError());
            result.fault = store.lastFault();
            break;
        }
        result.records += parsed.batch.recordCount();
        result.inserted += stats.inserted;
        result.unchanged += stats.unchanged;
        result.rejected += parsed.batch.rejects.size();
        for (const Reject &r : std::as_const(parsed.batch.rejects))
            if (result.firstRejects.size() < 100)
                result.firstRejects.append(r);
        if (progress)
            progress(current.end, data.size());
        if (release)
            release(current.end);
        if (last)
            break;
        if (cancelled) {
            result.cancelled = true;
            break;
        }
        current = following;
    }
    // Never leave a parse running over bytes the caller may unmap.
    if (pending.valid())
        pending.wait();
    // What the import changed of the overview is packed again, so that opening, summary and
    // report read it packed. Nothing depends on it but speed: if it fails, the rows are read.
    if (result.inserted > 0)
        store.packOverview();
    return result;
}

} // namespace
