#include "phonefiles.h"

#include "door/phonefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace porter::cli {

namespace {

// Phone files are one short line; a larger file is not one (and is not read whole).
constexpr qint64 kMaxPhoneFileSize = 4096;

door::PhoneFile doorKind(PhoneFile kind)
{
    switch (kind) {
    case PhoneFile::PrivateKey:
        return door::PhoneFile::PrivateKey;
    case PhoneFile::PublicKey:
        return door::PhoneFile::PublicKey;
    case PhoneFile::Certificate:
        break;
    }
    return door::PhoneFile::Certificate;
}

door::ByteView viewOf(const QByteArray &bytes)
{
    return door::ByteView(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                          std::size_t(bytes.size()));
}

QString notThatKind(const QString &path, PhoneFile kind)
{
    switch (kind) {
    case PhoneFile::PublicKey:
        return QCoreApplication::translate(
                   "porter::cli", "%1 is not a phone public key file (made by porter-door phone new).")
            .arg(path);
    case PhoneFile::PrivateKey:
        return QCoreApplication::translate("porter::cli",
                                           "%1 is not a phone private key (porter-door phone new).")
            .arg(path);
    case PhoneFile::Certificate:
        break;
    }
    return QCoreApplication::translate("porter::cli",
                                       "%1 is not a phone certificate (porterctl person app-key --out).")
        .arg(path);
}

} // namespace

Result<QByteArray> readPhoneFile(const QString &path, PhoneFile kind)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Storage,
            QCoreApplication::translate("porter::cli", "Cannot read %1: %2").arg(path, f.errorString()));
    const std::string text = f.read(kMaxPhoneFileSize).toStdString();
    if (const auto bytes = door::decodePhoneFile(doorKind(kind), text))
        return QByteArray(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size()));
    // Porter never takes a private key: handing one over would defeat the point of making it on the phone.
    if (kind == PhoneFile::PublicKey && door::phoneFileKind(text) == door::PhoneFile::PrivateKey)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "porter::cli", "%1 is the phone's private key: it must stay on the phone. "
                                            "Give the phone's public key file instead.")
                             .arg(path));
    return makeError(ErrorCode::InvalidInput, notThatKind(path, kind));
}

QByteArray phoneFileText(PhoneFile kind, const QByteArray &bytes)
{
    return QByteArray::fromStdString(door::encodePhoneFile(doorKind(kind), viewOf(bytes)));
}

Status writeNewPhoneFile(const QString &path, PhoneFile kind, const QByteArray &bytes,
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
    const QByteArray text = phoneFileText(kind, bytes);
    if (f.write(text) != text.size() || !f.flush()) {
        const QString why = f.errorString();
        f.remove();
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("porter::cli", "Cannot write %1: %2").arg(path, why));
    }
    return {};
}

} // namespace porter::cli
