// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include <QList>

#include <algorithm>

namespace TerminalText {

namespace {
    // East Asian Wide and Fullwidth blocks (Unicode UAX #11) that the program's texts can hold.
    bool isWide(char32_t c)
    {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
} // namespace

qsizetype width(QStringView text)
{
    qsizetype columns = 0;
    for (char32_t c : text.toUcs4())
        columns += isWide(c) ? 2 : 1;
    return columns;
}

QString padded(const QString &text, qsizetype columns, bool left)
{
    const QString fill(std::max<qsizetype>(0, columns - width(text)), u' ');
    return left ? text + fill : fill + text;
}

QString table(const QList<QStringList> &rows, Align align)
{
    QList<qsizetype> widths;
    for (const QStringList &cells : rows) {
        widths.resize(std::max(widths.size(), cells.size()), 0);
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = std::max(widths[c], width(cells[c]));
    }
    QString text;
    for (const QStringList &cells : rows) {
        QStringList line;
        for (qsizetype c = 0; c < cells.size(); ++c)
            line.append(padded(cells[c], widths[c], c == 0 || align == Align::Left));
        text += line.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    return text;
}

} // namespace TerminalText
