// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/csvexporter.h"

#include "domain/timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace {
QString utc(TimeMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); // "…Z"
}
QString local(TimeMs t, const QTimeZone &zone)
{
    // Qt::ISODate writes the offset ("+09:00"), or "Z" in UTC: RFC 3339 either way.
    return QDateTime::fromMSecsSinceEpoch(t, zone).toString(Qt::ISODate);
}
QString kindName(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Update:
        return QStringLiteral("update");
    case TimelineEvent::Kind::StateChange:
        return QStringLiteral("state");
    case TimelineEvent::Kind::Annotation:
        return QStringLiteral("note");
    }
    return {};
}
const QByteArray kBom("\xEF\xBB\xBF");
} // namespace

QString CsvExporter::quote(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QByteArray CsvExporter::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(quote(f));
    return quoted.join(u',').toUtf8() + "\r\n";
}

QList<TimelineEvent> CsvExporter::timelineEvents(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis)
{
    const auto &incident = analysis.incident();
    const TimeMs from = analysis.windowStart(), to = analysis.windowEnd();
    const auto inWindow = [&](TimeMs t) { return t >= from && t <= to; };
    QList<IncidentUpdate> updates;
    for (const IncidentUpdate &u : snapshot.updates)
        if (incident ? u.incidentId == incident->id : inWindow(u.time))
            updates.append(u);
    QList<StateChange> states;
    for (const StateChange &s : analysis.input().states)
        if (inWindow(s.time))
            states.append(s);
    QList<Annotation> notes;
    for (const Annotation &a : snapshot.annotations)
        if ((incident && a.incidentId == incident->id) || (a.incidentId.isEmpty() && inWindow(a.time)))
            notes.append(a);
    return TimelineEvent::collect(updates, states, notes);
}

QByteArray CsvExporter::timelineCsv(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis)
{
    return eventsCsv(timelineEvents(snapshot, analysis), analysis.timeZone());
}

QByteArray CsvExporter::eventsCsv(const QList<TimelineEvent> &events, const QTimeZone &zone)
{
    QByteArray out = kBom;
    out += line({QStringLiteral("time_utc"), QStringLiteral("time_local"), QStringLiteral("kind"),
        QStringLiteral("services"), QStringLiteral("status"), QStringLiteral("message"), QStringLiteral("source"),
        QStringLiteral("incident"), QStringLiteral("derived")});
    for (const TimelineEvent &e : events)
        out += line({utc(e.time), local(e.time, zone), kindName(e.kind), e.services.join(u';'), e.status, e.message,
            e.source, e.incidentId, e.derived ? QStringLiteral("yes") : QStringLiteral("no")});
    return out;
}

QList<TimeMs> CsvExporter::seriesTimes(const IncidentAnalysis &analysis)
{
    QList<TimeMs> times;
    for (const ImpactPoint &p : analysis.result().total)
        times.append(p.time);
    for (const ServiceImpact &s : analysis.result().services)
        for (const ImpactPoint &p : s.series)
            times.append(p.time);
    times.append(analysis.windowEnd());
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

int CsvExporter::seriesRowCount(const IncidentAnalysis &analysis)
{
    return analysis.isValid() ? int(seriesTimes(analysis).size()) : 0;
}

QByteArray CsvExporter::seriesCsv(const IncidentAnalysis &analysis)
{
    const QTimeZone zone = analysis.timeZone();
    QByteArray out = kBom;
    QStringList header {QStringLiteral("time_utc"), QStringLiteral("time_local"), QStringLiteral("total_affected")};
    const ImpactResult &r = analysis.result();
    for (qsizetype i = 0; i < r.services.size(); ++i) {
        const Service &def = analysis.services().value(i);
        header.append((def.name.isEmpty() ? r.services.at(i).service : def.name) + QStringLiteral(" affected"));
    }
    out += line(header);
    if (!analysis.isValid())
        return out;
    for (const TimeMs t : seriesTimes(analysis)) {
        QStringList row {utc(t), local(t, zone)};
        double total = 0;
        QStringList values;
        for (const ServiceImpact &s : r.services) {
            const double a = s.at(t).affected();
            total += a;
            values.append(QString::number(qRound64(a)));
        }
        row.append(QString::number(qRound64(total)));
        row += values;
        out += line(row);
    }
    return out;
}

QList<QStringList> CsvExporter::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv.startsWith(kBom) ? csv.mid(kBom.size()) : csv);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

bool CsvExporter::write(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Commands", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
