#pragma once

#include "util/result.h"

namespace porter {

class Database;

// Whether a database still needs its portfolio and first Portfolio Manager (DirectoryService::init).
// Read-only; lets a front-end offer a first-run dialog instead of a sign-in that cannot succeed.
Result<bool> needsFirstRun(const Database &db);

} // namespace porter
