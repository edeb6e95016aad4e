#pragma once

#include "access/accessservice.h"
#include "access/bulkservice.h"
#include "access/directoryservice.h"
#include "access/outboxservice.h"
#include "access/queryservice.h"
#include "app/backend.h"
#include "devices/deviceservice.h"
#include "mail/mailservice.h"
#include "util/clock.h"

namespace porter::ui {

// The core services a window works with, all from one Backend. Not owned: the application (or a
// test fixture) owns the Backend and outlives every window.
struct Services
{
    Backend *backend = nullptr;
    DirectoryService *directory = nullptr;
    AccessService *access = nullptr;
    QueryService *queries = nullptr;
    const Clock *clock = nullptr;
    sync::DeviceService *devices = nullptr;
    BulkService *bulk = nullptr; // several people at once (the People page's bulk actions)
    OutboxService *outbox = nullptr;
    MailService *mail = nullptr; // the mail server's settings and delivery (issue 10)

    static Services of(Backend &b)
    {
        return Services{&b,           &b.directory(), &b.access(), &b.queries(), &b.clock(),
                        &b.devices(), &b.bulk(),      &b.outbox(), &b.mail()};
    }
};

} // namespace porter::ui
