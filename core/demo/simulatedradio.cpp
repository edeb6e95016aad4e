#include "demo/simulatedradio.h"

#include "access/directoryservice.h"
#include "app/backend.h"
#include "devices/deviceservice.h"
#include "door/ble.h"
#include "door/crypto.h"
#include "door/door.h"
#include "door/storage.h"
#include "link/referencedoorend.h"
#include "link/transportfactory.h"
#include "sync/blocking.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <deque>
#include <map>

namespace porter::demo {

namespace {

constexpr auto kManifest = "doors.json";
// A link's payload: ATT MTU 185 − 3, what a laptop and a door commonly agree on.
constexpr int kPayload = 182;

struct SimDoor
{
    QString address;
    QString label;
    int rssi = -62;
    bool inRange = true;
    std::unique_ptr<door::Storage> storage;
    std::unique_ptr<door::Door> door;
    std::shared_ptr<sync::ReferenceDoorEnd> end;
};

} // namespace

class SimulatedRadio::Private
{
public:
    std::function<qint64()> now;
    QString stateDir;
    std::map<QString, SimDoor> doors; // by address
    QStringList order;
    bool keepInstallOpen = true;
    std::optional<Error> scanFailure;
    int scanIntervalMs = 1000;
    int connectMs = 350;
    int latencyMs = 4;

    SimDoor *find(const QString &address)
    {
        auto it = doors.find(address);
        return it == doors.end() ? nullptr : &it->second;
    }

    SimDoor &make(const QString &address, const QString &label, int rssi)
    {
        SimDoor &sim = doors[address];
        sim.address = address;
        sim.label = label;
        sim.rssi = rssi;
        if (stateDir.isEmpty()) {
            sim.storage = std::make_unique<door::MemoryStorage>();
        } else {
            const QString folder = QDir(stateDir).filePath(address);
            QDir().mkpath(folder);
            sim.storage = std::make_unique<door::FileStorage>(QDir::toNativeSeparators(folder).toStdString());
        }
        sim.door = std::make_unique<door::Door>(*sim.storage);
        sim.door->load();
        sim.end = std::make_shared<sync::ReferenceDoorEnd>(*sim.door, now);
        if (!order.contains(address))
            order << address;
        return sim;
    }

    void saveManifest() const
    {
        if (stateDir.isEmpty())
            return;
        QJsonArray list;
        for (const QString &address : order) {
            const SimDoor &sim = doors.at(address);
            list.append(QJsonObject{{QStringLiteral("address"), sim.address},
                                    {QStringLiteral("label"), sim.label},
                                    {QStringLiteral("rssi"), sim.rssi},
                                    {QStringLiteral("inRange"), sim.inRange}});
        }
        QFile file(QDir(stateDir).filePath(QString::fromLatin1(kManifest)));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("doors"), list}}).toJson());
    }

    void loadManifest()
    {
        QFile file(QDir(stateDir).filePath(QString::fromLatin1(kManifest)));
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonArray list =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("doors")).toArray();
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            const QString address = o.value(QStringLiteral("address")).toString();
            if (address.isEmpty() || doors.count(address))
                continue;
            SimDoor &sim = make(address, o.value(QStringLiteral("label")).toString(),
                                o.value(QStringLiteral("rssi")).toInt(-62));
            sim.inRange = o.value(QStringLiteral("inRange")).toBool(true);
        }
    }

    // A technician standing at every new door, pressing its install button whenever its window closed.
    void keepInstallWindowsOpen()
    {
        if (!keepInstallOpen)
            return;
        for (auto &[address, sim] : doors) {
            if (!sim.door->commissioned() && !sim.door->faulted() &&
                sim.door->installMode(now()) != door::InstallMode::Open)
                sim.door->openInstallMode(now());
        }
    }
};

namespace {

// Hears every simulated door in range every interval, with a signal strength that wanders a little
// around the door's own (people move, doors do not).
class SimulatedScanner final : public sync::DoorScanner
{
public:
    SimulatedScanner(std::shared_ptr<SimulatedRadio::Private> radio, QObject *parent)
        : sync::DoorScanner(parent)
        , m_radio(std::move(radio))
    {
        m_timer.setInterval(m_radio->scanIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { report(); });
        m_end.setSingleShot(true);
        QObject::connect(&m_end, &QTimer::timeout, this, [this] { stop(); });
    }

    void start(int seconds) override
    {
        if (m_radio->scanFailure) {
            const Error error = *m_radio->scanFailure;
            QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
            return;
        }
        m_timer.start();
        if (seconds > 0)
            m_end.start(seconds * 1000);
        QTimer::singleShot(0, this, [this] {
            if (m_timer.isActive())
                report();
        });
    }

    void stop() override
    {
        if (!m_timer.isActive())
            return;
        m_timer.stop();
        m_end.stop();
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
    }

    bool isScanning() const override { return m_timer.isActive(); }

private:
    void report()
    {
        m_radio->keepInstallWindowsOpen();
        const qint64 hostNow = m_radio->now();
        const QStringList order = m_radio->order;
        for (const QString &address : order) {
            SimDoor *d = m_radio->find(address);
            if (!d || !d->inRange)
                continue;
            const door::ble::Advertisement a = door::ble::advertisementOf(*d->door, hostNow);
            sync::SeenDoor seen;
            seen.address = d->address;
            seen.name = QStringLiteral("Porter door");
            seen.commissioned = a.commissioned;
            seen.installMode = a.installMode;
            seen.faulted = a.faulted;
            seen.propertyId = a.propertyId;
            seen.doorId = a.doorId;
            seen.listVersion = a.listVersion;
            seen.rssi = d->rssi + QRandomGenerator::global()->bounded(-3, 4);
            seen.seenAtMs = QDateTime::currentMSecsSinceEpoch();
            Q_EMIT this->seen(seen);
        }
    }

    std::shared_ptr<SimulatedRadio::Private> m_radio;
    QTimer m_timer;
    QTimer m_end;
};

// The loopback link to a simulated door, slowed down to look like a radio: it takes connectMs to come
// up, and the door's answers arrive latencyMs apart, in order.
class SimulatedLink final : public sync::Transport
{
public:
    SimulatedLink(std::shared_ptr<SimulatedRadio::Private> radio, QString address,
                  std::unique_ptr<sync::Transport> inner, QObject *parent)
        : sync::Transport(parent)
        , m_radio(std::move(radio))
        , m_address(std::move(address))
        , m_inner(std::move(inner))
    {
        m_inner->setParent(this);
        m_pump.setSingleShot(true);
        m_pump.setInterval(m_radio->latencyMs);
        QObject::connect(&m_pump, &QTimer::timeout, this, [this] { deliver(); });
        QObject::connect(m_inner.get(), &sync::Transport::opened, this, [this](int payload) {
            if (m_wantOpen)
                announceOpened(payload);
        });
        QObject::connect(m_inner.get(), &sync::Transport::received, this, [this](const QByteArray &bytes) {
            m_inbox.push_back(bytes);
            if (!m_pump.isActive())
                m_pump.start();
        });
        QObject::connect(m_inner.get(), &sync::Transport::closed, this, [this](const QString &reason) {
            m_closedReason = reason;
            m_innerClosed = true;
            if (!m_pump.isActive())
                m_pump.start();
        });
    }

    void open() override
    {
        m_wantOpen = true;
        m_innerClosed = false;
        m_inbox.clear();
        const int generation = ++m_generation;
        QTimer::singleShot(m_radio->connectMs, this, [this, generation] {
            if (generation != m_generation || !m_wantOpen)
                return;
            SimDoor *d = m_radio->find(m_address);
            if (!d || !d->inRange) {
                m_wantOpen = false;
                announceClosed(SimulatedRadio::tr("The simulated door is out of range. Bring it back in "
                                                  "range and try again."));
                return;
            }
            m_inner->open();
        });
    }

    void close() override
    {
        if (!m_wantOpen)
            return;
        m_wantOpen = false;
        ++m_generation;
        m_inbox.clear();
        markNotOpen();
        if (m_inner->isOpen()) {
            m_inner->close(); // its closed() comes through deliver()
        } else {
            QTimer::singleShot(0, this, [this] { announceClosed(SimulatedRadio::tr("Closed.")); });
        }
    }

    void write(const QByteArray &bytes) override
    {
        if (m_wantOpen)
            m_inner->write(bytes);
    }

    QString describe() const override { return SimulatedRadio::tr("simulated Bluetooth %1").arg(m_address); }

private:
    void deliver()
    {
        if (!m_inbox.empty()) {
            const QByteArray bytes = m_inbox.front();
            m_inbox.pop_front();
            if (m_wantOpen)
                Q_EMIT received(bytes);
        } else if (m_innerClosed) {
            m_innerClosed = false;
            m_wantOpen = false;
            announceClosed(m_closedReason);
            return;
        }
        if (!m_inbox.empty() || m_innerClosed)
            m_pump.start();
    }

    std::shared_ptr<SimulatedRadio::Private> m_radio;
    QString m_address;
    std::unique_ptr<sync::Transport> m_inner;
    QTimer m_pump;
    std::deque<QByteArray> m_inbox;
    bool m_wantOpen = false;
    bool m_innerClosed = false;
    QString m_closedReason;
    int m_generation = 0;
};

} // namespace

SimulatedRadio::SimulatedRadio(std::function<qint64()> hostNow, const QString &stateDir)
    : d(std::make_shared<Private>())
{
    d->now = hostNow ? std::move(hostNow) : []() { return QDateTime::currentSecsSinceEpoch(); };
    d->stateDir = stateDir;
    if (!stateDir.isEmpty()) {
        QDir().mkpath(stateDir);
        d->loadManifest();
    }
}

SimulatedRadio::~SimulatedRadio() = default;

QString SimulatedRadio::describe() const
{
    return tr("Simulated doors");
}

std::unique_ptr<sync::DoorScanner> SimulatedRadio::createScanner(QObject *parent)
{
    return std::make_unique<SimulatedScanner>(d, parent);
}

Result<std::unique_ptr<sync::Transport>> SimulatedRadio::createTransport(const QString &address,
                                                                         QObject *parent)
{
    SimDoor *door = d->find(address);
    if (!door)
        return makeError(
            ErrorCode::NotFound,
            tr("There is no simulated door at %1. Scan again and pick a door in range.").arg(address));
    auto inner = sync::TransportFactory::create(sync::DoorAddress::loopback(door->end, kPayload));
    if (!inner.ok())
        return inner.error();
    return std::unique_ptr<sync::Transport>(
        std::make_unique<SimulatedLink>(d, address, std::move(inner).value(), parent));
}

QString SimulatedRadio::addDoor(const QString &label, int rssi)
{
    int n = int(d->order.size()) + 1;
    QString address;
    do {
        address = QStringLiteral("SIM-%1").arg(n++, 2, 10, QLatin1Char('0'));
    } while (d->doors.count(address));
    d->make(address, label, rssi);
    d->saveManifest();
    return address;
}

QStringList SimulatedRadio::addresses() const
{
    return d->order;
}

QString SimulatedRadio::label(const QString &address) const
{
    const SimDoor *door = d->find(address);
    return door ? door->label : QString();
}

door::Door *SimulatedRadio::door(const QString &address) const
{
    const SimDoor *door = d->find(address);
    return door ? door->door.get() : nullptr;
}

void SimulatedRadio::setInRange(const QString &address, bool inRange)
{
    if (SimDoor *door = d->find(address)) {
        door->inRange = inRange;
        d->saveManifest();
    }
}

bool SimulatedRadio::inRange(const QString &address) const
{
    const SimDoor *door = d->find(address);
    return door && door->inRange;
}

bool SimulatedRadio::pressInstallButton(const QString &address)
{
    SimDoor *door = d->find(address);
    return door && door->door->openInstallMode(d->now());
}

void SimulatedRadio::setKeepInstallModeOpen(bool keep)
{
    d->keepInstallOpen = keep;
}

QString SimulatedRadio::display(const QString &address) const
{
    const SimDoor *door = d->find(address);
    return door ? door->end->pairingCode() : QString();
}

bool SimulatedRadio::confirmAtDoor(const QString &address)
{
    SimDoor *door = d->find(address);
    return door && door->door->confirmPairing(d->now());
}

void SimulatedRadio::setScanFailure(std::optional<Error> error)
{
    d->scanFailure = std::move(error);
}

void SimulatedRadio::setScanIntervalMs(int milliseconds)
{
    d->scanIntervalMs = qMax(10, milliseconds);
}

void SimulatedRadio::setTiming(int connectMs, int latencyMs)
{
    d->connectMs = qMax(0, connectMs);
    d->latencyMs = qMax(0, latencyMs);
}

namespace {

QString demoText(const char *text)
{
    return QCoreApplication::translate("porter::SimulatedDemo", text);
}

// The demo's doors, made once: commissioned through the device service as a technician would have,
// the Lobby synced so it is up to date, a few wrong doorcodes typed at the Gym's keypad (a lockout
// to import), the Rooftop's new lock waiting in install mode, and a neighbour's door.
Status makeDemoDoors(Backend &backend, SimulatedRadio &radio, const std::function<qint64()> &now)
{
    // The demo's Portfolio Manager (core/demo/demo.cpp), who may commission and sync.
    auto manager = backend.directory().authenticate(QStringLiteral("morgan.reyes@harborpoint.example"),
                                                    QStringLiteral("porter-demo-2026"));
    if (!manager.ok())
        return makeError(
            ErrorCode::Unavailable,
            demoText("This is not the demo database (its Portfolio Manager could not sign in), so "
                     "there are no simulated doors of its own: only a new door waiting to be "
                     "commissioned. Start Porter with --demo and a new --db file for the full "
                     "demo."));
    PORTER_TRY_ASSIGN(const QList<Property> properties, backend.directory().properties(*manager));
    if (properties.isEmpty())
        return makeError(ErrorCode::NotFound, demoText("The demo database has no property."));
    const Property &property = properties.first();
    PORTER_TRY_ASSIGN(const QList<Door> doors, backend.directory().doors(*manager, property.id));
    const auto doorNamed = [&](const QString &name) -> const Door * {
        for (const Door &d : doors)
            if (d.name == name)
                return &d;
        return nullptr;
    };
    struct Spec
    {
        const char *name;
        int rssi;
        int battery;
        int driftSecs; // the door's clock is this far off before its next sync
        bool sync;     // synced at set-up: up to date
    };
    const Spec specs[] = {
        {"Lobby", -58, 91, -2, true},         {"Gym", -66, 74, 41, false},     {"Pool", -79, 63, -95, false},
        {"Package Room", -71, 17, 12, false}, {"Unit 101", -84, 88, 7, false},
    };
    for (const Spec &spec : specs) {
        const Door *target = doorNamed(QString::fromLatin1(spec.name));
        if (!target || target->commissioned)
            continue;
        const QString address = radio.addDoor(target->name, spec.rssi);
        door::Door *door = radio.door(address);
        door->setBattery(std::uint8_t(spec.battery));
        door->setFirmware("2.3.1");
        door->setClock(now() + spec.driftSecs, now());
        if (!door->openInstallMode(now()))
            return makeError(ErrorCode::Internal, demoText("A simulated door refused its install button."));
        PORTER_TRY(backend.devices().commission(*manager, target->id, *door));
        if (spec.sync) {
            auto link = sync::TransportFactory::create(sync::DoorAddress::bluetooth(address));
            if (!link.ok())
                return link.error();
            sync::SyncEngine engine(backend);
            PORTER_TRY(sync::syncBlocking(engine, *manager, target->id, **link));
        }
    }
    // Someone tried codes at the Gym's keypad: the lockout comes in at its next sync.
    for (const QString &address : radio.addresses()) {
        if (radio.label(address) == QLatin1String("Gym"))
            for (int i = 0; i < 6; ++i)
                radio.door(address)->decideDoorcode("1234567", now());
    }
    // A new lock on the roof terrace, its install button pressed: waiting to be commissioned.
    if (const Door *roof = doorNamed(QStringLiteral("Rooftop")); roof && !roof->commissioned) {
        const QString address = radio.addDoor(roof->name, -69);
        radio.door(address)->setFirmware("2.3.1");
        radio.pressInstallButton(address);
    }
    // The neighbouring building's door, commissioned by another property: heard, never Porter's.
    const QString neighbour = radio.addDoor(demoText("Neighbour's door"), -88);
    door::Commissioning other;
    other.propertyId = 9041;
    other.doorId = 3;
    other.propertyPublicKey = door::crypto::ed25519Generate().publicKey;
    other.doorcodeSecret = door::crypto::randomBytes(32);
    radio.door(neighbour)->openInstallMode(now());
    radio.door(neighbour)->commission(other);
    return {};
}

} // namespace

Result<SimulatedDemo> openSimulatedDemo(const QString &databasePath)
{
    SimulatedDemo out;
    const QString stateDir = databasePath + QStringLiteral(".simulated-doors");
    const bool firstTime = !QFileInfo::exists(QDir(stateDir).filePath(QString::fromLatin1(kManifest)));
    out.radio = std::make_shared<SimulatedRadio>(std::function<qint64()>{}, stateDir);
    if (!firstTime)
        return out;
    PORTER_TRY_ASSIGN(std::unique_ptr<Backend> backend, Backend::open(databasePath, Backend::Open::Create));
    PORTER_TRY_ASSIGN(const bool empty, backend->needsFirstRun());
    if (empty) {
        PORTER_TRY_ASSIGN(DemoSummary summary, backend->createDemo());
        out.created = summary;
    }
    // The set-up syncs through the radio it is building: install it for the time being.
    const std::shared_ptr<sync::Radio> previous = sync::Radio::installed();
    sync::Radio::install(out.radio);
    out.radio->setTiming(0, 0);
    const Status made =
        makeDemoDoors(*backend, *out.radio, []() { return QDateTime::currentSecsSinceEpoch(); });
    out.radio->setTiming(350, 4);
    sync::Radio::install(previous);
    if (!made.ok()) {
        if (made.error().code != ErrorCode::Unavailable)
            return made.error();
        // Not the demo database: one new door to commission, nothing of the property's own.
        out.radio->addDoor(demoText("New door"), -64);
    }
    return out;
}

} // namespace porter::demo
