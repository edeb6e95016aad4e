#include "fuzztargets.h"

#include "door/accesslist.h"
#include "door/ble.h"
#include "door/certificate.h"
#include "door/crypto.h"
#include "door/door.h"
#include "door/protocol.h"
#include "door/sample.h"
#include "door/session.h"
#include "door/update.h"

namespace porter::door::fuzz {

namespace {

// Fixed keys: the fuzzers need reproducible behaviour, not secrecy.
Bytes fixedSeed(std::uint8_t b)
{
    return Bytes(32, b);
}

const Bytes &propertySeed()
{
    static const Bytes s = fixedSeed(1);
    return s;
}

AccessList smallList()
{
    sample::Shape shape;
    shape.appAndDoorcodePersons = 6;
    shape.cardPersons = 3;
    shape.schedules = 3;
    return sample::makeList(shape);
}

// A commissioned door shared by the session fuzzers.
struct FuzzDoor
{
    MemoryStorage storage;
    Door door{storage};
    FuzzDoor()
    {
        door.load();
        door.commission(Commissioning{7, 3, crypto::ed25519PublicKey(propertySeed()), fixedSeed(2), 7});
        door.applyUpdate(makeFullUpdate(smallList(), propertySeed()), 0);
    }
};

FuzzDoor &fuzzDoor()
{
    static FuzzDoor d;
    return d;
}

// Splits a fuzz input into chunks whose sizes come from the input itself.
template<typename F> void feedChunks(ByteView in, F &&feed)
{
    std::size_t pos = 0;
    while (pos < in.size()) {
        const std::size_t n = std::min<std::size_t>(1 + in[pos] % 64, in.size() - pos);
        feed(in.subspan(pos, n));
        pos += n;
    }
}

} // namespace

const char *name(Target t)
{
    switch (t) {
    case Target::AccessList:
        return "accesslist";
    case Target::Delta:
        return "delta";
    case Target::SignedUpdate:
        return "signedupdate";
    case Target::Fragments:
        return "fragments";
    case Target::ClientHello:
        return "clienthello";
    case Target::DoorHello:
        return "doorhello";
    case Target::ClientAuth:
        return "clientauth";
    case Target::RecordMessage:
        return "recordmessage";
    case Target::StateFile:
        return "statefile";
    case Target::RingFile:
        return "ringfile";
    case Target::Certificate:
        return "certificate";
    case Target::DoorSessionStream:
        return "doorsession";
    case Target::ClientSessionStream:
        return "clientsession";
    case Target::DoorPairingStream:
        return "doorpairing";
    case Target::Advertisement:
        return "advertisement";
    }
    return "unknown";
}

bool run(Target t, const std::uint8_t *data, std::size_t size)
{
    const ByteView in(data, size);
    const Bytes input(in.begin(), in.end());
    switch (t) {
    case Target::AccessList: {
        const auto l = decodeAccessList(in);
        return !l || (encode(*l) == input && validate(*l).empty());
    }
    case Target::Delta: {
        const auto d = decodeDelta(in);
        if (!d)
            return true;
        if (encode(*d) != input)
            return false;
        const auto applied = apply(smallList(), *d);
        return !applied || validate(*applied).empty();
    }
    case Target::SignedUpdate: {
        UpdateError why = UpdateError::None;
        (void)verifyUpdate(in, crypto::ed25519PublicKey(propertySeed()), &why);
        if (const auto h = decodeHeader(in); h && size >= kUpdateHeaderSize)
            if (encodeHeader(*h) != Bytes(in.begin(), in.begin() + kUpdateHeaderSize))
                return false;
        // A door checks everything; it must never accept an update it was not signed.
        MemoryStorage storage;
        Door door(storage);
        door.load();
        door.commission(Commissioning{7, 3, crypto::ed25519PublicKey(fixedSeed(9)), fixedSeed(2), 7});
        return door.applyUpdate(in, 0) != UpdateError::None;
    }
    case Target::Fragments: {
        for (std::size_t payload : {std::size_t{20}, std::size_t{244}}) {
            protocol::Reassembler r(payload);
            bool ok = true;
            feedChunks(in, [&](ByteView chunk) {
                if (ok)
                    ok = r.push(chunk);
            });
            while (r.hasMessage()) {
                const Bytes m = r.popMessage();
                if (m.size() > protocol::kMaxMessageSize)
                    return false;
                (void)protocol::decodeAnyRecordMessage(m);
            }
        }
        // And the writer's output always reassembles to the input.
        const Bytes msg =
            input.empty()
                ? Bytes{0}
                : Bytes(input.begin(),
                        input.begin() + std::min<std::size_t>(input.size(), protocol::kMaxMessageSize));
        protocol::Reassembler back(23);
        for (const Bytes &f : protocol::fragment(msg, 23))
            if (f.size() > 23 || !back.push(f))
                return false;
        return back.hasMessage() && back.popMessage() == msg;
    }
    case Target::ClientHello: {
        if (const auto c = protocol::decodeCommissionHello(in))
            return protocol::encode(*c) == input;
        const auto m = protocol::decodeClientHello(in);
        return !m || protocol::encode(*m) == input;
    }
    case Target::DoorHello: {
        if (const auto c = protocol::decodeCommissionReply(in))
            return protocol::encode(*c) == input;
        const auto m = protocol::decodeDoorHello(in);
        return !m || protocol::encode(*m) == input;
    }
    case Target::ClientAuth: {
        // A field kit's proof (protocol v3): what decodes re-encodes to itself, and a certificate
        // verifies only if the property key signed it for at most 14 days.
        if (const auto k = protocol::decodeKitAuth(in)) {
            const auto &c = k->certificate;
            if (protocol::verifyKitCertificate(c, crypto::ed25519PublicKey(propertySeed())) &&
                (c.notBefore < 0 || c.notAfter <= c.notBefore ||
                 c.notAfter - c.notBefore > protocol::kMaxKitValiditySeconds))
                return false;
            return protocol::encode(*k) == input;
        }
        if (const auto c = protocol::decodeKitCertificate(in))
            return protocol::encode(*c) == input;
        // A signing key step: re-encodes to itself, never leads to the first epoch, and follows only
        // from a key that signed it.
        if (const auto step = protocol::decodeKeyStep(in)) {
            if (step->epoch < 2 || protocol::encode(*step) != input)
                return false;
            const SigningKey from{crypto::ed25519PublicKey(propertySeed()), step->epoch - 1};
            const auto next = followKeySteps(from, 7, {*step});
            return !next ||
                   crypto::ed25519Verify(from.publicKey, keyStepMessage(7, step->epoch, step->publicKey),
                                         step->signature);
        }
        const auto m = protocol::decodeClientAuth(in);
        (void)protocol::decodeRefuse(in);
        if (const auto nonce = protocol::decodePairingReveal(in))
            return protocol::encodePairingReveal(*nonce) == input;
        return !m || protocol::encodeClientAuth(*m) == input;
    }
    case Target::RecordMessage: {
        (void)protocol::decodeAnyRecordMessage(in);
        if (const auto s = protocol::decodeStatus(in)) {
            // A door from before signing-key rotation sends no epoch: it reads as the first key.
            Bytes again = protocol::encodeStatus(*s);
            if (again == input)
                return true;
            again.resize(again.size() - 4);
            return s->signingKeyEpoch == 1 && again == input;
        }
        if (const auto a = protocol::decodeActivityBatch(in))
            return a->size() <= protocol::kActivityBatchMax;
        if (const auto k = protocol::decodeDoorcodeSecret(in))
            return k->epoch > 0 && protocol::encode(*k) == input;
        if (const auto k = protocol::decodeDoorcodeEpoch(in))
            return k->epoch > 0 && protocol::encode(*k) == input;
        return true;
    }
    case Target::Advertisement: {
        // Strict (§13): whatever decodes is exactly 14 bytes that re-encode to themselves, with ids
        // exactly when commissioned and no list version without a commissioning.
        const auto a = ble::decodeAdvertisement(in);
        if (!a)
            return true;
        return input.size() == ble::Advertisement::kEncodedSize && ble::encodeAdvertisement(*a) == input &&
               a->commissioned == (a->propertyId != 0 && a->doorId != 0) &&
               (a->commissioned || a->listVersion == 0);
    }
    case Target::StateFile:
        (void)Door::decodeStateFileForFuzz(in);
        return true;
    case Target::RingFile:
        (void)Door::decodeRingFileForFuzz(in);
        return true;
    case Target::Certificate: {
        const auto c = decodeCertificate(in);
        (void)verifyCertificate(in, crypto::ed25519PublicKey(propertySeed()));
        if (c && (c->phonePublicKey.size() != 32 || c->appKeyGeneration == 0 || c->notAfter <= c->issuedAt))
            return false;
        // The same bytes as a phone file (text): whatever decodes re-encodes to the same line.
        const std::string_view text(reinterpret_cast<const char *>(data), size);
        for (PhoneFile kind : {PhoneFile::PrivateKey, PhoneFile::PublicKey, PhoneFile::Certificate})
            if (const auto b = decodePhoneFile(kind, text)) {
                const std::string again = encodePhoneFile(kind, *b);
                if (decodePhoneFile(kind, again) != b)
                    return false;
                if (kind == PhoneFile::Certificate && !decodeCertificate(*b))
                    return false;
            }
        return true;
    }
    case Target::DoorSessionStream: {
        FuzzDoor &d = fuzzDoor();
        const std::uint64_t version = d.door.accessList().version;
        DoorSession session(d.door, 20 + (size ? in[0] % 230 : 0));
        feedChunks(size ? in.subspan(1) : in, [&](ByteView chunk) {
            session.receive(chunk, 1000);
            while (session.nextFragment()) {
            }
        });
        // Without the property key nobody gets past the handshake.
        return session.state() != DoorSession::State::Running && d.door.accessList().version == version;
    }
    case Target::ClientSessionStream: {
        SyncClientConfig cfg;
        cfg.propertyId = 7;
        cfg.doorId = 3;
        cfg.propertySeed = propertySeed();
        cfg.doorIdentityPublicKey = crypto::ed25519PublicKey(fixedSeed(3));
        cfg.linkPayload = 20 + (size ? in[0] % 230 : 0);
        SyncClient client(cfg);
        client.start();
        while (client.nextFragment()) {
        }
        feedChunks(size ? in.subspan(1) : in, [&](ByteView chunk) {
            client.receive(chunk, 1000);
            while (client.nextFragment()) {
            }
        });
        // Nothing unauthenticated can make the laptop believe an update was applied.
        return !client.result().applied && !client.result().ok();
    }
    case Target::DoorPairingStream: {
        // A new door in install mode: whatever arrives, nobody without a transcript signature by the
        // key it announced gets the door commissioned, and the install window counts the attempt.
        MemoryStorage storage;
        Door door(storage);
        door.load();
        door.openInstallMode(1000);
        DoorSession session(door, 20 + (size ? in[0] % 230 : 0));
        feedChunks(size ? in.subspan(1) : in, [&](ByteView chunk) {
            session.receive(chunk, 1000);
            while (session.nextFragment()) {
            }
        });
        return !door.commissioned() && session.state() != DoorSession::State::Running;
    }
    }
    return true;
}

std::vector<Bytes> seeds(Target t)
{
    const AccessList base = smallList();
    const AccessList next = sample::mutate(base, 4, 2);
    switch (t) {
    case Target::AccessList: {
        AccessList empty;
        AccessList bigGeneration = base; // multi-byte varint generations (they never wrap)
        if (!bigGeneration.holders.empty()) {
            bigGeneration.holders.front().app = true;
            bigGeneration.holders.front().appKeyGeneration = 0xFFFFFFFFu;
            bigGeneration.holders.back().app = true;
            bigGeneration.holders.back().appKeyGeneration = 256;
        }
        return {encode(base), encode(next), encode(empty), encode(bigGeneration)};
    }
    case Target::Delta:
        return {encode(diff(base, next)), encode(Delta{})};
    case Target::SignedUpdate:
        return {makeFullUpdate(base, propertySeed()), makeDeltaUpdate(base, next, propertySeed())};
    case Target::Fragments: {
        std::vector<Bytes> out;
        Bytes stream;
        for (const Bytes &f : protocol::fragment(encode(base), 20))
            stream.insert(stream.end(), f.begin(), f.end());
        out.push_back(stream);
        out.push_back(protocol::fragment(Bytes{1, 2, 3}, 244).front());
        return out;
    }
    case Target::ClientHello: {
        protocol::ClientHello h;
        h.propertyId = 7;
        h.doorId = 3;
        h.ephemeral = Bytes(32, 5);
        h.nonce = Bytes(16, 6);
        h.receiveWindow = 16384;
        return {protocol::encode(h),
                protocol::encode(protocol::CommissionHello{h, Bytes(32, 9), Bytes(32, 4)})};
    }
    case Target::DoorHello: {
        protocol::DoorHello h;
        h.ephemeral = Bytes(32, 5);
        h.nonce = Bytes(16, 6);
        h.receiveWindow = 8192;
        h.signature = Bytes(64, 7);
        return {protocol::encode(h), protocol::encode(protocol::CommissionReply{h, Bytes(32, 9)})};
    }
    case Target::ClientAuth: {
        const protocol::KitCertificate kit =
            protocol::makeKitCertificate(7, 3, 1000, 1000 + 86400, 5, fixedSeed(6), propertySeed());
        return {protocol::encodeClientAuth(Bytes(64, 8)),
                protocol::encodeRefuse(protocol::RefuseCode::WrongDoor),
                protocol::encodePairingReveal(Bytes(16, 3)), protocol::encode(kit),
                protocol::encode(protocol::KitAuth{kit, Bytes(64, 9)})};
    }
    case Target::RecordMessage: {
        DoorStatus s;
        s.propertyId = 7;
        s.doorId = 3;
        s.firmware = "fw";
        s.activityFirstSeq = 3;
        s.activityNextSeq = 9;
        s.doorcodeEpoch = 2;
        ActivityEntry e;
        e.seq = 3;
        e.time = 1000;
        e.personId = 42;
        ActivityEntry later = e;
        later.seq = 5; // a gap: the ring dropped a failure
        ActivityEntry alarm;
        alarm.seq = 8;
        alarm.time = 1010;
        alarm.kind = CredentialKind::Alarm;
        alarm.alarm = AlarmKind::KeypadLockout;
        alarm.detail = 60;
        protocol::UpdateBegin b;
        b.totalLength = 500;
        return {protocol::encodeStatus(s),
                protocol::encodeActivityBatch({e, later, alarm}),
                protocol::encode(b),
                protocol::encodeVersionAck(protocol::MessageType::Done, {}),
                protocol::encode(protocol::DoorcodeSecret{2, fixedSeed(5), Bytes(64, 6)}),
                protocol::encode(protocol::DoorcodeEpoch{2, UpdateError::NotNewer})};
    }
    case Target::Advertisement: {
        ble::Advertisement fresh, install, faulted, commissioned;
        install.installMode = true;
        faulted.faulted = true;
        commissioned.commissioned = true;
        commissioned.propertyId = 7;
        commissioned.doorId = 3;
        commissioned.listVersion = 0x01020304;
        return {ble::encodeAdvertisement(fresh), ble::encodeAdvertisement(install),
                ble::encodeAdvertisement(faulted), ble::encodeAdvertisement(commissioned),
                ble::encodeAdvertisement(ble::advertisementOf(fuzzDoor().door, 0))};
    }
    case Target::StateFile:
    case Target::RingFile: {
        MemoryStorage storage;
        Door door(storage);
        door.load();
        door.commission(Commissioning{7, 3, crypto::ed25519PublicKey(propertySeed()), fixedSeed(2), 7});
        door.applyUpdate(makeFullUpdate(base, propertySeed()), 0);
        door.decideCard("0102", 5);
        door.decideDoorcode("1234567", 6);
        door.acknowledgeActivity(2);
        door.decideCard("0103", 7);
        door.raiseAlarm(AlarmKind::KeypadLockout, 8, 60); // an alarm entry (kind 4) in ring and journal
        std::vector<Bytes> out;
        for (const char *f : {"door.state", "door.ring"})
            if (auto b = storage.read(f); b && b->size() > 32)
                out.emplace_back(b->begin(), b->end() - 32); // without the checksum
        if (auto journal = storage.read("door.journal"))
            out.push_back(*journal);
        return out;
    }
    case Target::Certificate: {
        Phone phone(fixedSeed(4));
        const Bytes cert = issueCertificate(
            AppCertificate{7, 42, 1, phone.publicKey(), 1000, 1000 + 365 * 86400}, propertySeed());
        const Bytes big = issueCertificate(
            AppCertificate{7, 42, 0xFFFFFFFFu, phone.publicKey(), -5, INT64_MAX}, propertySeed());
        auto text = [](const std::string &s) { return Bytes(s.begin(), s.end()); };
        return {cert, big, text(encodePhoneFile(PhoneFile::Certificate, cert)),
                text(encodePhoneFile(PhoneFile::PublicKey, phone.publicKey())),
                text(encodePhoneFile(PhoneFile::PrivateKey, phone.seed()))};
    }
    case Target::DoorSessionStream: {
        protocol::ClientHello h;
        h.propertyId = 7;
        h.doorId = 3;
        h.ephemeral = crypto::x25519Generate().publicKey;
        h.nonce = Bytes(16, 6);
        h.receiveWindow = 16384;
        Bytes stream{224}; // payload selector byte
        for (const Bytes &f : protocol::fragment(protocol::encode(h), 244))
            stream.insert(stream.end(), f.begin(), f.end());
        for (const Bytes &f : protocol::fragment(protocol::encodeClientAuth(Bytes(64, 1)), 244))
            stream.insert(stream.end(), f.begin(), f.end());
        // A field kit's session (v3): its hello and a KitAuth with a certificate the property key signed.
        h.version = protocol::kKitProtocolVersion;
        Bytes kitStream{224};
        for (const Bytes &f : protocol::fragment(protocol::encode(h), 244))
            kitStream.insert(kitStream.end(), f.begin(), f.end());
        const protocol::KitCertificate kit = protocol::makeKitCertificate(
            7, 3, 0, 86400, 5, crypto::ed25519PublicKey(fixedSeed(6)), propertySeed());
        for (const Bytes &f : protocol::fragment(protocol::encode(protocol::KitAuth{kit, Bytes(64, 1)}), 244))
            kitStream.insert(kitStream.end(), f.begin(), f.end());
        return {stream, kitStream};
    }
    case Target::DoorPairingStream: {
        protocol::CommissionHello h;
        h.hello.propertyId = 7;
        h.hello.doorId = 3;
        h.hello.ephemeral = crypto::x25519Generate().publicKey;
        h.hello.nonce = Bytes(16, 6);
        h.hello.receiveWindow = 16384;
        h.propertyPublicKey = crypto::ed25519PublicKey(propertySeed());
        const Bytes nonce(16, 2);
        h.commitment = protocol::pairingCommitment(nonce, protocol::encodeWithoutCommitment(h));
        Bytes stream{224};
        for (const Bytes &m : {protocol::encode(h), protocol::encodePairingReveal(nonce),
                               protocol::encodeClientAuth(Bytes(64, 1))})
            for (const Bytes &f : protocol::fragment(m, 244))
                stream.insert(stream.end(), f.begin(), f.end());
        return {stream};
    }
    case Target::ClientSessionStream: {
        protocol::DoorHello h;
        h.ephemeral = crypto::x25519Generate().publicKey;
        h.nonce = Bytes(16, 6);
        h.receiveWindow = 8192;
        h.signature = Bytes(64, 7);
        Bytes stream{224};
        for (const Bytes &f : protocol::fragment(protocol::encode(h), 244))
            stream.insert(stream.end(), f.begin(), f.end());
        return {stream};
    }
    }
    return {};
}

} // namespace porter::door::fuzz
