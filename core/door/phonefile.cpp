#include "door/phonefile.h"

#include "door/certificate.h"
#include "door/crypto.h"

namespace porter::door {

const char *phoneFileLabel(PhoneFile kind)
{
    switch (kind) {
    case PhoneFile::PrivateKey:
        return "porter-phone-private-key-1";
    case PhoneFile::PublicKey:
        return "porter-phone-public-key-1";
    case PhoneFile::Certificate:
        return "porter-app-certificate-2";
    }
    return "";
}

namespace {

std::size_t phoneFileSize(PhoneFile kind)
{
    return kind == PhoneFile::Certificate ? kCertificateSize : crypto::kKeySize;
}

} // namespace

std::string encodePhoneFile(PhoneFile kind, ByteView bytes)
{
    return std::string(phoneFileLabel(kind)) + ' ' + toHex(bytes) + '\n';
}

std::optional<Bytes> decodePhoneFile(PhoneFile kind, std::string_view text)
{
    if (text.ends_with("\r\n"))
        text.remove_suffix(2);
    else if (text.ends_with('\n'))
        text.remove_suffix(1);
    const std::string_view label = phoneFileLabel(kind);
    if (text.size() != label.size() + 1 + 2 * phoneFileSize(kind) || !text.starts_with(label) ||
        text[label.size()] != ' ')
        return std::nullopt;
    Bytes out;
    if (!fromHex(text.substr(label.size() + 1), out) || out.size() != phoneFileSize(kind))
        return std::nullopt;
    if (kind == PhoneFile::Certificate && !decodeCertificate(out))
        return std::nullopt;
    return out;
}

std::optional<PhoneFile> phoneFileKind(std::string_view text)
{
    for (PhoneFile kind : {PhoneFile::PrivateKey, PhoneFile::PublicKey, PhoneFile::Certificate}) {
        const std::string_view label = phoneFileLabel(kind);
        if (text.starts_with(label) && (text.size() == label.size() || text[label.size()] == ' '))
            return kind;
    }
    return std::nullopt;
}

} // namespace porter::door
