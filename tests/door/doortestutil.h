#pragma once

// Shared fixtures for the door tests: a property, a commissioned door on simulated storage, a
// sync client wired to Porter's "last acknowledged list".

#include "door/crypto.h"
#include "door/door.h"
#include "door/sample.h"
#include "door/session.h"
#include "door/update.h"

#include <QtTest/qtestcase.h>
#include <memory>

// QTest prints these through ADL.
namespace porter::door {
inline char *toString(Reason r)
{
    return qstrdup(describe(r));
}
inline char *toString(UpdateError e)
{
    return qstrdup(describe(e));
}
inline char *toString(SyncError e)
{
    return qstrdup(describe(e));
}
inline char *toString(const Decision &d)
{
    return qstrdup((std::string(d.granted ? "granted/" : "denied/") + describe(d.reason) + "/" +
                    std::to_string(d.personId))
                       .c_str());
}
} // namespace porter::door

namespace porter::door::testutil {

struct Property
{
    std::uint32_t id = 7;
    crypto::KeyPair key = crypto::ed25519Generate();
    Bytes doorcodeSecret = crypto::randomBytes(32);
};

struct TestDoor
{
    MemoryStorage storage;
    std::unique_ptr<Door> door;
    Bytes identity;

    TestDoor(const Property &p, std::uint32_t doorId, DoorOptions options = {})
    {
        door = std::make_unique<Door>(storage, options);
        door->load();
        Commissioning c;
        c.propertyId = p.id;
        c.doorId = doorId;
        c.propertyPublicKey = p.key.publicKey;
        c.doorcodeSecret = p.doorcodeSecret;
        identity = door->commission(c);
    }
    // Simulates a reboot: a new Door object loads from the same storage.
    void reboot(DoorOptions options = {})
    {
        door = std::make_unique<Door>(storage, options);
        door->load();
    }
};

inline AccessList emptyList(std::uint32_t propertyId, std::uint32_t doorId)
{
    AccessList l;
    l.propertyId = propertyId;
    l.doorId = doorId;
    return l;
}

// Porter's side of one door: what it last recorded as acknowledged, and what it wants there.
struct PorterSide
{
    AccessList acknowledged; // last list the door acknowledged (version 0 = never synced)
    AccessList target;
    std::size_t linkPayload = 244;
    std::vector<ActivityEntry> storedActivity;
    bool preferDelta = true;

    std::optional<Bytes> updateFor(const DoorStatus &s, const Bytes &propertySeed) const
    {
        if (s.version == target.version && s.hash == hash(target))
            return std::nullopt;
        if (preferDelta && s.version == acknowledged.version && s.hash == hash(acknowledged) &&
            acknowledged.version)
            return makeDeltaUpdate(acknowledged, target, propertySeed);
        return makeFullUpdate(target, propertySeed);
    }
};

inline PorterSide makeSide(AccessList acknowledged, AccessList target, std::size_t linkPayload)
{
    PorterSide s;
    s.acknowledged = std::move(acknowledged);
    s.target = std::move(target);
    s.linkPayload = linkPayload;
    return s;
}

inline SyncClientConfig clientConfig(const Property &p, const TestDoor &d, PorterSide &side, std::int64_t now)
{
    SyncClientConfig c;
    c.propertyId = p.id;
    c.doorId = d.door->doorId();
    c.propertySeed = p.key.seed;
    c.doorIdentityPublicKey = d.identity;
    c.linkPayload = side.linkPayload;
    c.now = now;
    const Bytes seed = p.key.seed;
    c.updateFor = [&side, seed](const DoorStatus &s) { return side.updateFor(s, seed); };
    c.onActivity = [&side](const std::vector<ActivityEntry> &batch) {
        for (const ActivityEntry &e : batch)
            if (side.storedActivity.empty() || e.seq > side.storedActivity.back().seq)
                side.storedActivity.push_back(e); // dedupe by seq, as Porter must
        return true;
    };
    return c;
}

struct SyncOutcome
{
    SyncResult result;
    LoopbackStats stats;
    int roundTripsAfterSessionUp = 0;
    WireStats clientWire, doorWire;
};

// Runs one sync over the loopback; records the new version only if the door acknowledged it.
inline SyncOutcome sync(const Property &p, TestDoor &d, PorterSide &side, std::int64_t now,
                        const LoopbackOptions &options = {})
{
    SyncClient client(clientConfig(p, d, side, now));
    DoorSession session(*d.door, side.linkPayload);
    SyncOutcome out;
    out.stats = runLoopback(client, session, now, options);
    out.result = client.result();
    out.roundTripsAfterSessionUp = client.roundTripsAfterSessionUp();
    out.clientWire = client.wireStats();
    out.doorWire = session.wireStats();
    // Porter records a version only on the door's authenticated word: the Applied ack, or the
    // final Done (which also covers "the door already had it" after an interrupted sync).
    const Hash targetHash = hash(side.target);
    if ((out.result.applied && out.result.applied->version == side.target.version &&
         out.result.applied->hash == targetHash) ||
        (out.result.finalState && out.result.finalState->version == side.target.version &&
         out.result.finalState->hash == targetHash))
        side.acknowledged = side.target;
    return out;
}

} // namespace porter::door::testutil
