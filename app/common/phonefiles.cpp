#include "phonefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace porter::cli {

namespace {

// Phone files are one short line; a larger file is not one (and is not read whole).
constexpr qint64 kMaxPhoneFileSize = 4096;

QString notThatKind(const QString &path, door::PhoneFile kind)
{
    switch (kind) {
    case door::PhoneFile::PublicKey:
        return QCoreApplication::translate(
                   "porter::cli", "%1 is not a phone public key file (made by porter-door phone new).")
            .arg(path);
    case door::PhoneFile::PrivateKey:
        return QCoreApplication::translate("porter::cli",
                                           "%1 is not a phone private key (porter-door phone new).")
            .arg(path);
    case door::PhoneFile::Certificate:
        break;
    }
    return QCoreApplication::translate("porter::cli",
                                       "%1 is not a phone certificate (porterctl person app-key --out).")
        .arg(path);
}

} // namespace

Result<door::Bytes> readPhoneFile(const QString &path, door::PhoneFile kind)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Storage,
            QCoreApplication::translate("porter::cli", "Cannot read %1: %2").arg(path, f.errorString()));
    const std::string text = f.read(kMaxPhoneFileSize).toStdString();
    if (auto bytes = door::decodePhoneFile(kind, text))
        return *bytes;
    // Porter never takes a private key: handing one over would defeat the point of making it on the phone.
    if (kind == door::PhoneFile::PublicKey && door::phoneFileKind(text) == door::PhoneFile::PrivateKey)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "porter::cli", "%1 is the phone's private key: it must stay on the phone. "
                                            "Give the phone's public key file instead.")
                             .arg(path));
    return makeError(ErrorCode::InvalidInput, notThatKind(path, kind));
}

QByteArray phoneFileText(door::PhoneFile kind, const QByteArray &bytes)
{
    const door::ByteView view(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                              std::size_t(bytes.size()));
    return QByteArray::fromStdString(door::encodePhoneFile(kind, view));
}

Status writeNewPhoneFile(const QString &path, door::PhoneFile kind, door::ByteView bytes,
                         QFileDevice::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)) {
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate(
                                 "porter::cli", "%1 already exists: phone new never replaces a phone's "
                                                "key; pick another directory.")
                                 .arg(path));
        return makeError(
            ErrorCode::Storage,
            QCoreApplication::translate("porter::cli", "Cannot write %1: %2").arg(path, f.errorString()));
    }
    const QByteArray text = QByteArray::fromStdString(door::encodePhoneFile(kind, bytes));
    if (f.write(text) != text.size() || !f.flush()) {
        const QString why = f.errorString();
        f.remove();
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("porter::cli", "Cannot write %1: %2").arg(path, why));
    }
    return {};
}

} // namespace porter::cli
