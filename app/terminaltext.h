// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Text tables for a terminal: Hangul and other East Asian wide characters take two columns, so
// padding by character count misaligns every Korean row.
namespace TerminalText {
qsizetype width(QStringView text);
QString padded(const QString &text, qsizetype width, bool left);
// Columns as wide as their widest cell, two spaces apart, a line per row; the first column
// left-aligned, the others left-aligned too or, for columns of figures, right-aligned.
enum class Align { Left, FiguresRight };
QString table(const QList<QStringList> &rows, Align align);
} // namespace TerminalText
