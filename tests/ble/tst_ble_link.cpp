// porter_ble's scanner and transport in process, over Qt's real BlueZ backend against the fake BlueZ:
// what the porterctl-level tests (tst_ble_e2e) cannot reach — a scan that keeps reporting a door as its
// signal changes, the link's own timeouts, the MTU it announces, and the words it closes with when the
// door drops the link or the system forgets the device.
#include "ble/bleradio.h"
#include "blebus.h"
#include "link/radio.h"
#include "link/transport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using porter::test::BleBus;

namespace {

const QString kDoor = QStringLiteral("0B:00:00:00:00:01");

} // namespace

class TestBleLink : public QObject
{
    Q_OBJECT

private:
    BleBus m_bus;
    QTemporaryDir m_dir;
    std::unique_ptr<ble::BleRadio> m_radio;

    // Scans until kDoor is heard (the radio remembers it for createTransport).
    QList<sync::SeenDoor> hear(int ms = 3000)
    {
        QList<sync::SeenDoor> seen;
        const std::unique_ptr<sync::DoorScanner> scanner = m_radio->createScanner();
        QObject::connect(scanner.get(), &sync::DoorScanner::seen, scanner.get(),
                         [&](const sync::SeenDoor &d) { seen << d; });
        scanner->start(0);
        [[maybe_unused]] const bool heard = QTest::qWaitFor([&]() { return !seen.isEmpty(); }, ms);
        scanner->stop();
        return seen;
    }
    std::unique_ptr<sync::Transport> transport()
    {
        auto made = m_radio->createTransport(kDoor);
        if (!made.ok())
            qFatal("%s", qPrintable(made.error().message));
        return std::move(made).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Status started = m_bus.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        QVERIFY(m_dir.isValid());
        const QString state = m_dir.filePath(QStringLiteral("door"));
        QVERIFY(BleBus::initDoor(state).ok());
        QVERIFY(m_bus.addDoor(state, kDoor).ok());
        m_radio = std::make_unique<ble::BleRadio>();
        m_radio->setTimeouts(1000, 1000);
    }

    void init() { BleBus::settle(); }

    void aScanReportsADoorAgainAsItsSignalChanges()
    {
        QList<sync::SeenDoor> seen;
        const std::unique_ptr<sync::DoorScanner> scanner = m_radio->createScanner();
        QSignalSpy finished(scanner.get(), &sync::DoorScanner::finished);
        QObject::connect(scanner.get(), &sync::DoorScanner::seen, scanner.get(),
                         [&](const sync::SeenDoor &d) { seen << d; });
        scanner->start(0);
        QVERIFY(scanner->isScanning());
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 5000);
        QCOMPARE(seen.constLast().address, kDoor);
        QCOMPARE(seen.constLast().rssi, -60);
        QVERIFY(!seen.constLast().commissioned);
        QVERIFY(seen.constLast().seenAtMs > 0);
        QVERIFY(m_bus.setRssi(kDoor, -42).ok());
        QTRY_VERIFY_WITH_TIMEOUT(seen.constLast().rssi == -42, 5000);
        scanner->stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!scanner->isScanning());
        QVERIFY(m_bus.setRssi(kDoor, -60).ok());
    }

    void theLinkAnnouncesMtuMinusThree()
    {
        QVERIFY(!hear().isEmpty());
        for (const int mtu : {23, 185, 247}) {
            QVERIFY(m_bus.setMtu(kDoor, mtu).ok());
            const auto link = transport();
            QSignalSpy opened(link.get(), &sync::Transport::opened);
            QSignalSpy closed(link.get(), &sync::Transport::closed);
            link->open();
            QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
            QCOMPARE(opened.at(0).at(0).toInt(), mtu - 3);
            QCOMPARE(link->payloadSize(), mtu - 3);
            link->close();
            QCOMPARE(closed.size(), 1);
            QCOMPARE(closed.at(0).at(0).toString(), QStringLiteral("Closed."));
            QVERIFY(!link->isOpen());
        }
    }

    void aDoorThatDoesNotAnswerTimesOut()
    {
        QVERIFY(!hear().isEmpty());
        QVERIFY(m_bus.setDelay(2500).ok()); // every org.bluez reply, Connect's included
        const auto link = transport();
        QSignalSpy opened(link.get(), &sync::Transport::opened);
        QSignalSpy closed(link.get(), &sync::Transport::closed);
        link->open();
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 15000);
        QCOMPARE(opened.size(), 0);
        QVERIFY2(
            closed.at(0).at(0).toString().startsWith(
                QStringLiteral("The door did not answer; stand closer and try again (door %1").arg(kDoor)),
            qPrintable(closed.at(0).at(0).toString()));
        QVERIFY(m_bus.setDelay(0).ok());
        QTest::qWait(3000); // the delayed replies drain
    }

    void aLinkDroppedByTheDoorSaysSo()
    {
        QVERIFY(!hear().isEmpty());
        const auto link = transport();
        QSignalSpy opened(link.get(), &sync::Transport::opened);
        QSignalSpy closed(link.get(), &sync::Transport::closed);
        link->open();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        QVERIFY(m_bus.dropLink(kDoor).ok());
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QCOMPARE(closed.at(0).at(0).toString(),
                 QStringLiteral(
                     "The Bluetooth link to door %1 was lost. Stand closer to the door and try again: a "
                     "sync continues where it stopped.")
                     .arg(kDoor));
    }

    void aDeviceTheSystemForgotIsOutOfRange()
    {
        QVERIFY(!hear().isEmpty());
        // BlueZ removes a device that stopped advertising (TemporaryTimeout): Qt cannot connect to it.
        QVERIFY(m_bus.removeDoor(kDoor).ok());
        BleBus::settle();
        const auto link = transport(); // remembered from the scan
        QSignalSpy closed(link.get(), &sync::Transport::closed);
        link->open();
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QCOMPARE(closed.at(0).at(0).toString(),
                 QStringLiteral(
                     "Door %1 is not in range (this computer's Bluetooth no longer knows it): scan again, "
                     "standing near the door.")
                     .arg(kDoor));
    }

    void cleanupTestCase()
    {
        m_radio.reset();
        m_bus.stop();
    }
};

QTEST_GUILESS_MAIN(TestBleLink)
#include "tst_ble_link.moc"
