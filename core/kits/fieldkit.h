#pragma once

// A field kit (docs/design/shared-portfolio.md, section 7): what a technician's laptop carries to
// sites with no internet. For each door: Porter's signed updates from the version the door last
// acknowledged (a delta, and the full list as a fallback), the door's identity key and a certificate
// by which the kit's own key may open protocol v3 sessions with that door for a few days. Nothing in
// it lets its holder change anyone's access: it holds no property key and no doorcode secret.
//
// The kit is one file, sealed (AES-256-GCM) with a key of this computer's user kept where Porter
// keeps its master keys: a copied kit file opens on no other computer. The doors' answers at the site
// are written into the same file as they arrive, so a kit is delivered and uploaded without the
// database.

#include "model/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace porter {
class KeyProvider;
}

namespace porter::kits {

// One entry of a door's activity as the door sent it (its slots, docs/door-protocol.md §6 ActivityBatch:
// an alarm keeps its detail in `person` and its kind in `reason`).
struct KitActivity
{
    quint64 seq = 0;
    qint64 time = 0; // the door's clock
    quint32 person = 0;
    quint8 kind = 0;
    quint8 reason = 0;
};

// What a door answered when the kit was delivered to it (its authenticated word only).
struct KitAnswer
{
    qint64 at = 0;   // this laptop's clock when the session ended
    bool ok = false; // the session finished
    QString error;   // why not, for people
    // The version the door acknowledged applying from the kit, and the version it holds at the end.
    std::optional<ListVersion> appliedVersion;
    QByteArray appliedHash;
    std::optional<ListVersion> finalVersion;
    QByteArray finalHash;
    ListVersion reportedVersion = 0; // what its status said at the start
    QString updateKind;              // "delta", "full" or "none"
    QString updateError;             // the door refused the update: why ("" = it did not)
    std::optional<int> batteryPercent;
    QString firmware;
    qint64 driftSeconds = 0;
    qint64 lostEntries = 0;
    qint64 doorcodeEpoch = 0;
    qint64 signingKeyEpoch = 0; // the property signing key's epoch the door holds (0 = not said)
    std::optional<qint64> clockRefusedBefore;
    std::vector<KitActivity> activity; // ascending by seq, each once
    // The door's receipt of the session (docs/door-protocol.md, "Receipts"): what the door said, signed
    // with its identity key. The upload trusts only this; the fields above are for showing.
    QByteArray receiptStart;          // 32 bytes
    QList<QByteArray> receiptRecords; // the door's records, in order
    QByteArray receiptDone;
    QByteArray receiptSignature;
};

struct KitDoor
{
    Id doorId = 0;
    QString doorName;
    Id propertyId = 0;
    QString propertyName;
    QByteArray identityKey;        // the door's Ed25519 identity, to authenticate it
    qint64 commissioning = 0;      // which commissioning of the door the kit was built for
    ListVersion baseVersion = 0;   // what the door had acknowledged when the kit was built
    QByteArray baseHash;           // (empty: never synced)
    ListVersion targetVersion = 0; // where the kit's updates take it
    QByteArray targetHash;
    QByteArray delta;       // signed update from baseVersion (empty when there is none)
    QByteArray full;        // signed full list, for a door that holds anything else
    QByteArray certificate; // protocol::KitCertificate for the kit key and this door
    // The epoch of the property signing key that signed the updates and the certificate, and the signed
    // steps (protocol::encode(KeyStep), oldest first) that take a door holding an older key to it.
    qint64 signingKeyEpoch = 1;
    QList<QByteArray> keySteps;
    // Changes made to this door after the kit was built, as last checked online (-1: not checked).
    int laterChanges = -1;
    qint64 laterCheckedAt = 0;
    std::optional<KitAnswer> answer; // the door's latest answer at the site
    qint64 uploadedAt = 0;           // when that answer was uploaded (0: not yet)
};

struct FieldKit
{
    QString id;        // a fresh UUID
    QString portfolio; // the portfolio's installation UUID: a kit is uploaded to the portfolio it came from
    QString portfolioName;
    Id builtBy = 0;
    QString builtByName;
    qint64 builtAt = 0;
    qint64 notBefore = 0; // the certificates' validity
    qint64 notAfter = 0;
    QByteArray kitSeed; // the kit key (Ed25519 seed): opens v3 sessions with the kit's doors only
    QList<KitDoor> doors;
    // Doors of the kit's properties that are not commissioned: they need a visit with Porter online.
    QStringList toCommission;

    KitDoor *door(Id doorId);
    const KitDoor *door(Id doorId) const;
    int answered() const; // doors with an answer
    int toUpload() const; // answers not uploaded yet
    bool expired(qint64 now) const { return now >= notAfter; }
};

// Validity a kit may be built for, in days (the door protocol allows at most 14).
constexpr int kMaxKitDays = 14;
constexpr int kDefaultKitDays = 3;

class KitFile
{
    Q_DECLARE_TR_FUNCTIONS(KitFile)

public:
    // The kit as bytes (a JSON document, before sealing) and back; decode refuses anything malformed
    // with a clear error (a fuzzed decoder: tests/fuzz).
    static QByteArray encode(const FieldKit &kit);
    static Result<FieldKit> decode(const QByteArray &json);

    // Seals and writes atomically (a crash leaves the old file or the new one), readable by its owner
    // only. `keys` holds this computer's field kit key.
    static Status save(const QString &path, const FieldKit &kit, KeyProvider &keys);
    static Result<FieldKit> load(const QString &path, KeyProvider &keys);
    // The same with this computer's own key provider (the OS keychain or the key file), for a front end
    // working without a database (delivering a kit at the site).
    static Status save(const QString &path, const FieldKit &kit);
    static Result<FieldKit> load(const QString &path);
};

} // namespace porter::kits
