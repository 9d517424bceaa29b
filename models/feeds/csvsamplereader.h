// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QByteArray>
#include <QList>

struct CsvPlainRow;

// The bulk of a CSV feed is one shape of row: a sample. This reads a plain row (no quotes,
// ASCII) straight into a HealthSample, without the JSON object the general path builds for
// the record logic. It takes only what the general path takes, with the same result; any other
// row (another type, a cell it cannot read, a value out of range, a cell of another record
// type) gives false and goes the general way, which also words the reject.
class CsvSampleReader final {
public:
    // 'columns' are the header's names, lower case. Without a "type" column a row with
    // "availability" and no "state" is a sample; a "state" cell makes it go the general way.
    explicit CsvSampleReader(const QStringList &columns);
    bool read(const CsvPlainRow &row, const QString &defaultSource, HealthSample &out);

private:
    enum class Field { Type, Time, Service, Source, Availability, Latency, ErrorRate, Derived, Other };
    QList<Field> m_fields;
    bool m_usable = false; // the header has the three columns every sample needs
    // Feeds repeat the same service and source row after row: each text is made once.
    QByteArray m_lastService, m_lastSource;
    QString m_lastServiceText, m_lastSourceText;
    bool m_lastServiceIsKey = false;
};
