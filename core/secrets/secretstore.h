#pragma once

#include "model/types.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace porter {

class Database;

// Where the master key that protects Porter's secrets lives. Never inside the database file.
class KeyProvider
{
public:
    virtual ~KeyProvider() = default;
    // The 32-byte master key of the installation `uuid`, created on first use.
    virtual Result<QByteArray> masterKey(const QString &uuid) = 0;
    virtual QString describe() const = 0;

    // Entries of their own in the OS keychain, for secrets a person types (the mail server's password;
    // docs/decisions.md, "The SMTP password is in the OS keychain"). A provider without a keychain, or
    // whose keychain does not answer, stores nothing: putEntry returns false and the caller seals the
    // secret in the database instead.
    // Whether secrets of the installation `uuid` go to the keychain: only where its master key is there.
    virtual bool keepsEntries(const QString &uuid)
    {
        Q_UNUSED(uuid);
        return false;
    }
    virtual bool putEntry(const QString &entry, const QByteArray &secret)
    {
        Q_UNUSED(entry);
        Q_UNUSED(secret);
        return false;
    }
    virtual std::optional<QByteArray> entry(const QString &entry)
    {
        Q_UNUSED(entry);
        return std::nullopt;
    }
    virtual bool removeEntry(const QString &entry) // false: it may still be there
    {
        Q_UNUSED(entry);
        return false;
    }
};

// A key file per installation, readable only by the user (0600), in the user's config folder or in
// $PORTER_KEY_DIR. Used where no OS keychain is available (docs/threat-model.md, "A stolen laptop").
class FileKeyProvider final : public KeyProvider
{
    Q_DECLARE_TR_FUNCTIONS(FileKeyProvider)

public:
    explicit FileKeyProvider(QString directory = {});
    Result<QByteArray> masterKey(const QString &uuid) override;
    QString describe() const override;
    QString directory() const { return m_dir; }
    // The installation's key file, and the marker saying its key moved to the OS keychain.
    QString keyPath(const QString &uuid) const
    {
        return m_dir + QLatin1Char('/') + uuid + QStringLiteral(".key");
    }
    QString markerPath(const QString &uuid) const
    {
        return m_dir + QLatin1Char('/') + uuid + QStringLiteral(".keychain");
    }
    static QString defaultDirectory();

private:
    QString m_dir;
};

// The provider for this platform and configuration: the OS keychain through QtKeychain when it is
// built in and answers, otherwise the key file.
std::unique_ptr<KeyProvider> defaultKeyProvider();

// Named secrets sealed with AES-256-GCM under the master key; the name is the associated data, so a
// ciphertext cannot be moved to another name. Only ciphertext reaches the database file.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    // `clock` dates each secret stored (the system clock when none is given).
    SecretStore(Database &db, KeyProvider &keys, const Clock *clock = nullptr);

    Status put(const QString &name, const QByteArray &secret); // call inside a transaction or alone
    Result<QByteArray> get(const QString &name);
    Result<bool> has(const QString &name) const;

    static QString propertySigningKey(qint64 propertyId)
    {
        return QStringLiteral("property/%1/signing").arg(propertyId);
    }
    // The doorcode secret of one epoch. The epoch is in the name, so it is in the sealing's associated
    // data: a sealed secret cannot be passed off as another epoch's. Epoch 1 keeps its original name.
    static QString propertyDoorcodeSecret(qint64 propertyId, qint64 epoch = 1)
    {
        return epoch <= 1 ? QStringLiteral("property/%1/doorcode").arg(propertyId)
                          : QStringLiteral("property/%1/doorcode/%2").arg(propertyId).arg(epoch);
    }

    // The property's current doorcode secret and its epoch (docs/doorcodes.md, "Rotating the secret").
    struct DoorcodeSecret
    {
        qint64 epoch = 0;
        QByteArray secret;
    };
    Result<DoorcodeSecret> doorcodeSecret(qint64 propertyId);
    Status remove(const QString &name); // call inside a transaction or alone

    // A secret a person typed (the mail server's password) is kept in the OS keychain where one answers,
    // the secret table holding a sealed marker that names the keychain entry; elsewhere it is sealed in
    // the table like every other secret. get() reads either. The keychain is not part of the database's
    // transaction, so storing is three steps:
    //   stage()  before the transaction: writes a new keychain entry when it can;
    //   put(staged.name, staged.stored) inside it;
    //   finish() after it: drops the entry the name no longer uses (the old one, or the new one when the
    //            transaction failed).
    struct Staged
    {
        QString name;
        QByteArray stored; // what put() seals: the marker of the new entry, or the secret itself
        QString newEntry;  // the keychain entry written by stage(), if any
        QString oldEntry;  // the entry the name used before, if any
    };
    Result<Staged> stage(const QString &name, const QByteArray &secret);
    // The same for removing the secret: finish() then drops its keychain entry.
    Result<Staged> stageRemoval(const QString &name);
    void finish(const Staged &staged, bool committed);
    // Whether the name's secret is in the OS keychain (false when sealed here or absent).
    Result<bool> inKeychain(const QString &name);

    // Seals a blob kept outside the secret table (an outbox message that holds a code): nonce followed
    // by the AES-256-GCM ciphertext, bound to `label` so it cannot be moved to another row.
    Result<QByteArray> seal(const QString &label, const QByteArray &plain);
    Result<QByteArray> open(const QString &label, const QByteArray &sealed);

    // A portfolio on a server has no one installation's key: each property's secrets are wrapped for
    // every manager who holds them, with that manager's device key (docs/design/shared-portfolio.md,
    // section 5). put/get/has/remove of a property's secret then work on those copies, get opening
    // the signed-in manager's own. On a file these do nothing more than remember who signed in.
    //
    // Who is signed in: on a server, their device key (the private half in this computer's keychain or
    // key file) is created on first use and registered when they have none. Call it after signing in.
    Status setHolder(Id managerId);
    Id holder() const { return m_holder; }
    bool wrapsSecrets() const; // on a server
    // This computer's device key for the signed-in manager (public half), and the one registered for
    // them on the server (empty when none).
    Result<QByteArray> devicePublicKey();
    Result<QByteArray> registeredKey(Id managerId) const;
    // Replaces the signed-in manager's registered key with this computer's: the secrets wrapped for
    // the old key go with it (a holder gives them again).
    Status replaceDeviceKey();
    static QString keyFingerprint(const QByteArray &publicKey); // "3F2A 91C0 …", six groups
    // Wraps every secret of `propertyId` that the signed-in manager holds for `managerId`'s registered
    // key (a holder giving door access to another). The number of secrets given.
    // `checkedKey`: the recipient's key as checked with them (the server refuses it unless it is still
    // their registered one).
    Result<int> giveProperty(Id propertyId, Id managerId, const QByteArray &checkedKey);
    // The secrets of a portfolio moved from a file (sealed with that laptop's installation key): wrapped
    // for their holders, the sealed rows removed. Those this computer cannot open stay. The count moved.
    Result<int> adoptSealedSecrets();
    // Replaces the property's signing key by `newSeed` (docs/door-protocol.md, "Rotating the signing key";
    // call inside a transaction). `moveKey` records the new public key and its step. On a file the sealed
    // key is replaced. On a server every secret of the property the signed-in holder holds is opened under
    // the old key's checks before the key moves, and wrapped again after it, signed by the new key, for the
    // holders the old key had endorsed (never a key it had not): their copies of the old key are gone.
    Status replaceSigningKey(Id propertyId, const QByteArray &newSeed,
                             const std::function<Status()> &moveKey);
    // The public half of the signing key in the signed-in holder's own copy (opened with their device key,
    // its endorsement checked with that key), whatever key is on record now; empty on a file.
    Result<QByteArray> heldSigningKey(Id propertyId);
    // Whether the signed-in holder has a copy of the property's signing key wrapped for this computer's key
    // (whether it opens is not checked); always on a file.
    Result<bool> holdsCopyHere(Id propertyId);
    // Replaces the property's signing key by `newSeed` without the key on record (docs/door-protocol.md,
    // "Resetting the signing key"): for when someone who held it put in a key only they hold, or nobody
    // holds it any more. A holder who opens their own copy of a key the property had (one of
    // `keysOnRecord`) resets it for the holders that key endorsed, never for one only a later key endorsed.
    // With `withoutCopy` (a Portfolio Manager with no copy on this computer, whose registered key the caller
    // checked is this computer's) there is no anchor: the new key is wrapped for the signed-in manager
    // alone, who gives it to the others with their checked keys. Every
    // copy of the property's secrets is dropped and `moveKey` records the new key; its other secrets are made
    // again by the caller. Returns the managers who received the new key.
    Result<QList<Id>> resetSigningKey(Id propertyId, const QByteArray &newSeed,
                                      const QList<QByteArray> &keysOnRecord, bool withoutCopy,
                                      const std::function<Status()> &moveKey);

private:
    Result<QByteArray> key();
    Result<QByteArray> sealedValue(const QString &name); // the opened row, marker or secret
    // Opens nonce || ciphertext bound to `label`; `failure` (%1 the label, %2 where the key is) when the
    // key does not open it.
    Result<QByteArray> unseal(const QString &label, const QByteArray &sealed, const QString &failure);
    static constexpr qsizetype kNonceBytes = 12;
    // The keychain entry a sealed marker names; none for a secret sealed here. A marker naming anything
    // but an entry of this installation's secret `name` is refused (an error).
    Result<std::optional<QString>> keychainEntryOf(const QString &name, const QByteArray &stored) const;
    static QString entryPrefix(const QString &uuid, const QString &name);
    bool isWrapped(const QString &name) const;      // a property's secret, on a server
    Result<QByteArray> deviceSecret();              // this computer's private device key for the holder
    Result<QByteArray> unwrap(const QString &name); // checked against the property's key
    Status wrapForHolders(const QString &name, const QByteArray &secret);
    // The holders of `propertyId` whose registered key `propertyPublic` endorsed (and the signed-in
    // holder's own key): those a secret is wrapped for.
    Result<QList<std::pair<Id, QByteArray>>> endorsedHolders(Id propertyId, const QByteArray &propertyPublic);
    struct Opened
    {
        QByteArray secret;
        QByteArray endorsement;
        QByteArray secretSignature;
        QByteArray recipientKey;
    };
    Result<Opened> openCopy(const QString &name); // the signed-in manager's copy, opened, unchecked
    // The seed in the signed-in holder's own copy of the signing key, its endorsement checked with its own
    // key (not yet against the key on record).
    Result<QByteArray> ownSeed(Id propertyId);
    // Wraps `secret` (signed with `seed`) for each recipient, replacing their copy.
    Status wrapFor(const QList<std::pair<Id, QByteArray>> &recipients, const QString &name, Id propertyId,
                   const QByteArray &secret, const QByteArray &seed);
    Result<QByteArray> propertySeed(Id propertyId); // their copy of the signing key, checked
    Database &m_db;
    KeyProvider &m_keys;
    const Clock &m_clock;
    QByteArray m_key;
    Id m_holder = 0;
    QByteArray m_device; // private device key, loaded on first use
};

} // namespace porter
