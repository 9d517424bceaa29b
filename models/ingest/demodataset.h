// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class TimelineStore;

// The embedded dataset of the Kakao outage of 15–20 October 2022 (resources/demo/).
class DemoDataset final {
public:
    static QString resourcePath();
    static QString defaultIncident();
    // Writes the demo into the store and marks it as a demo; idempotent.
    static bool load(TimelineStore &store, QString *error = nullptr);
};
