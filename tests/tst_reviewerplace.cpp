// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #22, point 3: the reviewer keeps their place. The replay cursor, the chart's zoom, the
// selected tab and the timeline's filters survive File ▸ Sources, a note, an import and a
// reload of the store: each of them re-reads the timeline, and none may send the reviewer back.
#include "annotationcontroller.h"
#include "charts/recoverychartview.h"
#include "dashboardviews.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "session/timewindow.h"
#include "timelineview.h"
#include "windowactions.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TstReviewerPlace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Place {
        TimeMs cursor = 0;
        TimeMs viewFrom = 0;
        TimeMs viewTo = 0;
        int tab = -1;
        QString filter;
        QString service;
        QString incident;
        bool operator==(const Place &) const = default;
    };

    static Place placeOf(MainWindow &window, DashboardSession &session)
    {
        const TimeWindow *w = window.chartView()->timeWindow();
        return {session.statusModel()->cursor(), w->viewFrom(), w->viewTo(), window.views()->tabs()->currentIndex(),
            window.timelineView()->filterEdit()->text(), window.timelineView()->serviceFilter()->currentText(),
            session.incidentId()};
    }

    static QString describe(const Place &p)
    {
        return u"cursor %1, view %2–%3, tab %4, filter \"%5\", service \"%6\", incident %7"_s.arg(p.cursor)
            .arg(p.viewFrom)
            .arg(p.viewTo)
            .arg(p.tab)
            .arg(p.filter, p.service, p.incident);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void placeSurvivesSourcesNotesImportsAndReloads()
    {
        const QString path = m_dir.filePath(u"place.sqlite"_s);
        DashboardSession session;
        QVERIFY2(session.open(path) && session.loadDemoIfEmpty(), qPrintable(session.lastError()));
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.importController()->setQuiet(true);

        // A reviewer's place: 30 h in, zoomed on a day of it, on the state timeline, filtering.
        const IncidentAnalysis &a = session.analysis();
        const TimeMs hour = 3600 * 1000;
        session.setCursor(a.windowStart() + 30 * hour);
        window.chartView()->timeWindow()->setView(a.windowStart() + 20 * hour, a.windowStart() + 44 * hour);
        window.views()->tabs()->setCurrentIndex(1);
        QComboBox *service = window.timelineView()->serviceFilter();
        QVERIFY(service->count() > 2);
        service->setCurrentIndex(2);
        window.timelineView()->filterEdit()->setText(u"restored"_s);
        QCoreApplication::processEvents();
        const Place before = placeOf(window, session);
        QVERIFY(window.chartView()->timeWindow()->isZoomed());

        const auto expectPlace = [&](const char *after) {
            QCoreApplication::processEvents();
            const Place now = placeOf(window, session);
            QVERIFY2(now == before,
                qPrintable(u"after %1: %2, was %3"_s.arg(QLatin1String(after), describe(now), describe(before))));
        };

        // File ▸ Sources, opened and closed: it reloads the timeline when it closes.
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        window.windowActions()->showSources();
        expectPlace("File ▸ Sources");

        // A note, stored as Notes ▸ Add does.
        Annotation note;
        note.time = before.cursor;
        note.incidentId = before.incident;
        note.author = u"reviewer"_s;
        note.text = u"Checked against the press release"_s;
        QSignalSpy changed(&session, &DashboardSession::analysisChanged);
        QVERIFY(window.notes()->add(note));
        QVERIFY(changed.count() > 0 || changed.wait(5000));
        expectPlace("a note");

        // An import through the window.
        QSignalSpy done(window.importController(), &ImportController::importFinished);
        window.importController()->importFiles({QStringLiteral(OUTAGEDASH_TEST_DATA "/csv/bad_rows.csv")});
        QVERIFY(done.wait(60000));
        expectPlace("File ▸ Import");

        // A reload of the store, as a live source's writes cause.
        session.reload();
        expectPlace("a reload");
    }
};

QTEST_MAIN(TstReviewerPlace)
#include "tst_reviewerplace.moc"
