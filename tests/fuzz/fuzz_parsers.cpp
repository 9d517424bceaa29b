// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the feed parsers. One source, one executable per parser: the
// parser is picked at compile time with -DFUZZ_TARGET=<n> (see tests/fuzz/CMakeLists.txt).
//
// Each input is parsed as the importer would, and what the parsers promise is checked
// (docs/feed-format.md, the headers in models/): no crash, no sanitizer report, and
//  - every Reject names a field and a reason of a bounded size, keeps at most 512 bytes of raw
//    text (as at most 512 UTF-16 units), carries the source and receivedAt it was given, a line
//    from 1 and a byte offset inside the input;
//  - every record holds values the store and the engine can take: service keys of
//    [a-z0-9_.-]+, availability and error rate in [0, 1], latency >= 0, share in [0, 1],
//    users >= 0, a known state;
//  - progress is reported inside [0, total] and a cancel is honoured;
//  - parsing is deterministic (two runs give the same batch);
//  - NDJSON: every non-blank line gives exactly one record or one reject; cutting the input
//    at a line end (as FeedImporter's chunks do) gives the same records and rejects; and a
//    line FastSampleParser takes gives the same sample through the full parser.
// A broken promise aborts with a message, which libFuzzer reports as a crash.

#include "domain/recordfields.h"
#include "feeds/alertmanagerparser.h"
#include "feeds/atomrssparser.h"
#include "feeds/csvparser.h"
#include "feeds/fastsampleparser.h"
#include "feeds/feedformat.h"
#include "feeds/googlecloudparser.h"
#include "feeds/grafanaparser.h"
#include "feeds/ndjsonparser.h"
#include "feeds/prometheusparser.h"
#include "feeds/statuspageparser.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#define FUZZ_NDJSON 1
#define FUZZ_CSV 2
#define FUZZ_STATUSPAGE 3
#define FUZZ_ALERTMANAGER 4
#define FUZZ_PROMETHEUS 5
#define FUZZ_ATOMRSS 6
#define FUZZ_GRAFANA 7
#define FUZZ_GCP 8

#ifndef FUZZ_TARGET
#error                                                                                                                 \
    "define FUZZ_TARGET as one of FUZZ_NDJSON, FUZZ_CSV, FUZZ_STATUSPAGE, FUZZ_ALERTMANAGER, FUZZ_PROMETHEUS, FUZZ_ATOMRSS, FUZZ_GRAFANA, FUZZ_GCP"
#endif

namespace {

constexpr TimeMs kReceivedAt = 1666000000000;

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "\n*** invariant broken: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

#define FUZZ_CHECK(cond, detail)                                                                                       \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            broken(#cond, (detail));                                                                                   \
    } while (0)

ParseResult parseWith(QByteArrayView data, const ParseOptions &options)
{
#if FUZZ_TARGET == FUZZ_NDJSON
    return NdjsonParser::parse(data, options);
#elif FUZZ_TARGET == FUZZ_CSV
    return CsvParser::parse(data, options);
#elif FUZZ_TARGET == FUZZ_STATUSPAGE
    return StatuspageParser::parse(data, options);
#elif FUZZ_TARGET == FUZZ_ALERTMANAGER
    return AlertmanagerParser::parse(data, options);
#elif FUZZ_TARGET == FUZZ_PROMETHEUS
    return PrometheusParser::parse(data, options);
#elif FUZZ_TARGET == FUZZ_ATOMRSS
    return AtomRssParser::parse(data, options);
#elif FUZZ_TARGET == FUZZ_GRAFANA
    return GrafanaParser::parse(data, options);
#elif FUZZ_TARGET == FUZZ_GCP
    return GoogleCloudParser::parse(data, options);
#else
#error "unknown FUZZ_TARGET"
#endif
}

void looksLike(QByteArrayView data)
{
    const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 64 * 1024));
#if FUZZ_TARGET == FUZZ_CSV
    CsvParser::looksLike(head);
#elif FUZZ_TARGET == FUZZ_STATUSPAGE
    StatuspageParser::looksLike(head);
#elif FUZZ_TARGET == FUZZ_ALERTMANAGER
    AlertmanagerParser::looksLike(head);
#elif FUZZ_TARGET == FUZZ_PROMETHEUS
    PrometheusParser::looksLike(head);
#elif FUZZ_TARGET == FUZZ_ATOMRSS
    AtomRssParser::looksLike(head);
#elif FUZZ_TARGET == FUZZ_GRAFANA
    GrafanaParser::looksLike(head);
#elif FUZZ_TARGET == FUZZ_GCP
    GoogleCloudParser::looksLike(head);
#endif
    // Detection runs every format's looksLike (and NDJSON's first-line check) on the same head.
    QString why;
    if (FeedFormat::detect(head, &why) == FeedFormat::Unknown)
        FUZZ_CHECK(!why.isEmpty(), QStringLiteral("detect() gave Unknown without saying why"));
}

ParseOptions optionsFor(qint64 firstLine, qint64 baseOffset)
{
    ParseOptions options;
    options.source = QStringLiteral("fuzz-input");
    options.receivedAt = kReceivedAt;
    // A legacy Grafana alert has no time of its own: it takes this one, as an import takes the file's.
    options.documentTime = kReceivedAt;
    options.firstLine = firstLine;
    options.baseOffset = baseOffset;
    return options;
}

void checkKey(const QString &key, const char *what)
{
    FUZZ_CHECK(RecordFields::isKey(key), QStringLiteral("%1 key \"%2\"").arg(QLatin1StringView(what), key));
}

bool isKnownState(ServiceState s)
{
    return int(s) >= int(ServiceState::Operational) && int(s) <= int(ServiceState::Unknown);
}

void checkBatch(const FeedBatch &b, const ParseOptions &options, qsizetype size)
{
    for (const Reject &r : b.rejects) {
        const QString where = QStringLiteral("reject line %1 offset %2 field \"%3\" reason \"%4\"")
                                  .arg(r.line)
                                  .arg(r.offset)
                                  .arg(r.field, r.reason);
        FUZZ_CHECK(!r.reason.trimmed().isEmpty(), where);
        FUZZ_CHECK(!r.field.isEmpty(), where);
        // At most 512 bytes are kept; decoded they can never be more than 512 UTF-16 units.
        FUZZ_CHECK(r.raw.size() <= 512, where + QStringLiteral(" raw size %1").arg(r.raw.size()));
        FUZZ_CHECK(r.source == options.source, where);
        FUZZ_CHECK(r.receivedAt == options.receivedAt, where);
        // Every reject is placed (#18.5): a line from 1 and a byte inside the input.
        FUZZ_CHECK(r.line >= 1, where);
        FUZZ_CHECK(r.offset >= options.baseOffset && r.offset <= options.baseOffset + size, where);
        // A reason quotes at most a few hundred bytes of the input.
        FUZZ_CHECK(r.reason.size() <= 2000, where.left(300));
    }
    for (const Service &s : b.services) {
        checkKey(s.key, "service");
        FUZZ_CHECK(s.usersOrZero() >= 0, s.key);
        FUZZ_CHECK(s.colour.isEmpty() || RecordFields::isHexColour(s.colour), s.colour);
    }
    for (const Dependency &d : b.dependencies) {
        checkKey(d.service, "dependency service");
        checkKey(d.dependsOn, "dependency depends_on");
        FUZZ_CHECK(d.service != d.dependsOn, d.service);
        FUZZ_CHECK(d.share >= 0.0 && d.share <= 1.0, QString::number(d.share));
    }
    for (const HealthSample &s : b.samples) {
        checkKey(s.service, "sample service");
        FUZZ_CHECK(std::isfinite(s.availability) && s.availability >= 0.0 && s.availability <= 1.0,
            QString::number(s.availability, 'g', 17));
        FUZZ_CHECK(!s.latencyMs || (std::isfinite(*s.latencyMs) && *s.latencyMs >= 0.0),
            QString::number(s.latencyMs.value_or(0)));
        FUZZ_CHECK(
            !s.errorRate || (*s.errorRate >= 0.0 && *s.errorRate <= 1.0), QString::number(s.errorRate.value_or(0)));
    }
    for (const StateChange &s : b.states) {
        checkKey(s.service, "state service");
        FUZZ_CHECK(isKnownState(s.state), s.rawState);
    }
    for (const Incident &i : b.incidents)
        for (const QString &k : i.services)
            checkKey(k, "incident service");
    for (const IncidentUpdate &u : b.updates)
        for (const QString &k : u.services)
            checkKey(k, "update service");
    for (const Annotation &a : b.annotations) {
        FUZZ_CHECK(a.service.isEmpty() || RecordFields::isKey(a.service), a.service);
        FUZZ_CHECK(!a.text.trimmed().isEmpty(), QStringLiteral("empty annotation text"));
    }
}

bool sameBatch(const FeedBatch &a, const FeedBatch &b)
{
    return a.services == b.services && a.dependencies == b.dependencies && a.samples == b.samples
        && a.states == b.states && a.incidents == b.incidents && a.updates == b.updates
        && a.annotations == b.annotations && a.rejects == b.rejects;
}

// The parse as the importer runs it, with a progress callback that checks its arguments.
ParseResult parseChecked(QByteArrayView data, ParseOptions options)
{
    const qsizetype size = data.size();
    qint64 calls = 0;
    options.progress = [size, &calls](qint64 done, qint64 total) {
        ++calls;
        FUZZ_CHECK(total >= 0 && total <= size, QStringLiteral("progress total %1 of %2").arg(total).arg(size));
        FUZZ_CHECK(done >= 0 && done <= total, QStringLiteral("progress %1 / %2").arg(done).arg(total));
        return true;
    };
    ParseResult r = parseWith(data, options);
    FUZZ_CHECK(!r.cancelled, QStringLiteral("cancelled without being asked to"));
    options.progress = {};
    checkBatch(r.batch, options, size);
    FUZZ_CHECK(r.error.isEmpty() || !r.error.trimmed().isEmpty(), r.error);
    return r;
}

#if FUZZ_TARGET == FUZZ_NDJSON
// The lines NdjsonParser takes as records: not blank once a BOM and a trailing CR are dropped.
QList<QByteArrayView> recordLines(QByteArrayView data)
{
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(pos, end - pos);
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        if (line.endsWith('\r'))
            line.chop(1);
        if (std::any_of(line.begin(), line.end(), [](char c) { return c != ' ' && c != '\t' && c != '\r'; }))
            lines.append(line);
        pos = end + 1;
    }
    return lines;
}

void ndjsonExtra(QByteArrayView data, const ParseResult &whole)
{
    const QList<QByteArrayView> lines = recordLines(data);
    FUZZ_CHECK(whole.batch.recordCount() + whole.batch.rejects.size() == lines.size(),
        QStringLiteral("%1 records + %2 rejects for %3 non-blank lines")
            .arg(whole.batch.recordCount())
            .arg(whole.batch.rejects.size())
            .arg(lines.size()));
    // FastSampleParser promises to take only what the full parser takes, with the same record.
    const ParseOptions options = optionsFor(1, 0);
    for (const QByteArrayView line : lines) {
        HealthSample fast;
        if (!FastSampleParser::tryParse(line, options.source, fast))
            continue;
        FeedBatch full;
        NdjsonParser::parseLine(line, 1, 0, options, full);
        FUZZ_CHECK(full.recordCount() == 1 && full.samples.size() == 1 && full.samples[0] == fast,
            QStringLiteral("the fast path took a line the full parser reads otherwise: ")
                + QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 300)))
                + (full.rejects.isEmpty() ? QString() : u"\nfull parser: "_qs + full.rejects[0].reason)
                + (full.samples.isEmpty() ? QString()
                                          : QStringLiteral("\nfull: %1 %2 %3 / fast: %4 %5 %6")
                                                .arg(full.samples[0].time)
                                                .arg(full.samples[0].service)
                                                .arg(full.samples[0].availability, 0, 'g', 17)
                                                .arg(fast.time)
                                                .arg(fast.service)
                                                .arg(fast.availability, 0, 'g', 17)));
    }
    // Cut at the first line end after the middle, as FeedImporter cuts its chunks.
    const qsizetype nl = data.indexOf('\n', data.size() / 2);
    if (nl < 0 || nl + 1 >= data.size())
        return;
    const QByteArrayView first = data.first(nl + 1);
    const QByteArrayView second = data.sliced(nl + 1);
    ParseResult a = parseChecked(first, optionsFor(1, 0));
    const ParseResult b = parseChecked(second, optionsFor(1 + first.count('\n'), first.size()));
    a.batch.append(b.batch);
    FUZZ_CHECK(sameBatch(a.batch, whole.batch), QStringLiteral("chunked parse differs from whole parse"));
}
#endif

#if FUZZ_TARGET == FUZZ_CSV
// Cut where FeedImporter cuts a CSV file, at the end of the first row past the middle, the
// second part read under the first part's header row: together they give the whole parse.
void csvExtra(QByteArrayView data, const ParseResult &whole)
{
    if (!whole.error.isEmpty())
        return;
    const qsizetype headerEnd = CsvParser::headerEnd(data);
    const qsizetype cut = CsvParser::rowsEnd(data, 0, qMax(data.size() / 2, headerEnd));
    if (cut >= data.size())
        return;
    ParseResult a = parseChecked(data.first(cut), optionsFor(1, 0));
    ParseOptions later = optionsFor(1 + data.first(cut).count('\n'), cut);
    later.header = data.first(headerEnd);
    const ParseResult b = parseChecked(data.sliced(cut), later);
    a.batch.append(b.batch);
    FUZZ_CHECK(a.error.isEmpty() && b.error.isEmpty() && sameBatch(a.batch, whole.batch),
        QStringLiteral("chunked parse (cut at %1 of %2) differs from whole parse").arg(cut).arg(data.size()));
}
#endif

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(length));
    looksLike(data);

    const ParseResult first = parseChecked(data, optionsFor(1, 0));
#if FUZZ_TARGET == FUZZ_NDJSON
    // The chunked parse also shows the parse is deterministic.
    ndjsonExtra(data, first);
#else
#if FUZZ_TARGET == FUZZ_CSV
    csvExtra(data, first);
#endif
    // Deterministic: the same bytes give the same batch (catches reads of uninitialised state).
    const ParseResult again = parseWith(data, optionsFor(1, 0));
    FUZZ_CHECK(sameBatch(first.batch, again.batch) && first.error == again.error,
        QStringLiteral("two parses of one input differ"));
#endif

    // A cancel asked at the first progress report is honoured without a crash. The line
    // formats report every 64 KiB only: below that there is nothing to cancel.
#if FUZZ_TARGET == FUZZ_NDJSON || FUZZ_TARGET == FUZZ_CSV
    if (data.size() <= 64 * 1024)
        return 0;
#endif
    ParseOptions cancelling = optionsFor(1, 0);
    cancelling.progress = [](qint64, qint64) { return false; };
    const ParseResult cancelled = parseWith(data, cancelling);
    cancelling.progress = {};
    checkBatch(cancelled.batch, cancelling, data.size());
    return 0;
}
