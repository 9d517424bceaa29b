// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "terminaltext.h"

#include "domain/incidentwords.h"
#include "domain/timelinesnapshot.h"
#include "domain/timestamps.h"
#include "store/timelinestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

// outagedash incidents [--json]: every incident of the timeline, so a script or a person can see
// which ids there are for --incident, and which one summary and report open without it; with the
// addresses its updates cite (the public-outage corpus carries one per milestone).
namespace Commands {
namespace {
    // RFC 3339 in the incident's own zone, with its offset ("2022-10-15T15:19:00+09:00").
    QString isoTime(const std::optional<TimeMs> &t, const Incident &incident)
    {
        if (!t)
            return {};
        return QDateTime::fromMSecsSinceEpoch(*t, Timestamps::zoneOrUtc(incident.timeZone)).toString(Qt::ISODate);
    }

    // Feed text on a terminal: a line break or an escape sequence in a title must not redraw it.
    QString printable(QString text)
    {
        for (QChar &c : text)
            if (c.category() == QChar::Other_Control)
                c = u' ';
        return text.simplified();
    }

    QString state(const Incident &incident)
    {
        return incident.resolved ? QStringLiteral("resolved") : QStringLiteral("open");
    }

    // Where an incident's updates can be read: each address once, in the order first cited,
    // with the source's name and how far it is trusted (the corpus' milestones carry these).
    struct CitedSource {
        QString url;
        QString name;
        QString confidence;
        int updates = 0;
    };
    QHash<QString, QList<CitedSource>> citedSources(const QList<IncidentUpdate> &updates)
    {
        QHash<QString, QList<CitedSource>> out;
        for (const IncidentUpdate &u : updates) {
            if (u.sourceUrl.isEmpty())
                continue;
            QList<CitedSource> &list = out[u.incidentId];
            auto it = std::find_if(list.begin(), list.end(),
                [&](const CitedSource &c) { return c.url == u.sourceUrl && c.confidence == u.confidence; });
            if (it == list.end())
                it = list.insert(list.end(), CitedSource {u.sourceUrl, u.source, u.confidence});
            ++it->updates;
        }
        return out;
    }

    // A terminal row has no room for whole addresses: the hosts say whose they are.
    QString hosts(const QList<CitedSource> &sources)
    {
        QStringList names;
        for (const CitedSource &c : sources) {
            const QString host = QUrl(c.url).host().remove(QRegularExpression(QStringLiteral("^www\\.")));
            if (!names.contains(host))
                names.append(host);
        }
        return names.join(QStringLiteral(", "));
    }
} // namespace

int runIncidents(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    TimelineStore store(QStringLiteral("cli"));
    if (!store.open(cl.db)) {
        err << "outagedash: " << store.lastError() << Qt::endl;
        return Error;
    }
    // The incidents alone, with the same rule summary and report pick by (pickIncident).
    TimelineSnapshot snapshot;
    snapshot.incidents = store.incidents();
    snapshot.localize(store.translations(TimelineSnapshot::displayLanguage())); // as summary names them
    snapshot.defaultIncident = store.meta(QStringLiteral("default_incident"));
    const Incident *preferred = snapshot.pickIncident({});
    const QHash<QString, QList<CitedSource>> sources = citedSources(store.updates());
    if (cl.json) {
        QJsonArray list;
        for (const Incident &i : std::as_const(snapshot.incidents)) {
            const QString began = isoTime(i.began, i), resolved = isoTime(i.resolved, i);
            QJsonArray cited;
            for (const CitedSource &c : sources.value(i.id))
                cited.append(QJsonObject {{u"url"_qs, c.url}, {u"name"_qs, c.name},
                    {u"confidence"_qs, c.confidence.isEmpty() ? QJsonValue() : QJsonValue(c.confidence)},
                    {u"updates"_qs, c.updates}});
            list.append(QJsonObject {{u"id"_qs, i.id}, {u"title"_qs, i.title}, {u"severity"_qs, i.severity},
                {u"state"_qs, state(i)}, {u"began"_qs, began.isEmpty() ? QJsonValue() : QJsonValue(began)},
                {u"resolved"_qs, resolved.isEmpty() ? QJsonValue() : QJsonValue(resolved)},
                {u"time_zone"_qs, i.timeZone.isEmpty() ? u"UTC"_qs : i.timeZone},
                {u"services"_qs, QJsonArray::fromStringList(i.services)}, {u"source"_qs, i.source},
                {u"sources"_qs, cited}, {u"default"_qs, &i == preferred}});
        }
        out << QJsonDocument(QJsonObject {{u"incidents"_qs, list}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto tr = [](const char *text) { return QCoreApplication::translate("Commands", text); };
    if (snapshot.incidents.isEmpty()) {
        out << tr("%1 holds no incident").arg(cl.db) << Qt::endl;
        return Ok;
    }
    QList<QStringList> table {{tr("id"), tr("title"), tr("severity"), tr("state"), tr("began"), tr("resolved"),
        tr("services"), tr("source"), tr("cited sources")}};
    for (const Incident &i : std::as_const(snapshot.incidents))
        table.append({printable(i.id), printable(i.title), printable(IncidentWords::severityName(i.severity)),
            i.resolved ? tr("Resolved") : tr("Open"), isoTime(i.began, i), isoTime(i.resolved, i),
            printable(i.services.join(QStringLiteral(", "))), printable(i.source),
            printable(hosts(sources.value(i.id)))});
    // Every column as wide as its widest cell: ids and titles vary in length.
    out << TerminalText::table(table, TerminalText::Align::Left);
    if (!sources.isEmpty())
        out << '\n'
            << tr("cited sources: where the incident's updates can be read; --json gives every address") << '\n';
    if (preferred)
        out << '\n'
            << tr("summary and report open %1 when --incident is not given").arg(printable(preferred->id)) << '\n';
    out.flush();
    return Ok;
}

} // namespace Commands
