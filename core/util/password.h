#pragma once

#include "util/result.h"

#include <QString>

namespace porter {

// Manager passwords are stored only as a memory-hard scrypt hash with a per-user random salt.
// Encoded form: "scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>" so parameters can be raised later
// without breaking existing hashes.
struct ScryptParams
{
    int log2N = 15; // 32 MiB with r = 8
    int r = 8;
    int p = 1;
};

Result<QString> hashPassword(const QString &password, ScryptParams params = {});
bool verifyPassword(const QString &password, const QString &encoded);

} // namespace porter
