#pragma once

#include "util/result.h"

#include <QString>

namespace porter {

// Input checks shared by every front end. Each returns the normalized value or a one-line reason.
Result<QString> validateEmail(const QString &email);
// Parses a phone number to E.164 with libphonenumber; numbers without a country code use `region`
// (ISO 3166-1 alpha-2, the property's). Empty input gives an empty result (the phone is optional).
Result<QString> normalizePhone(const QString &phone, const QString &region);
Result<QString> validateName(const QString &name, const QString &what);
// Refuses text holding U+FFFD, the replacement character: a front end decoding bytes that are not
// valid UTF-8 (a command-line argument from a Latin-1 terminal, a file in another encoding) puts one
// where each bad byte was, and storing it would silently lose the real name. `what` names the field.
Status checkValidText(const QString &text, const QString &what);
// Keycard serials: 4 to 10 bytes of UID as hex (separators ':' '-' ' ' allowed), returned upper-case.
Result<QString> normalizeCardSerial(const QString &serial);
bool isValidRegion(const QString &region);

} // namespace porter
