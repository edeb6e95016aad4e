// Door secrets on a shared portfolio (docs/design/shared-portfolio.md, section 5; docs/cli.md,
// "Door secrets"): who holds each property's signing key and doorcode secret, giving them to a
// manager after checking their key, and this computer's own key.
#include "commands.h"
#include "devices/deviceservice.h"

#include <QJsonArray>

namespace porter::cli {
namespace {

Result<Reply> cmdSecrets(Session &s)
{
    PORTER_TRY_ASSIGN(const auto holders, s.devices().doorSecretHolders(s.me()));
    Reply reply;
    if (holders.isEmpty()) {
        reply.json =
            QJsonObject{{QStringLiteral("shared"), false}, {QStringLiteral("managers"), QJsonArray()}};
        reply.text << QCoreApplication::translate(
            "porterctl", "This portfolio is a file: its door secrets are sealed with this computer's key.");
        return reply;
    }
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("MANAGER"), QStringLiteral("KEY"),
                 QStringLiteral("HOLDS"), QStringLiteral("WAITING"), QStringLiteral("TO WITHDRAW")});
    for (const auto &h : holders) {
        json.append(QJsonObject{{QStringLiteral("managerId"), h.manager.id},
                                {QStringLiteral("email"), h.manager.email},
                                {QStringLiteral("hasKey"), h.hasKey},
                                {QStringLiteral("holds"), idsJson(h.holds)},
                                {QStringLiteral("waiting"), idsJson(h.waiting)},
                                {QStringLiteral("stale"), idsJson(h.stale)}});
        // Not the key itself: the manager giving door access hears it from its owner.
        const QString key = h.hasKey ? QCoreApplication::translate("porterctl", "registered")
                                     : QCoreApplication::translate("porterctl", "(not signed in yet)");
        table.add({QString::number(h.manager.id), h.manager.email, key, idsText(h.holds), idsText(h.waiting),
                   idsText(h.stale)});
    }
    reply.json = QJsonObject{{QStringLiteral("shared"), true}, {QStringLiteral("managers"), json}};
    reply.text = table.lines();
    return reply;
}

const Registration kSecrets{
    Section::KeysAndManagers,
    {.name = "secrets",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Who holds the door secrets of each property."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "On a portfolio on a PostgreSQL server, each property's signing key and doorcode secret are wrapped "
         "for every manager who may sync its doors (Portfolio Managers, and managers with Device Management "
         "on it), with that manager's own device key. Lists whether each manager has a key (KEY; none until "
         "their first sign-in), the properties whose secrets they hold, those they wait for (a holder gives "
         "them with "
         "secrets give), and copies left to withdraw."),
     .handler = cmdSecrets}};

Result<Reply> cmdSecretsGive(Session &s)
{
    PORTER_TRY_ASSIGN(const Id managerId, s.positionalId());
    const QString fingerprint = s.value(QStringLiteral("fingerprint"));
    PORTER_TRY_ASSIGN(const int given, s.devices().giveDoorSecrets(s.me(), managerId, fingerprint));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("managerId"), managerId}, {QStringLiteral("properties"), given}};
    if (given == 0)
        reply.text << QCoreApplication::translate("porterctl",
                                                  "Nothing to give: no property of theirs has a "
                                                  "commissioned door, or you hold none of them.");
    else if (given == 1)
        reply.text << QCoreApplication::translate("porterctl",
                                                  "Gave manager %1 the door secrets of 1 property.")
                          .arg(managerId);
    else
        reply.text << QCoreApplication::translate(
                          "porterctl", "Gave manager %1 the door secrets of %n properties.", nullptr, given)
                          .arg(managerId);
    return reply;
}

const Registration kSecretsGive{
    Section::KeysAndManagers,
    {.name = "secrets give",
     .synopsis = "MANAGER --fingerprint KEY",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Give a manager the door secrets (Device Management)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Wraps the door secrets of every property you hold and they should hold for the manager's "
         "registered key. --fingerprint is that key as the manager reads it from their own Porter "
         "(porterctl secrets key, or Settings ▸ Security): all six groups. A key that does not match is "
         "refused: it may be someone else's."),
     .options = {{.name = "fingerprint",
                  .value = "KEY",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The manager's key, as they read it out."),
                  .required = true}},
     .argument = "MANAGER",
     .handler = cmdSecretsGive}};

Result<Reply> cmdSecretsKey(Session &s)
{
    PORTER_TRY_ASSIGN(const auto key, s.devices().deviceKey(s.me()));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("thisComputer"), key.thisComputer},
                             {QStringLiteral("registered"), key.registered}};
    if (key.thisComputer.isEmpty()) {
        reply.text << QCoreApplication::translate("porterctl",
                                                  "This portfolio is a file: there is no key per manager.");
        return reply;
    }
    reply.text
        << QCoreApplication::translate("porterctl", "Your key on this computer: %1").arg(key.thisComputer);
    if (key.registered != key.thisComputer)
        reply.text << QCoreApplication::translate(
                          "porterctl", "Registered for you: %1 (another computer's). To sync doors "
                                       "from here, run porterctl secrets replace-key, then ask a "
                                       "holder to give you the door secrets again.")
                          .arg(key.registered);
    return reply;
}

const Registration kSecretsKey{
    Section::KeysAndManagers,
    {.name = "secrets key",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Show your own device key."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Shows the fingerprint of your device key on this computer, which you read out to the manager who "
         "gives you the door secrets, and the key registered for you if it is another computer's."),
     .handler = cmdSecretsKey}};

Result<Reply> cmdSecretsReplaceKey(Session &s)
{
    PORTER_TRY(s.devices().replaceDeviceKey(s.me()));
    PORTER_TRY_ASSIGN(const auto key, s.devices().deviceKey(s.me()));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("registered"), key.registered}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Registered this computer's key %1. A holder gives you the door "
                                   "secrets again: read this key out to them.")
                      .arg(key.registered);
    return reply;
}

const Registration kSecretsReplaceKey{
    Section::KeysAndManagers,
    {.name = "secrets replace-key",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Register this computer's key as yours."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Replaces the device key registered for you with this computer's (a new laptop). The door secrets "
         "given to the old key are dropped; a holder gives them to the new one. The last copy of a "
         "property's signing key stays (nobody can open it now): if no one else holds that key, a "
         "Portfolio Manager resets it (property reset-signing-key)."),
     .handler = cmdSecretsReplaceKey}};

} // namespace
} // namespace porter::cli
