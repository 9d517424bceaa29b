// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/translationtable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QHash<QString, QString> TranslationTable::forLanguage(const QSqlDatabase &db, const QString &language)
{
    QHash<QString, QString> texts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (language.isEmpty() || !q.prepare(QStringLiteral("SELECT source, text FROM text_translations WHERE lang = ?")))
        return texts;
    q.addBindValue(language);
    if (!q.exec())
        return texts;
    while (q.next())
        texts.insert(q.value(0).toString(), q.value(1).toString());
    return texts;
}

QList<TextTranslation> TranslationTable::all(const QSqlDatabase &db, QString *error)
{
    QList<TextTranslation> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT lang, source, text FROM text_translations ORDER BY lang, source"))
        || !q.exec()) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return rows;
}
