#pragma once

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "util/clock.h"

namespace porter::ui {

// The core services a window works with. Not owned: the application (or a test fixture) owns the
// database and the services and outlives every window.
struct Services
{
    Database *db = nullptr;
    DirectoryService *directory = nullptr;
    AccessService *access = nullptr;
    QueryService *queries = nullptr;
    const Clock *clock = nullptr;
};

} // namespace porter::ui
