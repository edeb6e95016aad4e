// Every door decoder, fed its seed corpus plus fixed-seed random mutations (bit flips,
// truncations, insertions, splices) — the fuzz targets' logic without libFuzzer, in every run.

#include "fuzztargets.h"

#include <QTest>
#include <random>

using namespace porter::door;

class TestDoorDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedCorpus_data();
    void mutatedCorpus();
};

void TestDoorDecoders::mutatedCorpus_data()
{
    QTest::addColumn<int>("target");
    for (fuzz::Target t : fuzz::kAllTargets)
        QTest::newRow(fuzz::name(t)) << static_cast<int>(t);
}

void TestDoorDecoders::mutatedCorpus()
{
    QFETCH(int, target);
    const auto t = static_cast<fuzz::Target>(target);
    const std::vector<Bytes> seeds = fuzz::seeds(t);
    QVERIFY(!seeds.empty());
    for (const Bytes &s : seeds)
        QVERIFY2(fuzz::run(t, s.data(), s.size()), "a seed broke an invariant");
    std::mt19937_64 rng(20261129 + static_cast<unsigned>(target));
    const int iterations = 1500;
    for (int i = 0; i < iterations; ++i) {
        Bytes in = seeds[rng() % seeds.size()];
        const int mutations = 1 + static_cast<int>(rng() % 4);
        for (int m = 0; m < mutations; ++m) {
            switch (rng() % 5) {
            case 0: // bit flip
                if (!in.empty())
                    in[rng() % in.size()] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
                break;
            case 1: // truncate
                if (!in.empty())
                    in.resize(rng() % in.size());
                break;
            case 2: // random byte
                if (!in.empty())
                    in[rng() % in.size()] = static_cast<std::uint8_t>(rng());
                break;
            case 3: // insert bytes
                in.insert(in.begin() + static_cast<std::ptrdiff_t>(in.empty() ? 0 : rng() % in.size()),
                          1 + rng() % 8, static_cast<std::uint8_t>(rng()));
                break;
            case 4: { // splice with another seed
                const Bytes &o = seeds[rng() % seeds.size()];
                if (!o.empty())
                    in.insert(in.end(), o.begin() + static_cast<std::ptrdiff_t>(rng() % o.size()), o.end());
                break;
            }
            }
        }
        QVERIFY2(
            fuzz::run(t, in.data(), in.size()),
            qPrintable(QStringLiteral("invariant broken, input %1").arg(QString::fromStdString(toHex(in)))));
    }
}

QTEST_APPLESS_MAIN(TestDoorDecoders)
#include "tst_doordecoders.moc"
