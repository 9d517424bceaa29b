// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"
#include "charts/comparetimescale.h"
#include "charts/comparewidget.h"
#include "dialogs/annotationdialog.h"
#include "ingest/demodataset.h"
#include "itemmodels/milestonetablemodel.h"
#include "replaybar.h"
#include "session/csvexporter.h"
#include "session/dashboardsession.h"
#include "session/incidentmoments.h"
#include "session/replaycontroller.h"
#include "store/timelinestore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The reviewer's tools: replay, notes, and the side-by-side comparison of two incidents.
// Set TST_REVIEWER_SCREENSHOTS to a directory to keep PNGs of the widgets as a user sees them.

namespace {
constexpr TimeMs T0 = 1'665'813'600'000; // 2022-10-15T06:00:00Z = 15:00 KST
constexpr TimeMs H = 3'600'000;
constexpr TimeMs h(qint64 hours)
{
    return T0 + hours * H;
}

TimeMs kst(int day, int hour, int minute)
{
    return QDateTime(QDate(2022, 10, day), QTime(hour, minute), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}

void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TST_REVIEWER_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let pending layout requests run, as they would have on screen
    widget->grab().save(dir + u'/' + name + u".png");
}
} // namespace

class TstReviewer : public QObject {
    Q_OBJECT
    TimelineSnapshot m_demo;

private slots:
    void initTestCase();

    void replayAt3600MovesAnHourPerSecond();
    void replayAccumulatesFractionsOfAMillisecond();
    void replayStopsAtTheEnd();
    void replayRestartsWhenPlayedAtTheEnd();
    void replayTicksOnTheTimer();
    void replayMilestoneJumpsLandExactly();
    void replayMomentsAreEveryEventOfTheIncident();
    void replaySetTimeClamps();
    void replayBarDrivesTheController();

    void milestoneTableMatchesTheAnalysis();

    void compareWidgetOnTheDemo();

    void annotationControllerRoundTrip();
    void annotationControllerReportsTheStoresError();
    void annotationControllerThroughItsDialogs();
    void annotationDialogReturnsWhatWasTyped();
};

void TstReviewer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the note author is remembered in QSettings
    TimelineStore store(QStringLiteral("t"));
    QVERIFY2(store.open(QStringLiteral(":memory:")), qPrintable(store.lastError()));
    QString error;
    QVERIFY2(DemoDataset::load(store, &error), qPrintable(error));
    m_demo = store.snapshot();
    QVERIFY(m_demo.incident(u"kakao-2022-10-15"_s));
    QVERIFY(m_demo.incident(u"naver-2022-10-15"_s));
}

void TstReviewer::replayAt3600MovesAnHourPerSecond()
{
    ReplayController replay;
    replay.setRange(h(0), h(10));
    replay.setSpeed(3600);
    QCOMPARE(replay.time(), h(0));
    QSignalSpy moved(&replay, &ReplayController::timeChanged);
    replay.advance(1000);
    QCOMPARE(moved.count(), 0); // paused: a stray tick moves nothing
    replay.play();
    QVERIFY(replay.isPlaying());
    replay.advance(1000); // 1 s of wall time × 3600 = 1 h
    QCOMPARE(replay.time(), h(1));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.last().at(0).value<TimeMs>(), h(1));
    replay.setSpeed(60);
    replay.advance(40); // one tick's worth at 60×: 2.4 s
    QCOMPARE(replay.time(), h(1) + 2400);
}

void TstReviewer::replayAccumulatesFractionsOfAMillisecond()
{
    ReplayController replay;
    replay.setRange(h(0), h(1));
    replay.setSpeed(0.25);
    replay.play();
    // A quarter of a millisecond per wall millisecond: three steps stay put, the fourth moves.
    for (int i = 0; i < 3; ++i)
        replay.advance(1);
    QCOMPARE(replay.time(), h(0));
    replay.advance(1);
    QCOMPARE(replay.time(), h(0) + 1);
}

void TstReviewer::replayStopsAtTheEnd()
{
    ReplayController replay;
    replay.setRange(h(0), h(2));
    replay.setSpeed(3600);
    QSignalSpy playing(&replay, &ReplayController::playingChanged);
    replay.play();
    replay.advance(1500);
    QCOMPARE(replay.time(), h(1) + H / 2);
    QVERIFY(replay.isPlaying());
    replay.advance(1000); // would overshoot by half an hour: stops on the end
    QCOMPARE(replay.time(), h(2));
    QVERIFY(!replay.isPlaying());
    QCOMPARE(playing.count(), 2);
    QCOMPARE(playing.at(0).at(0).toBool(), true);
    QCOMPARE(playing.at(1).at(0).toBool(), false);
    replay.advance(1000);
    QCOMPARE(replay.time(), h(2));
}

void TstReviewer::replayRestartsWhenPlayedAtTheEnd()
{
    ReplayController replay;
    replay.setRange(h(0), h(2));
    replay.setTime(h(2));
    replay.play();
    QCOMPARE(replay.time(), h(0));
    QVERIFY(replay.isPlaying());
    replay.togglePlaying();
    QVERIFY(!replay.isPlaying());

    // An empty range has nothing to play.
    ReplayController empty;
    empty.setRange(h(1), h(1));
    empty.play();
    QVERIFY(!empty.isPlaying());
}

void TstReviewer::replayTicksOnTheTimer()
{
    ReplayController replay;
    replay.setRange(h(0), h(10));
    replay.setSpeed(3600);
    QElapsedTimer wall;
    wall.start();
    replay.play();
    // Real ticks: the cursor moves by the wall time elapsed, whatever the number of ticks.
    QTRY_VERIFY_WITH_TIMEOUT(replay.time() > h(0), 2000);
    QTest::qWait(200);
    replay.pause();
    const qint64 elapsed = wall.elapsed();
    const TimeMs moved = replay.time() - h(0);
    QVERIFY2(moved <= elapsed * 3600, qPrintable(u"moved %1 ms in %2 ms"_s.arg(moved).arg(elapsed)));
    QVERIFY2(moved >= 150 * 3600, qPrintable(u"moved only %1 ms in %2 ms"_s.arg(moved).arg(elapsed)));
}

void TstReviewer::replayMilestoneJumpsLandExactly()
{
    ReplayController replay;
    replay.setRange(h(0), h(10));
    QSignalSpy changed(&replay, &ReplayController::milestonesChanged);
    // Unsorted, with a duplicate and one past the end of the range.
    replay.setMilestones({h(5), h(1) + 7, h(3), h(3), h(20)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(replay.milestones(), (QList<TimeMs> {h(1) + 7, h(3), h(5), h(20)}));
    replay.setMilestones({h(3), h(20), h(5), h(1) + 7});
    QCOMPARE(changed.count(), 1); // the same set: no signal
    QVERIFY(!replay.hasPreviousMilestone());

    QVERIFY(replay.jumpToNextMilestone());
    QCOMPARE(replay.time(), h(1) + 7);
    QVERIFY(replay.jumpToNextMilestone());
    QCOMPARE(replay.time(), h(3));
    QVERIFY(replay.jumpToNextMilestone());
    QCOMPARE(replay.time(), h(5));
    QVERIFY(!replay.hasNextMilestone()); // h(20) is outside the range
    QVERIFY(!replay.jumpToNextMilestone());
    QCOMPARE(replay.time(), h(5));

    replay.setTime(h(4)); // between milestones, previous is the one before
    QVERIFY(replay.jumpToPreviousMilestone());
    QCOMPARE(replay.time(), h(3));
    QVERIFY(replay.jumpToPreviousMilestone());
    QCOMPARE(replay.time(), h(1) + 7);
    QVERIFY(!replay.jumpToPreviousMilestone());
    QCOMPARE(replay.time(), h(1) + 7);
}

void TstReviewer::replayMomentsAreEveryEventOfTheIncident()
{
    const IncidentAnalysis analysis(m_demo, m_demo.incident(u"kakao-2022-10-15"_s));
    const QList<TimeMs> moments = IncidentMoments::of(analysis, m_demo);
    // In order, each once.
    for (qsizetype i = 1; i < moments.size(); ++i)
        QVERIFY(moments.at(i - 1) < moments.at(i));
    // Every event of the incident's timeline: the 21:30 notice on the 16th has no milestone.
    const QList<TimelineEvent> events = CsvExporter::timelineEvents(m_demo, analysis);
    QVERIFY(events.size() > 20);
    for (const TimelineEvent &e : events)
        QVERIFY2(moments.contains(e.time), qPrintable(e.message));
    QVERIFY(moments.contains(kst(16, 21, 30)));
    // The milestones and the incident's phases too.
    for (const ServiceImpact &s : analysis.result().services)
        if (s.milestones.full)
            QVERIFY(moments.contains(*s.milestones.full));
    QVERIFY(moments.contains(*analysis.incident()->began));
    QVERIFY(moments.contains(*analysis.incident()->resolved));
}

void TstReviewer::replaySetTimeClamps()
{
    ReplayController replay;
    replay.setRange(h(0), h(10));
    QSignalSpy moved(&replay, &ReplayController::timeChanged);
    replay.setTime(h(-3));
    QCOMPARE(replay.time(), h(0));
    QCOMPARE(moved.count(), 0); // already there
    replay.setTime(h(42));
    QCOMPARE(replay.time(), h(10));
    QCOMPARE(moved.count(), 1);
    replay.setTime(h(4));
    QCOMPARE(replay.time(), h(4));
    replay.setRange(h(5), h(8)); // a new range pulls the cursor in
    QCOMPARE(replay.time(), h(5));
    replay.setSpeed(-1); // nonsense speeds are refused
    replay.setSpeed(qQNaN());
    QCOMPARE(replay.speed(), 1.0);
}

void TstReviewer::replayBarDrivesTheController()
{
    QWidget window;
    auto *replay = new ReplayController(&window);
    replay->setRange(kst(15, 15, 0), kst(15, 20, 0));
    replay->setMilestones({kst(15, 15, 30), kst(15, 16, 3)});
    auto *bar = new ReplayBar(replay, &window);
    bar->setTimeZone(QTimeZone("Asia/Seoul"));
    window.resize(700, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    keepScreenshot(&window, u"replaybar"_s);

    for (QWidget *w : std::initializer_list<QWidget *> {
             bar->playButton(), bar->previousButton(), bar->nextButton(), bar->speedCombo()}) {
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->accessibleName()));
        QVERIFY(!w->accessibleName().isEmpty());
    }
    QCOMPARE(bar->playButton()->shortcut(), QKeySequence(Qt::Key_Space));
    QCOMPARE(bar->previousButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Left));
    QCOMPARE(bar->nextButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Right));
    QCOMPARE(bar->timeLabel()->text(), u"2022-10-15 15:00:00 KST"_s);
    QVERIFY(!bar->previousButton()->isEnabled());
    QVERIFY(bar->nextButton()->isEnabled());

    // A button's shortcut animates a click: the click lands a moment later.
    QTest::keyClick(&window, Qt::Key_Space);
    QTRY_VERIFY(replay->isPlaying());
    QCOMPARE(bar->playButton()->accessibleName(), u"Pause"_s);
    QTest::keyClick(&window, Qt::Key_Space);
    QTRY_VERIFY(!replay->isPlaying());
    QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
    QTRY_COMPARE(replay->time(), kst(15, 15, 30));
    QVERIFY(!bar->previousButton()->isEnabled()); // on the first milestone: none before it
    QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
    QTRY_COMPARE(replay->time(), kst(15, 16, 3));
    QCOMPARE(bar->timeLabel()->text(), u"2022-10-15 16:03:00 KST"_s);
    QVERIFY(bar->previousButton()->isEnabled());
    QVERIFY(!bar->nextButton()->isEnabled());
    QTest::keyClick(&window, Qt::Key_Left, Qt::ControlModifier);
    QTRY_COMPARE(replay->time(), kst(15, 15, 30));

    QCOMPARE(bar->speedCombo()->count(), 3);
    emit bar->speedCombo()->activated(2); // as when the user picks it
    QCOMPARE(replay->speed(), 3600.0);
    replay->setSpeed(60);
    QCOMPARE(bar->speedCombo()->currentData().toDouble(), 60.0);
}

void TstReviewer::milestoneTableMatchesTheAnalysis()
{
    const IncidentAnalysis analysis(m_demo, m_demo.incident(u"kakao-2022-10-15"_s));
    QVERIFY(analysis.isValid());
    MilestoneTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analysis);
    const ImpactResult &result = analysis.result();
    QCOMPARE(model.rowCount(), int(result.services.size()) + 1);
    QCOMPARE(model.columnCount(), 7);
    const TimeMs origin = analysis.origin();
    const auto check = [&](int row, double peak, double hours, const RecoveryMilestones &m) {
        QCOMPARE(model.index(row, MilestoneTableModel::PeakColumn).data(Qt::UserRole).toDouble(), peak);
        QCOMPARE(model.index(row, MilestoneTableModel::PeopleHoursColumn).data(Qt::UserRole).toDouble(), hours);
        const std::pair<int, std::optional<TimeMs>> columns[]
            = {{MilestoneTableModel::FirstPartialColumn, m.firstPartial},
                {MilestoneTableModel::Recovered50Column, m.recovered50},
                {MilestoneTableModel::Recovered90Column, m.recovered90},
                {MilestoneTableModel::Recovered99Column, m.recovered99}, {MilestoneTableModel::FullColumn, m.full}};
        for (const auto &[column, at] : columns) {
            const QModelIndex index = model.index(row, column);
            QCOMPARE(index.data(Qt::UserRole).isValid(), at.has_value());
            if (at) {
                QCOMPARE(index.data(Qt::UserRole).toLongLong(), (*at - origin) / 1000);
                QCOMPARE(index.data().toString(), Timestamps::formatDuration((*at - origin) / 1000));
            } else {
                QCOMPARE(index.data().toString(), u"—"_s);
            }
        }
    };
    for (int row = 0; row < result.services.size(); ++row) {
        const ServiceImpact &s = result.services.at(row);
        QCOMPARE(model.headerData(row, Qt::Vertical).toString(), analysis.services().at(row).name);
        QCOMPARE(model.headerData(row, Qt::Vertical, Qt::UserRole).toString(), s.service);
        QVERIFY(!model.isTotalRow(row));
        check(row, s.peakAffected, s.peopleHours, s.milestones);
    }
    const int total = model.rowCount() - 1;
    QVERIFY(model.isTotalRow(total));
    QCOMPARE(model.headerData(total, Qt::Vertical).toString(), u"Total"_s);
    check(total, result.peakTotal, result.peopleHoursTotal, result.totalMilestones);

    // KakaoTalk: 47,637,000 at the peak, all clear 127 h 30 min after 15:30.
    int messaging = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.headerData(row, Qt::Vertical, Qt::UserRole).toString() == u"messaging")
            messaging = row;
    QVERIFY(messaging >= 0);
    QCOMPARE(model.index(messaging, MilestoneTableModel::PeakColumn).data(Qt::UserRole).toDouble(), 47637000.0);
    const QModelIndex full = model.index(messaging, MilestoneTableModel::FullColumn);
    QCOMPARE(full.data(Qt::UserRole).toLongLong(), qint64(127 * 3600 + 30 * 60));
    QCOMPARE(full.data().toString(), u"5 d 7 h 30 min"_s);
    QVERIFY2(full.data(Qt::ToolTipRole).toString().contains(u"2022-10-20 23:00 KST"_s),
        qPrintable(full.data(Qt::ToolTipRole).toString()));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstReviewer::compareWidgetOnTheDemo()
{
    CompareWidget widget;
    QSignalSpy changed(&widget, &CompareWidget::incidentsChanged);
    widget.setSnapshot(m_demo, CountingMethod {});
    QCOMPARE(widget.incidentA(), u"kakao-2022-10-15"_s);
    QCOMPARE(widget.incidentB(), u"naver-2022-10-15"_s);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(widget.comboA()->count(), int(m_demo.incidents.size()));

    // Copies: the widget's own analyses change when the pair does, below.
    const IncidentAnalysis kakao = widget.analysisA();
    const IncidentAnalysis naver = widget.analysisB();
    QCOMPARE(widget.modelA()->rowCount(), int(kakao.services().size()) + 1);
    QCOMPARE(widget.modelB()->rowCount(), int(naver.services().size()) + 1);
    QVERIFY(widget.modelA()->rowCount() > 1 && widget.modelB()->rowCount() > 1);
    QCOMPARE(widget.tableA()->model(), static_cast<QAbstractItemModel *>(widget.modelA()));
    QCOMPARE(widget.tableB()->model(), static_cast<QAbstractItemModel *>(widget.modelB()));

    const QList<QAbstractSeries *> series = widget.chartView()->chart()->series();
    QCOMPARE(series.size(), qsizetype(2));
    QCOMPARE(series.at(0)->name(), kakao.incident()->title);
    QCOMPARE(series.at(1)->name(), naver.incident()->title);
    // Aligned at each start. Kakao's 127 h 30 min beside Naver's 12 h differ 10.6-fold, so the
    // time axis is logarithmic (#21): both lines begin at its first tick, one minute (log10 0).
    QVERIFY(CompareTimeScale::useLogarithmic(kakao, naver));
    for (QAbstractSeries *s : series) {
        const QList<QPointF> points = static_cast<QLineSeries *>(s)->points();
        QVERIFY(!points.isEmpty());
        QVERIFY(points.first().x() == 0 && points.last().x() > 2); // past 100 minutes
    }

    // Same fire: Naver fully back well before Kakao.
    const int total = MilestoneTableModel::FullColumn;
    const qint64 kakaoFull
        = widget.modelA()->index(widget.modelA()->rowCount() - 1, total).data(Qt::UserRole).toLongLong();
    const qint64 naverFull
        = widget.modelB()->index(widget.modelB()->rowCount() - 1, total).data(Qt::UserRole).toLongLong();
    QVERIFY(naverFull > 0);
    QVERIFY2(naverFull < kakaoFull, qPrintable(u"Naver %1 s, Kakao %2 s"_s.arg(naverFull).arg(kakaoFull)));

    widget.resize(1600, 900);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    keepScreenshot(&widget, u"compare"_s);

    // Swapped, and a new snapshot keeps the pair chosen.
    widget.setIncidents(u"naver-2022-10-15"_s, u"kakao-2022-10-15"_s);
    QCOMPARE(widget.analysisA().incident()->id, u"naver-2022-10-15"_s);
    QCOMPARE(widget.modelA()->rowCount(), int(naver.services().size()) + 1);
    widget.setSnapshot(m_demo, CountingMethod {});
    QCOMPARE(widget.incidentA(), u"naver-2022-10-15"_s);
    QCOMPARE(widget.incidentB(), u"kakao-2022-10-15"_s);
    QCOMPARE(changed.last().at(0).toString(), u"naver-2022-10-15"_s);

    widget.setTheme(Theme::dark());
    keepScreenshot(&widget, u"compare-dark"_s);
}

namespace {

// The controller writes through a session, as in the window; the test reads back through
// its own connection to the same file, as another reviewer would.
struct NotesStore {
    explicit NotesStore(const QString &name)
        : store(name)
    {
    }
    bool open()
    {
        const QString path = dir.filePath(u"notes.sqlite"_s);
        if (!session.open(path)) {
            error = session.lastError();
            return false;
        }
        if (!store.open(path)) {
            error = store.lastError();
            return false;
        }
        return true;
    }
    QTemporaryDir dir;
    DashboardSession session;
    TimelineStore store;
    QString error;
};

} // namespace

void TstReviewer::annotationControllerRoundTrip()
{
    NotesStore fixture(u"notes"_s);
    QVERIFY2(fixture.open(), qPrintable(fixture.error));
    TimelineStore &store = fixture.store;
    AnnotationController notes(&fixture.session, nullptr);
    QSignalSpy changed(&notes, &AnnotationController::annotationsChanged);

    Annotation note {
        0, kst(15, 16, 3), u"messaging"_s, u"kakao-2022-10-15"_s, u"reviewer"_s, u"Kakao learns of the fire"_s};
    QVERIFY2(notes.add(note), qPrintable(notes.lastError()));
    QVERIFY(note.id > 0);
    QCOMPARE(store.annotations(), QList<Annotation> {note});
    QCOMPARE(changed.count(), 1);

    note.text = u"Kakao says it learned of the fire at 16:03"_s;
    note.service.clear();
    QVERIFY2(notes.update(note), qPrintable(notes.lastError()));
    QCOMPARE(store.annotations(), QList<Annotation> {note});
    QCOMPARE(changed.count(), 2);

    QVERIFY2(notes.remove(note.id), qPrintable(notes.lastError()));
    QVERIFY(store.annotations().isEmpty());
    QCOMPARE(changed.count(), 3);
}

void TstReviewer::annotationControllerReportsTheStoresError()
{
    NotesStore fixture(u"notes-errors"_s);
    QVERIFY2(fixture.open(), qPrintable(fixture.error));
    TimelineStore &store = fixture.store;
    AnnotationController notes(&fixture.session, nullptr);
    QSignalSpy changed(&notes, &AnnotationController::annotationsChanged);
    QVERIFY(!notes.remove(4711));
    QVERIFY2(notes.lastError().contains(u"no note with id 4711"_s), qPrintable(notes.lastError()));
    Annotation blank {0, h(0), {}, {}, {}, u"   "_s};
    QVERIFY(!notes.add(blank));
    QVERIFY(!notes.lastError().isEmpty());
    QCOMPARE(blank.id, 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(store.annotations().isEmpty());
}

// The user's path: the dialog opens, is filled in and accepted; the delete is confirmed.
void TstReviewer::annotationControllerThroughItsDialogs()
{
    NotesStore fixture(u"notes-dialogs"_s);
    QVERIFY2(fixture.open(), qPrintable(fixture.error));
    TimelineStore &store = fixture.store;
    QWidget window;
    AnnotationController notes(&fixture.session, &window);
    notes.setIncident(u"kakao-2022-10-15"_s, {{u"messaging"_s, u"KakaoTalk"_s}}, QTimeZone("Asia/Seoul"));

    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->timeEdit()->dateTime().time(), QTime(16, 3)); // shown in KST
        dialog->serviceCombo()->setCurrentIndex(dialog->serviceCombo()->findData(u"messaging"_s));
        dialog->textEdit()->setPlainText(u"Learnt of the fire"_s);
        dialog->authorEdit()->setText(u"reviewer"_s);
        filled = true;
        dialog->accept();
    });
    QVERIFY(notes.addInteractively(kst(15, 16, 3)));
    QVERIFY(filled);
    const QList<Annotation> stored = store.annotations();
    QCOMPARE(stored.size(), qsizetype(1));
    QCOMPARE(stored.first().time, kst(15, 16, 3));
    QCOMPARE(stored.first().incidentId, u"kakao-2022-10-15"_s);
    QCOMPARE(stored.first().service, u"messaging"_s);

    // Cancelled confirmation: nothing deleted.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!notes.removeInteractively(stored.first()));
    QCOMPARE(store.annotations().size(), qsizetype(1));
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"Learnt of the fire"_s));
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    QVERIFY(notes.removeInteractively(stored.first()));
    QVERIFY(store.annotations().isEmpty());
}

void TstReviewer::annotationDialogReturnsWhatWasTyped()
{
    AnnotationDialog dialog;
    dialog.setServices({{u"messaging"_s, u"KakaoTalk"_s}, {u"payment"_s, u"Kakao Pay"_s}});
    dialog.setTimeZone(QTimeZone("Asia/Seoul"));
    const Annotation original {7, kst(15, 15, 30), {}, u"kakao-2022-10-15"_s, u"demo"_s, u"Services fail"_s};
    dialog.setAnnotation(original);
    QCOMPARE(dialog.windowTitle(), u"Edit note"_s);
    QCOMPARE(dialog.serviceCombo()->count(), 3); // none + the two services
    QCOMPARE(dialog.serviceCombo()->currentData().toString(), QString());
    // The edit shows the incident's wall clock, whatever this machine's zone.
    QCOMPARE(dialog.timeEdit()->dateTime().date(), QDate(2022, 10, 15));
    QCOMPARE(dialog.timeEdit()->dateTime().time(), QTime(15, 30));
    QCOMPARE(dialog.annotation(), original); // untouched: the same note back
    dialog.resize(560, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    keepScreenshot(&dialog, u"annotation-dialog"_s);

    // 01:31 KST on the 16th is 16:31 UTC on the 15th.
    dialog.timeEdit()->setDateTime(QDateTime(QDate(2022, 10, 16), QTime(1, 31), Qt::UTC));
    dialog.serviceCombo()->setCurrentIndex(dialog.serviceCombo()->findData(u"payment"_s));
    dialog.textEdit()->setPlainText(u"  Kakao Pay partly back  \n"_s);
    dialog.authorEdit()->setText(u"reviewer"_s);
    const Annotation typed = dialog.annotation();
    QCOMPARE(typed.id, qint64(7));
    QCOMPARE(typed.time, kst(16, 1, 31));
    QCOMPARE(Timestamps::toRfc3339(typed.time), u"2022-10-15T16:31:00.000Z"_s);
    QCOMPARE(typed.service, u"payment"_s);
    QCOMPARE(typed.incidentId, u"kakao-2022-10-15"_s);
    QCOMPARE(typed.text, u"Kakao Pay partly back"_s);
    QCOMPARE(typed.author, u"reviewer"_s);

    // The text is required.
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.textEdit()->setPlainText(u"   "_s);
    QVERIFY(!ok->isEnabled());

    // A new note says so in the title; a zone change keeps the instant.
    AnnotationDialog fresh;
    fresh.setAnnotation(Annotation {0, kst(15, 15, 30), {}, {}, {}, {}});
    QCOMPARE(fresh.windowTitle(), u"Add note"_s);
    QCOMPARE(fresh.timeEdit()->dateTime().time(), QTime(6, 30)); // UTC by default
    fresh.setTimeZone(QTimeZone("Asia/Seoul"));
    QCOMPARE(fresh.timeEdit()->dateTime().time(), QTime(15, 30));
    QCOMPARE(fresh.annotation().time, kst(15, 15, 30));
}

QTEST_MAIN(TstReviewer)
#include "tst_reviewer.moc"
