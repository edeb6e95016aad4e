#include "session.h"

#include "access/outboxservice.h"
#include "cliutil.h"
#include "sync/syncengine.h"
#include "testclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <iterator>
#include <windows.h>
#endif

namespace porter::cli {

Session::Session(const Command &cmd, QCommandLineParser &parser)
    : command(cmd)
    , args(parser)
    , json(parser.isSet(QStringLiteral("json")))
{}

Session::~Session() = default;

Status Session::open()
{
    Backend::Parts parts;
    PORTER_TRY_ASSIGN(parts.clock, makeClock(args));
    QString path = args.value(QStringLiteral("db"));
    if (!args.isSet(QStringLiteral("db"))) {
        PORTER_TRY_ASSIGN(path, Backend::defaultPath());
    }
    // Only init and demo create a database; any other command on a missing file is a mistyped path or
    // a database not made yet, and creates nothing (not even folders).
    const Backend::Open mode = command.createsDatabase ? Backend::Open::Create : Backend::Open::Existing;
    const bool server = Backend::isServerLocation(path);
    // A server that wants a password libpq could not find (PGPASSWORD, the password file): the login's
    // password, read like Porter's own (PORTER_PASSWORD, or typed), and the connection tried again. A
    // manager with their own login signs in with it (signIn below).
    auto backend = Backend::open(path, mode, std::move(parts));
    // Only a missing password: a wrong one (from PGPASSWORD or the password file) is the error, and
    // Porter's own password is not tried on the server in its place.
    if (!backend.ok() && server && command.needs == Needs::SignedIn &&
        backend.error().code == ErrorCode::PasswordNeeded) {
        const std::optional<QString> password = readPassword("PORTER_PASSWORD");
        if (password && !password->isEmpty()) {
            Backend::Parts again;
            PORTER_TRY_ASSIGN(again.clock, makeClock(args));
            again.serverPassword = *password;
            m_connectionPassword = *password;
            backend = Backend::open(path, mode, std::move(again));
        }
    }
    if (!backend.ok()) {
        // A server database's own messages say what is missing there (the database, or the portfolio).
        if (backend.error().code == ErrorCode::NotFound && !Backend::isServerLocation(path))
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate(
                    "porterctl", "No Porter database at %1: create one with porterctl init --db %1")
                    .arg(QDir::toNativeSeparators(path)));
        return backend.error();
    }
    m_backend = std::move(backend).value();
    return {};
}

Error noPasswordError()
{
    return usageError(QCoreApplication::translate(
        "porterctl", "No password: set PORTER_PASSWORD or give it on standard input."));
}

Status Session::signIn()
{
    QString email = args.value(QStringLiteral("as"));
    if (email.isEmpty())
        email = qEnvironmentVariable("PORTER_AS");
    // On a server, a manager's own login signs them in by connecting: no Porter password. The
    // administrator's login signs in below, as on a file.
    PORTER_TRY_ASSIGN(const std::optional<Manager> connected, directory().connectedManager());
    if (connected) {
        if (!email.isEmpty() && email.compare(connected->email, Qt::CaseInsensitive) != 0)
            return makeError(
                ErrorCode::AuthenticationFailed,
                QCoreApplication::translate("porterctl",
                                            "This connection is the login %1 of %2, not of %3. Connect with "
                                            "%3's own login.")
                    .arg(connected->login, connected->email, email));
        m_me = *connected;
        return holderSignedIn();
    }
    if (email.isEmpty())
        return usageError(
            QCoreApplication::translate("porterctl", "Sign in with --as EMAIL (or set PORTER_AS)."));
    const std::optional<QString> password =
        m_connectionPassword.isEmpty() ? readPassword("PORTER_PASSWORD") : m_connectionPassword;
    if (!password)
        return noPasswordError();
    PORTER_TRY_ASSIGN(m_me, directory().authenticate(email, *password));
    return holderSignedIn();
}

Status Session::holderSignedIn()
{
    // Not a refusal: a command that needs no door secret still runs; one that needs it says why.
    if (auto st = m_backend->signedIn(m_me); !st.ok())
        std::fprintf(stderr, "porterctl: %s\n", qPrintable(st.error().message));
    return {};
}

QString Session::databasePath() const
{
    return m_backend->path();
}

std::unique_ptr<sync::SyncEngine> Session::syncEngine()
{
    return std::make_unique<sync::SyncEngine>(*m_backend);
}

Result<QStringList> Session::leftOutOf(Id doorId)
{
    return m_backend->devices().leftOutOfDoorList(m_me, doorId);
}

Result<QList<OutboxMessage>> Session::outbox()
{
    // The service leaves out the mail of properties this manager may not see.
    return m_backend->outbox().messages(m_me);
}

Result<demo::DemoSummary> Session::createDemo()
{
    return m_backend->createDemo();
}

int Session::latestSchemaVersion()
{
    return Backend::latestSchemaVersion();
}

std::optional<QString> readPassword(const char *envVar)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
#if defined(Q_OS_UNIX)
    // At a terminal: prompt on stderr (stdout may be parsed) and do not echo what is typed. Piped input
    // (a script, a test) is read as it comes, without a prompt.
    if (isatty(STDIN_FILENO)) {
        std::fputs(QCoreApplication::translate("porterctl", "Password: ").toUtf8().constData(), stderr);
        termios saved{};
        const bool restore = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (restore) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (restore)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
        if (line.isNull())
            return std::nullopt;
        return line;
    }
#elif defined(Q_OS_WIN)
    // A console: echo off through the console mode, and the line read as UTF-16 with ReadConsoleW, so
    // a password with characters outside the console's code page arrives intact.
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    if (input != INVALID_HANDLE_VALUE && GetConsoleMode(input, &saved)) {
        std::fputs(QCoreApplication::translate("porterctl", "Password: ").toUtf8().constData(), stderr);
        SetConsoleMode(input, (saved & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT);
        QString line;
        bool ended = false;
        wchar_t buffer[256];
        DWORD got = 0;
        while (!ended && ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &got, nullptr) && got > 0) {
            for (DWORD i = 0; i < got; ++i) {
                if (buffer[i] == L'\r' || buffer[i] == L'\n') {
                    ended = true;
                    break;
                }
                line.append(QChar(char16_t(buffer[i])));
            }
        }
        SetConsoleMode(input, saved);
        std::fputs("\n", stderr);
        if (!ended && line.isEmpty())
            return std::nullopt;
        return line;
    }
#endif
    QTextStream in(stdin);
    QString line = in.readLine();
    if (line.isNull())
        return std::nullopt;
    return line;
}

namespace {

Result<Id> parseId(const QString &text, const QString &what)
{
    bool ok = false;
    const Id id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(
            QCoreApplication::translate("porterctl", "%1 needs a numeric id, not \"%2\".").arg(what, text));
    return id;
}

} // namespace

Result<Id> Session::id(const QString &option) const
{
    if (!args.isSet(option))
        return usageError(
            QCoreApplication::translate("porterctl", "%1 needs --%2 ID.").arg(command.nameText(), option));
    return parseId(args.value(option), QStringLiteral("--") + option);
}

Result<Id> Session::positionalId() const
{
    const QStringList pos = args.positionalArguments();
    if (pos.isEmpty())
        return usageError(QCoreApplication::translate("porterctl", "%1 needs %2. Usage: porterctl %1 %3")
                              .arg(command.nameText(), command.argumentText(), command.synopsisText()));
    return parseId(pos.constFirst(), command.argumentText());
}

Result<QList<Id>> Session::ids(const QString &option) const
{
    QList<Id> out;
    const QStringList parts = args.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return usageError(QCoreApplication::translate("porterctl", "%1 needs --%2 ID[,ID...].")
                              .arg(command.nameText(), option));
    for (const QString &part : parts) {
        PORTER_TRY_ASSIGN(const Id one, parseId(part, QStringLiteral("--") + option));
        out.append(one);
    }
    return out;
}

Result<int> Session::number(const QString &option, int fallback) const
{
    if (!args.isSet(option))
        return fallback;
    bool ok = false;
    const int n = args.value(option).toInt(&ok);
    if (!ok || n < 0)
        return usageError(QCoreApplication::translate("porterctl", "--%1 needs a whole number, not \"%2\".")
                              .arg(option, args.value(option)));
    return n;
}

Result<std::optional<qint64>> Session::time(const QString &option, const QTimeZone &zone,
                                            DateMeaning meaning) const
{
    if (!args.isSet(option))
        return std::optional<qint64>();
    auto t = parseLocalTime(args.value(option), zone, meaning);
    if (!t.ok())
        return usageError(QStringLiteral("--%1: %2").arg(option, t.error().message));
    return std::optional<qint64>(*t);
}

Result<QTimeZone> Session::zoneOf(Id propertyId)
{
    PORTER_TRY_ASSIGN(const Property p, directory().property(m_me, propertyId));
    return timeZoneNamed(p.timeZone);
}

Result<Property> Session::propertyOfPerson(Id personId)
{
    PORTER_TRY_ASSIGN(const PersonDetail d, queries().person(m_me, personId, 1));
    return directory().property(m_me, d.person.propertyId);
}

QHash<Id, QString> Session::keyNames(Id propertyId)
{
    QHash<Id, QString> names;
    auto keys = directory().keys(m_me, propertyId);
    if (keys.ok()) {
        for (const Key &k : *keys)
            names.insert(k.id, k.name);
    }
    return names;
}

} // namespace porter::cli
