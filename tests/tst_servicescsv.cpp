// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, point 4: the service catalogue as a CSV file. Export then import gives the same
// catalogue; the same file twice writes nothing; every malformed field is refused with its line
// and field while the good rows are kept; a cycle is refused by name; a BOM is accepted; services
// not in the file are left alone.
#include "session/servicescsv.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kHeader = "key,name,users,group,colour,depends_on\n";

Service service(const QString &key, const QString &name, std::optional<qint64> users, const QString &group = {},
    const QString &colour = {})
{
    Service s;
    s.key = key;
    s.name = name;
    s.users = users;
    s.group = group;
    s.colour = colour;
    return s;
}

// What the file carries of a service; the rest (notes, audiences) is not its business.
QStringList fileFields(const QList<Service> &services)
{
    QStringList out;
    for (const Service &s : services)
        out.append(
            QStringList {s.key, s.name, s.users ? QString::number(*s.users) : u"-"_s, s.group, s.colour}.join(u'|'));
    out.sort();
    return out;
}

QStringList dependencyFields(const QList<Dependency> &dependencies)
{
    QStringList out;
    for (const Dependency &d : dependencies)
        out.append(
            u"%1>%2:%3"_s.arg(d.service, d.dependsOn, QString::number(d.share, 'g', QLocale::FloatingPointShortest)));
    out.sort();
    return out;
}
} // namespace

class TstServicesCsv : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const QByteArray &data)
    {
        const QString path = m_dir.filePath(u"services-%1.csv"_s.arg(++m_files));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }
    QString database() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_files)); }

    // A catalogue with what a file has to get right: unknown users, a comma, a quote, Hangul,
    // spaces at the ends of a name, a key with a colon, shares of many digits.
    static void seed(TimelineStore &store)
    {
        const QList<Service> services {service(u"messaging"_s, u"KakaoTalk"_s, 47637000, u"Chat"_s, u"#1f77b4"_s),
            service(u"accounts"_s, u"Accounts, login"_s, 1000, u"Platform"_s), service(u"pay"_s, u"Pay \"Money\""_s, 0),
            service(u"maps"_s, u"카카오맵"_s, std::nullopt, u"지도"_s),
            service(u"edge:9090"_s, u"  padded  "_s, std::nullopt)};
        const QList<Dependency> dependencies {{u"messaging"_s, u"accounts"_s, 0.6, u"from the 2022 postmortem"_s},
            {u"messaging"_s, u"edge:9090"_s, 1.0 / 3.0, {}}, {u"pay"_s, u"accounts"_s, 1.0, {}},
            {u"maps"_s, u"accounts"_s, 0.0, {}}};
        QVERIFY(store.saveCatalogue(services, dependencies));
    }

private slots:
    void roundTrip()
    {
        TimelineStore from(u"from"_s);
        QVERIFY(from.open(database()));
        seed(from);
        const QString path = m_dir.filePath(u"exported.csv"_s);
        qsizetype rows = 0;
        QString error;
        QVERIFY2(ServicesCsv::exportFile(from, path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, 5);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(exported.startsWith(kHeader));
        QVERIFY2(
            exported.contains("messaging,KakaoTalk,47637000,Chat,#1f77b4,accounts:0.6;edge:9090:0.3333333333333333"),
            exported.constData());

        TimelineStore to(u"to"_s);
        QVERIFY(to.open(database()));
        const ServicesCsv::ImportResult r = ServicesCsv::importFile(to, path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.rejected.isEmpty());
        QCOMPARE(r.rows, 5);
        QCOMPARE(r.added, 5);
        QCOMPARE(fileFields(to.services()), fileFields(from.services()));
        QCOMPARE(dependencyFields(to.dependencies()), dependencyFields(from.dependencies()));
        QCOMPARE(ServicesCsv::write({to.services(), to.dependencies()}), exported);
    }

    void importingTwiceChangesNothing()
    {
        const QString db = database();
        TimelineStore store(u"twice"_s);
        QVERIFY(store.open(db));
        seed(store);
        const QString path = file(ServicesCsv::write({store.services(), store.dependencies()}));
        ServicesCsv::ImportResult r = ServicesCsv::importFile(store, path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.added + r.changed, 0);
        QCOMPARE(r.unchanged, 5);

        // A change, then the same file twice: one write, then none at all (another connection
        // sees SQLite's data_version move only when someone commits).
        const QString edited = file(ServicesCsv::write({store.services(), store.dependencies()})
                                        .replace("pay,\"Pay \"\"Money\"\"\",0,", "pay,Pay,250,"));
        TimelineStore watcher(u"watcher"_s);
        QVERIFY(watcher.open(db));
        const auto dataVersion = [&] {
            QSqlQuery q(TimelineStoreTestAccess::database(watcher));
            return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 before = dataVersion();
        r = ServicesCsv::importFile(store, edited);
        QCOMPARE(r.changed, 1);
        QCOMPARE(r.unchanged, 4);
        const qint64 afterChange = dataVersion();
        QVERIFY(afterChange != before);
        r = ServicesCsv::importFile(store, edited);
        QCOMPARE(r.changed, 0);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.unchanged, 5);
        QCOMPARE(dataVersion(), afterChange);
    }

    void malformedFieldsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("users not a number") << QByteArray("bad,Bad,lots,,,") << u"users"_s << u"\"lots\""_s;
        QTest::newRow("users with a fraction") << QByteArray("bad,Bad,1.5,,,") << u"users"_s << u"\"1.5\""_s;
        QTest::newRow("users negative") << QByteArray("bad,Bad,-5,,,") << u"users"_s << u"negative"_s;
        QTest::newRow("share above 1") << QByteArray("bad,Bad,1,,,web:1.5") << u"depends_on"_s << u"from 0 to 1"_s;
        QTest::newRow("share negative") << QByteArray("bad,Bad,1,,,web:-0.1") << u"depends_on"_s << u"from 0 to 1"_s;
        QTest::newRow("share not a number") << QByteArray("bad,Bad,1,,,web:half") << u"depends_on"_s << u"\"half\""_s;
        QTest::newRow("share missing") << QByteArray("bad,Bad,1,,,web") << u"depends_on"_s << u"no share"_s;
        QTest::newRow("unknown dependency")
            << QByteArray("bad,Bad,1,,,nowhere:0.5") << u"depends_on"_s << u"\"nowhere\" is no service"_s;
        QTest::newRow("itself") << QByteArray("bad,Bad,1,,,bad:0.5") << u"depends_on"_s << u"itself"_s;
        QTest::newRow("named twice") << QByteArray("bad,Bad,1,,,web:0.5;web:0.2") << u"depends_on"_s
                                     << u"named twice"_s;
        QTest::newRow("bad colour") << QByteArray("bad,Bad,1,,red,") << u"colour"_s << u"\"red\""_s;
        QTest::newRow("short colour") << QByteArray("bad,Bad,1,,#fff,") << u"colour"_s << u"#rrggbb"_s;
        QTest::newRow("missing key") << QByteArray(",Bad,1,,,") << u"key"_s << u"no key"_s;
        QTest::newRow("duplicate key") << QByteArray("web,Web again,1,,,") << u"key"_s << u"also on line 2"_s;
        QTest::newRow("too few cells") << QByteArray("bad,Bad,1") << u"group"_s << u"3 of the 6"_s;
        QTest::newRow("one cell short") << QByteArray("bad,Bad,1,,") << u"depends_on"_s << u"5 of the 6"_s;
        QTest::newRow("too many cells") << QByteArray("bad,Bad, Inc,1,,,") << u"row"_s << u"7 fields"_s;
        QTest::newRow("text after a quote") << QByteArray("bad,\"Bad\"ly,1,,,") << u"name"_s << u"closing quote"_s;
        QTest::newRow("not UTF-8") << QByteArray("bad,B\xff\xfe,1,,,") << u"name"_s << u"UTF-8"_s;
    }
    // Line 2 and line 4 are good, line 3 is not: the file names line 3 and the field, and
    // takes the other two.
    void malformedFieldsNameLineAndField()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        TimelineStore store(u"malformed"_s);
        QVERIFY(store.open(database()));
        const QString path = file(kHeader + "web,Web,100,,,\n" + row + "\ndb,DB,,,,\n");
        const ServicesCsv::ImportResult r = ServicesCsv::importFile(store, path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.first().line, 3);
        QCOMPARE(r.rejected.first().field, field);
        QVERIFY2(r.rejected.first().reason.contains(reason), qPrintable(r.rejected.first().reason));
        const QString message = ServicesCsv::describe(path, r.rejected.first());
        QVERIFY2(message.startsWith(path + u":3: rejected (field \"%1\")"_s.arg(field)), qPrintable(message));
        QCOMPARE(r.added, 2);
        QStringList keys;
        for (const Service &s : store.services())
            keys.append(s.key);
        keys.sort();
        QCOMPARE(keys, (QStringList {u"db"_s, u"web"_s}));
    }

    // A megabyte of a cell is quoted in a couple of hundred characters, not a megabyte.
    void longValuesAreQuotedShort()
    {
        TimelineStore store(u"long"_s);
        QVERIFY(store.open(database()));
        const QString path = file(kHeader + "bad,Bad," + QByteArray(1000000, '9') + "x,,,\n");
        const ServicesCsv::ImportResult r = ServicesCsv::importFile(store, path);
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.first().field, u"users"_s);
        QVERIFY2(ServicesCsv::describe(path, r.rejected.first()).toUtf8().size() < 500,
            qPrintable(r.rejected.first().reason));
    }

    // A row refused leaves another that named it with nothing to depend on: that one goes too.
    void aDependencyOnARefusedRowIsRefused()
    {
        TimelineStore store(u"cascade"_s);
        QVERIFY(store.open(database()));
        const ServicesCsv::ImportResult r
            = ServicesCsv::importFile(store, file(kHeader + "web,Web,10,,,db:1\ndb,DB,-1,,,\nok,OK,1,,,\n"));
        QCOMPARE(r.rejected.size(), 2);
        QCOMPARE(r.rejected.at(0).line, 2);
        QCOMPARE(r.rejected.at(0).field, u"depends_on"_s);
        QCOMPARE(r.rejected.at(1).line, 3);
        QCOMPARE(r.rejected.at(1).field, u"users"_s);
        QCOMPARE(r.added, 1);
    }

    void wrongHeaderRefusesTheFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("line");
        QTest::newRow("another order") << QByteArray("name,key,users,group,colour,depends_on\nweb,Web,1,,,\n")
                                       << qint64(1);
        QTest::newRow("a column missing") << QByteArray("key,name,users,group,colour\nweb,Web,1,,\n") << qint64(1);
        QTest::newRow("no header") << QByteArray("web,Web,1,,,\n") << qint64(1);
        QTest::newRow("after blank lines") << QByteArray("\n\nkey;name\n") << qint64(3);
        QTest::newRow("empty") << QByteArray() << qint64(1);
    }
    void wrongHeaderRefusesTheFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(qint64, line);
        TimelineStore store(u"header"_s);
        QVERIFY(store.open(database()));
        const QString path = file(data);
        const ServicesCsv::ImportResult r = ServicesCsv::importFile(store, path);
        QVERIFY2(r.error.startsWith(path + u":%1: rejected (field \"header\")"_s.arg(line)), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"key,name,users,group,colour,depends_on"_s), qPrintable(r.error));
        QVERIFY(store.services().isEmpty());
    }

    // The editor's check refuses the cycle, named, and nothing of the file is saved: the
    // catalogue stays as it was, even its good rows.
    void aCycleIsRefusedByName()
    {
        TimelineStore store(u"cycle"_s);
        QVERIFY(store.open(database()));
        QVERIFY(store.saveCatalogue({service(u"x"_s, u"X"_s, 5)}, {}));
        const QString path = file(kHeader + "a,A,1,,,b:0.5\nb,B,1,,,c:1\nc,C,1,,,a:0.2\nd,D,1,,,\n");
        const ServicesCsv::ImportResult r = ServicesCsv::importFile(store, path);
        QVERIFY2(r.error.contains(u"a → b → c → a"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"lines 2, 3, 4"_s), qPrintable(r.error));
        QVERIFY2(r.error.startsWith(path), qPrintable(r.error));
        QCOMPARE(store.services().size(), 1);
        QVERIFY(store.dependencies().isEmpty());

        // Through a dependency already stored: y needs x in the store, the file makes x need y.
        QVERIFY(
            store.saveCatalogue({service(u"x"_s, u"X"_s, 5), service(u"y"_s, u"Y"_s, 5)}, {{u"y"_s, u"x"_s, 1.0, {}}}));
        const ServicesCsv::ImportResult through = ServicesCsv::importFile(store, file(kHeader + "x,X,5,,,y:0.5\n"));
        QVERIFY2(through.error.contains(u"x → y → x"_s) || through.error.contains(u"y → x → y"_s),
            qPrintable(through.error));
        QCOMPARE(store.dependencies().size(), 1);
    }

    // A service a live feed registers after the import read the catalogue, through another
    // connection, is neither removed nor rewritten: the import writes only the services its
    // file names (the whole stale list written back would have dropped it).
    void aServiceRegisteredMeanwhileIsKept()
    {
        const QString db = database();
        TimelineStore importer(u"importer"_s), feed(u"feed"_s);
        QVERIFY(importer.open(db));
        QVERIFY(importer.saveCatalogue(
            {service(u"x"_s, u"X"_s, 5), service(u"y"_s, u"Y"_s, 5)}, {{u"y"_s, u"x"_s, 0.5, {}}}));
        const ServiceCatalogue read {importer.services(), importer.dependencies()};
        QVERIFY(feed.open(db));
        Service probe = service(u"probe"_s, u"Probe"_s, 0);
        probe.users.reset();
        QVERIFY(feed.upsertServices({probe}, {{u"probe"_s, u"x"_s, 1.0, {}}}));
        const ServicesCsv::Parsed parsed = ServicesCsv::read(QByteArray(kHeader + "x,X renamed,7,,,\n"));
        QVERIFY(parsed.problems.isEmpty());
        const ServicesCsv::Merged merged = ServicesCsv::merge(read, parsed.rows);
        QCOMPARE(merged.changed, 1);
        const Service &x = *std::find_if(merged.catalogue.services.cbegin(), merged.catalogue.services.cend(),
            [](const Service &s) { return s.key == u"x"_s; });
        QVERIFY(importer.upsertServices({x}, {}));
        QCOMPARE(
            fileFields(importer.services()), (QStringList {u"probe|Probe|-||"_s, u"x|X renamed|7||"_s, u"y|Y|5||"_s}));
        QCOMPARE(importer.dependencies().size(), 2); // y → x and probe → x, neither named by the file

        // And through the command's own path: a file naming only y leaves probe and x alone.
        const ServicesCsv::ImportResult r = ServicesCsv::importFile(importer, file(kHeader + "y,Y,6,,,\n"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.changed, 1);
        QCOMPARE(
            fileFields(importer.services()), (QStringList {u"probe|Probe|-||"_s, u"x|X renamed|7||"_s, u"y|Y|6||"_s}));
        QCOMPARE(importer.dependencies().size(), 1); // y's own list is now empty, probe → x kept
    }

    void aByteOrderMarkIsAccepted()
    {
        TimelineStore store(u"bom"_s);
        QVERIFY(store.open(database()));
        const ServicesCsv::ImportResult r = ServicesCsv::importFile(store,
            file("\xEF\xBB\xBF"
                 "key,name,users,group,colour,depends_on\r\nweb,Web,10,,,\r\ndb,\"DB, main\",,,,\r\n"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.rejected.isEmpty());
        QCOMPARE(r.added, 2);
        QCOMPARE(fileFields(store.services()), (QStringList {u"db|DB, main|-||"_s, u"web|Web|10||"_s}));
    }

    // Services absent from the file, their dependencies and notes stay; a row sets its
    // service's whole list of dependencies (an empty cell: none), keeping the notes of those
    // it keeps; an empty users cell is "not known".
    void whatTheFileDoesNotSayIsLeftAlone()
    {
        TimelineStore store(u"alone"_s);
        QVERIFY(store.open(database()));
        Service legacy = service(u"legacy"_s, u"Legacy"_s, 40);
        legacy.note = u"from the 2019 survey"_s;
        Service web = service(u"web"_s, u"Web"_s, 100);
        web.note = u"from analytics"_s;
        QVERIFY(store.saveCatalogue({legacy, web, service(u"db"_s, u"DB"_s, 5), service(u"cache"_s, u"Cache"_s, 5)},
            {{u"legacy"_s, u"db"_s, 0.5, u"kept"_s}, {u"web"_s, u"db"_s, 0.9, u"measured"_s},
                {u"web"_s, u"cache"_s, 0.2, {}}, {u"db"_s, u"cache"_s, 1.0, {}}}));
        const ServicesCsv::ImportResult r
            = ServicesCsv::importFile(store, file(kHeader + "web,Web site,,,,db:0.9\ndb,DB,5,,,\n"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.changed, 2);
        QCOMPARE(r.added, 0);
        const QList<Service> services = store.services();
        QCOMPARE(services.size(), 4);
        for (const Service &s : services) {
            if (s.key == u"legacy") {
                QCOMPARE(s.users, std::optional<qint64>(40));
                QCOMPARE(s.note, u"from the 2019 survey"_s);
            } else if (s.key == u"web") {
                QCOMPARE(s.name, u"Web site"_s);
                QVERIFY(!s.users);
                QCOMPARE(s.note, u"from analytics"_s);
            }
        }
        QCOMPARE(dependencyFields(store.dependencies()), (QStringList {u"legacy>db:0.5"_s, u"web>db:0.9"_s}));
        for (const Dependency &d : store.dependencies())
            if (d.service == u"web")
                QCOMPARE(d.note, u"measured"_s);
    }

    // A quoted name over two lines: the rows after it keep their own line numbers.
    void linesCountLineBreaksInsideQuotes()
    {
        TimelineStore store(u"lines"_s);
        QVERIFY(store.open(database()));
        const ServicesCsv::ImportResult r
            = ServicesCsv::importFile(store, file(kHeader + "web,\"Web\nsite\",1,,,\ndb,DB,x,,,\n"));
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.first().line, 4);
        QCOMPARE(r.added, 1);
    }
};

QTEST_GUILESS_MAIN(TstServicesCsv)
#include "tst_servicescsv.moc"
