#pragma once

// Command-line helpers shared by porterctl and porter-door: exit statuses, the usage error, option
// builders, help text layout and the one-line error both programs print (docs/cli.md, "Exit status
// and errors"; docs/porter-door.md).

#include "util/result.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <optional>

namespace porter::cli {

// Exit statuses. A front end may add its own above these (porter-door: 3 = try denied).
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1; // the operation failed
constexpr int kExitUsage = 2;  // the command line is wrong

// A wrong command line: ErrorCode::Usage, shown as code "usage" and exit status 2.
Error usageError(const QString &message);
// 2 for a usage error, 1 for any other.
int exitStatusFor(const Error &error);

// Text to standard output / standard error as is, in the local encoding, flushed at once (scripts and
// tests read the output of long-running commands such as porter-door serve while they run).
// Output is UTF-8 everywhere (JSON must be); call once at start-up so a Windows console shows it so.
void useUtf8Console();
void printOut(const QString &text);
void printErr(const QString &text);
// "PROGRAM: MESSAGE" on one line of stderr (the message is simplified to one line); returns the exit
// status for the error.
int reportError(const QString &program, const Error &error);

// Option builders: a value option ("--name VALUE") and a flag ("--name").
QCommandLineOption valueOption(const QString &name, const QString &valueName, const QString &description);
QCommandLineOption flagOption(const QString &name, const QString &description);
// -h, --help.
QCommandLineOption helpOption(const QString &description);

// Words of `text` wrapped at `width` columns, each line starting with `indent`, ending with "\n".
QString wrapText(const QString &text, int width, const QString &indent);
// "  --name VALUE\n      description, wrapped\n" for each option not hidden from help.
QString optionsHelp(const QList<QCommandLineOption> &options);

// "HOST:PORT" split at its last colon; nullopt when the port is not a number up to 65535.
struct HostPort
{
    QString host;
    quint16 port = 0;
};
std::optional<HostPort> parseHostPort(const QString &text);

// The payload per write of a door link (docs/door-protocol.md, §12): its bounds and porter-door
// serve's default, which porterctl's --payload must match.
constexpr int kDefaultLinkPayload = 244;
int minLinkPayload();
int maxLinkPayload();

} // namespace porter::cli
