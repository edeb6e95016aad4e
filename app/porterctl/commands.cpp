// The command table: every command's name, synopsis, help and options in one place, so `porterctl help`,
// argument parsing and docs/cli.md all follow it.
#include "commands.h"

#include "testclock.h"

namespace porter::cli {
namespace {

QCommandLineOption opt(const QString &name, const QString &valueName, const QString &description)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

QCommandLineOption flag(const QString &name, const QString &description)
{
    return QCommandLineOption(QStringList{name}, description);
}

const QString kTimes = QStringLiteral(
    "Times are in the property's local time: YYYY-MM-DD (a start means the start of that day, an "
    "expiry the end of it) or \"YYYY-MM-DD HH:MM\".");

QList<QCommandLineOption> contactOptions()
{
    return {
        opt(QStringLiteral("method"), QStringLiteral("app|doorcode"), QStringLiteral("How they open doors.")),
        opt(QStringLiteral("first"), QStringLiteral("NAME"), QStringLiteral("First name.")),
        opt(QStringLiteral("last"), QStringLiteral("NAME"), QStringLiteral("Last name (optional).")),
        opt(QStringLiteral("email"), QStringLiteral("EMAIL"), QStringLiteral("Email address.")),
        opt(QStringLiteral("phone"), QStringLiteral("PHONE"),
            QStringLiteral("Phone number, any common format (optional).")),
        opt(QStringLiteral("keys"), QStringLiteral("ID,.."), QStringLiteral("Keys to give."))};
}

QList<QCommandLineOption> keyOptions(bool editing)
{
    QList<QCommandLineOption> o{
        opt(QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("Key name.")),
        opt(QStringLiteral("doors"), QStringLiteral("ID,.."), QStringLiteral("Doors the key opens.")),
        opt(QStringLiteral("schedule"), QStringLiteral("TEXT"),
            QStringLiteral(
                "\"always\" (default) or weekly windows, e.g. \"Mon-Fri 09:00-17:00; Sat 10:00-14:00\".")),
        flag(QStringLiteral("no-doorcodes"), QStringLiteral("Daily doorcodes do not work with this key.")),
        flag(QStringLiteral("no-share"), QStringLiteral("Holders may not share this key with guests."))};
    if (editing)
        o << flag(QStringLiteral("doorcodes"), QStringLiteral("Allow daily doorcodes again."))
          << flag(QStringLiteral("share"), QStringLiteral("Allow sharing again."));
    return o;
}

QList<Command> buildTable()
{
    QList<Command> t;
    auto add = [&](Command c) { t.append(std::move(c)); };
    add({QStringLiteral("init"),
         QStringLiteral("--portfolio NAME --name NAME --email EMAIL"),
         QStringLiteral("Create a database with a portfolio and its first Portfolio Manager."),
         QStringLiteral("Creates the portfolio in an empty database (--db) and its first Portfolio Manager, "
                        "whose password is read from PORTER_PASSWORD or one line of standard input (at least "
                        "10 characters). No --as is needed."),
         {opt(QStringLiteral("portfolio"), QStringLiteral("NAME"), QStringLiteral("Portfolio name.")),
          opt(QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("The manager's name.")),
          opt(QStringLiteral("email"), QStringLiteral("EMAIL"),
              QStringLiteral("The manager's email (sign-in)."))},
         {},
         false,
         true,
         cmdInit,
         true});
    add({QStringLiteral("property add"),
         QStringLiteral("--name NAME --tz IANA [--region CC] [--address TEXT] [--doorcode-digits 7|8|9]"),
         QStringLiteral("Add a property (Portfolio Managers)."),
         QStringLiteral("Adds a property with its IANA time zone; every time entered for it is in that zone. "
                        "--region is the ISO country code used for phone numbers without a country code "
                        "(default US). --doorcode-digits is the length of its daily doorcodes (default 7; "
                        "8 or 9 for doors with many doorcode holders, docs/doorcodes.md)."),
         {opt(QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("Property name.")),
          opt(QStringLiteral("tz"), QStringLiteral("IANA"),
              QStringLiteral("Time zone, e.g. America/New_York.")),
          opt(QStringLiteral("region"), QStringLiteral("CC"), QStringLiteral("Phone region (default US).")),
          opt(QStringLiteral("address"), QStringLiteral("TEXT"), QStringLiteral("Street address.")),
          opt(QStringLiteral("doorcode-digits"), QStringLiteral("N"),
              QStringLiteral("Digits of daily doorcodes: 7 (default), 8 or 9."))},
         {},
         true,
         true,
         cmdPropertyAdd});
    add({QStringLiteral("property set-doorcode-digits"),
         QStringLiteral("PROPERTY --digits 7|8|9"),
         QStringLiteral(
             "Change the length of a property's doorcodes (before its first door is commissioned)."),
         QStringLiteral("Sets how many digits the property's daily doorcodes have. A door learns the length "
                        "when it is commissioned, so this is refused once any door of the property is "
                        "commissioned (reset and commission every door again to change it)."),
         {opt(QStringLiteral("digits"), QStringLiteral("N"), QStringLiteral("7, 8 or 9."))},
         {QStringLiteral("PROPERTY")},
         true,
         true,
         cmdPropertySetDoorcodeDigits});
    add({QStringLiteral("property list"),
         QString(),
         QStringLiteral("List the properties you manage."),
         QStringLiteral("Lists the properties the signed-in manager can see."),
         {},
         {},
         true,
         true,
         cmdPropertyList});
    add({QStringLiteral("property show"),
         QStringLiteral("PROPERTY"),
         QStringLiteral("Show a property and its doorcode secret."),
         QStringLiteral("Shows a property with the epoch of its doorcode secret and the doors that still "
                        "hold an older one (codes of the old secret open those doors until they are "
                        "synced)."),
         {},
         {QStringLiteral("PROPERTY")},
         true,
         true,
         cmdPropertyShow});
    add({QStringLiteral("property rotate-doorcode-secret"),
         QStringLiteral("PROPERTY"),
         QStringLiteral("Replace the doorcode secret (Device Management)."),
         QStringLiteral("Creates a new doorcode secret for the property (the next epoch) and forgets the "
                        "old one. porterctl doorcode shows codes of the new secret from now on. Each door "
                        "receives the new secret, signed and encrypted, at its next sync; until then codes "
                        "of the old secret still open it, so sync every door listed. Use it when the "
                        "secret may have leaked (a stolen or lost door, a stolen backup)."),
         {},
         {QStringLiteral("PROPERTY")},
         true,
         true,
         cmdPropertyRotateDoorcodeSecret});
    add({QStringLiteral("door add"),
         QStringLiteral(
             "--property ID --name NAME --type building-entrance|residence|service|communal [--online]"),
         QStringLiteral("Add a door (Device Management)."),
         QStringLiteral(
             "Adds a door. Doors are offline unless --online: offline doors need a sync after every "
             "change to who may open them."),
         {opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property.")),
          opt(QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("Door name.")),
          opt(QStringLiteral("type"), QStringLiteral("TYPE"),
              QStringLiteral("building-entrance, residence, service or communal.")),
          flag(QStringLiteral("online"), QStringLiteral("The door is internet-connected."))},
         {},
         true,
         true,
         cmdDoorAdd});
    add({QStringLiteral("door list"),
         QStringLiteral("--property ID"),
         QStringLiteral("List a property's doors."),
         QStringLiteral("Lists the doors of a property with the access-list version each last acknowledged "
                        "and the doorcode secret epoch each holds (\"old\": codes of a rotated-out secret "
                        "still open it until it is synced)."),
         {opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property."))},
         {},
         true,
         true,
         cmdDoorList});
    add({QStringLiteral("door pending"),
         QStringLiteral("DOOR [--date YYYY-MM-DD]"),
         QStringLiteral("Show a door's changes not yet synced."),
         QStringLiteral("Lists the changes recorded for the door since the version it last acknowledged, "
                        "oldest first. --date is the local day used for the \"due\" flags (default today)."),
         {opt(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
              QStringLiteral("Local day (default today)."))},
         {QStringLiteral("DOOR")},
         true,
         true,
         cmdDoorPending});
    add({QStringLiteral("door commission"),
         QStringLiteral("DOOR (--tcp HOST:PORT [--payload N] [--yes] | --state DIR) [--replace]"),
         QStringLiteral("Commission a door in install mode (Device Management)."),
         QStringLiteral(
             "Gives a new door the property's signing key and the doorcode secret, and records the "
             "door's identity key. The door must be in install mode (its install button pressed less "
             "than 10 minutes ago: porter-door install). --tcp talks to porter-door serve: the door and "
             "porterctl both show a six-digit pairing code and you are asked \"does the door show "
             "NNNNNN? [y/N]\" (one line of standard input) before anything secret is sent. --yes accepts "
             "it unseen, for scripts on a link you trust: on any other link a device in the middle could "
             "be commissioned instead. --state commissions a porter-door state directory in process "
             "(porter-door must not be running on it). A door Porter already knows is commissioned again "
             "only after you confirm replacing its identity (asked on standard input, or --replace)."),
         {opt(QStringLiteral("tcp"), QStringLiteral("HOST:PORT"),
              QStringLiteral("porter-door serve address.")),
          opt(QStringLiteral("payload"), QStringLiteral("N"),
              QStringLiteral("Link payload per write (default 244, as porter-door serve).")),
          flag(QStringLiteral("yes"), QStringLiteral("Accept the pairing code without asking.")),
          flag(QStringLiteral("replace"),
               QStringLiteral("Replace the identity Porter holds for a door that was reset or replaced.")),
          opt(QStringLiteral("state"), QStringLiteral("DIR"),
              QStringLiteral("A porter-door state directory."))},
         {QStringLiteral("DOOR")},
         true,
         true,
         cmdDoorCommission});
    add({QStringLiteral("door sync"),
         QStringLiteral("DOOR --tcp HOST:PORT [--payload N]"),
         QStringLiteral("Sync a door over TCP (porter-door serve)."),
         QStringLiteral(
             "Sends the door what it must enforce now (a delta from the version it acknowledged, or a "
             "full list), sets its clock, and brings back its activity, battery, firmware and clock "
             "drift. The door's new version is recorded only after the door acknowledged it; the door's "
             "sync task is then cleared."),
         {opt(QStringLiteral("tcp"), QStringLiteral("HOST:PORT"),
              QStringLiteral("porter-door serve address.")),
          opt(QStringLiteral("payload"), QStringLiteral("N"),
              QStringLiteral("Link payload per write (default 244, as porter-door serve)."))},
         {QStringLiteral("DOOR")},
         true,
         true,
         cmdDoorSync});
    add({QStringLiteral("door show"),
         QStringLiteral("DOOR"),
         QStringLiteral("Show a door: version, battery, drift, last sync, alarms."),
         QStringLiteral("Shows a door with the version it last acknowledged, whether it is commissioned, its "
                        "battery, firmware and clock drift from the last sync, when that was, how many "
                        "changes it has not received yet, whether it holds the current doorcode secret, "
                        "how many activity entries the door had to drop, and its alarms (keypad lockouts, "
                        "spent failure budgets, lost activity, refused updates, clock set back) with their "
                        "time and detail."),
         {},
         {QStringLiteral("DOOR")},
         true,
         true,
         cmdDoorShow});
    add({QStringLiteral("doorcode"),
         QStringLiteral("PERSON [--date YYYY-MM-DD]"),
         QStringLiteral("A doorcode person's daily code (Key Management)."),
         QStringLiteral("Prints the person's daily doorcode for a local day of their property (default "
                        "today) on the first line. It works at the property's doors on that day without a "
                        "sync; after a revocation reaches a door it stops there at once. It is a code of "
                        "the current doorcode secret: after property rotate-doorcode-secret it works at a "
                        "door once that door is synced. Viewing a code is logged."),
         {opt(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
              QStringLiteral("Local day (default today)."))},
         {QStringLiteral("PERSON")},
         true,
         true,
         cmdDoorcode});
    add({QStringLiteral("person app-key"),
         QStringLiteral("PERSON --public-key FILE [--out CERTFILE]"),
         QStringLiteral("Sign a phone's public key as the person's phone credential."),
         QStringLiteral(
             "Signs the public key the phone made (porter-door phone new stands in for the "
             "phone; its private key never leaves it) as the person's new key generation, valid "
             "for a year, and writes the certificate to CERTFILE (or prints it). Every other phone "
             "of the person stops working at each door after that door's next sync."),
         {opt(QStringLiteral("public-key"), QStringLiteral("FILE"),
              QStringLiteral("The phone's public key file.")),
          opt(QStringLiteral("out"), QStringLiteral("CERTFILE"),
              QStringLiteral("Where to write the certificate (default: print it)."))},
         {QStringLiteral("PERSON")},
         true,
         true,
         cmdPersonAppKey});
    add({QStringLiteral("key add"),
         QStringLiteral(
             "--property ID --name NAME --doors ID,.. [--schedule TEXT] [--no-doorcodes] [--no-share]"),
         QStringLiteral("Create a key (Full Key Management)."),
         QStringLiteral("Creates a key: a named set of doors with a schedule in the property's local time."),
         QList<QCommandLineOption>{
             opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property."))}
             << keyOptions(false),
         {},
         true,
         true,
         cmdKeyAdd});
    add({QStringLiteral("key edit"),
         QStringLiteral(
             "KEY [--name NAME] [--doors ID,..] [--schedule TEXT] [--[no-]doorcodes] [--[no-]share]"),
         QStringLiteral("Change a key (affects everyone holding it)."),
         QStringLiteral(
             "Changes the options given and keeps the others. A change to a key applies to everyone "
             "holding it; the offline doors involved need a sync."),
         keyOptions(true),
         {QStringLiteral("KEY")},
         true,
         true,
         cmdKeyEdit});
    add({QStringLiteral("key delete"),
         QStringLiteral("KEY"),
         QStringLiteral("Delete a key."),
         QStringLiteral("Deletes a key; the grants of it end and its offline doors need a sync."),
         {},
         {QStringLiteral("KEY")},
         true,
         true,
         cmdKeyDelete});
    add({QStringLiteral("key list"),
         QStringLiteral("--property ID"),
         QStringLiteral("List a property's keys."),
         QStringLiteral("Lists the keys of a property with their doors, schedule and flags."),
         {opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property."))},
         {},
         true,
         true,
         cmdKeyList});
    add({QStringLiteral("manager add"),
         QStringLiteral("--name NAME --email EMAIL --role portfolio|property [--properties ID,..] "
                        "[--key-management full|limited|specific|none] [--keys ID,..] [--device-management]"),
         QStringLiteral("Add a manager (Portfolio Managers)."),
         QStringLiteral(
             "Adds a Portfolio Manager or a Property Manager of the listed properties. Key Management: "
             "full (keys and access), limited (give and revoke any key), specific (only --keys), none. "
             "The new manager's password is read from PORTER_NEW_PASSWORD."),
         {opt(QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("Name.")),
          opt(QStringLiteral("email"), QStringLiteral("EMAIL"), QStringLiteral("Email (sign-in).")),
          opt(QStringLiteral("role"), QStringLiteral("ROLE"), QStringLiteral("portfolio or property.")),
          opt(QStringLiteral("properties"), QStringLiteral("ID,.."), QStringLiteral("Assigned properties.")),
          opt(QStringLiteral("key-management"), QStringLiteral("LEVEL"),
              QStringLiteral("full, limited, specific or none (default none).")),
          opt(QStringLiteral("keys"), QStringLiteral("ID,.."),
              QStringLiteral("Keys for specific Key Management.")),
          flag(QStringLiteral("device-management"), QStringLiteral("May add and sync doors."))},
         {},
         true,
         true,
         cmdManagerAdd});
    add({QStringLiteral("manager list"),
         QString(),
         QStringLiteral("List the portfolio's managers."),
         QStringLiteral("Lists the managers with their role and permissions."),
         {},
         {},
         true,
         true,
         cmdManagerList});
    add({QStringLiteral("invite"),
         QStringLiteral("--property ID --method app|doorcode --first NAME [--last NAME] --email EMAIL "
                        "[--phone PHONE] --keys ID,.. [--resident] [--may-share] [--start T] [--expires T]"),
         QStringLiteral("Invite someone and give them keys."),
         QStringLiteral(
             "Invites a person with one or more keys and queues their welcome email now, even for a "
             "future start. Setting --expires (e.g. the lease end) is recommended: without it a "
             "warning is printed on stderr. ") +
             kTimes,
         QList<QCommandLineOption>{
             opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property."))}
             << contactOptions()
             << QList<QCommandLineOption>{flag(QStringLiteral("resident"),
                                               QStringLiteral(
                                                   "A resident (activity at residences is private).")),
                                          flag(QStringLiteral("may-share"),
                                               QStringLiteral("May share their keys with guests.")),
                                          opt(QStringLiteral("start"), QStringLiteral("T"),
                                              QStringLiteral("Start (default now).")),
                                          opt(QStringLiteral("expires"), QStringLiteral("T"),
                                              QStringLiteral("Expiration (recommended)."))},
         {},
         true,
         true,
         cmdInvite});
    add({QStringLiteral("people"),
         QStringLiteral("--property ID [--search TEXT] [--show-expired] [--limit N] [--offset N]"),
         QStringLiteral("List the people of a property."),
         QStringLiteral(
             "Lists invited and active people (and guests). --show-expired adds revoked, expired and "
             "keyless people; deleted people never appear."),
         {opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property.")),
          opt(QStringLiteral("search"), QStringLiteral("TEXT"),
              QStringLiteral("Match name, email or phone.")),
          flag(QStringLiteral("show-expired"), QStringLiteral("Include revoked and expired people.")),
          opt(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("Rows (default 100).")),
          opt(QStringLiteral("offset"), QStringLiteral("N"), QStringLiteral("Rows to skip."))},
         {},
         true,
         true,
         cmdPeople});
    add({QStringLiteral("person show"),
         QStringLiteral("PERSON"),
         QStringLiteral("Show a person's keys, guests, keycards and activity."),
         QStringLiteral(
             "Shows one person, deleted ones included: every grant (ended ones too), the guest passes "
             "they gave or received, keycards and recent activity."),
         {},
         {QStringLiteral("PERSON")},
         true,
         true,
         cmdPersonShow});
    add({QStringLiteral("grant add"),
         QStringLiteral("PERSON --key ID [--start T] [--expires T]"),
         QStringLiteral("Give a person another key (also after a revoke)."),
         QStringLiteral("Gives a key to a person. After \"revoke\" this gives them access again. ") + kTimes,
         {opt(QStringLiteral("key"), QStringLiteral("ID"), QStringLiteral("Key.")),
          opt(QStringLiteral("start"), QStringLiteral("T"), QStringLiteral("Start (default now).")),
          opt(QStringLiteral("expires"), QStringLiteral("T"), QStringLiteral("Expiration (recommended)."))},
         {QStringLiteral("PERSON")},
         true,
         true,
         cmdGrantAdd});
    add({QStringLiteral("grant expiry"),
         QStringLiteral("GRANT (--expires T | --none)"),
         QStringLiteral("Change a grant's expiration."),
         QStringLiteral(
             "Sets or clears the expiration of a grant (see person show for grant ids). Guest passes "
             "on the key are shortened so they never outlast it. ") +
             kTimes,
         {opt(QStringLiteral("expires"), QStringLiteral("T"), QStringLiteral("New expiration.")),
          flag(QStringLiteral("none"), QStringLiteral("No expiration."))},
         {QStringLiteral("GRANT")},
         true,
         true,
         cmdGrantExpiry});
    add({QStringLiteral("grant remove"),
         QStringLiteral("GRANT"),
         QStringLiteral("Take a key away from a person."),
         QStringLiteral("Ends a grant now; permanent guest passes on that key end with it."),
         {},
         {QStringLiteral("GRANT")},
         true,
         true,
         cmdGrantRemove});
    add({QStringLiteral("revoke"),
         QStringLiteral("PERSON --yes"),
         QStringLiteral("Revoke all keys of a person and of their guests."),
         QStringLiteral(
             "Ends every key of the person and every guest pass they gave: their guests lose access "
             "too. They stay listed with people --show-expired and can be given keys again (grant "
             "add). Needs --yes."),
         {flag(QStringLiteral("yes"), QStringLiteral("Confirm."))},
         {QStringLiteral("PERSON")},
         true,
         true,
         cmdRevoke});
    add({QStringLiteral("delete"),
         QStringLiteral("PERSON --yes"),
         QStringLiteral("Delete a person."),
         QStringLiteral(
             "Removes the person from People, ends their keys and keycards and the access of their "
             "permanent guests (timed guest passes run out on their own). Their activity stays "
             "readable; giving access again needs a new invitation. Needs --yes."),
         {flag(QStringLiteral("yes"), QStringLiteral("Confirm."))},
         {QStringLiteral("PERSON")},
         true,
         true,
         cmdDelete});
    add({QStringLiteral("share"),
         QStringLiteral("HOST --method app|doorcode --first NAME [--last NAME] --email EMAIL [--phone PHONE] "
                        "--keys ID,.. [--start T] [--until T | --permanent]"),
         QStringLiteral("Share a resident's keys with a guest (on their behalf)."),
         QStringLiteral("What a resident with \"may share\" does from the app: gives a guest some of their "
                        "shareable keys, permanently (default) or until a time. ") +
             kTimes,
         contactOptions()
             << opt(QStringLiteral("start"), QStringLiteral("T"), QStringLiteral("Start (default now)."))
             << opt(QStringLiteral("until"), QStringLiteral("T"), QStringLiteral("End of the pass."))
             << flag(QStringLiteral("permanent"), QStringLiteral("No end (the default).")),
         {QStringLiteral("HOST")},
         true,
         true,
         cmdShare});
    add({QStringLiteral("keycard enroll"),
         QStringLiteral("PERSON --serial HEX [--inactive]"),
         QStringLiteral("Enroll a keycard for a person."),
         QStringLiteral(
             "Enrolls a card by its serial (4 to 10 bytes of hex; ':' '-' and spaces allowed), active "
             "unless --inactive. It works once the person's doors have synced."),
         {opt(QStringLiteral("serial"), QStringLiteral("HEX"), QStringLiteral("Card serial.")),
          flag(QStringLiteral("inactive"), QStringLiteral("Enroll without activating."))},
         {QStringLiteral("PERSON")},
         true,
         true,
         cmdKeycardEnroll});
    add({QStringLiteral("keycard activate"),
         QStringLiteral("CARD"),
         QStringLiteral("Activate a keycard."),
         QStringLiteral("Activates an enrolled keycard."),
         {},
         {QStringLiteral("CARD")},
         true,
         true,
         cmdKeycardActivate});
    add({QStringLiteral("keycard deactivate"),
         QStringLiteral("CARD"),
         QStringLiteral("Deactivate a keycard."),
         QStringLiteral("Deactivates a keycard (lost or returned)."),
         {},
         {QStringLiteral("CARD")},
         true,
         true,
         cmdKeycardDeactivate});
    add({QStringLiteral("activity"),
         QStringLiteral("(--property ID | --person ID | --door ID) [--from T] [--to T] [--limit N]"),
         QStringLiteral("Who did what, newest first."),
         QStringLiteral(
             "Admin actions (including refused ones) and door events, newest first. Deleted people's "
             "activity stays readable. ") +
             kTimes,
         {opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property.")),
          opt(QStringLiteral("person"), QStringLiteral("ID"), QStringLiteral("Person.")),
          opt(QStringLiteral("door"), QStringLiteral("ID"), QStringLiteral("Door.")),
          opt(QStringLiteral("from"), QStringLiteral("T"), QStringLiteral("From (inclusive).")),
          opt(QStringLiteral("to"), QStringLiteral("T"), QStringLiteral("To (a date includes that day).")),
          opt(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("Rows (default 200)."))},
         {},
         true,
         true,
         cmdActivity});
    add({QStringLiteral("sync-tasks"),
         QStringLiteral("--property ID [--date YYYY-MM-DD]"),
         QStringLiteral("Offline doors that need a sync."),
         QStringLiteral(
             "Door sync tasks: each offline door with changes it has not acknowledged, flagged when "
             "access starts or ends on the day (default today) or a change is already due. Online "
             "doors never appear."),
         {opt(QStringLiteral("property"), QStringLiteral("ID"), QStringLiteral("Property.")),
          opt(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
              QStringLiteral("Local day (default today)."))},
         {},
         true,
         true,
         cmdSyncTasks});
    add({QStringLiteral("outbox"),
         QString(),
         QStringLiteral("Queued emails (welcome emails)."),
         QStringLiteral("Lists the emails queued for the properties you can see (sending comes later)."),
         {},
         {},
         true,
         true,
         cmdOutbox});
    add({QStringLiteral("demo"),
         QStringLiteral("[--db PATH]"),
         QStringLiteral("Create a demo portfolio."),
         QStringLiteral("Fills an empty database with the \"Harbor Point Residential\" demo: one property in "
                        "America/New_York with doors, keys, residents, staff, vendors, guests and keycards, "
                        "dated relative to today. Prints the managers' emails and passwords. Refuses a "
                        "database that already has a portfolio."),
         {},
         {},
         false,
         true,
         cmdDemo,
         true});
    add({QStringLiteral("version"),
         QString(),
         QStringLiteral("Print the version."),
         QStringLiteral("Prints porterctl's version, the Qt version and the database schema version."),
         {},
         {},
         false,
         false,
         cmdVersion});
    return t;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> table = buildTable();
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<QCommandLineOption> globalOptions()
{
    QList<QCommandLineOption> options{
        opt(QStringLiteral("db"), QStringLiteral("PATH"),
            QStringLiteral("Database file (default: the app's).")),
        opt(QStringLiteral("as"), QStringLiteral("EMAIL"),
            QStringLiteral("Sign in as this manager (or PORTER_AS).")),
        flag(QStringLiteral("json"), QStringLiteral("Machine-readable output.")),
        flag(QStringLiteral("verbose"), QStringLiteral("Show diagnostic log messages on stderr.")),
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                           QStringLiteral("Help for the command."))};
    if (auto now = testClockOption())
        options << *now;
    return options;
}

} // namespace porter::cli
