// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"
#include "common/appsettings.h"
#include "dashboardviews.h"
#include "dialogs/annotationdialog.h"
#include "dialogs/rejectsdialog.h"
#include "exportactions.h"
#include "importcontroller.h"
#include "itemmodels/rejectmodel.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow.h"
#include "session/csvexporter.h"
#include "session/dashboardsession.h"
#include "statusboardwidget.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"
#include "timelineview.h"
#include "windowactions.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The smaller things that tell a user whether anyone tried the program (#22, point 7): the
// import filter, the timeline's scope and its export, the keyboard, the title, zones, notes
// on a failing database, plain words for a wrong file, and settings that belong to a database.

namespace {
constexpr auto kKakao = "kakao-2022-10-15";
constexpr auto kNaver = "naver-2022-10-15";

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}
} // namespace

class TstDeskDetails : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // A demo database of its own for each test: settings are per database, so none leaks over.
    QString demoDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        DashboardSession session;
        if (!session.open(path) || !session.loadDemoIfEmpty()) {
            qWarning().noquote() << "no demo in" << path << ":" << session.lastError();
            return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // a. Every format the importer reads is offered, all of them together first.
    void importDialogOffersEveryFormat()
    {
        const QStringList filters = ImportController::nameFilters();
        QVERIFY(filters.constFirst().startsWith(u"All supported feeds ("_s));
        QCOMPARE(filters.constLast(), u"All files (*)"_s);
        const QString all = filters.constFirst();
        const QStringList patterns
            = all.mid(all.indexOf(u'(') + 1, all.lastIndexOf(u')') - all.indexOf(u'(') - 1).split(u' ');
        const QDir data(QStringLiteral(OUTAGEDASH_TEST_DATA));
        int checked = 0;
        for (const QString &sub : {u"csv"_s, u"ndjson"_s, u"atomrss"_s, u"prometheus"_s, u"public"_s}) {
            for (const QString &file : QDir(data.filePath(sub)).entryList(QDir::Files)) {
                if (file.endsWith(u".md"))
                    continue;
                QVERIFY2(QDir::match(patterns, file), qPrintable(file + u" is hidden by "_s + all));
                ++checked;
            }
        }
        QVERIFY(checked > 30);
        for (const QString &kind : {u"NDJSON"_s, u"JSON"_s, u"CSV"_s, u"XML"_s, u"Atom"_s, u"RSS"_s})
            QVERIFY2(std::any_of(filters.cbegin() + 1, filters.cend() - 1,
                         [&](const QString &f) { return f.startsWith(kind); }),
                qPrintable(kind));

        // The window's File ▸ Import shows these filters, the combined one chosen.
        DashboardSession session;
        QVERIFY(session.open(m_dir.filePath(u"import-filter.sqlite"_s)));
        MainWindow window(&session);
        QStringList shown;
        QString selected;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = dialog->nameFilters();
            selected = dialog->selectedNameFilter();
            dialog->reject();
        });
        window.windowActions()->importFiles();
        QCOMPARE(shown, filters);
        QCOMPARE(selected, filters.constFirst());
    }

    // b. The timeline lists the selected incident's events; "All events" lists everything.
    void timelineIsScopedToTheSelectedIncident()
    {
        const QString path = demoDatabase(u"scope.sqlite"_s);
        QVERIFY(!path.isEmpty());
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        QCOMPARE(session.incidentId(), QString::fromLatin1(kKakao));
        QAbstractItemModel *shown = window.timelineView()->table()->model();
        const int everything = session.timelineModel()->rowCount();
        QVERIFY(shown->rowCount() > 20);
        QVERIFY2(shown->rowCount() < everything, qPrintable(u"%1 of %2"_s.arg(shown->rowCount()).arg(everything)));
        QSet<QString> services;
        for (const Service &s : session.analysis().services())
            services.insert(s.key);
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex i = shown->index(row, 0);
            const QString incident = i.data(TimelineModel::IncidentRole).toString();
            QVERIFY2(incident.isEmpty() || incident == QLatin1String(kKakao), qPrintable(incident));
            const TimeMs t = i.data(TimelineModel::TimeRole).toLongLong();
            if (TimelineEvent::Kind(i.data(TimelineModel::KindRole).toInt()) == TimelineEvent::Kind::StateChange) {
                QVERIFY(t >= session.analysis().windowStart() && t <= session.analysis().windowEnd());
                QVERIFY(services.contains(i.data(TimelineModel::ServicesRole).toStringList().value(0)));
            }
        }

        QAction *all = window.timelineView()->allEventsAction();
        QVERIFY(all->isCheckable());
        QVERIFY(!all->isChecked());
        QCOMPARE(all->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(all->toolTip().contains(u"Ctrl+Shift+A"_s));
        QCOMPARE(window.timelineView()->allEventsButton()->defaultAction(), all);
        all->trigger();
        QCOMPARE(shown->rowCount(), everything);
        QVERIFY(AppSettings::allEvents(path));

        // The other incident gets its own scope, the switch off.
        all->trigger();
        session.selectIncident(QString::fromLatin1(kNaver));
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < everything);
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString incident = shown->index(row, 0).data(TimelineModel::IncidentRole).toString();
            QVERIFY2(incident != QLatin1String(kKakao), qPrintable(incident));
        }

        // Remembered for this database only.
        all->setChecked(true);
        {
            DashboardSession again;
            QVERIFY(again.open(path));
            MainWindow second(&again);
            QVERIFY(second.timelineView()->allEventsAction()->isChecked());
        }
        const QString other = demoDatabase(u"scope-other.sqlite"_s);
        DashboardSession otherSession;
        QVERIFY(otherSession.open(other));
        MainWindow third(&otherSession);
        QVERIFY(!third.timelineView()->allEventsAction()->isChecked());
    }

    // c. The CSV export holds exactly the rows shown, in the order shown, times with their zone.
    void timelineCsvIsWhatTheTableShows()
    {
        const QString path = demoDatabase(u"csv.sqlite"_s);
        QVERIFY(!path.isEmpty());
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        QTableView *table = window.timelineView()->table();
        QTest::keyClicks(window.timelineView()->filterEdit(), u"kakao"_s);
        table->sortByColumn(TimelineModel::KindColumn, Qt::DescendingOrder);
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 3);
        QVERIFY(rows < session.timelineModel()->rowCount());
        const QList<QStringList> csv = CsvExporter::parse(ExportActions::timelineCsv(session));
        QCOMPARE(csv.size(), rows + 1);
        QCOMPARE(csv.constFirst().value(0), u"time_utc"_s);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex i = table->model()->index(row, 0);
            const QStringList &line = csv.at(row + 1);
            const QDateTime utc = QDateTime::fromString(line.value(0), Qt::ISODate);
            QCOMPARE(utc.toMSecsSinceEpoch(), i.data(TimelineModel::TimeRole).toLongLong());
            QVERIFY2(line.value(0).endsWith(u'Z'), qPrintable(line.value(0)));
            QVERIFY2(line.value(1).endsWith(u"+09:00"_s), qPrintable(line.value(1))); // the incident's zone
            QCOMPARE(line.value(2) == u"note"   ? 2
                    : line.value(2) == u"state" ? 1
                                                : 0,
                i.data(TimelineModel::KindRole).toInt());
            QCOMPARE(line.value(6), i.data(TimelineModel::SourceRole).toString());
        }
        // All events: every row of the database, and the CSV with them.
        window.timelineView()->filterEdit()->clear();
        const int scoped = table->model()->rowCount();
        window.timelineView()->allEventsAction()->setChecked(true);
        QCOMPARE(table->model()->rowCount(), session.timelineModel()->rowCount());
        QVERIFY(table->model()->rowCount() > scoped);
        QCOMPARE(CsvExporter::parse(ExportActions::timelineCsv(session)).size(), table->model()->rowCount() + 1);
    }

    // d. Tab leaves the timeline table; the stops follow the window's order; every one shows focus.
    void keyboardOrderAndFocusRings()
    {
        const QString path = demoDatabase(u"keys.sqlite"_s);
        QVERIFY(!path.isEmpty());
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = window.timelineView()->table();
        QVERIFY(!table->tabKeyNavigation());
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != table, "Tab stayed in the timeline table");

        // Walk the whole chain with Tab as a user would, from the incident picker.
        window.incidentPicker()->setFocus(Qt::TabFocusReason);
        QList<QWidget *> stops;
        QList<QImage> focused;
        for (int step = 0; step < 200; ++step) {
            QWidget *w = QApplication::focusWidget();
            QVERIFY(w);
            if (!stops.isEmpty() && w == stops.constFirst())
                break;
            stops.append(w);
            focused.append(w->grab().toImage());
            QTest::keyClick(w, Qt::Key_Tab);
        }
        QVERIFY(stops.size() > 10);
        const auto firstIn = [&](QWidget *part) {
            for (qsizetype i = 0; i < stops.size(); ++i)
                if (stops.at(i) == part || part->isAncestorOf(stops.at(i)))
                    return i;
            return qsizetype(-1);
        };
        const qsizetype picker = firstIn(window.incidentPicker());
        const qsizetype tiles = firstIn(window.statusBoard());
        const qsizetype views = firstIn(window.views());
        const qsizetype filter = firstIn(window.timelineView()->filterEdit());
        const qsizetype allEvents = firstIn(window.timelineView()->allEventsButton());
        const qsizetype inTable = firstIn(table);
        QCOMPARE(picker, 0);
        QVERIFY2(picker < tiles && tiles < views && views < filter && filter < allEvents && allEvents < inTable,
            qPrintable(
                u"%1 %2 %3 %4 %5 %6"_s.arg(picker).arg(tiles).arg(views).arg(filter).arg(allEvents).arg(inTable)));
        // Each stop looks different focused than not: the ring (or the style's focus frame) is drawn.
        window.incidentPicker()->setFocus(Qt::TabFocusReason);
        QStringList unmarked;
        for (qsizetype i = 1; i < stops.size(); ++i) {
            QWidget *w = stops.at(i);
            if (w->grab().toImage() == focused.at(i))
                unmarked.append(QString::fromLatin1(w->metaObject()->className()) + u' '
                    + (w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName()));
        }
        QVERIFY2(unmarked.isEmpty(), qPrintable(u"no focus shown on: "_s + unmarked.join(u"; "_s)));
    }

    // e. The title names the incident and the database, and follows the incident.
    void windowTitleNamesIncidentAndDatabase()
    {
        const QString path = demoDatabase(u"title-demo.sqlite"_s);
        QVERIFY(!path.isEmpty());
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        const QString kakao = session.analysis().incident()->title;
        QCOMPARE(window.windowTitle(), u"%1 — Demo (title-demo.sqlite) — Outage Impact Dashboard"_s.arg(kakao));
        session.selectIncident(QString::fromLatin1(kNaver));
        const QString naver = session.analysis().incident()->title;
        QVERIFY(naver != kakao);
        QCOMPARE(window.windowTitle(), u"%1 — Demo (title-demo.sqlite) — Outage Impact Dashboard"_s.arg(naver));
        QVERIFY(!window.isWindowModified());

        DashboardSession empty;
        QVERIFY(empty.open(m_dir.filePath(u"title-empty.sqlite"_s)));
        MainWindow blank(&empty);
        QCOMPARE(blank.windowTitle(), u"title-empty.sqlite — Outage Impact Dashboard"_s);
    }

    // f. Every time shown names its zone: rejects, the timeline's times.
    void timesShowTheirZone()
    {
        Reject reject;
        reject.receivedAt = QDateTime(QDate(2022, 10, 15), QTime(6, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        reject.source = u"feed.csv"_s;
        reject.line = 3;
        reject.reason = u"no time"_s;
        RejectsDialog dialog;
        dialog.load({reject});
        const QModelIndex received = dialog.model()->index(0, RejectModel::ReceivedColumn);
        QCOMPARE(received.data().toString(), u"2022-10-15 06:30:00 UTC"_s); // this machine's zone (TZ=UTC)
        dialog.setTimeZone(QTimeZone("Asia/Seoul"));
        QCOMPARE(received.data().toString(), u"2022-10-15 15:30:00 KST"_s);

        const QString path = demoDatabase(u"zones.sqlite"_s);
        DashboardSession session;
        QVERIFY(session.open(path));
        const QAbstractItemModel *timeline = session.timelineProxy();
        QVERIFY(timeline->rowCount() > 0);
        for (int row = 0; row < timeline->rowCount(); ++row)
            QVERIFY2(timeline->index(row, TimelineModel::TimeColumn).data().toString().endsWith(u" KST"_s),
                qPrintable(timeline->index(row, TimelineModel::TimeColumn).data().toString()));
    }

    // g. A note typed on a database that refuses it stays in the editor, with the reason.
    void aNoteIsNotLostWhenTheSaveFails()
    {
        const QString path = demoDatabase(u"notes-fail.sqlite"_s);
        QVERIFY(!path.isEmpty());
        DashboardSession session;
        QVERIFY(session.open(path));
        MainWindow window(&session);
        TimelineStore writer(u"notes-fail-writer"_s);
        QVERIFY(writer.open(path));
        QSqlQuery refuse(TimelineStoreTestAccess::database(writer));
        QVERIFY2(refuse.exec(u"CREATE TRIGGER refuse_notes BEFORE INSERT ON annotations "
                             "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"_s),
            qPrintable(refuse.lastError().text()));
        const qsizetype before = session.snapshot().annotations.size();

        const QString typed = u"Kakao learns of the fire at 15:33 — written by hand"_s;
        bool stayed = false;
        QString shownError;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->textEdit()->setPlainText(typed);
            dialog->accept(); // refused
            stayed = dialog->isVisible() && dialog->textEdit()->toPlainText() == typed;
            shownError = dialog->errorText();
            QSqlQuery allow(TimelineStoreTestAccess::database(writer));
            QVERIFY(allow.exec(u"DROP TRIGGER refuse_notes"_s));
            dialog->accept(); // stored now
        });
        QVERIFY(window.notes()->addInteractively(session.statusModel()->cursor()));
        QVERIFY2(stayed, "the dialog closed, or lost the text, when the save failed");
        QVERIFY2(shownError.contains(u"could not be stored"_s), qPrintable(shownError));
        QCOMPARE(session.snapshot().annotations.size(), before + 1);
        QVERIFY(std::any_of(session.snapshot().annotations.cbegin(), session.snapshot().annotations.cend(),
            [&](const Annotation &a) { return a.text == typed; }));
    }

    // h. A text file or another program's SQLite file is said to be one, in plain words.
    void aWrongFileIsNamedPlainly()
    {
        const QString text = m_dir.filePath(u"notes.txt"_s);
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Outage notes, not a database.\nSecond line.\n");
        }
        const QByteArray textBefore = fileHash(text);
        DashboardSession session;
        QVERIFY(!session.open(text));
        const QString said = session.lastError();
        QVERIFY2(said.contains(u"is not a timeline database"_s) && said.contains(u"a text file"_s), qPrintable(said));
        QVERIFY2(said.contains(u"Open the .sqlite file outagedash made"_s), qPrintable(said));
        QVERIFY2(!said.contains(u"file is not a database"_s) && !said.contains(u"Unable to"_s), qPrintable(said));
        QCOMPARE(fileHash(text), textBefore);

        const QString foreign = m_dir.filePath(u"contacts.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign-maker"_s);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"_s));
            QVERIFY(q.exec(u"CREATE TABLE calls (id INTEGER PRIMARY KEY, contact INTEGER)"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign-maker"_s);
        const QByteArray foreignBefore = fileHash(foreign);
        DashboardSession other;
        QVERIFY(!other.open(foreign));
        const QString foreignSaid = other.lastError();
        QVERIFY2(foreignSaid.contains(u"SQLite database of another program"_s), qPrintable(foreignSaid));
        QVERIFY2(foreignSaid.contains(u"calls, contacts"_s), qPrintable(foreignSaid));
        QVERIFY2(foreignSaid.contains(u"left unchanged"_s), qPrintable(foreignSaid));
        QCOMPARE(fileHash(foreign), foreignBefore); // no table of ours, no WAL mode written into it
    }

    // i. The counting method and theme belong to a database, and the window says which method.
    void settingsBelongToTheirDatabase()
    {
        const QString first = demoDatabase(u"settings-a.sqlite"_s);
        const QString second = demoDatabase(u"settings-b.sqlite"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        {
            DashboardSession session;
            QVERIFY(session.open(first));
            MainWindow window(&session);
            auto *indicator = window.windowActions()->countingIndicator();
            QCOMPARE(indicator->text(), u"Counting: standard"_s);
            QTimer::singleShot(0, this, [] {
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->setTextValue(u"degraded=0.2"_s);
                dialog->accept();
            });
            window.windowActions()->chooseCountingMethod();
            QCOMPARE(session.countingMethod().degraded, 0.2);
            QVERIFY2(indicator->text().startsWith(u"Counting: custom (degraded=0.2"_s), qPrintable(indicator->text()));
            QVERIFY(indicator->toolTip().contains(u"settings-a.sqlite"_s));
            window.setTheme(Theme::dark());
        }
        {
            // The second database has no method of its own: the standard one, said so.
            DashboardSession session;
            QVERIFY(session.open(second));
            MainWindow window(&session);
            QCOMPARE(session.countingMethod(), CountingMethod());
            QCOMPARE(window.windowActions()->countingIndicator()->text(), u"Counting: standard"_s);
            window.setTheme(Theme::light());
            QVERIFY(!window.windowActions()->darkAction()->isChecked());
        }
        DashboardSession session;
        QVERIFY(session.open(first));
        MainWindow window(&session);
        QCOMPARE(session.countingMethod().degraded, 0.2);
        QCOMPARE(window.theme().kind, Theme::Kind::Dark);
        QVERIFY(window.windowActions()->darkAction()->isChecked());
        QCOMPARE(AppSettings::themeName(second), u"light"_s);
    }
};

QTEST_MAIN(TstDeskDetails)
#include "tst_deskdetails.moc"
