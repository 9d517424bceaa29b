// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QCoreApplication>
#include <QJsonObject>

class JsonEnvelope;
class RecordFields;

// One alert of an Alertmanager (v4) or Grafana unified-alerting webhook payload, the two share
// their alert objects: a firing alert becomes a state of the service its labels name (the
// mapping's label, then "job", then "alertname") at startsAt, from its "severity" label; a
// resolved one Operational at endsAt. The labels, annotations, fingerprint and, from Grafana,
// the query values are kept as compact JSON in the message.
//
// Each alert is its own reporter: the state's source is the feed's name, '#', and the alert's
// fingerprint (or, without one, a hash of its labels). The store keys states by service,
// source, time and state, so two alerts of one service that fire at the same moment are both
// kept, and the same alert delivered again is stored once.
class AlertReader final {
    Q_DECLARE_TR_FUNCTIONS(AlertReader)

public:
    // Records and rejects go to the document's batch; 'source' names the feed in every state.
    AlertReader(JsonEnvelope &doc, const QString &source);

    // Every alert of root's "alerts". The feed is named by the options' source, else by the
    // payload's receiver, else by 'fallback'.
    static void readAll(JsonEnvelope &doc, const QJsonObject &root, const QString &fallback);
    void alert(const QJsonValue &value, const QString &path);

    // The text a firing alert's "severity" label means; an unknown word is a partial outage.
    static ServiceState firingState(const QJsonValue &severity);
    // The reporter part of a source: the fingerprint, else the first 16 hex digits of the
    // SHA-1 of the labels as compact JSON (keys sorted, so any order gives the same).
    static QString identity(const QString &fingerprint, const QJsonObject &labels);

private:
    TimeMs time(RecordFields &f, const QJsonObject &o, QStringView name, const QString &whyNeeded);
    QString service(RecordFields &f, const QJsonObject &labels);
    QString message(const QJsonObject &o, const QJsonObject &labels, const QJsonObject &annotations,
        const QString &fingerprint) const;

    JsonEnvelope &m_doc;
    QString m_source;
};
