// Commands on people's access: the operations of the seed article (invite, people, person show, grants,
// revoke, delete, share, keycards; docs/cli.md, "People and access").
#include "commands.h"
#include "util/localtime.h"

#include <QJsonArray>

namespace porter::cli {
namespace {

Result<AccessMethod> method(Session &s)
{
    const auto m = accessMethodFromString(s.value(QStringLiteral("method")));
    if (!m)
        return usageError(QCoreApplication::translate("porterctl", "--method must be app or doorcode."));
    return *m;
}

ContactDetails contact(Session &s)
{
    return ContactDetails{s.value(QStringLiteral("first")), s.value(QStringLiteral("last")),
                          s.value(QStringLiteral("email")), s.value(QStringLiteral("phone"))};
}

QString doorsLine(const QList<Id> &doors)
{
    if (doors.isEmpty())
        return QCoreApplication::translate("porterctl", "No offline door needs a sync for this change.");
    return QCoreApplication::translate("porterctl", "Offline doors to sync: %1 (see porterctl sync-tasks).")
        .arg(idsText(doors));
}

// "Revoked all keys of person 7: ..." or "Deleted person 7: ..." (two whole sentences, for translators).
QString revokeSummary(bool deleted, Id personId, const RevokeResult &r)
{
    const QString keycards =
        r.keycardsDisabled
            ? QCoreApplication::translate("porterctl", ", %1 keycards disabled").arg(r.keycardsDisabled)
            : QString();
    return (deleted ? QCoreApplication::translate("porterctl",
                                                  "Deleted person %1: %2 keys and %3 guest passes ended%4.")
                    : QCoreApplication::translate(
                          "porterctl", "Revoked all keys of person %1: %2 keys and %3 guest passes ended%4."))
        .arg(QString::number(personId), QString::number(r.grantsEnded), QString::number(r.sharesEnded),
             keycards);
}

QJsonObject revokeJson(Id personId, const RevokeResult &r)
{
    return {{QStringLiteral("personId"), personId},
            {QStringLiteral("grantsEnded"), r.grantsEnded},
            {QStringLiteral("sharesEnded"), r.sharesEnded},
            {QStringLiteral("keycardsDisabled"), r.keycardsDisabled},
            {QStringLiteral("doorsToSync"), idsJson(r.doorsToSync)}};
}

// Keycard commands return the card; its property gives the zone for the enrolment time.
Result<Reply> keycardReply(Session &s, const Keycard &card, const QString &sentence)
{
    PORTER_TRY_ASSIGN(const Property p, s.propertyOfPerson(card.personId));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(p.timeZone));
    Reply reply;
    reply.json = keycardJson(card, zone);
    reply.text << sentence;
    return reply;
}

Result<Reply> setCard(Session &s, bool active)
{
    PORTER_TRY_ASSIGN(const Id cardId, s.positionalId());
    PORTER_TRY_ASSIGN(const Keycard card, s.access().setKeycardActive(s.me(), cardId, active));
    return keycardReply(s, card,
                        QCoreApplication::translate(
                            "porterctl", "Keycard %1 (%2) is now %3; sync the person's offline doors.")
                            .arg(QString::number(card.id), card.serial,
                                 active ? QStringLiteral("active") : QStringLiteral("inactive")));
}

// The contact options of invite and share (who is invited, or who the guest is, and with which keys).
QList<Option> contactOptions()
{
    return {
        {.name = "method",
         .value = "app|doorcode",
         .help = QT_TRANSLATE_NOOP("porterctl", "How they open doors."),
         .required = true},
        {.name = "first",
         .value = "NAME",
         .help = QT_TRANSLATE_NOOP("porterctl", "First name."),
         .required = true},
        {.name = "last", .value = "NAME", .help = QT_TRANSLATE_NOOP("porterctl", "Last name (optional).")},
        {.name = "email",
         .value = "EMAIL",
         .help = QT_TRANSLATE_NOOP("porterctl", "Email address."),
         .required = true},
        {.name = "phone",
         .value = "PHONE",
         .help = QT_TRANSLATE_NOOP("porterctl", "Phone number, any common format (optional).")},
        {.name = "keys",
         .value = "ID,..",
         .help = QT_TRANSLATE_NOOP("porterctl", "Keys to give."),
         .required = true}};
}

Result<Reply> cmdInvite(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    PORTER_TRY_ASSIGN(const AccessMethod m, method(s));
    PORTER_TRY_ASSIGN(const QList<Id> keys, s.ids(QStringLiteral("keys")));
    // The service looks the property up, checks the right to invite and records a refusal.
    PORTER_TRY_ASSIGN(const Property p,
                      s.access().propertyToManage(s.me(), propertyId, QStringLiteral("invite")));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(p.timeZone));
    InviteRequest r;
    r.propertyId = propertyId;
    r.method = m;
    r.contact = contact(s);
    r.keyIds = keys;
    r.resident = s.has(QStringLiteral("resident"));
    r.mayShare = s.has(QStringLiteral("may-share"));
    r.language = s.value(QStringLiteral("language"));
    PORTER_TRY_ASSIGN(r.startsAt, s.time(QStringLiteral("start"), zone, DateMeaning::StartOfDay));
    PORTER_TRY_ASSIGN(r.expiresAt, s.time(QStringLiteral("expires"), zone, DateMeaning::EndOfDay));
    PORTER_TRY_ASSIGN(const InviteResult res, s.access().invite(s.me(), r));
    QJsonArray grants;
    const QHash<Id, QString> names = s.keyNames(propertyId);
    for (const Grant &g : res.grants)
        grants.append(grantJson(g, names.value(g.keyId), zone));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("person"), personJson(res.person, zone)},
                             {QStringLiteral("grants"), grants},
                             {QStringLiteral("welcomeMailId"), res.welcomeMailId},
                             {QStringLiteral("doorsToSync"), idsJson(res.doorsToSync)},
                             {QStringLiteral("warnings"), QJsonArray::fromStringList(res.warnings)}};
    const Grant &first = res.grants.first();
    reply.text << QCoreApplication::translate("porterctl", "Invited %1 <%2> as person %3 (%4).")
                      .arg(res.person.displayName(), res.person.email, QString::number(res.person.id),
                           toString(res.person.accessMethod))
               << QCoreApplication::translate("porterctl", "Access from %1 until %2; grants %3.")
                      .arg(timeText(first.startsAt, zone),
                           timeText(first.expiresAt, zone,
                                    QCoreApplication::translate("porterctl", "no expiry")),
                           idsText([&] {
                               QList<Id> ids;
                               for (const Grant &g : res.grants)
                                   ids << g.id;
                               return ids;
                           }()))
               << QCoreApplication::translate("porterctl", "Welcome email queued (outbox message %1).")
                      .arg(res.welcomeMailId)
               << doorsLine(res.doorsToSync);
    reply.warnings = res.warnings;
    return reply;
}
const Registration kInvite{
    Section::People,
    {.name = "invite",
     .synopsis = "--property ID --method app|doorcode --first NAME [--last NAME] --email EMAIL "
                 "[--phone PHONE] --keys ID,.. [--resident] [--may-share] [--start T] [--expires T] "
                 "[--language en|es|fr]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Invite someone and give them keys."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Invites a person with one or more keys and queues their welcome email now, even for a "
                      "future start. Setting --expires (e.g. the lease end) is recommended: without it a "
                      "warning is printed on stderr."),
     .timesHelp = true,
     .options =
         QList<Option>{{.name = "property",
                        .value = "ID",
                        .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
                        .required = true}}
         << contactOptions()
         << QList<Option>{{.name = "resident",
                           .help = QT_TRANSLATE_NOOP("porterctl",
                                                     "A resident (activity at residences is private).")},
                          {.name = "may-share",
                           .help = QT_TRANSLATE_NOOP("porterctl", "May share their keys with guests.")},
                          {.name = "start",
                           .value = "T",
                           .help = QT_TRANSLATE_NOOP("porterctl", "Start (default now).")},
                          {.name = "expires",
                           .value = "T",
                           .help = QT_TRANSLATE_NOOP("porterctl", "Expiration (recommended).")},
                          {.name = "language",
                           .value = "en|es|fr",
                           .help = QT_TRANSLATE_NOOP("porterctl",
                                                     "The language of their emails (default English).")}},
     .handler = cmdInvite}};

Result<Reply> cmdPeople(Session &s)
{
    PeopleFilter f;
    PORTER_TRY_ASSIGN(f.propertyId, s.id(QStringLiteral("property")));
    f.search = s.value(QStringLiteral("search"));
    f.showExpired = s.has(QStringLiteral("show-expired"));
    PORTER_TRY_ASSIGN(f.limit, s.number(QStringLiteral("limit"), 100));
    PORTER_TRY_ASSIGN(f.offset, s.number(QStringLiteral("offset"), 0));
    PORTER_TRY_ASSIGN(const QTimeZone zone, s.zoneOf(f.propertyId));
    PORTER_TRY_ASSIGN(const QList<PersonRow> rows, s.queries().people(s.me(), f));
    PORTER_TRY_ASSIGN(const int total, s.queries().peopleCount(s.me(), f));
    QJsonArray people;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("EMAIL"),
                 QStringLiteral("PHONE"), QStringLiteral("METHOD"), QStringLiteral("STATUS"),
                 QStringLiteral("KEYS"), QStringLiteral("UNTIL"), QStringLiteral("GUEST OF")});
    for (const PersonRow &row : rows) {
        QJsonObject o = personJson(row.person, zone);
        o.insert(QStringLiteral("status"), toString(row.status));
        o.insert(QStringLiteral("keyCount"), row.keyCount);
        o.insert(QStringLiteral("accessUntil"), timeJson(row.accessUntil, zone));
        o.insert(QStringLiteral("hostName"), row.hostName);
        people.append(o);
        table.add(
            {QString::number(row.person.id), row.person.displayName(), row.person.email, row.person.phone,
             toString(row.person.accessMethod), toString(row.status), QString::number(row.keyCount),
             row.keyCount
                 ? timeText(row.accessUntil, zone, QCoreApplication::translate("porterctl", "no expiry"))
                 : QStringLiteral("-"),
             row.hostName});
    }
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("people"), people}};
    reply.text = table.lines();
    reply.text << QCoreApplication::translate("porterctl", "%1 of %2 people%3.")
                      .arg(QString::number(rows.size()), QString::number(total),
                           f.showExpired ? QString()
                                         : QCoreApplication::translate(
                                               "porterctl", " (add --show-expired for revoked and expired)"));
    return reply;
}
const Registration kPeople{
    Section::People,
    {.name = "people",
     .synopsis = "--property ID [--search TEXT] [--show-expired] [--limit N] [--offset N]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "List the people of a property."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Lists invited and active people (and guests). --show-expired adds revoked, expired and "
         "keyless people; deleted people never appear."),
     .options = {{.name = "property",
                  .value = "ID",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
                  .required = true},
                 {.name = "search",
                  .value = "TEXT",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Match name, email or phone.")},
                 {.name = "show-expired",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Include revoked and expired people.")},
                 {.name = "limit",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Rows (default 100).")},
                 {.name = "offset", .value = "N", .help = QT_TRANSLATE_NOOP("porterctl", "Rows to skip.")}},
     .handler = cmdPeople}};

Result<Reply> cmdPersonShow(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    PORTER_TRY_ASSIGN(const PersonDetail d, s.queries().person(s.me(), personId));
    PORTER_TRY_ASSIGN(const Property p, s.directory().property(s.me(), d.person.propertyId));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(p.timeZone));
    QJsonArray grants, guests, passes, cards, activity;
    Table grantTable({QStringLiteral("GRANT"), QStringLiteral("KEY"), QStringLiteral("STARTS"),
                      QStringLiteral("EXPIRES"), QStringLiteral("ENDED")});
    for (const GrantView &g : d.grants) {
        grants.append(grantJson(g.grant, g.keyName, zone));
        grantTable.add(
            {QString::number(g.grant.id), QStringLiteral("%1 (%2)").arg(g.keyName).arg(g.grant.keyId),
             timeText(g.grant.startsAt, zone),
             timeText(g.grant.expiresAt, zone, QCoreApplication::translate("porterctl", "no expiry")),
             g.grant.endedAt
                 ? QStringLiteral("%1 (%2)").arg(timeText(g.grant.endedAt, zone), toString(g.grant.endReason))
                 : QStringLiteral("-")});
    }
    Table shareTable({QStringLiteral("SHARE"), QStringLiteral("HOST"), QStringLiteral("GUEST"),
                      QStringLiteral("KEY"), QStringLiteral("STARTS"), QStringLiteral("UNTIL"),
                      QStringLiteral("ENDED")});
    auto addShare = [&](QJsonArray &into, const ShareView &v) {
        into.append(shareJson(v, zone));
        shareTable.add(
            {QString::number(v.share.id), v.hostName,
             QStringLiteral("%1 (%2)").arg(v.guestName).arg(v.share.guestPersonId), v.keyName,
             timeText(v.share.startsAt, zone), timeText(v.share.expiresAt, zone, QStringLiteral("permanent")),
             v.share.endedAt
                 ? QStringLiteral("%1 (%2)").arg(timeText(v.share.endedAt, zone), toString(v.share.endReason))
                 : QStringLiteral("-")});
    };
    for (const ShareView &v : d.guests)
        addShare(guests, v);
    for (const ShareView &v : d.guestPasses)
        addShare(passes, v);
    Table cardTable({QStringLiteral("CARD"), QStringLiteral("SERIAL"), QStringLiteral("ACTIVE")});
    for (const Keycard &k : d.keycards) {
        cards.append(keycardJson(k, zone));
        cardTable.add(
            {QString::number(k.id), k.serial, k.active ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    Table activityTable(
        {QStringLiteral("WHEN"), QStringLiteral("WHO"), QStringLiteral("ACTION"), QStringLiteral("DETAIL")});
    for (const ActivityEvent &e : d.activity) {
        activity.append(activityJson(e, zone));
        activityTable.add({timeText(e.at, zone), e.actor, e.action, e.detail});
    }
    QJsonObject person = personJson(d.person, zone);
    person.insert(QStringLiteral("status"), toString(d.status));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("person"), person},  {QStringLiteral("grants"), grants},
                             {QStringLiteral("guests"), guests},  {QStringLiteral("guestPasses"), passes},
                             {QStringLiteral("keycards"), cards}, {QStringLiteral("activity"), activity}};
    const Person &pp = d.person;
    reply.text << QCoreApplication::translate("porterctl", "Person %1: %2 <%3>")
                      .arg(QString::number(pp.id), pp.displayName(), pp.email)
               << QCoreApplication::translate("porterctl",
                                              "Status: %1; method %2; phone %3; resident %4; may share %5")
                      .arg(toString(d.status), toString(pp.accessMethod),
                           pp.phone.isEmpty() ? QStringLiteral("-") : pp.phone,
                           pp.resident ? QStringLiteral("yes") : QStringLiteral("no"),
                           pp.mayShare ? QStringLiteral("yes") : QStringLiteral("no"));
    if (pp.hostPersonId)
        reply.text << QCoreApplication::translate("porterctl", "Guest of person %1.").arg(*pp.hostPersonId);
    if (pp.deletedAt)
        reply.text
            << QCoreApplication::translate("porterctl", "Deleted %1.").arg(timeText(pp.deletedAt, zone));
    reply.text << QString() << QStringLiteral("Keys:") << grantTable.lines();
    if (!d.guests.isEmpty() || !d.guestPasses.isEmpty())
        reply.text << QString() << QCoreApplication::translate("porterctl", "Guest passes:")
                   << shareTable.lines();
    if (!d.keycards.isEmpty())
        reply.text << QString() << QStringLiteral("Keycards:") << cardTable.lines();
    reply.text << QString() << QStringLiteral("Activity:") << activityTable.lines();
    return reply;
}
const Registration kPersonShow{
    Section::People,
    {.name = "person show",
     .synopsis = "PERSON",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Show a person's keys, guests, keycards and activity."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Shows one person, deleted ones included: every grant (ended ones too), the guest passes "
         "they gave or received, keycards and recent activity."),
     .argument = "PERSON",
     .handler = cmdPersonShow}};

Result<Reply> cmdGrantAdd(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    PORTER_TRY_ASSIGN(const Id keyId, s.id(QStringLiteral("key")));
    PORTER_TRY_ASSIGN(const Property p,
                      s.access().propertyOfPersonToManage(s.me(), personId, QStringLiteral("grant-add")));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(p.timeZone));
    PORTER_TRY_ASSIGN(const std::optional<qint64> start,
                      s.time(QStringLiteral("start"), zone, DateMeaning::StartOfDay));
    PORTER_TRY_ASSIGN(const std::optional<qint64> expires,
                      s.time(QStringLiteral("expires"), zone, DateMeaning::EndOfDay));
    PORTER_TRY_ASSIGN(const Grant g, s.access().addKey(s.me(), personId, keyId, start, expires));
    Reply reply;
    reply.json = grantJson(g, s.keyNames(p.id).value(g.keyId), zone);
    reply.text << QCoreApplication::translate("porterctl",
                                              "Gave key %1 to person %2 (grant %3), from %4 until %5.")
                      .arg(
                          QString::number(keyId), QString::number(personId), QString::number(g.id),
                          timeText(g.startsAt, zone),
                          timeText(g.expiresAt, zone, QCoreApplication::translate("porterctl", "no expiry")));
    if (!expires)
        reply.warnings << QCoreApplication::translate(
            "porterctl", "No expiration was set: this access will not end by itself.");
    return reply;
}
const Registration kGrantAdd{
    Section::People,
    {.name = "grant add",
     .synopsis = "PERSON --key ID [--start T] [--expires T]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Give a person another key (also after a revoke)."),
     .help = QT_TRANSLATE_NOOP("porterctl",
                               "Gives a key to a person. After \"revoke\" this gives them access again."),
     .timesHelp = true,
     .options =
         {{.name = "key", .value = "ID", .help = QT_TRANSLATE_NOOP("porterctl", "Key."), .required = true},
          {.name = "start", .value = "T", .help = QT_TRANSLATE_NOOP("porterctl", "Start (default now).")},
          {.name = "expires",
           .value = "T",
           .help = QT_TRANSLATE_NOOP("porterctl", "Expiration (recommended).")}},
     .argument = "PERSON",
     .handler = cmdGrantAdd}};

Result<Reply> cmdGrantExpiry(Session &s)
{
    PORTER_TRY_ASSIGN(const Id grantId, s.positionalId());
    if (s.has(QStringLiteral("expires")) == s.has(QStringLiteral("none")))
        return usageError(
            QCoreApplication::translate("porterctl", "grant expiry needs either --expires T or --none."));
    // The grant's property gives the time zone the expiry is written in; the service checks permissions.
    PORTER_TRY_ASSIGN(const Property p,
                      s.access().propertyOfGrantToManage(s.me(), grantId, QStringLiteral("grant-expiry")));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(p.timeZone));
    PORTER_TRY_ASSIGN(const std::optional<qint64> expires,
                      s.time(QStringLiteral("expires"), zone, DateMeaning::EndOfDay));
    PORTER_TRY_ASSIGN(const Grant g, s.access().setGrantExpiry(s.me(), grantId, expires));
    Reply reply;
    reply.json = grantJson(g, s.keyNames(p.id).value(g.keyId), zone);
    reply.text << QCoreApplication::translate("porterctl", "Grant %1 now expires %2.")
                      .arg(QString::number(g.id), timeText(g.expiresAt, zone, QStringLiteral("never")));
    return reply;
}
const Registration kGrantExpiry{
    Section::People,
    {.name = "grant expiry",
     .synopsis = "GRANT (--expires T | --none)",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Change a grant's expiration."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Sets or clears the expiration of a grant (see person show for grant ids). Guest passes "
         "on the key are shortened so they never outlast it."),
     .timesHelp = true,
     .options = {{.name = "expires", .value = "T", .help = QT_TRANSLATE_NOOP("porterctl", "New expiration.")},
                 {.name = "none", .help = QT_TRANSLATE_NOOP("porterctl", "No expiration.")}},
     .argument = "GRANT",
     .handler = cmdGrantExpiry}};

Result<Reply> cmdGrantRemove(Session &s)
{
    PORTER_TRY_ASSIGN(const Id grantId, s.positionalId());
    PORTER_TRY(s.access().removeKey(s.me(), grantId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("removed"), grantId}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Removed grant %1; sync the key's offline doors (porterctl sync-tasks).")
                      .arg(grantId);
    return reply;
}
const Registration kGrantRemove{
    Section::People,
    {.name = "grant remove",
     .synopsis = "GRANT",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Take a key away from a person."),
     .help =
         QT_TRANSLATE_NOOP("porterctl", "Ends a grant now; permanent guest passes on that key end with it."),
     .argument = "GRANT",
     .handler = cmdGrantRemove}};

Result<Reply> cmdRevoke(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    if (!s.has(QStringLiteral("yes")))
        return usageError(QCoreApplication::translate(
                              "porterctl",
                              "Revoking ends every key of person %1 and every guest pass they gave, so "
                              "their guests lose access too. Run again with --yes to confirm.")
                              .arg(personId));
    PORTER_TRY_ASSIGN(const RevokeResult r, s.access().revokeAll(s.me(), personId));
    Reply reply;
    reply.json = revokeJson(personId, r);
    reply.text << revokeSummary(false, personId, r) << doorsLine(r.doorsToSync)
               << QCoreApplication::translate(
                      "porterctl", "They stay listed with --show-expired and can be given keys again.");
    return reply;
}
const Registration kRevoke{
    Section::People,
    {.name = "revoke",
     .synopsis = "PERSON --yes",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Revoke all keys of a person and of their guests."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Ends every key of the person and every guest pass they gave: their guests lose access "
                      "too. They stay listed with people --show-expired and can be given keys again (grant "
                      "add). Needs --yes."),
     // --yes is checked by the handler, which explains what it confirms.
     .options = {{.name = "yes", .help = QT_TRANSLATE_NOOP("porterctl", "Confirm.")}},
     .argument = "PERSON",
     .handler = cmdRevoke}};

Result<Reply> cmdDelete(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    if (!s.has(QStringLiteral("yes")))
        return usageError(QCoreApplication::translate(
                              "porterctl",
                              "Deleting removes person %1 from People for good and ends the access of "
                              "their permanent guests; timed guest passes run out on their own. Run "
                              "again with --yes to confirm.")
                              .arg(personId));
    PORTER_TRY_ASSIGN(const RevokeResult r, s.access().deletePerson(s.me(), personId));
    Reply reply;
    reply.json = revokeJson(personId, r);
    reply.text << revokeSummary(true, personId, r) << doorsLine(r.doorsToSync)
               << QCoreApplication::translate(
                      "porterctl",
                      "Their activity stays readable; a new invitation is needed to give access again.");
    return reply;
}
const Registration kDelete{
    Section::People,
    {.name = "delete",
     .synopsis = "PERSON --yes",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Delete a person."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Removes the person from People, ends their keys and keycards and the access of their "
                      "permanent guests (timed guest passes run out on their own). Their activity stays "
                      "readable; giving access again needs a new invitation. Needs --yes."),
     .options = {{.name = "yes", .help = QT_TRANSLATE_NOOP("porterctl", "Confirm.")}},
     .argument = "PERSON",
     .handler = cmdDelete}};

Result<Reply> cmdShare(Session &s)
{
    PORTER_TRY_ASSIGN(const Id hostId, s.positionalId());
    PORTER_TRY_ASSIGN(const AccessMethod m, method(s));
    PORTER_TRY_ASSIGN(const QList<Id> keys, s.ids(QStringLiteral("keys")));
    if (s.has(QStringLiteral("until")) && s.has(QStringLiteral("permanent")))
        return usageError(
            QCoreApplication::translate("porterctl", "Give --until T or --permanent, not both."));
    PORTER_TRY_ASSIGN(const Property p,
                      s.access().propertyOfPersonToManage(s.me(), hostId, QStringLiteral("share")));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(p.timeZone));
    ShareRequest r;
    r.hostPersonId = hostId;
    r.method = m;
    r.guest = contact(s);
    r.keyIds = keys;
    PORTER_TRY_ASSIGN(r.startsAt, s.time(QStringLiteral("start"), zone, DateMeaning::StartOfDay));
    PORTER_TRY_ASSIGN(r.expiresAt, s.time(QStringLiteral("until"), zone, DateMeaning::EndOfDay));
    PORTER_TRY_ASSIGN(const ShareResult res, s.access().share(s.me(), r));
    QJsonArray shares;
    QList<Id> shareIds;
    const QHash<Id, QString> names = s.keyNames(p.id);
    for (const GuestShare &g : res.shares) {
        shares.append(shareJson(ShareView{g, names.value(g.keyId), res.guest.displayName(), {}}, zone));
        shareIds << g.id;
    }
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("guest"), personJson(res.guest, zone)},
                             {QStringLiteral("shares"), shares},
                             {QStringLiteral("doorsToSync"), idsJson(res.doorsToSync)}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Person %1 shared keys %2 with %3 <%4> (guest person %5, shares %6) %7.")
                      .arg(QString::number(hostId), idsText(keys), res.guest.displayName(), res.guest.email,
                           QString::number(res.guest.id), idsText(shareIds),
                           r.expiresAt ? QCoreApplication::translate("porterctl", "until %1")
                                             .arg(timeText(r.expiresAt, zone))
                                       : QStringLiteral("permanently"))
               << doorsLine(res.doorsToSync);
    return reply;
}
const Registration kShare{
    Section::People,
    {.name = "share",
     .synopsis = "HOST --method app|doorcode --first NAME [--last NAME] --email EMAIL [--phone PHONE] "
                 "--keys ID,.. [--start T] [--until T | --permanent]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Share a resident's keys with a guest (on their behalf)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "What a resident with \"may share\" does from the app: gives a guest some of their "
                      "shareable keys, permanently (default) or until a time."),
     .timesHelp = true,
     .options =
         contactOptions() << QList<Option>{{.name = "start",
                                            .value = "T",
                                            .help = QT_TRANSLATE_NOOP("porterctl", "Start (default now).")},
                                           {.name = "until",
                                            .value = "T",
                                            .help = QT_TRANSLATE_NOOP("porterctl", "End of the pass.")},
                                           {.name = "permanent",
                                            .help = QT_TRANSLATE_NOOP("porterctl", "No end (the default).")}},
     .argument = "HOST",
     .handler = cmdShare}};

// "yes" or "no" for --resident and --may-share of person edit; absent keeps the current value.
Result<bool> yesNo(Session &s, const QString &option, bool current)
{
    if (!s.has(option))
        return current;
    const QString v = s.value(option).toLower();
    if (v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("no"))
        return false;
    return usageError(QCoreApplication::translate("porterctl", "--%1 must be yes or no.").arg(option));
}

Result<Reply> cmdPersonEdit(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    PORTER_TRY_ASSIGN(const PersonDetail d, s.queries().person(s.me(), personId));
    const Person &cur = d.person;
    PersonEdit e;
    auto keep = [&](const QString &option, const QString &current) {
        return s.has(option) ? s.value(option) : current;
    };
    e.contact.firstName = keep(QStringLiteral("first"), cur.firstName);
    e.contact.lastName = keep(QStringLiteral("last"), cur.lastName);
    e.contact.email = keep(QStringLiteral("email"), cur.email);
    e.contact.phone = keep(QStringLiteral("phone"), cur.phone);
    PORTER_TRY_ASSIGN(e.resident, yesNo(s, QStringLiteral("resident"), cur.resident));
    PORTER_TRY_ASSIGN(e.mayShare, yesNo(s, QStringLiteral("may-share"), cur.mayShare));
    if (s.has(QStringLiteral("language")))
        e.language = s.value(QStringLiteral("language"));
    PORTER_TRY_ASSIGN(const EditPersonResult r, s.access().editPerson(s.me(), personId, e));
    PORTER_TRY_ASSIGN(const QTimeZone zone, s.zoneOf(r.person.propertyId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("person"), personJson(r.person, zone)},
                             {QStringLiteral("changed"), QJsonArray::fromStringList(r.changed)},
                             {QStringLiteral("sharesEnded"), r.sharesEnded},
                             {QStringLiteral("doorsToSync"), idsJson(r.doorsToSync)}};
    if (r.changed.isEmpty()) {
        reply.text
            << QCoreApplication::translate("porterctl", "Nothing to change for person %1.").arg(personId);
        return reply;
    }
    reply.text << QCoreApplication::translate("porterctl", "Edited person %1 (%2): %3.")
                      .arg(QString::number(personId), r.person.displayName(),
                           r.changed.join(QStringLiteral(", ")));
    if (r.sharesEnded > 0)
        reply.text << QCoreApplication::translate("porterctl",
                                                  "May share is off: %1 permanent guest passes ended.")
                          .arg(r.sharesEnded)
                   << doorsLine(r.doorsToSync);
    if (r.changed.contains(QStringLiteral("email")))
        reply.text << QCoreApplication::translate(
            "porterctl", "The email changed: send a new welcome email with person resend-welcome.");
    return reply;
}
const Registration kPersonEdit{
    Section::People,
    {.name = "person edit",
     .synopsis = "PERSON [--first NAME] [--last NAME] [--email EMAIL] [--phone PHONE] [--resident yes|no] "
                 "[--may-share yes|no] [--language en|es|fr]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Edit a person's contact details, Resident and May share."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Changes the options given and keeps the others; the contact is checked as for an invitation. "
         "Turning May share off ends the person's permanent guest passes now; timed passes run to their "
         "end. Give --last \"\" or --phone \"\" to clear them."),
     .options = {{.name = "first", .value = "NAME", .help = QT_TRANSLATE_NOOP("porterctl", "First name.")},
                 {.name = "last", .value = "NAME", .help = QT_TRANSLATE_NOOP("porterctl", "Last name.")},
                 {.name = "email",
                  .value = "EMAIL",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Email address.")},
                 {.name = "phone",
                  .value = "PHONE",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Phone number, any common format.")},
                 {.name = "resident",
                  .value = "yes|no",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Resident of the property.")},
                 {.name = "may-share",
                  .value = "yes|no",
                  .help = QT_TRANSLATE_NOOP("porterctl", "May share keys with guests.")},
                 {.name = "language",
                  .value = "en|es|fr",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The language of their emails.")}},
     .argument = "PERSON",
     .handler = cmdPersonEdit}};

Result<Reply> cmdPersonResendWelcome(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    PORTER_TRY_ASSIGN(const Id mailId, s.access().resendWelcome(s.me(), personId));
    Reply reply;
    reply.json =
        QJsonObject{{QStringLiteral("personId"), personId}, {QStringLiteral("welcomeMailId"), mailId}};
    reply.text << QCoreApplication::translate("porterctl",
                                              "Welcome email for person %1 queued (outbox message %2).")
                      .arg(QString::number(personId), QString::number(mailId));
    return reply;
}
const Registration kPersonResendWelcome{
    Section::People,
    {.name = "person resend-welcome",
     .synopsis = "PERSON",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Queue a new welcome email for a person."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Queues a new welcome email to the person's current address, telling their access as it is now. "
         "Refused for deleted people, guests and people without a current or future key."),
     .argument = "PERSON",
     .handler = cmdPersonResendWelcome}};

Result<Reply> cmdShareEnd(Session &s)
{
    PORTER_TRY_ASSIGN(const Id shareId, s.positionalId());
    PORTER_TRY_ASSIGN(const EndShareResult r, s.access().endShare(s.me(), shareId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("ended"), shareId},
                             {QStringLiteral("guestPersonId"), r.share.guestPersonId},
                             {QStringLiteral("doorsToSync"), idsJson(r.doorsToSync)}};
    reply.text << QCoreApplication::translate("porterctl", "Ended guest pass %1 of person %2.")
                      .arg(QString::number(shareId), QString::number(r.share.guestPersonId))
               << doorsLine(r.doorsToSync);
    return reply;
}
const Registration kShareEnd{
    Section::People,
    {.name = "share end",
     .synopsis = "SHARE",
     .summary = QT_TRANSLATE_NOOP("porterctl", "End a guest pass now."),
     .help = QT_TRANSLATE_NOOP("porterctl",
                               "Ends one guest pass now (see person show for pass ids); the guest keeps "
                               "their other passes."),
     .argument = "SHARE",
     .handler = cmdShareEnd}};

Result<Reply> cmdKeycardEnroll(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    if (!s.has(QStringLiteral("serial")))
        return usageError(QCoreApplication::translate("porterctl", "keycard enroll needs --serial HEX."));
    const bool activate = !s.has(QStringLiteral("inactive"));
    PORTER_TRY_ASSIGN(const Keycard card, s.access().enrollKeycard(
                                              s.me(), personId, s.value(QStringLiteral("serial")), activate));
    return keycardReply(
        s, card,
        QCoreApplication::translate("porterctl", "Enrolled keycard %1 (%2) for person %3, %4.")
            .arg(QString::number(card.id), card.serial, QString::number(personId),
                 card.active
                     ? QCoreApplication::translate("porterctl", "active; it works after the doors sync")
                     : QStringLiteral("inactive")));
}
const Registration kKeycardEnroll{
    Section::People,
    {.name = "keycard enroll",
     .synopsis = "PERSON --serial HEX [--inactive]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Enroll a keycard for a person."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Enrolls a card by its serial (4 to 10 bytes of hex; ':' '-' and spaces allowed), active "
         "unless --inactive. It works once the person's doors have synced."),
     .options = {{.name = "serial",
                  .value = "HEX",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Card serial."),
                  .required = true},
                 {.name = "inactive", .help = QT_TRANSLATE_NOOP("porterctl", "Enroll without activating.")}},
     .argument = "PERSON",
     .handler = cmdKeycardEnroll}};

Result<Reply> cmdKeycardActivate(Session &s)
{
    return setCard(s, true);
}
const Registration kKeycardActivate{Section::People,
                                    {.name = "keycard activate",
                                     .synopsis = "CARD",
                                     .summary = QT_TRANSLATE_NOOP("porterctl", "Activate a keycard."),
                                     .help = QT_TRANSLATE_NOOP("porterctl", "Activates an enrolled keycard."),
                                     .argument = "CARD",
                                     .handler = cmdKeycardActivate}};

Result<Reply> cmdKeycardDeactivate(Session &s)
{
    return setCard(s, false);
}
const Registration kKeycardDeactivate{
    Section::People,
    {.name = "keycard deactivate",
     .synopsis = "CARD",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Deactivate a keycard."),
     .help = QT_TRANSLATE_NOOP("porterctl", "Deactivates a keycard (lost or returned)."),
     .argument = "CARD",
     .handler = cmdKeycardDeactivate}};

} // namespace
} // namespace porter::cli
