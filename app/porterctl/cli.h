#pragma once

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "store/database.h"
#include "util/clock.h"
#include "util/localtime.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>
#include <functional>
#include <memory>
#include <variant>

namespace porter::cli {

// Exit statuses (docs/cli.md, "Exit status").
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

// What a command produced: JSON for --json, lines of text otherwise, and warnings for stderr.
struct Reply
{
    QJsonValue json;
    QStringList text;
    QStringList warnings;
};

// Why a command failed: the one line shown on stderr and the code shown in JSON.
struct Failure
{
    int exitCode = kExitFailed;
    QString code;
    QString message;
};

Failure usageError(const QString &message);

// A command's result: a Reply or a Failure. Converts from a core Error so `return r.error();` works.
class Outcome
{
public:
    Outcome(Reply reply)
        : m_value(std::move(reply))
    {}
    Outcome(Failure failure)
        : m_value(std::move(failure))
    {}
    Outcome(const Error &error)
        : m_value(Failure{kExitFailed, errorCodeName(error.code), error.message})
    {}
    bool ok() const { return std::holds_alternative<Reply>(m_value); }
    const Reply &reply() const { return std::get<Reply>(m_value); }
    const Failure &failure() const { return std::get<Failure>(m_value); }

private:
    std::variant<Reply, Failure> m_value;
};

class Session;
using Handler = std::function<Outcome(Session &)>;

struct Command
{
    QString name;                      // "invite", "key add"
    QString synopsis;                  // arguments after the name
    QString summary;                   // one line for `porterctl help`
    QString help;                      // paragraphs for `porterctl help COMMAND`
    QList<QCommandLineOption> options; // the command's own options
    QStringList positionals;           // names of required positional arguments
    bool signIn = true;                // needs --as and a password
    bool database = true;              // opens --db
    Handler handler;
    bool createsDatabase = false; // creates --db when it does not exist (init, demo); others refuse
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);
QList<QCommandLineOption> globalOptions();

// One invocation: the parsed arguments, the database, the clock, the services and the signed-in manager.
class Session
{
public:
    Session(const Command &command, QCommandLineParser &parser);
    ~Session();

    const Command &command;
    QCommandLineParser &args;
    bool json = false;

    // Opens the database (--db or the default) and builds the services over it.
    Outcome open();
    Outcome signIn();

    Database &db() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    DirectoryService &directory() { return *m_directory; }
    AccessService &access() { return *m_access; }
    QueryService &queries() { return *m_queries; }
    const Manager &me() const { return m_me; }

    // Option helpers: each returns a usage Failure when the text cannot be parsed.
    bool has(const QString &option) const { return args.isSet(option); }
    QString value(const QString &option) const { return args.value(option); }
    std::variant<Id, Failure> id(const QString &option) const;         // a required --option ID
    std::variant<Id, Failure> positionalId(int index) const;           // a required positional ID
    std::variant<QList<Id>, Failure> ids(const QString &option) const; // "1,2,3"
    std::variant<int, Failure> number(const QString &option, int fallback) const;
    // Start/expiry on the command line, in the property's local time (docs/cli.md, "Times").
    std::variant<std::optional<qint64>, Failure> time(const QString &option, const QTimeZone &zone,
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
    Manager m_me;
};

// Reads a password from the environment variable, or one line of standard input.
std::optional<QString> readPassword(const char *envVar);

// Formatting shared by every command.
QJsonValue timeJson(std::optional<qint64> utc, const QTimeZone &zone);
QString timeText(std::optional<qint64> utc, const QTimeZone &zone, const QString &none = QStringLiteral("-"));
QJsonArray idsJson(const QList<Id> &ids);
QString idsText(const QList<Id> &ids);
QJsonObject propertyJson(const Property &p);
QJsonObject doorJson(const Door &d);
QJsonObject keyJson(const Key &k);
QJsonObject managerJson(const Manager &m);
QJsonObject personJson(const Person &p, const QTimeZone &zone);
QJsonObject grantJson(const Grant &g, const QString &keyName, const QTimeZone &zone);
QJsonObject shareJson(const ShareView &s, const QTimeZone &zone);
QJsonObject keycardJson(const Keycard &k, const QTimeZone &zone);
QJsonObject activityJson(const ActivityEvent &e, const QTimeZone &zone);
QJsonObject syncTaskJson(const DoorSyncTask &t, const QTimeZone &zone);

// A plain-text table with a header row and columns as wide as their widest cell.
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)}
    {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    QStringList lines() const;

private:
    QList<QStringList> m_rows;
};

// Unwraps a variant<T, Failure> inside a handler: `CLI_TRY(Id key, s.id("key"));`.
#define CLI_TRY(decl, expr)                                                                                  \
    auto CLI_CONCAT(cliTry_, __LINE__) = (expr);                                                             \
    if (auto *cliFailure_ = std::get_if<porter::cli::Failure>(&CLI_CONCAT(cliTry_, __LINE__)))               \
        return *cliFailure_;                                                                                 \
    decl = std::move(std::get<0>(CLI_CONCAT(cliTry_, __LINE__)))
#define CLI_CONCAT_(a, b) a##b
#define CLI_CONCAT(a, b) CLI_CONCAT_(a, b)

// Unwraps a core Result<T> inside a handler.
#define CLI_VALUE(decl, expr)                                                                                \
    auto CLI_CONCAT(cliValue_, __LINE__) = (expr);                                                           \
    if (!CLI_CONCAT(cliValue_, __LINE__).ok())                                                               \
        return CLI_CONCAT(cliValue_, __LINE__).error();                                                      \
    decl = std::move(CLI_CONCAT(cliValue_, __LINE__)).value()

} // namespace porter::cli
