#pragma once

// Phone files (docs/door-protocol.md §3): the phone's private key, its public key and its
// certificate travel as one-line text files, "<label> <hex>\n", written and read by this codec
// only. porterctl (person app-key) and porter-door (phone new, try --app) both use it, through the
// front ends' shared helpers (app/common/phonefiles.h), which add the reading and writing of files.

#include "door/bytes.h"

#include <optional>
#include <string>
#include <string_view>

namespace porter::door {

enum class PhoneFile
{
    PrivateKey,  // "porter-phone-private-key-1", 32-byte Ed25519 seed: stays on the phone
    PublicKey,   // "porter-phone-public-key-1", 32 bytes: what the phone hands to Porter
    Certificate, // "porter-app-certificate-2", kCertificateSize bytes: what Porter hands back
};

const char *phoneFileLabel(PhoneFile kind);
std::string encodePhoneFile(PhoneFile kind, ByteView bytes);
// The bytes of a file of that kind; nullopt when the text is anything else (other label, bad
// hex, wrong size, a certificate that does not decode). One trailing "\n" or "\r\n" is allowed.
std::optional<Bytes> decodePhoneFile(PhoneFile kind, std::string_view text);
// The kind a text's label claims (whether or not the rest is well formed), so a reader can say
// "this is the private key" rather than only "this is not a public key".
std::optional<PhoneFile> phoneFileKind(std::string_view text);

} // namespace porter::door
