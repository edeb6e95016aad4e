#pragma once

// porterctl's commands. Each commands_*.cpp registers its commands beside their handlers with a
// `const Registration`, naming every field (designated initializers): the command's words, synopsis,
// help, options (required ones marked), its argument and what it needs (a database, a signed-in
// manager). `porterctl help`, argument parsing and the required-option check all follow the registry.

#include "util/result.h"

#include <QCommandLineOption>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace porter::cli {

class Session;

// What a command produced: JSON for --json, lines of text otherwise, and warnings for stderr.
struct Reply
{
    QJsonValue json;
    QStringList text;
    QStringList warnings;
    // The command did not do what it was asked, and the reply says why in detail (an import refused for
    // its rows' errors): printed as usual, then reported as this error (exit status 1).
    std::optional<Error> failure = std::nullopt;
};

using Handler = Result<Reply> (*)(Session &);

// One option of a command. Texts are English source strings, translated when shown (context
// "porterctl"; mark them with QT_TRANSLATE_NOOP("porterctl", ...)).
struct Option
{
    const char *name = "";       // "property" for --property
    const char *value = nullptr; // "ID" for --property ID; nullptr for a flag
    const char *help = "";       // one line for `porterctl help COMMAND`
    bool required = false;       // a value option the command cannot run without (exit 2)
};

// What a command needs before its handler runs.
enum class Needs
{
    Nothing,  // version: no database, no sign-in
    Database, // init, demo: opens --db (and may create it, see createsDatabase)
    SignedIn, // everything else: opens --db and signs in with --as and a password
};

struct Command
{
    const char *name = "";          // "invite", "key add"
    const char *synopsis = "";      // arguments after the name (not translated: it is syntax)
    const char *summary = "";       // one line for `porterctl help`
    const char *help = "";          // paragraph for `porterctl help COMMAND`
    bool timesHelp = false;         // the help ends with how times are written
    QList<Option> options = {};     // the command's own options, in the order help lists them
    const char *argument = nullptr; // the one positional argument ("PERSON"), if any; it is required
    Needs needs = Needs::SignedIn;
    bool createsDatabase = false; // creates --db when it does not exist (init, demo); others refuse
    Handler handler = nullptr;

    QString nameText() const { return QString::fromLatin1(name); }
    QString synopsisText() const { return QString::fromLatin1(synopsis); }
    QString summaryText() const;
    QString helpText() const;
    QString argumentText() const { return argument ? QString::fromLatin1(argument) : QString(); }
    QList<QCommandLineOption> parserOptions() const;
    // The value options the command cannot run without, in the order they are listed.
    QStringList requiredOptions() const;
};

// Where a file's commands come in `porterctl help`: each commands_*.cpp is one section and registers
// its commands in the order they are listed.
enum class Section
{
    Portfolio,       // init, properties
    Doors,           // doors as devices, doorcodes, phone credentials
    KeysAndManagers, // keys, managers
    People,          // invitations and access
    Mail,            // the mail server, delivery, daily doorcodes
    Reports,         // activity, sync tasks, outbox, demo, version
};

// Adds a command to the registry at static initialization; `const Registration kInvite{...};`.
class Registration
{
public:
    Registration(Section section, Command command);
};

// Every command, in help order.
const QList<Command> &commands();
const Command *findCommand(const QString &name);
QList<QCommandLineOption> globalOptions();

// The paragraph on how times are written, for commands with timesHelp.
QString timesHelpText();

} // namespace porter::cli
