// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A report PDF read back as a reader's tools see it (poppler's pdftotext), for the suites that
// check its words.
namespace PdfText {
enum class Layout { Reading, Physical }; // pdftotext's default order, or its -layout columns

// Why the PDF cannot be read here ("pdftotext not found: …"), empty when it can.
QString missingTool();
// The text in UTF-8; empty when pdftotext failed or is not installed.
QString of(const QString &pdf, Layout layout = Layout::Reading);
} // namespace PdfText
