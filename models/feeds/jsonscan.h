// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonParseError>
#include <QList>
#include <QString>

// A second look at the bytes of a JSON text that QJsonDocument has already read, for what
// QJsonDocument does not tell: where each value starts (so a reject names a byte offset and a
// line, not -1) and which objects name a key twice (QJsonDocument keeps one of the two values
// without a word, so two tools could read one payload two ways). Paths are written as the
// parsers name fields: "alerts[1].startsAt", "[0].updates[2]", "result[0].values[3]".
// The text must be valid JSON and stay alive while the scan is used; nothing is copied.
class JsonScan final {
    Q_DECLARE_TR_FUNCTIONS(JsonScan)

public:
    struct Duplicate {
        QString path; // of the object naming the key twice; empty for the top-level object
        QString key;
        qsizetype offset = 0; // of the second occurrence of the key
        QString field() const; // path.key
    };

    explicit JsonScan(QByteArrayView json);

    const QList<Duplicate> &duplicates() const { return m_duplicates; }
    // The first duplicate in the value at 'path' or anywhere below it.
    const Duplicate *duplicateWithin(QStringView path) const;
    // The first duplicate that lies in none of the values under the given list paths
    // ("alerts" covers "alerts[0]", "alerts[1].labels"...): one the whole document answers for.
    const Duplicate *duplicateOutside(const QStringList &lists) const;
    // Byte offset of the value at 'path'; where the path leaves the document, the offset of the
    // deepest value it reaches. Walking an array goes on from where the last walk of it stopped,
    // so rejects asked for in document order cost one pass over the text in all.
    qsizetype offsetOf(QStringView path) const;
    // 1-based line of a byte offset.
    qint64 lineOf(qsizetype offset) const;

    // A reject placed at the value 'field' names ("alerts[1].startsAt"): its byte offset in the
    // feed (past 'bom' bytes of byte order mark, from options.baseOffset) and its line. Without
    // a scan, the start of the document.
    static Reject rejectAt(const JsonScan *scan, const ParseOptions &options, qsizetype bom, const QString &field,
        const QString &reason, const QString &raw);
    // The same, for a field whose path in the document differs from its name in the reject.
    static Reject rejectAt(const JsonScan *scan, const ParseOptions &options, qsizetype bom, QStringView path,
        const QString &field, const QString &reason, const QString &raw);

    // The reject for a duplicate key: placed at the key's second occurrence. 'prefix' is taken
    // off the front of its path when the parser names fields from below the root ("data.").
    static Reject rejectDuplicate(const JsonScan &scan, const ParseOptions &options, qsizetype bom,
        const Duplicate &duplicate, const QString &raw, QStringView prefix = {});

    // "invalid JSON at line 3, byte 120: unterminated object": QJsonParseError with a position.
    static QString describeError(QByteArrayView json, const QJsonParseError &error, qsizetype bomBytes = 0);
    // The reason a reject gives for a duplicate key.
    static QString duplicateReason(const Duplicate &duplicate);

private:
    qsizetype skipValue(qsizetype pos) const;
    QString keyAt(qsizetype pos) const; // the decoded key whose opening quote is at pos
    void scanDuplicates();

    QByteArrayView m_json;
    QList<Duplicate> m_duplicates;
    mutable QList<qsizetype> m_lineStarts;
    // Array start → (index, offset) of the element a walk last reached in it.
    mutable QHash<qsizetype, std::pair<qsizetype, qsizetype>> m_arrayCursor;
};
