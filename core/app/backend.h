#pragma once

#include "demo/demo.h"
#include "model/types.h"
#include "util/clock.h"
#include "util/result.h"

#include <QString>
#include <memory>
#include <optional>

namespace porter {

class ChangeFeed;
class Database;
class KeyProvider;
class SecretStore;
class DirectoryService;
class AccessService;
class BulkService;
class ImportService;
class QueryService;
class OutboxService;
class MailService;
namespace sync {
class DeviceService;
}
namespace kits {
class KitService;
}

// The composition root: the one object that opens a Porter database and owns everything built over
// it — the database, the clock, the key provider, the secret store and every service. The window,
// porterctl, the demo and the tests all build their services through it, the same way
// (docs/architecture.md, "Who owns what"). Services refer to each other only through it; a front end
// holds a Backend and asks it for services, never constructs one itself.
class Backend
{
public:
    enum class Open
    {
        Existing, // the file must be a Porter database already
        Create,   // create it (first run, `porterctl init`); an existing Porter database is opened
    };

    // What a Backend is built from besides the file. Defaults: the system clock and this platform's
    // key provider (the OS keychain or the key file).
    struct Parts
    {
        // Out of line: KeyProvider is only forward-declared here.
        Parts();
        Parts(Parts &&) noexcept;
        Parts &operator=(Parts &&) noexcept;
        ~Parts();

        std::unique_ptr<Clock> clock;
        const Clock *sharedClock = nullptr; // a clock the caller owns and keeps alive (tests)
        std::unique_ptr<KeyProvider> keys;
        // A portfolio on a PostgreSQL server: the password to connect with, when libpq's own sources
        // (PGPASSWORD, the password file) have none. A manager with their own login signs in with it.
        QString serverPassword;
    };

    static Result<std::unique_ptr<Backend>> open(const QString &path, Open mode);
    static Result<std::unique_ptr<Backend>> open(const QString &path, Open mode, Parts parts);
    // Where Porter keeps its database when no path is given.
    static Result<QString> defaultPath();
    // Whether `location` names a portfolio on a PostgreSQL server rather than a file: such a portfolio is
    // made by its administrator (porterctl init), never by a front end offering to create a file there.
    static bool isServerLocation(const QString &location);
    // A server location's address to show (no password) and the login it connects with (the
    // address's user, or the operating system user's name as libpq takes it); nullopt for a file.
    struct ServerAddress
    {
        QString display;
        QString login;
    };
    static std::optional<ServerAddress> serverAddress(const QString &location);
    // A server portfolio's address in its parts, as the connection dialog asks for them; and back.
    struct ServerParts
    {
        QString host; // a name, an address, or a socket folder (/run/postgresql)
        int port = 5432;
        QString database;
        QString login;   // empty: the operating system user's name, as libpq takes it
        QString sslMode; // libpq's sslmode; empty: its default (prefer)
    };
    // The address of `parts` (never with a password), or what is wrong with them, field by field.
    static Result<QString> serverLocation(const ServerParts &parts);
    static std::optional<ServerParts> serverParts(const QString &location);
    // The schema version this build of Porter writes.
    static int latestSchemaVersion();

    ~Backend();
    Backend(const Backend &) = delete;
    Backend &operator=(const Backend &) = delete;

    QString path() const;
    const Clock &clock() const { return *m_clock; }

    DirectoryService &directory() { return *m_directory; }
    AccessService &access() { return *m_access; }
    BulkService &bulk() { return *m_bulk; }
    ImportService &imports() { return *m_imports; }
    QueryService &queries() { return *m_queries; }
    OutboxService &outbox() { return *m_outbox; }
    MailService &mail() { return *m_mail; }
    sync::DeviceService &devices() { return *m_devices; }
    SecretStore &secrets() { return *m_secrets; }
    kits::KitService &kits() { return *m_kits; }
    // Where this computer keeps its keys (the OS keychain or the key file).
    KeyProvider &keys() { return *m_keys; }

    // Who signed in (porterctl, the window, a test): on a server portfolio, the door secrets are opened
    // with that manager's device key, created on this computer and registered at their first sign-in
    // (docs/design/shared-portfolio.md, section 5). A failure here does not refuse the sign-in: it is
    // said again when a door secret is needed.
    Status signedIn(const Manager &manager);

    // Other managers' changes as they commit (a server portfolio; silent on a file), started on first use.
    ChangeFeed &changes();

    // True while the database has no manager yet: the first run sets up the portfolio.
    Result<bool> needsFirstRun() const;
    // Fills an empty database with the demo portfolio (core/demo/demo.h).
    Result<demo::DemoSummary> createDemo();

    // The database itself, for core code (door sync) and tests. Front ends cannot use it: the header
    // of Database is not on their include path (CONTRIBUTING.md, "Layers the build enforces").
    Database &database() { return *m_db; }

private:
    Backend() = default;

    std::unique_ptr<Clock> m_ownedClock;
    const Clock *m_clock = nullptr;
    std::unique_ptr<KeyProvider> m_keys;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<AccessService> m_access;
    std::unique_ptr<BulkService> m_bulk;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<OutboxService> m_outbox;
    std::unique_ptr<MailService> m_mail;
    std::unique_ptr<sync::DeviceService> m_devices;
    std::unique_ptr<kits::KitService> m_kits;
    std::unique_ptr<ChangeFeed> m_changes;
};

} // namespace porter
