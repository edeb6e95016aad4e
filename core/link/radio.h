#pragma once

#include "link/transport.h"
#include "model/types.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <memory>

namespace porter::sync {

// One door heard over the air (docs/door-protocol.md §13), as a scanner reports it. Nothing here is
// authenticated: it says which of Porter's doors this claims to be and how to reach it; the session's
// handshake proves the rest.
struct SeenDoor
{
    QString address; // how to reach it: DoorAddress::bluetooth(address). A BLE address, or the
                     // device UUID macOS gives; never used to decide which door this is.
    QString name;    // the advertised local name (may be empty)
    bool commissioned = false;
    bool installMode = false; // waiting to be commissioned: its install button was pressed
    bool faulted = false;     // refuses everything until reset at the door
    quint32 propertyId = 0;   // 0 when not commissioned
    quint32 doorId = 0;       // Porter's door id (0 when not commissioned)
    quint32 listVersion = 0;  // the low 32 bits of the access-list version it holds
    int rssi = 0;             // dBm, e.g. -60 (near) … -95 (far)
    qint64 seenAtMs = 0;      // QDateTime::currentMSecsSinceEpoch() when last heard

    // What a door holding list version `v` advertises (its low 32 bits, docs/door-protocol.md §13).
    static quint32 advertisedVersion(ListVersion v) { return quint32(v & 0xFFFFFFFFU); }
    // Whether it advertises holding `v` (e.g. the version Porter recorded): only a hint, unauthenticated.
    bool advertises(ListVersion v) const { return listVersion == advertisedVersion(v); }
};

// Listens for doors advertising Porter's service. start() begins a scan (LE only, filtered by the
// service UUID); seen() is emitted for every advertisement heard, again when one changes (signal
// strength, state). A device the system only remembers from earlier, and that is not advertising
// now, is never reported. failed() says why a scan cannot run (no adapter, adapter off, permission
// missing) in words a technician can act on; finished() follows stop() or the end of `seconds`.
class DoorScanner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~DoorScanner() override = default;

    // seconds <= 0: until stop().
    virtual void start(int seconds = 0) = 0;
    virtual void stop() = 0;
    virtual bool isScanning() const = 0;

Q_SIGNALS:
    void seen(const porter::sync::SeenDoor &door);
    void failed(const porter::Error &error);
    void finished();
};

// How Porter reaches doors over the air: the laptop's Bluetooth (core/ble, porter::ble::BleRadio), or
// simulated doors in process for the demo and tests (core/demo). A front end installs one at start-up
// (Radio::install); TransportFactory::create(DoorAddress::bluetooth(...)) and the Doors page use it.
// Without one, Bluetooth addresses fail with a clear error (a build without Qt Bluetooth).
class Radio
{
    Q_DECLARE_TR_FUNCTIONS(Radio)

public:
    virtual ~Radio() = default;

    // For people, e.g. "Bluetooth (hci0)" or "Simulated doors".
    virtual QString describe() const = 0;
    // Simulated doors are in-process reference doors, never real ones: the window labels them so.
    virtual bool simulated() const = 0;
    virtual std::unique_ptr<DoorScanner> createScanner(QObject *parent = nullptr) = 0;
    // A closed link to the door at `address` (a SeenDoor::address), or why there is none.
    virtual Result<std::unique_ptr<Transport>> createTransport(const QString &address,
                                                               QObject *parent = nullptr) = 0;
    // Whether the radio is there but turned off, so a technician can be offered to turn it on from
    // Porter (false when that does not apply, e.g. simulated doors).
    virtual bool poweredOff() const { return false; }
    // Turns it on, or says why Porter cannot (the laptop's Bluetooth: porter::ble::powerOn()).
    virtual Status powerOn() { return {}; }

    // The process-wide radio (nullptr: none installed). install() replaces the previous one.
    static void install(std::shared_ptr<Radio> radio);
    static std::shared_ptr<Radio> installed();
    // The installed radio, or why there is none (for a caller about to scan or connect).
    static Result<std::shared_ptr<Radio>> require();
};

} // namespace porter::sync

Q_DECLARE_METATYPE(porter::sync::SeenDoor)
