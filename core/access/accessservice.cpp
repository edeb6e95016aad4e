#include "access/accessservice.h"

#include "access/permissions.h"
#include "access/validation.h"
#include "store/repositories.h"
#include "util/localtime.h"

#include <QCoreApplication>

namespace porter {
namespace {

// The languages Porter writes mail in (mail::supportedLanguages); empty is "not known" (English).
bool validLanguage(const QString &language)
{
    return language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("es") ||
           language == QLatin1String("fr");
}

QString languageMessage(const QString &language)
{
    return QCoreApplication::translate("porter::AccessService",
                                       "\"%1\" is not a language Porter writes emails in. Use en (English), "
                                       "es (Spanish) or fr (French).")
        .arg(language);
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// A unique index refusing a second copy (migration 11) after a check that should have seen it.
Error conflictIfUnique(const Error &e, const QString &message)
{
    if (e.code == ErrorCode::Storage && e.message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
        return makeError(ErrorCode::Conflict, message);
    return e;
}

// A daily-doorcode person can only use keys that allow doorcodes: anything else would be a key that
// opens nothing for them.
Status checkMethodFits(AccessMethod method, const Key &key)
{
    if (method == AccessMethod::Doorcode && !key.doorcodesAllowed)
        return invalid(QCoreApplication::translate(
                           "porter::AccessService",
                           "The key \"%1\" does not allow doorcodes, so a daily-doorcode person could not "
                           "open its doors. Give them the app, or allow doorcodes on the key.")
                           .arg(key.name));
    return {};
}

} // namespace

Result<Person> AccessService::validateContact(const ContactDetails &c, const Property &p, AccessMethod method)
{
    Person person;
    auto first = validateName(c.firstName, tr("first name"));
    if (!first.ok())
        return first.error();
    person.firstName = *first;
    if (!c.lastName.trimmed().isEmpty()) {
        auto last = validateName(c.lastName, tr("last name"));
        if (!last.ok())
            return last.error();
        person.lastName = *last;
    }
    auto email = validateEmail(c.email);
    if (!email.ok())
        return email.error();
    person.email = *email;
    auto phone = normalizePhone(c.phone, p.region);
    if (!phone.ok())
        return phone.error();
    person.phone = *phone;
    person.propertyId = p.id;
    person.accessMethod = method;
    return person;
}

Status AccessService::checkWindow(std::optional<qint64> startsAt, std::optional<qint64> expiresAt,
                                  qint64 start) const
{
    Q_UNUSED(startsAt)
    if (expiresAt && *expiresAt <= start)
        return invalid(tr("The expiration must be after the start."));
    if (expiresAt && *expiresAt <= now())
        return invalid(tr("The expiration is in the past. Pick a later date, or remove the key instead."));
    return {};
}

Status AccessService::checkNoDuplicateInvitation(const Property &p, const QString &email) const
{
    auto existing = m_people.liveByEmail(p.id, email.toLower());
    if (!existing.ok())
        return existing.error();
    for (const Person &other : *existing) {
        if (other.hostPersonId)
            continue; // a guest pass is not an invitation; inviting the guest properly is fine
        auto status = m_people.status(other.id, now());
        if (!status.ok())
            return status.error();
        if (*status == PersonStatus::Active || *status == PersonStatus::Invited)
            return makeError(ErrorCode::Conflict,
                             tr("%1 <%2> already has an active invitation at %3 (person %4). Edit their "
                                "access instead.")
                                 .arg(other.displayName(), other.email, p.name)
                                 .arg(other.id));
        return makeError(ErrorCode::Conflict,
                         tr("%1 <%2> is already listed at %3 as %4 (person %5). Add a key to them to give "
                            "access again, or delete them first.")
                             .arg(other.displayName(), other.email, p.name, toString(*status))
                             .arg(other.id));
    }
    return {};
}

QString AccessService::welcomeBody(const Person &person, const Property &p, qint64 start,
                                   std::optional<qint64> expiry) const
{
    auto zone = timeZoneNamed(p.timeZone);
    const QTimeZone tz = zone.ok() ? *zone : QTimeZone::utc();
    QString body =
        QStringLiteral("Hello %1,\n\nYou have been invited to %2.\n").arg(person.firstName, p.name);
    body += QStringLiteral("Your access starts %1").arg(formatLocal(start, tz));
    body += expiry ? QStringLiteral(" and ends %1.\n").arg(formatLocal(*expiry, tz)) : QStringLiteral(".\n");
    if (person.accessMethod == AccessMethod::App)
        body += QStringLiteral(
                    "\nInstall the Porter app and sign in with %1 to get acquainted before your access "
                    "starts.\n")
                    .arg(person.email);
    else
        body +=
            QStringLiteral("\nYou will receive a new doorcode for each day of your access. Enter it on the "
                           "keypad and press the lock button.\n");
    return body;
}

Result<Property> AccessService::propertyToManage(const Manager &actor, Id propertyId, const QString &action)
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    if (auto st = permissions::canManagePeople(actor, *p); !st.ok())
        return denied(actor, p->id, action, st.error());
    return p;
}

Result<Property> AccessService::propertyOfPersonToManage(const Manager &actor, Id personId,
                                                         const QString &action)
{
    Property p;
    auto person = livePersonFor(actor, personId, &p);
    if (!person.ok())
        return person.error();
    if (auto st = permissions::canManagePeople(actor, p); !st.ok())
        return denied(actor, p.id, action, st.error(), personId);
    return p;
}

Result<Property> AccessService::propertyOfGrantToManage(const Manager &actor, Id grantId,
                                                        const QString &action)
{
    auto grant = m_people.grant(grantId);
    if (!grant.ok())
        return grant.error();
    return propertyOfPersonToManage(actor, grant->personId, action);
}

Result<InviteResult> AccessService::invite(const Manager &actor, const InviteRequest &r)
{
    auto property = propertyFor(actor, r.propertyId);
    if (!property.ok())
        return property.error();
    const Property &p = *property;
    if (auto st = permissions::canManagePeople(actor, p); !st.ok())
        return denied(actor, p.id, QStringLiteral("invite"), st.error());
    if (r.keyIds.isEmpty())
        return invalid(tr("Add at least one key to the invitation."));
    auto person = validateContact(r.contact, p, r.method);
    if (!person.ok())
        return person.error();
    const qint64 start = r.startsAt.value_or(now());
    PORTER_TRY(checkWindow(r.startsAt, r.expiresAt, start));

    if (!validLanguage(r.language))
        return invalid(languageMessage(r.language));
    InviteResult result;
    result.person = *person;
    result.person.language = r.language;
    result.person.resident = r.resident;
    result.person.mayShare = r.mayShare;
    result.person.createdAt = now();
    if (!r.expiresAt)
        result.warnings << tr("No expiration was set: %1's access will not end by itself. Setting one "
                              "(such as the lease end) is recommended.")
                               .arg(result.person.displayName());

    // The keys and the check for an earlier invitation of this email are read inside the write
    // transaction, so two invitations of one email at once make one person (docs/decisions.md, "Two
    // writers at once"); the database refuses a second one anyway (migration 11).
    std::optional<Error> refusal;
    auto st = m_db.transaction([&]() -> Status {
        QList<Key> keys;
        QSet<Id> seen;
        auto keysRead = keysIn(p, r.keyIds);
        if (!keysRead.ok())
            return keysRead.error();
        const QHash<Id, Key> &found = *keysRead;
        for (Id keyId : r.keyIds) {
            if (seen.contains(keyId))
                continue; // a key listed twice is one grant, not two
            seen.insert(keyId);
            const auto key = found.constFind(keyId);
            if (key == found.cend())
                return noSuchKey(p, keyId);
            if (auto allowed = permissions::canGiveKey(actor, p, keyId); !allowed.ok()) {
                refusal = allowed.error();
                return allowed.error();
            }
            if (key->doorIds.isEmpty())
                return invalid(tr("Key \"%1\" opens no doors. Add doors to it first.").arg(key->name));
            PORTER_TRY(checkMethodFits(r.method, *key));
            keys.append(*key);
        }
        PORTER_TRY(checkNoDuplicateInvitation(p, result.person.email));
        auto personId = m_people.insertPerson(result.person, actor.id);
        if (!personId.ok())
            return conflictIfUnique(
                personId.error(),
                tr("<%1> is already listed at %2. Nothing was changed; look them up in People.")
                    .arg(result.person.email, p.name));
        result.person.id = *personId;
        PORTER_TRY(checkPersonIdFits(result.person.id));
        QStringList keyNames;
        for (const Key &k : keys) {
            Grant g;
            g.personId = result.person.id;
            g.keyId = k.id;
            g.startsAt = start;
            g.expiresAt = r.expiresAt;
            g.createdAt = now();
            auto grantId = m_people.insertGrant(g, actor.id);
            if (!grantId.ok())
                return grantId.error();
            g.id = *grantId;
            result.grants.append(g);
            keyNames << k.name;
        }
        PORTER_TRY(checkDoorLimits(doorsOf(keys), result.person.id));
        auto doors = offlineDoorsOfKeys(r.keyIds);
        if (!doors.ok())
            return doors.error();
        const QString summary = QStringLiteral("Add %1 (%2)")
                                    .arg(result.person.displayName(), keyNames.join(QStringLiteral(", ")));
        PORTER_TRY(markDoors(*doors, QStringLiteral("grant-add"), result.person.id, summary,
                             QVariantMap{{QStringLiteral("person"), result.person.displayName()},
                                         {QStringLiteral("keys"), keyNames}},
                             start > now() ? std::optional<qint64>(start) : std::nullopt));
        result.doorsToSync = QList<Id>(doors->begin(), doors->end());
        std::sort(result.doorsToSync.begin(), result.doorsToSync.end());

        OutboxMessage mail;
        mail.createdAt = now();
        mail.propertyId = p.id;
        mail.personId = result.person.id;
        mail.kind = QStringLiteral("welcome");
        mail.to = result.person.email;
        mail.subject = QStringLiteral("Welcome to %1").arg(p.name);
        mail.body = welcomeBody(result.person, p, start, r.expiresAt);
        auto mailId = m_journal.enqueueMail(mail);
        if (!mailId.ok())
            return mailId.error();
        result.welcomeMailId = *mailId;

        return log(actor, p.id, QStringLiteral("invite"), result.person.id,
                   QStringLiteral("Invited %1 <%2> with %3 (%4%5%6)")
                       .arg(result.person.displayName(), result.person.email,
                            keyNames.join(QStringLiteral(", ")), toString(r.method),
                            r.resident ? QStringLiteral(", resident") : QString(),
                            r.mayShare ? QStringLiteral(", may share") : QString()),
                   QVariantMap{{QStringLiteral("person"), result.person.displayName()},
                               {QStringLiteral("email"), result.person.email},
                               {QStringLiteral("keys"), keyNames},
                               {QStringLiteral("method"), toString(r.method)},
                               {QStringLiteral("resident"), r.resident},
                               {QStringLiteral("mayShare"), r.mayShare}});
    });
    if (refusal)
        return denied(actor, p.id, QStringLiteral("invite"), *refusal);
    if (!st.ok())
        return st.error();
    return result;
}

Status AccessService::validateInvite(const Manager &actor, const InviteRequest &request)
{
    return m_db.rehearse([&]() -> Status {
        PORTER_TRY(invite(actor, request));
        return {};
    });
}

Result<Grant> AccessService::addKey(const Manager &actor, Id personId, Id keyId,
                                    std::optional<qint64> startsAt, std::optional<qint64> expiresAt)
{
    // Every read the grant depends on (the person still live, the key, the grants they hold) happens
    // inside the write transaction: a revoke or delete racing it either comes first and is seen here,
    // or comes after and ends this grant too (docs/decisions.md, "Two writers at once").
    Property p;
    Grant g;
    std::optional<Error> refusal;
    auto st = m_db.transaction([&]() -> Status {
        auto person = livePersonFor(actor, personId, &p);
        if (!person.ok())
            return person.error();
        if (auto allowed = permissions::canGiveKey(actor, p, keyId); !allowed.ok()) {
            refusal = allowed.error();
            return allowed.error();
        }
        auto key = keyIn(p, keyId);
        if (!key.ok())
            return key.error();
        if (key->doorIds.isEmpty())
            return invalid(tr("Key \"%1\" opens no doors. Add doors to it first.").arg(key->name));
        PORTER_TRY(checkMethodFits(person->accessMethod, *key));
        const qint64 start = startsAt.value_or(now());
        PORTER_TRY(checkWindow(startsAt, expiresAt, start));
        auto open = m_people.grants(personId, false);
        if (!open.ok())
            return open.error();
        for (const Grant &held : *open) {
            if (held.keyId != keyId)
                continue;
            if (held.isCurrentOrFuture(now()))
                return makeError(ErrorCode::Conflict,
                                 tr("%1 already holds \"%2\" (grant %3). Change its expiration instead.")
                                     .arg(person->displayName(), key->name)
                                     .arg(held.id));
            // An expired grant of the same key ends when it ran out: one open grant per person and key.
            PORTER_TRY(m_people.endGrant(held.id, held.expiresAt.value_or(now()), EndReason::Removed));
        }
        g.personId = personId;
        g.keyId = keyId;
        g.startsAt = start;
        g.expiresAt = expiresAt;
        g.createdAt = now();
        auto id = m_people.insertGrant(g, actor.id);
        if (!id.ok())
            return conflictIfUnique(id.error(), tr("%1 already holds \"%2\". Nothing was changed; look at "
                                                   "their keys and change that grant's expiration instead.")
                                                    .arg(person->displayName(), key->name));
        g.id = *id;
        PORTER_TRY(checkDoorLimits(key->doorIds, personId));
        if (person->revokedAt)
            PORTER_TRY(m_people.setRevoked(personId, std::nullopt)); // granted again after a revoke
        auto doors = offlineDoorsOfKeys({keyId});
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(markDoors(*doors, QStringLiteral("grant-add"), personId,
                             QStringLiteral("Add %1 to %2").arg(key->name, person->displayName()),
                             QVariantMap{{QStringLiteral("person"), person->displayName()},
                                         {QStringLiteral("keys"), QStringList{key->name}}},
                             start > now() ? std::optional<qint64>(start) : std::nullopt));
        return log(actor, p.id, QStringLiteral("grant-add"), personId,
                   QStringLiteral("Gave %1 the key %2").arg(person->displayName(), key->name),
                   QVariantMap{{QStringLiteral("person"), person->displayName()},
                               {QStringLiteral("key"), key->name}});
    });
    if (refusal)
        return denied(actor, p.id, QStringLiteral("grant-add"), *refusal, personId);
    if (!st.ok())
        return st.error();
    return g;
}

Result<AccessService::OpenGrant> AccessService::openGrantFor(const Manager &actor, Id grantId,
                                                             const QString &action,
                                                             const QString &endedMessage)
{
    auto grant = m_people.grant(grantId);
    if (!grant.ok())
        return grant.error();
    OpenGrant open;
    open.grant = *grant;
    auto person = livePersonFor(actor, grant->personId, &open.property);
    if (!person.ok())
        return person.error();
    open.person = *person;
    if (auto st = permissions::canGiveKey(actor, open.property, grant->keyId); !st.ok())
        return denied(actor, open.property.id, action, st.error(), person->id);
    if (grant->endedAt)
        return makeError(ErrorCode::Conflict, endedMessage);
    auto key = m_dir.key(grant->keyId);
    if (!key.ok())
        return key.error();
    open.key = *key;
    return open;
}

Result<Grant> AccessService::setGrantExpiry(const Manager &actor, Id grantId, std::optional<qint64> expiresAt)
{
    // The grant is read, and found still open, inside the write transaction: a revoke racing this
    // either comes first and the change is refused, or comes after and ends the changed grant
    // (docs/decisions.md, "Two writers at once").
    Grant updated;
    auto st = m_db.transaction([&]() -> Status {
        auto open = openGrantFor(actor, grantId, QStringLiteral("grant-expiry"),
                                 tr("Grant %1 has already ended; add the key again instead.").arg(grantId));
        if (!open.ok())
            return open.error();
        const Grant &grant = open->grant;
        const Person &person = open->person;
        const Property &p = open->property;
        const Key &key = open->key;
        PORTER_TRY(checkWindow(grant.startsAt, expiresAt, grant.startsAt));
        updated = grant;
        updated.expiresAt = expiresAt;
        PORTER_TRY(m_people.setGrantExpiry(grantId, expiresAt));
        // Guest passes on this key never outlast their host's own access (docs/decisions.md).
        if (expiresAt) {
            auto shares = m_people.sharesByHost(person.id, false);
            if (!shares.ok())
                return shares.error();
            for (const GuestShare &s : *shares) {
                if (s.keyId == grant.keyId && (!s.expiresAt || *s.expiresAt > *expiresAt))
                    PORTER_TRY(m_people.clampShareExpiry(s.id, *expiresAt));
            }
        }
        auto doors = offlineDoorsOfKeys({grant.keyId});
        if (!doors.ok())
            return doors.error();
        // The doors hold the old expiry until they sync: the change is due by the earlier of the two
        // (shortened: they must stop at the new one; extended: they would refuse from the old one).
        std::optional<qint64> dueAt = expiresAt;
        if (grant.expiresAt && (!dueAt || *grant.expiresAt < *dueAt))
            dueAt = grant.expiresAt;
        PORTER_TRY(markDoors(
            *doors, QStringLiteral("grant-expiry"), person.id,
            QStringLiteral("Change %1's expiration of %2").arg(person.displayName(), key.name),
            QVariantMap{{QStringLiteral("person"), person.displayName()}, {QStringLiteral("key"), key.name}},
            dueAt));
        return log(actor, p.id, QStringLiteral("grant-expiry"), person.id,
                   QStringLiteral("Set the expiration of %1's key %2 to %3")
                       .arg(person.displayName(), key.name,
                            expiresAt ? formatUtcIso(*expiresAt) : QStringLiteral("none")),
                   QVariantMap{{QStringLiteral("person"), person.displayName()},
                               {QStringLiteral("key"), key.name},
                               {QStringLiteral("expiresAt"), expiresAt ? QVariant(*expiresAt) : QVariant()}});
    });
    if (!st.ok())
        return st.error();
    return updated;
}

Status AccessService::removeKey(const Manager &actor, Id grantId)
{
    // Read and checked inside the write transaction, like setGrantExpiry.
    return m_db.transaction([&]() -> Status {
        auto open = openGrantFor(actor, grantId, QStringLiteral("grant-remove"),
                                 tr("Grant %1 has already ended.").arg(grantId));
        if (!open.ok())
            return open.error();
        const Grant &grant = open->grant;
        const Person &person = open->person;
        const Property &p = open->property;
        const Key &key = open->key;
        PORTER_TRY(m_people.endGrant(grantId, now(), EndReason::Removed));
        // The host no longer holds this key: their permanent guest passes on it end with it; timed passes
        // run out on their own (the same rule as deleting the host, docs/decisions.md).
        auto shares = m_people.sharesByHost(person.id, false);
        if (!shares.ok())
            return shares.error();
        for (const GuestShare &s : *shares) {
            if (s.keyId == grant.keyId && s.permanent())
                PORTER_TRY(m_people.endShare(s.id, now(), EndReason::Removed));
        }
        auto keyDoors = offlineDoorsOfKeys({grant.keyId});
        if (!keyDoors.ok())
            return keyDoors.error();
        PORTER_TRY(markDoors(*keyDoors, QStringLiteral("grant-remove"), person.id,
                             QStringLiteral("Remove %1 from %2").arg(key.name, person.displayName()),
                             QVariantMap{{QStringLiteral("person"), person.displayName()},
                                         {QStringLiteral("key"), key.name}}));
        return log(
            actor, p.id, QStringLiteral("grant-remove"), person.id,
            QStringLiteral("Removed the key %1 from %2").arg(key.name, person.displayName()),
            QVariantMap{{QStringLiteral("person"), person.displayName()}, {QStringLiteral("key"), key.name}});
    });
}

Result<RevokeResult> AccessService::revokeAll(const Manager &actor, Id personId)
{
    return endAccess(actor, personId, false);
}

Result<RevokeResult> AccessService::deletePerson(const Manager &actor, Id personId)
{
    return endAccess(actor, personId, true);
}

Result<RevokeResult> AccessService::endAccess(const Manager &actor, Id personId, bool deleting)
{
    const QString action = deleting ? QStringLiteral("delete") : QStringLiteral("revoke");
    // The grants and passes to end are read inside the write transaction: one given at the same
    // moment is either seen and ended here, or given after and refused (the person is no longer live)
    // or re-opens a revoked person on purpose (docs/decisions.md, "Two writers at once").
    Property p;
    RevokeResult result;
    std::optional<Error> refusal;
    auto st = m_db.transaction([&]() -> Status {
        auto person = livePersonFor(actor, personId, &p);
        if (!person.ok())
            return person.error();
        auto grants = m_people.grants(personId, false);
        if (!grants.ok())
            return grants.error();
        auto ownShares = m_people.sharesOfGuest(personId, false);
        if (!ownShares.ok())
            return ownShares.error();
        QList<Id> openKeys;
        for (const Grant &g : *grants)
            openKeys << g.keyId;
        for (const GuestShare &s : *ownShares)
            openKeys << s.keyId;
        if (auto allowed = permissions::canRevokePerson(actor, p, openKeys); !allowed.ok()) {
            refusal = allowed.error();
            return allowed.error();
        }
        auto hostShares = m_people.sharesByHost(personId, false);
        if (!hostShares.ok())
            return hostShares.error();

        // Doors to tell: the person's own, and each guest's whose pass ends here.
        auto doors = offlineDoorsOfPerson(personId);
        if (!doors.ok())
            return doors.error();
        QSet<Id> allDoors = *doors;
        const EndReason own = deleting ? EndReason::Deleted : EndReason::Revoked;
        QList<Id> ending;
        for (const Grant &g : *grants)
            ending << g.id;
        PORTER_TRY(m_people.endGrants(ending, now(), own));
        result.grantsEnded = int(ending.size());
        ending.clear();
        for (const GuestShare &s : *ownShares)
            ending << s.id;
        PORTER_TRY(m_people.endShares(ending, now(), own));
        ending.clear();
        QSet<Id> guestKeys;
        for (const GuestShare &s : *hostShares) {
            // Revoke ends every pass the person gave; delete ends the permanent ones (the seed article).
            if (!deleting || s.permanent()) {
                ending << s.id;
                guestKeys.insert(s.keyId);
            }
        }
        PORTER_TRY(
            m_people.endShares(ending, now(), deleting ? EndReason::HostDeleted : EndReason::HostRevoked));
        result.sharesEnded = int(ending.size());
        auto guestDoors = offlineDoorsOfKeys(QList<Id>(guestKeys.begin(), guestKeys.end()));
        if (!guestDoors.ok())
            return guestDoors.error();
        allDoors.unite(*guestDoors);
        if (deleting) {
            auto cards = m_people.keycards(personId);
            if (!cards.ok())
                return cards.error();
            for (const Keycard &c : *cards) {
                // Free the serial so the card can be enrolled for someone else later.
                PORTER_TRY(m_people.removeKeycard(c.id, now()));
                ++result.keycardsDisabled;
            }
            PORTER_TRY(m_people.setDeleted(personId, now()));
        } else {
            PORTER_TRY(m_people.setRevoked(personId, now()));
        }
        PORTER_TRY(
            markDoors(allDoors, action, personId,
                      (deleting ? QStringLiteral("Delete %1") : QStringLiteral("Revoke all keys of %1"))
                          .arg(person->displayName()),
                      QVariantMap{{QStringLiteral("person"), person->displayName()}}));
        result.doorsToSync = QList<Id>(allDoors.begin(), allDoors.end());
        std::sort(result.doorsToSync.begin(), result.doorsToSync.end());
        return log(actor, p.id, action, personId,
                   QStringLiteral("%1 %2: %3 keys and %4 guest passes ended")
                       .arg(deleting ? QStringLiteral("Deleted") : QStringLiteral("Revoked all keys of"),
                            person->displayName())
                       .arg(result.grantsEnded)
                       .arg(result.sharesEnded),
                   QVariantMap{{QStringLiteral("person"), person->displayName()},
                               {QStringLiteral("grants"), result.grantsEnded},
                               {QStringLiteral("shares"), result.sharesEnded}});
    });
    if (refusal)
        return denied(actor, p.id, action, *refusal, personId);
    if (!st.ok())
        return st.error();
    return result;
}

Result<ShareResult> AccessService::share(const Manager &actor, const ShareRequest &r)
{
    // Every check (the host still live, still holding each key, the window inside theirs) reads inside
    // the write transaction: a revoke of the host racing this either comes first and the share is
    // refused, or comes after and ends the new pass with the host's (docs/decisions.md, "Two writers
    // at once").
    ShareResult result;
    auto st = m_db.transaction([&]() -> Status { return shareInTransaction(actor, r, result); });
    if (!st.ok())
        return st.error();
    return result;
}

Status AccessService::shareInTransaction(const Manager &actor, const ShareRequest &r, ShareResult &result)
{
    Property p;
    auto host = livePersonFor(actor, r.hostPersonId, &p);
    if (!host.ok())
        return host.error();
    for (Id keyId : r.keyIds) {
        if (auto st = permissions::canGiveKey(actor, p, keyId); !st.ok())
            return denied(actor, p.id, QStringLiteral("share"), st.error(), host->id);
    }
    if (host->hostPersonId)
        return invalid(tr("%1 is a guest and cannot share keys further.").arg(host->displayName()));
    if (!host->mayShare)
        return invalid(
            tr("%1 may not share keys. Turn on \"May share key\" for them first.").arg(host->displayName()));
    if (r.keyIds.isEmpty())
        return invalid(tr("Choose at least one key to share."));
    const qint64 start = r.startsAt.value_or(now());
    PORTER_TRY(checkWindow(r.startsAt, r.expiresAt, start));
    auto hostGrants = m_people.grants(host->id, false);
    if (!hostGrants.ok())
        return hostGrants.error();
    QList<Key> keys;
    QSet<Id> seen;
    for (Id keyId : r.keyIds) {
        if (seen.contains(keyId))
            continue; // a key listed twice is one guest pass, not two
        seen.insert(keyId);
        auto key = keyIn(p, keyId);
        if (!key.ok())
            return key.error();
        if (!key->shareable)
            return invalid(tr("The key \"%1\" may not be shared.").arg(key->name));
        PORTER_TRY(checkMethodFits(r.method, *key));
        const Grant *held = nullptr;
        for (const Grant &g : *hostGrants) {
            if (g.keyId == keyId && g.isCurrentOrFuture(now()))
                held = &g;
        }
        if (!held)
            return invalid(tr("%1 does not hold the key \"%2\", so cannot share it.")
                               .arg(host->displayName(), key->name));
        // A guest pass lies inside the host's own access to that key.
        if (start < held->startsAt)
            return invalid(tr("The guest pass would start before %1's own access to \"%2\" does.")
                               .arg(host->displayName(), key->name));
        if (held->expiresAt && (!r.expiresAt || *r.expiresAt > *held->expiresAt))
            return invalid(tr("The guest pass would outlast %1's own access to \"%2\" (until %3). Give the "
                              "pass an end no later than that.")
                               .arg(host->displayName(), key->name, formatUtcIso(*held->expiresAt)));
        keys.append(*key);
    }
    auto guest = validateContact(r.guest, p, r.method);
    if (!guest.ok())
        return guest.error();

    {
        // One guest record per host and email: sharing again with the same guest reuses it.
        auto existing = m_people.liveByEmail(p.id, guest->email.toLower());
        if (!existing.ok())
            return existing.error();
        std::optional<Person> reuse;
        for (const Person &e : *existing) {
            if (e.hostPersonId == host->id)
                reuse = e;
        }
        if (reuse) {
            result.guest = *reuse;
            if (result.guest.revokedAt)
                PORTER_TRY(m_people.setRevoked(result.guest.id, std::nullopt));
        } else {
            result.guest = *guest;
            result.guest.hostPersonId = host->id;
            result.guest.createdAt = now();
            auto id = m_people.insertPerson(result.guest, actor.id);
            if (!id.ok())
                return id.error();
            result.guest.id = *id;
            PORTER_TRY(checkPersonIdFits(result.guest.id));
        }
        QStringList names;
        for (const Key &k : keys) {
            GuestShare s;
            s.hostPersonId = host->id;
            s.guestPersonId = result.guest.id;
            s.keyId = k.id;
            s.startsAt = start;
            s.expiresAt = r.expiresAt;
            s.createdAt = now();
            auto id = m_people.insertShare(s);
            if (!id.ok())
                return id.error();
            s.id = *id;
            result.shares.append(s);
            names << k.name;
        }
        auto allDoors = doorsOfKeys(r.keyIds);
        if (!allDoors.ok())
            return allDoors.error();
        PORTER_TRY(checkDoorLimits(*allDoors, result.guest.id));
        auto doors = offlineDoorsOfKeys(r.keyIds);
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(
            markDoors(*doors, QStringLiteral("share"), result.guest.id,
                      QStringLiteral("Guest %1 of %2").arg(result.guest.displayName(), host->displayName()),
                      QVariantMap{{QStringLiteral("guest"), result.guest.displayName()},
                                  {QStringLiteral("host"), host->displayName()}},
                      start > now() ? std::optional<qint64>(start) : std::nullopt));
        result.doorsToSync = QList<Id>(doors->begin(), doors->end());
        std::sort(result.doorsToSync.begin(), result.doorsToSync.end());
        ActivityEvent e;
        e.at = now();
        e.propertyId = p.id;
        e.managerId = actor.id;
        e.actor = QStringLiteral("%1 (on behalf of %2)").arg(host->displayName(), actorLabel(actor));
        e.action = QStringLiteral("share");
        e.personId = result.guest.id;
        e.detail = QStringLiteral("%1 shared %2 with %3 %4")
                       .arg(host->displayName(), names.join(QStringLiteral(", ")), result.guest.displayName(),
                            r.expiresAt ? QStringLiteral("until %1").arg(formatUtcIso(*r.expiresAt))
                                        : QStringLiteral("permanently"));
        PORTER_TRY(m_journal.insertActivity(
            e, false, std::nullopt,
            QVariantMap{{QStringLiteral("host"), host->displayName()},
                        {QStringLiteral("keys"), names},
                        {QStringLiteral("guest"), result.guest.displayName()},
                        {QStringLiteral("expiresAt"), r.expiresAt ? QVariant(*r.expiresAt) : QVariant()}}));
        return {};
    }
}

Result<EditPersonResult> AccessService::editPerson(const Manager &actor, Id personId, const PersonEdit &edit)
{
    // Read and checked inside the write transaction (docs/decisions.md, "Two writers at once"): a
    // share racing the May share change either comes first and its pass is ended here, or comes after
    // and is refused.
    Property p;
    EditPersonResult result;
    std::optional<Error> refusal;
    const QString action = QStringLiteral("person-edit");
    auto st = m_db.transaction([&]() -> Status {
        auto person = livePersonFor(actor, personId, &p);
        if (!person.ok())
            return person.error();
        // The details are who the person's credentials belong to (the app signs in with the email):
        // changing them needs the right to give every key they hold, as revoking them does.
        auto held = heldKeyIds(personId);
        if (!held.ok())
            return held.error();
        if (auto allowed = permissions::canRevokePerson(actor, p, *held); !allowed.ok()) {
            refusal = allowed.error();
            return allowed.error();
        }
        auto contact = validateContact(edit.contact, p, person->accessMethod);
        if (!contact.ok())
            return contact.error();
        if (person->hostPersonId && edit.mayShare)
            return invalid(tr("%1 is a guest and cannot share keys further.").arg(person->displayName()));
        if (person->hostPersonId && edit.resident)
            return invalid(tr("%1 is a guest, not a resident. Invite them to make them a resident.")
                               .arg(person->displayName()));
        Person updated = *person;
        updated.firstName = contact->firstName;
        updated.lastName = contact->lastName;
        updated.email = contact->email;
        updated.phone = contact->phone;
        updated.resident = edit.resident;
        updated.mayShare = edit.mayShare;
        if (edit.language) {
            if (!validLanguage(*edit.language))
                return invalid(languageMessage(*edit.language));
            updated.language = *edit.language;
        }
        if (updated.firstName != person->firstName || updated.lastName != person->lastName)
            result.changed << QStringLiteral("name");
        const bool emailChanged = updated.email.toLower() != person->email.toLower();
        if (updated.email != person->email)
            result.changed << QStringLiteral("email");
        if (updated.phone != person->phone)
            result.changed << QStringLiteral("phone");
        if (updated.resident != person->resident)
            result.changed << (updated.resident ? QStringLiteral("resident")
                                                : QStringLiteral("not resident"));
        if (updated.mayShare != person->mayShare)
            result.changed << (updated.mayShare ? QStringLiteral("may share")
                                                : QStringLiteral("may not share"));
        if (updated.language != person->language)
            result.changed << QStringLiteral("email language");
        result.person = updated;
        if (result.changed.isEmpty())
            return {}; // nothing to write, nothing to record
        if (emailChanged && !person->hostPersonId) {
            auto others = m_people.liveByEmail(p.id, updated.email.toLower());
            if (!others.ok())
                return others.error();
            for (const Person &other : *others) {
                if (other.id != personId && !other.hostPersonId)
                    return makeError(ErrorCode::Conflict,
                                     tr("<%1> already belongs to %2 at %3 (person %4). Nothing was changed.")
                                         .arg(updated.email, other.displayName(), p.name)
                                         .arg(other.id));
            }
        }
        if (auto written = m_people.updateDetails(updated); !written.ok())
            return conflictIfUnique(written.error(),
                                    tr("<%1> already belongs to someone else at %2. Nothing was changed.")
                                        .arg(updated.email, p.name));
        QSet<Id> doors;
        if (person->mayShare && !updated.mayShare) {
            auto shares = m_people.sharesByHost(personId, false);
            if (!shares.ok())
                return shares.error();
            QList<Id> keys;
            for (const GuestShare &s : *shares) {
                if (!s.permanent())
                    continue;
                PORTER_TRY(m_people.endShare(s.id, now(), EndReason::Removed));
                ++result.sharesEnded;
                keys << s.keyId;
            }
            auto keyDoors = offlineDoorsOfKeys(keys);
            if (!keyDoors.ok())
                return keyDoors.error();
            doors = *keyDoors;
            PORTER_TRY(
                markDoors(doors, QStringLiteral("share-end"), personId,
                          QStringLiteral("Permanent guest passes of %1 ended").arg(updated.displayName()),
                          QVariantMap{{QStringLiteral("host"), updated.displayName()}}));
        }
        result.doorsToSync = QList<Id>(doors.begin(), doors.end());
        std::sort(result.doorsToSync.begin(), result.doorsToSync.end());
        QString detail = QStringLiteral("Edited the details of %1: %2")
                             .arg(updated.displayName(), result.changed.join(QStringLiteral(", ")));
        if (result.sharesEnded > 0)
            detail += QStringLiteral("; %1 permanent guest passes ended").arg(result.sharesEnded);
        return log(actor, p.id, action, personId, detail,
                   QVariantMap{{QStringLiteral("person"), updated.displayName()},
                               {QStringLiteral("changed"), result.changed},
                               {QStringLiteral("shares"), result.sharesEnded}});
    });
    if (refusal)
        return denied(actor, p.id, action, *refusal, personId);
    if (!st.ok())
        return st.error();
    return result;
}

Result<EndShareResult> AccessService::endShare(const Manager &actor, Id shareId)
{
    // Read and checked inside the write transaction, like removeKey.
    Property p;
    EndShareResult result;
    std::optional<Error> refusal;
    Id guestId = 0;
    const QString action = QStringLiteral("share-end");
    auto st = m_db.transaction([&]() -> Status {
        auto share = m_people.share(shareId);
        if (!share.ok())
            return makeError(ErrorCode::NotFound, tr("There is no guest pass with id %1.").arg(shareId));
        auto guest = livePersonFor(actor, share->guestPersonId, &p);
        if (!guest.ok())
            return guest.error();
        guestId = guest->id;
        if (auto allowed = permissions::canGiveKey(actor, p, share->keyId); !allowed.ok()) {
            refusal = allowed.error();
            return allowed.error();
        }
        if (share->endedAt)
            return makeError(ErrorCode::Conflict, tr("The guest pass %1 has already ended.").arg(shareId));
        auto key = m_dir.key(share->keyId);
        if (!key.ok())
            return key.error();
        auto host = m_people.person(share->hostPersonId);
        if (!host.ok())
            return host.error();
        PORTER_TRY(m_people.endShare(shareId, now(), EndReason::Removed));
        result.share = *share;
        result.share.endedAt = now();
        result.share.endReason = EndReason::Removed;
        auto doors = offlineDoorsOfKeys({share->keyId});
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(
            markDoors(*doors, action, guest->id,
                      QStringLiteral("End the guest pass of %1 (%2)").arg(guest->displayName(), key->name),
                      QVariantMap{{QStringLiteral("guest"), guest->displayName()},
                                  {QStringLiteral("key"), key->name}}));
        result.doorsToSync = QList<Id>(doors->begin(), doors->end());
        std::sort(result.doorsToSync.begin(), result.doorsToSync.end());
        return log(actor, p.id, action, guest->id,
                   QStringLiteral("Ended the guest pass of %1 for %2 (shared by %3)")
                       .arg(guest->displayName(), key->name, host->displayName()),
                   QVariantMap{{QStringLiteral("person"), guest->displayName()},
                               {QStringLiteral("key"), key->name},
                               {QStringLiteral("host"), host->displayName()}});
    });
    if (refusal)
        return denied(actor, p.id, action, *refusal, guestId);
    if (!st.ok())
        return st.error();
    return result;
}

Result<Id> AccessService::resendWelcome(const Manager &actor, Id personId)
{
    Property p;
    Id mailId = 0;
    std::optional<Error> refusal;
    const QString action = QStringLiteral("welcome-resend");
    auto st = m_db.transaction([&]() -> Status {
        auto person = livePersonFor(actor, personId, &p);
        if (!person.ok())
            return person.error();
        if (auto allowed = permissions::canManagePeople(actor, p); !allowed.ok()) {
            refusal = allowed.error();
            return allowed.error();
        }
        if (person->hostPersonId)
            return invalid(tr("%1 is a guest: guests get no welcome email, their host shares the pass with "
                              "them.")
                               .arg(person->displayName()));
        auto grants = m_people.grants(personId, false);
        if (!grants.ok())
            return grants.error();
        // The mail tells the access as it is now: from the earliest current or future grant to the
        // latest expiry (none when one grant is open-ended).
        std::optional<qint64> start;
        std::optional<qint64> expiry;
        bool openEnded = false;
        for (const Grant &g : *grants) {
            if (!g.isCurrentOrFuture(now()))
                continue;
            start = start ? std::min(*start, g.startsAt) : g.startsAt;
            if (!g.expiresAt)
                openEnded = true;
            else
                expiry = expiry ? std::max(*expiry, *g.expiresAt) : *g.expiresAt;
        }
        if (!start)
            return invalid(tr("%1 holds no current or future key, so a welcome email would invite them to "
                              "nothing. Add a key first.")
                               .arg(person->displayName()));
        OutboxMessage mail;
        mail.createdAt = now();
        mail.propertyId = p.id;
        mail.personId = personId;
        mail.kind = QStringLiteral("welcome");
        mail.to = person->email;
        mail.subject = QStringLiteral("Welcome to %1").arg(p.name);
        mail.body = welcomeBody(*person, p, std::max(*start, now()), openEnded ? std::nullopt : expiry);
        auto id = m_journal.enqueueMail(mail);
        if (!id.ok())
            return id.error();
        mailId = *id;
        return log(actor, p.id, action, personId,
                   QStringLiteral("Queued a new welcome email for %1 <%2>")
                       .arg(person->displayName(), person->email),
                   QVariantMap{{QStringLiteral("person"), person->displayName()},
                               {QStringLiteral("email"), person->email}});
    });
    if (refusal)
        return denied(actor, p.id, action, *refusal, personId);
    if (!st.ok())
        return st.error();
    return mailId;
}

Result<Keycard> AccessService::enrollKeycard(const Manager &actor, Id personId, const QString &serial,
                                             bool activate)
{
    auto normalized = normalizeCardSerial(serial);
    if (!normalized.ok())
        return normalized.error();
    // The person still live, the right to give them a credential and the serial still free are read
    // inside the write transaction (docs/decisions.md, "Two writers at once").
    Keycard card;
    auto st = m_db.transaction([&]() -> Status {
        Property p;
        auto person = livePersonFor(actor, personId, &p);
        if (!person.ok())
            return person.error();
        PORTER_TRY(checkCredentialRight(actor, p, personId, QStringLiteral("keycard-enroll")));
        auto existing = m_people.keycardBySerial(*normalized);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            return makeError(ErrorCode::Conflict,
                             tr("Keycard %1 is already enrolled (for person %2). Deactivate or delete it "
                                "there first.")
                                 .arg(*normalized)
                                 .arg((*existing)->personId));
        card.personId = personId;
        card.serial = *normalized;
        card.active = activate;
        card.enrolledAt = now();
        auto id = m_people.insertKeycard(card);
        if (!id.ok())
            return conflictIfUnique(
                id.error(), tr("Keycard %1 is already enrolled. Nothing was changed.").arg(card.serial));
        card.id = *id;
        if (activate) {
            PORTER_TRY(checkCardLimit(*person));
            auto doors = offlineDoorsOfPerson(personId);
            if (!doors.ok())
                return doors.error();
            PORTER_TRY(markDoors(*doors, QStringLiteral("keycard-on"), personId,
                                 QStringLiteral("Keycard %1 of %2").arg(card.serial, person->displayName()),
                                 QVariantMap{{QStringLiteral("person"), person->displayName()},
                                             {QStringLiteral("serial"), card.serial}}));
        }
        return log(
            actor, p.id, QStringLiteral("keycard-enroll"), personId,
            QStringLiteral("Enrolled keycard %1 for %2%3")
                .arg(card.serial, person->displayName(), activate ? QStringLiteral(" (active)") : QString()),
            QVariantMap{{QStringLiteral("person"), person->displayName()},
                        {QStringLiteral("serial"), card.serial},
                        {QStringLiteral("active"), activate}});
    });
    if (!st.ok())
        return st.error();
    return card;
}

Result<Keycard> AccessService::setKeycardActive(const Manager &actor, Id keycardId, bool active)
{
    // Read and checked inside the write transaction, like enrollKeycard.
    Keycard updated;
    auto st = m_db.transaction([&]() -> Status {
        auto card = m_people.keycard(keycardId);
        if (!card.ok())
            return card.error();
        Property p;
        auto person = livePersonFor(actor, card->personId, &p);
        if (!person.ok())
            return person.error();
        PORTER_TRY(checkCredentialRight(actor, p, person->id,
                                        active ? QStringLiteral("keycard-activate")
                                               : QStringLiteral("keycard-deactivate")));
        updated = *card;
        if (card->active == active)
            return {};
        updated.active = active;
        PORTER_TRY(m_people.setKeycardActive(keycardId, active, now()));
        if (active)
            PORTER_TRY(checkCardLimit(*person));
        auto doors = offlineDoorsOfPerson(person->id);
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(markDoors(*doors, active ? QStringLiteral("keycard-on") : QStringLiteral("keycard-off"),
                             person->id,
                             QStringLiteral("Keycard %1 of %2 %3")
                                 .arg(card->serial, person->displayName(),
                                      active ? QStringLiteral("activated") : QStringLiteral("deactivated")),
                             QVariantMap{{QStringLiteral("person"), person->displayName()},
                                         {QStringLiteral("serial"), card->serial}}));
        return log(actor, p.id,
                   active ? QStringLiteral("keycard-activate") : QStringLiteral("keycard-deactivate"),
                   person->id,
                   QStringLiteral("%1 keycard %2 of %3")
                       .arg(active ? QStringLiteral("Activated") : QStringLiteral("Deactivated"),
                            card->serial, person->displayName()),
                   QVariantMap{{QStringLiteral("person"), person->displayName()},
                               {QStringLiteral("serial"), card->serial}});
    });
    if (!st.ok())
        return st.error();
    return updated;
}

} // namespace porter
