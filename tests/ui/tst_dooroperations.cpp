// Door operations as a window runs them (issue 7, item 2): services built through the Backend, a
// loopback door, the real event loop under the offscreen platform. Commissioning and sync are
// asynchronous objects: start() returns before anything happens, progress and the pairing code
// arrive as signals while a timer keeps ticking (the window stays responsive, no nested loop), and
// cancel() midway leaves nothing recorded.
#include "app/backend.h"
#include "devices/commissioner.h"
#include "devices/deviceservice.h"
#include "door/door.h"
#include "door/storage.h"
#include "fixture.h"
#include "link/referencedoorend.h"
#include "link/transportfactory.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <vector>

using namespace porter;
using porter::test::Fixture;

namespace {

// A door on the bench: fresh storage, the reference door, and its end of an in-process link.
struct BenchDoor
{
    explicit BenchDoor(const Clock &clock)
        : door(storage)
        , end(std::make_shared<sync::ReferenceDoorEnd>(door, [&clock]() { return clock.nowSecs(); }))
    {
        door.load();
    }
    door::MemoryStorage storage;
    door::Door door;
    std::shared_ptr<sync::ReferenceDoorEnd> end;
};

// What a window would show: a progress bar and a stage label, fed by the operation's signals.
struct ProgressWindow
{
    ProgressWindow()
    {
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(&stage);
        layout->addWidget(&bar);
        widget.show();
    }
    void show(const sync::DoorProgress &p)
    {
        stage.setText(sync::describe(p.stage));
        if (p.updateTotal > 0) {
            bar.setMaximum(int(p.updateTotal));
            bar.setValue(int(p.updateSent));
        }
    }
    QWidget widget;
    QLabel stage;
    QProgressBar bar;
};

// Counts event-loop turns: a timer that only advances while the loop runs.
struct Ticker
{
    Ticker()
    {
        QObject::connect(&timer, &QTimer::timeout, &timer, [this]() { ++ticks; });
        timer.start(2);
    }
    QTimer timer;
    int ticks = 0;
};

// Waits in the test's own (outermost) loop, as QApplication::exec() would run, until `done`.
template<typename Predicate> bool runUntil(Predicate done, int timeoutMs = 20000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

// Every finished() of an operation, in order (Result has no default value, so no QSignalSpy).
template<typename T> struct Results
{
    template<typename Operation> explicit Results(Operation &operation)
    {
        QObject::connect(&operation, &Operation::finished, &operation,
                         [this](const Result<T> &r) { all.push_back(r); });
    }
    int count() const { return int(all.size()); }
    const Result<T> &at(int i) const { return all.at(std::size_t(i)); }
    std::vector<Result<T>> all;
};

std::unique_ptr<sync::Transport> loopbackTo(const BenchDoor &d, int payloadSize = 64)
{
    auto made = sync::TransportFactory::create(sync::DoorAddress::loopback(d.end, payloadSize));
    if (!made.ok())
        qFatal("no transport: %s", qPrintable(made.error().message));
    return std::move(made).value();
}

} // namespace

class TestDoorOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void commissionThenSyncWhileTheEventLoopRuns();
    void cancelledSyncRecordsNothing();
    void cancelledCommissioningStoresNothing();
    void bluetoothNeedsAnInstalledRadio();

private:
    void inviteMany(Fixture &f, int n);
};

void TestDoorOperations::inviteMany(Fixture &f, int n)
{
    for (int i = 0; i < n; ++i) {
        InviteRequest r = f.inviteRequest(QStringLiteral("guest%1@example.com").arg(i), {f.residentKey.id});
        r.method = AccessMethod::Doorcode;
        auto res = f.access->invite(f.owner, r);
        if (!res.ok())
            qFatal("invite failed: %s", qPrintable(res.error().message));
    }
}

void TestDoorOperations::commissionThenSyncWhileTheEventLoopRuns()
{
    Fixture f;
    inviteMany(f, 5);
    BenchDoor bench(f.clock);
    QVERIFY(bench.door.openInstallMode(f.clock.nowSecs())); // the install button
    ProgressWindow window;
    Ticker ticker;

    // --- Commissioning ---
    auto link = loopbackTo(bench);
    sync::Commissioner commissioner(*f.backend);
    int progressEvents = 0;
    int ticksAtCode = -1, ticksAtConfirm = -1;
    QString doorDisplay;
    connect(&commissioner, &sync::Commissioner::progress, &window.widget, [&](const sync::DoorProgress &p) {
        ++progressEvents;
        window.show(p);
    });
    connect(&commissioner, &sync::Commissioner::pairingCodeReady, &window.widget, [&](const QString &code) {
        ticksAtCode = ticker.ticks;
        doorDisplay = bench.end->pairingCode();
        // The person compares the codes and walks to the door: this takes a while, and the window
        // keeps running meanwhile. Then they press the door's button and confirm in Porter.
        QTimer::singleShot(40, &window.widget, [&, code]() {
            ticksAtConfirm = ticker.ticks;
            if (code == doorDisplay && bench.door.confirmPairing(f.clock.nowSecs()))
                commissioner.confirm();
            else
                commissioner.reject();
        });
    });
    Results<sync::CommissionReport> commissioned(commissioner);
    const int ticksAtStart = ticker.ticks;
    commissioner.start(f.owner, f.lobby.id, link.get());
    // start() returned before anything happened: no progress, no code, no result, no open link.
    QCOMPARE(progressEvents, 0);
    QCOMPARE(ticksAtCode, -1);
    QCOMPARE(commissioned.count(), 0);
    QVERIFY(!link->isOpen());
    QVERIFY(commissioner.running());
    QVERIFY(runUntil([&]() { return commissioned.count() == 1; }));
    const auto commissionResult = commissioned.at(0);
    QVERIFY2(commissionResult.ok(), why(commissionResult));
    QCOMPARE(commissionResult->pairingCode.size(), 6);
    QCOMPARE(commissionResult->pairingCode, doorDisplay); // both ends showed the same six digits
    QVERIFY(progressEvents > 0);
    QVERIFY2(ticksAtConfirm - ticksAtCode > 0, "the event loop ran while the person compared the codes");
    QVERIFY(ticker.ticks - ticksAtStart > 0);
    QVERIFY(bench.door.commissioned());
    QVERIFY(f.directory->door(f.owner, f.lobby.id)->commissioned);

    // --- Sync ---
    link = loopbackTo(bench, 20); // the smallest BLE payload: many fragments, many loop turns
    // The link tells its payload size when it opens, and not before.
    QCOMPARE(link->payloadSize(), 0);
    int announcedPayload = 0;
    connect(link.get(), &sync::Transport::opened, &window.widget, [&](int size) { announcedPayload = size; });
    sync::SyncEngine engine(*f.backend);
    QList<sync::DoorStage> stages;
    int ticksAtFirstProgress = -1;
    connect(&engine, &sync::SyncEngine::progress, &window.widget, [&](const sync::DoorProgress &p) {
        if (ticksAtFirstProgress < 0)
            ticksAtFirstProgress = ticker.ticks;
        if (stages.isEmpty() || stages.last() != p.stage)
            stages << p.stage;
        window.show(p);
    });
    Results<sync::SyncReport> synced(engine);
    engine.start(f.owner, f.lobby.id, link.get());
    QVERIFY(stages.isEmpty());
    QCOMPARE(ticksAtFirstProgress, -1);
    QCOMPARE(synced.count(), 0);
    QVERIFY(runUntil([&]() { return synced.count() == 1; }));
    const int ticksAtEnd = ticker.ticks;
    const auto syncResult = synced.at(0);
    QVERIFY2(syncResult.ok(), why(syncResult));
    QVERIFY(syncResult->versionRecorded);
    QCOMPARE(syncResult->updateKind, QStringLiteral("full"));
    QVERIFY2(ticksAtEnd - ticksAtFirstProgress > 0, "the event loop ran during the sync");
    QCOMPARE(announcedPayload, 20);
    QVERIFY(stages.contains(sync::DoorStage::Handshake));
    QVERIFY(stages.contains(sync::DoorStage::Updating));
    QCOMPARE(window.bar.value(), window.bar.maximum()); // the window showed the whole update going out
    QCOMPARE(ListVersion(bench.door.status(f.clock.nowSecs()).version), syncResult->newVersion);
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->ackedVersion, syncResult->newVersion);
}

void TestDoorOperations::cancelledSyncRecordsNothing()
{
    Fixture f;
    // A list longer than the door's receive window (8 KiB, docs/door-protocol.md §7): the update goes
    // out over several event-loop turns, so there is a "midway" to cancel at.
    inviteMany(f, 900);
    BenchDoor bench(f.clock);
    QVERIFY(f.backend->devices().commission(f.owner, f.lobby.id, bench.door).ok());
    const ListVersion heldVersion = bench.door.status(f.clock.nowSecs()).version;
    const auto before = f.snapshot();

    auto link = loopbackTo(bench, 244);
    sync::SyncEngine engine(*f.backend);
    Ticker ticker;
    std::optional<sync::DoorProgress> cancelledAt;
    connect(&engine, &sync::SyncEngine::progress, &engine, [&](const sync::DoorProgress &p) {
        // Midway through the update: some of it is at the door, the rest is not.
        if (!cancelledAt && p.stage == sync::DoorStage::Updating && p.updateSent > 0 &&
            p.updateSent < p.updateTotal) {
            cancelledAt = p;
            engine.cancel();
        }
    });
    Results<sync::SyncReport> finished(engine);
    engine.start(f.owner, f.lobby.id, link.get());
    QVERIFY(runUntil([&]() { return finished.count() == 1; }));
    QVERIFY2(cancelledAt.has_value(), qPrintable(QStringLiteral("the sync should have been cancelled midway "
                                                                "through the update (%1 bytes)")
                                                     .arg(engine.report().updateBytes)));
    QVERIFY(cancelledAt->updateTotal > 8192);
    QVERIFY(ticker.ticks > 0);
    const auto result = finished.at(0);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(!link->isOpen());
    // Nothing recorded: the door keeps its list, Porter its acknowledged version, and not a row of
    // the database changed (no activity, no door health, no journal entry).
    QCOMPARE(ListVersion(bench.door.status(f.clock.nowSecs()).version), heldVersion);
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->ackedVersion, ListVersion(0));
    QCOMPARE(f.snapshot(), before);
    // Nothing more arrives after the cancel, and the next sync goes through (resuming the stage).
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
    link = loopbackTo(bench, 244);
    engine.start(f.owner, f.lobby.id, link.get());
    QVERIFY(runUntil([&]() { return finished.count() == 2; }));
    const auto again = finished.at(1);
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(ListVersion(bench.door.status(f.clock.nowSecs()).version), again->newVersion);
}

void TestDoorOperations::cancelledCommissioningStoresNothing()
{
    Fixture f;
    BenchDoor bench(f.clock);
    QVERIFY(bench.door.openInstallMode(f.clock.nowSecs()));
    // The property's keys exist already (another door was commissioned): a cancelled commissioning
    // must leave every row as it was.
    BenchDoor other(f.clock);
    QVERIFY(f.backend->devices().commission(f.owner, f.gym.id, other.door).ok());
    const auto before = f.snapshot();

    auto link = loopbackTo(bench);
    sync::Commissioner commissioner(*f.backend);
    Ticker ticker;
    bool secretSent = false;
    connect(&commissioner, &sync::Commissioner::pairingCodeReady, &commissioner,
            [&](const QString &) { commissioner.confirm(); }); // the codes match in Porter...
    connect(&commissioner, &sync::Commissioner::progress, &commissioner, [&](const sync::DoorProgress &p) {
        // ...the secret went out, and while Porter waits for the door's own confirmation the
        // manager cancels.
        if (p.stage == sync::DoorStage::Commissioning && !secretSent) {
            secretSent = true;
            QTimer::singleShot(10, &commissioner, &sync::Commissioner::cancel);
        }
    });
    Results<sync::CommissionReport> finished(commissioner);
    commissioner.start(f.owner, f.lobby.id, link.get());
    QVERIFY(runUntil([&]() { return finished.count() == 1; }));
    QVERIFY(secretSent);
    QVERIFY(ticker.ticks > 0);
    const auto result = finished.at(0);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(!link->isOpen());
    // No door identity stored, nothing else either; and the door, its link gone, commits nothing
    // even when its button is pressed now.
    QVERIFY(!f.directory->door(f.owner, f.lobby.id)->commissioned);
    QCOMPARE(f.snapshot(), before);
    bench.door.confirmPairing(f.clock.nowSecs());
    QVERIFY(!bench.door.commissioned());

    // Cancelled before the link even opened: the same.
    link = loopbackTo(bench);
    commissioner.start(f.owner, f.lobby.id, link.get());
    commissioner.cancel();
    QVERIFY(runUntil([&]() { return finished.count() == 2; }));
    QCOMPARE(finished.at(1).error().code, ErrorCode::Cancelled);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(f.snapshot(), before);
}

void TestDoorOperations::bluetoothNeedsAnInstalledRadio()
{
    auto made =
        sync::TransportFactory::create(sync::DoorAddress::bluetooth(QStringLiteral("AA:BB:CC:DD:EE:FF")));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, ErrorCode::Unavailable);
    QVERIFY2(made.error().message.contains(QStringLiteral("built without Bluetooth")),
             qPrintable(made.error().message));
    // The factory refuses what no link can carry, before anything is opened.
    const FixedClock clock;
    BenchDoor bench(clock);
    QVERIFY(!sync::TransportFactory::create(sync::DoorAddress::loopback(bench.end, 10)).ok());
    QVERIFY(!sync::TransportFactory::create(sync::DoorAddress::loopback(nullptr)).ok());
    QVERIFY(!sync::TransportFactory::create(sync::DoorAddress::tcp(QStringLiteral("127.0.0.1"), 0)).ok());
    auto tcp = sync::TransportFactory::create(sync::DoorAddress::tcp(QStringLiteral("127.0.0.1"), 40123, 64));
    QVERIFY2(tcp.ok(), why(tcp));
    QCOMPARE((*tcp)->describe(), QStringLiteral("127.0.0.1:40123"));
    QVERIFY(!(*tcp)->isOpen());
}

QTEST_MAIN(TestDoorOperations)
#include "tst_dooroperations.moc"
