// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

class JsonEnvelope;
class RecordFields;

// Turns the parts of a Statuspage document into records: components into states, incidents and
// maintenances into incidents with their updates, every component an update moved into a state,
// and a status.json's page indicator into a state of the page's own service. A bad item becomes a
// Reject at its path and byte offset; the items around it are kept. Fields are read with
// RecordFields, named by their path in the document ("incidents[2].created_at").
class StatuspageReader final {
    Q_DECLARE_TR_FUNCTIONS(StatuspageReader)

public:
    using ItemRead = void (StatuspageReader::*)(const QJsonObject &, const QString &);

    // Records and rejects go to the document's batch.
    StatuspageReader(JsonEnvelope &doc, const QString &source, const QString &timeZone);

    // A top-level list (components, incidents...): each element read by 'read'.
    void eachOf(const QJsonObject &doc, const QString &key, ItemRead read);
    void component(const QJsonObject &o, const QString &path);
    void incident(const QJsonObject &o, const QString &path);
    void componentUpdate(const QJsonObject &o, const QJsonObject &component);
    // status.json: {"page": {...}, "status": {"indicator": "critical", ...}}.
    void pageStatus(const QJsonObject &page, const QJsonObject &status);

    // Statuspage's documented component states; anything else is Unknown, its word kept.
    static ServiceState componentState(QStringView raw);
    // The page indicator: none, minor, major, critical.
    static std::optional<ServiceState> indicatorState(QStringView indicator);

private:
    QString service(RecordFields &item, const QString &id, const QString &name, QStringView field);
    QStringList update(const QJsonObject &o, const QString &path, const Incident &incident);
    // Registers a component as a service seen (display name, group) once per document.
    void see(const QString &key, const QString &name, const QString &group);

    JsonEnvelope &m_doc;
    const ParseOptions &m_options;
    FeedBatch &m_into;
    QString m_source;
    QString m_timeZone;
    QHash<QString, QString> m_groupNames; // group component id → its name
};
