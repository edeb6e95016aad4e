#include "app/backend.h"

#include "access/accessservice.h"
#include "access/bulkservice.h"
#include "access/directoryservice.h"
#include "access/importservice.h"
#include "access/outboxservice.h"
#include "access/queryservice.h"
#include "app/changefeed.h"
#include "devices/deviceservice.h"
#include "kits/kitservice.h"
#include "mail/mailservice.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/directoryrepository.h"
#include "store/location.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace porter {

bool Backend::isServerLocation(const QString &location)
{
    const auto parsed = DatabaseLocation::parse(location);
    return parsed.ok() && parsed->isPostgreSql();
}

Backend::Parts::Parts() = default;
Backend::Parts::Parts(Parts &&) noexcept = default;
Backend::Parts &Backend::Parts::operator=(Parts &&) noexcept = default;
Backend::Parts::~Parts() = default;

Result<std::unique_ptr<Backend>> Backend::open(const QString &path, Open mode)
{
    return open(path, mode, Parts{});
}

Result<std::unique_ptr<Backend>> Backend::open(const QString &path, Open mode, Parts parts)
{
    auto db = [&]() -> Result<std::unique_ptr<Database>> {
        if (!parts.serverPassword.isEmpty() && isServerLocation(path)) {
            PORTER_TRY_ASSIGN(const DatabaseLocation location, DatabaseLocation::parse(path));
            return Database::openServer(location, parts.serverPassword, mode == Open::Create);
        }
        return mode == Open::Create ? Database::create(path) : Database::open(path);
    }();
    if (!db.ok())
        return db.error();
    std::unique_ptr<Backend> b(new Backend);
    if (parts.sharedClock) {
        b->m_clock = parts.sharedClock;
    } else {
        b->m_ownedClock = parts.clock ? std::move(parts.clock) : std::make_unique<SystemClock>();
        b->m_clock = b->m_ownedClock.get();
    }
    b->m_keys = parts.keys ? std::move(parts.keys) : defaultKeyProvider();
    b->m_db = std::move(db).value();
    b->m_secrets = std::make_unique<SecretStore>(*b->m_db, *b->m_keys, b->m_clock);
    b->m_directory = std::make_unique<DirectoryService>(*b->m_db, *b->m_clock);
    b->m_access = std::make_unique<AccessService>(*b->m_db, *b->m_clock);
    b->m_bulk = std::make_unique<BulkService>(*b->m_db, *b->m_clock);
    b->m_imports = std::make_unique<ImportService>(*b->m_db, *b->m_clock);
    b->m_queries = std::make_unique<QueryService>(*b->m_db, *b->m_clock);
    b->m_outbox = std::make_unique<OutboxService>(*b->m_db, *b->m_clock);
    b->m_mail = std::make_unique<MailService>(*b->m_db, *b->m_clock, *b->m_secrets);
    b->m_devices = std::make_unique<sync::DeviceService>(*b->m_db, *b->m_clock, *b->m_secrets);
    b->m_kits = std::make_unique<kits::KitService>(*b->m_db, *b->m_clock, *b->m_secrets, *b->m_keys);
    // A manager removed, or no longer with Device Management on a property, no longer holds its door
    // secrets: withdrawn (and the doorcode secret rotated) in the same transaction as the change.
    sync::DeviceService *devices = b->m_devices.get();
    b->m_directory->setManagerChanged([devices](const Manager &actor, const Manager &before) -> Status {
        auto withdrawn = devices->withdrawDoorSecrets(actor, before);
        if (!withdrawn.ok())
            return withdrawn.error();
        return {};
    });
    return b;
}

Status Backend::signedIn(const Manager &manager)
{
    return m_secrets->setHolder(manager.id);
}

std::optional<Backend::ServerAddress> Backend::serverAddress(const QString &location)
{
    if (!isServerLocation(location))
        return std::nullopt;
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed.ok())
        return std::nullopt;
    ServerAddress out;
    out.display = parsed->display();
    out.login = parsed->user;
    if (out.login.isEmpty())
        out.login =
            qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    return out;
}

Result<QString> Backend::serverLocation(const ServerParts &parts)
{
    const QString host = parts.host.trimmed();
    const QString database = parts.database.trimmed();
    const QString login = parts.login.trimmed();
    const auto invalid = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    if (host.isEmpty())
        return invalid(QCoreApplication::translate("porter::Backend",
                                                   "Enter the server: its name (db.example.com), "
                                                   "its address, or a socket folder."));
    if (host.contains(QRegularExpression(QStringLiteral("[\\s/?#@]"))) && !host.startsWith(QLatin1Char('/')))
        return invalid(
            QCoreApplication::translate("porter::Backend", "\"%1\" is not a server name or address.")
                .arg(host));
    if (parts.port < 1 || parts.port > 65535)
        return invalid(
            QCoreApplication::translate("porter::Backend", "The port is a number from 1 to 65535."));
    if (database.isEmpty())
        return invalid(
            QCoreApplication::translate("porter::Backend", "Enter the name of the portfolio's database."));
    if (database.contains(QRegularExpression(QStringLiteral("[\\s/?#]"))))
        return invalid(
            QCoreApplication::translate("porter::Backend", "\"%1\" is not a database name.").arg(database));
    if (login.contains(QRegularExpression(QStringLiteral("[\\s:/?#@]"))))
        return invalid(
            QCoreApplication::translate("porter::Backend", "\"%1\" is not a login name.").arg(login));
    DatabaseLocation where;
    where.kind = DatabaseLocation::Kind::PostgreSql;
    where.host = host;
    where.port = parts.port;
    where.database = database;
    where.user = login;
    where.sslMode = parts.sslMode;
    // What Porter opens is what it parses: the address is read back, and must say the same.
    const QString address = where.display();
    auto parsed = DatabaseLocation::parse(address);
    if (!parsed.ok())
        return parsed.error();
    if (parsed->host != host || parsed->port != parts.port || parsed->database != database ||
        parsed->user != login || parsed->sslMode != parts.sslMode)
        return invalid(QCoreApplication::translate("porter::Backend", "Porter cannot write an address for "
                                                                      "these values: %1")
                           .arg(address));
    return address;
}

std::optional<Backend::ServerParts> Backend::serverParts(const QString &location)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed.ok() || !parsed->isPostgreSql())
        return std::nullopt;
    return ServerParts{parsed->host, parsed->port, parsed->database, parsed->user, parsed->sslMode};
}

Result<QString> Backend::defaultPath()
{
    return Database::defaultPath();
}

int Backend::latestSchemaVersion()
{
    return Database::latestSchemaVersion();
}

// Services first, then what they refer to: the reverse of construction.
Backend::~Backend()
{
    m_changes.reset();
    m_devices.reset();
    m_mail.reset();
    m_outbox.reset();
    m_queries.reset();
    m_bulk.reset();
    m_imports.reset();
    m_access.reset();
    m_directory.reset();
    m_secrets.reset();
    m_db.reset();
}

ChangeFeed &Backend::changes()
{
    if (!m_changes)
        m_changes = std::make_unique<ChangeFeed>(*m_db);
    return *m_changes;
}

QString Backend::path() const
{
    return m_db->path();
}

Result<bool> Backend::needsFirstRun() const
{
    auto count = DirectoryRepository(*m_db).managerCount();
    if (!count.ok())
        return count.error();
    return *count == 0;
}

Result<demo::DemoSummary> Backend::createDemo()
{
    return demo::createDemoPortfolio(*m_db, *m_clock);
}

} // namespace porter
