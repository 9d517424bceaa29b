#include <QTest>
class Tsttimestamps : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tsttimestamps)
#include "tst_timestamps.moc"
