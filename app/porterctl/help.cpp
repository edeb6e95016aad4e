#include "help.h"

#include "cliutil.h"

#include <QCoreApplication>

namespace porter::cli {

QString generalHelp()
{
    QString text = QCoreApplication::translate(
        "porterctl", "porterctl - manage a Porter access database from the command line\n\n"
                     "Usage: porterctl [--db PATH] [--as EMAIL] [--json] COMMAND [ARGUMENTS]\n\nCommands:\n");
    int width = 0;
    for (const Command &c : commands())
        width = qMax(width, int(c.nameText().size()));
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.nameText().leftJustified(width), c.summaryText());
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("help").leftJustified(width),
                     QCoreApplication::translate("porterctl", "This list, or help for one command."));
    text += QCoreApplication::translate("porterctl", "\nGlobal options:\n") + optionsHelp(globalOptions());
    text += QCoreApplication::translate(
        "porterctl", "\nEnvironment:\n  PORTER_AS            sign in as this manager (instead of --as)\n"
                     "  PORTER_PASSWORD      the password (otherwise one line of standard input)\n"
                     "  PORTER_NEW_PASSWORD  the new manager's password (manager add)\n"
                     "\nExit status: 0 done, 1 the operation failed, 2 the command line is wrong.\n"
                     "Run \"porterctl help COMMAND\" for a command's options; docs/cli.md has examples.\n");
    return text;
}

QString commandHelp(const Command &c)
{
    QString text = QCoreApplication::translate("porterctl", "Usage: porterctl %1 %2\n\n")
                       .arg(c.nameText(), c.synopsisText());
    text += wrapText(c.helpText(), 78, QString());
    if (!c.options.isEmpty())
        text += QCoreApplication::translate("porterctl", "\nOptions:\n") + optionsHelp(c.parserOptions());
    text += QCoreApplication::translate("porterctl", "\nGlobal options:\n") + optionsHelp(globalOptions());
    return text;
}

} // namespace porter::cli
