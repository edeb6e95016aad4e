#include "util/password.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace porter {
namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

bool derive(const QByteArray &password, const QByteArray &salt, const ScryptParams &p, QByteArray &out)
{
    out.resize(kHashBytes);
    const quint64 n = quint64(1) << p.log2N;
    const quint64 maxMem = 128ull * 1024 * 1024 * quint64(p.p) + 128ull * quint64(p.r) * n * 2;
    return EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), n,
                          quint64(p.r), quint64(p.p), maxMem, reinterpret_cast<unsigned char *>(out.data()),
                          size_t(out.size())) == 1;
}

} // namespace

Result<QString> hashPassword(const QString &password, ScryptParams params)
{
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("porter::Password", "The password must not be empty."));
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return makeError(ErrorCode::Crypto, QCoreApplication::translate(
                                                "porter::Password", "The system random generator failed."));
    QByteArray hash;
    if (!derive(password.toUtf8(), salt, params, hash))
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("porter::Password", "Hashing the password failed."));
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(params.log2N)
        .arg(params.r)
        .arg(params.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return false;
    ScryptParams params;
    bool okN = false, okR = false, okP = false;
    params.log2N = parts[1].toInt(&okN);
    params.r = parts[2].toInt(&okR);
    params.p = parts[3].toInt(&okP);
    if (!okN || !okR || !okP || params.log2N < 10 || params.log2N > 22 || params.r < 1 || params.r > 32 ||
        params.p < 1 || params.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (salt.size() < 8 || expected.size() != kHashBytes)
        return false;
    QByteArray actual;
    if (!derive(password.toUtf8(), salt, params, actual))
        return false;
    return CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(kHashBytes)) == 0;
}

} // namespace porter
