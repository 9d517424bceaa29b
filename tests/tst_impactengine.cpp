#include <QTest>
class Tstimpactengine : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tstimpactengine)
#include "tst_impactengine.moc"
