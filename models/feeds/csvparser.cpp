// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/csvparser.h"

#include "domain/recordfields.h"
#include "feeds/csvsamplereader.h"
#include "feeds/csvtokenizer.h"
#include "feeds/ndjsonparser.h"
#include "feeds/userreportcsvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF");
constexpr qint64 kProgressStep = 64 * 1024;
// How many unknown header columns the error names.
constexpr qsizetype kNamedColumns = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvParser", text);
}

enum class Kind { Text, Number, Time, Boolean, List };

Kind kindOf(QStringView column)
{
    static const QHash<QString, Kind> kinds {{u"users"_s, Kind::Number}, {u"availability"_s, Kind::Number},
        {u"share"_s, Kind::Number}, {u"latency_ms"_s, Kind::Number}, {u"error_rate"_s, Kind::Number},
        {u"time"_s, Kind::Time}, {u"began"_s, Kind::Time}, {u"detected"_s, Kind::Time}, {u"mitigated"_s, Kind::Time},
        {u"resolved"_s, Kind::Time}, {u"derived"_s, Kind::Boolean}, {u"public"_s, Kind::Boolean},
        {u"services"_s, Kind::List}};
    return kinds.value(column.toString(), Kind::Text);
}

// A cell as the JSON value an NDJSON producer would have written. What does not convert stays
// a string, so the record logic rejects it with its usual reason ("must be a number, got ...").
QJsonValue jsonOf(Kind kind, const QString &cell)
{
    switch (kind) {
    case Kind::Number: {
        bool ok = false;
        const double d = QLocale::c().toDouble(cell, &ok);
        return ok && std::isfinite(d) ? QJsonValue(d) : QJsonValue(cell);
    }
    case Kind::Time: // digits only: epoch milliseconds; anything else is an RFC 3339 string
        if (cell.size() <= 16 && std::all_of(cell.begin(), cell.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return QJsonValue(double(cell.toLongLong()));
        return cell;
    case Kind::Boolean: {
        const QString b = cell.toLower();
        if (b == u"true" || b == u"1")
            return true;
        if (b == u"false" || b == u"0")
            return false;
        return cell;
    }
    case Kind::List: {
        QJsonArray list;
        for (const QString &item : cell.split(u';'))
            if (const QString key = item.trimmed(); !key.isEmpty())
                list.append(key);
        return list;
    }
    case Kind::Text:
        break;
    }
    return cell;
}

QString describeColumn(const QString &name, qsizetype index)
{
    return name.isEmpty() ? u"(unnamed, column "_s + QString::number(index + 1) + u')' : RecordFields::quoted(name);
}

} // namespace

QStringList CsvParser::knownColumns()
{
    return {u"type"_s, u"source"_s, u"key"_s, u"name"_s, u"users"_s, u"colour"_s, u"note"_s, u"service"_s,
        u"depends_on"_s, u"share"_s, u"time"_s, u"availability"_s, u"latency_ms"_s, u"error_rate"_s, u"derived"_s,
        u"state"_s, u"message"_s, u"id"_s, u"title"_s, u"severity"_s, u"began"_s, u"detected"_s, u"mitigated"_s,
        u"resolved"_s, u"time_zone"_s, u"services"_s, u"summary"_s, u"incident"_s, u"status"_s, u"text"_s, u"author"_s,
        u"public"_s, u"source_url"_s, u"confidence"_s};
}

ParseResult CsvParser::parse(QByteArrayView data, const ParseOptions &options)
{
    ParseResult result;
    FeedBatch &batch = result.batch;
    // A later chunk of a file is read under the header row its first chunk began with.
    const bool laterChunk = !options.header.isEmpty();
    const QByteArrayView head = laterChunk ? options.header : data;
    CsvTokenizer headTokens(head, head.startsWith(kBom) ? kBom.size() : 0, laterChunk ? 1 : options.firstLine);
    const auto rawOf = [&](const CsvRow &row) {
        QByteArrayView raw = data.sliced(row.start, row.end - row.start);
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        return raw;
    };
    const auto reject = [&](const CsvRow &row, const QString &field, const QString &reason) {
        batch.rejects.append(Reject {options.source, row.line, options.baseOffset + row.start, field, reason,
            RecordFields::rawText(rawOf(row)), options.receivedAt});
    };

    CsvRow header;
    while (!headTokens.atEnd() && (header = headTokens.next()).isBlank()) { }
    if (header.cells.isEmpty() || header.isBlank())
        return result; // nothing but blank lines: nothing to take, nothing wrong
    if (!header.problem.isEmpty()) {
        result.error
            = u"the header row (line "_s + QString::number(header.line) + u") is not valid CSV: "_s + header.problem;
        return result;
    }

    // Header names are matched without regard to case or surrounding spaces; rejects name the
    // column as the header spells it.
    const QStringList known = knownColumns();
    QStringList columns, unknown;
    QHash<QString, QString> spelling;
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells[i].trimmed().toLower();
        if (!known.contains(name))
            unknown.append(describeColumn(header.cells[i], i));
        else if (columns.contains(name))
            unknown.append(RecordFields::quoted(header.cells[i]) + u" (a second time)"_s);
        columns.append(name);
        spelling.insert(name, header.cells[i].trimmed());
    }
    // "time,service,count": counts of user reports, a record of their own (UserReportCsvReader).
    if (UserReportCsvReader::isHeader(columns)) {
        const UserReportCsvReader reader(columns);
        CsvTokenizer tokens = laterChunk ? CsvTokenizer(data, 0, options.firstLine) : headTokens;
        while (!tokens.atEnd()) {
            const CsvRow row = tokens.next();
            if (row.isBlank())
                continue;
            if (!row.problem.isEmpty()) {
                reject(
                    row, row.badCell < columns.size() ? spelling.value(columns[row.badCell]) : u"csv"_s, row.problem);
                continue;
            }
            if (row.cells.size() != columns.size()) {
                reject(row, u"csv"_s,
                    u"expected "_s + QString::number(columns.size()) + u" columns as in the header, got "_s
                        + QString::number(row.cells.size()));
                continue;
            }
            QString field, reason;
            if (auto count = reader.read(row.cells, options.source, &field, &reason))
                batch.userReports.append(*count);
            else
                reject(row, spelling.value(field, field), reason);
        }
        return result;
    }
    if (!unknown.isEmpty()) {
        QString named = unknown.mid(0, kNamedColumns).join(u", "_s);
        if (unknown.size() > kNamedColumns)
            named += u' ' + tr("and %1 more").arg(unknown.size() - kNamedColumns);
        result.error = u"unknown CSV column(s) "_s + named + u" in the header (line "_s + QString::number(header.line)
            + u"); known columns: "_s + known.join(u", "_s);
        return result;
    }
    const bool hasType = columns.contains(u"type"_s);
    if (!hasType && !columns.contains(u"availability"_s) && !columns.contains(u"state"_s)) {
        result.error = u"the CSV header has no \"type\" column, nor an \"availability\" (samples) or "
                       u"\"state\" (state changes) column to tell the record type from"_s;
        return result;
    }

    CsvTokenizer tokens = laterChunk ? CsvTokenizer(data, 0, options.firstLine) : headTokens;
    CsvSampleReader samples(columns);
    CsvPlainRow plain;
    qsizetype lastReport = 0;
    while (!tokens.atEnd()) {
        if (options.progress && tokens.pos() - lastReport >= kProgressStep) {
            lastReport = tokens.pos();
            if (!options.progress(tokens.pos(), data.size())) {
                result.cancelled = true;
                return result;
            }
        }
        // Plain rows of samples, the bulk of a feed, are read in place; the rest as below.
        if (tokens.peekPlain(plain)) {
            HealthSample sample;
            if (plain.isBlank() || samples.read(plain, options.source, sample)) {
                if (!plain.isBlank())
                    batch.samples.append(std::move(sample));
                tokens.skip(plain);
                continue;
            }
        }
        const CsvRow row = tokens.next();
        if (row.isBlank())
            continue;
        if (!row.problem.isEmpty()) {
            reject(row, row.badCell < columns.size() ? spelling.value(columns[row.badCell]) : u"csv"_s, row.problem);
            continue;
        }
        if (row.cells.size() != columns.size()) {
            reject(row, u"csv"_s,
                u"expected "_s + QString::number(columns.size()) + u" columns as in the header, got "_s
                    + QString::number(row.cells.size()));
            continue;
        }
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (!row.cells[i].isEmpty()) // an empty cell is an absent field, like null in NDJSON
                object.insert(columns[i], jsonOf(kindOf(columns[i]), row.cells[i]));
        if (!hasType) {
            const bool sample = object.contains(u"availability");
            const bool state = object.contains(u"state");
            if (sample == state) {
                reject(row, u"type"_s,
                    sample ? u"no \"type\" column, and the row has both \"availability\" and \"state\": "
                             u"add a \"type\" column"_s
                           : u"no \"type\" column, and the row has neither \"availability\" (a sample) "
                             u"nor \"state\" (a state change)"_s);
                continue;
            }
            object.insert(u"type", sample ? u"sample"_s : u"state"_s);
        }
        const qsizetype before = batch.rejects.size();
        NdjsonParser::parseObject(object, rawOf(row), row.line, options.baseOffset + row.start, options, batch);
        for (qsizetype i = before; i < batch.rejects.size(); ++i)
            batch.rejects[i].field = spelling.value(batch.rejects[i].field, batch.rejects[i].field);
    }
    if (options.progress)
        options.progress(data.size(), data.size());
    return result;
}

qsizetype CsvParser::headerEnd(QByteArrayView data)
{
    CsvTokenizer tokens(data, data.startsWith(kBom) ? kBom.size() : 0, 1);
    while (!tokens.atEnd() && tokens.next().isBlank()) { }
    return tokens.pos();
}

qsizetype CsvParser::rowsEnd(QByteArrayView data, qsizetype from, qsizetype atLeast)
{
    CsvTokenizer tokens(data, from == 0 && data.startsWith(kBom) ? kBom.size() : from, 1);
    while (!tokens.atEnd() && tokens.pos() < atLeast)
        tokens.skipRow();
    return tokens.pos();
}

bool CsvParser::looksLike(QByteArrayView head)
{
    if (head.startsWith(kBom))
        head = head.sliced(kBom.size());
    const qsizetype eol = head.indexOf('\n');
    const QStringList names = QString::fromUtf8(eol < 0 ? head : head.first(eol)).split(u',');
    const QStringList known = knownColumns();
    QStringList lowered;
    for (const QString &n : names) {
        QString name = n.trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).trimmed();
        lowered.append(name.toLower());
    }
    return names.size() >= 2
        && (UserReportCsvReader::isHeader(lowered)
            || std::all_of(lowered.begin(), lowered.end(), [&](const QString &n) { return known.contains(n); }));
}
