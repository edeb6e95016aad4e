#pragma once

// The reference door: commissioning, offline decisions, atomic state, the activity ring, the
// update stage. Transport-free: the protocol side is DoorSession (session.h).
// Behaviour is specified in docs/door-protocol.md; doorcode odds in docs/doorcodes.md.

#include "door/accesslist.h"
#include "door/alarm.h"
#include "door/crypto.h"
#include "door/decision.h"
#include "door/doorcode.h"
#include "door/storage.h"
#include "door/update.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace porter::door {

struct Commissioning
{
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    Bytes propertyPublicKey; // 32-byte Ed25519
    Bytes doorcodeSecret;    // 32 bytes, the same for every door of the property
    int doorcodeDigits = kDefaultDoorcodeDigits;
    std::uint32_t doorcodeEpoch = 1;   // which rotation of the secret this is (1 = the first)
    std::uint32_t signingKeyEpoch = 1; // which rotation of the property's signing key propertyPublicKey is
};

// A rotation of the property's signing key (docs/door-protocol.md, "Rotating the signing key"): the
// key of epoch - 1 signs kKeyStepLabel | u32 propertyId | u32 epoch | 32 new public key. A door that
// holds the key of epoch e follows the steps e + 1, e + 2, … to the newest key, one signature each.
constexpr std::string_view kKeyStepLabel = "porter-property-key-v1";
// The most steps a door follows in one handshake: a door further behind is commissioned again.
constexpr std::size_t kMaxKeySteps = 16;
struct KeyStep
{
    std::uint32_t epoch = 0; // the new key's epoch, >= 2
    Bytes publicKey;         // 32-byte Ed25519, the new key
    Bytes signature;         // by the key of epoch - 1 over keyStepMessage()
    bool operator==(const KeyStep &) const = default;
};
Bytes keyStepMessage(std::uint32_t propertyId, std::uint32_t epoch, ByteView newPublicKey);
// Signed with the seed of the key of epoch - 1 (Porter, when it rotates the key).
KeyStep signKeyStep(ByteView previousSeed, std::uint32_t propertyId, std::uint32_t epoch,
                    ByteView newPublicKey);
// Follows steps from (key, epoch): steps at or below the epoch are skipped, the next one must be
// exactly epoch + 1 and verify with the key held so far. The newest key and its epoch, or nullopt
// when a step is out of order or does not verify.
struct SigningKey
{
    Bytes publicKey;
    std::uint32_t epoch = 0;
};
std::optional<SigningKey> followKeySteps(SigningKey from, std::uint32_t propertyId,
                                         const std::vector<KeyStep> &steps);

// A rotation of the property's doorcode secret for one door (docs/doorcodes.md, "Rotating the
// secret"): the property key signs kDoorcodeSecretLabel | u32 propertyId | u32 doorId | u32 epoch |
// 32 secret. It travels only inside an authenticated, encrypted session (record 0x26).
constexpr std::string_view kDoorcodeSecretLabel = "porter-doorcode-secret-v1";
Bytes doorcodeSecretMessage(std::uint32_t propertyId, std::uint32_t doorId, std::uint32_t epoch,
                            ByteView secret);
Bytes signDoorcodeSecret(ByteView propertySeed, std::uint32_t propertyId, std::uint32_t doorId,
                         std::uint32_t epoch, ByteView secret);

struct ActivityEntry
{
    std::uint64_t seq = 0;
    std::int64_t time = 0; // door clock, UTC seconds
    std::uint32_t personId = 0;
    CredentialKind kind = CredentialKind::Card;
    Reason reason = Reason::Unknown;
    AlarmKind alarm{};        // kind == Alarm only
    std::uint32_t detail = 0; // kind == Alarm only
    bool isAlarm() const { return kind == CredentialKind::Alarm; }
    bool granted() const { return !isAlarm() && reason == Reason::Granted; }
    // Granted entries and alarms are what an audit must not lose: a full ring drops a failure first.
    bool protectedFromEviction() const { return isAlarm() || reason == Reason::Granted; }
    // On disk and on the wire an entry is (person slot, kind byte, reason byte); an alarm keeps its
    // detail in the person slot and its AlarmKind in the reason byte.
    std::uint32_t personSlot() const { return isAlarm() ? detail : personId; }
    std::uint8_t reasonSlot() const
    {
        return isAlarm() ? static_cast<std::uint8_t>(alarm) : static_cast<std::uint8_t>(reason);
    }
    // The inverse; nullopt for an invalid kind or reason/alarm byte.
    static std::optional<ActivityEntry> fromSlots(std::uint64_t seq, std::int64_t time, std::uint32_t person,
                                                  std::uint8_t kind, std::uint8_t reason);
    bool operator==(const ActivityEntry &) const = default;
};

struct LockoutPolicy
{
    std::uint32_t failuresPerLockout = 5;
    std::int64_t firstLockoutSeconds = 60;
    std::int64_t maxLockoutSeconds = 3600;
    std::int64_t quietResetSeconds = 3600; // no failure for this long: back to level 0
    // Failure budgets per local clock hour and per local day: once spent, the keypad refuses every
    // code until the window rolls over (docs/doorcodes.md). 0 = no budget.
    std::uint32_t hourlyFailureBudget = 15;
    std::uint32_t dailyFailureBudget = 40;
};

struct LockoutState
{
    std::uint32_t failures = 0; // failures since the last lockout or reset (a success forgives none)
    std::uint32_t level = 0;    // lockouts so far; the next one lasts first << level (capped)
    std::int64_t lockedUntil = 0;
    std::int64_t lastFailure = 0;
    std::int64_t hour = 0;          // local hour number (local seconds / 3600) of hourFailures
    std::uint32_t hourFailures = 0; // failures in that hour
    std::int64_t day = 0;           // local day number of dayFailures
    std::uint32_t dayFailures = 0;  // failures on that day
    bool operator==(const LockoutState &) const = default;
};

struct DoorOptions
{
    std::size_t activityCapacity = 4096;
    LockoutPolicy lockout;
    std::int64_t challengeLifetimeSeconds = 30;
    // Install mode (docs/door-protocol.md, "Install mode"): opened only by the physical install
    // button, for this long, with at most this many pairing attempts.
    std::int64_t installWindowSeconds = 600;
    std::uint32_t maxPairingAttempts = 5;
};

enum class InstallMode
{
    Closed,    // nobody pressed the install button, or its window timed out
    Open,      // the window is open and pairing attempts remain
    Exhausted, // the window's attempts are used up: press the button again
};

struct StagedInfo
{
    ListVersion newVersion = 0; // 0 = nothing staged
    Hash newHash{};
    std::uint32_t totalLength = 0;
    std::uint32_t have = 0; // bytes of the signed update already stored
    bool operator==(const StagedInfo &) const = default;
};

struct DoorStatus
{
    bool commissioned = false;
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    ListVersion version = 0;
    Hash hash{};
    StagedInfo staged;
    std::uint8_t batteryPercent = 0;
    std::string firmware;
    std::int64_t doorClock = 0;         // door's UTC clock when the status was taken
    std::uint64_t activityFirstSeq = 0; // oldest unreleased entry
    std::uint64_t activityNextSeq = 0;  // seq the next entry will get
    std::uint64_t lostEntries = 0;      // entries dropped because the ring was full
    std::int64_t lastDriftSeconds = 0;  // door clock minus true time at the last clock set
    std::uint32_t doorcodeEpoch = 0;    // which rotation of the doorcode secret the door holds
    std::uint32_t signingKeyEpoch = 0;  // which rotation of the property's signing key the door holds
    bool operator==(const DoorStatus &) const = default;
};

enum class LoadResult
{
    Fresh,
    Loaded,
    Corrupt // unreadable or tampered: the door is faulted until deliberately reset
};

class Door
{
public:
    explicit Door(Storage &storage, DoorOptions options = {});
    ~Door();
    Door(const Door &) = delete;
    Door &operator=(const Door &) = delete;

    // Reads the state from storage. Fresh = no state (a new, uncommissioned door). Corrupt = a
    // state file exists but fails its checksum: the door stays uncommissioned and refuses all.
    LoadResult load();

    bool commissioned() const { return m_commissioned; }
    // The state failed to load (unreadable, tampered, bit rot): the door refuses everything —
    // unlocks, syncs and commissioning — until reset() is called by a deliberate local action.
    bool faulted() const { return m_faulted; }
    // Forgets everything (state, activity, stage, install window): a new, uncommissioned door that
    // is NOT in install mode. The emulator's `porter-door reset`; a firmware's long button press.
    bool reset();

    // Install mode: pressing the install button (`porter-door install`) opens a window of
    // installWindowSeconds on the host clock; only then does the door accept over-the-air
    // commissioning. Refused (false) when the door is commissioned or faulted.
    bool openInstallMode(std::int64_t hostNow);
    InstallMode installMode(std::int64_t hostNow);
    // Counts one pairing attempt against the open window, durably, before the door answers it.
    // False when install mode is not Open (or the count could not be stored).
    bool beginPairingAttempt(std::int64_t hostNow);
    // The person at the door saw the same pairing code on the door and on the laptop and pressed the
    // install button again (`porter-door confirm`): the door may now commit the pairing it shows.
    // Refused (false) outside an open install window.
    bool confirmPairing(std::int64_t hostNow);
    // Host time of the last confirmation press in the open install window (nullopt: none).
    std::optional<std::int64_t> pairingConfirmedAt(std::int64_t hostNow);
    // Once only: generates the door's identity key pair and stores everything. Returns the
    // identity public key for Porter to record; empty if already commissioned, the input is
    // invalid, or storage failed.
    Bytes commission(const Commissioning &c);
    // The same with an identity generated earlier (over-the-air commissioning signs the
    // handshake with it before committing).
    Bytes commission(const Commissioning &c, const crypto::KeyPair &identity);
    const Bytes &identityPublicKey() const { return m_identityPublic; }
    std::uint32_t propertyId() const { return m_propertyId; }
    std::uint32_t doorId() const { return m_doorId; }
    const Bytes &propertyPublicKey() const { return m_propertyPublic; }
    Bytes signWithIdentity(ByteView message) const;

    // --- Decisions (hostNow = the host's clock; the door adds its clock offset) ---
    Decision decideCard(std::string_view serial, std::int64_t hostNow);
    Decision decideDoorcode(std::string_view code, std::int64_t hostNow);
    // A fresh single-use challenge for an app unlock (valid challengeLifetimeSeconds).
    Bytes appChallenge(std::int64_t hostNow);
    Decision decideApp(ByteView certificate, ByteView response, std::int64_t hostNow);

    // --- Updates ---
    // Verifies and applies a whole signed update (any carrier). Atomic: on any error, or a power
    // cut during the write, the door keeps its old list.
    UpdateError applyUpdate(ByteView signedUpdate, std::int64_t hostNow);
    const AccessList &accessList() const { return m_list; }
    const Hash &listHash() const { return m_listHash; }

    // Resumable staging, used by DoorSession. beginStage accepts offset 0 (a new stage) or the
    // exact number of bytes already staged for the same (newVersion, newHash).
    StagedInfo staged() const { return m_stage; }
    UpdateError beginStage(ListVersion newVersion, const Hash &newHash, std::uint32_t totalLength,
                           std::uint32_t offset);
    // Appends bytes; when the stage is complete, verifies and applies it (result in *applied).
    UpdateError appendStage(ByteView data, std::int64_t hostNow, bool *complete);

    // --- Doorcode secret ---
    // Installs a rotated doorcode secret signed by the property key for this door. Accepts only an
    // epoch above the one held (NotNewer otherwise: replays and downgrades); atomic with the state
    // file. From then on only codes of the new secret open this door.
    UpdateError installDoorcodeSecret(std::uint32_t epoch, ByteView secret, ByteView signature);
    std::uint32_t doorcodeEpoch() const { return m_doorcodeEpoch; }

    // --- Signing key ---
    // Moves to the property's newer signing key by its signed steps (followKeySteps from the key held).
    // Atomic with the state file; NotNewer when the steps bring nothing newer, BadSignature when they do
    // not chain from the key held. From then on only the new key's updates, certificates and sessions
    // are taken: a removed holder's copy of an older key opens nothing here.
    UpdateError adoptSigningKey(const std::vector<KeyStep> &steps);
    std::uint32_t signingKeyEpoch() const { return m_signingKeyEpoch; }

    // --- Clock, battery, firmware ---
    // The door's clock never reads earlier than the newest signed issue time it has accepted
    // (an update cannot have been issued in the door's future): a clock that was set or fell back
    // cannot re-open an expired right or backdate activity (docs/door-protocol.md, "Clock").
    std::int64_t clock(std::int64_t hostNow) const
    {
        return std::max(hostNow + m_clockOffset, m_newestIssuedAt);
    }
    // Sets the clock and records the drift. Refused (false, nothing changes) when trueUtc is
    // earlier than newestIssuedAt(); a large backward step is recorded as an alarm.
    bool setClock(std::int64_t trueUtc, std::int64_t hostNow);
    std::int64_t newestIssuedAt() const { return m_newestIssuedAt; }
    // When the host clock has fallen behind newestIssuedAt(), moves the door's clock offset so the
    // clock restarts there and runs on (persisted; a ClockMovedBack alarm). Decisions and sessions
    // call it; a firmware would also call it at boot.
    void correctClock(std::int64_t hostNow);
    std::int64_t clockOffset() const
    {
        return m_clockOffset;
    } // door clock minus host clock, before the floor
    bool setBattery(std::uint8_t percent);
    bool setFirmware(std::string version);
    DoorStatus status(std::int64_t hostNow) const;

    // --- Activity ring ---
    std::vector<ActivityEntry> activity(std::uint64_t fromSeq, std::size_t max) const;
    std::size_t activityCount() const { return m_ring.size(); }
    // Releases entries with seq < upToSeq (Porter has stored them).
    bool acknowledgeActivity(std::uint64_t upToSeq);
    // Records an alarm durably in the activity ring (journal + snapshot, like a decision): it reaches
    // Porter at the next sync and is never displaced by failed attempts. docs/door-protocol.md, "Alarms".
    void raiseAlarm(AlarmKind kind, std::int64_t doorNow, std::uint32_t detail = 0);
    const LockoutState &lockout() const { return m_lockout; }

    // Today's doorcode at this door (the emulator's "what code would work" helper).
    std::string doorcodeFor(std::uint32_t personId, std::int64_t hostNow) const;

    // Parsers of the persisted files for the fuzzers: the input is a file without its trailing
    // SHA-256 (the entry point appends a valid one).
    static bool decodeStateFileForFuzz(ByteView bytes);
    static bool decodeRingFileForFuzz(ByteView bytes);

private:
    struct Snapshot;
    Bytes encodeState(const AccessList &list, const Hash &listHash, std::int64_t newestIssuedAt) const;
    bool decodeState(ByteView bytes);
    Bytes encodeRing() const;
    bool decodeRing(ByteView bytes);
    void replayJournal(ByteView bytes, bool *tornTail);
    bool persistState();
    bool persistRing();
    void record(CredentialKind kind, const Decision &d, std::int64_t doorNow);
    void append(const ActivityEntry &e);
    void pushToRing(const ActivityEntry &e);
    void rebuildCardIndex();
    const DoorcodeCipher &cipherFor(const CivilDate &date) const;
    void loadStage();
    void dropStage();
    UpdateError checkAndApply(ByteView signedUpdate, AccessList *out, Hash *outHash,
                              std::int64_t *issuedAt) const;
    struct InstallWindow
    {
        std::int64_t openUntil = 0; // host clock
        std::uint32_t attempts = 0;
        std::int64_t confirmedAt = 0; // host clock of the last confirmation press (0 = none)
    };
    std::optional<InstallWindow> readInstallWindow();
    bool writeInstallWindow(const InstallWindow &w);

    Storage &m_storage;
    DoorOptions m_options;
    bool m_commissioned = false;
    bool m_faulted = false;
    std::int64_t m_newestIssuedAt = 0; // newest issue time of an applied signed update
    std::uint32_t m_propertyId = 0;
    std::uint32_t m_doorId = 0;
    Bytes m_propertyPublic;
    Bytes m_identitySeed;
    Bytes m_identityPublic;
    Bytes m_doorcodeSecret;
    int m_doorcodeDigits = kDefaultDoorcodeDigits;
    std::uint32_t m_doorcodeEpoch = 0;
    std::uint32_t m_signingKeyEpoch = 0;
    std::int64_t m_clockOffset = 0;
    std::int64_t m_lastDrift = 0;
    std::uint8_t m_battery = 100;
    std::string m_firmware = "porter-door-ref 0.1.0";
    AccessList m_list;
    Hash m_listHash{};
    std::unordered_map<std::string, std::uint32_t> m_cardIndex;

    std::deque<ActivityEntry> m_ring;
    std::uint64_t m_nextSeq = 1;
    std::uint64_t m_lost = 0;
    std::size_t m_journalRecords = 0;
    LockoutState m_lockout;

    StagedInfo m_stage;

    Bytes m_challenge;
    std::int64_t m_challengeExpires = 0;
    mutable std::unique_ptr<DoorcodeCipher> m_cipher;
};

} // namespace porter::door
