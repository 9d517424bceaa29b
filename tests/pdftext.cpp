// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace PdfText {

QString missingTool()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        ? QStringLiteral("pdftotext not found: install poppler-utils to check the report PDF")
        : QString();
}

QString of(const QString &pdf, Layout layout)
{
    QStringList args {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout == Layout::Physical)
        args.append(QStringLiteral("-layout"));
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    // A long report on a busy CI machine: two minutes, not the default thirty seconds.
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace PdfText
