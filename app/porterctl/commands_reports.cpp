// Read-only commands (activity, door sync tasks, outbox) and the odd ones (demo, version).
#include "commands.h"
#include "demo/demo.h"
#include "util/localtime.h"
#include "viewmodels/outboxmodel.h"

#include <QHash>
#include <QJsonArray>

namespace porter::cli {
namespace {

Result<Reply> cmdActivity(Session &s)
{
    const int given = int(s.has(QStringLiteral("property"))) + int(s.has(QStringLiteral("person"))) +
                      int(s.has(QStringLiteral("door")));
    if (given != 1)
        return usageError(QCoreApplication::translate(
            "porterctl", "activity needs exactly one of --property, --person or --door."));
    ActivityFilter f;
    Id propertyId = 0;
    if (s.has(QStringLiteral("property"))) {
        PORTER_TRY_ASSIGN(propertyId, s.id(QStringLiteral("property")));
        f.propertyId = propertyId;
    } else if (s.has(QStringLiteral("person"))) {
        PORTER_TRY_ASSIGN(const Id personId, s.id(QStringLiteral("person")));
        PORTER_TRY_ASSIGN(const Property p, s.propertyOfPerson(personId));
        propertyId = p.id;
        f.personId = personId;
    } else {
        PORTER_TRY_ASSIGN(const Id doorId, s.id(QStringLiteral("door")));
        PORTER_TRY_ASSIGN(const Door d, s.directory().door(s.me(), doorId));
        propertyId = d.propertyId;
        f.doorId = doorId;
    }
    PORTER_TRY_ASSIGN(const QTimeZone zone, s.zoneOf(propertyId));
    PORTER_TRY_ASSIGN(f.from, s.time(QStringLiteral("from"), zone, DateMeaning::StartOfDay));
    PORTER_TRY_ASSIGN(f.to, s.time(QStringLiteral("to"), zone, DateMeaning::EndOfDay));
    PORTER_TRY_ASSIGN(f.limit, s.number(QStringLiteral("limit"), 200));
    PORTER_TRY_ASSIGN(const QList<ActivityEvent> events, s.queries().activity(s.me(), f));
    QJsonArray json;
    Table table({QStringLiteral("WHEN"), QStringLiteral("WHO"), QStringLiteral("ACTION"),
                 QStringLiteral("PERSON"), QStringLiteral("DOOR"), QStringLiteral("RESULT"),
                 QStringLiteral("DETAIL")});
    for (const ActivityEvent &e : events) {
        json.append(activityJson(e, zone));
        table.add({timeText(e.at, zone), e.actor, e.action,
                   e.personId ? QString::number(*e.personId) : QStringLiteral("-"),
                   e.doorId ? QString::number(*e.doorId) : QStringLiteral("-"),
                   e.result.isEmpty() ? QStringLiteral("-") : e.result,
                   e.reason.isEmpty() ? e.detail : QStringLiteral("%1 (%2)").arg(e.detail, e.reason)});
    }
    return Reply{json, table.lines(), {}};
}

const Registration kActivity{
    Section::Reports,
    {.name = "activity",
     .synopsis = "(--property ID | --person ID | --door ID) [--from T] [--to T] [--limit N]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Who did what, newest first."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Admin actions (including refused ones) and door events, newest first. Deleted people's "
         "activity stays readable."),
     .timesHelp = true,
     .options = {{.name = "property", .value = "ID", .help = QT_TRANSLATE_NOOP("porterctl", "Property.")},
                 {.name = "person", .value = "ID", .help = QT_TRANSLATE_NOOP("porterctl", "Person.")},
                 {.name = "door", .value = "ID", .help = QT_TRANSLATE_NOOP("porterctl", "Door.")},
                 {.name = "from", .value = "T", .help = QT_TRANSLATE_NOOP("porterctl", "From (inclusive).")},
                 {.name = "to",
                  .value = "T",
                  .help = QT_TRANSLATE_NOOP("porterctl", "To (a date includes that day).")},
                 {.name = "limit",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Rows (default 200).")}},
     .handler = cmdActivity}};

Result<Reply> cmdSyncTasks(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    PORTER_TRY_ASSIGN(const QDate date, localDayOption(s));
    PORTER_TRY_ASSIGN(const QTimeZone zone, s.zoneOf(propertyId));
    PORTER_TRY_ASSIGN(const QList<DoorSyncTask> tasks, s.queries().syncTasks(s.me(), propertyId, date));
    QJsonArray json;
    QStringList text;
    for (const DoorSyncTask &t : tasks) {
        json.append(syncTaskJson(t, zone));
        text << syncTaskLines(t, zone, false);
    }
    if (tasks.isEmpty())
        text << QCoreApplication::translate("porterctl", "No door needs a sync.");
    return Reply{json, text, {}};
}

const Registration kSyncTasks{
    Section::Reports,
    {.name = "sync-tasks",
     .synopsis = "--property ID [--date YYYY-MM-DD]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Offline doors that need a sync."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Door sync tasks: each offline door with changes it has not acknowledged, flagged when "
                      "access starts or ends on the day (default today) or a change is already due. Online "
                      "doors never appear."),
     .options = {{.name = "property",
                  .value = "ID",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
                  .required = true},
                 {.name = "date",
                  .value = "YYYY-MM-DD",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Local day (default today).")}},
     .handler = cmdSyncTasks}};

Result<Reply> cmdOutbox(Session &s)
{
    // Only the mail of properties this manager can see (Session::outbox leaves out the others).
    PORTER_TRY_ASSIGN(const QList<Property> props, s.directory().properties(s.me()));
    QHash<Id, QTimeZone> zones;
    for (const Property &p : props) {
        auto zone = timeZoneNamed(p.timeZone);
        zones.insert(p.id, zone.ok() ? *zone : QTimeZone(QByteArrayLiteral("UTC")));
    }
    PORTER_TRY_ASSIGN(const QList<OutboxMessage> mail, s.outbox());
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("QUEUED"), QStringLiteral("STATUS"),
                 QStringLiteral("KIND"), QStringLiteral("TO"), QStringLiteral("SUBJECT"),
                 QStringLiteral("ATTEMPTS"), QStringLiteral("PROBLEM")});
    for (const OutboxMessage &m : mail) {
        if (!m.propertyId || !zones.contains(*m.propertyId))
            continue;
        const QTimeZone zone = zones.value(*m.propertyId);
        json.append(
            QJsonObject{{QStringLiteral("id"), m.id},
                        {QStringLiteral("createdAt"), timeJson(m.createdAt, zone)},
                        {QStringLiteral("propertyId"), *m.propertyId},
                        {QStringLiteral("personId"), m.personId ? QJsonValue(*m.personId) : QJsonValue()},
                        {QStringLiteral("kind"), m.kind},
                        {QStringLiteral("to"), m.to},
                        {QStringLiteral("subject"), m.subject},
                        {QStringLiteral("body"), m.body},
                        {QStringLiteral("status"), m.status},
                        {QStringLiteral("attempts"), m.attempts},
                        {QStringLiteral("lastError"), m.lastError},
                        {QStringLiteral("sentAt"), timeJson(m.sentAt, zone)},
                        {QStringLiteral("nextAttemptAt"),
                         OutboxModel::waitsForRetry(m) ? timeJson(m.nextAttemptAt, zone) : QJsonValue()},
                        {QStringLiteral("messageId"), m.messageId},
                        {QStringLiteral("day"), m.day.isEmpty() ? QJsonValue() : QJsonValue(m.day)}});
        table.add({QString::number(m.id), timeText(m.createdAt, zone), m.status, m.kind, m.to, m.subject,
                   m.attempts ? QString::number(m.attempts) : QString(),
                   m.status == QLatin1String("sent") ? QString() : m.lastError});
    }
    return Reply{json, table.lines(), {}};
}

const Registration kOutbox{
    Section::Reports,
    {.name = "outbox",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Emails and their delivery state."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Lists the emails of the properties you can see (welcome emails, daily doorcodes) with their "
         "state: queued, sent or failed with the server's reason."),
     .handler = cmdOutbox}};

Result<Reply> cmdDemo(Session &s)
{
    PORTER_TRY_ASSIGN(const demo::DemoSummary d, s.createDemo());
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("database"), s.databasePath()},
                             {QStringLiteral("portfolio"), d.portfolioName},
                             {QStringLiteral("propertyId"), d.propertyId},
                             {QStringLiteral("email"), d.managerEmail},
                             {QStringLiteral("password"), d.managerPassword},
                             {QStringLiteral("propertyManagerEmail"), d.propertyManagerEmail},
                             {QStringLiteral("propertyManagerPassword"), d.propertyManagerPassword},
                             {QStringLiteral("doors"), d.doors},
                             {QStringLiteral("keys"), d.keys},
                             {QStringLiteral("people"), d.people}};
    reply.text << QCoreApplication::translate("porterctl", "Created the demo portfolio \"%1\" in %2.")
                      .arg(d.portfolioName, s.databasePath())
               << QCoreApplication::translate("porterctl",
                                              "Property %1 with %2 doors, %3 keys and %4 people.")
                      .arg(QString::number(d.propertyId), QString::number(d.doors), QString::number(d.keys),
                           QString::number(d.people))
               << QCoreApplication::translate("porterctl", "Portfolio Manager: %1  password: %2")
                      .arg(d.managerEmail, d.managerPassword)
               << QCoreApplication::translate("porterctl", "Property Manager:  %1  password: %2")
                      .arg(d.propertyManagerEmail, d.propertyManagerPassword);
    return reply;
}

const Registration kDemo{
    Section::Reports,
    {.name = "demo",
     .synopsis = "[--db PATH]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Create a demo portfolio."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Fills an empty database with the \"Harbor Point Residential\" demo: one property in "
                      "America/New_York with doors, keys, residents, staff, vendors, guests and keycards, "
                      "dated relative to today. Prints the managers' emails and passwords. Refuses a "
                      "database that already has a portfolio."),
     .needs = Needs::Database,
     .createsDatabase = true,
     .handler = cmdDemo}};

Result<Reply> cmdVersion(Session &)
{
    const QString version = QStringLiteral(PORTER_VERSION);
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("version"), version},
                             {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                             {QStringLiteral("schema"), Session::latestSchemaVersion()}};
    reply.text << QStringLiteral("porterctl %1 (Qt %2, database schema %3)")
                      .arg(version, QString::fromLatin1(qVersion()),
                           QString::number(Session::latestSchemaVersion()));
    return reply;
}

const Registration kVersion{
    Section::Reports,
    {.name = "version",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Print the version."),
     .help = QT_TRANSLATE_NOOP("porterctl",
                               "Prints porterctl's version, the Qt version and the database schema version."),
     .needs = Needs::Nothing,
     .handler = cmdVersion}};

} // namespace
} // namespace porter::cli
