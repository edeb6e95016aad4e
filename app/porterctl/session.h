#pragma once

// One porterctl invocation: the parsed arguments, the Backend (the database, the clock and the services
// over them, core/app/backend.h), the signed-in manager, and the helpers that read a command's arguments
// (each returns a usage error, exit status 2, when the text cannot be parsed).

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "app/backend.h"
#include "devices/deviceservice.h"
#include "kits/kitservice.h"
#include "mail/mailservice.h"
#include "model/queries.h"
#include "registry.h"
#include "util/clock.h"
#include "util/localtime.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace porter::sync {
class SyncEngine;
}

namespace porter::cli {

class Session
{
public:
    Session(const Command &command, QCommandLineParser &parser);
    ~Session();

    const Command &command;
    QCommandLineParser &args;
    bool json = false;

    // Opens the database (--db or the default) through a Backend.
    Status open();
    // Signs in with --as (or PORTER_AS) and the password (PORTER_PASSWORD or one line of stdin).
    Status signIn();
    Status holderSignedIn(); // tells the Backend who signed in (door secrets on a server)

    const Clock &clock() const { return m_backend->clock(); }
    DirectoryService &directory() { return m_backend->directory(); }
    AccessService &access() { return m_backend->access(); }
    ImportService &imports() { return m_backend->imports(); }
    QueryService &queries() { return m_backend->queries(); }
    sync::DeviceService &devices() { return m_backend->devices(); }
    MailService &mail() { return m_backend->mail(); }
    kits::KitService &kits() { return m_backend->kits(); }
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
    std::unique_ptr<Backend> m_backend;
    Manager m_me;
    QString m_connectionPassword; // a server login's password, typed or from PORTER_PASSWORD
};

// Reads a password from the environment variable, or one line of standard input (at a terminal: a
// prompt on stderr, without echo).
std::optional<QString> readPassword(const char *envVar);

// "No password: set PORTER_PASSWORD or give it on standard input." (usage)
Error noPasswordError();

} // namespace porter::cli
