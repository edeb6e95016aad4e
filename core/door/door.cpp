#include "door.h"

#include "certificate.h"
#include "crypto.h"

#include <algorithm>

namespace porter::door {

namespace {

const std::string kStateFile = "door.state";
const std::string kRingFile = "door.ring";
const std::string kJournalFile = "door.journal";
const std::string kStageFile = "door.stage";

constexpr std::uint8_t kStateMagic[4] = {'P', 'D', 'S', '1'};
// State format 2: the list with u32 key generations (issue 6); 1: one-byte generations, still read.
constexpr std::uint8_t kStateFormat = 2;
constexpr std::uint8_t kStateFormatU8Generation = 1;
constexpr std::uint8_t kRingMagic[4] = {'P', 'D', 'R', '1'};
constexpr std::uint8_t kStageMagic[4] = {'P', 'S', 'T', '1'};
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

LockoutState readLockout(Reader &r)
{
    LockoutState l;
    l.failures = r.varint32();
    l.level = r.varint32();
    l.lockedUntil = r.svarint();
    l.lastFailure = r.svarint();
    return l;
}

bool validReason(std::uint8_t v)
{
    return v <= static_cast<std::uint8_t>(Reason::CertificateExpired);
}

bool validKind(std::uint8_t v)
{
    return v >= 1 && v <= 3;
}

} // namespace

Door::Door(Storage &storage, DoorOptions options)
    : m_storage(storage)
    , m_options(options)
{
    if (m_options.activityCapacity == 0)
        m_options.activityCapacity = 1;
}

Door::~Door() = default;

// --- Persistence ----------------------------------------------------------------------------

Bytes Door::encodeState(const AccessList &list, const Hash &listHash) const
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
    }
    w.svarint(m_clockOffset);
    w.svarint(m_lastDrift);
    w.u8(m_battery);
    w.str(m_firmware);
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
    if (format != kStateFormat && format != kStateFormatU8Generation)
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
    }
    m_clockOffset = r.svarint();
    m_lastDrift = r.svarint();
    m_battery = r.u8();
    m_firmware = r.str(256);
    const Bytes listBytes = r.blob(kMaxUpdateSize);
    const ByteView h = r.raw(32);
    if (!r.atEnd())
        return false;
    // Format 1 (earlier firmware) kept the list with one-byte key generations; its bytes are read
    // as such, never guessed at, and the list's hash becomes that of today's encoding.
    auto list =
        format == kStateFormat ? decodeAccessList(listBytes) : decodeLegacyU8GenerationList(listBytes);
    if (!list)
        return false;
    m_list = std::move(*list);
    std::copy(h.begin(), h.end(), m_listHash.begin());
    if (m_listHash != crypto::sha256(listBytes))
        return false;
    if (format != kStateFormat)
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
    w.varint(m_ring.size());
    std::int64_t prevTime = 0;
    for (const ActivityEntry &e : m_ring) {
        w.varint(m_nextSeq - e.seq); // entries are consecutive; this pins each one
        w.svarint(e.time - prevTime);
        prevTime = e.time;
        w.varint(e.personId);
        w.u8(static_cast<std::uint8_t>(e.kind));
        w.u8(static_cast<std::uint8_t>(e.reason));
    }
    return sealFile(w.take());
}

bool Door::decodeRing(ByteView bytes)
{
    const auto content = openFile(bytes, kRingMagic);
    if (!content)
        return false;
    Reader r(*content);
    const std::uint64_t nextSeq = r.varint();
    const std::uint64_t lost = r.varint();
    const LockoutState lockout = readLockout(r);
    const std::uint64_t n = r.varint();
    if (r.failed() || n > m_options.activityCapacity || n >= nextSeq || n > r.remaining())
        return false;
    std::deque<ActivityEntry> ring;
    std::int64_t prevTime = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
        ActivityEntry e;
        e.seq = nextSeq - r.varint();
        if (e.seq != nextSeq - n + i)
            return false;
        e.time = static_cast<std::int64_t>(static_cast<std::uint64_t>(prevTime) +
                                           static_cast<std::uint64_t>(r.svarint()));
        prevTime = e.time;
        e.personId = r.varint32();
        const std::uint8_t kind = r.u8();
        const std::uint8_t reason = r.u8();
        if (!validKind(kind) || !validReason(reason))
            return false;
        e.kind = static_cast<CredentialKind>(kind);
        e.reason = static_cast<Reason>(reason);
        ring.push_back(e);
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
        ActivityEntry e;
        e.seq = p.varint();
        e.time = p.svarint();
        e.personId = p.varint32();
        const std::uint8_t kind = p.u8();
        const std::uint8_t reason = p.u8();
        const LockoutState lockout = readLockout(p);
        if (!p.atEnd() || !validKind(kind) || !validReason(reason)) {
            *tornTail = true;
            return;
        }
        ++m_journalRecords;
        if (e.seq < m_nextSeq)
            continue; // already in the snapshot
        if (e.seq != m_nextSeq) {
            *tornTail = true;
            return;
        }
        e.kind = static_cast<CredentialKind>(kind);
        e.reason = static_cast<Reason>(reason);
        if (m_ring.size() >= m_options.activityCapacity) {
            m_ring.pop_front();
            ++m_lost;
        }
        m_ring.push_back(e);
        m_nextSeq = e.seq + 1;
        m_lockout = lockout;
    }
}

bool Door::persistState()
{
    return m_storage.replaceAtomically(kStateFile, encodeState(m_list, m_listHash));
}

bool Door::persistRing()
{
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
    m_list = AccessList{};
    m_listHash = hash(m_list);
    m_ring.clear();
    m_nextSeq = 1;
    m_lost = 0;
    m_lockout = {};
    m_stage = {};
    const auto state = m_storage.read(kStateFile);
    if (!state) {
        m_listHash = hash(m_list);
        return LoadResult::Fresh;
    }
    if (!decodeState(*state)) {
        m_commissioned = false;
        return LoadResult::Corrupt;
    }
    rebuildCardIndex();
    if (const auto ring = m_storage.read(kRingFile)) {
        if (!decodeRing(*ring))
            return LoadResult::Corrupt;
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
    if (m_commissioned || c.propertyPublicKey.size() != 32 || c.doorcodeSecret.size() != 32 ||
        c.doorcodeDigits < 6 || c.doorcodeDigits > 9 || identity.seed.size() != 32 ||
        crypto::ed25519PublicKey(identity.seed) != identity.publicKey)
        return {};
    m_commissioned = true;
    m_propertyId = c.propertyId;
    m_doorId = c.doorId;
    m_propertyPublic = c.propertyPublicKey;
    m_identitySeed = identity.seed;
    m_identityPublic = identity.publicKey;
    m_doorcodeSecret = c.doorcodeSecret;
    m_doorcodeDigits = c.doorcodeDigits;
    m_list = AccessList{};
    m_list.propertyId = c.propertyId;
    m_list.doorId = c.doorId;
    m_listHash = hash(m_list);
    m_cipher.reset();
    if (!persistState() || !persistRing()) {
        m_commissioned = false;
        return {};
    }
    return m_identityPublic;
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

void Door::record(CredentialKind kind, const Decision &d, std::int64_t doorNow)
{
    ActivityEntry e;
    e.seq = m_nextSeq++;
    e.time = doorNow;
    e.personId = d.personId;
    e.kind = kind;
    e.reason = d.reason;
    if (m_ring.size() >= m_options.activityCapacity) {
        // Logging never blocks access: the oldest unreleased entry goes, and the loss is counted.
        m_ring.pop_front();
        ++m_lost;
    }
    m_ring.push_back(e);
    Writer p;
    p.varint(e.seq);
    p.svarint(e.time);
    p.varint(e.personId);
    p.u8(static_cast<std::uint8_t>(e.kind));
    p.u8(static_cast<std::uint8_t>(e.reason));
    writeLockout(p, m_lockout);
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

Decision Door::decideCard(std::string_view serial, std::int64_t hostNow)
{
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
    const std::int64_t now = clock(hostNow);
    const LockoutPolicy &policy = m_options.lockout;
    Decision d;
    if (!m_commissioned) {
        d = {false, Reason::NotCommissioned, 0};
        record(CredentialKind::Doorcode, d, now);
        return d;
    }
    if (now < m_lockout.lockedUntil) {
        d = {false, Reason::LockedOut, 0};
        record(CredentialKind::Doorcode, d, now);
        return d;
    }
    // Quiet time counts from the later of the last failure and the end of the last lockout, so
    // sitting out a long lockout does not also reset the escalation (docs/doorcodes.md).
    if ((m_lockout.failures || m_lockout.level) &&
        now - std::max(m_lockout.lastFailure, m_lockout.lockedUntil) >= policy.quietResetSeconds)
        m_lockout = LockoutState{};

    bool failure = false;
    const auto value = parseDoorcode(code, m_doorcodeDigits);
    if (!value) {
        d = {false, Reason::BadCode, 0};
        failure = true;
    } else {
        // The code is today's (local date via the synced offsets) permutation of a person id.
        const std::int64_t local = localTime(m_list, now);
        const std::uint32_t personId = cipherFor(civilFromDays(localDay(local))).decrypt(*value);
        d = evaluate(m_list, personId, CredentialKind::Doorcode, now);
        if (d.reason == Reason::Unknown) {
            // Every code decodes to some id; a non-holder's is indistinguishable from a guess.
            d.personId = 0;
            failure = true;
        } else if (d.reason == Reason::Revoked) {
            failure = true;
        } else if (d.granted) {
            m_lockout = LockoutState{};
        }
    }
    if (failure) {
        m_lockout.lastFailure = now;
        if (++m_lockout.failures >= policy.failuresPerLockout) {
            std::int64_t duration = policy.firstLockoutSeconds;
            for (std::uint32_t i = 0; i < m_lockout.level && duration < policy.maxLockoutSeconds; ++i)
                duration *= 2;
            duration = std::min(duration, policy.maxLockoutSeconds);
            m_lockout.lockedUntil = now + duration;
            m_lockout.failures = 0;
            ++m_lockout.level;
        }
    }
    record(CredentialKind::Doorcode, d, now);
    return d;
}

Bytes Door::appChallenge(std::int64_t hostNow)
{
    m_challenge = crypto::randomBytes(kChallengeSize);
    m_challengeExpires = clock(hostNow) + m_options.challengeLifetimeSeconds;
    return m_challenge;
}

Decision Door::decideApp(ByteView certificate, ByteView response, std::int64_t hostNow)
{
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

UpdateError Door::checkAndApply(ByteView signedUpdate, AccessList *out, Hash *outHash) const
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
    return UpdateError::None;
}

UpdateError Door::applyUpdate(ByteView signedUpdate, std::int64_t /*hostNow*/)
{
    AccessList next;
    Hash nextHash{};
    const UpdateError e = checkAndApply(signedUpdate, &next, &nextHash);
    if (e != UpdateError::None)
        return e;
    // Commit point: the state file rename. Memory follows storage, never leads it.
    if (!m_storage.replaceAtomically(kStateFile, encodeState(next, nextHash)))
        return UpdateError::StorageFailed;
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

UpdateError Door::beginStage(std::uint64_t newVersion, const Hash &newHash, std::uint32_t totalLength,
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

// --- Clock, battery, status, activity -------------------------------------------------------

bool Door::setClock(std::int64_t trueUtc, std::int64_t hostNow)
{
    const std::int64_t oldOffset = m_clockOffset;
    const std::int64_t oldDrift = m_lastDrift;
    m_lastDrift = clock(hostNow) - trueUtc;
    m_clockOffset = trueUtc - hostNow;
    if (!persistState()) {
        m_clockOffset = oldOffset;
        m_lastDrift = oldDrift;
        return false;
    }
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
