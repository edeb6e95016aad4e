#pragma once

// Phone files on disk (docs/door-protocol.md §3), for porterctl (person app-key reads the phone's
// public key and writes its certificate) and porter-door (phone new writes the key pair, try --app
// reads the certificate and the private key). The format is core/door/phonefile.h's, the one codec.

#include "door/phonefile.h"
#include "util/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace porter::cli {

// The bytes a phone file of that kind holds. Errors: Storage (cannot read the file), InvalidInput
// (anything else than a file of that kind, saying what it is when it is another phone file, e.g. the
// private key where the public key was expected).
Result<door::Bytes> readPhoneFile(const QString &path, door::PhoneFile kind);

// The text of a phone file: one line, "<label> <hex>\n".
QByteArray phoneFileText(door::PhoneFile kind, const QByteArray &bytes);

// Writes a new phone file (never replaces one: Conflict if it exists) with `permissions` from its
// creation on; a file that could not be written completely is removed (Storage).
Status writeNewPhoneFile(const QString &path, door::PhoneFile kind, door::ByteView bytes,
                         QFileDevice::Permissions permissions);

} // namespace porter::cli
