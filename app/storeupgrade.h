// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Before the window opens a store, its schema is brought up to date on a thread of its own:
// a migration that rebuilds a table takes long on a large store (42 s for a 100 M-sample
// one), and a window that never appears in that time looks like a program that hung. After
// half a second a dialog says what is going on. A store already up to date is opened and
// closed again in a few milliseconds.
class StoreUpgrade final {
public:
    // False, with the store's own words in 'error', when the store cannot be opened at all.
    static bool bringUpToDate(const QString &location, QString *error);
    // For the command-line verbs: one line on stderr before each migration of a store.
    static void reportOnTerminal();
};
