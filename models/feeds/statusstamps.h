// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QList>
#include <QString>

// The updates a status page writes into one text, each under its own stamp: GitHub's
// "Oct 21, 17:39 UTC", "2022-10-15 15:33 KST", "October 21, 2025 5:39 PM PDT",
// "2022년 10월 15일 15:33 (KST)", "2019年8月23日 12:36 JST", "2022.10.15 15:33 +09:00". A stamp
// starts a line (after brackets or a bullet at most: a date inside a sentence is text) and
// needs a zone, as an abbreviation or an offset (Timestamps::zoneOffsetMinutes): without one its
// time would be a guess. Used by AtomRssParser to keep every update of an entry as an update.
class StatusStamps final {
public:
    struct Section {
        TimeMs time = 0;
        QString label; // "resolved", "update", "investigating"... from "Resolved - text"; may be empty
        QString text; // the stamp and what follows it, up to the next stamp
        bool resolves = false; // the label or the text says the incident is over
    };

    // The stamped sections of 'text' in the order written. A stamp without a year takes the
    // year that puts it nearest 'reference' (Dec 31 in an entry of January 1 is last year's).
    static QList<Section> sections(const QString &text, TimeMs reference);
    // True when a title or text says the incident is over: "Resolved", "[RESOLVED]", "has been
    // resolved", "복구 완료", "정상화", "解決済", "復旧しました"...
    static bool resolves(QStringView text);
};
