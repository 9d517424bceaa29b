// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringList>
#include <QVarLengthArray>

// One record as the tokenizer found it. 'start'/'end' are byte offsets of its physical text.
struct CsvRow {
    QStringList cells;
    qint64 line = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype badCell = -1; // cell of the first syntax problem, -1 when none
    QString problem;
    // Blank lines, and rows of empty cells only (",,," from a spreadsheet), are skipped.
    bool isBlank() const;
};

// A row with no quote and no byte outside ASCII: its cells are the bytes between its commas,
// trimmed as the tokenizer trims unquoted cells, and need no copy to be read.
struct CsvPlainRow {
    QVarLengthArray<QByteArrayView, 16> cells;
    qsizetype end = 0;
    bool newline = false; // it ends in a line break (the last row of a file may not)
    bool isBlank() const;
};

// RFC 4180 rows, as people write them: unquoted cells trimmed, a quote inside an unquoted cell
// taken as written, CRLF or LF. A cell holds at most kMaxCellBytes and a row kMaxCells: past
// that the row is no record but a runaway (a missing quote, a binary file), rejected with only
// that much of it ever held in memory.
class CsvTokenizer final {
public:
    static constexpr qsizetype kMaxCellBytes = 1024 * 1024;
    static constexpr qsizetype kMaxCells = 1000;

    CsvTokenizer(QByteArrayView data, qsizetype pos, qint64 line);
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype pos() const { return m_pos; }

    CsvRow next();
    // The next row when it is plain, without moving on (take it with skip()); false otherwise,
    // and then next() reads it. Bulk feeds are plain rows: they are read without a copy.
    bool peekPlain(CsvPlainRow &row) const;
    void skip(const CsvPlainRow &row);
    // Moves past the next row without building its cells unless it holds a quote (which may
    // hide a line break): where rows end is all a reader in chunks needs to know.
    void skipRow();

private:
    QByteArrayView m_data;
    qsizetype m_pos;
    qint64 m_line;
};
