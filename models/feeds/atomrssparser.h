// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QStringView>
#include <optional>

// Status-page feeds in Atom 1.0 (<feed><entry>, e.g. githubstatus.com/history.atom) and RSS 2.0
// (<rss><channel><item>, e.g. the AWS Service Health Dashboard). Every entry or item becomes an
// IncidentUpdate, or one per update stamped in its text (StatusStamps), and the entries sharing
// an id or a link one Incident (AtomRssIncidents), resolved when its last update says so. An entry that cannot be taken
// (no usable time) becomes a Reject naming its line and byte offset; a document that is not
// well-formed XML sets ParseResult::error but keeps the entries read before the fault.
class AtomRssParser final {
public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    static bool looksLike(QByteArrayView head);

    // An RFC 822 / RFC 2822 date as RSS writes it: "Fri, 23 Aug 2019 02:39:42 PDT". The zone is
    // required: UT, GMT, UTC, Z, ±hhmm, or a common abbreviation (Timestamps::zoneOffsetMinutes:
    // the US names, KST, JST, CET...).
    static std::optional<TimeMs> parseRfc822(QStringView text);
    // The text of an HTML fragment: tags dropped, <p>/<br> as line breaks, entities decoded.
    static QString htmlToText(const QString &html);
};
