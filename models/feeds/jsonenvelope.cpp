// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/jsonenvelope.h"

#include "domain/recordfields.h"

#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {
constexpr QByteArrayView kBom("\xEF\xBB\xBF");
} // namespace

JsonEnvelope::JsonEnvelope(QByteArrayView data, const ParseOptions &options)
    : m_options(options)
    , m_bom(data.startsWith(kBom) ? kBom.size() : 0)
    , m_text(data.sliced(m_bom))
{
    QJsonParseError error;
    // fromRawData: the document is read in place, not copied first.
    m_document = QJsonDocument::fromJson(QByteArray::fromRawData(m_text.data(), m_text.size()), &error);
    if (error.error != QJsonParseError::NoError)
        m_result.error = JsonScan::describeError(m_text, error, m_bom);
}

ParseResult JsonEnvelope::refuse(const QString &reason)
{
    fail(reason);
    return take();
}

void JsonEnvelope::fail(const QString &reason)
{
    if (m_result.error.isEmpty())
        m_result.error = reason;
    m_result.batch = {};
}

bool JsonEnvelope::acceptDuplicatesIn(const QStringList &lists)
{
    const JsonScan::Duplicate *d = scan().duplicateOutside(lists);
    if (!d)
        return true;
    // One arg() for all three: a key may itself read "%2".
    fail(
        tr("%1 at byte %2: %3")
            .arg(d->field(), QString::number(m_options.baseOffset + m_bom + d->offset), JsonScan::duplicateReason(*d)));
    return false;
}

bool JsonEnvelope::progress(qint64 done)
{
    if (m_options.progress && !m_options.progress(done, m_text.size()))
        m_result.cancelled = true;
    return !m_result.cancelled;
}

ParseResult JsonEnvelope::take()
{
    return std::move(m_result);
}

ParseResult JsonEnvelope::finish()
{
    if (m_options.progress && !m_result.cancelled)
        m_options.progress(m_text.size(), m_text.size());
    return take();
}

void JsonEnvelope::reject(const QString &field, const QString &reason, const QJsonValue &raw)
{
    reject(field, field, reason, raw);
}

void JsonEnvelope::reject(QStringView path, const QString &field, const QString &reason, const QJsonValue &raw)
{
    m_result.batch.rejects.append(JsonScan::rejectAt(&scan(), m_options, m_bom, path, field, reason, rawText(raw)));
}

void JsonEnvelope::reject(const RecordFields &fields, const QJsonValue &raw)
{
    reject(fields.field(), fields.reason(), raw);
}

bool JsonEnvelope::rejectDuplicateWithin(const QString &path, const QJsonValue &raw, QStringView prefix)
{
    const JsonScan::Duplicate *d = scan().duplicateWithin(path);
    if (d)
        m_result.batch.rejects.append(JsonScan::rejectDuplicate(scan(), m_options, m_bom, *d, rawText(raw), prefix));
    return d;
}

std::optional<QJsonObject> JsonEnvelope::item(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        reject(path, tr("%1 must be an object, got %2").arg(path, RecordFields::describe(value)), value);
        return std::nullopt;
    }
    if (rejectDuplicateWithin(path, value))
        return std::nullopt;
    return value.toObject();
}

QString JsonEnvelope::indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString JsonEnvelope::rawText(const QJsonValue &value)
{
    if (value.isObject())
        return RecordFields::rawText(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return RecordFields::rawText(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return RecordFields::rawText(RecordFields::describe(value).toUtf8());
}

QByteArrayView JsonEnvelope::head(QByteArrayView head)
{
    head = head.trimmed();
    return head.startsWith(kBom) ? head.sliced(kBom.size()).trimmed() : head;
}

const JsonScan &JsonEnvelope::scan()
{
    if (!m_scan)
        m_scan.emplace(m_text);
    return *m_scan;
}
