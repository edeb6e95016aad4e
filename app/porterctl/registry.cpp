#include "registry.h"

#include "testclock.h"

#include <QCoreApplication>
#include <algorithm>

namespace porter::cli {
namespace {

struct Entry
{
    Section section;
    Command command;
};

// A function-local static: registrations in other files run before main, in any order between files.
QList<Entry> &entries()
{
    static QList<Entry> list;
    return list;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("porterctl", text);
}

} // namespace

Registration::Registration(Section section, Command command)
{
    entries().append(Entry{section, std::move(command)});
}

QString Command::summaryText() const
{
    return translated(summary);
}

QString Command::helpText() const
{
    const QString text = translated(help);
    return timesHelp ? text + QLatin1Char(' ') + timesHelpText() : text;
}

QList<QCommandLineOption> Command::parserOptions() const
{
    QList<QCommandLineOption> out;
    for (const Option &o : options) {
        out << QCommandLineOption(QStringList{QString::fromLatin1(o.name)}, translated(o.help),
                                  o.value ? QString::fromLatin1(o.value) : QString());
    }
    return out;
}

QStringList Command::requiredOptions() const
{
    QStringList out;
    for (const Option &o : options) {
        if (o.required)
            out << QString::fromLatin1(o.name);
    }
    return out;
}

const QList<Command> &commands()
{
    static const QList<Command> sorted = [] {
        QList<Entry> list = entries();
        std::stable_sort(list.begin(), list.end(),
                         [](const Entry &a, const Entry &b) { return a.section < b.section; });
        QList<Command> out;
        for (Entry &e : list)
            out.append(std::move(e.command));
        return out;
    }();
    return sorted;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.nameText() == name)
            return &c;
    }
    return nullptr;
}

QList<QCommandLineOption> globalOptions()
{
    QList<QCommandLineOption> options{
        QCommandLineOption(QStringList{QStringLiteral("db")},
                           QCoreApplication::translate("porterctl", "Database file (default: the app's)."),
                           QStringLiteral("PATH")),
        QCommandLineOption(
            QStringList{QStringLiteral("as")},
            QCoreApplication::translate("porterctl", "Sign in as this manager (or PORTER_AS)."),
            QStringLiteral("EMAIL")),
        QCommandLineOption(QStringList{QStringLiteral("json")},
                           QCoreApplication::translate("porterctl", "Machine-readable output.")),
        QCommandLineOption(
            QStringList{QStringLiteral("verbose")},
            QCoreApplication::translate("porterctl", "Show diagnostic log messages on stderr.")),
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("porterctl", "Help for the command."))};
    if (auto now = testClockOption())
        options << *now;
    return options;
}

QString timesHelpText()
{
    return QCoreApplication::translate(
        "porterctl",
        "Times are in the property's local time: YYYY-MM-DD (a start means the start of that day, an "
        "expiry the end of it) or \"YYYY-MM-DD HH:MM\".");
}

} // namespace porter::cli
