#include "access/servicebase.h"

#include "access/permissions.h"
#include "door/accesslist.h"
#include "store/repositories.h"
#include "util/logging.h"

namespace porter {

struct ServiceBase::Repositories
{
    explicit Repositories(const Database &db)
        : dir(db)
        , people(db)
        , journal(db)
    {}
    DirectoryRepository dir;
    PeopleRepository people;
    JournalRepository journal;
};

ServiceBase::ServiceBase(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_repositories(std::make_unique<Repositories>(db))
    , m_dir(m_repositories->dir)
    , m_people(m_repositories->people)
    , m_journal(m_repositories->journal)
{}

ServiceBase::~ServiceBase() = default;

QString ServiceBase::actorLabel(const Manager &m)
{
    return QStringLiteral("%1 <%2>").arg(m.name, m.email);
}

Result<Property> ServiceBase::propertyFor(const Manager &actor, Id propertyId) const
{
    if (m_batch) {
        if (auto known = m_batch->reads.properties.find(propertyId);
            known != m_batch->reads.properties.end()) {
            if (known->portfolioId == actor.portfolioId)
                return *known;
        }
    }
    auto p = m_dir.property(propertyId);
    if (m_batch && p.ok())
        m_batch->reads.properties.insert(propertyId, *p);
    if (!p.ok() || p->portfolioId != actor.portfolioId)
        return makeError(ErrorCode::NotFound,
                         tr("There is no property with id %1 in your portfolio.").arg(propertyId));
    return p;
}

Result<Key> ServiceBase::keyIn(const Property &p, Id keyId) const
{
    if (m_batch) {
        if (auto known = m_batch->reads.keys.find(keyId);
            known != m_batch->reads.keys.end() && known->propertyId == p.id)
            return *known;
    }
    auto k = m_dir.liveKey(keyId);
    if (!k.ok() && k.error().code != ErrorCode::NotFound)
        return k.error();
    if (!k.ok() || k->propertyId != p.id)
        return noSuchKey(p, keyId);
    if (m_batch)
        m_batch->reads.keys.insert(keyId, *k);
    return k;
}

Error ServiceBase::noSuchKey(const Property &p, Id keyId)
{
    return makeError(ErrorCode::NotFound, tr("There is no key with id %1 at %2.").arg(keyId).arg(p.name));
}

Result<QHash<Id, Key>> ServiceBase::keysIn(const Property &p, const QList<Id> &keyIds) const
{
    QHash<Id, Key> out;
    if (m_batch) {
        // A bulk operation reads each key once anyway (keyIn keeps it).
        for (Id keyId : keyIds) {
            auto k = keyIn(p, keyId);
            if (k.ok())
                out.insert(keyId, *k);
            else if (k.error().code != ErrorCode::NotFound)
                return k.error();
        }
        return out;
    }
    const QSet<Id> distinct(keyIds.begin(), keyIds.end());
    PORTER_TRY_ASSIGN(const QList<Key> keys, m_dir.liveKeys(QList<Id>(distinct.begin(), distinct.end())));
    for (const Key &k : keys) {
        if (k.propertyId == p.id)
            out.insert(k.id, k);
    }
    return out;
}

Result<Person> ServiceBase::livePersonFor(const Manager &actor, Id personId, Property *property) const
{
    auto person = m_people.person(personId);
    if (!person.ok())
        return makeError(ErrorCode::NotFound, tr("There is no person with id %1.").arg(personId));
    auto p = propertyFor(actor, person->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no person with id %1.").arg(personId));
    if (person->deletedAt)
        return makeError(ErrorCode::NotFound,
                         tr("%1 was deleted. To give them access again, send a new invitation.")
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
    // Refused inside a transaction (the operation's own, or a unit of work's), the record is written
    // once that has ended: the rollback of the refused operation must not take it along.
    Database *db = &m_db;
    m_db.afterTransaction([db, e]() {
        auto st = db->transaction([&]() -> Status {
            PORTER_TRY(JournalRepository(*db).insertActivity(e));
            return {};
        });
        if (!st.ok())
            qCWarning(lcAccess) << "could not record a denial:" << st.error().message;
    });
    return error;
}

Status ServiceBase::log(const Manager &actor, std::optional<Id> propertyId, const QString &action,
                        std::optional<Id> personId, const QString &detail, const QVariantMap &params,
                        std::optional<Id> doorId)
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
    PORTER_TRY(m_journal.insertActivity(e, false, std::nullopt, params));
    return {};
}

Result<QSet<Id>> ServiceBase::offlineDoorsOfKeys(const QList<Id> &keyIds) const
{
    if (!m_batch)
        return m_dir.offlineDoorsOfKeys(keyIds);
    QSet<Id> out;
    for (Id keyId : keyIds) {
        if (auto known = m_batch->reads.offlineDoors.find(keyId);
            known != m_batch->reads.offlineDoors.end()) {
            for (Id d : *known)
                out.insert(d);
            continue;
        }
        auto doors = m_dir.offlineDoorsOfKey(keyId);
        if (!doors.ok())
            return doors.error();
        m_batch->reads.offlineDoors.insert(keyId, QList<Id>(doors->begin(), doors->end()));
        for (Id d : *doors)
            out.insert(d);
    }
    return out;
}

Result<QList<Id>> ServiceBase::heldKeyIds(Id personId) const
{
    auto grants = m_people.grants(personId, false);
    if (!grants.ok())
        return grants.error();
    auto shares = m_people.sharesOfGuest(personId, false);
    if (!shares.ok())
        return shares.error();
    QList<Id> keys;
    for (const Grant &g : *grants)
        keys << g.keyId;
    for (const GuestShare &s : *shares)
        keys << s.keyId;
    return keys;
}

Status ServiceBase::checkCredentialRight(const Manager &actor, const Property &p, Id personId,
                                         const QString &action)
{
    auto held = heldKeyIds(personId);
    if (!held.ok())
        return held.error();
    if (auto st = permissions::canIssueCredential(actor, p, *held); !st.ok())
        return denied(actor, p.id, action, st.error(), personId);
    return {};
}

Status ServiceBase::checkScheduleLimit(const Schedule &schedule)
{
    if (std::size_t(schedule.windows.size()) > door::kMaxWindowsPerSchedule)
        return makeError(ErrorCode::InvalidInput,
                         tr("A key's schedule can have at most %1 weekly windows (this one has %2): "
                            "that is all a door holds. Merge windows with the same hours.")
                             .arg(door::kMaxWindowsPerSchedule)
                             .arg(schedule.windows.size()));
    return {};
}

Status ServiceBase::checkPersonIdFits(Id personId)
{
    if (personId <= 0 || personId > Id(door::kMaxPersonId))
        return makeError(ErrorCode::InvalidInput,
                         tr("Porter has used up the %1 person numbers its doors and daily doorcodes "
                            "can carry (docs/doorcodes.md): no one more can be added.")
                             .arg(door::kMaxPersonId));
    return {};
}

QList<Id> ServiceBase::doorsOf(const QList<Key> &keys)
{
    QSet<Id> doors;
    for (const Key &key : keys)
        for (Id doorId : key.doorIds)
            doors.insert(doorId);
    QList<Id> sorted(doors.begin(), doors.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

Result<QList<Id>> ServiceBase::doorsOfKeys(const QList<Id> &keyIds) const
{
    QSet<Id> doors;
    for (Id keyId : keyIds) {
        std::optional<Key> known;
        if (m_batch) {
            if (auto it = m_batch->reads.keys.constFind(keyId); it != m_batch->reads.keys.cend())
                known = *it;
        }
        auto key = known ? Result<Key>(*known) : m_dir.key(keyId);
        if (!key.ok())
            return key.error();
        for (Id doorId : key->doorIds)
            doors.insert(doorId);
    }
    QList<Id> sorted(doors.begin(), doors.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

Status ServiceBase::checkDoorLimits(const QList<Id> &doorIds, std::optional<Id> person) const
{
    const DoorListRepository lists(m_db);
    // One person's rights changed (invite, grant, share): only their count can have grown past its
    // limit, and a door's holders only if there could be that many people at all. Cheap bounds settle
    // it almost always; the door is counted only when a bound is exceeded. The people of the whole
    // portfolio (the highest person number) first, then, in a large portfolio, those of the property.
    bool rightsFit = false, holdersFit = false;
    if (person) {
        auto bounds = lists.personBounds(*person, qint64(door::kMaxHolders));
        if (!bounds.ok())
            return bounds.error();
        rightsFit = std::size_t(bounds->openRights) <= door::kMaxRightsPerHolder;
        holdersFit =
            std::size_t(bounds->idBound) <= door::kMaxHolders ||
            (bounds->livePeopleOfProperty && std::size_t(*bounds->livePeopleOfProperty) <= door::kMaxHolders);
        if (rightsFit && holdersFit)
            return {};
    }
    for (Id doorId : doorIds) {
        if (person) {
            bool fits = true;
            if (!rightsFit) {
                auto mine = lists.personRightsAtDoor(doorId, *person);
                if (!mine.ok())
                    return mine.error();
                fits = std::size_t(*mine) <= door::kMaxRightsPerHolder;
            }
            if (fits && !holdersFit) {
                auto bound = lists.doorRightCount(doorId); // open grants and passes: ≥ its holders
                if (!bound.ok())
                    return bound.error();
                fits = std::size_t(*bound) <= door::kMaxHolders;
            }
            if (fits)
                continue;
        }
        auto load = lists.doorLoad(doorId);
        if (!load.ok())
            return load.error();
        auto door = m_dir.door(doorId);
        if (!door.ok())
            return door.error();
        if (std::size_t(load->holders) > door::kMaxHolders)
            return makeError(ErrorCode::InvalidInput,
                             tr("Door \u2018%1\u2019 would admit %2 people; a door holds at most %3. "
                                "Nothing was changed: end someone's access there first.")
                                 .arg(door->name)
                                 .arg(load->holders)
                                 .arg(door::kMaxHolders));
        if (std::size_t(load->maxRights) > door::kMaxRightsPerHolder)
            return makeError(ErrorCode::InvalidInput,
                             tr("Person %1 would hold %2 keys and passes that open door \u2018%3\u2019; a "
                                "door holds at most %4 for one person. Nothing was changed: end "
                                "one of them first.")
                                 .arg(load->busiestPerson)
                                 .arg(load->maxRights)
                                 .arg(door->name)
                                 .arg(door::kMaxRightsPerHolder));
        QSet<QString> distinct{Schedule{}.toText()};
        for (const QString &text : load->schedules) {
            auto schedule = Schedule::parse(text);
            distinct.insert(schedule.ok() ? schedule->toText() : text);
        }
        if (std::size_t(distinct.size()) > door::kMaxSchedules)
            return makeError(ErrorCode::InvalidInput,
                             tr("The keys that open door \u2018%1\u2019 would have %2 different "
                                "schedules; a door holds at most %3. Nothing was changed: give this "
                                "key the schedule of another key of that door.")
                                 .arg(door->name)
                                 .arg(distinct.size())
                                 .arg(door::kMaxSchedules));
    }
    return {};
}

Status ServiceBase::checkCardLimit(const Person &person) const
{
    auto n = DoorListRepository(m_db).activeCardCount(person.id);
    if (!n.ok())
        return n.error();
    if (std::size_t(*n) > door::kMaxCardsPerHolder)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 already has %2 active keycards, the most a door holds for one "
                            "person. Deactivate one first.")
                             .arg(person.displayName())
                             .arg(door::kMaxCardsPerHolder));
    return {};
}

Result<QSet<Id>> ServiceBase::offlineDoorsOfPerson(Id personId) const
{
    return m_people.offlineDoorsOfPerson(personId);
}

Status ServiceBase::markDoors(const QSet<Id> &doorIds, const QString &kind, std::optional<Id> personId,
                              const QString &summary, const QVariantMap &params,
                              std::optional<qint64> effectiveAt)
{
    if (m_batch && !doorIds.isEmpty()) {
        m_batch->doors.unite(doorIds);
        if (!effectiveAt)
            m_batch->dueNow = true;
        else if (!m_batch->earliestStart || *effectiveAt < *m_batch->earliestStart)
            m_batch->earliestStart = effectiveAt;
        return {};
    }
    // In door order, as every writer takes the doors' journal locks (PostgreSQL) in that order.
    QList<Id> sorted(doorIds.begin(), doorIds.end());
    std::sort(sorted.begin(), sorted.end());
    QList<DoorChange> changes;
    for (Id doorId : sorted) {
        DoorChange c;
        c.doorId = doorId;
        c.at = now();
        c.kind = kind;
        c.personId = personId;
        c.summary = summary;
        c.effectiveAt = effectiveAt;
        c.params = params;
        changes.append(c);
    }
    return m_journal.recordDoorChanges(changes);
}

} // namespace porter
