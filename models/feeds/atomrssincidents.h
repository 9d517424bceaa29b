// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feedbatch.h"

#include <QList>

// The updates read from an Atom or RSS feed's entries, grouped into incidents. AWS items are
// grouped by service and title, split where updates lie more than a week apart; every other
// feed's items sharing an id, a guid or a link are one incident, named by the first link
// that names one, else by the first item's id. An incident begins at its first update (or an
// entry's <published>, when earlier) and is resolved by its last update when that resolves.
class AtomRssIncidents final {
public:
    // One update, as read from an entry (an entry with stamped sections gives one per section).
    struct Item {
        IncidentUpdate update;
        QString group; // AWS: items with one group belong to one incident (split by time later)
        QStringList keys; // others: items sharing any key (id, guid, link) are one incident
        QString name; // others: the incident id the item would give its incident
        QString link; // others: its link, when the link names one incident
        QString title; // the incident's title as this entry states it
        std::optional<TimeMs> published; // the entry's <published>: when the incident was opened
        bool resolves = false;
    };

    static void build(QList<Item> items, const QString &source, FeedBatch &into);
};
