// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/servicecatalogue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

class TimelineStore;

// The service catalogue as a file, for operators who keep their configuration in git
// (`outagedash services export|import`): UTF-8 CSV (a byte order mark accepted), header
// key,name,users,group,colour,depends_on, depends_on written key:share;key:share. An empty users
// cell is "not known", not zero. Importing merges: a row sets that service's name, users, group,
// colour and its whole list of dependencies; services not in the file, and what the file has no
// column for (notes, audiences), are left as they are.
class ServicesCsv final {
    Q_DECLARE_TR_FUNCTIONS(ServicesCsv)
public:
    static const QStringList &header();

    // One row per service, by key, dependencies by the key they name; LF line ends, no BOM (a
    // file for diffs). Shares are written in as few digits as read back the same number.
    static QByteArray write(const ServiceCatalogue &catalogue);

    // What is wrong with one row (or with the file, for the header): the line it starts on
    // (1 is the header), the column ("key"…"depends_on", or "header"/"row"), and why, quoting at
    // most RecordFields::kQuoteLimit characters of what was there.
    struct Problem {
        qint64 line = 0;
        QString field;
        QString reason;
    };
    struct Row {
        qint64 line = 0;
        Service service;
        QList<Dependency> dependencies;
    };
    struct Parsed {
        QList<Row> rows; // every field well-formed; dependencies not yet checked against keys
        QList<Problem> problems; // rows refused, each for its first bad field
        std::optional<Problem> fatal; // the file cannot be read at all (no or another header)
        qsizetype dataRows = 0; // rows after the header, blank ones left out
    };
    static Parsed read(QByteArrayView data);

    struct Merged {
        ServiceCatalogue catalogue; // the stored one with the file's rows applied
        qsizetype added = 0, changed = 0, unchanged = 0;
        QList<Problem> problems; // rows refused for naming a service neither side has
        QString refusal; // the result cannot be saved (a dependency cycle): nothing is imported
    };
    // The check for what cannot be saved is ServiceCatalogue::problem(), the editor's own.
    static Merged merge(const ServiceCatalogue &stored, const QList<Row> &rows);

    struct ImportResult {
        qsizetype rows = 0; // data rows in the file
        qsizetype added = 0, changed = 0, unchanged = 0;
        QList<Problem> rejected; // by line
        QString error; // nothing was imported: the file, its header, a cycle or the store said why
    };
    // Reads, merges and saves the file's services in one transaction (TimelineStore::upsertServices:
    // services not in the file are not written, so none registered meanwhile is lost), and only when
    // something differs: the same file twice writes nothing the second time.
    static ImportResult importFile(TimelineStore &store, const QString &path);
    static bool exportFile(const TimelineStore &store, const QString &path, qsizetype *rows, QString *error);

    // "services.csv:4: rejected (field "users"): …", as `import` writes a feed's rejects.
    static QString describe(const QString &path, const Problem &problem);
};
