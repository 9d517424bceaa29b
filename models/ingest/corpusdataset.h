// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/feedimporter.h"

#include <QString>
#include <QStringList>

class TimelineStore;

// The embedded corpus of well-known public outages (resources/corpus/, listed in
// docs/corpus.md): each an incident with its services, and each milestone an update carrying
// its source's address and how far that source can be trusted. Curves between milestones are
// derived and say so. A yardstick to compare one's own incidents with (the Compare tab,
// report --compare), written into a store by `outagedash corpus`.
class CorpusDataset final {
public:
    static QString resourcePath();
    // The feed name the corpus is imported under (the incidents' source).
    static QString feedName();
    // The corpus as NDJSON, or empty when the resource is missing from this build.
    static QByteArray data();
    // The ids of the corpus' incidents, in the order of the file.
    static QStringList incidentIds();
    // Writes the corpus into the store. Idempotent: a second run stores nothing (inserted 0).
    // Unlike the demo it marks nothing: the store's default incident stays what it was.
    static ImportResult load(TimelineStore &store);
};
