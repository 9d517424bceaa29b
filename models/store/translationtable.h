// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QHash>
#include <QSqlDatabase>

// Reads text_translations, written by BatchWriter from a feed's "translations". Few rows (one per
// distinct text of the feed's records), read whole.
class TranslationTable final {
public:
    // Source text → translated text for one language; empty when there are none or on error.
    static QHash<QString, QString> forLanguage(const QSqlDatabase &db, const QString &language);
    // Every row, for copying a store.
    static QList<TextTranslation> all(const QSqlDatabase &db, QString *error = nullptr);
};
