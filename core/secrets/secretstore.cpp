#include "secrets/secretstore.h"

#include "door/crypto.h"
#include "store/database.h"
#include "store/directoryrepository.h"
#include "store/secretrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#ifdef PORTER_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#endif

Q_LOGGING_CATEGORY(lcSecrets, "porter.secrets")

namespace porter {
namespace {

namespace dc = door::crypto;

door::ByteView view(const QByteArray &b)
{
    return door::ByteView(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
}

QByteArray fromBytes(const door::Bytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

} // namespace

FileKeyProvider::FileKeyProvider(QString directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString FileKeyProvider::defaultDirectory()
{
    QString env = qEnvironmentVariable("PORTER_KEY_DIR");
    if (!env.isEmpty())
        return env;
    // Local, never roaming (on Windows %LOCALAPPDATA%\Porter\Porter, the database's folder too):
    // a key must not travel to another machine, and the database must not travel without it.
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/keys");
}

QString FileKeyProvider::describe() const
{
    return QStringLiteral("key file in %1").arg(m_dir);
}

Result<QByteArray> FileKeyProvider::masterKey(const QString &uuid)
{
    const QString path = keyPath(uuid);
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Crypto, tr("Cannot read the key file %1.").arg(path));
        const QByteArray key = QByteArray::fromHex(existing.readAll().trimmed());
        if (key.size() != 32)
            return makeError(ErrorCode::Crypto,
                             tr("The key file %1 is damaged; Porter's secrets cannot be opened.").arg(path));
        return key;
    }
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Crypto, tr("Cannot create the key folder %1.").arg(m_dir));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray key = fromBytes(dc::randomBytes(32));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Crypto, tr("Cannot create the key file %1.").arg(path));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toHex());
    if (!file.commit())
        return makeError(ErrorCode::Crypto, tr("Cannot write the key file %1.").arg(path));
    return key;
}

#ifdef PORTER_HAVE_QTKEYCHAIN
namespace {

// The OS keychain (Keychain on macOS, Credential Manager on Windows, Secret Service on Linux), with
// the key file as the fallback where no keychain answers. A marker file beside the key files says
// "this installation's key is in the keychain", so a keychain that is merely unreachable later is
// reported as such instead of silently creating a second key.
class KeychainKeyProvider final : public KeyProvider
{
    Q_DECLARE_TR_FUNCTIONS(KeychainKeyProvider)

public:
    Result<QByteArray> masterKey(const QString &uuid) override
    {
        const QString keyFile = m_file.keyPath(uuid);
        const QString marker = m_file.markerPath(uuid);
        if (QFile::exists(keyFile))
            return m_file.masterKey(uuid);
        const QString entry = QStringLiteral("master-key/") + uuid;
        std::optional<QByteArray> stored = read(entry);
        if (stored && stored->size() == 32)
            return *stored;
        if (QFile::exists(marker))
            return makeError(ErrorCode::Crypto,
                             tr("This installation's key is in the system keychain, which cannot be reached "
                                "now. Unlock the keychain and try again."));
        const QByteArray key = fromBytes(dc::randomBytes(32));
        if (write(entry, key)) {
            QDir().mkpath(m_file.directory());
            QFile f(marker);
            if (f.open(QIODevice::WriteOnly)) {
                f.write("key in the OS keychain\n");
                m_where = QStringLiteral("the system keychain");
                return key;
            }
        }
        m_where = m_file.describe();
        return m_file.masterKey(uuid);
    }
    QString describe() const override { return m_where; }

    // Only where the installation's key itself is in the keychain: an installation kept on its key file
    // (a server, a scheduled task without a session bus) keeps every secret where that task reaches it.
    bool keepsEntries(const QString &uuid) override
    {
        return reachable() && !QFile::exists(m_file.keyPath(uuid)) && QFile::exists(m_file.markerPath(uuid));
    }
    // Typed secrets are text: kept as such, a person who opens their keychain sees what they typed.
    bool putEntry(const QString &entry, const QByteArray &secret) override
    {
        return write(entry, secret, true);
    }
    std::optional<QByteArray> entry(const QString &entry) override { return read(entry, true); }
    bool removeEntry(const QString &entry) override
    {
        if (!reachable())
            return false;
        auto *job = new QKeychain::DeletePasswordJob(QStringLiteral("Porter"));
        job->setKey(entry);
        return run(job).ok;
    }

private:
    static bool reachable()
    {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        // Secret Service lives on the session bus; without one there is nothing to ask (and asking can
        // block on D-Bus timeouts).
        return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
        return true;
#endif
    }
    struct Outcome
    {
        bool ok = false;
        QByteArray binary;
        QString text;
    };
    // Runs a job on the heap for at most five seconds. A job still running then (an unlock prompt left
    // open) is left to finish and delete itself; its outcome is dropped and the caller sees a failure.
    static Outcome run(QKeychain::Job *job)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        auto outcome = std::make_shared<Outcome>();
        auto done = std::make_shared<bool>(false);
        QEventLoop loop;
        QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, done, &loop](QKeychain::Job *j) {
            *done = true;
            outcome->ok = j->error() == QKeychain::NoError;
            if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j); r && outcome->ok) {
                outcome->binary = r->binaryData();
                outcome->text = r->textData();
            }
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        job->start();
        if (!*done)
            loop.exec();
        return *done ? *outcome : Outcome{};
    }
    std::optional<QByteArray> read(const QString &entry, bool text = false) const
    {
        if (!reachable())
            return std::nullopt;
        auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("Porter"));
        job->setKey(entry);
        const Outcome o = run(job);
        if (!o.ok)
            return std::nullopt;
        return text ? o.text.toUtf8() : o.binary;
    }
    bool write(const QString &entry, const QByteArray &key, bool text = false) const
    {
        if (!reachable())
            return false;
        auto *job = new QKeychain::WritePasswordJob(QStringLiteral("Porter"));
        job->setKey(entry);
        if (text)
            job->setTextData(QString::fromUtf8(key));
        else
            job->setBinaryData(key);
        return run(job).ok;
    }

    FileKeyProvider m_file;
    QString m_where = QStringLiteral("the system keychain");
};

} // namespace
#endif

std::unique_ptr<KeyProvider> defaultKeyProvider()
{
#ifdef PORTER_HAVE_QTKEYCHAIN
    // PORTER_KEYCHAIN=0 (tests, headless servers) keeps to the key file.
    if (qEnvironmentVariable("PORTER_KEYCHAIN") != QLatin1String("0"))
        return std::make_unique<KeychainKeyProvider>();
#endif
    return std::make_unique<FileKeyProvider>();
}

namespace {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

SecretStore::SecretStore(Database &db, KeyProvider &keys, const Clock *clock)
    : m_db(db)
    , m_keys(keys)
    , m_clock(clock ? *clock : systemClock())
{}

Result<QByteArray> SecretStore::key()
{
    if (!m_key.isEmpty())
        return m_key;
    auto uuid = SecretRepository(m_db).installationUuid();
    if (!uuid.ok())
        return uuid.error();
    auto k = m_keys.masterKey(*uuid);
    if (!k.ok())
        return k.error();
    m_key = *k;
    return m_key;
}

Status SecretStore::put(const QString &name, const QByteArray &secret)
{
    if (isWrapped(name))
        return wrapForHolders(name, secret);
    // The secret table keeps the nonce and the ciphertext in columns of their own.
    auto sealed = seal(name, secret);
    if (!sealed.ok())
        return sealed.error();
    return SecretRepository(m_db).putSecret(name, sealed->left(kNonceBytes), sealed->mid(kNonceBytes),
                                            m_clock.nowSecs());
}

Result<QByteArray> SecretStore::get(const QString &name)
{
    if (isWrapped(name))
        return unwrap(name);
    auto stored = sealedValue(name);
    if (!stored.ok())
        return stored.error();
    auto entry = keychainEntryOf(name, *stored);
    if (!entry.ok())
        return entry.error();
    if (!*entry)
        return *stored;
    if (std::optional<QByteArray> secret = m_keys.entry(**entry))
        return *secret;
    return makeError(ErrorCode::Unavailable,
                     tr("The secret %1 is in the system keychain, which does not answer or no longer has "
                        "it. Unlock the keychain and try again, or enter it again.")
                         .arg(name));
}

Result<QByteArray> SecretStore::seal(const QString &label, const QByteArray &plain)
{
    auto k = key();
    if (!k.ok())
        return k.error();
    const door::Bytes nonce = dc::randomBytes(kNonceBytes);
    const QByteArray aad = label.toUtf8();
    const door::Bytes sealed =
        dc::aesGcmSeal(view(*k), door::ByteView(nonce.data(), nonce.size()), view(aad), view(plain));
    return QByteArray(fromBytes(nonce) + fromBytes(sealed));
}

Result<QByteArray> SecretStore::open(const QString &label, const QByteArray &sealed)
{
    return unseal(label, sealed,
                  tr("%1 cannot be opened with this installation's key (%2). Was the database copied from "
                     "another computer without its key?"));
}

Result<QByteArray> SecretStore::unseal(const QString &label, const QByteArray &sealed, const QString &failure)
{
    auto k = key();
    if (!k.ok())
        return k.error();
    if (sealed.size() < kNonceBytes + 16)
        return makeError(ErrorCode::Crypto, tr("The sealed data of %1 is damaged.").arg(label));
    const QByteArray nonce = sealed.left(kNonceBytes);
    const QByteArray body = sealed.mid(kNonceBytes);
    const QByteArray aad = label.toUtf8();
    auto plain = dc::aesGcmOpen(view(*k), view(nonce), view(aad), view(body));
    if (!plain)
        return makeError(ErrorCode::Crypto, failure.arg(label, m_keys.describe()));
    return fromBytes(*plain);
}

Status SecretStore::remove(const QString &name)
{
    if (isWrapped(name))
        return SecretRepository(m_db).removeWraps(name);
    return SecretRepository(m_db).removeSecret(name);
}

namespace {

// What the secret table seals for a secret kept in the keychain: this prefix, then the entry's name. A
// typed secret never starts with a NUL byte (the mail service refuses control characters).
const QByteArray kKeychainMarker = QByteArrayLiteral("\0porter-keychain\0");

} // namespace

QString SecretStore::entryPrefix(const QString &uuid, const QString &name)
{
    return QStringLiteral("secret/%1/%2/").arg(uuid, name);
}

Result<std::optional<QString>> SecretStore::keychainEntryOf(const QString &name,
                                                            const QByteArray &stored) const
{
    if (!stored.startsWith(kKeychainMarker))
        return std::optional<QString>();
    const QString entry = QString::fromUtf8(stored.mid(kKeychainMarker.size()));
    auto uuid = SecretRepository(m_db).installationUuid();
    if (!uuid.ok())
        return uuid.error();
    // Only an entry this installation wrote for this secret: "secret/<uuid>/<name>/<16 hex digits>".
    static const QRegularExpression suffix(QStringLiteral("^[0-9a-f]{16}$"));
    const QString prefix = entryPrefix(*uuid, name);
    if (!entry.startsWith(prefix) || !suffix.match(entry.mid(prefix.size())).hasMatch())
        return makeError(
            ErrorCode::Crypto,
            tr("The secret %1 points at a keychain entry that is not its own. Enter it again.").arg(name));
    return std::optional<QString>(entry);
}

Result<QByteArray> SecretStore::sealedValue(const QString &name)
{
    auto stored = SecretRepository(m_db).secret(name);
    if (!stored.ok())
        return stored.error();
    return unseal(name, stored->first + stored->second,
                  tr("The secret %1 cannot be opened with this installation's key (%2). Was the database "
                     "copied from another computer without its key?"));
}

Result<SecretStore::Staged> SecretStore::stage(const QString &name, const QByteArray &secret)
{
    Q_ASSERT(!m_db.inTransaction()); // finish() must run after the real commit, not a savepoint's
    auto old = stageRemoval(name);
    if (!old.ok())
        return old.error();
    Staged s = *old;
    auto uuid = SecretRepository(m_db).installationUuid();
    if (!uuid.ok())
        return uuid.error();
    // A new entry each time, so a transaction that fails leaves the one in use untouched.
    const QString entry =
        entryPrefix(*uuid, name) + QString::fromLatin1(fromBytes(dc::randomBytes(8)).toHex());
    if (m_keys.keepsEntries(*uuid) && m_keys.putEntry(entry, secret)) {
        s.newEntry = entry;
        s.stored = kKeychainMarker + entry.toUtf8();
    } else {
        s.stored = secret;
    }
    return s;
}

Result<SecretStore::Staged> SecretStore::stageRemoval(const QString &name)
{
    Q_ASSERT(!m_db.inTransaction());
    Staged s;
    s.name = name;
    // The installation's key first: without it nothing can be sealed, and an entry in use could not be
    // found to be dropped (a keychain that does not answer is said so, not left behind).
    if (auto k = key(); !k.ok())
        return k.error();
    auto has = this->has(name);
    if (!has.ok())
        return has.error();
    if (!*has)
        return s;
    // A row that cannot be opened (damaged) has no entry to find; replacing or removing it is still right.
    if (auto stored = sealedValue(name); stored.ok()) {
        if (auto entry = keychainEntryOf(name, *stored); entry.ok() && *entry)
            s.oldEntry = **entry;
    }
    return s;
}

void SecretStore::finish(const Staged &staged, bool committed)
{
    const QString unused = committed ? staged.oldEntry : staged.newEntry;
    if (!unused.isEmpty() && !m_keys.removeEntry(unused))
        qCWarning(lcSecrets) << "a keychain entry no longer used is still there:" << unused;
}

Result<bool> SecretStore::inKeychain(const QString &name)
{
    auto has = this->has(name);
    if (!has.ok())
        return has.error();
    if (!*has)
        return false;
    auto stored = sealedValue(name);
    if (!stored.ok())
        return stored.error();
    auto entry = keychainEntryOf(name, *stored);
    if (!entry.ok())
        return entry.error();
    return entry->has_value();
}

Result<SecretStore::DoorcodeSecret> SecretStore::doorcodeSecret(qint64 propertyId)
{
    auto epoch = DirectoryRepository(m_db).doorcodeEpoch(propertyId);
    if (!epoch.ok())
        return epoch.error();
    if (!*epoch)
        return makeError(
            ErrorCode::NotFound,
            tr("Property %1 has no doorcode secret yet: commission a door first.").arg(propertyId));
    // What the doors are told is 32 bits, and epochs 0 and below would all name epoch 1's secret: an
    // epoch outside 1..2^32-1 is a damaged or tampered row, never used.
    if (**epoch < 1 || **epoch > 0xFFFFFFFFLL)
        return makeError(
            ErrorCode::Crypto,
            tr("The doorcode epoch of property %1 (%2) is not a valid one: Porter does not use it. "
               "Someone may have changed the database; tell its administrator.")
                .arg(propertyId)
                .arg(**epoch));
    auto secret = get(propertyDoorcodeSecret(propertyId, **epoch));
    if (!secret.ok())
        return secret.error();
    return DoorcodeSecret{**epoch, *secret};
}

Result<bool> SecretStore::has(const QString &name) const
{
    if (isWrapped(name))
        return SecretRepository(m_db).hasWrap(name);
    return SecretRepository(m_db).hasSecret(name);
}

// Wrapped secrets (docs/design/shared-portfolio.md, section 5): ECIES over X25519. The sender makes an
// ephemeral key pair; HKDF-SHA256 over the shared secret (salted with both public keys) gives an
// AES-256-GCM key; the associated data binds the secret's name, the recipient manager and their key, so
// a copy cannot be moved to another name, another holder or another key.
//
// The rows themselves are not trusted: the database's administrator can write any. So what matters is
// signed with the property's signing key, which only holders have: each copy's endorsement (a holder
// approved this manager's key) and, for every secret but the signing key, the secret's signature (a
// holder made this secret). A copy that fails either is refused; Porter wraps a new secret only for keys
// that already carry an endorsement (or its own), so a key planted in the table gets nothing until a
// holder gives it door access after checking it with its owner.
namespace {

const QString kPropertyPrefix = QStringLiteral("property/");
constexpr char kWrapInfo[] = "porter secret wrap v1";

std::optional<Id> propertyOfSecret(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^property/([0-9]{1,18})/"));
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

bool isSigningKey(const QString &name)
{
    return name.endsWith(QLatin1String("/signing"));
}

QByteArray wrapAad(const QString &name, Id managerId, const QByteArray &recipientKey)
{
    return QByteArrayLiteral("porter-wrap-v1\n") + name.toUtf8() + '\n' + QByteArray::number(managerId) +
           '\n' + recipientKey.toHex();
}

QByteArray endorsementMessage(Id propertyId, Id managerId, const QByteArray &recipientKey)
{
    return QByteArrayLiteral("porter-holder-v1\n") + QByteArray::number(propertyId) + '\n' +
           QByteArray::number(managerId) + '\n' + recipientKey.toHex();
}

QByteArray secretMessage(const QString &name, const QByteArray &secret)
{
    const dc::Hash h = dc::sha256(view(secret));
    return QByteArrayLiteral("porter-secret-v1\n") + name.toUtf8() + '\n' +
           QByteArray(reinterpret_cast<const char *>(h.data()), qsizetype(h.size())).toHex();
}

std::optional<QByteArray> wrapKey(const door::Bytes &shared, const QByteArray &ephemeralPublic,
                                  const QByteArray &recipientKey)
{
    const QByteArray salt = ephemeralPublic + recipientKey;
    const door::Bytes key =
        dc::hkdf(door::ByteView(shared.data(), shared.size()), view(salt),
                 door::ByteView(reinterpret_cast<const std::uint8_t *>(kWrapInfo), sizeof kWrapInfo - 1), 32);
    if (key.size() != 32)
        return std::nullopt;
    return fromBytes(key);
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    return signature.size() == 64 && dc::ed25519Verify(view(publicKey), view(message), view(signature));
}

QByteArray sign(const QByteArray &seed, const QByteArray &message)
{
    return fromBytes(dc::ed25519Sign(view(seed), view(message)));
}

Error tampered(const QString &name)
{
    return makeError(ErrorCode::Crypto, QCoreApplication::translate(
                                            "porter::SecretStore",
                                            "The copy of %1 on the server was not made by a holder of the "
                                            "property's key: Porter does not use it. Someone who can write "
                                            "to the database may have changed it; tell the database's "
                                            "administrator.")
                                            .arg(name));
}

Result<SecretRepository::Wrapped> sealFor(const QString &name, Id propertyId, Id managerId,
                                          const QByteArray &recipientKey, const QByteArray &secret,
                                          const QByteArray &seed)
{
    const dc::KeyPair ephemeral = dc::x25519Generate();
    auto shared =
        dc::x25519(door::ByteView(ephemeral.seed.data(), ephemeral.seed.size()), view(recipientKey));
    if (!shared)
        return makeError(
            ErrorCode::Crypto,
            QCoreApplication::translate("porter::SecretStore",
                                        "The device key registered for manager %1 is not a valid key.")
                .arg(managerId));
    SecretRepository::Wrapped w;
    w.name = name;
    w.managerId = managerId;
    w.propertyId = propertyId;
    w.recipientKey = recipientKey;
    w.ephemeralPublic = fromBytes(ephemeral.publicKey);
    std::optional<QByteArray> key = wrapKey(*shared, w.ephemeralPublic, recipientKey);
    dc::wipe(*shared);
    if (!key)
        return makeError(ErrorCode::Crypto, QStringLiteral("HKDF failed"));
    w.nonce = fromBytes(dc::randomBytes(12));
    w.ciphertext = fromBytes(dc::aesGcmSeal(view(*key), view(w.nonce),
                                            view(wrapAad(name, managerId, recipientKey)), view(secret)));
    key->fill('\0');
    w.endorsement = sign(seed, endorsementMessage(propertyId, managerId, recipientKey));
    if (!isSigningKey(name))
        w.secretSignature = sign(seed, secretMessage(name, secret));
    if (w.ciphertext.size() != secret.size() + 16 || w.endorsement.size() != 64 ||
        (!isSigningKey(name) && w.secretSignature.size() != 64))
        return makeError(ErrorCode::Crypto, QCoreApplication::translate("porter::SecretStore",
                                                                        "The secret %1 could not be wrapped.")
                                                .arg(name));
    return w;
}

} // namespace

bool SecretStore::wrapsSecrets() const
{
    return m_db.isShared();
}

bool SecretStore::isWrapped(const QString &name) const
{
    return wrapsSecrets() && name.startsWith(kPropertyPrefix);
}

QString SecretStore::keyFingerprint(const QByteArray &publicKey)
{
    const dc::Hash h = dc::sha256(view(publicKey));
    const QString hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h.data()), 12).toHex()).toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

Status SecretStore::setHolder(Id managerId)
{
    if (m_holder != managerId)
        m_device.clear();
    m_holder = managerId;
    if (!wrapsSecrets() || managerId <= 0)
        return {};
    PORTER_TRY_ASSIGN(const QByteArray mine, devicePublicKey());
    PORTER_TRY_ASSIGN(const QByteArray registered, registeredKey(managerId));
    if (registered.isEmpty())
        PORTER_TRY(SecretRepository(m_db).putDeviceKey(managerId, mine, m_clock.nowSecs()));
    // A portfolio moved from this laptop's file: its sealed secrets become wrapped ones now. Not a
    // reason to refuse the sign-in: what stays sealed is said when a door needs it.
    if (auto adopted = adoptSealedSecrets(); !adopted.ok())
        qCWarning(lcSecrets) << "the sealed door secrets were not wrapped:" << adopted.error().message;
    return {};
}

Result<QByteArray> SecretStore::deviceSecret()
{
    if (!m_device.isEmpty())
        return m_device;
    if (m_holder <= 0)
        return makeError(ErrorCode::PermissionDenied, tr("Sign in first: door secrets are opened with a "
                                                         "manager's own key."));
    auto uuid = SecretRepository(m_db).installationUuid();
    if (!uuid.ok())
        return uuid.error();
    // A key of this computer for this manager of this server portfolio, kept as the master key is.
    auto k = m_keys.masterKey(QStringLiteral("device-%1-%2").arg(*uuid).arg(m_holder));
    if (!k.ok())
        return k.error();
    m_device = *k;
    return m_device;
}

Result<QByteArray> SecretStore::devicePublicKey()
{
    PORTER_TRY_ASSIGN(const QByteArray secret, deviceSecret());
    // The X25519 public half of the stored 32 bytes (the scalar is clamped by X25519 itself).
    const door::Bytes pub = dc::x25519PublicKey(view(secret));
    if (pub.empty())
        return makeError(ErrorCode::Crypto, tr("This computer's device key is damaged."));
    return fromBytes(pub);
}

Result<QByteArray> SecretStore::registeredKey(Id managerId) const
{
    auto k = SecretRepository(m_db).deviceKey(managerId);
    if (!k.ok())
        return k.error();
    return k->value_or(QByteArray());
}

Status SecretStore::replaceDeviceKey()
{
    PORTER_TRY_ASSIGN(const QByteArray mine, devicePublicKey());
    return SecretRepository(m_db).replaceDeviceKey(m_holder, mine, m_clock.nowSecs());
}

Result<SecretStore::Opened> SecretStore::openCopy(const QString &name)
{
    const Id property = propertyOfSecret(name).value_or(0);
    PORTER_TRY_ASSIGN(const QByteArray mine, devicePublicKey());
    PORTER_TRY_ASSIGN(const std::optional<SecretRepository::Wrapped> w,
                      SecretRepository(m_db).wrap(name, m_holder));
    if (!w)
        return makeError(ErrorCode::PermissionDenied,
                         tr("You do not hold the door secrets of property %1. A manager who holds them gives "
                            "them to you (Managers ▸ Give Door Access, or porterctl secrets give).")
                             .arg(property));
    if (w->recipientKey != mine)
        return makeError(ErrorCode::Crypto,
                         tr("Your copy of the door secrets of property %1 was given to the key of another "
                            "computer; this computer's key is %2. Register this computer's key (Settings ▸ "
                            "Security, or porterctl secrets replace-key), then ask a holder to give you door "
                            "access.")
                             .arg(property)
                             .arg(keyFingerprint(mine)));
    if (w->propertyId != property)
        return tampered(name);
    const QByteArray secret = m_device;
    auto shared = dc::x25519(view(secret), view(w->ephemeralPublic));
    std::optional<QByteArray> key;
    if (shared)
        key = wrapKey(*shared, w->ephemeralPublic, w->recipientKey);
    std::optional<door::Bytes> plain;
    if (key)
        plain = dc::aesGcmOpen(view(*key), view(w->nonce), view(wrapAad(name, m_holder, w->recipientKey)),
                               view(w->ciphertext));
    if (shared)
        dc::wipe(*shared);
    if (!plain)
        return makeError(ErrorCode::Crypto,
                         tr("Your copy of the secret %1 does not open with your key: it is damaged or was "
                            "not made for you. Ask a holder to give you door access again.")
                             .arg(name));
    Opened out;
    out.secret = fromBytes(*plain);
    dc::wipe(*plain);
    out.endorsement = w->endorsement;
    out.secretSignature = w->secretSignature;
    out.recipientKey = w->recipientKey;
    return out;
}

Result<QByteArray> SecretStore::ownSeed(Id propertyId)
{
    const QString name = propertySigningKey(propertyId);
    PORTER_TRY_ASSIGN(const Opened copy, openCopy(name));
    const QByteArray pub = fromBytes(dc::ed25519PublicKey(view(copy.secret)));
    if (pub.isEmpty() ||
        !verify(pub, endorsementMessage(propertyId, m_holder, copy.recipientKey), copy.endorsement))
        return tampered(name);
    return copy.secret;
}

Status SecretStore::wrapFor(const QList<std::pair<Id, QByteArray>> &recipients, const QString &name,
                            Id propertyId, const QByteArray &secret, const QByteArray &seed)
{
    const SecretRepository repo(m_db);
    for (const auto &[managerId, key] : recipients) {
        PORTER_TRY_ASSIGN(const SecretRepository::Wrapped w,
                          sealFor(name, propertyId, managerId, key, secret, seed));
        PORTER_TRY(repo.putWrap(w, m_holder, m_clock.nowSecs()));
    }
    return {};
}

Result<QByteArray> SecretStore::propertySeed(Id propertyId)
{
    const QString name = propertySigningKey(propertyId);
    PORTER_TRY_ASSIGN(const QByteArray seed, ownSeed(propertyId));
    const QByteArray pub = fromBytes(dc::ed25519PublicKey(view(seed)));
    // The key the doors pinned at commissioning (recorded before the first copies are made, and never
    // changed: the server refuses it).
    PORTER_TRY_ASSIGN(const QByteArray pinned, DirectoryRepository(m_db).propertyPublicKey(propertyId));
    if (pinned != pub) {
        // A key the property had, but not the one on record now: someone who held it put in another.
        PORTER_TRY_ASSIGN(const QList<QByteArray> known,
                          DirectoryRepository(m_db).publicKeysOnRecord(propertyId));
        if (known.contains(pub))
            return makeError(
                ErrorCode::Crypto,
                tr("The signing key on record for property %1 is not the one you hold: someone who held it "
                   "put in another, which no one else has. Porter does not sign with it. Reset the signing "
                   "key "
                   "(porterctl property reset-signing-key %1 --yes; removing that manager does it by "
                   "itself), "
                   "then commission the doors again.")
                    .arg(propertyId));
        return tampered(name);
    }
    return seed;
}

Result<QByteArray> SecretStore::unwrap(const QString &name)
{
    const std::optional<Id> property = propertyOfSecret(name);
    if (!property)
        return makeError(ErrorCode::Internal, QStringLiteral("not a property's secret: %1").arg(name));
    if (isSigningKey(name))
        return propertySeed(*property);
    PORTER_TRY_ASSIGN(const QByteArray seed, propertySeed(*property));
    PORTER_TRY_ASSIGN(const Opened copy, openCopy(name));
    const QByteArray pub = fromBytes(dc::ed25519PublicKey(view(seed)));
    if (!verify(pub, endorsementMessage(*property, m_holder, copy.recipientKey), copy.endorsement) ||
        !verify(pub, secretMessage(name, copy.secret), copy.secretSignature))
        return tampered(name);
    return copy.secret;
}

Status SecretStore::wrapForHolders(const QString &name, const QByteArray &secret)
{
    const std::optional<Id> property = propertyOfSecret(name);
    if (!property)
        return makeError(ErrorCode::Internal, QStringLiteral("not a property's secret: %1").arg(name));
    if (m_holder <= 0)
        return makeError(ErrorCode::PermissionDenied, tr("Sign in first: door secrets are wrapped by a "
                                                         "manager who holds them."));
    // A new signing key is its own seed; every other secret is signed with the property's key, which the
    // wrapper must hold.
    QByteArray seed;
    if (isSigningKey(name)) {
        seed = secret;
    } else {
        PORTER_TRY_ASSIGN(seed, propertySeed(*property));
    }
    const QByteArray pub = fromBytes(dc::ed25519PublicKey(view(seed)));
    if (pub.isEmpty())
        return makeError(ErrorCode::Crypto, tr("The signing key of property %1 is damaged.").arg(*property));
    SecretRepository repo(m_db);
    PORTER_TRY_ASSIGN(const auto recipients, endorsedHolders(*property, pub));
    if (recipients.isEmpty())
        return makeError(
            ErrorCode::PermissionDenied,
            tr("Nobody who may sync the doors of property %1 can receive its door secrets from you: "
               "sign in as a manager with Device Management who holds them.")
                .arg(*property));
    PORTER_TRY(repo.removeWraps(name));
    return wrapFor(recipients, name, *property, secret, seed);
}

Result<QList<std::pair<Id, QByteArray>>> SecretStore::endorsedHolders(Id propertyId,
                                                                      const QByteArray &propertyPublic)
{
    PORTER_TRY_ASSIGN(const QByteArray mine, devicePublicKey());
    SecretRepository repo(m_db);
    PORTER_TRY_ASSIGN(const auto holders, repo.doorSecretHolders(propertyId));
    PORTER_TRY_ASSIGN(const QList<SecretRepository::Wrapped> index, repo.wrapIndex(propertyId));
    // Only keys a holder approved: one's own, and those whose existing copies carry an endorsement by the
    // property's key. A registered key without one waits for a holder to give it door access.
    const auto endorsed = [&](Id managerId, const QByteArray &key) {
        if (managerId == m_holder && key == mine)
            return true;
        return std::any_of(index.begin(), index.end(), [&](const SecretRepository::Wrapped &w) {
            return w.managerId == managerId && w.recipientKey == key &&
                   verify(propertyPublic, endorsementMessage(propertyId, managerId, key), w.endorsement);
        });
    };
    QList<std::pair<Id, QByteArray>> recipients;
    for (const auto &[managerId, key] : holders) {
        if (!key.isEmpty() && endorsed(managerId, key))
            recipients.append({managerId, key});
    }
    return recipients;
}

Status SecretStore::replaceSigningKey(Id propertyId, const QByteArray &newSeed,
                                      const std::function<Status()> &moveKey)
{
    const QString signing = propertySigningKey(propertyId);
    const QByteArray newPublic = fromBytes(dc::ed25519PublicKey(view(newSeed)));
    if (newPublic.isEmpty())
        return makeError(ErrorCode::Crypto,
                         tr("The new signing key of property %1 is not valid.").arg(propertyId));
    if (!wrapsSecrets()) {
        PORTER_TRY(moveKey());
        return put(signing, newSeed);
    }
    // Everything the holder can open, checked under the old key, before the key moves.
    SecretRepository repo(m_db);
    PORTER_TRY_ASSIGN(const QByteArray oldSeed, propertySeed(propertyId));
    const QByteArray oldPublic = fromBytes(dc::ed25519PublicKey(view(oldSeed)));
    PORTER_TRY_ASSIGN(const auto recipients, endorsedHolders(propertyId, oldPublic));
    PORTER_TRY_ASSIGN(const auto names, repo.wrappedFor(m_holder, propertyId));
    QList<std::pair<QString, QByteArray>> secrets;
    for (const auto &[property, name] : names) {
        if (isSigningKey(name))
            continue;
        PORTER_TRY_ASSIGN(const QByteArray secret, unwrap(name));
        secrets.append({name, secret});
    }
    secrets.append({signing, newSeed});
    PORTER_TRY(moveKey());
    for (const auto &[name, secret] : secrets) {
        PORTER_TRY(repo.removeWraps(name));
        PORTER_TRY(wrapFor(recipients, name, propertyId, secret, newSeed));
    }
    return {};
}

Result<bool> SecretStore::holdsCopyHere(Id propertyId)
{
    if (!wrapsSecrets())
        return true;
    PORTER_TRY_ASSIGN(const QByteArray mine, devicePublicKey());
    PORTER_TRY_ASSIGN(const std::optional<SecretRepository::Wrapped> w,
                      SecretRepository(m_db).wrap(propertySigningKey(propertyId), m_holder));
    return w && w->recipientKey == mine;
}

Result<QByteArray> SecretStore::heldSigningKey(Id propertyId)
{
    if (!wrapsSecrets())
        return QByteArray();
    PORTER_TRY_ASSIGN(const QByteArray seed, ownSeed(propertyId));
    return fromBytes(dc::ed25519PublicKey(view(seed)));
}

Result<QList<Id>> SecretStore::resetSigningKey(Id propertyId, const QByteArray &newSeed,
                                               const QList<QByteArray> &keysOnRecord, bool withoutCopy,
                                               const std::function<Status()> &moveKey)
{
    const QString signing = propertySigningKey(propertyId);
    const QByteArray newPublic = fromBytes(dc::ed25519PublicKey(view(newSeed)));
    if (newPublic.isEmpty())
        return makeError(ErrorCode::Crypto,
                         tr("The new signing key of property %1 is not valid.").arg(propertyId));
    if (!wrapsSecrets()) {
        PORTER_TRY(moveKey());
        PORTER_TRY(put(signing, newSeed));
        return QList<Id>();
    }
    if (m_holder <= 0)
        return makeError(ErrorCode::PermissionDenied, tr("Sign in first: door secrets are wrapped by a "
                                                         "manager who holds them."));
    // The anchor: the key of the resetter's own copy, which a holder gave them and which opens here. It must
    // be one the property had. Only what it endorsed receives the new key: a key put on record since (the
    // one being reset, or an unsigned step) endorses nothing here.
    QList<std::pair<Id, QByteArray>> recipients;
    if (!withoutCopy) {
        PORTER_TRY_ASSIGN(const QByteArray anchor, heldSigningKey(propertyId));
        if (!keysOnRecord.contains(anchor))
            return makeError(
                ErrorCode::Crypto,
                tr("Your copy of the signing key of property %1 is of no key the property had: the key "
                   "was not reset. Someone may have changed the database; tell its administrator.")
                    .arg(propertyId));
        PORTER_TRY_ASSIGN(recipients, endorsedHolders(propertyId, anchor));
        if (std::none_of(recipients.begin(), recipients.end(),
                         [&](const auto &r) { return r.first == m_holder; }))
            return makeError(
                ErrorCode::PermissionDenied,
                tr("Only a manager who may sync the doors of property %1 resets its signing key.")
                    .arg(propertyId));
    } else {
        // Nobody's endorsement to follow: the new key goes to this computer's key alone (the caller checked
        // that it is the one registered; the server refuses a copy for any other), and the manager gives it
        // to the others, each key checked as it is read out.
        PORTER_TRY_ASSIGN(const QByteArray mine, devicePublicKey());
        recipients.append({m_holder, mine});
    }
    SecretRepository repo(m_db);
    PORTER_TRY(moveKey());
    PORTER_TRY_ASSIGN(const QList<SecretRepository::Wrapped> index, repo.wrapIndex(propertyId));
    QSet<QString> names;
    for (const SecretRepository::Wrapped &w : index)
        names.insert(w.name);
    for (const QString &name : names)
        PORTER_TRY(repo.removeWraps(name));
    PORTER_TRY(wrapFor(recipients, signing, propertyId, newSeed, newSeed));
    QList<Id> out;
    for (const auto &r : recipients)
        out << r.first;
    return out;
}

Result<int> SecretStore::giveProperty(Id propertyId, Id managerId, const QByteArray &checkedKey)
{
    SecretRepository repo(m_db);
    PORTER_TRY_ASSIGN(const auto names, repo.wrappedFor(m_holder, propertyId));
    if (names.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         tr("You hold no door secrets of property %1 to give.").arg(propertyId));
    PORTER_TRY_ASSIGN(const QByteArray seed, propertySeed(propertyId));
    int given = 0;
    for (const auto &[property, name] : names) {
        PORTER_TRY_ASSIGN(const QByteArray secret, unwrap(name));
        // The key that was checked, not whatever the table holds now: the server refuses it if the
        // registered key changed since (the policy compares them).
        PORTER_TRY_ASSIGN(const SecretRepository::Wrapped w,
                          sealFor(name, property, managerId, checkedKey, secret, seed));
        PORTER_TRY(repo.putWrap(w, m_holder, m_clock.nowSecs()));
        ++given;
    }
    return given;
}

Result<int> SecretStore::adoptSealedSecrets()
{
    if (!wrapsSecrets() || m_holder <= 0)
        return 0;
    SecretRepository repo(m_db);
    PORTER_TRY_ASSIGN(QStringList names, repo.secretNames(kPropertyPrefix));
    if (names.isEmpty())
        return 0;
    // Only a Portfolio Manager moves them (the server lets only them delete the sealed rows), so a
    // Property Manager's sign-in on that laptop does not wrap them over and over.
    PORTER_TRY_ASSIGN(const Manager me, DirectoryRepository(m_db).manager(m_holder));
    if (me.role != ManagerRole::PortfolioManager)
        return 0;
    // Signing keys first: every other secret is signed with its property's key.
    std::stable_sort(names.begin(), names.end(),
                     [](const QString &a, const QString &b) { return isSigningKey(a) && !isSigningKey(b); });
    QStringList adopted;
    const Status moved = m_db.transaction([&]() -> Status {
        for (const QString &name : names) {
            auto sealed = sealedValue(name);
            if (!sealed.ok())
                continue; // another laptop's: it wraps them when its manager signs in there
            PORTER_TRY(wrapForHolders(name, *sealed));
            PORTER_TRY(repo.removeSecret(name));
            adopted << name;
        }
        PORTER_TRY_ASSIGN(const QStringList left, repo.secretNames(kPropertyPrefix));
        for (const QString &name : adopted) {
            if (left.contains(name))
                return makeError(ErrorCode::PermissionDenied,
                                 tr("The sealed secret %1 could not be removed from the server.").arg(name));
        }
        return {};
    });
    if (!moved.ok())
        return moved.error();
    return int(adopted.size());
}

} // namespace porter
