// Read-only commands (activity, door sync tasks, outbox) and the odd ones (demo, version).
#include "access/outboxservice.h"
#include "commands.h"
#include "demo/demo.h"
#include "util/localtime.h"

#include <QHash>

namespace porter::cli {
namespace {

QStringList syncTaskLines(const DoorSyncTask &t, const QTimeZone &zone, bool withChanges)
{
    QStringList out;
    QString due = QStringLiteral("not due today");
    if (t.startsOrEndsOnDay)
        due = QStringLiteral("access starts or ends that day");
    else if (t.dueByEndOfDay)
        due = QStringLiteral("due since %1").arg(timeText(t.dueSince, zone));
    out << QStringLiteral("Door %1 \"%2\" (%3): %4 pending changes since version %5; %6.")
               .arg(QString::number(t.door.id), t.door.name, toString(t.door.connectivity),
                    QString::number(t.pendingChanges), QString::number(t.door.ackVersion), due);
    if (withChanges) {
        Table table({QStringLiteral("  SEQ"), QStringLiteral("WHEN"), QStringLiteral("KIND"),
                     QStringLiteral("EFFECTIVE"), QStringLiteral("SUMMARY")});
        for (const DoorChange &c : t.changes)
            table.add({QStringLiteral("  %1").arg(c.seq), timeText(c.at, zone), c.kind,
                       timeText(c.effectiveAt, zone), c.summary});
        out << table.lines();
    }
    return out;
}

std::variant<QDate, Failure> day(Session &s)
{
    if (!s.has(QStringLiteral("date")))
        return QDate();
    const QDate d = QDate::fromString(s.value(QStringLiteral("date")), Qt::ISODate);
    if (!d.isValid())
        return usageError(
            QStringLiteral("--date needs YYYY-MM-DD, not \"%1\".").arg(s.value(QStringLiteral("date"))));
    return d;
}

} // namespace

Outcome cmdActivity(Session &s)
{
    const int given = int(s.has(QStringLiteral("property"))) + int(s.has(QStringLiteral("person"))) +
                      int(s.has(QStringLiteral("door")));
    if (given != 1)
        return usageError(QStringLiteral("activity needs exactly one of --property, --person or --door."));
    ActivityFilter f;
    Id propertyId = 0;
    if (s.has(QStringLiteral("property"))) {
        CLI_TRY(propertyId, s.id(QStringLiteral("property")));
        f.propertyId = propertyId;
    } else if (s.has(QStringLiteral("person"))) {
        CLI_TRY(const Id personId, s.id(QStringLiteral("person")));
        CLI_VALUE(const Property p, s.propertyOfPerson(personId));
        propertyId = p.id;
        f.personId = personId;
    } else {
        CLI_TRY(const Id doorId, s.id(QStringLiteral("door")));
        CLI_VALUE(const Door d, s.directory().door(s.me(), doorId));
        propertyId = d.propertyId;
        f.doorId = doorId;
    }
    CLI_VALUE(const QTimeZone zone, s.zoneOf(propertyId));
    CLI_TRY(f.from, s.time(QStringLiteral("from"), zone, DateMeaning::StartOfDay));
    CLI_TRY(f.to, s.time(QStringLiteral("to"), zone, DateMeaning::EndOfDay));
    CLI_TRY(f.limit, s.number(QStringLiteral("limit"), 200));
    CLI_VALUE(const QList<ActivityEvent> events, s.queries().activity(s.me(), f));
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

Outcome cmdSyncTasks(Session &s)
{
    CLI_TRY(const Id propertyId, s.id(QStringLiteral("property")));
    CLI_TRY(const QDate date, day(s));
    CLI_VALUE(const QTimeZone zone, s.zoneOf(propertyId));
    CLI_VALUE(const QList<DoorSyncTask> tasks, s.queries().syncTasks(s.me(), propertyId, date));
    QJsonArray json;
    QStringList text;
    for (const DoorSyncTask &t : tasks) {
        json.append(syncTaskJson(t, zone));
        text << syncTaskLines(t, zone, false);
    }
    if (tasks.isEmpty())
        text << QStringLiteral("No door needs a sync.");
    return Reply{json, text, {}};
}

Outcome cmdDoorPending(Session &s)
{
    CLI_TRY(const Id doorId, s.positionalId(0));
    CLI_TRY(const QDate date, day(s));
    CLI_VALUE(const DoorSyncTask t, s.queries().doorSyncTask(s.me(), doorId, date));
    CLI_VALUE(const QTimeZone zone, s.zoneOf(t.door.propertyId));
    return Reply{syncTaskJson(t, zone), syncTaskLines(t, zone, true), {}};
}

Outcome cmdOutbox(Session &s)
{
    // Only the mail of properties this manager can see.
    CLI_VALUE(const QList<Property> props, s.directory().properties(s.me()));
    QHash<Id, QTimeZone> zones;
    for (const Property &p : props) {
        auto zone = timeZoneNamed(p.timeZone);
        zones.insert(p.id, zone.ok() ? *zone : QTimeZone(QByteArrayLiteral("UTC")));
    }
    OutboxService outbox(s.db(), s.clock());
    CLI_VALUE(const QList<OutboxMessage> mail, outbox.messages(s.me()));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("QUEUED"), QStringLiteral("STATUS"),
                 QStringLiteral("KIND"), QStringLiteral("TO"), QStringLiteral("SUBJECT")});
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
                        {QStringLiteral("status"), m.status}});
        table.add({QString::number(m.id), timeText(m.createdAt, zone), m.status, m.kind, m.to, m.subject});
    }
    return Reply{json, table.lines(), {}};
}

Outcome cmdDemo(Session &s)
{
    CLI_VALUE(const demo::DemoSummary d, demo::createDemoPortfolio(s.db(), s.clock()));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("database"), s.db().path()},
                             {QStringLiteral("portfolio"), d.portfolioName},
                             {QStringLiteral("propertyId"), d.propertyId},
                             {QStringLiteral("email"), d.managerEmail},
                             {QStringLiteral("password"), d.managerPassword},
                             {QStringLiteral("propertyManagerEmail"), d.propertyManagerEmail},
                             {QStringLiteral("propertyManagerPassword"), d.propertyManagerPassword},
                             {QStringLiteral("doors"), d.doors},
                             {QStringLiteral("keys"), d.keys},
                             {QStringLiteral("people"), d.people}};
    reply.text
        << QStringLiteral("Created the demo portfolio \"%1\" in %2.").arg(d.portfolioName, s.db().path())
        << QStringLiteral("Property %1 with %2 doors, %3 keys and %4 people.")
               .arg(QString::number(d.propertyId), QString::number(d.doors), QString::number(d.keys),
                    QString::number(d.people))
        << QStringLiteral("Portfolio Manager: %1  password: %2").arg(d.managerEmail, d.managerPassword)
        << QStringLiteral("Property Manager:  %1  password: %2")
               .arg(d.propertyManagerEmail, d.propertyManagerPassword);
    return reply;
}

Outcome cmdVersion(Session &)
{
    const QString version = QStringLiteral(PORTER_VERSION);
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("version"), version},
                             {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                             {QStringLiteral("schema"), Database::latestSchemaVersion()}};
    reply.text << QStringLiteral("porterctl %1 (Qt %2, database schema %3)")
                      .arg(version, QString::fromLatin1(qVersion()),
                           QString::number(Database::latestSchemaVersion()));
    return reply;
}

} // namespace porter::cli
