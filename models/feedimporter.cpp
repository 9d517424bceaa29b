#include "feedimporter.h"

#include "timelinestore.h"

#include <QDateTime>
#include <QFile>

ImportResult FeedImporter::importFile(TimelineStore &store, const QString &path, FeedFormat::Kind kind,
                                      const Progress &progress, const std::atomic_bool *cancel)
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
    if (size > 0)
        if (uchar *mapped = file.map(0, size))
            return importData(store, QByteArrayView(mapped, size), path, kind, progress, cancel);
    const QByteArray data = file.readAll();
    return importData(store, data, path, kind, progress, cancel);
}

ImportResult FeedImporter::importData(TimelineStore &store, QByteArrayView data, const QString &source,
                                      FeedFormat::Kind kind, const Progress &progress, const std::atomic_bool *cancel)
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
    // Whole-document formats are parsed in one go; line formats in chunks cut at line ends.
    const qint64 chunkBytes = FeedFormat::isLineOriented(kind) ? kChunkBytes : data.size();
    qint64 pos = 0;
    while (pos < data.size() || (pos == 0 && data.isEmpty())) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        qint64 end = qMin<qint64>(data.size(), pos + chunkBytes);
        if (end < data.size()) {
            const qsizetype nl = data.first(end).lastIndexOf('\n');
            end = nl >= pos ? nl + 1 : data.indexOf('\n', end) + 1;
            if (end <= 0)
                end = data.size();
        }
        const QByteArrayView chunk = data.sliced(pos, end - pos);
        options.baseOffset = pos;
        const ParseResult parsed = FeedFormat::parse(kind, chunk, options);
        if (!parsed.error.isEmpty()) {
            result.error = QStringLiteral("%1: %2").arg(source, parsed.error);
            return result;
        }
        WriteStats stats;
        if (!store.write(parsed.batch, &stats)) {
            result.error = QStringLiteral("%1: %2 (the records before byte %3 are stored)")
                               .arg(source, store.lastError()).arg(pos);
            return result;
        }
        result.records += parsed.batch.recordCount();
        result.inserted += stats.inserted;
        result.unchanged += stats.unchanged;
        result.rejected += parsed.batch.rejects.size();
        for (const Reject &r : parsed.batch.rejects)
            if (result.firstRejects.size() < 100)
                result.firstRejects.append(r);
        options.firstLine += chunk.count('\n');
        pos = end;
        if (progress)
            progress(pos, data.size());
        if (data.isEmpty())
            break;
    }
    return result;
}
