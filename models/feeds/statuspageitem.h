// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// Reads the fields of one Statuspage item (a component, an incident, an update). The first
// problem wins, so an item can be read straight through and checked once, as in the NDJSON
// parser. Fields are named by their path in the document ("incidents[2].created_at").
class StatuspageItem final {
    Q_DECLARE_TR_FUNCTIONS(StatuspageItem)

public:
    StatuspageItem(const QJsonObject &object, const QString &path);

    bool failed() const { return !m_reason.isEmpty(); }
    const QString &field() const { return m_field; }
    const QString &reason() const { return m_reason; }
    void fail(QStringView name, const QString &reason);

    QString string(QStringView name, bool required = false);
    std::optional<TimeMs> time(QStringView name, bool required = false);
    // null and absent are an empty list (incident.io sends null where Atlassian sends []).
    QJsonArray list(QStringView name);

private:
    QJsonValue value(QStringView name, bool required);

    const QJsonObject &m_object;
    QString m_path;
    QString m_field;
    QString m_reason;
};
