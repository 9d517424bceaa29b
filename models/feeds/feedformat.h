// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// The formats a feed can come in, detection from the content, and dispatch to the parser.
class FeedFormat final {
public:
    enum Kind { Unknown, Ndjson, Csv, Statuspage, Alertmanager, Prometheus, AtomRss, Grafana, GoogleCloud };

    static QStringList names(); // for --format, the sources file and the man page
    static Kind fromName(const QString &name); // "auto" and unknown names give Unknown
    static QString name(Kind kind);
    // Looks at the first bytes; on failure 'why' says what was seen.
    static Kind detect(QByteArrayView head, QString *why = nullptr);
    static ParseResult parse(Kind kind, QByteArrayView data, const ParseOptions &options);

private:
    static ParseResult parseAs(Kind kind, QByteArrayView data, const ParseOptions &options);

public:
    // Line formats are imported in chunks cut at line ends; the others as one document.
    static bool isLineOriented(Kind kind) { return kind == Ndjson; }
};
