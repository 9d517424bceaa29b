#pragma once

#include "parseoptions.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// The formats a file can be imported as, and detection from the content.
class FeedFormat final
{
public:
    enum Kind { Unknown, Ndjson };

    static QStringList names();                       // for --format and the man page
    static Kind fromName(const QString &name);        // "auto" and unknown names give Unknown
    static QString name(Kind kind);
    // Looks at the first bytes; on failure 'why' says what was seen.
    static Kind detect(QByteArrayView head, QString *why = nullptr);
    static ParseResult parse(Kind kind, QByteArrayView data, const ParseOptions &options);
    static bool isLineOriented(Kind kind) { return kind == Ndjson; }
};
