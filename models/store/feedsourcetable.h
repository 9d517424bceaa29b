// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QSqlDatabase>

// The feed_sources table: what each source is, when it last reported and its last error,
// so every screen can tell a quiet source from a healthy one.
class FeedSourceTable final {
public:
    static bool save(const QSqlDatabase &db, const FeedSource &source, QString *error);
    static QList<FeedSource> all(const QSqlDatabase &db);
};
