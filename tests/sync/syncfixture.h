#pragma once

#include "devices/deviceservice.h"
#include "door/door.h"
#include "fixture.h"
#include "kits/kitcourier.h"
#include "link/loopbacktransport.h"
#include "secrets/secretstore.h"
#include "sync/blocking.h"
#include "sync/internal/planner.h"
#include "sync/syncengine.h"

#include <map>

namespace porter::test {

// The base fixture plus Porter's secrets and reference doors in memory, commissioned on demand.
class SyncFixture : public Fixture
{
public:
    SyncFixture()
        : secrets(backend->secrets())
        , devices(backend->devices())
    {}

    struct EmulatedDoor
    {
        door::MemoryStorage storage;
        std::unique_ptr<door::Door> door;
    };

    door::Door &doorFor(Id doorId)
    {
        auto &slot = doors[doorId];
        if (!slot) {
            slot = std::make_unique<EmulatedDoor>();
            slot->door = std::make_unique<door::Door>(slot->storage);
            slot->door->load();
            // A fresh emulated door each time: a door Porter knew is one that was reset on site.
            auto st = devices.commission(owner, doorId, *slot->door, /*replaceIdentity=*/true);
            if (!st.ok())
                qFatal("commission failed: %s", qPrintable(st.error().message));
        }
        return *slot->door;
    }

    // Runs one sync to its end; lastReport then holds what it learnt, also when it failed.
    Result<sync::SyncReport> syncDoor(Id doorId, qint64 dropAfterBytes = -1, int linkPayload = 244,
                                      const Manager *actor = nullptr)
    {
        door::Door &d = doorFor(doorId);
        sync::LoopbackTransport transport(
            d, [this]() { return clock.nowSecs(); }, linkPayload);
        transport.setDropAfterBytes(dropAfterBytes);
        sync::SyncEngine engine(*db, clock, secrets);
        auto result = sync::syncBlocking(engine, actor ? *actor : owner, doorId, transport);
        lastReport = engine.report();
        return result;
    }

    QString doorcodeOf(Id personId, QDate day = {})
    {
        auto code = devices.doorcode(owner, personId, day);
        if (!code.ok())
            qFatal("doorcode failed: %s", qPrintable(code.error().message));
        return *code;
    }

    // Delivers the kit's part for doorId to the emulated door, as `kit deliver` does (no database), and keeps
    // the door's answer in the kit.
    Result<kits::KitAnswer> deliverKit(kits::FieldKit &kit, Id doorId)
    {
        door::Door &d = doorFor(doorId);
        sync::LoopbackTransport transport(d, [this]() { return clock.nowSecs(); });
        kits::KitCourier courier(clock);
        auto answer = sync::deliverBlocking(courier, kit, doorId, transport);
        if (answer.ok())
            kits::recordAnswer(*kit.door(doorId), *answer);
        return answer;
    }

    ListVersion ackedVersion(Id doorId) const
    {
        return versionFrom(
            db->scalar(QStringLiteral("SELECT ack_version FROM door WHERE id = ?"), {doorId}).value());
    }

    SecretStore &secrets;
    sync::DeviceService &devices;
    std::map<Id, std::unique_ptr<EmulatedDoor>> doors;
    sync::SyncReport lastReport;
};

} // namespace porter::test
