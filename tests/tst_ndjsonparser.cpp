#include <QTest>
class Tstndjsonparser : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tstndjsonparser)
#include "tst_ndjsonparser.moc"
