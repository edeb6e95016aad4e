#pragma once

// Phone files on disk (docs/door-protocol.md §3), for porterctl (person app-key reads the phone's
// public key and writes its certificate) and porter-door (phone new writes the key pair, try --app
// reads the certificate and the private key). The format is core/door/phonefile.h's, the one codec;
// this header keeps the door's headers away from porterctl.

#include "util/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace porter::cli {

// The three phone files (door::PhoneFile).
enum class PhoneFile
{
    PrivateKey,  // the phone's Ed25519 seed: stays on the phone
    PublicKey,   // what the phone hands to Porter
    Certificate, // what Porter hands back
};

// The bytes a phone file of that kind holds. Errors: Storage (cannot read the file), InvalidInput
// (anything else than a file of that kind, saying what it is when it is another phone file, e.g. the
// private key where the public key was expected).
Result<QByteArray> readPhoneFile(const QString &path, PhoneFile kind);

// The text of a phone file: one line, "<label> <hex>\n".
QByteArray phoneFileText(PhoneFile kind, const QByteArray &bytes);

// Writes a new phone file (never replaces one: Conflict if it exists) with `permissions` from its
// creation on; a file that could not be written completely is removed (Storage).
Status writeNewPhoneFile(const QString &path, PhoneFile kind, const QByteArray &bytes,
                         QFileDevice::Permissions permissions);

} // namespace porter::cli
