#include "bledoorserver.h"

#include "door/ble.h"
#include "door/protocol.h"
#include "doorstate.h"

#include <QBluetoothUuid>
#include <QLowEnergyAdvertisingData>
#include <QLowEnergyAdvertisingParameters>
#include <QLowEnergyCharacteristicData>
#include <QLowEnergyController>
#include <QLowEnergyDescriptorData>
#include <QLowEnergyService>
#include <QLowEnergyServiceData>

using porter::cli::hostNow;

namespace porter::doorsim {

namespace {

QBluetoothUuid uuidOf(std::string_view text)
{
    return QBluetoothUuid(QString::fromLatin1(text.data(), qsizetype(text.size())));
}

QByteArray advertisementBytes(door::Door &door)
{
    const door::Bytes bytes = door::ble::encodeAdvertisement(door::ble::advertisementOf(door, hostNow()));
    return {reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())};
}

// The largest write or notification value a fragment can need (§7: at most kMaxLinkPayload bytes).
constexpr int kMaxValue = int(door::protocol::kMaxLinkPayload);

} // namespace

BleDoorServer::BleDoorServer(door::Door &door, QString name, std::function<void(const QString &)> say,
                             QObject *parent)
    : QObject(parent)
    , m_door(door)
    , m_name(std::move(name))
    , m_say(say)
    , m_host(door, std::move(say))
{
    m_host.setLink(
        [this](const QByteArray &fragment) {
            if (!m_service || !m_connected)
                return;
            // In the peripheral role, writing the characteristic's value notifies the subscribed central.
            m_service->writeCharacteristic(
                m_service->characteristic(uuidOf(door::ble::kNotifyCharacteristicUuid)), fragment);
        },
        [this]() {
            if (m_controller && m_connected)
                m_controller->disconnectFromDevice();
        });
    // A door's advertisement changes with its state; re-advertise when it does, while idle.
    m_readvertise.setInterval(5000);
    connect(&m_readvertise, &QTimer::timeout, this, [this]() {
        if (!m_connected)
            advertise();
    });
}

BleDoorServer::~BleDoorServer()
{
    stop();
}

Status BleDoorServer::start()
{
    m_controller.reset(QLowEnergyController::createPeripheral());
    if (m_controller->error() != QLowEnergyController::NoError)
        return explain(m_controller->error());

    QLowEnergyCharacteristicData toDoor;
    toDoor.setUuid(uuidOf(door::ble::kWriteCharacteristicUuid));
    toDoor.setProperties(QLowEnergyCharacteristic::WriteNoResponse);
    toDoor.setValueLength(0, kMaxValue);
    QLowEnergyCharacteristicData fromDoor;
    fromDoor.setUuid(uuidOf(door::ble::kNotifyCharacteristicUuid));
    fromDoor.setProperties(QLowEnergyCharacteristic::Notify);
    fromDoor.setValueLength(0, kMaxValue);
    fromDoor.addDescriptor(QLowEnergyDescriptorData(
        QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration, QByteArray(2, '\0')));
    QLowEnergyServiceData service;
    service.setType(QLowEnergyServiceData::ServiceTypePrimary);
    service.setUuid(uuidOf(door::ble::kServiceUuid));
    service.addCharacteristic(toDoor);
    service.addCharacteristic(fromDoor);
    m_service.reset(m_controller->addService(service));
    if (!m_service)
        return makeError(ErrorCode::Unavailable,
                         tr("The Bluetooth adapter did not accept the door's GATT service."));

    connect(m_service.get(), &QLowEnergyService::characteristicChanged, this,
            [this](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                if (c.uuid() == uuidOf(door::ble::kWriteCharacteristicUuid))
                    m_host.receive(value);
            });
    connect(m_controller.get(), &QLowEnergyController::connected, this, &BleDoorServer::onConnected);
    connect(m_controller.get(), &QLowEnergyController::disconnected, this, &BleDoorServer::onDisconnected);
    connect(m_controller.get(), &QLowEnergyController::errorOccurred, this,
            [this](QLowEnergyController::Error e) { Q_EMIT failed(explain(e)); });
    connect(&m_host, &SessionHost::doorChanged, this, [this]() {
        if (!m_connected)
            advertise();
    });
    advertise();
    if (m_controller->error() != QLowEnergyController::NoError)
        return explain(m_controller->error());
    m_readvertise.start();
    m_say(QStringLiteral("advertising as \"%1\" (service %2)")
              .arg(m_name, QString::fromLatin1(door::ble::kServiceUuid.data(),
                                               qsizetype(door::ble::kServiceUuid.size()))));
    return {};
}

void BleDoorServer::stop()
{
    m_readvertise.stop();
    m_host.end(QStringLiteral("shutting down"));
    if (m_controller) {
        m_controller->stopAdvertising();
        if (m_connected)
            m_controller->disconnectFromDevice();
    }
    m_service.reset();
    m_controller.reset();
    m_connected = false;
}

void BleDoorServer::advertise()
{
    if (!m_controller)
        return;
    QLowEnergyAdvertisingData data;
    data.setDiscoverability(QLowEnergyAdvertisingData::DiscoverabilityGeneral);
    data.setServices({uuidOf(door::ble::kServiceUuid)});
    QLowEnergyAdvertisingData scanResponse;
    scanResponse.setLocalName(m_name);
    const QByteArray advertisement = advertisementBytes(m_door);
    // Unchanged and still advertising (the periodic check): nothing to do.
    if (advertisement == m_advertised && m_controller->state() == QLowEnergyController::AdvertisingState)
        return;
    m_advertised = advertisement;
    scanResponse.setManufacturerData(door::ble::kCompanyId, advertisement);
    QLowEnergyAdvertisingParameters parameters;
    parameters.setMode(QLowEnergyAdvertisingParameters::AdvInd);
    m_controller->stopAdvertising();
    m_controller->startAdvertising(parameters, data, scanResponse);
}

void BleDoorServer::onConnected()
{
    m_connected = true;
    // The negotiated ATT MTU (Qt's peripheral knows it on Linux; 23 until the exchange).
    const int mtu = m_controller->mtu();
    const std::size_t payload =
        std::clamp<std::size_t>(mtu > 3 ? std::size_t(mtu - 3) : door::protocol::kMinLinkPayload,
                                door::protocol::kMinLinkPayload, door::protocol::kMaxLinkPayload);
    m_say(QStringLiteral("central %1 connected (ATT MTU %2, payload %3)")
              .arg(m_controller->remoteAddress().toString())
              .arg(mtu)
              .arg(payload));
    m_host.begin(payload);
}

void BleDoorServer::onDisconnected()
{
    m_connected = false;
    m_host.end(QStringLiteral("central disconnected"));
    advertise(); // Qt stops advertising when a central connects: be findable again
}

Error BleDoorServer::explain(int controllerError) const
{
    const QString needs =
        tr("porter-door serve --ble needs a Bluetooth LE adapter that can advertise. With Qt 6.4 on Linux "
           "it also needs root or CAP_NET_RAW (sudo setcap cap_net_raw,cap_net_admin+ep porter-door), "
           "and it must use a different adapter or machine from the laptop running Porter.");
    switch (controllerError) {
    case QLowEnergyController::InvalidBluetoothAdapterError:
        return makeError(ErrorCode::Unavailable, tr("No usable Bluetooth adapter was found. %1").arg(needs));
    case QLowEnergyController::AdvertisingError:
        return makeError(ErrorCode::Unavailable,
                         tr("The Bluetooth adapter refused to advertise. %1").arg(needs));
    case QLowEnergyController::MissingPermissionsError:
        return makeError(ErrorCode::Unavailable, tr("Bluetooth permission is missing. %1").arg(needs));
    default:
        return makeError(
            ErrorCode::Unavailable,
            tr("The Bluetooth door stopped (controller error %1). %2").arg(controllerError).arg(needs));
    }
}

} // namespace porter::doorsim
