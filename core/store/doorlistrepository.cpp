#include "store/doorlistrepository.h"

namespace porter {

Result<DoorListRepository::DoorHeader> DoorListRepository::doorHeader(Id doorId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT d.id, d.property_id, d.name, d.type, p.time_zone, p.name, p.portfolio_id "
                       "FROM door d JOIN property p ON p.id = d.property_id WHERE d.id = ?"),
        {doorId});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
    }
    DoorHeader h;
    h.door.id = q->value(0).toLongLong();
    h.door.propertyId = q->value(1).toLongLong();
    h.door.name = q->value(2).toString();
    h.door.type = doorTypeFromString(q->value(3).toString()).value_or(DoorType::BuildingEntrance);
    h.property.id = h.door.propertyId;
    h.property.timeZone = q->value(4).toString();
    h.property.name = q->value(5).toString();
    h.property.portfolioId = q->value(6).toLongLong();
    return h;
}

Result<QList<DoorListRepository::RightRow>> DoorListRepository::openRights(Id doorId) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT w.person_id, w.key_id, w.starts_at, w.expires_at, k.schedule, k.doorcodes_allowed, "
            "p.access_method, p.app_key_generation FROM ("
            " SELECT person_id, key_id, starts_at, expires_at FROM access_grant WHERE ended_at IS NULL"
            " AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)"
            " UNION ALL SELECT guest_person_id, key_id, starts_at, expires_at FROM guest_share"
            " WHERE ended_at IS NULL AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)"
            ") w JOIN access_key k ON k.id = w.key_id JOIN person p ON p.id = w.person_id "
            "WHERE k.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY w.person_id, w.key_id, "
            "w.starts_at"),
        {doorId, doorId});
    if (!q.ok())
        return q.error();
    QList<RightRow> out;
    while (q->next()) {
        RightRow r;
        r.personId = q->value(0).toLongLong();
        r.keyId = q->value(1).toLongLong();
        r.startsAt = q->value(2).toLongLong();
        if (!q->value(3).isNull())
            r.expiresAt = q->value(3).toLongLong();
        r.schedule = q->value(4).toString();
        r.doorcodesAllowed = q->value(5).toBool();
        r.method = accessMethodFromString(q->value(6).toString()).value_or(AccessMethod::App);
        r.appKeyGeneration = q->value(7).toLongLong();
        out.append(r);
    }
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<QList<std::pair<Id, QString>>> DoorListRepository::activeCards(Id doorId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT c.person_id, c.serial FROM keycard c WHERE c.active = 1 AND "
                       "c.removed_at IS NULL AND c.person_id IN (SELECT person_id FROM access_grant "
                       "WHERE ended_at IS NULL AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?) "
                       "UNION SELECT guest_person_id FROM guest_share WHERE ended_at IS NULL AND key_id IN "
                       "(SELECT key_id FROM key_door WHERE door_id = ?)) ORDER BY c.serial"),
        {doorId, doorId});
    if (!q.ok())
        return q.error();
    QList<std::pair<Id, QString>> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString()});
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<QList<Id>> DoorListRepository::doorcodePeopleWithEndedRights(Id propertyId, Id doorId) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT DISTINCT p.id FROM person p WHERE p.access_method = 'doorcode' AND p.property_id = ? "
            "AND (EXISTS (SELECT 1 FROM access_grant g WHERE g.person_id = p.id AND g.ended_at IS NOT NULL "
            "AND g.key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)) "
            "OR EXISTS (SELECT 1 FROM guest_share g WHERE g.guest_person_id = p.id AND g.ended_at IS NOT "
            "NULL "
            "AND g.key_id IN (SELECT key_id FROM key_door WHERE door_id = ?))) ORDER BY p.id"),
        {propertyId, doorId, doorId});
    if (!q.ok())
        return q.error();
    QList<Id> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<DoorListRepository::AckState> DoorListRepository::ackState(Id doorId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ack_version, ack_hash, ack_list, (SELECT coalesce(max(seq), 0) FROM "
                                 "door_change WHERE door_id = door.id) FROM door WHERE id = ?"),
                  {doorId});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
    }
    AckState a;
    a.ackedVersion = versionFrom(q->value(0));
    a.hash = q->value(1).toByteArray();
    a.list = q->value(2).toByteArray();
    a.latestChange = versionFrom(q->value(3));
    return a;
}

Result<DoorListRepository::DoorLoad> DoorListRepository::doorLoad(Id doorId) const
{
    DoorLoad load;
    const QString perPerson =
        QStringLiteral("SELECT w.pid AS pid, count(*) AS n FROM ("
                       " SELECT person_id AS pid, key_id FROM access_grant WHERE ended_at IS NULL"
                       " AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)"
                       " UNION ALL SELECT guest_person_id, key_id FROM guest_share WHERE ended_at IS NULL"
                       " AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)"
                       ") w JOIN access_key k ON k.id = w.key_id JOIN person p ON p.id = w.pid "
                       "WHERE k.deleted_at IS NULL AND p.deleted_at IS NULL GROUP BY w.pid");
    auto q =
        m_db.exec(QStringLiteral("SELECT pid, n, (SELECT count(*) FROM (%1) everyone) FROM (%1) each_person "
                                 "ORDER BY n DESC, pid LIMIT 1")
                      .arg(perPerson),
                  {doorId, doorId, doorId, doorId});
    if (!q.ok())
        return q.error();
    if (q->next()) {
        load.busiestPerson = q->value(0).toLongLong();
        load.maxRights = q->value(1).toLongLong();
        load.holders = q->value(2).toLongLong();
    }
    PORTER_TRY(m_db.fetched(*q));
    auto k =
        m_db.exec(QStringLiteral("SELECT DISTINCT schedule FROM access_key WHERE deleted_at IS NULL AND id "
                                 "IN (SELECT key_id FROM key_door WHERE door_id = ?)"),
                  {doorId});
    if (!k.ok())
        return k.error();
    while (k->next())
        load.schedules << k->value(0).toString();
    PORTER_TRY(m_db.fetched(*k));
    return load;
}

Result<qint64> DoorListRepository::doorRightCount(Id doorId) const
{
    auto n = m_db.scalar(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM access_grant WHERE ended_at IS NULL AND key_id IN "
            "(SELECT key_id FROM key_door WHERE door_id = ?)) + (SELECT count(*) FROM guest_share "
            "WHERE ended_at IS NULL AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?))"),
        {doorId, doorId});
    if (!n.ok())
        return n.error();
    return n->toLongLong();
}

Result<qint64> DoorListRepository::personRightsAtDoor(Id doorId, Id personId) const
{
    auto n = m_db.scalar(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM access_grant g JOIN access_key k ON k.id = g.key_id "
            "WHERE g.person_id = ? AND g.ended_at IS NULL AND k.deleted_at IS NULL AND g.key_id IN "
            "(SELECT key_id FROM key_door WHERE door_id = ?)) + (SELECT count(*) FROM guest_share s "
            "JOIN access_key k ON k.id = s.key_id WHERE s.guest_person_id = ? AND s.ended_at IS NULL "
            "AND k.deleted_at IS NULL AND s.key_id IN (SELECT key_id FROM key_door WHERE door_id = ?))"),
        {personId, doorId, personId, doorId});
    if (!n.ok())
        return n.error();
    return n->toLongLong();
}

Result<DoorListRepository::PersonBounds> DoorListRepository::personBounds(Id personId,
                                                                          qint64 holdersLimit) const
{
    // One round trip: on a server each statement is one, and an invitation makes many. The property's
    // people are counted only when the highest id does not settle it.
    auto rows = m_db.rows<PersonBounds>(
        QStringLiteral(
            "WITH bound(id) AS (SELECT coalesce(max(id), 0) FROM person) "
            "SELECT (SELECT count(*) FROM access_grant WHERE person_id = ? AND ended_at IS NULL) + "
            "(SELECT count(*) FROM guest_share WHERE guest_person_id = ? AND ended_at IS NULL), bound.id, "
            "CASE WHEN bound.id > ? THEN (SELECT count(*) FROM person WHERE deleted_at IS NULL AND "
            "property_id = (SELECT property_id FROM person WHERE id = ?)) END FROM bound"),
        {personId, personId, holdersLimit, personId}, [](const QSqlQuery &q) {
            PersonBounds out;
            out.openRights = q.value(0).toLongLong();
            out.idBound = q.value(1).toLongLong();
            if (!q.value(2).isNull())
                out.livePeopleOfProperty = q.value(2).toLongLong();
            return out;
        });
    if (!rows.ok())
        return rows.error();
    if (rows->size() != 1)
        return makeError(ErrorCode::Internal, QStringLiteral("no bounds for person %1").arg(personId));
    return rows->constFirst();
}

Result<qint64> DoorListRepository::activeCardCount(Id personId) const
{
    auto n = m_db.scalar(
        QStringLiteral(
            "SELECT count(*) FROM keycard WHERE person_id = ? AND active = 1 AND removed_at IS NULL"),
        {personId});
    if (!n.ok())
        return n.error();
    return n->toLongLong();
}

Result<ListVersion> DoorListRepository::journalRefresh(Id doorId, qint64 now, ListVersion above) const
{
    if (m_db.isShared()) {
        // The server's sequence, moved up to `above` first when the door has seen a higher version
        // (a portfolio restored from an older backup): versions only grow. setval is not transactional,
        // and moving it up is right whatever becomes of this transaction. A function, as managers'
        // logins may not set the sequence themselves.
        PORTER_TRY(m_db.run(QStringLiteral("SELECT porter_journal_at_least(CAST(? AS BIGINT))"),
                            {bindVersion(above)}));
        auto seq = m_db.insert(QStringLiteral("INSERT INTO door_change (door_id, at, kind, summary) VALUES "
                                              "(?, ?, 'refresh', 'Time zone table and list refresh')"),
                               {doorId, now}, QStringLiteral("seq"));
        if (!seq.ok())
            return seq.error();
        return versionFrom(QVariant(*seq));
    }
    // The next sequence AUTOINCREMENT would give, or above + 1 if that is higher (AUTOINCREMENT then
    // continues from there: versions only grow).
    auto seq = m_db.insert(
        QStringLiteral("INSERT INTO door_change (seq, door_id, at, kind, summary) VALUES ("
                       "MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'door_change'), 0), "
                       "COALESCE((SELECT MAX(seq) FROM door_change), 0), ?) + 1, "
                       "?, ?, 'refresh', 'Time zone table and list refresh')"),
        {bindVersion(above), doorId, now}, QStringLiteral("seq"));
    if (!seq.ok())
        return seq.error();
    return versionFrom(QVariant(*seq));
}

Result<std::optional<qint64>> DoorListRepository::changeTime(Id doorId, ListVersion version) const
{
    auto at = m_db.scalar(QStringLiteral("SELECT at FROM door_change WHERE door_id = ? AND seq = ?"),
                          {doorId, bindVersion(version)});
    if (!at.ok())
        return at.error();
    if (at->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(at->toLongLong());
}

} // namespace porter
