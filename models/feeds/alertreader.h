// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QCoreApplication>
#include <QJsonObject>

class JsonScan;

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
    // 'scan' (may be null) gives rejects their byte offset and line; 'bom' is how many bytes
    // of byte order mark preceded the scanned text.
    AlertReader(
        const ParseOptions &options, FeedBatch &into, const QString &source, const JsonScan *scan, qsizetype bom);

    void alert(const QJsonValue &value, const QString &path);
    void reject(const QString &field, const QString &reason, const QJsonValue &raw);

    // The text a firing alert's "severity" label means; an unknown word is a partial outage.
    static ServiceState firingState(const QJsonValue &severity);
    // The reporter part of a source: the fingerprint, else the first 16 hex digits of the
    // SHA-1 of the labels as compact JSON (keys sorted, so any order gives the same).
    static QString identity(const QString &fingerprint, const QJsonObject &labels);
    // The raw copy kept in a reject: compact JSON cut to 512 bytes.
    static QString rawText(const QJsonValue &value);

private:
    void fail(const QString &field, const QString &reason);
    QJsonValue value(QStringView name, bool required);
    QJsonObject object(QStringView name);
    QString string(QStringView name, bool required);
    TimeMs time(QStringView name, const QString &whyNeeded);
    QString service(const QJsonObject &labels);
    QString message(const QJsonObject &labels, const QJsonObject &annotations, const QString &fingerprint) const;

    const ParseOptions &m_options;
    FeedBatch &m_into;
    QString m_source;
    const JsonScan *m_scan;
    qsizetype m_bom;
    const QJsonObject *m_object = nullptr;
    QString m_path;
    QString m_field;
    QString m_reason;
};
