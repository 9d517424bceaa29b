// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelineevent.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// The timeline and the people-affected series as CSV for spreadsheets: RFC 4180 quoting,
// CRLF line ends, UTF-8 with a byte order mark (so Excel reads Hangul right), every time
// twice: RFC 3339 UTC and RFC 3339 in the incident's zone (with its offset).
class CsvExporter final {
public:
    // The rows of the timeline export: the incident's updates (every incident's when there is
    // none), the state changes of its services in the window, and its notes (and loose ones
    // in the window), in time order.
    static QList<TimelineEvent> timelineEvents(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis);
    static QByteArray timelineCsv(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis);
    // These events, in this order: what File ▸ Export ▸ Timeline writes (the rows the table shows).
    static QByteArray eventsCsv(const QList<TimelineEvent> &events, const QTimeZone &zone);
    // One row per change of any service's people affected: the total and each service.
    static QByteArray seriesCsv(const IncidentAnalysis &analysis);
    static int seriesRowCount(const IncidentAnalysis &analysis);

    static QString quote(const QString &field);
    static QByteArray line(const QStringList &fields);
    // RFC 4180 parser (quotes, doubled quotes, CR/LF inside quotes); skips a leading BOM.
    static QList<QStringList> parse(const QByteArray &csv);
    // Atomic write (QSaveFile); false with a message naming the file on failure.
    static bool write(const QString &path, const QByteArray &data, QString *error);

private:
    static QList<TimeMs> seriesTimes(const IncidentAnalysis &analysis);
};
