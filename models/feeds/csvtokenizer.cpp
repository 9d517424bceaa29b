// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/csvtokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// QString::trimmed's white space, for ASCII: what an unquoted cell loses at its ends.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

QByteArrayView trimmedCell(const char *begin, const char *end)
{
    while (begin < end && isAsciiSpace(*begin))
        ++begin;
    while (end > begin && isAsciiSpace(end[-1]))
        --end;
    return QByteArrayView(begin, end - begin);
}

} // namespace

bool CsvRow::isBlank() const
{
    return problem.isEmpty() && std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.isEmpty(); });
}

bool CsvPlainRow::isBlank() const
{
    return std::all_of(cells.begin(), cells.end(), [](QByteArrayView c) { return c.isEmpty(); });
}

CsvTokenizer::CsvTokenizer(QByteArrayView data, qsizetype pos, qint64 line)
    : m_data(data)
    , m_pos(pos)
    , m_line(line)
{
}

CsvRow CsvTokenizer::next()
{
    CsvRow row;
    row.line = m_line;
    row.start = m_pos;
    QByteArray cell;
    bool quoted = false; // the cell began with a quote
    bool inQuotes = false;
    bool closed = false; // its closing quote was seen
    const auto problem = [&](qsizetype at, const QString &what) {
        if (row.problem.isEmpty()) {
            row.badCell = at;
            row.problem = what;
        }
    };
    const auto endCell = [&] {
        // Unquoted cells are trimmed: "a, b" is read as "a" and "b", as people write it.
        if (row.cells.size() < kMaxCells) {
            const QString text = QString::fromUtf8(cell);
            row.cells.append(quoted ? text : text.trimmed());
        } else {
            problem(
                kMaxCells, QCoreApplication::translate("CsvParser", "the row has more than %1 cells").arg(kMaxCells));
        }
        cell.clear();
        quoted = inQuotes = closed = false;
    };
    const auto take = [&](char c) {
        if (cell.size() < kMaxCellBytes)
            cell += c;
        else if (row.problem.isEmpty()) // the rest of a long cell is skipped, not described again
            problem(row.cells.size(),
                QCoreApplication::translate("CsvParser", "cell %1 is longer than %2 bytes")
                    .arg(row.cells.size() + 1)
                    .arg(kMaxCellBytes));
    };
    for (; m_pos < m_data.size(); ++m_pos) {
        const char c = m_data[m_pos];
        if (inQuotes) {
            if (c == '"' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '"') {
                take('"'); // a doubled quote is one quote
                ++m_pos;
            } else if (c == '"') {
                inQuotes = false;
                closed = true;
            } else {
                m_line += c == '\n';
                take(c);
            }
        } else if (c == ',') {
            endCell();
        } else if (c == '\n' || (c == '\r' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '\n')) {
            m_pos += c == '\r' ? 2 : 1;
            ++m_line;
            break;
        } else if (c == '"' && !closed && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = inQuotes = true;
        } else if (closed && c != ' ' && c != '\t') {
            problem(row.cells.size(),
                u"unexpected text after the closing quote; a quote inside a quoted "
                u"field is written twice (\"\")"_s);
            take(c);
        } else if (!closed) {
            take(c); // a quote inside an unquoted field is taken as written (5" screen)
        }
    }
    row.end = m_pos;
    if (inQuotes && row.problem.isEmpty()) {
        row.badCell = row.cells.size();
        row.problem = u"unterminated quoted field: the closing quote is missing, so everything from "
                      u"here to the end of the input was read as one field"_s;
    }
    endCell();
    return row;
}

// Without a quote no cell can open quotes, so the row ends at its first line break, and
// without bytes past ASCII trimming bytes is trimming text: next() would read the same cells.
bool CsvTokenizer::peekPlain(CsvPlainRow &row) const
{
    const char *begin = m_data.data() + m_pos;
    const char *end = m_data.data() + m_data.size();
    const auto *nl = static_cast<const char *>(std::memchr(begin, '\n', end - begin));
    const char *rowEnd = nl ? nl : end;
    if (rowEnd - begin > kMaxCellBytes)
        return false; // its cells may be too long: next() says which
    row.cells.clear();
    const char *cellStart = begin;
    for (const char *p = begin; p < rowEnd; ++p) {
        const char c = *p;
        if (c == '"' || static_cast<unsigned char>(c) >= 0x80)
            return false;
        if (c == ',') {
            if (row.cells.size() + 1 >= kMaxCells)
                return false;
            row.cells.append(trimmedCell(cellStart, p));
            cellStart = p + 1;
        }
    }
    row.cells.append(trimmedCell(cellStart, rowEnd));
    row.newline = nl != nullptr;
    row.end = nl ? nl + 1 - m_data.data() : m_data.size();
    return true;
}

void CsvTokenizer::skip(const CsvPlainRow &row)
{
    m_pos = row.end;
    m_line += row.newline;
}

void CsvTokenizer::skipRow()
{
    const char *begin = m_data.data() + m_pos;
    const char *end = m_data.data() + m_data.size();
    const auto *nl = static_cast<const char *>(std::memchr(begin, '\n', end - begin));
    const char *rowEnd = nl ? nl : end;
    if (std::memchr(begin, '"', rowEnd - begin)) {
        next();
        return;
    }
    m_pos = rowEnd - m_data.data() + (nl ? 1 : 0);
    m_line += nl != nullptr;
}
