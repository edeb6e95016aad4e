#pragma once

// One porterctl invocation: the parsed arguments, the services over the database, the clock and the
// signed-in manager, and the helpers that read a command's arguments (each returns a usage error,
// exit status 2, when the text cannot be parsed).

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "devices/deviceservice.h"
#include "registry.h"
#include "store/journalrepository.h" // OutboxMessage, until the OutboxService lands
#include "util/clock.h"
#include "util/localtime.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace porter {
class Database;
class KeyProvider;
class SecretStore;
namespace demo {
struct DemoSummary;
}
namespace sync {
class SyncEngine;
}
} // namespace porter

namespace porter::cli {

class Session
{
public:
    Session(const Command &command, QCommandLineParser &parser);
    ~Session();

    const Command &command;
    QCommandLineParser &args;
    bool json = false;

    // Opens the database (--db or the default) and builds the services over it.
    Status open();
    // Signs in with --as (or PORTER_AS) and the password (PORTER_PASSWORD or one line of stdin).
    Status signIn();

    const Clock &clock() const { return *m_clock; }
    DirectoryService &directory() { return *m_directory; }
    AccessService &access() { return *m_access; }
    QueryService &queries() { return *m_queries; }
    sync::DeviceService &devices();
    const Manager &me() const { return m_me; }
    // The database file, as opened.
    QString databasePath() const;

    // The door sync engine, for one sync.
    std::unique_ptr<sync::SyncEngine> syncEngine();
    // What the door's list format cannot carry, and so the next sync would leave out (door show).
    Result<QStringList> leftOutOf(Id doorId);
    // Queued mail of the properties this manager can see.
    Result<QList<OutboxMessage>> outbox();
    // Fills an empty database with the demo portfolio.
    Result<demo::DemoSummary> createDemo();
    // The schema version this porterctl writes.
    static int latestSchemaVersion();

    // Option helpers.
    bool has(const QString &option) const { return args.isSet(option); }
    QString value(const QString &option) const { return args.value(option); }
    Result<Id> id(const QString &option) const;         // a required --option ID
    Result<Id> positionalId() const;                    // the command's required argument, an ID
    Result<QList<Id>> ids(const QString &option) const; // "1,2,3"
    Result<int> number(const QString &option, int fallback) const;
    // Start/expiry on the command line, in the property's local time (docs/cli.md, "Times").
    Result<std::optional<qint64>> time(const QString &option, const QTimeZone &zone,
                                       DateMeaning meaning) const;

    // The time zone of a property the manager can see.
    Result<QTimeZone> zoneOf(Id propertyId);
    Result<Property> propertyOfPerson(Id personId);
    // Key names of a property, for output (empty when the manager cannot list them).
    QHash<Id, QString> keyNames(Id propertyId);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<AccessService> m_access;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<KeyProvider> m_keys;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<sync::DeviceService> m_devices;
    Manager m_me;
};

// Reads a password from the environment variable, or one line of standard input (at a terminal: a
// prompt on stderr, without echo).
std::optional<QString> readPassword(const char *envVar);

// "No password: set PORTER_PASSWORD or give it on standard input." (usage)
Error noPasswordError();

} // namespace porter::cli
