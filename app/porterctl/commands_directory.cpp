// Commands about the structure of a portfolio: init, properties, doors, keys, managers.
#include "commands.h"
#include "util/localtime.h"

namespace porter::cli {

Outcome cmdInit(Session &s)
{
    const std::optional<QString> password = readPassword("PORTER_PASSWORD");
    if (!password)
        return usageError(QStringLiteral("No password: set PORTER_PASSWORD or give it on standard input."));
    InitRequest r;
    r.portfolioName = s.value(QStringLiteral("portfolio"));
    r.managerName = s.value(QStringLiteral("name"));
    r.managerEmail = s.value(QStringLiteral("email"));
    r.password = *password;
    CLI_VALUE(const Manager m, s.directory().init(r));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("portfolioId"), m.portfolioId},
                             {QStringLiteral("portfolio"), r.portfolioName.trimmed()},
                             {QStringLiteral("manager"), managerJson(m)},
                             {QStringLiteral("database"), s.db().path()}};
    reply.text
        << QStringLiteral("Created portfolio \"%1\" in %2.").arg(r.portfolioName.trimmed(), s.db().path())
        << QStringLiteral("Portfolio Manager %1 <%2> (manager %3).").arg(m.name, m.email).arg(m.id);
    return reply;
}

Outcome cmdPropertyAdd(Session &s)
{
    Property p;
    p.name = s.value(QStringLiteral("name"));
    p.timeZone = s.value(QStringLiteral("tz"));
    p.region = s.value(QStringLiteral("region"));
    p.address = s.value(QStringLiteral("address"));
    if (p.timeZone.isEmpty())
        return usageError(QStringLiteral("property add needs --tz IANA-NAME, e.g. America/New_York."));
    CLI_TRY(p.doorcodeDigits, s.number(QStringLiteral("doorcode-digits"), 7));
    CLI_VALUE(const Property added, s.directory().addProperty(s.me(), p));
    Reply reply;
    reply.json = propertyJson(added);
    reply.text
        << QStringLiteral("Added property %1 \"%2\" (%3).").arg(added.id).arg(added.name, added.timeZone);
    if (added.doorcodeDigits != 7)
        reply.text << QStringLiteral("Daily doorcodes have %1 digits.").arg(added.doorcodeDigits);
    return reply;
}

Outcome cmdPropertySetDoorcodeDigits(Session &s)
{
    CLI_TRY(const Id propertyId, s.positionalId(0));
    if (!s.has(QStringLiteral("digits")))
        return usageError(QStringLiteral("property set-doorcode-digits needs --digits 7, 8 or 9."));
    CLI_TRY(const int digits, s.number(QStringLiteral("digits"), 7));
    CLI_VALUE(const Property p, s.directory().setDoorcodeDigits(s.me(), propertyId, digits));
    Reply reply;
    reply.json = propertyJson(p);
    reply.text << QStringLiteral("Daily doorcodes of property %1 \"%2\" have %3 digits.")
                      .arg(p.id)
                      .arg(p.name)
                      .arg(p.doorcodeDigits);
    return reply;
}

Outcome cmdPropertyList(Session &s)
{
    CLI_VALUE(const QList<Property> list, s.directory().properties(s.me()));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("TIME ZONE"),
                 QStringLiteral("REGION"), QStringLiteral("ADDRESS")});
    for (const Property &p : list) {
        json.append(propertyJson(p));
        table.add({QString::number(p.id), p.name, p.timeZone, p.region, p.address});
    }
    return Reply{json, table.lines(), {}};
}

Outcome cmdDoorAdd(Session &s)
{
    CLI_TRY(const Id propertyId, s.id(QStringLiteral("property")));
    const auto type = doorTypeFromString(s.value(QStringLiteral("type")));
    if (!type)
        return usageError(
            QStringLiteral("--type must be building-entrance, residence, service or communal."));
    Door d;
    d.propertyId = propertyId;
    d.name = s.value(QStringLiteral("name"));
    d.type = *type;
    d.connectivity = s.has(QStringLiteral("online")) ? Connectivity::Online : Connectivity::Offline;
    CLI_VALUE(const Door added, s.directory().addDoor(s.me(), d));
    Reply reply;
    reply.json = doorJson(added);
    reply.text << QStringLiteral("Added door %1 \"%2\" (%3, %4).")
                      .arg(QString::number(added.id), added.name, toString(added.type),
                           toString(added.connectivity));
    return reply;
}

Outcome cmdDoorList(Session &s)
{
    CLI_TRY(const Id propertyId, s.id(QStringLiteral("property")));
    CLI_VALUE(const QList<Door> list, s.directory().doors(s.me(), propertyId));
    CLI_VALUE(const std::optional<qint64> epoch, doorcodeEpochOf(s, propertyId));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("TYPE"),
                 QStringLiteral("CONNECTIVITY"), QStringLiteral("VERSION"), QStringLiteral("DOORCODE SECRET"),
                 QStringLiteral("ALARMS")});
    for (const Door &d : list) {
        QJsonObject o = doorJson(d);
        o.insert(QStringLiteral("doorcodeEpoch"),
                 d.doorcodeEpoch ? QJsonValue(*d.doorcodeEpoch) : QJsonValue());
        o.insert(QStringLiteral("oldDoorcodeSecret"), holdsOldDoorcodeSecret(d, epoch));
        json.append(o);
        table.add({QString::number(d.id), d.name, toString(d.type), toString(d.connectivity),
                   QString::number(d.ackVersion), doorcodeSecretText(d, epoch),
                   QString::number(d.alarmCount)});
    }
    return Reply{json, table.lines(), {}};
}

namespace {

// Fills a key from the options that are set; `creating` makes --doors required.
std::optional<Failure> applyKeyOptions(Session &s, Key &k, bool creating)
{
    if (s.has(QStringLiteral("name")) || creating)
        k.name = s.value(QStringLiteral("name"));
    if (s.has(QStringLiteral("doors")) || creating) {
        auto doors = s.ids(QStringLiteral("doors"));
        if (auto *f = std::get_if<Failure>(&doors))
            return *f;
        k.doorIds = std::get<QList<Id>>(doors);
    }
    if (s.has(QStringLiteral("schedule"))) {
        auto schedule = Schedule::parse(s.value(QStringLiteral("schedule")));
        if (!schedule.ok())
            return usageError(QStringLiteral("--schedule: %1").arg(schedule.error().message));
        k.schedule = *schedule;
    }
    if (s.has(QStringLiteral("no-doorcodes")) && s.has(QStringLiteral("doorcodes")))
        return usageError(QStringLiteral("Give --doorcodes or --no-doorcodes, not both."));
    if (s.has(QStringLiteral("no-share")) && s.has(QStringLiteral("share")))
        return usageError(QStringLiteral("Give --share or --no-share, not both."));
    if (s.has(QStringLiteral("no-doorcodes")))
        k.doorcodesAllowed = false;
    if (s.has(QStringLiteral("doorcodes")))
        k.doorcodesAllowed = true;
    if (s.has(QStringLiteral("no-share")))
        k.shareable = false;
    if (s.has(QStringLiteral("share")))
        k.shareable = true;
    return std::nullopt;
}

QStringList keyLine(const Key &k)
{
    return {QString::number(k.id),
            k.name,
            idsText(k.doorIds),
            k.schedule.toText(),
            k.doorcodesAllowed ? QStringLiteral("yes") : QStringLiteral("no"),
            k.shareable ? QStringLiteral("yes") : QStringLiteral("no")};
}

} // namespace

Outcome cmdKeyAdd(Session &s)
{
    CLI_TRY(const Id propertyId, s.id(QStringLiteral("property")));
    Key k;
    k.propertyId = propertyId;
    if (auto f = applyKeyOptions(s, k, true))
        return *f;
    CLI_VALUE(const Key added, s.directory().addKey(s.me(), k));
    Reply reply;
    reply.json = keyJson(added);
    reply.text << QStringLiteral("Added key %1 \"%2\" (doors %3, %4).")
                      .arg(QString::number(added.id), added.name, idsText(added.doorIds),
                           added.schedule.toText());
    return reply;
}

Outcome cmdKeyEdit(Session &s)
{
    CLI_TRY(const Id keyId, s.positionalId(0));
    CLI_VALUE(const Key readAs, s.directory().keyToEdit(s.me(), keyId));
    Key k = readAs;
    if (auto f = applyKeyOptions(s, k, false))
        return *f;
    // Refused, not written over, if another edit of the key came in since it was read.
    CLI_VALUE(const Key edited, s.directory().editKey(s.me(), k, readAs));
    Reply reply;
    reply.json = keyJson(edited);
    reply.text << QStringLiteral("Key %1 \"%2\" now opens doors %3, %4.")
                      .arg(QString::number(edited.id), edited.name, idsText(edited.doorIds),
                           edited.schedule.toText())
               << QStringLiteral(
                      "Everyone holding it is affected; sync the offline doors (porterctl sync-tasks).");
    return reply;
}

Outcome cmdKeyDelete(Session &s)
{
    CLI_TRY(const Id keyId, s.positionalId(0));
    auto st = s.directory().deleteKey(s.me(), keyId);
    if (!st.ok())
        return st.error();
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("deleted"), keyId}};
    reply.text << QStringLiteral("Deleted key %1.").arg(keyId);
    return reply;
}

Outcome cmdKeyList(Session &s)
{
    CLI_TRY(const Id propertyId, s.id(QStringLiteral("property")));
    CLI_VALUE(const QList<Key> list, s.directory().keys(s.me(), propertyId));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("DOORS"),
                 QStringLiteral("SCHEDULE"), QStringLiteral("DOORCODES"), QStringLiteral("SHAREABLE")});
    for (const Key &k : list) {
        json.append(keyJson(k));
        table.add(keyLine(k));
    }
    return Reply{json, table.lines(), {}};
}

Outcome cmdManagerAdd(Session &s)
{
    ManagerRequest r;
    r.name = s.value(QStringLiteral("name"));
    r.email = s.value(QStringLiteral("email"));
    const auto role = managerRoleFromString(s.value(QStringLiteral("role")));
    if (!role)
        return usageError(QStringLiteral("--role must be portfolio or property."));
    r.role = *role;
    if (s.has(QStringLiteral("key-management"))) {
        const auto km = keyManagementFromString(s.value(QStringLiteral("key-management")));
        if (!km)
            return usageError(QStringLiteral("--key-management must be full, limited, specific or none."));
        r.keyManagement = *km;
    }
    r.deviceManagement = s.has(QStringLiteral("device-management"));
    if (s.has(QStringLiteral("properties"))) {
        CLI_TRY(r.propertyIds, s.ids(QStringLiteral("properties")));
    }
    if (s.has(QStringLiteral("keys"))) {
        CLI_TRY(r.keyIds, s.ids(QStringLiteral("keys")));
    }
    if (!qEnvironmentVariableIsSet("PORTER_NEW_PASSWORD"))
        return usageError(QStringLiteral("Set the new manager's password in PORTER_NEW_PASSWORD."));
    r.password = qEnvironmentVariable("PORTER_NEW_PASSWORD");
    CLI_VALUE(const Manager m, s.directory().addManager(s.me(), r));
    Reply reply;
    reply.json = managerJson(m);
    reply.text << QStringLiteral("Added %1 %2 <%3> (manager %4).")
                      .arg(m.role == ManagerRole::PortfolioManager ? QStringLiteral("Portfolio Manager")
                                                                   : QStringLiteral("Property Manager"),
                           m.name, m.email, QString::number(m.id));
    return reply;
}

Outcome cmdManagerList(Session &s)
{
    CLI_VALUE(const QList<Manager> list, s.directory().managers(s.me()));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("EMAIL"),
                 QStringLiteral("ROLE"), QStringLiteral("KEY MGMT"), QStringLiteral("DEVICES"),
                 QStringLiteral("PROPERTIES"), QStringLiteral("KEYS")});
    for (const Manager &m : list) {
        json.append(managerJson(m));
        table.add({QString::number(m.id), m.name, m.email, toString(m.role), toString(m.keyManagement),
                   m.deviceManagement ? QStringLiteral("yes") : QStringLiteral("no"), idsText(m.propertyIds),
                   idsText(m.keyIds)});
    }
    return Reply{json, table.lines(), {}};
}

} // namespace porter::cli
