// The oracle's sequences (tests/sync/oracle.h) over Bluetooth instead of loopback (issue 8): every sync
// goes through SyncEngine → TransportFactory → porter_ble → Qt's real BlueZ backend → the fake BlueZ,
// whose external devices relay the link to the oracle's in-process doors (ExternalDoor), so the doors
// keep following the oracle's clock. Interrupted syncs are the fake's DisconnectAfterBytes, the link
// payloads its MTU (23 → 20, 67 → 64, 247 → 244). Default: two seeds of 120 steps over two doors;
// PORTER_ORACLE_SEEDS and PORTER_ORACLE_STEPS make the long run (tst_oracle_ble_long, label "slow").

#include "ble/bleradio.h"
#include "blebus.h"
#include "externaldoor.h"
#include "link/transportfactory.h"
#include "oracle.h"

#include <QLoggingCategory>
#include <QTest>
#include <map>

using namespace porter;
using namespace porter::test;

class TestOracleBle : public QObject
{
    Q_OBJECT

    BleBus m_bus;

private Q_SLOTS:
    void initTestCase()
    {
        // The private bus before anything touches QtDBus or Qt Bluetooth.
        const Status started = m_bus.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        ble::installRadio();
        QVERIFY(sync::Radio::installed() && !sync::Radio::installed()->simulated());
        QLoggingCategory::setFilterRules(QStringLiteral("porter.*.info=false\nporter.*.warning=false"));
    }

    void init()
    {
        QVERIFY(m_bus.reset().ok());
        // The doors are heard once; BlueZ must keep them for the whole run.
        QVERIFY(m_bus.setTemporaryTimeout(24 * 3600).ok());
        BleBus::settle();
    }

    void doorsEnforceWhatPorterShows_data()
    {
        QTest::addColumn<quint32>("seed");
        const int seeds = envInt("PORTER_ORACLE_SEEDS", 2);
        for (int i = 0; i < seeds; ++i)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(2000 + i))) << quint32(2000 + i);
    }

    void doorsEnforceWhatPorterShows()
    {
        QFETCH(quint32, seed);
        std::map<Id, std::unique_ptr<ExternalDoor>> doors;
        qint64 bleSyncs = 0;
        int cutShort = 0; // syncs that failed (the cuts that hit the link)
        Oracle oracle(seed, envInt("PORTER_ORACLE_STEPS", 120), 2,
                      [&](SyncFixture &f, Id doorId, qint64 dropAfterBytes, int linkPayload) {
                          auto out = syncOverBluetooth(f, *doors.at(doorId), doorId, dropAfterBytes,
                                                       linkPayload, bleSyncs);
                          cutShort += out.ok() ? 0 : 1;
                          return out;
                      });
        SyncFixture &f = oracle.fixture();
        int n = 0;
        for (Id doorId : oracle.doorIds()) {
            const QString address = QStringLiteral("0A:0C:00:00:00:%1").arg(++n, 2, 10, QLatin1Char('0'));
            auto door = std::make_unique<ExternalDoor>(m_bus, address, f.doorFor(doorId),
                                                       [&f]() { return f.clock.nowSecs(); });
            const auto added = door->add(QStringLiteral("Oracle %1").arg(n));
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
            doors.emplace(doorId, std::move(door));
        }
        QVERIFY(hearAll(doors.size()));

        const Stats s = oracle.run();
        qInfo("seed %u: %d operations, %d syncs, %d interrupted, %d comparisons, %d granted, %d distinct "
              "reasons, %lld Bluetooth links",
              seed, s.operations, s.syncs, s.interrupted, s.comparisons, s.granted, int(s.reasons.size()),
              bleSyncs);
        if (QTest::currentTestFailed())
            qWarning("%s", qPrintable(m_bus.log().right(4000)));
        QVERIFY(s.syncs >= 5);
        QVERIFY(s.comparisons > 500);
        QVERIFY(s.granted > 20);
        // Every sync crossed the fake: one link each.
        int connections = 0;
        for (const auto &[id, door] : doors)
            connections += door->connections();
        QCOMPARE(qint64(connections), bleSyncs);
        QVERIFY2(cutShort > 0, "some cuts should have ended a sync early");
    }

private:
    // Scans until every external door is heard (BlueZ knows them, so transports reach them).
    bool hearAll(std::size_t count)
    {
        QSet<QString> seen;
        const std::unique_ptr<sync::DoorScanner> scanner = sync::Radio::installed()->createScanner();
        QObject::connect(scanner.get(), &sync::DoorScanner::seen, scanner.get(),
                         [&](const sync::SeenDoor &d) { seen.insert(d.address); });
        scanner->start(0);
        const bool heard = QTest::qWaitFor([&]() { return std::size_t(seen.size()) >= count; }, 10000);
        scanner->stop();
        return heard;
    }

    Result<sync::SyncReport> syncOverBluetooth(SyncFixture &f, ExternalDoor &door, Id doorId,
                                               qint64 dropAfterBytes, int linkPayload, qint64 &links)
    {
        const QString address = door.address();
        if (auto st = m_bus.setMtu(address, linkPayload + 3); !st.ok())
            return st.error();
        if (auto st = m_bus.disconnectAfterBytes(address, dropAfterBytes); !st.ok())
            return st.error();
        auto transport = sync::TransportFactory::create(sync::DoorAddress::bluetooth(address));
        if (!transport.ok())
            return transport.error();
        sync::SyncEngine engine(*f.db, f.clock, f.secrets);
        auto result = sync::syncBlocking(engine, f.owner, doorId, **transport);
        f.lastReport = engine.report();
        transport->reset();
        ++links;
        // The link ends (the door closes it after its session, or Porter does, or the cut did); the
        // door has then seen every byte that crossed it.
        if (!QTest::qWaitFor([&]() { return !door.connected(); }, 10000))
            qFatal("the link to %s stayed up: %s", qPrintable(address), qPrintable(m_bus.log().right(3000)));
        (void)m_bus.disconnectAfterBytes(address, -1);
        (void)door.refreshAdvertisement();
        return result;
    }
};

QTEST_GUILESS_MAIN(TestOracleBle)
#include "tst_oracle_ble.moc"
