// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the screens people have (issue #22, point 1): run once per screen by CTest
// (OUTAGEDASH_TEST_SCREEN=WIDTHxHEIGHT, QT_SCALE_FACTOR for HiDPI), on the offscreen platform
// with a screen of exactly that size and a fixed font. The window opens on the demo as a first
// start would (no saved geometry) and must fit the screen; every tile must be whole in the
// summary pane, no two tiles may overlap, no visible label may be cut, the timeline must show
// rows, and replaying the incident must not change any pane's size.
#include "common/elidedlabel.h"
#include "dashboardviews.h"
#include "dialogs/annotationdialog.h"
#include "dialogs/newincidentdialog.h"
#include "dialogs/rejectsdialog.h"
#include "dialogs/scenariodialog.h"
#include "dialogs/serviceeditordialog.h"
#include "dialogs/sourcesdialog.h"
#include "mainwindow.h"
#include "session/dashboardsession.h"
#include "statusboardwidget.h"
#include "statustilewidget.h"
#include "timelineview.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QSize screenSize()
{
    const QList<QByteArray> parts = qgetenv("OUTAGEDASH_TEST_SCREEN").split('x');
    return parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize(1366, 768);
}

// Why a visible label is cut or squeezed, or nothing when it is whole.
QString cut(const QLabel *label)
{
    if (qobject_cast<const ElidedLabel *>(label) || label->text().isEmpty() || label->textFormat() == Qt::RichText)
        return {};
    const QRect room
        = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        return needed > label->height() ? u"needs %1 px of height, has %2"_s.arg(needed).arg(label->height())
                                        : QString();
    }
    // A label with a buddy draws "&T" as an underlined T: the ampersand takes no room.
    QString shown = label->text();
    if (label->buddy())
        shown.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    const int needed = label->fontMetrics().boundingRect(room, Qt::TextSingleLine, shown).width();
    return needed > room.width() ? u"needs %1 px of width, has %2"_s.arg(needed).arg(room.width()) : QString();
}
} // namespace

class TstLayouts : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DashboardSession m_session;
    std::unique_ptr<MainWindow> m_window;

    QString where() const
    {
        return u"%1x%2 at scale %3"_s.arg(screenSize().width())
            .arg(screenSize().height())
            .arg(QString::fromLatin1(qgetenv("QT_SCALE_FACTOR")));
    }

    QScrollArea *summaryPane() const { return m_window->findChild<QScrollArea *>(u"summaryPane"_s); }

    // Every label that is shown, and inside the part of the summary pane that is in view.
    QList<QLabel *> shownLabels() const
    {
        QList<QLabel *> shown;
        const QWidget *viewport = summaryPane()->viewport();
        const QRect inView(viewport->mapToGlobal(QPoint(0, 0)), viewport->size());
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->width() == 0)
                continue;
            const QRect at(label->mapToGlobal(QPoint(0, 0)), label->size());
            if (viewport->isAncestorOf(label) && !inView.contains(at))
                continue;
            shown.append(label);
        }
        return shown;
    }

    void saveScreenshot(const QString &name) const
    {
        const QByteArray dir = qgetenv("OUTAGEDASH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(dir) + u'/' + name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // a first start: no geometry or pane sizes from an earlier run
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"demo.sqlite"_s);
        QString error;
        QVERIFY2(DashboardSession::prepareDemoDatabase(db, &error), qPrintable(error));
        QVERIFY2(m_session.open(db), qPrintable(m_session.lastError()));
        m_window = std::make_unique<MainWindow>(&m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(50);
        saveScreenshot(u"window-%1x%2.png"_s.arg(screenSize().width()).arg(screenSize().height()));
    }

    void theWindowFitsTheScreen()
    {
        const QRect screen = m_window->screen()->availableGeometry();
        QVERIFY2(screen.contains(m_window->frameGeometry()),
            qPrintable(u"%1: window %2,%3 %4x%5 on a screen of %6x%7"_s.arg(where())
                           .arg(m_window->frameGeometry().x())
                           .arg(m_window->frameGeometry().y())
                           .arg(m_window->frameGeometry().width())
                           .arg(m_window->frameGeometry().height())
                           .arg(screen.width())
                           .arg(screen.height())));
        // Usable from 1280 × 720 down to a minimum near 1024 × 640.
        const QSize minimum = m_window->minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
            qPrintable(u"minimum size %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
        QVERIFY(m_window->statusBar()->isVisible());
        QVERIFY(m_window->rect().contains(m_window->statusBar()->geometry()));
    }

    void everyTileIsWholeAndApart()
    {
        const QList<StatusTileWidget *> tiles = m_window->statusBoard()->tiles();
        QVERIFY(tiles.size() >= 6);
        const QWidget *viewport = summaryPane()->viewport();
        for (const StatusTileWidget *tile : tiles) {
            const QRect at(tile->mapTo(viewport, QPoint(0, 0)), tile->size());
            QVERIFY2(viewport->rect().contains(at),
                qPrintable(u"%1: the tile of %2 is not whole in view (%3,%4 %5x%6 in %7x%8)"_s
                               .arg(where(), tile->values().name)
                               .arg(at.x())
                               .arg(at.y())
                               .arg(at.width())
                               .arg(at.height())
                               .arg(viewport->width())
                               .arg(viewport->height())));
            for (const StatusTileWidget *other : tiles)
                QVERIFY(other == tile || !tile->geometry().intersects(other->geometry()));
        }
    }

    void noShownLabelIsCut()
    {
        const QList<QLabel *> labels = shownLabels();
        QVERIFY(labels.size() > 20);
        for (const QLabel *label : labels) {
            const QString why = cut(label);
            QVERIFY2(why.isEmpty(), qPrintable(u"%1: \"%2\" %3"_s.arg(where(), label->text().left(80), why)));
        }
    }

    void theTimelineShowsRows()
    {
        const QTableView *table = m_window->timelineView()->table();
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int rows = table->viewport()->height() / rowHeight;
        const int wanted = screenSize().height() / m_window->devicePixelRatio() >= 1000 ? 5 : 3;
        QVERIFY2(rows >= wanted, qPrintable(u"%1: %2 timeline rows in view"_s.arg(where()).arg(rows)));
        QVERIFY(m_window->views()->height() >= 200);
    }

    void replayKeepsEveryPaneItsSize()
    {
        const auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        const auto *upper = m_window->findChild<QSplitter *>(u"upperSplitter"_s);
        QVERIFY(splitter && upper);
        const QSize window = m_window->size();
        const QList<int> sizes = splitter->sizes();
        const QList<int> upperSizes = upper->sizes();
        const IncidentAnalysis &a = m_session.analysis();
        for (int step = 0; step <= 20; ++step) {
            m_session.setCursor(a.windowStart() + (a.windowEnd() - a.windowStart()) * step / 20);
            QCoreApplication::processEvents();
            QCOMPARE(m_window->size(), window);
            QCOMPARE(splitter->sizes(), sizes);
            QCOMPARE(upper->sizes(), upperSizes);
        }
    }

    // Same for dialogs (#22 point 1): each opens inside the screen, with a minimum size that fits
    // it, and shows its controls uncut.
    void everyDialogFitsTheScreen()
    {
        const QRect screen = m_window->screen()->availableGeometry();
        const IncidentAnalysis &a = m_session.analysis();
        QList<QPair<QString, QString>> services;
        for (const Service &s : a.services())
            services.append({s.key, s.name});
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<ServiceEditorDialog>(&m_session, m_window.get()));
        dialogs.push_back(std::make_unique<SourcesDialog>(m_window->liveFeeds(), m_window.get()));
        dialogs.push_back(std::make_unique<RejectsDialog>(m_window.get()));
        dialogs.push_back(std::make_unique<AnnotationDialog>(m_window.get()));
        dialogs.push_back(
            std::make_unique<NewIncidentDialog>(a.windowStart(), a.windowEnd(), a.timeZone(), m_window.get()));
        dialogs.push_back(std::make_unique<ScenarioDialog>(
            &m_session, a.incident() ? a.incident()->id : QString(), services, m_window.get()));
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
            QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                qPrintable(
                    u"%1: %2 needs at least %3x%4"_s.arg(where(), name).arg(minimum.width()).arg(minimum.height())));
            QVERIFY2(screen.contains(dialog->frameGeometry()),
                qPrintable(u"%1: %2 at %3,%4 %5x%6"_s.arg(where(), name)
                               .arg(dialog->frameGeometry().x())
                               .arg(dialog->frameGeometry().y())
                               .arg(dialog->width())
                               .arg(dialog->height())));
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const QString why = cut(label);
                QVERIFY2(
                    why.isEmpty(), qPrintable(u"%1: %2: \"%3\" %4"_s.arg(where(), name, label->text().left(80), why)));
            }
            dialog->hide();
        }
    }

    void cleanupTestCase() { m_window.reset(); }
};

int main(int argc, char **argv)
{
    // A screen of exactly the size under test: the offscreen platform reads it from a file.
    QTemporaryDir config;
    const QSize size = screenSize();
    QFile file(config.filePath(u"screens.json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QStringLiteral(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": %1, "height": %2,
        "logicalDpi": 96}]})")
                   .arg(size.width())
                   .arg(size.height())
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
    // No remembered geometry or splitter from a user's own settings, nor from an earlier run.
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setFont(QFont(u"Noto Sans"_s, 10));
    TstLayouts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layouts.moc"
