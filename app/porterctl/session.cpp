#include "cli.h"
#include "testclock.h"
#include "util/localtime.h"

#include <QDateTime>
#include <QDir>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace porter::cli {

Failure usageError(const QString &message)
{
    return Failure{kExitUsage, QStringLiteral("usage"), message};
}

Session::Session(const Command &cmd, QCommandLineParser &parser)
    : command(cmd)
    , args(parser)
    , json(parser.isSet(QStringLiteral("json")))
{}

Session::~Session() = default;

Outcome Session::open()
{
    QString clockError;
    m_clock = makeClock(args, &clockError);
    if (!m_clock)
        return usageError(clockError);
    QString path = args.value(QStringLiteral("db"));
    if (!args.isSet(QStringLiteral("db"))) {
        auto fallback = Database::defaultPath();
        if (!fallback.ok())
            return fallback.error();
        path = *fallback;
    }
    // Only init and demo create a database; any other command on a missing file is a mistyped path or
    // a database not made yet, and creates nothing (not even folders).
    auto db = command.createsDatabase ? Database::create(path) : Database::open(path);
    if (!db.ok()) {
        if (db.error().code == ErrorCode::NotFound)
            return Failure{kExitFailed, errorCodeName(ErrorCode::NotFound),
                           QStringLiteral("No Porter database at %1: create one with porterctl init --db %1")
                               .arg(QDir::toNativeSeparators(path))};
        return db.error();
    }
    m_db = std::move(db).value();
    m_directory = std::make_unique<DirectoryService>(*m_db, *m_clock);
    m_access = std::make_unique<AccessService>(*m_db, *m_clock);
    m_queries = std::make_unique<QueryService>(*m_db, *m_clock);
    return Reply{};
}

Outcome Session::signIn()
{
    QString email = args.value(QStringLiteral("as"));
    if (email.isEmpty())
        email = qEnvironmentVariable("PORTER_AS");
    if (email.isEmpty())
        return usageError(QStringLiteral("Sign in with --as EMAIL (or set PORTER_AS)."));
    const std::optional<QString> password = readPassword("PORTER_PASSWORD");
    if (!password)
        return usageError(QStringLiteral("No password: set PORTER_PASSWORD or give it on standard input."));
    auto me = m_directory->authenticate(email, *password);
    if (!me.ok())
        return me.error();
    m_me = *me;
    return Reply{};
}

std::optional<QString> readPassword(const char *envVar)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
#ifdef Q_OS_UNIX
    // At a terminal: prompt on stderr (stdout may be parsed) and do not echo what is typed.
    if (isatty(STDIN_FILENO)) {
        std::fputs("Password: ", stderr);
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

std::variant<Id, Failure> parseId(const QString &text, const QString &what)
{
    bool ok = false;
    const Id id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(QStringLiteral("%1 needs a numeric id, not \"%2\".").arg(what, text));
    return id;
}

} // namespace

std::variant<Id, Failure> Session::id(const QString &option) const
{
    if (!args.isSet(option))
        return usageError(QStringLiteral("%1 needs --%2 ID.").arg(command.name, option));
    return parseId(args.value(option), QStringLiteral("--") + option);
}

std::variant<Id, Failure> Session::positionalId(int index) const
{
    const QStringList pos = args.positionalArguments();
    if (index >= pos.size())
        return usageError(QStringLiteral("%1 needs %2. Usage: porterctl %1 %3")
                              .arg(command.name, command.positionals.value(index), command.synopsis));
    return parseId(pos.at(index), command.positionals.value(index));
}

std::variant<QList<Id>, Failure> Session::ids(const QString &option) const
{
    QList<Id> out;
    const QStringList parts = args.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return usageError(QStringLiteral("%1 needs --%2 ID[,ID...].").arg(command.name, option));
    for (const QString &part : parts) {
        auto one = parseId(part, QStringLiteral("--") + option);
        if (auto *f = std::get_if<Failure>(&one))
            return *f;
        out.append(std::get<Id>(one));
    }
    return out;
}

std::variant<int, Failure> Session::number(const QString &option, int fallback) const
{
    if (!args.isSet(option))
        return fallback;
    bool ok = false;
    const int n = args.value(option).toInt(&ok);
    if (!ok || n < 0)
        return usageError(
            QStringLiteral("--%1 needs a whole number, not \"%2\".").arg(option, args.value(option)));
    return n;
}

std::variant<std::optional<qint64>, Failure> Session::time(const QString &option, const QTimeZone &zone,
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
    auto p = m_directory->property(m_me, propertyId);
    if (!p.ok())
        return p.error();
    return timeZoneNamed(p->timeZone);
}

Result<Property> Session::propertyOfPerson(Id personId)
{
    auto d = m_queries->person(m_me, personId, 1);
    if (!d.ok())
        return d.error();
    return m_directory->property(m_me, d->person.propertyId);
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

QJsonValue timeJson(std::optional<qint64> utc, const QTimeZone &zone)
{
    if (!utc)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("utc"), formatUtcIso(*utc)},
                       {QStringLiteral("unix"), *utc},
                       {QStringLiteral("local"), formatLocal(*utc, zone)}};
}

QString timeText(std::optional<qint64> utc, const QTimeZone &zone, const QString &none)
{
    return utc ? formatLocal(*utc, zone) : none;
}

QJsonArray idsJson(const QList<Id> &ids)
{
    QJsonArray out;
    for (Id id : ids)
        out.append(id);
    return out;
}

QString idsText(const QList<Id> &ids)
{
    QStringList out;
    for (Id id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QJsonObject propertyJson(const Property &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("timeZone"), p.timeZone},
            {QStringLiteral("region"), p.region},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("doorcodeDigits"), p.doorcodeDigits}};
}

QJsonObject doorJson(const Door &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("propertyId"), d.propertyId},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("type"), toString(d.type)},
            {QStringLiteral("connectivity"), toString(d.connectivity)},
            {QStringLiteral("ackVersion"), d.ackVersion},
            {QStringLiteral("alarms"), d.alarmCount},
            {QStringLiteral("lostEntries"), d.lostEntries}};
}

QJsonObject keyJson(const Key &k)
{
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("propertyId"), k.propertyId},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("doors"), idsJson(k.doorIds)},
            {QStringLiteral("schedule"), k.schedule.toText()},
            {QStringLiteral("doorcodesAllowed"), k.doorcodesAllowed},
            {QStringLiteral("shareable"), k.shareable}};
}

QJsonObject managerJson(const Manager &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("role"), toString(m.role)},
            {QStringLiteral("keyManagement"), toString(m.keyManagement)},
            {QStringLiteral("deviceManagement"), m.deviceManagement},
            {QStringLiteral("properties"), idsJson(m.propertyIds)},
            {QStringLiteral("keys"), idsJson(m.keyIds)}};
}

QJsonObject personJson(const Person &p, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("propertyId"), p.propertyId},
            {QStringLiteral("name"), p.displayName()},
            {QStringLiteral("firstName"), p.firstName},
            {QStringLiteral("lastName"), p.lastName},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("method"), toString(p.accessMethod)},
            {QStringLiteral("resident"), p.resident},
            {QStringLiteral("mayShare"), p.mayShare},
            {QStringLiteral("hostPersonId"), p.hostPersonId ? QJsonValue(*p.hostPersonId) : QJsonValue()},
            {QStringLiteral("createdAt"), timeJson(p.createdAt, zone)},
            {QStringLiteral("revokedAt"), timeJson(p.revokedAt, zone)},
            {QStringLiteral("deletedAt"), timeJson(p.deletedAt, zone)}};
}

QJsonObject grantJson(const Grant &g, const QString &keyName, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("personId"), g.personId},
            {QStringLiteral("keyId"), g.keyId},
            {QStringLiteral("key"), keyName},
            {QStringLiteral("startsAt"), timeJson(g.startsAt, zone)},
            {QStringLiteral("expiresAt"), timeJson(g.expiresAt, zone)},
            {QStringLiteral("endedAt"), timeJson(g.endedAt, zone)},
            {QStringLiteral("endReason"), toString(g.endReason)}};
}

QJsonObject shareJson(const ShareView &v, const QTimeZone &zone)
{
    const GuestShare &s = v.share;
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("hostPersonId"), s.hostPersonId},
            {QStringLiteral("host"), v.hostName},
            {QStringLiteral("guestPersonId"), s.guestPersonId},
            {QStringLiteral("guest"), v.guestName},
            {QStringLiteral("keyId"), s.keyId},
            {QStringLiteral("key"), v.keyName},
            {QStringLiteral("permanent"), s.permanent()},
            {QStringLiteral("startsAt"), timeJson(s.startsAt, zone)},
            {QStringLiteral("expiresAt"), timeJson(s.expiresAt, zone)},
            {QStringLiteral("endedAt"), timeJson(s.endedAt, zone)},
            {QStringLiteral("endReason"), toString(s.endReason)}};
}

QJsonObject keycardJson(const Keycard &k, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("personId"), k.personId},
            {QStringLiteral("serial"), k.serial},
            {QStringLiteral("active"), k.active},
            {QStringLiteral("enrolledAt"), timeJson(k.enrolledAt, zone)}};
}

QJsonObject activityJson(const ActivityEvent &e, const QTimeZone &zone)
{
    auto optId = [](std::optional<Id> id) { return id ? QJsonValue(*id) : QJsonValue(); };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), timeJson(e.at, zone)},
            {QStringLiteral("propertyId"), optId(e.propertyId)},
            {QStringLiteral("managerId"), optId(e.managerId)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("personId"), optId(e.personId)},
            {QStringLiteral("doorId"), optId(e.doorId)},
            {QStringLiteral("credential"), e.credential},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("detail"), e.detail}};
}

QJsonObject syncTaskJson(const DoorSyncTask &t, const QTimeZone &zone)
{
    QJsonArray changes;
    for (const DoorChange &c : t.changes)
        changes.append(
            QJsonObject{{QStringLiteral("seq"), c.seq},
                        {QStringLiteral("at"), timeJson(c.at, zone)},
                        {QStringLiteral("kind"), c.kind},
                        {QStringLiteral("personId"), c.personId ? QJsonValue(*c.personId) : QJsonValue()},
                        {QStringLiteral("summary"), c.summary},
                        {QStringLiteral("effectiveAt"), timeJson(c.effectiveAt, zone)}});
    return {{QStringLiteral("door"), doorJson(t.door)},
            {QStringLiteral("pendingChanges"), t.pendingChanges},
            {QStringLiteral("dueSince"), timeJson(t.dueSince, zone)},
            {QStringLiteral("startsOrEndsOnDay"), t.startsOrEndsOnDay},
            {QStringLiteral("dueByEndOfDay"), t.dueByEndOfDay},
            {QStringLiteral("changes"), changes}};
}

QStringList Table::lines() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row.at(i).size());
        }
    }
    QStringList out;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line;
    }
    return out;
}

} // namespace porter::cli
