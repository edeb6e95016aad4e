// porter_ble without a radio in the air: what the link announces for each ATT MTU, how a door is
// reached by address, and how the radio is installed beside another (the window's simulated doors).
// The link itself runs against the fake BlueZ in tst_ble_e2e.
#include "ble/bleradio.h"
#include "ble/bluetoothtransport.h"
#include "link/transportfactory.h"

#include <QTest>

using namespace porter;

namespace {

// A radio that is not Bluetooth: what the window installs for --demo.
class OtherRadio : public sync::Radio
{
public:
    QString describe() const override { return QStringLiteral("other"); }
    bool simulated() const override { return true; }
    std::unique_ptr<sync::DoorScanner> createScanner(QObject *) override { return nullptr; }
    Result<std::unique_ptr<sync::Transport>> createTransport(const QString &, QObject *) override
    {
        return makeError(ErrorCode::Unavailable, QStringLiteral("other"));
    }
};

} // namespace

class TestBleRadio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadIsMtuMinusThree()
    {
        QCOMPARE(ble::BluetoothTransport::payloadForMtu(23), 20);
        QCOMPARE(ble::BluetoothTransport::payloadForMtu(185), 182);
        QCOMPARE(ble::BluetoothTransport::payloadForMtu(247), 244);
        // Unknown (Qt's -1 on Linux, BlueZ without the property): the ATT minimum.
        QCOMPARE(ble::BluetoothTransport::payloadForMtu(-1), 20);
        QCOMPARE(ble::BluetoothTransport::payloadForMtu(0), 20);
        // Within the protocol's range (docs/door-protocol.md §7), whatever a platform claims.
        QCOMPARE(ble::BluetoothTransport::payloadForMtu(10), 20);
        QCOMPARE(ble::BluetoothTransport::payloadForMtu(517), 257);
    }

    void aDoorIsReachedByAnAddressOrNotAtAll()
    {
        ble::BleRadio radio;
        auto made = radio.createTransport(QStringLiteral("0A:00:00:00:00:01"));
#if defined(Q_OS_MACOS)
        QVERIFY(!made.ok()); // macOS reaches only devices heard in this process
#else
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE((*made)->describe(), QStringLiteral("Bluetooth 0A:00:00:00:00:01"));
        QVERIFY(!(*made)->isOpen());
#endif
        const auto unknown = radio.createTransport(QStringLiteral("lobby-door"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::Unavailable);
        QCOMPARE(unknown.error().message,
                 QStringLiteral("Door lobby-door is not in range: scan first, standing near the door."));
    }

    void installRadioKeepsARadioInstalledFirst()
    {
        sync::Radio::install(nullptr);
        // Without a radio a Bluetooth address says so.
        const auto none =
            sync::TransportFactory::create(sync::DoorAddress::bluetooth(QStringLiteral("0A:00:00:00:00:01")));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::Unavailable);

        auto other = std::make_shared<OtherRadio>();
        sync::Radio::install(other);
        ble::installRadio();
        QCOMPARE(sync::Radio::installed().get(), other.get());

        sync::Radio::install(nullptr);
        ble::installRadio();
        QVERIFY(dynamic_cast<ble::BleRadio *>(sync::Radio::installed().get()));
        QVERIFY(!sync::Radio::installed()->simulated());
#if !defined(Q_OS_MACOS)
        const auto made =
            sync::TransportFactory::create(sync::DoorAddress::bluetooth(QStringLiteral("0A:00:00:00:00:01")));
        QVERIFY(made.ok());
#endif
        sync::Radio::install(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestBleRadio)
#include "tst_ble_radio.moc"
