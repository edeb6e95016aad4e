// Encoding, hashing, deltas and signed updates of access lists (docs/door-protocol.md).

#include "door/accesslist.h"
#include "door/ble.h"
#include "door/certificate.h"
#include "doortestutil.h"

#include <QTest>

using namespace porter::door;

class TestDoorEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripSample();
    void roundTripEdgeValues();
    void decodeRejectsTruncationAndTrailingBytes();
    void decodeRejectsNonCanonical();
    void decodeRejectsInvalidLists();
    void hashIsStableAndSensitive();
    void sizePerCredential();
    void deltaDiffApplyEqualsTarget();
    void deltaRoundTripAndBaseCheck();
    void signedUpdateVerifies();
    void appKeyGenerationEncoding();
    void advertisementRoundTripAndStrictness();
};

static AccessList edgeList()
{
    AccessList l;
    l.propertyId = 0xFFFFFFFFu;
    l.doorId = 0;
    l.version = UINT64_MAX;
    l.offsets = {{INT64_MIN, -18000}, {0, 3600}, {INT64_MAX, 50400}};
    l.schedules = {Schedule{}, Schedule{{WeeklyWindow{0x7F, 0, 1440}, WeeklyWindow{1, 1439, 1440}}}};
    l.revokedDoorcodes = {0, 1, kMaxPersonId, 0xFFFFFFFFu};
    Holder a;
    a.personId = 0;
    a.app = true;
    a.appKeyGeneration = 0xFFFFFFFFu; // u32, never wraps
    a.cardSerials = {"00", "FFFFFFFFFFFFFFFFFFFF", "0A0B", "CAFE"};
    a.rights = {Right{INT64_MIN, kNoExpiry, 1, true}, Right{INT64_MAX - 59, INT64_MAX - 1, 0, false},
                Right{-1, 59, 1, true}, Right{120, 60, 0, false}};
    for (int i = 0; i < 20; ++i)
        a.rights.push_back(Right{i * 61, i * 3600, 1, i % 2 == 0});
    Holder b;
    b.personId = kMaxPersonId;
    b.doorcode = true;
    l.holders = {a, b};
    return l;
}

void TestDoorEncoding::roundTripSample()
{
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        sample::Shape shape;
        shape.appAndDoorcodePersons = 100 * seed;
        shape.cardPersons = 30 * seed;
        shape.seed = seed;
        const AccessList l = sample::makeList(shape);
        QVERIFY2(validate(l).empty(), validate(l).c_str());
        const Bytes enc = encode(l);
        const auto back = decodeAccessList(enc);
        QVERIFY(back.has_value());
        QVERIFY(*back == l);
        QCOMPARE(encode(*back), enc);
    }
}

void TestDoorEncoding::roundTripEdgeValues()
{
    const AccessList l = edgeList();
    QVERIFY2(validate(l).empty(), validate(l).c_str());
    const auto back = decodeAccessList(encode(l));
    QVERIFY(back.has_value());
    QVERIFY(*back == l);
    const AccessList empty;
    const auto back2 = decodeAccessList(encode(empty));
    QVERIFY(back2 && *back2 == empty);
}

void TestDoorEncoding::decodeRejectsTruncationAndTrailingBytes()
{
    sample::Shape shape;
    shape.appAndDoorcodePersons = 20;
    shape.cardPersons = 5;
    const Bytes enc = encode(sample::makeList(shape));
    for (std::size_t n = 0; n < enc.size(); ++n)
        QVERIFY2(!decodeAccessList(ByteView(enc.data(), n)), qPrintable(QString::number(n)));
    Bytes longer = enc;
    longer.push_back(0);
    QVERIFY(!decodeAccessList(longer));
}

void TestDoorEncoding::decodeRejectsNonCanonical()
{
    AccessList l;
    l.propertyId = 5;
    Bytes enc = encode(l);
    QVERIFY(decodeAccessList(enc));
    // propertyId 5 as a two-byte varint (0x85 0x00): same value, different bytes.
    Bytes padded = enc;
    padded[1] = 0x85;
    padded.insert(padded.begin() + 2, 0x00);
    QVERIFY(!decodeAccessList(padded));
    // A right with notAfter == kNoExpiry but the "duration in minutes" flag set.
    AccessList r;
    Holder h;
    h.personId = 1;
    h.rights = {Right{60, kNoExpiry, 0, false}};
    r.holders = {h};
    r.schedules = {Schedule{}};
    Bytes renc = encode(r);
    QVERIFY(decodeAccessList(renc));
    // the right's flags byte is the third byte from the end: [flags][notBefore=1 min][...]
    Bytes bad = renc;
    bad[bad.size() - 2] |= 8;
    QVERIFY(!decodeAccessList(bad));
}

void TestDoorEncoding::decodeRejectsInvalidLists()
{
    AccessList l;
    l.schedules = {Schedule{}};
    Holder h;
    h.personId = 10;
    h.rights = {Right{0, kNoExpiry, 1, false}}; // schedule 1 does not exist
    l.holders = {h};
    QVERIFY(!validate(l).empty());
    QVERIFY(!decodeAccessList(encode(l)));
    l.holders[0].rights[0].schedule = 0;
    QVERIFY(validate(l).empty());
    l.holders[0].personId = kMaxPersonId + 1;
    QVERIFY(!decodeAccessList(encode(l)));
    l.holders[0].personId = 10;
    l.holders[0].cardSerials = {"abcd"}; // lowercase
    QVERIFY(!validate(l).empty());
    l.holders[0].cardSerials = {"ABCD"};
    l.schedules[0].windows = {WeeklyWindow{1, 600, 600}};
    QVERIFY(!validate(l).empty());
    QVERIFY(!decodeAccessList(encode(l)));
    l.schedules[0].windows = {WeeklyWindow{0x80, 0, 60}};
    QVERIFY(!decodeAccessList(encode(l)));
}

void TestDoorEncoding::hashIsStableAndSensitive()
{
    AccessList l;
    l.propertyId = 7;
    l.doorId = 3;
    l.version = 42;
    l.schedules = {Schedule{}, Schedule{{WeeklyWindow{0x1F, 480, 1080}}}};
    Holder h;
    h.personId = 1234;
    h.app = h.doorcode = true;
    h.cardSerials = {"04A1B2C3D4E5F6"};
    h.rights = {Right{1767225600, 1798761600, 1, true}};
    l.holders = {h};
    l.offsets = sample::newYork2026();
    // Pinned: a change here breaks every deployed door's base hash; bump the format instead.
    QCOMPARE(QByteArray::fromStdString(toHex(encode(l))),
             QByteArray("0107032a0480e4ad950d9f9902f0cadd02ffe001f0ede6099f990290cbbd05ffe001"
                        "0200011fe003b8080001d2092b0704a1b2c3d4e5f61b80b78b1cc09440"));
    const Hash h1 = hash(l);
    QCOMPARE(hash(l), h1);
    AccessList m = l;
    m.holders[0].rights[0].notAfter += 1;
    QVERIFY(hash(m) != h1);
    m = l;
    m.version = 43;
    QVERIFY(hash(m) != h1);
    m = l;
    m.offsets[1].offsetSeconds += 1;
    QVERIFY(hash(m) != h1);
}

void TestDoorEncoding::sizePerCredential()
{
    sample::Shape shape; // 2,000 app+doorcode persons, 1,000 card persons, 10 schedules
    const AccessList l = sample::makeList(shape);
    QCOMPARE(credentialCount(l), std::size_t{5000});
    const double perCredential = double(encode(l).size()) / double(credentialCount(l));
    qInfo("full snapshot: %zu bytes, %.2f bytes per credential", encode(l).size(), perCredential);
    QVERIFY(perCredential <= 24.0);
}

void TestDoorEncoding::deltaDiffApplyEqualsTarget()
{
    sample::Shape shape;
    shape.appAndDoorcodePersons = 200;
    shape.cardPersons = 50;
    AccessList base = sample::makeList(shape);
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        AccessList target = sample::mutate(base, 1 + seed % 40, seed);
        if (seed % 17 == 0)
            target.schedules.push_back(Schedule{{WeeklyWindow{0x60, 0, 720}}});
        if (seed % 13 == 0 && !target.offsets.empty())
            target.offsets.pop_back();
        QVERIFY2(validate(target).empty(), validate(target).c_str());
        const Delta d = diff(base, target);
        const auto applied = apply(base, d);
        QVERIFY(applied.has_value());
        QVERIFY(*applied == target);
        QCOMPARE(hash(*applied), hash(target));
        base = target;
    }
    // Identity delta: nothing but the version.
    AccessList same = base;
    same.version++;
    QVERIFY(diff(base, same).ops.empty());
}

void TestDoorEncoding::deltaRoundTripAndBaseCheck()
{
    sample::Shape shape;
    shape.appAndDoorcodePersons = 50;
    shape.cardPersons = 10;
    const AccessList base = sample::makeList(shape);
    const AccessList target = sample::mutate(base, 10, 99);
    const Delta d = diff(base, target);
    const auto back = decodeDelta(encode(d));
    QVERIFY(back && *back == d);
    AccessList other = base;
    other.version = 77;
    QVERIFY(!apply(other, d)); // wrong base version
    Delta removeMissing;
    removeMissing.baseVersion = base.version;
    removeMissing.newVersion = base.version + 1;
    DeltaOp op;
    op.kind = DeltaOp::Kind::RemoveHolder;
    op.personId = 1; // not a holder
    removeMissing.ops.push_back(op);
    QVERIFY(!apply(base, removeMissing));
    const Bytes enc = encode(d);
    for (std::size_t n = 0; n < enc.size(); ++n)
        QVERIFY(!decodeDelta(ByteView(enc.data(), n)));
}

void TestDoorEncoding::signedUpdateVerifies()
{
    const auto key = crypto::ed25519Generate();
    const auto other = crypto::ed25519Generate();
    sample::Shape shape;
    shape.appAndDoorcodePersons = 30;
    shape.cardPersons = 5;
    const AccessList l = sample::makeList(shape);
    const Bytes full = makeFullUpdate(l, key.seed);
    UpdateError why = UpdateError::None;
    const auto v = verifyUpdate(full, key.publicKey, &why);
    QVERIFY(v.has_value());
    QCOMPARE(v->header.newVersion, l.version);
    QVERIFY(v->header.newHash == hash(l));
    QVERIFY(!verifyUpdate(full, other.publicKey, &why));
    QCOMPARE(why, UpdateError::BadSignature);
    for (std::size_t i = 0; i < full.size(); i += 7) {
        Bytes t = full;
        t[i] ^= 0x10;
        QVERIFY(!verifyUpdate(t, key.publicKey, &why));
    }
}

// docs/door-protocol.md §3 shows these bytes; Ed25519 is deterministic, so they are exact.
void TestDoorEncoding::appKeyGenerationEncoding()
{
    const Bytes propertySeed(32, 0x42);
    const Phone phone(Bytes(32, 0x24));
    const Bytes cert = issueCertificate(
        AppCertificate{7, 1234, 300, phone.publicKey(), 1772409600, 1772409600 + 365LL * 86400},
        propertySeed);
    QCOMPARE(toHex(cert), std::string("5041433207000000d20400002c010000"
                                      "58936604abda112bc94933569c82f8d0cc0ddf92a3f8329f2f448f7f484a594c"
                                      "00d3a469000000008006866b00000000"
                                      "6f31e3784ba2d56bb72ab0cc6dcd5566693080199d553f17ebf08cef1c040550"
                                      "7b3ae57a064045b7eab8f024ed2b6111f078976323955246890e86a9451f0002"));
    AccessList l;
    l.propertyId = 7;
    l.doorId = 3;
    l.version = 1;
    l.schedules = {Schedule{}};
    Holder h;
    h.personId = 1234;
    h.app = true;
    h.appKeyGeneration = 300;
    h.rights = {Right{1772409600, kNoExpiry, 0, false}};
    l.holders = {h};
    const Bytes enc = encode(l);
    QCOMPARE(toHex(enc), std::string("010703010001000001d20925ac020680fd951c"));
    QCOMPARE(decodeAccessList(enc), std::optional<AccessList>(l));
    // Non-canonical generations are rejected: an explicit 0, a padded varint, more than 32 bits.
    QCOMPARE(enc[11], std::uint8_t{0x25}); // flags; the generation varint follows at [12, 14)
    Bytes zero = enc;                      // "25 ac02" -> "25 00" (flag set, value 0)
    zero.erase(zero.begin() + 13);
    zero[12] = 0x00;
    QVERIFY(!decodeAccessList(zero));
    Bytes padded = enc; // 300 as ac 82 00
    padded[13] = 0x82;
    padded.insert(padded.begin() + 14, 0x00);
    QVERIFY(!decodeAccessList(padded));
    Bytes wide = enc; // 2^32 = 80 80 80 80 10
    wide.erase(wide.begin() + 12, wide.begin() + 14);
    const Bytes big{0x80, 0x80, 0x80, 0x80, 0x10};
    wide.insert(wide.begin() + 12, big.begin(), big.end());
    QVERIFY(!decodeAccessList(wide));
    Bytes widest = wide; // 2^32 - 1 = ff ff ff ff 0f decodes
    widest[12] = widest[13] = widest[14] = widest[15] = 0xFF;
    widest[16] = 0x0F;
    QVERIFY(decodeAccessList(widest));
    QCOMPARE(decodeAccessList(widest)->holders[0].appKeyGeneration, 0xFFFFFFFFu);
    // The same through a delta (UpsertHolder carries the holder body).
    AccessList next = l;
    next.version = 2;
    next.holders[0].appKeyGeneration = 0xFFFFFFFFu;
    const auto delta = decodeDelta(encode(diff(l, next)));
    QVERIFY(delta);
    QCOMPARE(apply(l, *delta), std::optional<AccessList>(next));
}

// The scan response's manufacturer data (docs/door-protocol.md §13): 14 bytes, strict decode.
void TestDoorEncoding::advertisementRoundTripAndStrictness()
{
    ble::Advertisement commissioned;
    commissioned.commissioned = true;
    commissioned.propertyId = 7;
    commissioned.doorId = 0x01020304;
    commissioned.listVersion = 0xFFFFFFFF;
    const Bytes bytes = ble::encodeAdvertisement(commissioned);
    QCOMPARE(bytes.size(), ble::Advertisement::kEncodedSize);
    QCOMPARE(bytes.at(0), std::uint8_t(1));
    QCOMPARE(bytes.at(1), std::uint8_t(0x01));
    QCOMPARE(bytes.at(6), std::uint8_t(0x04)); // doorId little-endian
    QVERIFY(ble::decodeAdvertisement(bytes) == commissioned);

    ble::Advertisement fresh;
    fresh.installMode = true;
    QVERIFY(ble::decodeAdvertisement(ble::encodeAdvertisement(fresh)) == fresh);

    // Truncated, trailing, another format, unknown flags, ids on a new door, no ids on a commissioned one.
    Bytes shorter(bytes.begin(), bytes.end() - 1);
    QVERIFY(!ble::decodeAdvertisement(shorter));
    Bytes longer = bytes;
    longer.push_back(0);
    QVERIFY(!ble::decodeAdvertisement(longer));
    Bytes otherFormat = bytes;
    otherFormat[0] = 2;
    QVERIFY(!ble::decodeAdvertisement(otherFormat));
    Bytes unknownFlag = bytes;
    unknownFlag[1] |= 0x80;
    QVERIFY(!ble::decodeAdvertisement(unknownFlag));
    Bytes freshWithIds = bytes;
    freshWithIds[1] = 0x02;
    QVERIFY(!ble::decodeAdvertisement(freshWithIds));
    ble::Advertisement noIds;
    noIds.commissioned = true;
    QVERIFY(!ble::decodeAdvertisement(ble::encodeAdvertisement(noIds)));
    QVERIFY(!ble::decodeAdvertisement({}));
}

QTEST_APPLESS_MAIN(TestDoorEncoding)
#include "tst_doorencoding.moc"
