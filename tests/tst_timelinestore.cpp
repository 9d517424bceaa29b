#include <QTest>
class Tsttimelinestore : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tsttimelinestore)
#include "tst_timelinestore.moc"
