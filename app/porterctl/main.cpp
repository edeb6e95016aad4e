// porterctl: Porter's scriptable command line over porter_core (docs/cli.md).
#include "commands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

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
            .toLocal8Bit();
    std::fputs(line.constData(), stderr);
}

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

void err(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
}

QString wrap(const QString &text, int width, const QString &indent)
{
    QString result;
    QString line = indent;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
            result += line + QLatin1Char('\n');
            line = indent;
        }
        if (line.size() > indent.size())
            line += QLatin1Char(' ');
        line += word;
    }
    return result + line + QLatin1Char('\n');
}

QString optionText(const QCommandLineOption &o)
{
    QString names;
    for (const QString &n : o.names())
        names += (names.isEmpty() ? QString() : QStringLiteral(", ")) +
                 (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    if (!o.valueName().isEmpty())
        names += QLatin1Char(' ') + o.valueName();
    return names;
}

QString optionsBlock(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &o : options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        text +=
            QStringLiteral("  %1\n").arg(optionText(o)) + wrap(o.description(), 78, QStringLiteral("      "));
    }
    return text;
}

QString generalHelp()
{
    QString text = QStringLiteral(
        "porterctl - manage a Porter access database from the command line\n\n"
        "Usage: porterctl [--db PATH] [--as EMAIL] [--json] COMMAND [ARGUMENTS]\n\nCommands:\n");
    int width = 0;
    for (const Command &c : commands())
        width = qMax(width, int(c.name.size()));
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(width), c.summary);
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("help").leftJustified(width),
                     QStringLiteral("This list, or help for one command."));
    text += QStringLiteral("\nGlobal options:\n") + optionsBlock(globalOptions());
    text +=
        QStringLiteral("\nEnvironment:\n  PORTER_AS            sign in as this manager (instead of --as)\n"
                       "  PORTER_PASSWORD      the password (otherwise one line of standard input)\n"
                       "  PORTER_NEW_PASSWORD  the new manager's password (manager add)\n"
                       "\nExit status: 0 done, 1 the operation failed, 2 the command line is wrong.\n"
                       "Run \"porterctl help COMMAND\" for a command's options; docs/cli.md has examples.\n");
    return text;
}

QString commandHelp(const Command &c)
{
    QString text = QStringLiteral("Usage: porterctl %1 %2\n\n").arg(c.name, c.synopsis);
    text += wrap(c.help, 78, QString());
    if (!c.options.isEmpty())
        text += QStringLiteral("\nOptions:\n") + optionsBlock(c.options);
    text += QStringLiteral("\nGlobal options:\n") + optionsBlock(globalOptions());
    return text;
}

// Value options named in a synopsis outside [...] and (...) are required.
QStringList requiredOptions(const Command &c)
{
    static const QRegularExpression optional(QStringLiteral("\\[[^\\]]*\\]|\\([^)]*\\)"));
    static const QRegularExpression option(QStringLiteral("--([a-z-]+)"));
    QString s = c.synopsis;
    s.remove(optional);
    QStringList out;
    for (auto it = option.globalMatch(s); it.hasNext();) {
        const QString name = it.next().captured(1);
        // Flags such as revoke's --yes are checked by their handler, which explains why they matter.
        for (const QCommandLineOption &o : c.options) {
            if (o.names().contains(name) && !o.valueName().isEmpty())
                out << name;
        }
    }
    return out;
}

int report(const Failure &f, bool json)
{
    if (json) {
        const QJsonObject o{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), f.code},
                                                                  {QStringLiteral("message"), f.message}}}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
    QString message = f.message.simplified(); // one line, always
    err(QStringLiteral("porterctl: %1\n").arg(message));
    return f.exitCode;
}

int print(const Reply &r, bool json)
{
    for (const QString &w : r.warnings)
        err(QStringLiteral("porterctl: warning: %1\n").arg(w));
    if (json) {
        const QJsonDocument doc =
            r.json.isArray() ? QJsonDocument(r.json.toArray()) : QJsonDocument(r.json.toObject());
        out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    } else {
        for (const QString &line : r.text)
            out(line + QLatin1Char('\n'));
    }
    return kExitOk;
}

// Where the command's words are in the arguments: the first non-option word (skipping the values of
// global options that take one), and a second word when the pair names a command ("key add").
const Command *locate(QStringList &args, QString *word, bool *help)
{
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
            *help = true;
            args.removeAt(i);
            // help [WORD [WORD]]
            if (i < args.size()) {
                *word = args.at(i);
                if (i + 1 < args.size() && findCommand(args.at(i) + QLatin1Char(' ') + args.at(i + 1)))
                    *word = args.at(i) + QLatin1Char(' ') + args.at(i + 1);
            } else {
                word->clear();
            }
            return findCommand(*word);
        }
        if (i + 1 < args.size()) {
            if (const Command *two = findCommand(a + QLatin1Char(' ') + args.at(i + 1))) {
                args.remove(i, 2);
                *word = two->name;
                return two;
            }
        }
        const Command *one = findCommand(a);
        if (one)
            args.removeAt(i);
        return one;
    }
    return nullptr;
}

int run(QStringList args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    g_verbose = args.contains(QStringLiteral("--verbose"));
    QString word;
    bool help = false;
    const Command *command = locate(args, &word, &help);
    if (!command && !help && word.isEmpty() && args.removeAll(QStringLiteral("--version")) > 0) {
        word = QStringLiteral("version"); // porterctl --version is porterctl version
        command = findCommand(word);
    }
    if (help) {
        if (word.isEmpty()) {
            out(generalHelp());
            return kExitOk;
        }
        if (!command)
            return report(
                usageError(
                    QStringLiteral("There is no command \"%1\". Run porterctl help for the list.").arg(word)),
                json);
        out(commandHelp(*command));
        return kExitOk;
    }
    if (!command) {
        // As every command line tool: --help/-h and --version without a command.
        if (word.isEmpty() &&
            (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))) {
            out(generalHelp());
            return kExitOk;
        }
        if (word.isEmpty())
            return report(usageError(QStringLiteral("No command given. Run porterctl help for the list.")),
                          json);
        QStringList subcommands;
        for (const Command &c : commands()) {
            if (c.name.startsWith(word + QLatin1Char(' ')))
                subcommands << c.name.mid(word.size() + 1);
        }
        if (!subcommands.isEmpty())
            return report(usageError(QStringLiteral("\"%1\" needs one of: %2.")
                                         .arg(word, subcommands.join(QStringLiteral(", ")))),
                          json);
        return report(
            usageError(QStringLiteral("Unknown command \"%1\". Run porterctl help for the list.").arg(word)),
            json);
    }

    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    if (!parser.parse(args))
        return report(usageError(QStringLiteral("%1 (usage: porterctl %2 %3)")
                                     .arg(parser.errorText(), command->name, command->synopsis)),
                      json);
    if (parser.isSet(QStringLiteral("help"))) {
        out(commandHelp(*command));
        return kExitOk;
    }
    if (parser.positionalArguments().size() > command->positionals.size())
        return report(usageError(QStringLiteral("Unexpected argument \"%1\" (usage: porterctl %2 %3)")
                                     .arg(parser.positionalArguments().at(command->positionals.size()),
                                          command->name, command->synopsis)),
                      json);
    for (const QString &name : requiredOptions(*command)) {
        if (!parser.isSet(name))
            return report(usageError(QStringLiteral("%1 needs --%2 (usage: porterctl %1 %3)")
                                         .arg(command->name, name, command->synopsis)),
                          json);
    }

    Session session(*command, parser);
    if (command->database) {
        const Outcome opened = session.open();
        if (!opened.ok())
            return report(opened.failure(), json);
    }
    if (command->signIn) {
        const Outcome signedIn = session.signIn();
        if (!signedIn.ok())
            return report(signedIn.failure(), json);
    }
    const Outcome outcome = command->handler(session);
    return outcome.ok() ? print(outcome.reply(), json) : report(outcome.failure(), json);
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(messageHandler);
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so the default database is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("Porter"));
    QCoreApplication::setApplicationName(QStringLiteral("Porter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTER_VERSION));
    return run(QCoreApplication::arguments());
}
