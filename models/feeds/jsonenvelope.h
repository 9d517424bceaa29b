// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/jsonscan.h"
#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

class RecordFields;

// One JSON document as the whole-document parsers (Statuspage, Alertmanager, Grafana, Google
// Cloud, Prometheus) open it, and the result they fill. It skips a UTF-8 byte order mark, parses
// the rest, and words every refusal and reject alike: invalid JSON by line and byte, a key given
// twice by its path and byte, a bad item by its path, byte offset, line and source, with at most
// 512 bytes of the item kept. Readers of the items append to batch() and reject through it.
class JsonEnvelope final {
    Q_DECLARE_TR_FUNCTIONS(JsonEnvelope)

public:
    JsonEnvelope(QByteArrayView data, const ParseOptions &options);

    const ParseOptions &options() const { return m_options; }
    QByteArrayView text() const { return m_text; } // past the byte order mark
    bool isObject() const { return m_document.isObject(); }
    bool isArray() const { return m_document.isArray(); }
    QJsonObject object() const { return m_document.object(); }
    QJsonArray array() const { return m_document.array(); }
    bool cancelled() const { return m_result.cancelled; }
    FeedBatch &batch() { return m_result.batch; }

    // The document refused as a whole, with 'reason' unless it had failed already; the result.
    // Text that is not JSON is neither an object nor an array, so a parser checks its shape
    // first, and refuse() keeps the "invalid JSON" error.
    ParseResult refuse(const QString &reason);
    // False, with the document refused, when a key is given twice anywhere but inside the
    // elements of the given lists ("alerts" covers "alerts[0].labels"): those the items answer for.
    bool acceptDuplicatesIn(const QStringList &lists);
    // Tells options.progress how far the reading is; false, and the result cancelled, when told to stop.
    bool progress(qint64 done);
    // The result as it stands.
    ParseResult take();
    // The result, with progress at its end unless cancelled.
    ParseResult finish();

    // A reject at the value 'field' names ("alerts[1].startsAt"), or at 'path' when the field is
    // named from below the root ("data." + field); 'raw' is kept as rawText().
    void reject(const QString &field, const QString &reason, const QJsonValue &raw);
    void reject(QStringView path, const QString &field, const QString &reason, const QJsonValue &raw);
    // A reject of the item 'raw' at the field its reader failed on.
    void reject(const RecordFields &fields, const QJsonValue &raw);
    // True, with a reject placed at the key, when a key is given twice in the value at 'path'.
    // 'prefix' is taken off the field's front, as for reject(path, field, ...).
    bool rejectDuplicateWithin(const QString &path, const QJsonValue &raw, QStringView prefix = {});
    // The item at 'path' when it is an object with no key given twice; otherwise it is rejected.
    std::optional<QJsonObject> item(const QJsonValue &value, const QString &path);

    // "path[i]": how the parsers name an element.
    static QString indexed(const QString &path, qsizetype i);
    // The copy of a value kept in a reject: objects and arrays as compact JSON, cut to 512 bytes
    // without splitting a UTF-8 sequence; anything else as RecordFields::describe says it.
    static QString rawText(const QJsonValue &value);
    // The first bytes as looksLike() reads them: white space and a byte order mark skipped.
    static QByteArrayView head(QByteArrayView head);

private:
    void fail(const QString &reason);
    const JsonScan &scan();

    const ParseOptions &m_options;
    qsizetype m_bom = 0;
    QByteArrayView m_text;
    QJsonDocument m_document;
    std::optional<JsonScan> m_scan; // made on first use: a refused document needs none
    ParseResult m_result;
};
