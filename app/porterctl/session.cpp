#include "session.h"

#include "cliutil.h"
#include "demo/demo.h"
#include "policy/policy.h"
#include "secrets/secretstore.h"
#include "store/database.h"
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

namespace porter::cli {

Session::Session(const Command &cmd, QCommandLineParser &parser)
    : command(cmd)
    , args(parser)
    , json(parser.isSet(QStringLiteral("json")))
{}

Session::~Session() = default;

Status Session::open()
{
    PORTER_TRY_ASSIGN(m_clock, makeClock(args));
    QString path = args.value(QStringLiteral("db"));
    if (!args.isSet(QStringLiteral("db"))) {
        PORTER_TRY_ASSIGN(path, Database::defaultPath());
    }
    // Only init and demo create a database; any other command on a missing file is a mistyped path or
    // a database not made yet, and creates nothing (not even folders).
    auto db = command.createsDatabase ? Database::create(path) : Database::open(path);
    if (!db.ok()) {
        if (db.error().code == ErrorCode::NotFound)
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate(
                    "porterctl", "No Porter database at %1: create one with porterctl init --db %1")
                    .arg(QDir::toNativeSeparators(path)));
        return db.error();
    }
    m_db = std::move(db).value();
    m_directory = std::make_unique<DirectoryService>(*m_db, *m_clock);
    m_access = std::make_unique<AccessService>(*m_db, *m_clock);
    m_queries = std::make_unique<QueryService>(*m_db, *m_clock);
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
    if (email.isEmpty())
        return usageError(
            QCoreApplication::translate("porterctl", "Sign in with --as EMAIL (or set PORTER_AS)."));
    const std::optional<QString> password = readPassword("PORTER_PASSWORD");
    if (!password)
        return noPasswordError();
    PORTER_TRY_ASSIGN(m_me, m_directory->authenticate(email, *password));
    return {};
}

sync::DeviceService &Session::devices()
{
    // Porter's secrets (property signing keys, doorcode secrets) and the device service over them,
    // made on first use: most commands never touch them.
    if (!m_devices) {
        m_keys = defaultKeyProvider();
        m_secrets = std::make_unique<SecretStore>(*m_db, *m_keys);
        m_devices = std::make_unique<sync::DeviceService>(*m_db, *m_clock, *m_secrets);
    }
    return *m_devices;
}

QString Session::databasePath() const
{
    return m_db->path();
}

std::unique_ptr<sync::SyncEngine> Session::syncEngine()
{
    devices(); // the secrets
    return std::make_unique<sync::SyncEngine>(*m_db, *m_clock, *m_secrets);
}

Result<QStringList> Session::leftOutOf(Id doorId)
{
    PORTER_TRY_ASSIGN(const policy::DoorState state, policy::load(*m_db, doorId));
    QStringList out;
    for (const policy::LeftOut &l : state.leftOut)
        out << l.reason;
    return out;
}

Result<QList<OutboxMessage>> Session::outbox()
{
    // Only the mail of properties this manager can see.
    PORTER_TRY_ASSIGN(const QList<Property> props, m_directory->properties(m_me));
    QSet<Id> visible;
    for (const Property &p : props)
        visible.insert(p.id);
    JournalRepository journal(*m_db);
    PORTER_TRY_ASSIGN(const QList<OutboxMessage> mail, journal.outbox());
    QList<OutboxMessage> out;
    for (const OutboxMessage &m : mail) {
        if (m.propertyId && visible.contains(*m.propertyId))
            out << m;
    }
    return out;
}

Result<demo::DemoSummary> Session::createDemo()
{
    return demo::createDemoPortfolio(*m_db, *m_clock);
}

int Session::latestSchemaVersion()
{
    return Database::latestSchemaVersion();
}

std::optional<QString> readPassword(const char *envVar)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
#ifdef Q_OS_UNIX
    // At a terminal: prompt on stderr (stdout may be parsed) and do not echo what is typed.
    if (isatty(STDIN_FILENO)) {
        std::fputs(QCoreApplication::translate("porterctl", "Password: ").toLocal8Bit().constData(), stderr);
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
    PORTER_TRY_ASSIGN(const Property p, m_directory->property(m_me, propertyId));
    return timeZoneNamed(p.timeZone);
}

Result<Property> Session::propertyOfPerson(Id personId)
{
    PORTER_TRY_ASSIGN(const PersonDetail d, m_queries->person(m_me, personId, 1));
    return m_directory->property(m_me, d.person.propertyId);
}

QHash<Id, QString> Session::keyNames(Id propertyId)
{
    QHash<Id, QString> names;
    auto keys = m_directory->keys(m_me, propertyId);
    if (keys.ok()) {
        for (const Key &k : *keys)
            names.insert(k.id, k.name);
    }
    return names;
}

} // namespace porter::cli
