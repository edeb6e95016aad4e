#include "door/door.h"

#include "door/certificate.h"
#include "door/crypto.h"

#include <algorithm>

namespace porter::door {

namespace {

const std::string kStateFile = "door.state";
const std::string kRingFile = "door.ring";
const std::string kJournalFile = "door.journal";
const std::string kStageFile = "door.stage";
const std::string kInstallFile = "door.install";

constexpr std::uint8_t kStateMagic[4] = {'P', 'D', 'S', '1'};
// State format 3: format 2 and the signing key's epoch. Format 2: the doorcode epoch, the newest signed
// issue time and a list with u32 key generations; format 1 (one-byte generations, neither field). Both
// are still read (their signing key is the first one).
constexpr std::uint8_t kStateFormat = 3;
constexpr std::uint8_t kStateFormatNoKeyEpoch = 2;
constexpr std::uint8_t kStateFormatU8Generation = 1;
constexpr std::uint8_t kRingMagicV1[4] = {'P', 'D', 'R', '1'}; // read only: lockout without budgets
constexpr std::uint8_t kRingMagic[4] = {'P', 'D', 'R', '2'};
constexpr std::uint8_t kStageMagic[4] = {'P', 'S', 'T', '1'};
constexpr std::uint8_t kInstallMagic[4] = {'P', 'I', 'M', '1'};
// A clock set that moves the door's clock back by more than this is reported as an alarm (months
// of ordinary drift stay below it; a refused clock set is always reported).
constexpr std::int64_t kClockBackAlarmSeconds = 600;
constexpr std::size_t kStageHeaderSize = 4 + 8 + 32 + 4;
constexpr std::size_t kChecksumSize = 32;
constexpr std::size_t kJournalCheckSize = 4;

// Appends SHA-256 of the content: a state file that fails it (bit rot, a foreign file) is
// refused rather than half-trusted.
Bytes sealFile(Bytes content)
{
    const crypto::Hash h = crypto::sha256(content);
    content.insert(content.end(), h.begin(), h.end());
    return content;
}

std::optional<ByteView> openFile(ByteView bytes, const std::uint8_t (&magic)[4])
{
    if (bytes.size() < 4 + kChecksumSize || !std::equal(magic, magic + 4, bytes.begin()))
        return std::nullopt;
    const ByteView content = bytes.first(bytes.size() - kChecksumSize);
    const crypto::Hash h = crypto::sha256(content);
    if (!constantTimeEqual(crypto::view(h), bytes.subspan(content.size())))
        return std::nullopt;
    return content.subspan(4);
}

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'a' && c <= 'f')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

void writeLockout(Writer &w, const LockoutState &l)
{
    w.varint(l.failures);
    w.varint(l.level);
    w.svarint(l.lockedUntil);
    w.svarint(l.lastFailure);
}

// The failure budgets (ring format 2, and a trailer of each journal record).
void writeBudgets(Writer &w, const LockoutState &l)
{
    w.svarint(l.hour);
    w.varint(l.hourFailures);
    w.svarint(l.day);
    w.varint(l.dayFailures);
}

LockoutState readLockout(Reader &r)
{
    LockoutState l;
    l.failures = r.varint32();
    l.level = r.varint32();
    l.lockedUntil = r.svarint();
    l.lastFailure = r.svarint();
    return l;
}

void readBudgets(Reader &r, LockoutState &l)
{
    l.hour = r.svarint();
    l.hourFailures = r.varint32();
    l.day = r.svarint();
    l.dayFailures = r.varint32();
}

bool validReason(std::uint8_t v)
{
    return v <= static_cast<std::uint8_t>(Reason::CertificateExpired);
}

bool validKind(std::uint8_t v)
{
    return v >= 1 && v <= 4;
}

} // namespace

std::optional<ActivityEntry> ActivityEntry::fromSlots(std::uint64_t seq, std::int64_t time,
                                                      std::uint32_t person, std::uint8_t kind,
                                                      std::uint8_t reason)
{
    if (!validKind(kind))
        return std::nullopt;
    ActivityEntry e;
    e.seq = seq;
    e.time = time;
    e.kind = static_cast<CredentialKind>(kind);
    if (e.isAlarm()) {
        if (!validAlarmKind(reason))
            return std::nullopt;
        e.alarm = static_cast<AlarmKind>(reason);
        e.detail = person;
    } else {
        if (!validReason(reason))
            return std::nullopt;
        e.reason = static_cast<Reason>(reason);
        e.personId = person;
    }
    return e;
}

Door::Door(Storage &storage, DoorOptions options)
    : m_storage(storage)
    , m_options(options)
{
    if (m_options.activityCapacity == 0)
        m_options.activityCapacity = 1;
}

Door::~Door()
{
    crypto::wipe(m_identitySeed);
    crypto::wipe(m_doorcodeSecret);
}

// --- Persistence ----------------------------------------------------------------------------

Bytes keyStepMessage(std::uint32_t propertyId, std::uint32_t epoch, ByteView newPublicKey)
{
    Writer w;
    w.raw(reinterpret_cast<const std::uint8_t *>(kKeyStepLabel.data()), kKeyStepLabel.size());
    w.u32(propertyId);
    w.u32(epoch);
    w.raw(newPublicKey);
    return w.take();
}

KeyStep signKeyStep(ByteView previousSeed, std::uint32_t propertyId, std::uint32_t epoch,
                    ByteView newPublicKey)
{
    KeyStep step;
    if (epoch < 2 || newPublicKey.size() != 32)
        return step;
    step.epoch = epoch;
    step.publicKey.assign(newPublicKey.begin(), newPublicKey.end());
    step.signature = crypto::ed25519Sign(previousSeed, keyStepMessage(propertyId, epoch, newPublicKey));
    return step;
}

std::optional<SigningKey> followKeySteps(SigningKey from, std::uint32_t propertyId,
                                         const std::vector<KeyStep> &steps)
{
    for (const KeyStep &step : steps) {
        if (step.epoch <= from.epoch)
            continue; // a step the holder already took
        if (step.epoch != from.epoch + 1 || step.publicKey.size() != 32 ||
            step.signature.size() != crypto::kSignatureSize ||
            !crypto::ed25519Verify(from.publicKey, keyStepMessage(propertyId, step.epoch, step.publicKey),
                                   step.signature))
            return std::nullopt;
        from = SigningKey{step.publicKey, step.epoch};
    }
    return from;
}

Bytes doorcodeSecretMessage(std::uint32_t propertyId, std::uint32_t doorId, std::uint32_t epoch,
                            ByteView secret)
{
    Writer w;
    w.raw(reinterpret_cast<const std::uint8_t *>(kDoorcodeSecretLabel.data()), kDoorcodeSecretLabel.size());
    w.u32(propertyId);
    w.u32(doorId);
    w.u32(epoch);
    w.raw(secret);
    return w.take();
}

Bytes signDoorcodeSecret(ByteView propertySeed, std::uint32_t propertyId, std::uint32_t doorId,
                         std::uint32_t epoch, ByteView secret)
{
    if (secret.size() != 32)
        return {};
    return crypto::ed25519Sign(propertySeed, doorcodeSecretMessage(propertyId, doorId, epoch, secret));
}

Bytes Door::encodeState(const AccessList &list, const Hash &listHash, std::int64_t newestIssuedAt) const
{
    Writer w;
    w.raw(kStateMagic, 4);
    w.u8(kStateFormat);
    w.u8(m_commissioned ? 1 : 0);
    if (m_commissioned) {
        w.u32(m_propertyId);
        w.u32(m_doorId);
        w.raw(m_propertyPublic);
        w.raw(m_identitySeed);
        w.raw(m_doorcodeSecret);
        w.u8(static_cast<std::uint8_t>(m_doorcodeDigits));
        w.u32(m_doorcodeEpoch);
        w.u32(m_signingKeyEpoch);
    }
    w.svarint(m_clockOffset);
    w.svarint(m_lastDrift);
    w.u8(m_battery);
    w.str(m_firmware);
    w.svarint(newestIssuedAt);
    w.blob(encode(list));
    w.raw(listHash);
    return sealFile(w.take());
}

bool Door::decodeState(ByteView bytes)
{
    const auto content = openFile(bytes, kStateMagic);
    if (!content)
        return false;
    Reader r(*content);
    const std::uint8_t format = r.u8();
    if (format != kStateFormat && format != kStateFormatNoKeyEpoch && format != kStateFormatU8Generation)
        return false;
    const std::uint8_t commissioned = r.u8();
    if (commissioned > 1)
        return false;
    m_commissioned = commissioned == 1;
    if (m_commissioned) {
        m_propertyId = r.u32();
        m_doorId = r.u32();
        m_propertyPublic = r.rawCopy(32);
        m_identitySeed = r.rawCopy(32);
        m_doorcodeSecret = r.rawCopy(32);
        m_doorcodeDigits = r.u8();
        if (m_doorcodeDigits < 6 || m_doorcodeDigits > 9)
            return false;
        // Format 1 predates rotation: its secret is the first one.
        m_doorcodeEpoch = format == 1 ? 1 : r.u32();
        // Formats 1 and 2 predate signing-key rotation: their key is the first one.
        m_signingKeyEpoch = format < kStateFormat ? 1 : r.u32();
        if (m_doorcodeEpoch == 0 || m_signingKeyEpoch == 0)
            return false;
    }
    m_clockOffset = r.svarint();
    m_lastDrift = r.svarint();
    m_battery = r.u8();
    m_firmware = r.str(256);
    m_newestIssuedAt = format == 1 ? 0 : r.svarint(); // format 1 predates signed issue times
    const Bytes listBytes = r.blob(kMaxUpdateSize);
    const ByteView h = r.raw(32);
    if (!r.atEnd())
        return false;
    // Format 1 (earlier firmware) kept the list with one-byte key generations; its bytes are read
    // as such, never guessed at, and the list's hash becomes that of today's encoding.
    auto list = format != kStateFormatU8Generation ? decodeAccessList(listBytes)
                                                   : decodeLegacyU8GenerationList(listBytes);
    if (!list)
        return false;
    m_list = std::move(*list);
    std::copy(h.begin(), h.end(), m_listHash.begin());
    if (m_listHash != crypto::sha256(listBytes))
        return false;
    if (format == kStateFormatU8Generation)
        m_listHash = hash(m_list);
    if (m_commissioned) {
        m_identityPublic = crypto::ed25519PublicKey(m_identitySeed);
        if (m_identityPublic.empty())
            return false;
    }
    return true;
}

Bytes Door::encodeRing() const
{
    Writer w;
    w.raw(kRingMagic, 4);
    w.varint(m_nextSeq);
    w.varint(m_lost);
    writeLockout(w, m_lockout);
    writeBudgets(w, m_lockout);
    w.varint(m_ring.size());
    std::int64_t prevTime = 0;
    for (const ActivityEntry &e : m_ring) {
        // Strictly ascending, not necessarily consecutive: a full ring drops failures from the middle.
        w.varint(m_nextSeq - e.seq);
        w.svarint(e.time - prevTime);
        prevTime = e.time;
        w.varint(e.personSlot());
        w.u8(static_cast<std::uint8_t>(e.kind));
        w.u8(e.reasonSlot());
    }
    return sealFile(w.take());
}

bool Door::decodeRing(ByteView bytes)
{
    bool v1 = false;
    auto content = openFile(bytes, kRingMagic);
    if (!content) {
        content = openFile(bytes, kRingMagicV1);
        v1 = true;
    }
    if (!content)
        return false;
    Reader r(*content);
    const std::uint64_t nextSeq = r.varint();
    const std::uint64_t lost = r.varint();
    LockoutState lockout = readLockout(r);
    if (!v1)
        readBudgets(r, lockout);
    const std::uint64_t n = r.varint();
    if (r.failed() || n > m_options.activityCapacity || n >= nextSeq || n > r.remaining())
        return false;
    std::deque<ActivityEntry> ring;
    std::int64_t prevTime = 0;
    std::uint64_t prevSeq = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t back = r.varint();
        if (back == 0 || back >= nextSeq || nextSeq - back <= prevSeq)
            return false; // seqs strictly ascending, each in [1, nextSeq)
        const std::uint64_t seq = nextSeq - back;
        prevSeq = seq;
        const std::int64_t time = static_cast<std::int64_t>(static_cast<std::uint64_t>(prevTime) +
                                                            static_cast<std::uint64_t>(r.svarint()));
        prevTime = time;
        const std::uint32_t person = r.varint32();
        const std::uint8_t kind = r.u8();
        const std::uint8_t reason = r.u8();
        const auto e = ActivityEntry::fromSlots(seq, time, person, kind, reason);
        if (r.failed() || !e)
            return false;
        ring.push_back(*e);
    }
    if (!r.atEnd())
        return false;
    m_nextSeq = nextSeq;
    m_lost = lost;
    m_lockout = lockout;
    m_ring = std::move(ring);
    return true;
}

// The journal holds one record per decision since the last ring snapshot:
// [u8 length][payload][first 4 bytes of SHA-256(payload)]. A torn tail is ignored.
void Door::replayJournal(ByteView bytes, bool *tornTail)
{
    Reader r(bytes);
    *tornTail = false;
    m_journalRecords = 0;
    while (r.remaining() > 0) {
        const std::uint8_t len = r.u8();
        const ByteView payload = r.raw(len);
        const ByteView check = r.raw(kJournalCheckSize);
        if (r.failed() ||
            !constantTimeEqual(crypto::view(crypto::sha256(payload)).first(kJournalCheckSize), check)) {
            *tornTail = true;
            return;
        }
        Reader p(payload);
        const std::uint64_t seq = p.varint();
        const std::int64_t time = p.svarint();
        const std::uint32_t person = p.varint32();
        const std::uint8_t kind = p.u8();
        const std::uint8_t reason = p.u8();
        LockoutState lockout = readLockout(p);
        if (!p.failed() && !p.atEnd())
            readBudgets(p, lockout); // absent in records written before the budgets existed
        const auto entry = ActivityEntry::fromSlots(seq, time, person, kind, reason);
        if (p.failed() || !p.atEnd() || !entry) {
            *tornTail = true;
            return;
        }
        const ActivityEntry &e = *entry;
        ++m_journalRecords;
        if (e.seq < m_nextSeq)
            continue; // already in the snapshot
        if (e.seq != m_nextSeq) {
            *tornTail = true;
            return;
        }
        pushToRing(e);
        m_nextSeq = e.seq + 1;
        m_lockout = lockout;
    }
}

bool Door::persistState()
{
    // A faulted door writes nothing: rewriting a valid file over the damaged one would end the
    // fault without the deliberate reset (docs/door-protocol.md, "Install mode").
    if (m_faulted)
        return false;
    return m_storage.replaceAtomically(kStateFile, encodeState(m_list, m_listHash, m_newestIssuedAt));
}

bool Door::persistRing()
{
    if (m_faulted)
        return false;
    // Snapshot first, then empty the journal: a cut in between replays records the snapshot
    // already holds, which replayJournal skips by sequence number.
    if (!m_storage.replaceAtomically(kRingFile, encodeRing()))
        return false;
    m_journalRecords = 0;
    return m_storage.replaceAtomically(kJournalFile, {});
}

LoadResult Door::load()
{
    m_commissioned = false;
    m_faulted = false;
    m_newestIssuedAt = 0;
    m_list = AccessList{};
    m_listHash = hash(m_list);
    m_ring.clear();
    m_nextSeq = 1;
    m_lost = 0;
    m_lockout = {};
    m_stage = {};
    // A state that exists but cannot be read or fails its checksum is never taken for a new door:
    // that would hand the door to whoever commissions it next (docs/door-protocol.md, "Install mode").
    auto faulted = [this]() {
        m_commissioned = false;
        m_faulted = true;
        m_list = AccessList{};
        m_listHash = hash(m_list);
        m_ring.clear();
        return LoadResult::Corrupt;
    };
    m_doorcodeEpoch = 0;
    m_signingKeyEpoch = 0;
    m_cipher.reset();
    const auto state = m_storage.read(kStateFile);
    if (!state) {
        if (m_storage.exists(kStateFile) || m_storage.exists(kRingFile) || m_storage.exists(kJournalFile))
            return faulted();
        m_listHash = hash(m_list);
        return LoadResult::Fresh;
    }
    if (!decodeState(*state))
        return faulted();
    rebuildCardIndex();
    if (const auto ring = m_storage.read(kRingFile)) {
        if (!decodeRing(*ring))
            return faulted();
    } else if (m_storage.exists(kRingFile)) {
        return faulted();
    }
    bool torn = false;
    if (const auto journal = m_storage.read(kJournalFile))
        replayJournal(*journal, &torn);
    if (torn)
        persistRing(); // later appends must not land behind garbage
    loadStage();
    return LoadResult::Loaded;
}

Bytes Door::commission(const Commissioning &c)
{
    return commission(c, crypto::ed25519Generate());
}

Bytes Door::commission(const Commissioning &c, const crypto::KeyPair &identity)
{
    if (m_commissioned || m_faulted || c.propertyPublicKey.size() != 32 || c.doorcodeSecret.size() != 32 ||
        c.doorcodeDigits < 6 || c.doorcodeDigits > 9 || c.doorcodeEpoch == 0 || c.signingKeyEpoch == 0 ||
        identity.seed.size() != 32 || crypto::ed25519PublicKey(identity.seed) != identity.publicKey)
        return {};
    m_commissioned = true;
    m_propertyId = c.propertyId;
    m_doorId = c.doorId;
    m_propertyPublic = c.propertyPublicKey;
    m_identitySeed = identity.seed;
    m_identityPublic = identity.publicKey;
    m_doorcodeSecret = c.doorcodeSecret;
    m_doorcodeDigits = c.doorcodeDigits;
    m_doorcodeEpoch = c.doorcodeEpoch;
    m_signingKeyEpoch = c.signingKeyEpoch;
    m_list = AccessList{};
    m_list.propertyId = c.propertyId;
    m_list.doorId = c.doorId;
    m_listHash = hash(m_list);
    m_cipher.reset();
    if (!persistState()) {
        m_commissioned = false;
        return {};
    }
    if (!persistRing()) {
        // The state says commissioned but the laptop will not hear so: undo it, so the door stays
        // new rather than belong to a property that never recorded it.
        m_commissioned = false;
        if (!m_storage.remove(kStateFile) || !m_storage.syncDir())
            m_faulted = true; // storage cannot be trusted: refuse everything until reset
        return {};
    }
    // The install window closes with the commissioning it was opened for.
    m_storage.remove(kInstallFile);
    m_storage.syncDir();
    return m_identityPublic;
}

// --- Install mode and reset -----------------------------------------------------------------

std::optional<Door::InstallWindow> Door::readInstallWindow()
{
    const auto bytes = m_storage.read(kInstallFile);
    if (!bytes)
        return std::nullopt;
    const auto content = openFile(*bytes, kInstallMagic);
    if (!content)
        return std::nullopt; // a damaged window is a closed one
    Reader r(*content);
    InstallWindow w;
    w.openUntil = r.svarint();
    w.attempts = r.varint32();
    w.confirmedAt = r.svarint();
    if (!r.atEnd())
        return std::nullopt;
    return w;
}

bool Door::writeInstallWindow(const InstallWindow &w)
{
    Writer out;
    out.raw(kInstallMagic, 4);
    out.svarint(w.openUntil);
    out.varint(w.attempts);
    out.svarint(w.confirmedAt);
    return m_storage.replaceAtomically(kInstallFile, sealFile(out.take()));
}

bool Door::openInstallMode(std::int64_t hostNow)
{
    if (m_commissioned || m_faulted)
        return false;
    return writeInstallWindow(InstallWindow{hostNow + m_options.installWindowSeconds, 0});
}

InstallMode Door::installMode(std::int64_t hostNow)
{
    if (m_commissioned || m_faulted)
        return InstallMode::Closed;
    const auto w = readInstallWindow();
    if (!w || hostNow >= w->openUntil || hostNow < w->openUntil - m_options.installWindowSeconds)
        return InstallMode::Closed;
    return w->attempts >= m_options.maxPairingAttempts ? InstallMode::Exhausted : InstallMode::Open;
}

bool Door::beginPairingAttempt(std::int64_t hostNow)
{
    if (installMode(hostNow) != InstallMode::Open)
        return false;
    auto w = readInstallWindow();
    ++w->attempts;
    w->confirmedAt = 0; // a press counts only for the pairing it was made for
    // Counted before the door answers, so cutting the power cannot buy extra attempts.
    return writeInstallWindow(*w);
}

bool Door::confirmPairing(std::int64_t hostNow)
{
    if (installMode(hostNow) == InstallMode::Closed)
        return false;
    auto w = readInstallWindow();
    w->confirmedAt = hostNow;
    return writeInstallWindow(*w);
}

std::optional<std::int64_t> Door::pairingConfirmedAt(std::int64_t hostNow)
{
    if (installMode(hostNow) == InstallMode::Closed)
        return std::nullopt;
    const auto w = readInstallWindow();
    if (!w || !w->confirmedAt)
        return std::nullopt;
    return w->confirmedAt;
}

bool Door::reset()
{
    bool ok = true;
    for (const std::string *name : {&kStateFile, &kRingFile, &kJournalFile, &kStageFile, &kInstallFile})
        if (m_storage.exists(*name))
            ok = m_storage.remove(*name) && ok;
    ok = m_storage.syncDir() && ok;
    if (!ok)
        return false;
    crypto::wipe(m_identitySeed);
    crypto::wipe(m_doorcodeSecret);
    m_cipher.reset();
    m_propertyPublic.clear();
    m_identityPublic.clear();
    m_propertyId = 0;
    m_doorId = 0;
    m_clockOffset = 0;
    m_lastDrift = 0;
    m_journalRecords = 0;
    m_challenge.clear();
    load();
    return true;
}

Bytes Door::signWithIdentity(ByteView message) const
{
    return crypto::ed25519Sign(m_identitySeed, message);
}

void Door::rebuildCardIndex()
{
    m_cardIndex.clear();
    for (const Holder &h : m_list.holders)
        for (const std::string &s : h.cardSerials)
            m_cardIndex.emplace(s, h.personId);
}

// --- Decisions ------------------------------------------------------------------------------

void Door::pushToRing(const ActivityEntry &e)
{
    if (m_ring.size() >= m_options.activityCapacity) {
        // Logging never blocks access: an unreleased entry goes and the loss is counted. The oldest
        // failure goes first, so a flood of bad attempts cannot push grants or alarms out; only a
        // ring holding nothing but grants and alarms drops its oldest entry.
        auto victim = std::find_if(m_ring.begin(), m_ring.end(),
                                   [](const ActivityEntry &x) { return !x.protectedFromEviction(); });
        if (victim == m_ring.end())
            victim = m_ring.begin();
        m_ring.erase(victim);
        ++m_lost;
    }
    m_ring.push_back(e);
}

void Door::record(CredentialKind kind, const Decision &d, std::int64_t doorNow)
{
    ActivityEntry e;
    e.time = doorNow;
    e.personId = d.personId;
    e.kind = kind;
    e.reason = d.reason;
    append(e);
}

void Door::raiseAlarm(AlarmKind kind, std::int64_t doorNow, std::uint32_t detail)
{
    ActivityEntry e;
    e.time = doorNow;
    e.kind = CredentialKind::Alarm;
    e.alarm = kind;
    e.detail = detail;
    append(e);
}

void Door::append(const ActivityEntry &entry)
{
    if (m_faulted)
        return; // nothing is recorded (or compacted) over a damaged ring; the decision stands
    ActivityEntry e = entry;
    e.seq = m_nextSeq++;
    pushToRing(e);
    Writer p;
    p.varint(e.seq);
    p.svarint(e.time);
    p.varint(e.personSlot());
    p.u8(static_cast<std::uint8_t>(e.kind));
    p.u8(e.reasonSlot());
    writeLockout(p, m_lockout);
    writeBudgets(p, m_lockout);
    Writer rec;
    rec.u8(static_cast<std::uint8_t>(p.bytes().size()));
    rec.raw(p.bytes());
    rec.raw(crypto::view(crypto::sha256(p.bytes())).first(kJournalCheckSize));
    // A failed journal write loses at most this entry; the decision stands either way.
    if (m_storage.append(kJournalFile, rec.bytes()) && m_storage.sync(kJournalFile))
        ++m_journalRecords;
    if (m_journalRecords >= m_options.activityCapacity)
        persistRing();
}

void Door::correctClock(std::int64_t hostNow)
{
    if (m_faulted || !m_commissioned || hostNow + m_clockOffset >= m_newestIssuedAt)
        return;
    // The host clock fell behind the newest signed update (a flat backup battery, a reset RTC):
    // restart the door's clock there and let it run on, rather than stop it at the floor.
    const std::int64_t gap = m_newestIssuedAt - (hostNow + m_clockOffset);
    m_clockOffset = m_newestIssuedAt - hostNow;
    persistState();
    raiseAlarm(AlarmKind::ClockMovedBack, m_newestIssuedAt,
               static_cast<std::uint32_t>(std::min<std::int64_t>(gap, UINT32_MAX)));
}

Decision Door::decideCard(std::string_view serial, std::int64_t hostNow)
{
    correctClock(hostNow);
    const std::int64_t now = clock(hostNow);
    Decision d;
    if (!m_commissioned) {
        d = {false, Reason::NotCommissioned, 0};
    } else {
        auto it = m_cardIndex.find(upper(serial));
        d = it == m_cardIndex.end() ? Decision{false, Reason::Unknown, 0}
                                    : evaluate(m_list, it->second, CredentialKind::Card, now);
    }
    record(CredentialKind::Card, d, now);
    return d;
}

const DoorcodeCipher &Door::cipherFor(const CivilDate &date) const
{
    if (!m_cipher || !(m_cipher->date() == date))
        m_cipher = std::make_unique<DoorcodeCipher>(m_doorcodeSecret, date, m_doorcodeDigits);
    return *m_cipher;
}

std::string Door::doorcodeFor(std::uint32_t personId, std::int64_t hostNow) const
{
    if (!m_commissioned)
        return {};
    const std::int64_t local = localTime(m_list, clock(hostNow));
    const DoorcodeCipher &c = cipherFor(civilFromDays(localDay(local)));
    return c.format(c.encrypt(personId));
}

Decision Door::decideDoorcode(std::string_view code, std::int64_t hostNow)
{
    correctClock(hostNow);
    const std::int64_t now = clock(hostNow);
    const LockoutPolicy &policy = m_options.lockout;
    Decision d;
    if (!m_commissioned) {
        d = {false, Reason::NotCommissioned, 0};
        record(CredentialKind::Doorcode, d, now);
        return d;
    }
    // Budget windows are the local clock hour and the local day (the doorcode day): a spent budget
    // refuses every code until the window rolls over (docs/doorcodes.md).
    const std::int64_t local = localTime(m_list, now);
    const std::int64_t hour = local >= 0 ? local / 3600 : -((-local + 3599) / 3600);
    const std::int64_t day = localDay(local);
    if (m_lockout.hour != hour) {
        m_lockout.hour = hour;
        m_lockout.hourFailures = 0;
    }
    if (m_lockout.day != day) {
        m_lockout.day = day;
        m_lockout.dayFailures = 0;
    }
    const bool hourSpent = policy.hourlyFailureBudget && m_lockout.hourFailures >= policy.hourlyFailureBudget;
    const bool daySpent = policy.dailyFailureBudget && m_lockout.dayFailures >= policy.dailyFailureBudget;
    if (now < m_lockout.lockedUntil || hourSpent || daySpent) {
        d = {false, Reason::LockedOut, 0};
        record(CredentialKind::Doorcode, d, now);
        return d;
    }
    // Quiet time counts from the later of the last failure and the end of the last lockout, so
    // sitting out a long lockout does not also reset the escalation (docs/doorcodes.md). The
    // budgets are not touched: only their windows roll over.
    if ((m_lockout.failures || m_lockout.level) &&
        now - std::max(m_lockout.lastFailure, m_lockout.lockedUntil) >= policy.quietResetSeconds) {
        m_lockout.failures = 0;
        m_lockout.level = 0;
        m_lockout.lockedUntil = 0;
    }

    bool failure = false;
    const auto value = parseDoorcode(code, m_doorcodeDigits);
    if (!value) {
        d = {false, Reason::BadCode, 0};
        failure = true;
    } else {
        // The code is today's (local date via the synced offsets) permutation of a person id.
        const std::uint32_t personId = cipherFor(civilFromDays(day)).decrypt(*value);
        d = evaluate(m_list, personId, CredentialKind::Doorcode, now);
        if (d.reason == Reason::Unknown) {
            // Every code decodes to some id; a non-holder's is indistinguishable from a guess.
            d.personId = 0;
            failure = true;
        } else if (d.reason == Reason::Revoked) {
            failure = true;
        }
        // A granted code forgives nothing: one valid code must not buy unlimited guesses.
    }
    std::int64_t lockedFor = 0;
    bool hourExhausted = false;
    bool dayExhausted = false;
    if (failure) {
        m_lockout.lastFailure = now;
        ++m_lockout.hourFailures;
        ++m_lockout.dayFailures;
        hourExhausted = policy.hourlyFailureBudget && m_lockout.hourFailures == policy.hourlyFailureBudget;
        dayExhausted = policy.dailyFailureBudget && m_lockout.dayFailures == policy.dailyFailureBudget;
        if (++m_lockout.failures >= policy.failuresPerLockout) {
            std::int64_t duration = policy.firstLockoutSeconds;
            for (std::uint32_t i = 0; i < m_lockout.level && duration < policy.maxLockoutSeconds; ++i)
                duration *= 2;
            duration = std::min(duration, policy.maxLockoutSeconds);
            m_lockout.lockedUntil = now + duration;
            m_lockout.failures = 0;
            ++m_lockout.level;
            lockedFor = duration;
        }
    }
    record(CredentialKind::Doorcode, d, now);
    // The attempt first, then what it triggered: alarms reach Porter at the next sync.
    if (lockedFor)
        raiseAlarm(AlarmKind::KeypadLockout, now, static_cast<std::uint32_t>(lockedFor));
    if (dayExhausted)
        raiseAlarm(AlarmKind::FailureBudgetExhausted, now, 2);
    else if (hourExhausted)
        raiseAlarm(AlarmKind::FailureBudgetExhausted, now, 1);
    return d;
}

Bytes Door::appChallenge(std::int64_t hostNow)
{
    correctClock(hostNow);
    m_challenge = crypto::randomBytes(kChallengeSize);
    m_challengeExpires = clock(hostNow) + m_options.challengeLifetimeSeconds;
    return m_challenge;
}

Decision Door::decideApp(ByteView certificate, ByteView response, std::int64_t hostNow)
{
    correctClock(hostNow);
    const std::int64_t now = clock(hostNow);
    const Bytes challenge = std::move(m_challenge); // single use, whatever the outcome
    m_challenge.clear();
    Decision d{false, Reason::BadCredential, 0};
    if (!m_commissioned) {
        d.reason = Reason::NotCommissioned;
    } else if (challenge.size() == kChallengeSize && now < m_challengeExpires) {
        const auto cert = verifyCertificate(certificate, m_propertyPublic);
        if (cert && cert->propertyId == m_propertyId &&
            crypto::ed25519Verify(cert->phonePublicKey, unlockMessage(challenge, m_doorId, m_propertyId),
                                  response)) {
            // Exactly the holder's current generation: an older one is a lost phone, a newer one a
            // certificate this door's list does not know yet (docs/door-protocol.md §3).
            const Holder *h = findHolder(m_list, cert->personId);
            if (h && h->app && cert->appKeyGeneration != h->appKeyGeneration)
                d = {false, Reason::StaleAppKey, cert->personId};
            else if (h && h->app && now >= cert->notAfter)
                d = {false, Reason::CertificateExpired, cert->personId};
            else
                d = evaluate(m_list, cert->personId, CredentialKind::App, now);
        }
    }
    record(CredentialKind::App, d, now);
    return d;
}

// --- Updates --------------------------------------------------------------------------------

UpdateError Door::checkAndApply(ByteView signedUpdate, AccessList *out, Hash *outHash,
                                std::int64_t *issuedAt) const
{
    if (!m_commissioned)
        return UpdateError::NotCommissioned;
    if (signedUpdate.size() < kUpdateHeaderSize)
        return UpdateError::Malformed;
    const auto header = decodeHeader(signedUpdate.first(kUpdateHeaderSize));
    if (!header)
        return UpdateError::Malformed;
    // Cheap, informative checks on the (still untrusted) header first; the signature decides.
    if (header->propertyId != m_propertyId)
        return UpdateError::WrongProperty;
    if (header->doorId != m_doorId)
        return UpdateError::WrongDoor;
    UpdateError why = UpdateError::None;
    const auto verified = verifyUpdate(signedUpdate, m_propertyPublic, &why);
    if (!verified)
        return why;
    const UpdateHeader &h = verified->header;
    if (h.newVersion <= m_list.version)
        return UpdateError::NotNewer;
    AccessList result;
    if (h.kind == UpdateKind::Full) {
        auto list = decodeAccessList(verified->payload);
        if (!list || list->propertyId != m_propertyId || list->doorId != m_doorId ||
            list->version != h.newVersion)
            return UpdateError::BadPayload;
        result = std::move(*list);
    } else {
        if (h.baseVersion != m_list.version || h.baseHash != m_listHash)
            return UpdateError::BaseMismatch;
        const auto delta = decodeDelta(verified->payload);
        if (!delta || delta->baseVersion != h.baseVersion || delta->newVersion != h.newVersion)
            return UpdateError::BadPayload;
        auto list = apply(m_list, *delta);
        if (!list)
            return UpdateError::BadPayload;
        result = std::move(*list);
    }
    const Hash newHash = hash(result);
    if (newHash != h.newHash)
        return UpdateError::HashMismatch;
    *out = std::move(result);
    *outHash = newHash;
    *issuedAt = h.issuedAt;
    return UpdateError::None;
}

UpdateError Door::applyUpdate(ByteView signedUpdate, std::int64_t /*hostNow*/)
{
    AccessList next;
    Hash nextHash{};
    std::int64_t issuedAt = 0;
    const UpdateError e = checkAndApply(signedUpdate, &next, &nextHash, &issuedAt);
    if (e != UpdateError::None)
        return e;
    const std::int64_t newest = std::max(m_newestIssuedAt, issuedAt);
    // Commit point: the state file rename. Memory follows storage, never leads it.
    if (!m_storage.replaceAtomically(kStateFile, encodeState(next, nextHash, newest)))
        return UpdateError::StorageFailed;
    m_newestIssuedAt = newest;
    m_list = std::move(next);
    m_listHash = nextHash;
    rebuildCardIndex();
    if (m_stage.newVersion && m_stage.newVersion <= m_list.version)
        dropStage();
    return UpdateError::None;
}

void Door::loadStage()
{
    m_stage = {};
    const auto bytes = m_storage.read(kStageFile);
    if (!bytes)
        return;
    Reader r(*bytes);
    const ByteView magic = r.raw(4);
    StagedInfo s;
    s.newVersion = r.u64();
    const ByteView h = r.raw(32);
    s.totalLength = r.u32();
    if (r.failed() || !std::equal(magic.begin(), magic.end(), kStageMagic) ||
        s.newVersion <= m_list.version || bytes->size() - kStageHeaderSize > s.totalLength) {
        dropStage();
        return;
    }
    std::copy(h.begin(), h.end(), s.newHash.begin());
    s.have = static_cast<std::uint32_t>(bytes->size() - kStageHeaderSize);
    m_stage = s;
}

void Door::dropStage()
{
    m_stage = {};
    m_storage.remove(kStageFile);
    m_storage.syncDir();
}

UpdateError Door::beginStage(ListVersion newVersion, const Hash &newHash, std::uint32_t totalLength,
                             std::uint32_t offset)
{
    if (!m_commissioned)
        return UpdateError::NotCommissioned;
    if (newVersion <= m_list.version)
        return UpdateError::NotNewer;
    if (totalLength < kUpdateHeaderSize || totalLength > kMaxUpdateSize)
        return UpdateError::Malformed;
    if (offset != 0) {
        if (m_stage.newVersion != newVersion || m_stage.newHash != newHash ||
            m_stage.totalLength != totalLength || m_stage.have != offset)
            return UpdateError::Malformed;
        return UpdateError::None;
    }
    Writer w;
    w.raw(kStageMagic, 4);
    w.u64(newVersion);
    w.raw(newHash);
    w.u32(totalLength);
    if (!m_storage.replaceAtomically(kStageFile, w.bytes()))
        return UpdateError::StorageFailed;
    m_stage = StagedInfo{newVersion, newHash, totalLength, 0};
    return UpdateError::None;
}

UpdateError Door::appendStage(ByteView data, std::int64_t hostNow, bool *complete)
{
    *complete = false;
    if (!m_stage.newVersion || data.size() > m_stage.totalLength - m_stage.have)
        return UpdateError::Malformed;
    if (!m_storage.append(kStageFile, data) || !m_storage.sync(kStageFile))
        return UpdateError::StorageFailed;
    m_stage.have += static_cast<std::uint32_t>(data.size());
    if (m_stage.have < m_stage.totalLength)
        return UpdateError::None;
    *complete = true;
    const auto bytes = m_storage.read(kStageFile);
    UpdateError e = UpdateError::StorageFailed;
    if (bytes && bytes->size() == kStageHeaderSize + m_stage.totalLength) {
        const ByteView update = ByteView(*bytes).subspan(kStageHeaderSize);
        const auto header = decodeHeader(update.first(std::min(update.size(), kUpdateHeaderSize)));
        // The stage's identity must be the update's own, or a resume could splice two updates.
        if (!header || header->newVersion != m_stage.newVersion || header->newHash != m_stage.newHash)
            e = UpdateError::Malformed;
        else
            e = applyUpdate(update, hostNow);
    }
    if (e != UpdateError::StorageFailed && m_stage.newVersion)
        dropStage(); // a complete stage either applied (already dropped) or is useless
    return e;
}

// --- Doorcode secret -----------------------------------------------------------------------

UpdateError Door::installDoorcodeSecret(std::uint32_t epoch, ByteView secret, ByteView signature)
{
    if (!m_commissioned)
        return UpdateError::NotCommissioned;
    if (secret.size() != 32 || signature.size() != crypto::kSignatureSize || epoch == 0)
        return UpdateError::Malformed;
    // The signature names this property and this door: a record for another door does not verify.
    if (!crypto::ed25519Verify(m_propertyPublic, doorcodeSecretMessage(m_propertyId, m_doorId, epoch, secret),
                               signature))
        return UpdateError::BadSignature;
    if (epoch <= m_doorcodeEpoch)
        return UpdateError::NotNewer; // a replayed or older rotation never brings an old secret back
    Bytes oldSecret = std::move(m_doorcodeSecret);
    const std::uint32_t oldEpoch = m_doorcodeEpoch;
    m_doorcodeSecret.assign(secret.begin(), secret.end());
    m_doorcodeEpoch = epoch;
    // Commit point: the state file rename; memory follows storage.
    if (!persistState()) {
        m_doorcodeSecret = std::move(oldSecret);
        m_doorcodeEpoch = oldEpoch;
        return UpdateError::StorageFailed;
    }
    std::fill(oldSecret.begin(), oldSecret.end(), std::uint8_t{0});
    m_cipher.reset();
    return UpdateError::None;
}

// --- Signing key ---------------------------------------------------------------------------

UpdateError Door::adoptSigningKey(const std::vector<KeyStep> &steps)
{
    if (!m_commissioned)
        return UpdateError::NotCommissioned;
    if (steps.size() > kMaxKeySteps)
        return UpdateError::Malformed;
    const auto next = followKeySteps(SigningKey{m_propertyPublic, m_signingKeyEpoch}, m_propertyId, steps);
    if (!next)
        return UpdateError::BadSignature;
    if (next->epoch <= m_signingKeyEpoch)
        return UpdateError::NotNewer;
    Bytes oldKey = std::move(m_propertyPublic);
    const std::uint32_t oldEpoch = m_signingKeyEpoch;
    m_propertyPublic = next->publicKey;
    m_signingKeyEpoch = next->epoch;
    // Commit point: the state file rename; memory follows storage.
    if (!persistState()) {
        m_propertyPublic = std::move(oldKey);
        m_signingKeyEpoch = oldEpoch;
        return UpdateError::StorageFailed;
    }
    return UpdateError::None;
}

// --- Clock, battery, status, activity -------------------------------------------------------

bool Door::setClock(std::int64_t trueUtc, std::int64_t hostNow)
{
    // No update can have been issued in the door's future: a clock earlier than the newest
    // signed issue time is wrong (or an attack on expiries and the audit trail), never applied.
    const std::int64_t back = clock(hostNow) - trueUtc;
    const auto alarmDetail = static_cast<std::uint32_t>(std::clamp<std::int64_t>(back, 0, UINT32_MAX));
    if (trueUtc < m_newestIssuedAt) {
        raiseAlarm(AlarmKind::ClockMovedBack, clock(hostNow), alarmDetail); // refused, and reported
        return false;
    }
    const std::int64_t oldOffset = m_clockOffset;
    const std::int64_t oldDrift = m_lastDrift;
    m_lastDrift = clock(hostNow) - trueUtc;
    m_clockOffset = trueUtc - hostNow;
    if (!persistState()) {
        m_clockOffset = oldOffset;
        m_lastDrift = oldDrift;
        return false;
    }
    if (back > kClockBackAlarmSeconds)
        raiseAlarm(AlarmKind::ClockMovedBack, trueUtc, alarmDetail);
    return true;
}

bool Door::setBattery(std::uint8_t percent)
{
    const std::uint8_t old = m_battery;
    m_battery = std::min<std::uint8_t>(percent, 100);
    if (!persistState()) {
        m_battery = old;
        return false;
    }
    return true;
}

bool Door::setFirmware(std::string version)
{
    if (version.size() > 255)
        return false;
    std::string old = std::move(m_firmware);
    m_firmware = std::move(version);
    if (!persistState()) {
        m_firmware = std::move(old);
        return false;
    }
    return true;
}

DoorStatus Door::status(std::int64_t hostNow) const
{
    DoorStatus s;
    s.commissioned = m_commissioned;
    s.propertyId = m_propertyId;
    s.doorId = m_doorId;
    s.version = m_list.version;
    s.hash = m_listHash;
    s.staged = m_stage;
    s.batteryPercent = m_battery;
    s.firmware = m_firmware;
    s.doorClock = clock(hostNow);
    s.activityFirstSeq = m_ring.empty() ? m_nextSeq : m_ring.front().seq;
    s.activityNextSeq = m_nextSeq;
    s.lostEntries = m_lost;
    s.lastDriftSeconds = m_lastDrift;
    s.doorcodeEpoch = m_commissioned ? m_doorcodeEpoch : 0;
    s.signingKeyEpoch = m_commissioned ? m_signingKeyEpoch : 0;
    return s;
}

std::vector<ActivityEntry> Door::activity(std::uint64_t fromSeq, std::size_t max) const
{
    std::vector<ActivityEntry> out;
    for (const ActivityEntry &e : m_ring) {
        if (out.size() >= max)
            break;
        if (e.seq >= fromSeq)
            out.push_back(e);
    }
    return out;
}

bool Door::acknowledgeActivity(std::uint64_t upToSeq)
{
    if (upToSeq > m_nextSeq)
        return false;
    const std::deque<ActivityEntry> old = m_ring;
    while (!m_ring.empty() && m_ring.front().seq < upToSeq)
        m_ring.pop_front();
    if (m_ring.size() == old.size())
        return true;
    if (!persistRing()) {
        m_ring = old;
        return false;
    }
    return true;
}

// The fuzz entry points seal the input first so that mutations reach the parser behind the
// checksum (a fuzzer cannot forge SHA-256).
bool Door::decodeStateFileForFuzz(ByteView bytes)
{
    MemoryStorage storage;
    Door d(storage);
    return d.decodeState(sealFile(Bytes(bytes.begin(), bytes.end())));
}

bool Door::decodeRingFileForFuzz(ByteView bytes)
{
    MemoryStorage storage;
    Door d(storage);
    const bool ok = d.decodeRing(sealFile(Bytes(bytes.begin(), bytes.end())));
    bool torn = false;
    d.replayJournal(bytes, &torn);
    return ok;
}

} // namespace porter::door
