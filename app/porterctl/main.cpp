// porterctl: Porter's scriptable command line over porter_core (docs/cli.md).
#include "ble/bleradio.h"
#include "cliutil.h"
#include "help.h"
#include "registry.h"
#include "session.h"
#include "translators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace porter;
using namespace porter::cli;

namespace {

bool g_verbose = false;

// Expected failures are reported as one line by porterctl itself; Qt and core log messages (porter.store
// warnings about a failed statement, for instance) only appear with --verbose.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!g_verbose && type != QtFatalMsg)
        return;
    const QByteArray line =
        QStringLiteral("porterctl: [%1] %2\n")
            .arg(QString::fromLatin1(context.category ? context.category : "default"), message)
            .toUtf8();
    std::fputs(line.constData(), stderr);
}

// An error: one line on stderr, and with --json the same error as an object on stdout. The JSON code
// is the error code's name ("usage" for a wrong command line, exit status 2).
int report(const Error &e, bool json)
{
    if (json) {
        const QJsonObject o{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(e.code)},
                                                  {QStringLiteral("message"), e.message}}}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
    return reportError(QStringLiteral("porterctl"), e);
}

int print(const Reply &r, bool json)
{
    for (const QString &w : r.warnings)
        printErr(QCoreApplication::translate("porterctl", "porterctl: warning: %1\n").arg(w));
    if (json) {
        const QJsonDocument doc =
            r.json.isArray() ? QJsonDocument(r.json.toArray()) : QJsonDocument(r.json.toObject());
        printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        for (const QString &line : r.text)
            text += line + QLatin1Char('\n');
        printOut(text);
    }
    if (r.failure)
        return reportError(QStringLiteral("porterctl"), *r.failure);
    return kExitOk;
}

// What the command words of a command line name.
struct Located
{
    const Command *command = nullptr; // nullptr: none, or the words name no command
    QString word;                     // the command's words as given (empty: none given)
    bool help = false;                // `porterctl help [WORDS]`
};

// Where the command's words are in the arguments (they are removed from `args`): the first non-option
// word (skipping the values of global options that take one), and a second word when the pair names a
// command ("key add").
Located locate(QStringList &args)
{
    Located found;
    QString *word = &found.word;
    static const QStringList valued{QStringLiteral("--db"), QStringLiteral("--as"), QStringLiteral("--now")};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1Char('-'))) {
            if (valued.contains(a))
                ++i;
            continue;
        }
        *word = a;
        if (a == QLatin1String("help")) {
            found.help = true;
            args.removeAt(i);
            // help [WORD [WORD]]; options around them (--json, --db PATH) are not command words.
            QStringList words;
            for (int j = i; j < args.size(); ++j) {
                if (args.at(j).startsWith(QLatin1Char('-'))) {
                    if (valued.contains(args.at(j)))
                        ++j;
                    continue;
                }
                words << args.at(j);
            }
            word->clear();
            if (!words.isEmpty()) {
                *word = words.at(0);
                if (words.size() > 1 && findCommand(words.at(0) + QLatin1Char(' ') + words.at(1)))
                    *word = words.at(0) + QLatin1Char(' ') + words.at(1);
            }
            // "porterctl help help" is the list, as "porterctl help".
            if (*word == QLatin1String("help"))
                word->clear();
            found.command = findCommand(*word);
            return found;
        }
        if (i + 1 < args.size()) {
            if (const Command *two = findCommand(a + QLatin1Char(' ') + args.at(i + 1))) {
                args.remove(i, 2);
                *word = two->nameText();
                found.command = two;
                return found;
            }
        }
        found.command = findCommand(a);
        if (found.command)
            args.removeAt(i);
        return found;
    }
    return found;
}

QString usageLine(const Command &c)
{
    return QStringLiteral("porterctl %1 %2").arg(c.nameText(), c.synopsisText());
}

int run(QStringList args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    g_verbose = args.contains(QStringLiteral("--verbose"));
    const Located found = locate(args);
    const Command *command = found.command;
    QString word = found.word;
    const bool help = found.help;
    if (!command && !help && word.isEmpty() && args.removeAll(QStringLiteral("--version")) > 0) {
        word = QStringLiteral("version"); // porterctl --version is porterctl version
        command = findCommand(word);
    }
    if (help) {
        if (word.isEmpty()) {
            printOut(generalHelp());
            return kExitOk;
        }
        if (!command)
            return report(
                usageError(QCoreApplication::translate(
                               "porterctl", "There is no command \"%1\". Run porterctl help for the list.")
                               .arg(word)),
                json);
        printOut(commandHelp(*command));
        return kExitOk;
    }
    if (!command) {
        // As every command line tool: --help/-h and --version without a command.
        if (word.isEmpty() &&
            (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))) {
            printOut(generalHelp());
            return kExitOk;
        }
        if (word.isEmpty())
            return report(usageError(QCoreApplication::translate(
                              "porterctl", "No command given. Run porterctl help for the list.")),
                          json);
        QStringList subcommands;
        for (const Command &c : commands()) {
            if (c.nameText().startsWith(word + QLatin1Char(' ')))
                subcommands << c.nameText().mid(word.size() + 1);
        }
        if (!subcommands.isEmpty())
            return report(usageError(QCoreApplication::translate("porterctl", "\"%1\" needs one of: %2.")
                                         .arg(word, subcommands.join(QStringLiteral(", ")))),
                          json);
        return report(usageError(QCoreApplication::translate(
                                     "porterctl", "Unknown command \"%1\". Run porterctl help for the list.")
                                     .arg(word)),
                      json);
    }

    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(command->parserOptions());
    if (!parser.parse(args))
        return report(usageError(QCoreApplication::translate("porterctl", "%1 (usage: %2)")
                                     .arg(parser.errorText(), usageLine(*command))),
                      json);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelp(*command));
        return kExitOk;
    }
    const int allowed = command->argument ? 1 : 0;
    if (parser.positionalArguments().size() > allowed)
        return report(
            usageError(QCoreApplication::translate("porterctl", "Unexpected argument \"%1\" (usage: %2)")
                           .arg(parser.positionalArguments().at(allowed), usageLine(*command))),
            json);
    for (const QString &name : command->requiredOptions()) {
        if (!parser.isSet(name))
            return report(usageError(QCoreApplication::translate("porterctl", "%1 needs --%2 (usage: %3)")
                                         .arg(command->nameText(), name, usageLine(*command))),
                          json);
    }

    Session session(*command, parser);
    if (command->needs != Needs::Nothing) {
        if (const Status opened = session.open(); !opened.ok())
            return report(opened.error(), json);
    }
    if (command->needs == Needs::SignedIn) {
        if (const Status signedIn = session.signIn(); !signedIn.ok())
            return report(signedIn.error(), json);
    }
    const Result<Reply> result = command->handler(session);
    return result.ok() ? print(result.value(), json) : report(result.error(), json);
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(messageHandler);
    QCoreApplication app(argc, argv);
    porter::cli::useUtf8Console();
    // The same names as the GUI, so the default database is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("Porter"));
    QCoreApplication::setApplicationName(QStringLiteral("Porter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTER_VERSION));
    // Messages in the user's language, loaded as the window loads them (translations/translators.h).
    porter::installTranslators(QLocale::system());
    // Doors over the air: the laptop's Bluetooth (docs/door-protocol.md §13).
    porter::ble::installRadio();
    return run(QCoreApplication::arguments());
}
