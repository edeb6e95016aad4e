// Commands about the portfolio and its properties: init, property add/set-doorcode-digits/list/show,
// property rotate-doorcode-secret (docs/cli.md, "Portfolio and properties"); manager edit and manager
// remove (docs/cli.md, "manager edit, manager remove").
#include "app/migration.h"
#include "commands.h"
#include "devices/deviceservice.h"

#include <QJsonArray>

namespace porter::cli {
namespace {

Result<Reply> cmdInit(Session &s)
{
    const std::optional<QString> password = readPassword("PORTER_PASSWORD");
    if (!password)
        return noPasswordError();
    InitRequest r;
    r.portfolioName = s.value(QStringLiteral("portfolio"));
    r.managerName = s.value(QStringLiteral("name"));
    r.managerEmail = s.value(QStringLiteral("email"));
    r.password = *password;
    r.login = s.value(QStringLiteral("db-role"));
    PORTER_TRY_ASSIGN(const Manager m, s.directory().init(r));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("portfolioId"), m.portfolioId},
                             {QStringLiteral("portfolio"), r.portfolioName.trimmed()},
                             {QStringLiteral("manager"), managerJson(m)},
                             {QStringLiteral("database"), s.databasePath()}};
    reply.text << QCoreApplication::translate("porterctl", "Created portfolio \"%1\" in %2.")
                      .arg(r.portfolioName.trimmed(), s.databasePath())
               << QCoreApplication::translate("porterctl", "Portfolio Manager %1 <%2> (manager %3).")
                      .arg(m.name, m.email)
                      .arg(m.id);
    if (!m.login.isEmpty())
        reply.text << loginLine(m);
    return reply;
}

const Registration kInit{
    Section::Portfolio,
    {.name = "init",
     .synopsis = "--portfolio NAME --name NAME --email EMAIL [--db-role LOGIN]",
     .summary = QT_TRANSLATE_NOOP("porterctl",
                                  "Create a database with a portfolio and its first Portfolio Manager."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Creates the portfolio in an empty database (--db) and its first Portfolio Manager, "
                      "whose password is read from PORTER_PASSWORD or one line of standard input (at least "
                      "10 characters). No --as is needed."),
     .options = {{.name = "portfolio",
                  .value = "NAME",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Portfolio name."),
                  .required = true},
                 {.name = "name",
                  .value = "NAME",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The manager's name."),
                  .required = true},
                 {.name = "email",
                  .value = "EMAIL",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The manager's email (sign-in)."),
                  .required = true},
                 {.name = "db-role",
                  .value = "LOGIN",
                  .help = QT_TRANSLATE_NOOP("porterctl",
                                            "PostgreSQL: the manager's own login, created with the same "
                                            "password; they sign in by connecting with it.")}},
     .needs = Needs::Database,
     .createsDatabase = true,
     .handler = cmdInit}};

Result<Reply> cmdMigrate(Session &s)
{
    PORTER_TRY_ASSIGN(const MigrationReport report, PortfolioMigration::run(s.value(QStringLiteral("from")),
                                                                            s.value(QStringLiteral("to"))));
    QJsonObject tables;
    for (auto it = report.rows.cbegin(); it != report.rows.cend(); ++it)
        tables.insert(it.key(), it.value());
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("from"), report.from},
                             {QStringLiteral("to"), report.to},
                             {QStringLiteral("rows"), report.totalRows()},
                             {QStringLiteral("tables"), tables},
                             {QStringLiteral("compared"), true}};
    reply.text << QCoreApplication::translate("porterctl",
                                              "Moved the portfolio of %1 to %2: %3 rows in %4 tables, each "
                                              "row read back from the server and compared.")
                      .arg(report.from, report.to)
                      .arg(report.totalRows())
                      .arg(report.rows.size());
    reply.text << QCoreApplication::translate(
                      "porterctl", "The file is unchanged. Open the portfolio with --db %1 from now on.")
                      .arg(report.to);
    return reply;
}

const Registration kMigrate{
    Section::Portfolio,
    {.name = "migrate",
     .synopsis = "--from FILE --to postgresql://...",
     .summary =
         QT_TRANSLATE_NOOP("porterctl", "Move a portfolio from its SQLite file to a PostgreSQL server."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Copies every row of the SQLite file to a server database that holds no portfolio yet, with "
         "its ids, then reads every row back from the server and compares it with the file, all in one "
         "transaction: on any difference nothing is kept. The server's password comes from PGPASSWORD "
         "or the PostgreSQL password file. No --as is needed: whoever may read the file may copy it."),
     .options = {{.name = "from",
                  .value = "FILE",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The portfolio's SQLite file."),
                  .required = true},
                 {.name = "to",
                  .value = "URL",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The server database (postgresql://...)."),
                  .required = true}},
     .needs = Needs::Nothing,
     .handler = cmdMigrate}};

Result<Reply> cmdPropertyAdd(Session &s)
{
    Property p;
    p.name = s.value(QStringLiteral("name"));
    p.timeZone = s.value(QStringLiteral("tz"));
    p.region = s.value(QStringLiteral("region"));
    p.address = s.value(QStringLiteral("address"));
    if (p.timeZone.isEmpty())
        return usageError(QCoreApplication::translate(
            "porterctl", "property add needs --tz IANA-NAME, e.g. America/New_York."));
    PORTER_TRY_ASSIGN(p.doorcodeDigits, s.number(QStringLiteral("doorcode-digits"), 7));
    PORTER_TRY_ASSIGN(const Property added, s.directory().addProperty(s.me(), p));
    Reply reply;
    reply.json = propertyJson(added);
    reply.text << QCoreApplication::translate("porterctl", "Added property %1 \"%2\" (%3).")
                      .arg(added.id)
                      .arg(added.name, added.timeZone);
    if (added.doorcodeDigits != 7)
        reply.text << QCoreApplication::translate("porterctl", "Daily doorcodes have %1 digits.")
                          .arg(added.doorcodeDigits);
    return reply;
}

const Registration kPropertyAdd{
    Section::Portfolio,
    {.name = "property add",
     .synopsis = "--name NAME --tz IANA [--region CC] [--address TEXT] [--doorcode-digits 7|8|9]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Add a property (Portfolio Managers)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Adds a property with its IANA time zone; every time entered for it is in that zone. "
                      "--region is the ISO country code used for phone numbers without a country code "
                      "(default US). --doorcode-digits is the length of its daily doorcodes (default 7; "
                      "8 or 9 for doors with many doorcode holders, docs/doorcodes.md)."),
     .options = {{.name = "name",
                  .value = "NAME",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Property name."),
                  .required = true},
                 {.name = "tz",
                  .value = "IANA",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Time zone, e.g. America/New_York."),
                  .required = true},
                 {.name = "region",
                  .value = "CC",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Phone region (default US).")},
                 {.name = "address",
                  .value = "TEXT",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Street address.")},
                 {.name = "doorcode-digits",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Digits of daily doorcodes: 7 (default), 8 or 9.")}},
     .handler = cmdPropertyAdd}};

Result<Reply> cmdPropertySetDoorcodeDigits(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.positionalId());
    if (!s.has(QStringLiteral("digits")))
        return usageError(QCoreApplication::translate(
            "porterctl", "property set-doorcode-digits needs --digits 7, 8 or 9."));
    PORTER_TRY_ASSIGN(const int digits, s.number(QStringLiteral("digits"), 7));
    PORTER_TRY_ASSIGN(const Property p, s.directory().setDoorcodeDigits(s.me(), propertyId, digits));
    Reply reply;
    reply.json = propertyJson(p);
    reply.text << QCoreApplication::translate("porterctl",
                                              "Daily doorcodes of property %1 \"%2\" have %3 digits.")
                      .arg(p.id)
                      .arg(p.name)
                      .arg(p.doorcodeDigits);
    return reply;
}

const Registration kPropertySetDoorcodeDigits{
    Section::Portfolio,
    {.name = "property set-doorcode-digits",
     .synopsis = "PROPERTY --digits 7|8|9",
     .summary = QT_TRANSLATE_NOOP(
         "porterctl", "Change the length of a property's doorcodes (before its first door is commissioned)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Sets how many digits the property's daily doorcodes have. A door learns the length "
                      "when it is commissioned, so this is refused once any door of the property is "
                      "commissioned (reset and commission every door again to change it)."),
     .options = {{.name = "digits",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl", "7, 8 or 9."),
                  .required = true}},
     .argument = "PROPERTY",
     .handler = cmdPropertySetDoorcodeDigits}};

Result<Reply> cmdPropertyList(Session &s)
{
    PORTER_TRY_ASSIGN(const QList<Property> list, s.directory().properties(s.me()));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("TIME ZONE"),
                 QStringLiteral("REGION"), QStringLiteral("ADDRESS")});
    for (const Property &p : list) {
        json.append(propertyJson(p));
        table.add({QString::number(p.id), p.name, p.timeZone, p.region, p.address});
    }
    return Reply{json, table.lines(), {}};
}

const Registration kPropertyList{
    Section::Portfolio,
    {.name = "property list",
     .summary = QT_TRANSLATE_NOOP("porterctl", "List the properties you manage."),
     .help = QT_TRANSLATE_NOOP("porterctl", "Lists the properties the signed-in manager can see."),
     .handler = cmdPropertyList}};

Result<Reply> cmdPropertyShow(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.positionalId());
    PORTER_TRY_ASSIGN(const Property p, s.directory().property(s.me(), propertyId));
    PORTER_TRY_ASSIGN(const sync::DeviceService::DoorcodeSecretStatus secret,
                      s.devices().doorcodeSecretStatus(s.me(), propertyId));
    QJsonObject json = propertyJson(p);
    QJsonArray old;
    QStringList oldText;
    for (const Door &door : secret.doorsWithOldSecret) {
        old.append(doorJson(door));
        oldText << QStringLiteral("%1 \u2018%2\u2019").arg(door.id).arg(door.name);
    }
    json.insert(QStringLiteral("doorcodeEpoch"), secret.epoch ? QJsonValue(*secret.epoch) : QJsonValue());
    json.insert(QStringLiteral("doorsWithOldDoorcodeSecret"), old);
    Reply reply;
    reply.json = json;
    reply.text << QCoreApplication::translate("porterctl", "Property %1 \u2018%2\u2019 (%3)")
                      .arg(p.id)
                      .arg(p.name, p.timeZone)
               << QCoreApplication::translate("porterctl", "Doorcode secret:   %1")
                      .arg(secret.epoch
                               ? QCoreApplication::translate("porterctl", "epoch %1").arg(*secret.epoch)
                               : QCoreApplication::translate("porterctl",
                                                             "none yet (commission a door first)"))
               << QCoreApplication::translate("porterctl", "Old secret at:     %1")
                      .arg(oldText.isEmpty()
                               ? QCoreApplication::translate("porterctl", "no door")
                               : QCoreApplication::translate(
                                     "porterctl", "%1 door(s): %2 \u2014 codes of the old secret open them "
                                                  "until they are synced")
                                     .arg(oldText.size())
                                     .arg(oldText.join(QStringLiteral(", "))));
    return reply;
}

const Registration kPropertyShow{
    Section::Portfolio,
    {.name = "property show",
     .synopsis = "PROPERTY",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Show a property and its doorcode secret."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Shows a property with the epoch of its doorcode secret and the doors that still "
                      "hold an older one (codes of the old secret open those doors until they are "
                      "synced)."),
     .argument = "PROPERTY",
     .handler = cmdPropertyShow}};

Result<Reply> cmdPropertyRotateDoorcodeSecret(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.positionalId());
    PORTER_TRY_ASSIGN(const qint64 epoch, s.devices().rotateDoorcodeSecret(s.me(), propertyId));
    PORTER_TRY_ASSIGN(const sync::DeviceService::DoorcodeSecretStatus secret,
                      s.devices().doorcodeSecretStatus(s.me(), propertyId));
    QJsonArray old;
    QStringList ids;
    for (const Door &door : secret.doorsWithOldSecret) {
        old.append(doorJson(door));
        ids << QString::number(door.id);
    }
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("propertyId"), propertyId},
                             {QStringLiteral("doorcodeEpoch"), epoch},
                             {QStringLiteral("doorsWithOldDoorcodeSecret"), old}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Property %1 has a new doorcode secret (epoch %2); the old one is gone.")
                      .arg(propertyId)
                      .arg(epoch)
               << QCoreApplication::translate(
                      "porterctl",
                      "porterctl doorcode now shows codes of the new secret; they work at a door "
                      "once it is synced.");
    if (ids.isEmpty())
        reply.text << QCoreApplication::translate("porterctl", "No door is commissioned yet.");
    else
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "Sync these doors now: codes of the old secret open them until then: %1.")
                          .arg(ids.join(QStringLiteral(", ")));
    return reply;
}

const Registration kPropertyRotateDoorcodeSecret{
    Section::Portfolio,
    {.name = "property rotate-doorcode-secret",
     .synopsis = "PROPERTY",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Replace the doorcode secret (Device Management)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Creates a new doorcode secret for the property (the next epoch) and forgets the "
                      "old one. porterctl doorcode shows codes of the new secret from now on. Each door "
                      "receives the new secret, signed and encrypted, at its next sync; until then codes "
                      "of the old secret still open it, so sync every door listed. Use it when the "
                      "secret may have leaked (a stolen or lost door, a stolen backup)."),
     .argument = "PROPERTY",
     .handler = cmdPropertyRotateDoorcodeSecret}};

Result<Reply> cmdPropertyRotateSigningKey(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.positionalId());
    PORTER_TRY_ASSIGN(const sync::DeviceService::SigningKeyRotation rotation,
                      s.devices().rotateSigningKey(s.me(), propertyId));
    PORTER_TRY_ASSIGN(const sync::DeviceService::SigningKeyStatus status,
                      s.devices().signingKeyStatus(s.me(), propertyId));
    QJsonArray old;
    QStringList ids;
    for (const Door &door : status.doorsWithOldKey) {
        old.append(doorJson(door));
        ids << QString::number(door.id);
    }
    Reply reply;
    reply.json = QJsonObject{
        {QStringLiteral("propertyId"), propertyId},
        {QStringLiteral("signingKeyEpoch"), rotation.epoch},
        {QStringLiteral("fingerprint"), rotation.fingerprint},
        {QStringLiteral("doorsWithOldSigningKey"), old},
        {QStringLiteral("phonesToReenrol"), QJsonArray::fromStringList(rotation.phonesToReenrol)}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Property %1 has a new signing key (epoch %2, key %3); the old one is "
                                   "gone.")
                      .arg(propertyId)
                      .arg(rotation.epoch)
                      .arg(rotation.fingerprint);
    if (ids.isEmpty())
        reply.text << QCoreApplication::translate("porterctl", "No door is commissioned yet.");
    else
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "Sync these doors now: until then they also take lists, phone certificates "
                          "and field kits signed by the old key: %1.")
                          .arg(ids.join(QStringLiteral(", ")));
    if (!rotation.phonesToReenrol.isEmpty())
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "These people's phones need a new certificate (porterctl person app-key) "
                          "before they open a synced door: %1.")
                          .arg(rotation.phonesToReenrol.join(QStringLiteral(", ")));
    return reply;
}

const Registration kPropertyRotateSigningKey{
    Section::Portfolio,
    {.name = "property rotate-signing-key",
     .synopsis = "PROPERTY",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Replace the property's signing key (Device Management; on a "
                                               "server, Portfolio Manager)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Creates a new signing key for the property (the next epoch), signs a step to it with "
         "the old key and forgets the old key. Each door follows the step at its next sync or "
         "field kit, and from then on refuses lists, phone certificates and field kits signed by "
         "the old key; until then it still takes them, so sync every door listed. Phones enrolled "
         "at the property need a new certificate. Use it when the key may have been copied (a "
         "removed manager, a stolen laptop or backup); removing a manager who held it does this "
         "by itself. On a shared portfolio only a Portfolio Manager rotates it."),
     .argument = "PROPERTY",
     .handler = cmdPropertyRotateSigningKey}};

Result<Reply> cmdPropertyResetSigningKey(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.positionalId());
    if (!s.has(QStringLiteral("yes")))
        return usageError(QCoreApplication::translate(
            "porterctl", "Resetting the signing key means resetting every commissioned door of the property "
                         "on site and commissioning it again: until then those doors take nothing Porter "
                         "signs. Give --yes to reset it."));
    PORTER_TRY_ASSIGN(const sync::DeviceService::SigningKeyRotation reset,
                      s.devices().resetSigningKey(s.me(), propertyId, s.has(QStringLiteral("without-copy"))));
    PORTER_TRY_ASSIGN(const sync::DeviceService::SigningKeyStatus status,
                      s.devices().signingKeyStatus(s.me(), propertyId));
    QJsonArray doors;
    QStringList names;
    for (const Door &door : status.doorsToRecommission) {
        doors.append(doorJson(door));
        names << QStringLiteral("%1 (%2)").arg(door.name).arg(door.id);
    }
    Reply reply;
    reply.json =
        QJsonObject{{QStringLiteral("propertyId"), propertyId},
                    {QStringLiteral("signingKeyEpoch"), reset.epoch},
                    {QStringLiteral("fingerprint"), reset.fingerprint},
                    {QStringLiteral("doorsToCommissionAgain"), doors},
                    {QStringLiteral("phonesToReenrol"), QJsonArray::fromStringList(reset.phonesToReenrol)},
                    {QStringLiteral("holdersToGive"), QJsonArray::fromStringList(reset.holdersToGive)}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Property %1 has a new signing key (epoch %2, key %3) and a new doorcode "
                                   "secret. No door can follow this key by itself.")
                      .arg(propertyId)
                      .arg(reset.epoch)
                      .arg(reset.fingerprint);
    if (names.isEmpty())
        reply.text << QCoreApplication::translate("porterctl", "No door is commissioned yet.");
    else
        reply.text << QCoreApplication::translate(
                          "porterctl", "Reset these doors on site and commission them again (porterctl door "
                                       "commission --replace); until then they take nothing Porter signs, "
                                       "and whoever holds the key they trust can still sign for them: %1.")
                          .arg(names.join(QStringLiteral(", ")));
    if (!reset.phonesToReenrol.isEmpty())
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "These people's phones need a new certificate (porterctl person app-key) "
                          "before they open a door commissioned again: %1.")
                          .arg(reset.phonesToReenrol.join(QStringLiteral(", ")));
    if (!reset.holdersToGive.isEmpty())
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "These managers sync the doors of property %1 but do not hold the new "
                          "key: give it to each (porterctl secrets give MANAGER --fingerprint KEY, "
                          "with the key they read out from their own Porter): %2.")
                          .arg(propertyId)
                          .arg(reset.holdersToGive.join(QStringLiteral(", ")));
    return reply;
}

const Registration kPropertyResetSigningKey{
    Section::Portfolio,
    {.name = "property reset-signing-key",
     .synopsis = "PROPERTY --yes [--without-copy]",
     .summary = QT_TRANSLATE_NOOP("porterctl",
                                  "Replace a lost or taken signing key without it (Portfolio Manager)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Creates a new signing key and a new doorcode secret for the property without the old key: "
         "for when the key Porter holds is no longer the property's (someone who held it put in a key "
         "only they hold) or no holder has it any more. No door can follow a key the old one did not "
         "sign: each commissioned door is reset on site and commissioned again, and takes nothing "
         "Porter signs until then. The new key is wrapped for the managers with Device Management "
         "whom the property's keys had endorsed. Only a Portfolio Manager resets. One with no copy on "
         "this computer (a lost laptop) resets it for themselves alone and gives it to the others with "
         "secrets give; while another manager may still hold it, only with --without-copy. Removing a "
         "manager does this by itself when the key on record is not the one you hold."),
     .options = {{.name = "yes",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Reset it: every commissioned door is commissioned "
                                                         "again.")},
                 {.name = "without-copy",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Reset it although other managers may hold the key "
                                                         "(none of them can give it).")}},
     .argument = "PROPERTY",
     .handler = cmdPropertyResetSigningKey}};

// The doorcode secret's epoch of each property the signed-in manager sees: compared before and after a
// manager's edit or removal, it tells which were replaced because that manager could read them
// (a shared portfolio, docs/design/shared-portfolio.md, section 5; on a file nothing changes).
Result<QMap<Id, qint64>> doorcodeEpochs(Session &s)
{
    QMap<Id, qint64> out;
    PORTER_TRY_ASSIGN(const QList<Property> properties, s.directory().properties(s.me()));
    for (const Property &p : properties) {
        PORTER_TRY_ASSIGN(const std::optional<qint64> epoch, doorcodeEpochOf(s, p.id));
        if (epoch)
            out.insert(p.id, *epoch);
    }
    return out;
}

// What was withdrawn: each property whose doorcode secret was replaced, and the doors still to sync.
Result<QJsonArray> reportWithdrawnSecrets(Session &s, const QMap<Id, qint64> &epochsBefore, QStringList &text)
{
    using Epochs = QMap<Id, qint64>;
    PORTER_TRY_ASSIGN(const Epochs epochsNow, doorcodeEpochs(s));
    QJsonArray rotated;
    for (auto it = epochsNow.cbegin(); it != epochsNow.cend(); ++it) {
        if (epochsBefore.value(it.key(), it.value()) == it.value())
            continue;
        PORTER_TRY_ASSIGN(const Property p, s.directory().property(s.me(), it.key()));
        PORTER_TRY_ASSIGN(const auto status, s.devices().doorcodeSecretStatus(s.me(), it.key()));
        QStringList doors;
        for (const Door &d : status.doorsWithOldSecret)
            doors << d.name;
        PORTER_TRY_ASSIGN(const auto key, s.devices().signingKeyStatus(s.me(), it.key()));
        // The key on record was not the one the signed-in manager holds, so it was reset rather than rotated.
        const bool reset = key.epoch && key.resetEpoch == *key.epoch;
        rotated.append(QJsonObject{{QStringLiteral("propertyId"), it.key()},
                                   {QStringLiteral("epoch"), it.value()},
                                   {QStringLiteral("signingKeyReset"), reset},
                                   {QStringLiteral("doorsToSync"), QJsonArray::fromStringList(doors)}});
        if (reset) {
            QStringList again;
            for (const Door &d : key.doorsToRecommission)
                again << d.name;
            text << QCoreApplication::translate(
                        "porterctl",
                        "Their copies of the door secrets of %1 are withdrawn. The signing key on record was "
                        "not the one you hold (someone who held it put in another), so it and the doorcode "
                        "secret are reset: reset these doors on site and commission them again; until then "
                        "they take nothing Porter signs: %2.")
                        .arg(p.name,
                             again.isEmpty() ? QStringLiteral("-") : again.join(QStringLiteral(", ")));
            continue;
        }
        text << QCoreApplication::translate(
                    "porterctl", "Their copies of the door secrets of %1 are withdrawn and its doorcode "
                                 "secret and signing key are rotated. Until these doors are synced, the old "
                                 "secret and key still work there: %2.")
                    .arg(p.name, doors.isEmpty() ? QStringLiteral("-") : doors.join(QStringLiteral(", ")));
    }
    return rotated;
}

Result<Reply> cmdManagerEdit(Session &s)
{
    PORTER_TRY_ASSIGN(const Id managerId, s.positionalId());
    PORTER_TRY_ASSIGN(const Manager old, s.directory().managerToEdit(s.me(), managerId));
    // The options given change; the others keep their value.
    ManagerRequest r;
    r.name = s.has(QStringLiteral("name")) ? s.value(QStringLiteral("name")) : old.name;
    r.email = s.has(QStringLiteral("email")) ? s.value(QStringLiteral("email")) : old.email;
    r.role = old.role;
    if (s.has(QStringLiteral("role"))) {
        const auto role = managerRoleFromString(s.value(QStringLiteral("role")));
        if (!role)
            return usageError(
                QCoreApplication::translate("porterctl", "--role must be portfolio or property."));
        r.role = *role;
    }
    r.keyManagement = old.keyManagement;
    r.keyIds = old.keyIds;
    if (s.has(QStringLiteral("key-management"))) {
        const auto km = keyManagementFromString(s.value(QStringLiteral("key-management")));
        if (!km)
            return usageError(QCoreApplication::translate(
                "porterctl", "--key-management must be full, limited, specific or none."));
        r.keyManagement = *km;
        if (*km != KeyManagement::Specific)
            r.keyIds.clear();
    }
    r.deviceManagement = old.deviceManagement;
    if (s.has(QStringLiteral("device-management")) && s.has(QStringLiteral("no-device-management")))
        return usageError(QCoreApplication::translate(
            "porterctl", "Give --device-management or --no-device-management, not both."));
    if (s.has(QStringLiteral("device-management")))
        r.deviceManagement = true;
    if (s.has(QStringLiteral("no-device-management")))
        r.deviceManagement = false;
    r.propertyIds = old.propertyIds;
    if (s.has(QStringLiteral("properties"))) {
        PORTER_TRY_ASSIGN(r.propertyIds, s.ids(QStringLiteral("properties")));
    }
    if (s.has(QStringLiteral("keys"))) {
        PORTER_TRY_ASSIGN(r.keyIds, s.ids(QStringLiteral("keys")));
    }
    if (r.role == ManagerRole::PortfolioManager) {
        // A Portfolio Manager has every right on every property: no list to keep.
        r.propertyIds.clear();
        r.keyIds.clear();
    } else if (old.role == ManagerRole::PortfolioManager && !s.has(QStringLiteral("key-management"))) {
        r.keyManagement = KeyManagement::None; // a new Property Manager starts with nothing but what is given
        r.deviceManagement = s.has(QStringLiteral("device-management"));
    }
    r.login = s.value(QStringLiteral("db-role"));
    if (s.has(QStringLiteral("reset-password")) || (!r.login.isEmpty() && r.login != old.login)) {
        if (!qEnvironmentVariableIsSet("PORTER_NEW_PASSWORD"))
            return usageError(QCoreApplication::translate(
                "porterctl", "Set the manager's new password in PORTER_NEW_PASSWORD."));
        r.password = qEnvironmentVariable("PORTER_NEW_PASSWORD");
    }
    PORTER_TRY_ASSIGN(const auto epochs, doorcodeEpochs(s));
    PORTER_TRY_ASSIGN(const Manager m, s.directory().editManager(s.me(), managerId, r));
    Reply reply;
    QJsonObject json = managerJson(m);
    reply.text << QCoreApplication::translate("porterctl", "Changed %1 <%2> (manager %3).")
                      .arg(m.name, m.email, QString::number(m.id));
    if (!m.login.isEmpty() && m.login != old.login)
        reply.text << loginLine(m);
    else if (!r.password.isEmpty())
        reply.text << QCoreApplication::translate("porterctl", "Their password was reset.");
    PORTER_TRY_ASSIGN(const QJsonArray rotated, reportWithdrawnSecrets(s, epochs, reply.text));
    if (!rotated.isEmpty())
        json.insert(QStringLiteral("doorSecretsRotated"), rotated);
    reply.json = json;
    return reply;
}

const Registration kManagerEdit{
    Section::KeysAndManagers,
    {.name = "manager edit",
     .synopsis = "MANAGER [--name NAME] [--email EMAIL] [--role portfolio|property] [--properties ID,..] "
                 "[--key-management full|limited|specific|none] [--keys ID,..] [--[no-]device-management] "
                 "[--reset-password] [--db-role LOGIN]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Change a manager (Portfolio Managers)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Changes the options given and keeps the others. --reset-password sets the password read from "
         "PORTER_NEW_PASSWORD. The last Portfolio Manager cannot become a Property Manager, and nobody "
         "takes the Portfolio Manager role from themselves."),
     .options =
         {{.name = "name", .value = "NAME", .help = QT_TRANSLATE_NOOP("porterctl", "Name.")},
          {.name = "email", .value = "EMAIL", .help = QT_TRANSLATE_NOOP("porterctl", "Email (sign-in).")},
          {.name = "role", .value = "ROLE", .help = QT_TRANSLATE_NOOP("porterctl", "portfolio or property.")},
          {.name = "properties",
           .value = "ID,..",
           .help = QT_TRANSLATE_NOOP("porterctl", "Assigned properties (replaces the list).")},
          {.name = "key-management",
           .value = "LEVEL",
           .help = QT_TRANSLATE_NOOP("porterctl", "full, limited, specific or none.")},
          {.name = "keys",
           .value = "ID,..",
           .help = QT_TRANSLATE_NOOP("porterctl", "Keys for specific Key Management (replaces the list).")},
          {.name = "device-management", .help = QT_TRANSLATE_NOOP("porterctl", "May add and sync doors.")},
          {.name = "no-device-management",
           .help = QT_TRANSLATE_NOOP("porterctl", "May no longer add and sync doors.")},
          {.name = "reset-password",
           .help = QT_TRANSLATE_NOOP("porterctl", "Set the password read from PORTER_NEW_PASSWORD.")},
          {.name = "db-role",
           .value = "LOGIN",
           .help = QT_TRANSLATE_NOOP("porterctl",
                                     "PostgreSQL: give a manager who has none their own login, with the "
                                     "password read from PORTER_NEW_PASSWORD.")}},
     .argument = "MANAGER",
     .handler = cmdManagerEdit}};

Result<Reply> cmdManagerRemove(Session &s)
{
    PORTER_TRY_ASSIGN(const Id managerId, s.positionalId());
    PORTER_TRY_ASSIGN(const auto epochs, doorcodeEpochs(s));
    PORTER_TRY(s.directory().removeManager(s.me(), managerId));
    Reply reply;
    reply.text << QCoreApplication::translate(
                      "porterctl", "Removed manager %1. They can no longer sign in; their activity stays.")
                      .arg(managerId);
    PORTER_TRY_ASSIGN(const QJsonArray rotated, reportWithdrawnSecrets(s, epochs, reply.text));
    reply.json =
        QJsonObject{{QStringLiteral("removed"), managerId}, {QStringLiteral("doorSecretsRotated"), rotated}};
    return reply;
}

const Registration kManagerRemove{
    Section::KeysAndManagers,
    {.name = "manager remove",
     .synopsis = "MANAGER",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Remove a manager (Portfolio Managers)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Removes a manager: they can no longer sign in and are no longer listed, and the activity they "
         "recorded keeps their name. Adding their email again brings them back. Nobody removes "
         "themselves or the last Portfolio Manager."),
     .argument = "MANAGER",
     .handler = cmdManagerRemove}};

Result<Reply> cmdPassword(Session &s)
{
    if (!qEnvironmentVariableIsSet("PORTER_NEW_PASSWORD"))
        return usageError(
            QCoreApplication::translate("porterctl", "Set your new password in PORTER_NEW_PASSWORD."));
    const std::optional<QString> current = readPassword("PORTER_PASSWORD");
    if (!current)
        return noPasswordError();
    PORTER_TRY(
        s.directory().changeOwnPassword(s.me(), *current, qEnvironmentVariable("PORTER_NEW_PASSWORD")));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("passwordChanged"), s.me().id}};
    reply.text << (s.me().login.isEmpty()
                       ? QCoreApplication::translate("porterctl", "Your password is changed.")
                       : QCoreApplication::translate("porterctl", "The password of your login %1 is changed.")
                             .arg(s.me().login));
    return reply;
}

const Registration kPassword{
    Section::KeysAndManagers,
    {.name = "password",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Change your own password."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Changes the signed-in manager's own password to the one in PORTER_NEW_PASSWORD, after checking the "
         "current one (PORTER_PASSWORD, or typed). On a portfolio on a PostgreSQL server, a manager with "
         "their own login changes that login's password; the server checks the current one."),
     .handler = cmdPassword}};

} // namespace
} // namespace porter::cli
