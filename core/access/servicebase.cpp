#include "access/servicebase.h"

#include "util/logging.h"

namespace porter {

ServiceBase::ServiceBase(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_dir(db)
    , m_people(db)
    , m_journal(db)
{}

QString ServiceBase::actorLabel(const Manager &m)
{
    return QStringLiteral("%1 <%2>").arg(m.name, m.email);
}

Result<Property> ServiceBase::propertyFor(const Manager &actor, Id propertyId) const
{
    auto p = m_dir.property(propertyId);
    if (!p.ok() || p->portfolioId != actor.portfolioId)
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("There is no property with id %1 in your portfolio.").arg(propertyId));
    return p;
}

Result<Key> ServiceBase::keyIn(const Property &p, Id keyId) const
{
    auto k = m_dir.key(keyId);
    auto deleted = m_dir.keyDeleted(keyId);
    if (!k.ok() || k->propertyId != p.id || !deleted.ok() || *deleted)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no key with id %1 at %2.").arg(keyId).arg(p.name));
    return k;
}

Result<Person> ServiceBase::livePersonFor(const Manager &actor, Id personId, Property *property) const
{
    auto person = m_people.person(personId);
    if (!person.ok())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no person with id %1.").arg(personId));
    auto p = propertyFor(actor, person->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no person with id %1.").arg(personId));
    if (person->deletedAt)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 was deleted. To give them access again, send a new invitation.")
                             .arg(person->displayName()));
    if (property)
        *property = *p;
    return person;
}

Error ServiceBase::denied(const Manager &actor, std::optional<Id> propertyId, const QString &action,
                          const Error &error, std::optional<Id> personId)
{
    if (error.code != ErrorCode::PermissionDenied)
        return error;
    // A denial is itself an event worth keeping; its record must not depend on the refused operation.
    ActivityEvent e;
    e.at = now();
    e.propertyId = propertyId;
    e.managerId = actor.id;
    e.actor = actorLabel(actor);
    e.action = QStringLiteral("denied");
    e.personId = personId;
    e.result = QStringLiteral("denied");
    e.reason = action;
    e.detail = error.message;
    auto st = m_db.transaction([&]() -> Status {
        PORTER_TRY(m_journal.insertActivity(e));
        return {};
    });
    if (!st.ok())
        qCWarning(lcAccess) << "could not record a denial:" << st.error().message;
    return error;
}

Status ServiceBase::log(const Manager &actor, std::optional<Id> propertyId, const QString &action,
                        std::optional<Id> personId, const QString &detail, std::optional<Id> doorId)
{
    ActivityEvent e;
    e.at = now();
    e.propertyId = propertyId;
    e.managerId = actor.id;
    e.actor = actorLabel(actor);
    e.action = action;
    e.personId = personId;
    e.doorId = doorId;
    e.detail = detail;
    PORTER_TRY(m_journal.insertActivity(e));
    return {};
}

Result<QSet<Id>> ServiceBase::offlineDoorsOfKeys(const QList<Id> &keyIds) const
{
    QSet<Id> out;
    for (Id keyId : keyIds) {
        auto doors = m_dir.offlineDoorsOfKey(keyId);
        if (!doors.ok())
            return doors.error();
        for (Id d : *doors)
            out.insert(d);
    }
    return out;
}

Result<QSet<Id>> ServiceBase::offlineDoorsOfPerson(Id personId) const
{
    return m_people.offlineDoorsOfPerson(personId);
}

Status ServiceBase::markDoors(const QSet<Id> &doorIds, const QString &kind, std::optional<Id> personId,
                              const QString &summary, std::optional<qint64> effectiveAt)
{
    QList<Id> sorted(doorIds.begin(), doorIds.end());
    std::sort(sorted.begin(), sorted.end());
    for (Id doorId : sorted) {
        DoorChange c;
        c.doorId = doorId;
        c.at = now();
        c.kind = kind;
        c.personId = personId;
        c.summary = summary;
        c.effectiveAt = effectiveAt;
        PORTER_TRY(m_journal.recordDoorChange(c));
    }
    return {};
}

} // namespace porter
