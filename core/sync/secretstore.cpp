#include "sync/secretstore.h"

#include "door/crypto.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

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

Result<QString> installationUuid(Database &db)
{
    auto existing = db.scalar(QStringLiteral("SELECT uuid FROM installation WHERE id = 1"));
    if (!existing.ok())
        return existing.error();
    if (!existing->isNull())
        return existing->toString();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    PORTER_TRY(
        db.exec(QStringLiteral("INSERT OR IGNORE INTO installation (id, uuid) VALUES (1, ?)"), {uuid}));
    auto again = db.scalar(QStringLiteral("SELECT uuid FROM installation WHERE id = 1"));
    if (!again.ok())
        return again.error();
    return again->toString();
}

} // namespace

FileKeyProvider::FileKeyProvider(QString directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString FileKeyProvider::defaultDirectory()
{
    const QString env = qEnvironmentVariable("PORTER_KEY_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/keys");
}

QString FileKeyProvider::describe() const
{
    return QStringLiteral("key file in %1").arg(m_dir);
}

Result<QByteArray> FileKeyProvider::masterKey(const QString &uuid)
{
    const QString path = m_dir + QLatin1Char('/') + uuid + QStringLiteral(".key");
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Crypto, QStringLiteral("Cannot read the key file %1.").arg(path));
        const QByteArray key = QByteArray::fromHex(existing.readAll().trimmed());
        if (key.size() != 32)
            return makeError(
                ErrorCode::Crypto,
                QStringLiteral("The key file %1 is damaged; Porter's secrets cannot be opened.").arg(path));
        return key;
    }
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Crypto, QStringLiteral("Cannot create the key folder %1.").arg(m_dir));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray key = fromBytes(dc::randomBytes(32));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Crypto, QStringLiteral("Cannot create the key file %1.").arg(path));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toHex());
    if (!file.commit())
        return makeError(ErrorCode::Crypto, QStringLiteral("Cannot write the key file %1.").arg(path));
    return key;
}

std::unique_ptr<KeyProvider> defaultKeyProvider()
{
    return std::make_unique<FileKeyProvider>();
}

SecretStore::SecretStore(Database &db, KeyProvider &keys)
    : m_db(db)
    , m_keys(keys)
{}

Result<QByteArray> SecretStore::key()
{
    if (!m_key.isEmpty())
        return m_key;
    auto uuid = installationUuid(m_db);
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
    auto k = key();
    if (!k.ok())
        return k.error();
    const door::Bytes nonce = dc::randomBytes(12);
    const QByteArray aad = name.toUtf8();
    const door::Bytes sealed =
        dc::aesGcmSeal(view(*k), door::ByteView(nonce.data(), nonce.size()), view(aad), view(secret));
    PORTER_TRY(m_db.exec(QStringLiteral("INSERT OR REPLACE INTO secret (name, nonce, ciphertext, created_at) "
                                        "VALUES (?, ?, ?, strftime('%s', 'now'))"),
                         {name, fromBytes(nonce), fromBytes(sealed)}));
    return {};
}

Result<QByteArray> SecretStore::get(const QString &name)
{
    auto q = m_db.exec(QStringLiteral("SELECT nonce, ciphertext FROM secret WHERE name = ?"), {name});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("Porter holds no secret named %1.").arg(name));
    auto k = key();
    if (!k.ok())
        return k.error();
    const QByteArray nonce = q->value(0).toByteArray();
    const QByteArray sealed = q->value(1).toByteArray();
    const QByteArray aad = name.toUtf8();
    auto plain = dc::aesGcmOpen(view(*k), view(nonce), view(aad), view(sealed));
    if (!plain)
        return makeError(
            ErrorCode::Crypto,
            QStringLiteral("The secret %1 cannot be opened with this installation's key (%2). Was the "
                           "database copied from another computer without its key?")
                .arg(name, m_keys.describe()));
    return fromBytes(*plain);
}

Result<bool> SecretStore::has(const QString &name) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM secret WHERE name = ?"), {name});
    if (!v.ok())
        return v.error();
    return v->toInt() > 0;
}

} // namespace porter
