// Commands on people's access: the operations of the seed article.
#include "commands.h"
#include "util/localtime.h"

namespace porter::cli {
namespace {

std::variant<AccessMethod, Failure> method(Session &s)
{
    const auto m = accessMethodFromString(s.value(QStringLiteral("method")));
    if (!m)
        return usageError(QStringLiteral("--method must be app or doorcode."));
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
        return QStringLiteral("No offline door needs a sync for this change.");
    return QStringLiteral("Offline doors to sync: %1 (see porterctl sync-tasks).").arg(idsText(doors));
}

QString revokeSummary(const char *verb, Id personId, const RevokeResult &r)
{
    return QStringLiteral("%1 person %2: %3 keys and %4 guest passes ended%5.")
        .arg(QLatin1String(verb), QString::number(personId), QString::number(r.grantsEnded),
             QString::number(r.sharesEnded),
             r.keycardsDisabled ? QStringLiteral(", %1 keycards disabled").arg(r.keycardsDisabled)
                                : QString());
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
Outcome keycardReply(Session &s, const Keycard &card, const QString &sentence)
{
    CLI_VALUE(const Property p, s.propertyOfPerson(card.personId));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(p.timeZone));
    Reply reply;
    reply.json = keycardJson(card, zone);
    reply.text << sentence;
    return reply;
}

Outcome setCard(Session &s, bool active)
{
    CLI_TRY(const Id cardId, s.positionalId(0));
    CLI_VALUE(const Keycard card, s.access().setKeycardActive(s.me(), cardId, active));
    return keycardReply(s, card,
                        QStringLiteral("Keycard %1 (%2) is now %3; sync the person's offline doors.")
                            .arg(QString::number(card.id), card.serial,
                                 active ? QStringLiteral("active") : QStringLiteral("inactive")));
}

} // namespace

Outcome cmdInvite(Session &s)
{
    CLI_TRY(const Id propertyId, s.id(QStringLiteral("property")));
    CLI_TRY(const AccessMethod m, method(s));
    CLI_TRY(const QList<Id> keys, s.ids(QStringLiteral("keys")));
    // The service looks the property up, checks the right to invite and records a refusal.
    CLI_VALUE(const Property p, s.access().propertyToManage(s.me(), propertyId, QStringLiteral("invite")));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(p.timeZone));
    InviteRequest r;
    r.propertyId = propertyId;
    r.method = m;
    r.contact = contact(s);
    r.keyIds = keys;
    r.resident = s.has(QStringLiteral("resident"));
    r.mayShare = s.has(QStringLiteral("may-share"));
    CLI_TRY(r.startsAt, s.time(QStringLiteral("start"), zone, DateMeaning::StartOfDay));
    CLI_TRY(r.expiresAt, s.time(QStringLiteral("expires"), zone, DateMeaning::EndOfDay));
    CLI_VALUE(const InviteResult res, s.access().invite(s.me(), r));
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
    reply.text << QStringLiteral("Invited %1 <%2> as person %3 (%4).")
                      .arg(res.person.displayName(), res.person.email, QString::number(res.person.id),
                           toString(res.person.accessMethod))
               << QStringLiteral("Access from %1 until %2; grants %3.")
                      .arg(timeText(first.startsAt, zone),
                           timeText(first.expiresAt, zone, QStringLiteral("no expiry")), idsText([&] {
                               QList<Id> ids;
                               for (const Grant &g : res.grants)
                                   ids << g.id;
                               return ids;
                           }()))
               << QStringLiteral("Welcome email queued (outbox message %1).").arg(res.welcomeMailId)
               << doorsLine(res.doorsToSync);
    reply.warnings = res.warnings;
    return reply;
}

Outcome cmdPeople(Session &s)
{
    PeopleFilter f;
    CLI_TRY(f.propertyId, s.id(QStringLiteral("property")));
    f.search = s.value(QStringLiteral("search"));
    f.showExpired = s.has(QStringLiteral("show-expired"));
    CLI_TRY(f.limit, s.number(QStringLiteral("limit"), 100));
    CLI_TRY(f.offset, s.number(QStringLiteral("offset"), 0));
    CLI_VALUE(const QTimeZone zone, s.zoneOf(f.propertyId));
    CLI_VALUE(const QList<PersonRow> rows, s.queries().people(s.me(), f));
    CLI_VALUE(const int total, s.queries().peopleCount(s.me(), f));
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
        table.add({QString::number(row.person.id), row.person.displayName(), row.person.email,
                   row.person.phone, toString(row.person.accessMethod), toString(row.status),
                   QString::number(row.keyCount),
                   row.keyCount ? timeText(row.accessUntil, zone, QStringLiteral("no expiry"))
                                : QStringLiteral("-"),
                   row.hostName});
    }
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("people"), people}};
    reply.text = table.lines();
    reply.text << QStringLiteral("%1 of %2 people%3.")
                      .arg(QString::number(rows.size()), QString::number(total),
                           f.showExpired ? QString()
                                         : QStringLiteral(" (add --show-expired for revoked and expired)"));
    return reply;
}

Outcome cmdPersonShow(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    CLI_VALUE(const PersonDetail d, s.queries().person(s.me(), personId));
    CLI_VALUE(const Property p, s.directory().property(s.me(), d.person.propertyId));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(p.timeZone));
    QJsonArray grants, guests, passes, cards, activity;
    Table grantTable({QStringLiteral("GRANT"), QStringLiteral("KEY"), QStringLiteral("STARTS"),
                      QStringLiteral("EXPIRES"), QStringLiteral("ENDED")});
    for (const GrantView &g : d.grants) {
        grants.append(grantJson(g.grant, g.keyName, zone));
        grantTable.add(
            {QString::number(g.grant.id), QStringLiteral("%1 (%2)").arg(g.keyName).arg(g.grant.keyId),
             timeText(g.grant.startsAt, zone), timeText(g.grant.expiresAt, zone, QStringLiteral("no expiry")),
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
    reply.text << QStringLiteral("Person %1: %2 <%3>").arg(QString::number(pp.id), pp.displayName(), pp.email)
               << QStringLiteral("Status: %1; method %2; phone %3; resident %4; may share %5")
                      .arg(toString(d.status), toString(pp.accessMethod),
                           pp.phone.isEmpty() ? QStringLiteral("-") : pp.phone,
                           pp.resident ? QStringLiteral("yes") : QStringLiteral("no"),
                           pp.mayShare ? QStringLiteral("yes") : QStringLiteral("no"));
    if (pp.hostPersonId)
        reply.text << QStringLiteral("Guest of person %1.").arg(*pp.hostPersonId);
    if (pp.deletedAt)
        reply.text << QStringLiteral("Deleted %1.").arg(timeText(pp.deletedAt, zone));
    reply.text << QString() << QStringLiteral("Keys:") << grantTable.lines();
    if (!d.guests.isEmpty() || !d.guestPasses.isEmpty())
        reply.text << QString() << QStringLiteral("Guest passes:") << shareTable.lines();
    if (!d.keycards.isEmpty())
        reply.text << QString() << QStringLiteral("Keycards:") << cardTable.lines();
    reply.text << QString() << QStringLiteral("Activity:") << activityTable.lines();
    return reply;
}

Outcome cmdGrantAdd(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    CLI_TRY(const Id keyId, s.id(QStringLiteral("key")));
    CLI_VALUE(const Property p,
              s.access().propertyOfPersonToManage(s.me(), personId, QStringLiteral("grant-add")));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(p.timeZone));
    CLI_TRY(const std::optional<qint64> start,
            s.time(QStringLiteral("start"), zone, DateMeaning::StartOfDay));
    CLI_TRY(const std::optional<qint64> expires,
            s.time(QStringLiteral("expires"), zone, DateMeaning::EndOfDay));
    CLI_VALUE(const Grant g, s.access().addKey(s.me(), personId, keyId, start, expires));
    Reply reply;
    reply.json = grantJson(g, s.keyNames(p.id).value(g.keyId), zone);
    reply.text << QStringLiteral("Gave key %1 to person %2 (grant %3), from %4 until %5.")
                      .arg(QString::number(keyId), QString::number(personId), QString::number(g.id),
                           timeText(g.startsAt, zone),
                           timeText(g.expiresAt, zone, QStringLiteral("no expiry")));
    if (!expires)
        reply.warnings << QStringLiteral("No expiration was set: this access will not end by itself.");
    return reply;
}

Outcome cmdGrantExpiry(Session &s)
{
    CLI_TRY(const Id grantId, s.positionalId(0));
    if (s.has(QStringLiteral("expires")) == s.has(QStringLiteral("none")))
        return usageError(QStringLiteral("grant expiry needs either --expires T or --none."));
    // The grant's property gives the time zone the expiry is written in; the service checks permissions.
    CLI_VALUE(const Property p,
              s.access().propertyOfGrantToManage(s.me(), grantId, QStringLiteral("grant-expiry")));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(p.timeZone));
    CLI_TRY(const std::optional<qint64> expires,
            s.time(QStringLiteral("expires"), zone, DateMeaning::EndOfDay));
    CLI_VALUE(const Grant g, s.access().setGrantExpiry(s.me(), grantId, expires));
    Reply reply;
    reply.json = grantJson(g, s.keyNames(p.id).value(g.keyId), zone);
    reply.text << QStringLiteral("Grant %1 now expires %2.")
                      .arg(QString::number(g.id), timeText(g.expiresAt, zone, QStringLiteral("never")));
    return reply;
}

Outcome cmdGrantRemove(Session &s)
{
    CLI_TRY(const Id grantId, s.positionalId(0));
    auto st = s.access().removeKey(s.me(), grantId);
    if (!st.ok())
        return st.error();
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("removed"), grantId}};
    reply.text << QStringLiteral("Removed grant %1; sync the key's offline doors (porterctl sync-tasks).")
                      .arg(grantId);
    return reply;
}

Outcome cmdRevoke(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    if (!s.has(QStringLiteral("yes")))
        return usageError(
            QStringLiteral("Revoking ends every key of person %1 and every guest pass they gave, so "
                           "their guests lose access too. Run again with --yes to confirm.")
                .arg(personId));
    CLI_VALUE(const RevokeResult r, s.access().revokeAll(s.me(), personId));
    Reply reply;
    reply.json = revokeJson(personId, r);
    reply.text << revokeSummary("Revoked all keys of", personId, r) << doorsLine(r.doorsToSync)
               << QStringLiteral("They stay listed with --show-expired and can be given keys again.");
    return reply;
}

Outcome cmdDelete(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    if (!s.has(QStringLiteral("yes")))
        return usageError(
            QStringLiteral("Deleting removes person %1 from People for good and ends the access of "
                           "their permanent guests; timed guest passes run out on their own. Run "
                           "again with --yes to confirm.")
                .arg(personId));
    CLI_VALUE(const RevokeResult r, s.access().deletePerson(s.me(), personId));
    Reply reply;
    reply.json = revokeJson(personId, r);
    reply.text << revokeSummary("Deleted", personId, r) << doorsLine(r.doorsToSync)
               << QStringLiteral(
                      "Their activity stays readable; a new invitation is needed to give access again.");
    return reply;
}

Outcome cmdShare(Session &s)
{
    CLI_TRY(const Id hostId, s.positionalId(0));
    CLI_TRY(const AccessMethod m, method(s));
    CLI_TRY(const QList<Id> keys, s.ids(QStringLiteral("keys")));
    if (s.has(QStringLiteral("until")) && s.has(QStringLiteral("permanent")))
        return usageError(QStringLiteral("Give --until T or --permanent, not both."));
    CLI_VALUE(const Property p, s.access().propertyOfPersonToManage(s.me(), hostId, QStringLiteral("share")));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(p.timeZone));
    ShareRequest r;
    r.hostPersonId = hostId;
    r.method = m;
    r.guest = contact(s);
    r.keyIds = keys;
    CLI_TRY(r.startsAt, s.time(QStringLiteral("start"), zone, DateMeaning::StartOfDay));
    CLI_TRY(r.expiresAt, s.time(QStringLiteral("until"), zone, DateMeaning::EndOfDay));
    CLI_VALUE(const ShareResult res, s.access().share(s.me(), r));
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
    reply.text << QStringLiteral("Person %1 shared keys %2 with %3 <%4> (guest person %5, shares %6) %7.")
                      .arg(QString::number(hostId), idsText(keys), res.guest.displayName(), res.guest.email,
                           QString::number(res.guest.id), idsText(shareIds),
                           r.expiresAt ? QStringLiteral("until %1").arg(timeText(r.expiresAt, zone))
                                       : QStringLiteral("permanently"))
               << doorsLine(res.doorsToSync);
    return reply;
}

Outcome cmdKeycardEnroll(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    if (!s.has(QStringLiteral("serial")))
        return usageError(QStringLiteral("keycard enroll needs --serial HEX."));
    const bool activate = !s.has(QStringLiteral("inactive"));
    CLI_VALUE(const Keycard card,
              s.access().enrollKeycard(s.me(), personId, s.value(QStringLiteral("serial")), activate));
    return keycardReply(s, card,
                        QStringLiteral("Enrolled keycard %1 (%2) for person %3, %4.")
                            .arg(QString::number(card.id), card.serial, QString::number(personId),
                                 card.active ? QStringLiteral("active; it works after the doors sync")
                                             : QStringLiteral("inactive")));
}

Outcome cmdKeycardActivate(Session &s)
{
    return setCard(s, true);
}

Outcome cmdKeycardDeactivate(Session &s)
{
    return setCard(s, false);
}

} // namespace porter::cli
