#include "cliutil.h"

#include "door/protocol.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace porter::cli {

Error usageError(const QString &message)
{
    return makeError(ErrorCode::Usage, message);
}

int exitStatusFor(const Error &error)
{
    return error.code == ErrorCode::Usage ? kExitUsage : kExitFailed;
}

void useUtf8Console()
{
#ifdef Q_OS_WIN
    // The console shows what porterctl writes as UTF-8 (it is the local 8-bit code page otherwise, so
    // JSON would not be UTF-8 and non-Latin names would break); input typed there arrives as UTF-8.
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
#endif
}

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

int reportError(const QString &program, const Error &error)
{
    printErr(QStringLiteral("%1: %2\n").arg(program, error.message.simplified()));
    return exitStatusFor(error);
}

QCommandLineOption valueOption(const QString &name, const QString &valueName, const QString &description)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

QCommandLineOption flagOption(const QString &name, const QString &description)
{
    return QCommandLineOption(QStringList{name}, description);
}

QCommandLineOption helpOption(const QString &description)
{
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, description);
}

QString wrapText(const QString &text, int width, const QString &indent)
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

namespace {

QString optionNames(const QCommandLineOption &o)
{
    QString names;
    for (const QString &n : o.names())
        names += (names.isEmpty() ? QString() : QStringLiteral(", ")) +
                 (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    if (!o.valueName().isEmpty())
        names += QLatin1Char(' ') + o.valueName();
    return names;
}

} // namespace

QString optionsHelp(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &o : options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        text += QStringLiteral("  %1\n").arg(optionNames(o)) +
                wrapText(o.description(), 78, QStringLiteral("      "));
    }
    return text;
}

std::optional<HostPort> parseHostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return HostPort{text.left(colon), quint16(port)};
}

int minLinkPayload()
{
    return int(door::protocol::kMinLinkPayload);
}

int maxLinkPayload()
{
    return int(door::protocol::kMaxLinkPayload);
}

} // namespace porter::cli
