// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/servicescsv.h"

#include "domain/recordfields.h"
#include "feeds/csvtokenizer.h"
#include "session/csvexporter.h"
#include "store/timelinestore.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
enum Column { Key, Name, Users, Group, Colour, DependsOn, ColumnCount };

constexpr QByteArrayView kBom("\xEF\xBB\xBF");

QString quoted(QStringView text)
{
    return RecordFields::quoted(text);
}

// Quotes what a reader would otherwise change: separators, quotes, line breaks, and white
// space at either end (the tokenizer trims unquoted cells, as people write them).
QString cell(const QString &text)
{
    const bool padded = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    return padded ? u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"' : CsvExporter::quote(text);
}

QString shareText(double share)
{
    return QString::number(share, 'g', QLocale::FloatingPointShortest);
}

bool sameDependencies(QList<Dependency> a, QList<Dependency> b)
{
    const auto byKey = [](const Dependency &x, const Dependency &y) { return x.dependsOn < y.dependsOn; };
    std::sort(a.begin(), a.end(), byKey);
    std::sort(b.begin(), b.end(), byKey);
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Dependency &x, const Dependency &y) {
        return x.service == y.service && x.dependsOn == y.dependsOn && x.share == y.share;
    });
}

bool validUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString ignored = decoder(bytes);
    Q_UNUSED(ignored)
    return !decoder.hasError();
}
} // namespace

const QStringList &ServicesCsv::header()
{
    static const QStringList columns {u"key"_s, u"name"_s, u"users"_s, u"group"_s, u"colour"_s, u"depends_on"_s};
    return columns;
}

QByteArray ServicesCsv::write(const ServiceCatalogue &catalogue)
{
    QList<Service> services = catalogue.services;
    std::sort(services.begin(), services.end(), [](const Service &a, const Service &b) { return a.key < b.key; });
    QHash<QString, QList<Dependency>> needs;
    for (const Dependency &d : catalogue.dependencies)
        needs[d.service].append(d);
    QByteArray out = header().join(u',').toUtf8() + '\n';
    for (const Service &s : std::as_const(services)) {
        QList<Dependency> deps = needs.value(s.key);
        std::sort(deps.begin(), deps.end(),
            [](const Dependency &a, const Dependency &b) { return a.dependsOn < b.dependsOn; });
        QStringList dependsOn;
        for (const Dependency &d : std::as_const(deps))
            dependsOn.append(d.dependsOn + u':' + shareText(d.share));
        const QStringList cells {
            s.key, s.name, s.users ? QString::number(*s.users) : QString(), s.group, s.colour, dependsOn.join(u';')};
        QStringList written;
        for (const QString &c : cells)
            written.append(cell(c));
        out += written.join(u',').toUtf8() + '\n';
    }
    return out;
}

namespace {
// depends_on of the service 'key': "accounts:0.6;pay:0.3" (an empty cell: no dependencies).
// The last colon splits, so keys may hold colons ("host:9090:0.5").
QString parseDependencies(const QString &key, const QString &text, QList<Dependency> &out)
{
    QSet<QString> named;
    for (const QString &part : text.split(u';')) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.lastIndexOf(u':');
        if (colon < 0)
            return ServicesCsv::tr("%1 has no share: write key:share, e.g. accounts:0.6").arg(quoted(item));
        const QString on = item.left(colon).trimmed();
        const QString shareCell = item.mid(colon + 1).trimmed();
        if (on.isEmpty())
            return ServicesCsv::tr("%1 names no service before the colon").arg(quoted(item));
        bool ok = false;
        const double share = QLocale::c().toDouble(shareCell, &ok);
        if (!ok)
            return ServicesCsv::tr("the share of %1 is %2, not a number from 0 to 1")
                .arg(quoted(on), quoted(shareCell));
        if (!(share >= 0.0 && share <= 1.0))
            return ServicesCsv::tr("the share of %1 is %2: a share is from 0 to 1").arg(quoted(on), quoted(shareCell));
        if (on == key)
            return ServicesCsv::tr("%1 cannot depend on itself").arg(quoted(on));
        if (named.contains(on))
            return ServicesCsv::tr("%1 is named twice").arg(quoted(on));
        named.insert(on);
        out.append({key, on, share, {}});
    }
    return {};
}
} // namespace

ServicesCsv::Parsed ServicesCsv::read(QByteArrayView data)
{
    Parsed parsed;
    CsvTokenizer rows(data, data.startsWith(kBom) ? kBom.size() : 0, 1);
    CsvRow head;
    while (!rows.atEnd() && (head = rows.next()).isBlank())
        ;
    QStringList names;
    for (const QString &c : std::as_const(head.cells))
        names.append(c.trimmed().toLower());
    if (head.isBlank()) {
        parsed.fatal = Problem {
            1, u"header"_s, tr("the file is empty: its first line must be the header %1").arg(header().join(u','))};
        return parsed;
    }
    if (!head.problem.isEmpty() || names != header()) {
        parsed.fatal = Problem {head.line, u"header"_s,
            tr("the header must be %1, not %2")
                .arg(header().join(u','),
                    quoted(QString::fromUtf8(data.sliced(head.start, head.end - head.start)).trimmed()))};
        return parsed;
    }
    static const QRegularExpression colour(u"^#[0-9a-fA-F]{6}$"_s);
    QHash<QString, qint64> lineOf;
    while (!rows.atEnd()) {
        const CsvRow row = rows.next();
        if (row.isBlank())
            continue;
        ++parsed.dataRows;
        const auto reject = [&](const QString &field, const QString &reason) {
            parsed.problems.append({row.line, field, reason});
        };
        const auto column = [](qsizetype i) { return i >= 0 && i < ColumnCount ? header().at(i) : u"row"_s; };
        if (!row.problem.isEmpty()) {
            reject(column(row.badCell), row.problem);
            continue;
        }
        if (!validUtf8(data.sliced(row.start, row.end - row.start))) {
            const auto bad = std::find_if(row.cells.cbegin(), row.cells.cend(),
                [](const QString &c) { return c.contains(QChar::ReplacementCharacter); });
            reject(bad == row.cells.cend() ? u"row"_s : column(bad - row.cells.cbegin()), tr("the text is not UTF-8"));
            continue;
        }
        if (row.cells.size() < ColumnCount) {
            reject(column(row.cells.size()),
                tr("the row ends after %1 of the %2 fields of the header").arg(row.cells.size()).arg(ColumnCount));
            continue;
        }
        if (row.cells.size() > ColumnCount) {
            reject(u"row"_s,
                tr("the row has %1 fields, the header %2 (a name or group holding a comma goes in double quotes): %3")
                    .arg(row.cells.size())
                    .arg(ColumnCount)
                    .arg(quoted(row.cells.join(u','))));
            continue;
        }
        Row r;
        r.line = row.line;
        Service &s = r.service;
        s.key = row.cells.at(Key).trimmed();
        if (s.key.isEmpty()) {
            reject(column(Key), tr("no key: every service needs one"));
            continue;
        }
        if (s.key.contains(u';')) {
            reject(column(Key), tr("%1 holds a ';', which separates dependencies").arg(quoted(s.key)));
            continue;
        }
        // Every later row of a key is refused, good or not, so the file says one thing of it.
        if (const auto first = lineOf.constFind(s.key); first != lineOf.cend()) {
            reject(column(Key), tr("%1 is also on line %2: a service is given once").arg(quoted(s.key)).arg(*first));
            continue;
        }
        lineOf.insert(s.key, row.line);
        s.name = row.cells.at(Name).isEmpty() ? s.key : row.cells.at(Name);
        if (const QString users = row.cells.at(Users).trimmed(); !users.isEmpty()) {
            bool ok = false;
            const qint64 count = users.toLongLong(&ok);
            if (!ok) {
                reject(column(Users),
                    tr("%1 is not a whole number of people (leave it empty when not known)").arg(quoted(users)));
                continue;
            }
            if (count < 0) {
                reject(column(Users), tr("%1 is negative: users are a count of 0 or more").arg(quoted(users)));
                continue;
            }
            s.users = count;
        }
        s.group = row.cells.at(Group);
        s.colour = row.cells.at(Colour).trimmed();
        if (!s.colour.isEmpty() && !colour.match(s.colour).hasMatch()) {
            reject(column(Colour),
                tr("%1 is no colour: write #rrggbb, e.g. #1f77b4, or leave it empty").arg(quoted(s.colour)));
            continue;
        }
        if (const QString why = parseDependencies(s.key, row.cells.at(DependsOn), r.dependencies); !why.isEmpty()) {
            reject(column(DependsOn), why);
            continue;
        }
        parsed.rows.append(r);
    }
    return parsed;
}

ServicesCsv::Merged ServicesCsv::merge(const ServiceCatalogue &stored, const QList<Row> &rows)
{
    Merged m;
    QSet<QString> storedKeys;
    for (const Service &s : stored.services)
        storedKeys.insert(s.key);
    // A dependency must name a service of the store or of a row taken: refusing a row can leave
    // another naming a service that now exists nowhere, so this runs until nothing changes.
    QList<Row> taken = rows;
    QSet<QString> known = storedKeys;
    for (const Row &r : std::as_const(taken))
        known.insert(r.service.key);
    for (bool again = true; again;) {
        again = false;
        for (qsizetype i = 0; i < taken.size() && !again; ++i) {
            for (const Dependency &d : std::as_const(taken.at(i).dependencies)) {
                if (known.contains(d.dependsOn))
                    continue;
                m.problems.append({taken.at(i).line, header().at(DependsOn),
                    tr("%1 is no service: neither the store nor a row taken from the file has it")
                        .arg(quoted(d.dependsOn))});
                if (!storedKeys.contains(taken.at(i).service.key))
                    known.remove(taken.at(i).service.key);
                taken.removeAt(i);
                again = true;
                break;
            }
        }
    }
    m.catalogue = stored;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < m.catalogue.services.size(); ++i)
        at.insert(m.catalogue.services.at(i).key, i);
    QSet<QString> inFile;
    for (const Row &r : std::as_const(taken))
        inFile.insert(r.service.key);
    QList<Dependency> dependencies;
    QHash<QString, QList<Dependency>> storedNeeds;
    for (const Dependency &d : stored.dependencies) {
        storedNeeds[d.service].append(d);
        if (!inFile.contains(d.service))
            dependencies.append(d);
    }
    for (const Row &r : std::as_const(taken)) {
        const QList<Dependency> before = storedNeeds.value(r.service.key);
        for (Dependency d : r.dependencies) {
            // The file has no note column: a dependency kept keeps the note it had.
            for (const Dependency &old : before)
                if (old.dependsOn == d.dependsOn)
                    d.note = old.note;
            dependencies.append(d);
        }
        if (const auto it = at.constFind(r.service.key); it != at.cend()) {
            Service &s = m.catalogue.services[*it];
            const Service was = s;
            s.name = r.service.name;
            s.users = r.service.users;
            s.group = r.service.group;
            s.colour = r.service.colour;
            const bool same = s == was && sameDependencies(before, r.dependencies);
            ++(same ? m.unchanged : m.changed);
        } else {
            m.catalogue.services.append(r.service);
            ++m.added;
        }
    }
    m.catalogue.dependencies = dependencies;
    if (const QString problem = m.catalogue.problem(); !problem.isEmpty()) {
        QStringList lines;
        const QStringList cycle = ServiceCatalogue::findCycle(dependencies);
        for (const Row &r : std::as_const(taken))
            if (cycle.contains(r.service.key))
                lines.append(QString::number(r.line));
        m.refusal = lines.isEmpty() ? problem : tr("%1 (lines %2)").arg(problem, lines.join(u", "_s));
    }
    return m;
}

ServicesCsv::ImportResult ServicesCsv::importFile(TimelineStore &store, const QString &path)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray data = file.readAll();
    const Parsed parsed = read(data);
    result.rows = parsed.dataRows;
    result.rejected = parsed.problems;
    if (parsed.fatal) {
        result.error = describe(path, *parsed.fatal);
        return result;
    }
    // A store that cannot be read now would look empty, and saving the file's rows over it
    // would remove what is there.
    if (!store.isHealthy()) {
        result.error = store.lastError();
        return result;
    }
    const Merged merged = merge({store.services(), store.dependencies()}, parsed.rows);
    result.rejected += merged.problems;
    std::stable_sort(result.rejected.begin(), result.rejected.end(),
        [](const Problem &a, const Problem &b) { return a.line < b.line; });
    if (!merged.refusal.isEmpty()) {
        result.error = tr("%1: nothing was imported: %2").arg(path, merged.refusal);
        return result;
    }
    result.added = merged.added;
    result.changed = merged.changed;
    result.unchanged = merged.unchanged;
    if (merged.added + merged.changed == 0)
        return result;
    // Only the file's services are written: the catalogue was read before this, and a service
    // a live feed registered since then must not be dropped by writing the whole list back.
    QSet<QString> named;
    for (const Row &row : parsed.rows)
        named.insert(row.service.key);
    QList<Service> services;
    QList<Dependency> dependencies;
    for (const Service &s : merged.catalogue.services)
        if (named.contains(s.key))
            services.append(s);
    for (const Dependency &d : merged.catalogue.dependencies)
        if (named.contains(d.service))
            dependencies.append(d);
    if (!store.upsertServices(services, dependencies)) {
        result.error = tr("%1: nothing was imported: %2").arg(path, store.lastError());
        result.added = result.changed = result.unchanged = 0;
    }
    return result;
}

bool ServicesCsv::exportFile(const TimelineStore &store, const QString &path, qsizetype *rows, QString *error)
{
    if (!store.isHealthy()) {
        if (error)
            *error = store.lastError();
        return false;
    }
    const ServiceCatalogue catalogue {store.services(), store.dependencies()};
    if (rows)
        *rows = catalogue.services.size();
    return CsvExporter::write(path, write(catalogue), error);
}

QString ServicesCsv::describe(const QString &path, const Problem &problem)
{
    return tr("%1:%2: rejected (field \"%3\"): %4").arg(path).arg(problem.line).arg(problem.field, problem.reason);
}
