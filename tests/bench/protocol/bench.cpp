// Door protocol benchmark: real fragments of the real protocol over the in-memory loopback,
// turned into estimated Bluetooth LE times with the link model of docs/door-protocol.md
// ("Link model"). Prints one JSON object per line:
//   {"name": ..., "value": ..., "unit": ..., "baseline": ..., "target": ...}
// Usage: porter_bench_protocol [--packets-per-event N] [--interval-ms MS] [--quick]

#include "door/crypto.h"
#include "door/door.h"
#include "door/sample.h"
#include "door/session.h"
#include "door/update.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>

using namespace porter::door;

namespace {

struct LinkModel
{
    double intervalMs = 30.0; // connection interval
    int packetsPerEvent = 4;  // ATT packets per connection event, each direction
};

void line(const std::string &name, double value, const char *unit, const char *baseline = "null",
          const char *target = nullptr)
{
    std::printf("{\"name\": \"%s\", \"value\": %.6g, \"unit\": \"%s\", \"baseline\": %s", name.c_str(), value,
                unit, baseline);
    if (target)
        std::printf(", \"target\": %s", target);
    std::printf("}\n");
    std::fflush(stdout);
}

std::string num(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

struct Fixture
{
    crypto::KeyPair property = crypto::ed25519Generate();
    Bytes secret = crypto::randomBytes(32);
    std::uint32_t propertyId = 7;
};

struct Measure
{
    std::size_t bytesAfterSessionUp = 0; // encrypted record fragments, both directions
    std::size_t bytesTotal = 0;          // everything on the link, handshake included
    std::size_t fragmentsToDoor = 0, fragmentsToLaptop = 0;
    int roundTripsAfterSessionUp = 0;
    int roundTripsTotal = 0;
    std::size_t updateBytes = 0;
    bool ok = false;
};

// Commissions a door, brings it to `base` (if any), then measures one sync to `target`.
Measure measureSync(const Fixture &f, const AccessList *base, const AccessList &target, std::size_t payload)
{
    MemoryStorage storage;
    Door door(storage);
    door.load();
    const Bytes identity =
        door.commission(Commissioning{f.propertyId, target.doorId, f.property.publicKey, f.secret, 7});
    if (base)
        door.applyUpdate(makeFullUpdate(*base, f.property.seed), 0);
    // A realistic activity backlog since the last sync: 50 attempts.
    for (int i = 0; i < 50; ++i)
        door.decideCard("04A1B2C3D4E5F6", 1772460000 + i);
    SyncClientConfig cfg;
    cfg.propertyId = f.propertyId;
    cfg.doorId = target.doorId;
    cfg.propertySeed = f.property.seed;
    cfg.doorIdentityPublicKey = identity;
    cfg.linkPayload = payload;
    cfg.now = 1772460100;
    cfg.updateFor = [&](const DoorStatus &s) -> std::optional<Bytes> {
        if (base && s.version == base->version && s.hash == hash(*base))
            return makeDeltaUpdate(*base, target, f.property.seed);
        return makeFullUpdate(target, f.property.seed);
    };
    cfg.onActivity = [](const std::vector<ActivityEntry> &) { return true; };
    SyncClient client(cfg);
    DoorSession session(door, payload);
    const LoopbackStats stats = runLoopback(client, session, 1772460100);
    Measure m;
    m.ok = client.result().ok() && door.accessList() == target;
    m.bytesTotal = stats.bytesToDoor + stats.bytesToLaptop;
    m.bytesAfterSessionUp = client.wireStats().recordBytes + session.wireStats().recordBytes;
    m.fragmentsToDoor = stats.fragmentsToDoor;
    m.fragmentsToLaptop = stats.fragmentsToLaptop;
    m.roundTripsAfterSessionUp = client.roundTripsAfterSessionUp();
    m.roundTripsTotal = client.roundTrips();
    m.updateBytes = client.result().updateTotalBytes;
    return m;
}

// One over-the-air commissioning of a new door in install mode (docs/door-protocol.md,
// "Commissioning"): every byte and fragment both ways, and the laptop's waits for the door.
struct CommissionMeasure
{
    std::size_t bytesTotal = 0;
    std::size_t fragmentsToDoor = 0, fragmentsToLaptop = 0;
    std::size_t flights = 0; // lockstep turns in which anything moved (the loopback's count)
    bool ok = false;
};

CommissionMeasure measureCommissioning(const Fixture &f, std::size_t payload)
{
    MemoryStorage storage;
    Door door(storage);
    door.load();
    door.openInstallMode(1772460000);
    CommissionConfig cfg;
    cfg.propertyId = f.propertyId;
    cfg.doorId = 3;
    cfg.propertySeed = f.property.seed;
    cfg.doorcodeSecret = f.secret;
    cfg.linkPayload = payload;
    CommissionClient client(cfg);
    DoorSession session(door, payload);
    const LoopbackStats stats = runCommissionLoopback(client, session, 1772460000);
    CommissionMeasure m;
    m.ok = client.result().ok() && door.commissioned();
    m.bytesTotal = stats.bytesToDoor + stats.bytesToLaptop;
    m.fragmentsToDoor = stats.fragmentsToDoor;
    m.fragmentsToLaptop = stats.fragmentsToLaptop;
    m.flights = stats.flights;
    return m;
}

// Estimated BLE time (docs/door-protocol.md, "Link model"): each direction's packets need
// ceil(n / packetsPerEvent) connection events, plus one event per round trip.
double bleSeconds(const Measure &m, const LinkModel &link)
{
    const double events = std::ceil(double(m.fragmentsToDoor) / link.packetsPerEvent) +
                          std::ceil(double(m.fragmentsToLaptop) / link.packetsPerEvent) + m.roundTripsTotal;
    return events * link.intervalMs / 1000.0;
}

template<typename F> double medianNs(F &&f, int batches, int perBatch)
{
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(batches));
    for (int b = 0; b < batches; ++b) {
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < perBatch; ++i)
            f(i);
        const auto t1 = std::chrono::steady_clock::now();
        samples.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / perBatch);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

volatile std::uint64_t g_sink = 0;

// Keeps a result alive so the optimiser cannot drop the measured work.
void sink(std::uint64_t v)
{
    g_sink = g_sink + v;
}

} // namespace

int main(int argc, char **argv)
{
    LinkModel link;
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--packets-per-event") && i + 1 < argc)
            link.packetsPerEvent = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--interval-ms") && i + 1 < argc)
            link.intervalMs = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--quick"))
            quick = true;
    }
    Fixture f;
    sample::Shape big; // 2,000 app+doorcode persons + 1,000 cards = 5,000 credentials
    sample::Shape small;
    small.appAndDoorcodePersons = 600;
    small.cardPersons = 300; // 1,500 credentials
    small.seed = 2;
    const AccessList list5000 = sample::makeList(big);
    const AccessList list1500 = sample::makeList(small);

    // --- Snapshot size ---
    for (const AccessList *l : {&list1500, &list5000}) {
        const std::size_t creds = credentialCount(*l);
        const double per = double(encode(*l).size()) / double(creds);
        line("full_snapshot_bytes_per_credential_" + std::to_string(creds), per, "bytes/credential", "null",
             "24");
    }

    struct Case
    {
        std::string name;
        const AccessList *base;
        AccessList target;
    };
    std::vector<Case> cases;
    for (int changes : {1, 10, 100}) {
        AccessList target = sample::mutate(list5000, static_cast<std::size_t>(changes), 1000 + changes);
        cases.push_back({"delta_" + std::to_string(changes), &list5000, std::move(target)});
    }
    cases.push_back({"full_1500", nullptr, list1500});
    cases.push_back({"full_5000", nullptr, list5000});

    for (const Case &c : cases) {
        for (int mtu : {23, 247}) {
            const std::size_t payload = static_cast<std::size_t>(mtu - 3);
            const Measure m = measureSync(f, c.base, c.target, payload);
            if (!m.ok) {
                std::fprintf(stderr, "sync %s at MTU %d failed\n", c.name.c_str(), mtu);
                return 1;
            }
            const std::string p = c.name + "_mtu" + std::to_string(mtu);
            // Baseline: the signed update alone, i.e. the bytes with zero protocol overhead.
            line(p + "_bytes_after_session_up", double(m.bytesAfterSessionUp), "bytes",
                 num(double(m.updateBytes)).c_str());
            line(p + "_bytes_total", double(m.bytesTotal), "bytes", num(double(m.updateBytes)).c_str());
            line(p + "_round_trips_after_session_up", m.roundTripsAfterSessionUp, "round trips", "null",
                 c.name.rfind("delta", 0) == 0 ? "3" : nullptr);
            line(p + "_fragments", double(m.fragmentsToDoor + m.fragmentsToLaptop), "fragments");
            const char *target = nullptr;
            if (mtu == 247 && c.name == "delta_10")
                target = "1";
            if (mtu == 247 && c.name == "full_5000")
                target = "10";
            line(p + "_ble_seconds", bleSeconds(m, link), "s", "null", target);
        }
    }

    // --- Commissioning handshake ---
    for (int mtu : {23, 247}) {
        const CommissionMeasure m = measureCommissioning(f, static_cast<std::size_t>(mtu - 3));
        if (!m.ok) {
            std::fprintf(stderr, "commissioning at MTU %d failed\n", mtu);
            return 1;
        }
        const std::string p = "commission_mtu" + std::to_string(mtu);
        line(p + "_bytes_total", double(m.bytesTotal), "bytes");
        line(p + "_fragments", double(m.fragmentsToDoor + m.fragmentsToLaptop), "fragments");
        // Laptop-to-door exchanges: hello -> reply, (nonce reveal; the person compares), proof and
        // secret -> confirmation.
        line(p + "_flights", double(m.flights), "flights");
    }

    // --- Door decision time ---
    MemoryStorage storage;
    Door door(storage);
    door.load();
    door.commission(Commissioning{f.propertyId, list5000.doorId, f.property.publicKey, f.secret, 7});
    door.applyUpdate(makeFullUpdate(list5000, f.property.seed), 0);
    std::vector<std::string> serials;
    std::vector<std::uint32_t> doorcodePersons;
    for (const Holder &h : list5000.holders) {
        for (const std::string &s : h.cardSerials)
            serials.push_back(s);
        if (h.doorcode)
            doorcodePersons.push_back(h.personId);
    }
    const int batches = quick ? 51 : 301;
    const std::int64_t t = 1780000000; // mid-2026
    std::unordered_map<std::string, std::uint32_t> map;
    for (std::size_t i = 0; i < serials.size(); ++i)
        map.emplace(serials[i], static_cast<std::uint32_t>(i));
    const double mapNs = medianNs(
        [&](int i) { sink(map.find(serials[static_cast<std::size_t>(i) % serials.size()])->second); },
        batches, 1000);
    const Bytes block(32, 0x5A);
    const double shaNs = medianNs([&](int) { sink(crypto::sha256(block)[0]); }, batches, 200);
    line("baseline_unordered_map_lookup", mapNs, "ns");
    line("baseline_sha256_32_bytes", shaNs, "ns");
    const double evalNs = medianNs(
        [&](int i) {
            sink(evaluate(list5000, doorcodePersons[static_cast<std::size_t>(i) % doorcodePersons.size()],
                          CredentialKind::App, t)
                     .granted);
        },
        batches, 1000);
    line("door_evaluate_ns", evalNs, "ns", num(shaNs).c_str(), "50000");
    const double cardNs = medianNs(
        [&](int i) {
            sink(door.decideCard(serials[static_cast<std::size_t>(i) % serials.size()], t + i).granted);
        },
        batches, 100);
    line("door_decision_card_ns", cardNs, "ns", num(shaNs).c_str(), "50000");
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < 64; ++i)
        codes.push_back(door.doorcodeFor(doorcodePersons[i * 7 % doorcodePersons.size()], t));
    const double codeNs = medianNs(
        [&](int i) {
            sink(door.decideDoorcode(codes[static_cast<std::size_t>(i) % codes.size()], t + i).granted);
        },
        batches, 50);
    line("door_decision_doorcode_ns", codeNs, "ns", num(shaNs).c_str(), "50000");

    // --- Doorcode guessing under the lockout policy and failure budgets: a perfect attacker for one day ---
    MemoryStorage s2;
    Door target(s2);
    target.load();
    target.commission(Commissioning{f.propertyId, list5000.doorId, f.property.publicKey, f.secret, 7});
    int guesses = 0;
    for (std::int64_t now = t; now < t + 86400;) {
        if (now < target.lockout().lockedUntil) {
            now = target.lockout().lockedUntil;
            continue;
        }
        // Every evaluated guess is a failure; LockedOut answers (a spent hourly or daily budget)
        // are not guesses.
        if (target.decideDoorcode("0000000", now).reason != Reason::LockedOut)
            ++guesses;
        ++now;
    }
    line("doorcode_max_guesses_per_day", guesses, "guesses");
    for (double holders : {100.0, 1500.0, 5000.0}) {
        const double perGuess = holders / 1e7;
        const double perDay = 1.0 - std::pow(1.0 - perGuess, guesses);
        line("doorcode_guess_odds_per_day_" + num(holders) + "_holders", perDay, "probability");
    }
    return g_sink == 42 ? 1 : 0;
}
