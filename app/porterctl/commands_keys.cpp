// Commands about keys and managers: key add/edit/delete/list, manager add/list (docs/cli.md, "Keys"
// and "Managers").
#include "commands.h"

namespace porter::cli {
namespace {

// Fills a key from the options that are set; `creating` makes --doors required.
Status applyKeyOptions(Session &s, Key &k, bool creating)
{
    if (s.has(QStringLiteral("name")) || creating)
        k.name = s.value(QStringLiteral("name"));
    if (s.has(QStringLiteral("doors")) || creating) {
        PORTER_TRY_ASSIGN(k.doorIds, s.ids(QStringLiteral("doors")));
    }
    if (s.has(QStringLiteral("schedule"))) {
        auto schedule = Schedule::parse(s.value(QStringLiteral("schedule")));
        if (!schedule.ok())
            return usageError(
                QCoreApplication::translate("porterctl", "--schedule: %1").arg(schedule.error().message));
        k.schedule = *schedule;
    }
    if (s.has(QStringLiteral("no-doorcodes")) && s.has(QStringLiteral("doorcodes")))
        return usageError(
            QCoreApplication::translate("porterctl", "Give --doorcodes or --no-doorcodes, not both."));
    if (s.has(QStringLiteral("no-share")) && s.has(QStringLiteral("share")))
        return usageError(QCoreApplication::translate("porterctl", "Give --share or --no-share, not both."));
    if (s.has(QStringLiteral("no-doorcodes")))
        k.doorcodesAllowed = false;
    if (s.has(QStringLiteral("doorcodes")))
        k.doorcodesAllowed = true;
    if (s.has(QStringLiteral("no-share")))
        k.shareable = false;
    if (s.has(QStringLiteral("share")))
        k.shareable = true;
    return {};
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

// The options of key add (name and doors required) and key edit (every option optional, and the
// --doorcodes/--share pair to undo a --no-...).
QList<Option> keyOptions(bool editing)
{
    QList<Option> o{
        {.name = "name",
         .value = "NAME",
         .help = QT_TRANSLATE_NOOP("porterctl", "Key name."),
         .required = !editing},
        {.name = "doors",
         .value = "ID,..",
         .help = QT_TRANSLATE_NOOP("porterctl", "Doors the key opens."),
         .required = !editing},
        {.name = "schedule",
         .value = "TEXT",
         .help = QT_TRANSLATE_NOOP(
             "porterctl",
             "\"always\" (default) or weekly windows, e.g. \"Mon-Fri 09:00-17:00; Sat 10:00-14:00\".")},
        {.name = "no-doorcodes",
         .help = QT_TRANSLATE_NOOP("porterctl", "Daily doorcodes do not work with this key.")},
        {.name = "no-share",
         .help = QT_TRANSLATE_NOOP("porterctl", "Holders may not share this key with guests.")}};
    if (editing)
        o << Option{.name = "doorcodes",
                    .help = QT_TRANSLATE_NOOP("porterctl", "Allow daily doorcodes again.")}
          << Option{.name = "share", .help = QT_TRANSLATE_NOOP("porterctl", "Allow sharing again.")};
    return o;
}

Result<Reply> cmdKeyAdd(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    Key k;
    k.propertyId = propertyId;
    PORTER_TRY(applyKeyOptions(s, k, true));
    PORTER_TRY_ASSIGN(const Key added, s.directory().addKey(s.me(), k));
    Reply reply;
    reply.json = keyJson(added);
    reply.text << QCoreApplication::translate("porterctl", "Added key %1 \"%2\" (doors %3, %4).")
                      .arg(QString::number(added.id), added.name, idsText(added.doorIds),
                           added.schedule.toText());
    return reply;
}

const Registration kKeyAdd{
    Section::KeysAndManagers,
    {.name = "key add",
     .synopsis = "--property ID --name NAME --doors ID,.. [--schedule TEXT] [--no-doorcodes] [--no-share]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Create a key (Full Key Management)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Creates a key: a named set of doors with a schedule in the property's local time."),
     .options = QList<Option>{{.name = "property",
                               .value = "ID",
                               .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
                               .required = true}}
                << keyOptions(false),
     .handler = cmdKeyAdd}};

Result<Reply> cmdKeyEdit(Session &s)
{
    PORTER_TRY_ASSIGN(const Id keyId, s.positionalId());
    PORTER_TRY_ASSIGN(const Key readAs, s.directory().keyToEdit(s.me(), keyId));
    Key k = readAs;
    PORTER_TRY(applyKeyOptions(s, k, false));
    // Refused, not written over, if another edit of the key came in since it was read.
    PORTER_TRY_ASSIGN(const Key edited, s.directory().editKey(s.me(), k, readAs));
    Reply reply;
    reply.json = keyJson(edited);
    reply.text << QCoreApplication::translate("porterctl", "Key %1 \"%2\" now opens doors %3, %4.")
                      .arg(QString::number(edited.id), edited.name, idsText(edited.doorIds),
                           edited.schedule.toText())
               << QCoreApplication::translate(
                      "porterctl",
                      "Everyone holding it is affected; sync the offline doors (porterctl sync-tasks).");
    return reply;
}

const Registration kKeyEdit{
    Section::KeysAndManagers,
    {.name = "key edit",
     .synopsis = "KEY [--name NAME] [--doors ID,..] [--schedule TEXT] [--[no-]doorcodes] [--[no-]share]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Change a key (affects everyone holding it)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Changes the options given and keeps the others. A change to a key applies to everyone "
                      "holding it; the offline doors involved need a sync."),
     .options = keyOptions(true),
     .argument = "KEY",
     .handler = cmdKeyEdit}};

Result<Reply> cmdKeyDelete(Session &s)
{
    PORTER_TRY_ASSIGN(const Id keyId, s.positionalId());
    PORTER_TRY(s.directory().deleteKey(s.me(), keyId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("deleted"), keyId}};
    reply.text << QCoreApplication::translate("porterctl", "Deleted key %1.").arg(keyId);
    return reply;
}

const Registration kKeyDelete{
    Section::KeysAndManagers,
    {.name = "key delete",
     .synopsis = "KEY",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Delete a key."),
     .help = QT_TRANSLATE_NOOP("porterctl",
                               "Deletes a key; the grants of it end and its offline doors need a sync."),
     .argument = "KEY",
     .handler = cmdKeyDelete}};

Result<Reply> cmdKeyList(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    PORTER_TRY_ASSIGN(const QList<Key> list, s.directory().keys(s.me(), propertyId));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("DOORS"),
                 QStringLiteral("SCHEDULE"), QStringLiteral("DOORCODES"), QStringLiteral("SHAREABLE")});
    for (const Key &k : list) {
        json.append(keyJson(k));
        table.add(keyLine(k));
    }
    return Reply{json, table.lines(), {}};
}

const Registration kKeyList{
    Section::KeysAndManagers,
    {.name = "key list",
     .synopsis = "--property ID",
     .summary = QT_TRANSLATE_NOOP("porterctl", "List a property's keys."),
     .help =
         QT_TRANSLATE_NOOP("porterctl", "Lists the keys of a property with their doors, schedule and flags."),
     .options = {{.name = "property",
                  .value = "ID",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
                  .required = true}},
     .handler = cmdKeyList}};

Result<Reply> cmdManagerAdd(Session &s)
{
    ManagerRequest r;
    r.name = s.value(QStringLiteral("name"));
    r.email = s.value(QStringLiteral("email"));
    const auto role = managerRoleFromString(s.value(QStringLiteral("role")));
    if (!role)
        return usageError(QCoreApplication::translate("porterctl", "--role must be portfolio or property."));
    r.role = *role;
    if (s.has(QStringLiteral("key-management"))) {
        const auto km = keyManagementFromString(s.value(QStringLiteral("key-management")));
        if (!km)
            return usageError(QCoreApplication::translate(
                "porterctl", "--key-management must be full, limited, specific or none."));
        r.keyManagement = *km;
    }
    r.deviceManagement = s.has(QStringLiteral("device-management"));
    if (s.has(QStringLiteral("properties"))) {
        PORTER_TRY_ASSIGN(r.propertyIds, s.ids(QStringLiteral("properties")));
    }
    if (s.has(QStringLiteral("keys"))) {
        PORTER_TRY_ASSIGN(r.keyIds, s.ids(QStringLiteral("keys")));
    }
    if (!qEnvironmentVariableIsSet("PORTER_NEW_PASSWORD"))
        return usageError(QCoreApplication::translate(
            "porterctl", "Set the new manager's password in PORTER_NEW_PASSWORD."));
    r.password = qEnvironmentVariable("PORTER_NEW_PASSWORD");
    r.login = s.value(QStringLiteral("db-role"));
    PORTER_TRY_ASSIGN(const Manager m, s.directory().addManager(s.me(), r));
    Reply reply;
    reply.json = managerJson(m);
    reply.text << QCoreApplication::translate("porterctl", "Added %1 %2 <%3> (manager %4).")
                      .arg(m.role == ManagerRole::PortfolioManager
                               ? QCoreApplication::translate("porterctl", "Portfolio Manager")
                               : QCoreApplication::translate("porterctl", "Property Manager"),
                           m.name, m.email, QString::number(m.id));
    if (!m.login.isEmpty())
        reply.text << loginLine(m);
    return reply;
}

const Registration kManagerAdd{
    Section::KeysAndManagers,
    {.name = "manager add",
     .synopsis = "--name NAME --email EMAIL --role portfolio|property [--properties ID,..] "
                 "[--key-management full|limited|specific|none] [--keys ID,..] [--device-management] "
                 "[--db-role LOGIN]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Add a manager (Portfolio Managers)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Adds a Portfolio Manager or a Property Manager of the listed properties. Key Management: "
         "full (keys and access), limited (give and revoke any key), specific (only --keys), none. "
         "The new manager's password is read from PORTER_NEW_PASSWORD."),
     .options = {{.name = "name",
                  .value = "NAME",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Name."),
                  .required = true},
                 {.name = "email",
                  .value = "EMAIL",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Email (sign-in)."),
                  .required = true},
                 {.name = "role",
                  .value = "ROLE",
                  .help = QT_TRANSLATE_NOOP("porterctl", "portfolio or property."),
                  .required = true},
                 {.name = "properties",
                  .value = "ID,..",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Assigned properties.")},
                 {.name = "key-management",
                  .value = "LEVEL",
                  .help = QT_TRANSLATE_NOOP("porterctl", "full, limited, specific or none (default none).")},
                 {.name = "keys",
                  .value = "ID,..",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Keys for specific Key Management.")},
                 {.name = "device-management",
                  .help = QT_TRANSLATE_NOOP("porterctl", "May add and sync doors.")},
                 {.name = "db-role",
                  .value = "LOGIN",
                  .help = QT_TRANSLATE_NOOP("porterctl",
                                            "PostgreSQL: the manager's own login, created with the password; "
                                            "they sign in by connecting with it.")}},
     .handler = cmdManagerAdd}};

Result<Reply> cmdManagerList(Session &s)
{
    PORTER_TRY_ASSIGN(const QList<Manager> list, s.directory().managers(s.me()));
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

const Registration kManagerList{
    Section::KeysAndManagers,
    {.name = "manager list",
     .summary = QT_TRANSLATE_NOOP("porterctl", "List the portfolio's managers."),
     .help = QT_TRANSLATE_NOOP("porterctl", "Lists the managers with their role and permissions."),
     .handler = cmdManagerList}};

} // namespace
} // namespace porter::cli
