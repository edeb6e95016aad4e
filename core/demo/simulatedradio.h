#pragma once

#include "demo/demo.h"
#include "link/radio.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace porter {
class Backend;
}

namespace porter::door {
class Door;
}

namespace porter::demo {

// Simulated doors for `porter --demo` and the tests: reference doors (core/door) in this process,
// reached through a loopback link and heard by a scanner that reports each of them every second with a
// slightly varying signal strength, as a real radio would. Never a real door: simulated() is true, so
// the window labels them "Simulated doors — not real hardware".
//
// Nobody can press a simulated door's buttons, so the simulation stands in for the person at the door:
// its install button (pressInstallButton, and uncommissioned doors reopen their install window by
// themselves unless told not to), its display (display()) and its confirmation press (confirmAtDoor()).
class SimulatedRadio final : public sync::Radio
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedRadio)

public:
    // hostNow: the host clock the doors run on (default: the system's). stateDir: a folder where each
    // door keeps its state across runs (the demo); empty: in memory (tests).
    explicit SimulatedRadio(std::function<qint64()> hostNow = {}, const QString &stateDir = {});
    ~SimulatedRadio() override;
    SimulatedRadio(const SimulatedRadio &) = delete;
    SimulatedRadio &operator=(const SimulatedRadio &) = delete;

    QString describe() const override;
    bool simulated() const override { return true; }
    std::unique_ptr<sync::DoorScanner> createScanner(QObject *parent = nullptr) override;
    Result<std::unique_ptr<sync::Transport>> createTransport(const QString &address,
                                                             QObject *parent = nullptr) override;

    // A new door, uncommissioned and not in install mode, in range at about `rssi` dBm. label: what
    // the door is, for the demo's own records (a scanner never reports it: doors advertise no names
    // Porter trusts). Returns its address.
    QString addDoor(const QString &label, int rssi = -62);
    QStringList addresses() const;
    QString label(const QString &address) const;
    // The reference door at address (nullptr: none). For the demo's set-up and the tests, which may
    // include door/door.h; front ends cannot.
    door::Door *door(const QString &address) const;

    // A door out of range is neither heard nor reachable.
    void setInRange(const QString &address, bool inRange);
    bool inRange(const QString &address) const;
    // The door's install button: opens its install window (false when commissioned or faulted).
    bool pressInstallButton(const QString &address);
    // Uncommissioned doors open their install window again whenever it closed, as if a technician
    // stood there pressing the button (default on, for the demo).
    void setKeepInstallModeOpen(bool keep);
    // What the door's display shows during a commissioning: its pairing code (empty before).
    QString display(const QString &address) const;
    // The person at the door saw the same code and pressed the door's button.
    bool confirmAtDoor(const QString &address);

    // Scanners made from now on fail with this at start() (nullopt: they work): for showing and
    // testing what the window says when the radio cannot scan.
    void setScanFailure(std::optional<Error> error);
    // How often a scanner reports each door in range (default 1000 ms).
    void setScanIntervalMs(int milliseconds);
    // A link waits connectMs before it is up and delays every message by latencyMs (defaults 350 and
    // 4: long enough to watch a sync; tests set 0).
    void setTiming(int connectMs, int latencyMs);

    class Private; // shared with the scanners and links it makes (simulatedradio.cpp)

private:
    std::shared_ptr<Private> d;
};

// What `porter --demo` runs on: the simulated doors of the demo database at databasePath, kept in a
// folder beside it (databasePath + ".simulated-doors"). The first time, the demo portfolio is created
// when the database does not exist yet (`created` then holds where to sign in), and the doors are made:
// some of the demo property's offline doors commissioned (one synced, the others out of date), one new
// door in install mode, and a door of another property. Later runs find the same doors in that folder.
struct SimulatedDemo
{
    std::shared_ptr<SimulatedRadio> radio;
    std::optional<DemoSummary> created; // set when this call created the demo database
};
Result<SimulatedDemo> openSimulatedDemo(const QString &databasePath);

} // namespace porter::demo
