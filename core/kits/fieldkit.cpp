#include "kits/fieldkit.h"

#include "door/crypto.h"
#include "door/door.h"
#include "door/protocol.h"
#include "secrets/secretstore.h"
#include "sync/internal/planner.h"

#include <QFile>
#include <QSaveFile>

namespace porter::kits {
namespace {

namespace dc = door::crypto;
using sync::viewOf;
const auto fromBytes = sync::toQByteArray;

constexpr char kMagic[] = "PORTERKIT1\n";
constexpr qsizetype kMagicSize = sizeof kMagic - 1;
constexpr qsizetype kNonceSize = 12;
// This computer's key for field kits, kept by the KeyProvider beside the installations' master keys.
const QString kKeyName = QStringLiteral("porter-field-kits");
const QByteArray kAad = QByteArrayLiteral("porter-field-kit-v1");
// Far above any real kit (200 doors' full lists are a few MB): a hostile file cannot make Porter
// allocate much before it is refused.
constexpr qint64 kMaxFileBytes = 512ll * 1024 * 1024;

} // namespace

Status KitFile::save(const QString &path, const FieldKit &kit, KeyProvider &keys)
{
    auto key = keys.masterKey(kKeyName);
    if (!key.ok())
        return key.error();
    QByteArray plain = encode(kit);
    const door::Bytes nonce = dc::randomBytes(kNonceSize);
    const door::Bytes sealed = dc::aesGcmSeal(viewOf(*key), nonce, viewOf(kAad), viewOf(plain));
    plain.fill('\0');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage,
                         tr("Cannot write the field kit %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kMagic, kMagicSize);
    file.write(fromBytes(nonce));
    file.write(fromBytes(sealed));
    if (!file.commit())
        return makeError(ErrorCode::Storage,
                         tr("Cannot write the field kit %1: %2").arg(path, file.errorString()));
    return {};
}

Result<FieldKit> KitFile::load(const QString &path, KeyProvider &keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot open the field kit %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return makeError(ErrorCode::InvalidInput, tr("%1 is not a field kit (too large).").arg(path));
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(QByteArray(kMagic, kMagicSize)) || bytes.size() < kMagicSize + kNonceSize + 16)
        return makeError(ErrorCode::InvalidInput, tr("%1 is not a Porter field kit.").arg(path));
    auto key = keys.masterKey(kKeyName);
    if (!key.ok())
        return key.error();
    const QByteArray nonce = bytes.mid(kMagicSize, kNonceSize);
    const QByteArray sealed = bytes.mid(kMagicSize + kNonceSize);
    auto plain = dc::aesGcmOpen(viewOf(*key), viewOf(nonce), viewOf(kAad), viewOf(sealed));
    if (!plain)
        return makeError(ErrorCode::Crypto,
                         tr("The field kit %1 was built on another computer or by another user, or it was "
                            "changed: only the laptop that built a kit can use it. Build a new kit here.")
                             .arg(path));
    QByteArray json = fromBytes(*plain);
    dc::wipe(*plain);
    auto kit = decode(json);
    json.fill('\0');
    return kit;
}

Status KitFile::save(const QString &path, const FieldKit &kit)
{
    const std::unique_ptr<KeyProvider> keys = defaultKeyProvider();
    return save(path, kit, *keys);
}

Result<FieldKit> KitFile::load(const QString &path)
{
    const std::unique_ptr<KeyProvider> keys = defaultKeyProvider();
    return load(path, *keys);
}

} // namespace porter::kits
