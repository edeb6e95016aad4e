// The oracle test (issue 3) over loopback: tests/sync/oracle.h runs the sequences and the comparisons.
// Fixed seeds by default; PORTER_ORACLE_SEEDS and PORTER_ORACLE_STEPS make the long run (ctest label
// "slow").

#include "oracle.h"

#include <QLoggingCategory>
#include <QTest>

using namespace porter;
using namespace porter::test;

class TestOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The store logs every refused operation; the oracle makes many on purpose.
        QLoggingCategory::setFilterRules(QStringLiteral("porter.*.info=false\nporter.*.warning=false"));
    }

    void doorsEnforceWhatPorterShows_data()
    {
        QTest::addColumn<quint32>("seed");
        const int seeds = envInt("PORTER_ORACLE_SEEDS", 4);
        for (int i = 0; i < seeds; ++i)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(1000 + i))) << quint32(1000 + i);
    }

    void doorsEnforceWhatPorterShows()
    {
        QFETCH(quint32, seed);
        Oracle oracle(seed, envInt("PORTER_ORACLE_STEPS", 250));
        const Stats s = oracle.run();
        qInfo("seed %u: %d operations, %d syncs, %d interrupted, %d comparisons, %d granted, %d distinct "
              "reasons",
              seed, s.operations, s.syncs, s.interrupted, s.comparisons, s.granted, int(s.reasons.size()));
        QVERIFY(s.syncs > 10);
        QVERIFY(s.comparisons > 1000);
        QVERIFY(s.granted > 100);
        // Granted, unknown, revoked, not yet started, expired, outside schedule, doorcodes/app not allowed.
        QVERIFY2(s.reasons.size() >= 6, "the run should exercise most decision reasons");
    }
};

QTEST_GUILESS_MAIN(TestOracle)
#include "tst_oracle.moc"
