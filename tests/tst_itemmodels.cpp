// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/incidentanalysis.h"
#include "ingest/demodataset.h"
#include "itemmodels/servicestatusmodel.h"
#include "itemmodels/timelinefilterproxymodel.h"
#include "itemmodels/timelinemodel.h"
#include "store/timelinestore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

namespace {
TimeMs kst(int day, int hour, int minute)
{
    return QDateTime(QDate(2022, 10, day), QTime(hour, minute), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}
} // namespace

class TstItemModels : public QObject {
    Q_OBJECT

    TimelineStore m_store {QStringLiteral("models")};
    TimelineSnapshot m_snapshot;

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(QStringLiteral(":memory:")));
        QString error;
        QVERIFY2(DemoDataset::load(m_store, &error), qPrintable(error));
        m_snapshot = m_store.snapshot();
        QVERIFY(m_snapshot.demo);
    }

    void timelineModelPassesTheTesterAndIsChronological()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone("Asia/Seoul"));
        const auto events = TimelineEvent::collect(m_snapshot.updates, m_snapshot.states, m_snapshot.annotations);
        model.setEvents(events);
        QCOMPARE(
            model.rowCount(), m_snapshot.updates.size() + m_snapshot.states.size() + m_snapshot.annotations.size());
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.eventAt(r - 1).time <= model.eventAt(r).time);
        // Times display in the incident's zone, named: the 15:30 KST start shows as 15:30 KST.
        const int row = model.rowAtOrAfter(kst(15, 15, 30));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2022-10-15 15:30 KST"));
        QCOMPARE(
            model.index(row, TimelineModel::TimeColumn).data(TimelineModel::SortRole).toLongLong(), kst(15, 15, 30));
        QCOMPARE(model.headerData(TimelineModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Event"));
    }

    void filterProxyKeepsOnlyMatchingRows()
    {
        TimelineModel model;
        model.setEvents(TimelineEvent::collect(m_snapshot.updates, m_snapshot.states, m_snapshot.annotations));
        TimelineFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = proxy.rowCount();
        QCOMPARE(all, model.rowCount());

        proxy.setText(QStringLiteral("photos videos"));
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < all);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            QString row;
            for (int c = 0; c < proxy.columnCount(); ++c)
                row += proxy.index(r, c).data().toString() + u' ';
            QVERIFY2(row.contains(QStringLiteral("photos"), Qt::CaseInsensitive)
                    && row.contains(QStringLiteral("videos"), Qt::CaseInsensitive),
                qPrintable(row));
        }
        proxy.setText(QStringLiteral("no-such-word-anywhere"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});

        proxy.setService(QStringLiteral("payment"));
        QVERIFY(proxy.rowCount() > 0);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(
                proxy.index(r, 0).data(TimelineModel::ServicesRole).toStringList().contains(QStringLiteral("payment")));
        proxy.setService({});

        proxy.setKinds({int(TimelineEvent::Kind::Annotation)});
        QCOMPARE(proxy.rowCount(), m_snapshot.annotations.size());
        proxy.setKinds({});

        proxy.setTimeRange(kst(16, 0, 0), kst(16, 23, 59));
        QVERIFY(proxy.rowCount() > 0);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const TimeMs t = proxy.index(r, 0).data(TimelineModel::TimeRole).toLongLong();
            QVERIFY(t >= kst(16, 0, 0) && t <= kst(16, 23, 59));
        }
        proxy.setTimeRange({}, {});
        QCOMPARE(proxy.rowCount(), all);

        proxy.setState(int(ServiceState::MajorOutage));
        QVERIFY(proxy.rowCount() > 0);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(TimelineModel::StateRole).toInt(), int(ServiceState::MajorOutage));
        proxy.setState(-1);

        const QString source = proxy.index(0, 0).data(TimelineModel::SourceRole).toString();
        proxy.setSource(source);
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(TimelineModel::SourceRole).toString(), source);
        proxy.setSource({});
        QCOMPARE(proxy.rowCount(), all);

        // Sorting by time descending reverses the chronology.
        proxy.sort(TimelineModel::TimeColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data(TimelineModel::TimeRole).toLongLong()
            >= proxy.index(all - 1, 0).data(TimelineModel::TimeRole).toLongLong());
    }

    void statusModelFollowsTheCursor()
    {
        const IncidentAnalysis analysis(m_snapshot, m_snapshot.pickIncident());
        QVERIFY2(analysis.isValid(), qPrintable(analysis.error()));
        QCOMPARE(analysis.incident()->id, QStringLiteral("kakao-2022-10-15"));
        ServiceStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(analysis, m_snapshot.states, true);
        QCOMPARE(model.rowCount(), analysis.services().size());
        int messaging = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r).data(ServiceStatusModel::KeyRole).toString() == u"messaging")
                messaging = r;
        QVERIFY(messaging >= 0);
        const QModelIndex m = model.index(messaging);

        // Before the fire nobody is affected and the service is operational.
        model.setCursor(kst(15, 15, 0));
        QCOMPARE(m.data(ServiceStatusModel::AffectedRole).toDouble(), 0.0);
        QCOMPARE(ServiceState(m.data(ServiceStatusModel::StateRole).toInt()), ServiceState::Operational);
        QVERIFY(m.data(ServiceStatusModel::ElapsedSecondsRole).toLongLong() < 0);

        // At 20:00 on the 15th KakaoTalk is fully down: every one of its users is affected.
        model.setCursor(kst(15, 20, 0));
        QCOMPARE(qRound64(m.data(ServiceStatusModel::AffectedRole).toDouble()), 47637000);
        QCOMPARE(ServiceState(m.data(ServiceStatusModel::StateRole).toInt()), ServiceState::MajorOutage);
        QCOMPARE(m.data(ServiceStatusModel::ElapsedSecondsRole).toLongLong(), 4 * 3600 + 30 * 60);

        // After the 20 Oct 23:00 all-clear nobody is affected.
        model.setCursor(kst(20, 23, 30));
        QCOMPARE(m.data(ServiceStatusModel::AffectedRole).toDouble(), 0.0);
        QCOMPARE(ServiceState(m.data(ServiceStatusModel::StateRole).toInt()), ServiceState::Operational);
        QCOMPARE(model.totalAffected(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstItemModels)
#include "tst_itemmodels.moc"
