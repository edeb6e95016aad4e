#include "store/directoryrepository.h"

namespace porter {
namespace {

Property propertyFrom(const QSqlQuery &q)
{
    Property p;
    p.id = q.value(0).toLongLong();
    p.portfolioId = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.timeZone = q.value(3).toString();
    p.region = q.value(4).toString();
    p.address = q.value(5).toString();
    p.doorcodeDigits = q.value(6).toInt();
    return p;
}
const QString kPropertyCols =
    QStringLiteral("id, portfolio_id, name, time_zone, region, address, doorcode_digits");

Door doorFrom(const QSqlQuery &q)
{
    Door d;
    d.id = q.value(0).toLongLong();
    d.propertyId = q.value(1).toLongLong();
    d.name = q.value(2).toString();
    d.type = doorTypeFromString(q.value(3).toString()).value_or(DoorType::BuildingEntrance);
    d.connectivity = connectivityFromString(q.value(4).toString()).value_or(Connectivity::Offline);
    d.ackedVersion = versionFrom(q.value(5)); // ack_version: the acknowledged list version
    if (!q.value(6).isNull())
        d.batteryPercent = q.value(6).toInt();
    d.firmware = q.value(7).toString();
    if (!q.value(8).isNull())
        d.clockDriftSecs = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        d.lastSyncAt = q.value(9).toLongLong();
    d.commissioned = !q.value(10).isNull();
    d.commissioning = q.value(11).toLongLong();
    d.lostEntries = q.value(12).toLongLong();
    d.alarmCount = q.value(13).toInt();
    if (!q.value(14).isNull())
        d.doorcodeEpoch = q.value(14).toLongLong();
    if (!q.value(15).isNull())
        d.signingKeyEpoch = q.value(15).toLongLong();
    return d;
}
const QString kDoorCols = QStringLiteral(
    "id, property_id, name, type, connectivity, ack_version, battery, firmware, clock_drift, last_sync_at, "
    "commissioned_at, commissioning, lost_entries, "
    "(SELECT count(*) FROM door_alarm WHERE door_alarm.door_id = door.id), doorcode_epoch, "
    "signing_key_epoch");

Key keyFrom(const QSqlQuery &q)
{
    Key k;
    k.id = q.value(0).toLongLong();
    k.propertyId = q.value(1).toLongLong();
    k.name = q.value(2).toString();
    auto schedule = Schedule::parse(q.value(3).toString());
    if (schedule.ok())
        k.schedule = *schedule;
    k.doorcodesAllowed = q.value(4).toBool();
    k.shareable = q.value(5).toBool();
    return k;
}
const QString kKeyCols = QStringLiteral("id, property_id, name, schedule, doorcodes_allowed, shareable");

Manager managerFrom(const QSqlQuery &q)
{
    Manager m;
    m.id = q.value(0).toLongLong();
    m.portfolioId = q.value(1).toLongLong();
    m.email = q.value(2).toString();
    m.name = q.value(3).toString();
    m.role = managerRoleFromString(q.value(4).toString()).value_or(ManagerRole::PropertyManager);
    m.keyManagement = keyManagementFromString(q.value(5).toString()).value_or(KeyManagement::None);
    m.deviceManagement = q.value(6).toBool();
    m.login = q.value(7).toString();
    return m;
}
const QString kManagerCols =
    QStringLiteral("id, portfolio_id, email, name, role, key_management, device_management");

Error notFound(const QString &what, Id id)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("porter::DirectoryRepository", "There is no %1 with id %2.")
                         .arg(what)
                         .arg(id));
}

} // namespace

Result<Id> DirectoryRepository::insertPortfolio(const QString &name, qint64 now)
{
    return m_db.insert(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES (?, ?)"), {name, now});
}

Result<Portfolio> DirectoryRepository::portfolio(Id id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM portfolio WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return notFound(tr("portfolio"), id);
    }
    return Portfolio{q->value(0).toLongLong(), q->value(1).toString()};
}

Result<QList<Portfolio>> DirectoryRepository::portfolios() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM portfolio ORDER BY id"));
    if (!q.ok())
        return q.error();
    QList<Portfolio> out;
    while (q->next())
        out.append(Portfolio{q->value(0).toLongLong(), q->value(1).toString()});
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<Id> DirectoryRepository::insertProperty(const Property &p, qint64 now)
{
    return m_db.insert(QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, region, address, "
                                      "doorcode_digits, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {p.portfolioId, p.name, p.timeZone, p.region, text(p.address), p.doorcodeDigits, now});
}

Result<Property> DirectoryRepository::property(Id id) const
{
    return m_db.row<Property>(QStringLiteral("SELECT ") + kPropertyCols +
                                  QStringLiteral(" FROM property WHERE id = ?"),
                              {id}, propertyFrom, [&] { return notFound(tr("property"), id); });
}

Result<QList<Property>> DirectoryRepository::properties(Id portfolioId) const
{
    return m_db.rows<Property>(QStringLiteral("SELECT ") + kPropertyCols +
                                   QStringLiteral(" FROM property WHERE portfolio_id = ? ORDER BY name, id"),
                               {portfolioId}, propertyFrom);
}

Result<Id> DirectoryRepository::insertDoor(const Door &d, qint64 now)
{
    return m_db.insert(QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {d.propertyId, d.name, toString(d.type), toString(d.connectivity), now});
}

Result<Door> DirectoryRepository::door(Id id) const
{
    return m_db.row<Door>(QStringLiteral("SELECT ") + kDoorCols + QStringLiteral(" FROM door WHERE id = ?"),
                          {id}, doorFrom, [&] { return notFound(tr("door"), id); });
}

Result<QList<Door>> DirectoryRepository::doors(Id propertyId) const
{
    return m_db.rows<Door>(QStringLiteral("SELECT ") + kDoorCols +
                               QStringLiteral(" FROM door WHERE property_id = ? ORDER BY name, id"),
                           {propertyId}, doorFrom);
}

Result<QByteArray> DirectoryRepository::doorIdentityKey(Id doorId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT identity_key FROM door WHERE id = ?"), {doorId});
    if (!v.ok())
        return v.error();
    return v->toByteArray();
}

Status DirectoryRepository::setDoorCommissioned(Id doorId, const QByteArray &identityKey, qint64 now)
{
    PORTER_TRY(
        m_db.exec(QStringLiteral("UPDATE door SET identity_key = ?, commissioned_at = ?, ack_version = 0, "
                                 "ack_hash = NULL, ack_list = NULL, commissioning = commissioning + 1, "
                                 "lost_entries = 0 WHERE id = ?"),
                  {identityKey, now, doorId}));
    return {};
}

Status DirectoryRepository::setDoorLostEntries(Id doorId, qint64 lost)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE door SET lost_entries = ? WHERE id = ?"), {lost, doorId}));
    return {};
}

Status DirectoryRepository::setDoorcodeDigits(Id propertyId, int digits)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE property SET doorcode_digits = ? WHERE id = ?"),
                        {digits, propertyId}));
    return {};
}

Result<int> DirectoryRepository::commissionedDoorCount(Id propertyId) const
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM door WHERE property_id = ? AND identity_key IS NOT NULL"),
        {propertyId});
    if (!v.ok())
        return v.error();
    return v->toInt();
}

Status DirectoryRepository::setDoorAcknowledged(Id doorId, ListVersion baseVersion, ListVersion newVersion,
                                                const QByteArray &hash, const QByteArray &list)
{
    // Compare and set: another sync of this door (another window, another laptop) that recorded its
    // own acknowledgement meanwhile must not be written over with this one's older view.
    auto q = m_db.exec(QStringLiteral("UPDATE door SET ack_version = ?, ack_hash = ?, ack_list = ? "
                                      "WHERE id = ? AND ack_version = ?"),
                       {bindVersion(newVersion), hash, list, doorId, bindVersion(baseVersion)});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() == 1)
        return {};
    auto now = m_db.scalar(QStringLiteral("SELECT ack_version FROM door WHERE id = ?"), {doorId});
    if (!now.ok())
        return now.error();
    if (now->isNull())
        return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
    return makeError(ErrorCode::Conflict,
                     tr("Another sync recorded version %1 for door %2 while this one ran from version %3. "
                        "Nothing of this sync was recorded; sync the door again.")
                         .arg(versionFrom(*now))
                         .arg(doorId)
                         .arg(baseVersion));
}

Status DirectoryRepository::setDoorHealth(Id doorId, std::optional<int> battery, const QString &firmware,
                                          std::optional<qint64> drift, std::optional<qint64> lastSyncAt)
{
    PORTER_TRY(m_db.run(
        QStringLiteral("UPDATE door SET battery = coalesce(?, battery), firmware = coalesce(?, firmware), "
                       "clock_drift = coalesce(?, clock_drift), last_sync_at = coalesce(?, last_sync_at) "
                       "WHERE id = ?"),
        {nullable(battery), firmware.isEmpty() ? QVariant() : QVariant(firmware), nullable(drift),
         nullable(lastSyncAt), doorId}));
    return {};
}

Result<QByteArray> DirectoryRepository::doorAckList(Id doorId, QByteArray *hash) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ack_list, ack_hash FROM door WHERE id = ?"), {doorId});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return notFound(tr("door"), doorId);
    }
    if (hash)
        *hash = q->value(1).toByteArray();
    return q->value(0).toByteArray();
}

Result<Id> DirectoryRepository::insertKey(const Key &k, qint64 now)
{
    auto id =
        m_db.insert(QStringLiteral("INSERT INTO access_key (property_id, name, schedule, doorcodes_allowed, "
                                   "shareable, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {k.propertyId, k.name, k.schedule.toText(), k.doorcodesAllowed, k.shareable, now});
    if (!id.ok())
        return id;
    PORTER_TRY(setKeyDoors(*id, k.doorIds));
    return id;
}

Status DirectoryRepository::updateKey(const Key &k)
{
    PORTER_TRY(
        m_db.exec(QStringLiteral("UPDATE access_key SET name = ?, schedule = ?, doorcodes_allowed = ?, "
                                 "shareable = ? WHERE id = ?"),
                  {k.name, k.schedule.toText(), k.doorcodesAllowed, k.shareable, k.id}));
    return setKeyDoors(k.id, k.doorIds);
}

Status DirectoryRepository::setKeyDoors(Id keyId, const QList<Id> &doorIds)
{
    PORTER_TRY(m_db.run(QStringLiteral("DELETE FROM key_door WHERE key_id = ?"), {keyId}));
    for (Id doorId : doorIds)
        PORTER_TRY(m_db.run(QStringLiteral("INSERT INTO key_door (key_id, door_id) VALUES (?, ?) "
                                           "ON CONFLICT (key_id, door_id) DO NOTHING"),
                            {keyId, doorId}));
    return {};
}

Status DirectoryRepository::markKeyDeleted(Id keyId, qint64 now)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE access_key SET deleted_at = ? WHERE id = ?"), {now, keyId}));
    return {};
}

Result<Key> DirectoryRepository::key(Id id) const
{
    return keyWithDoors(id, QString());
}

Result<Key> DirectoryRepository::liveKey(Id id) const
{
    return keyWithDoors(id, QStringLiteral(" AND k.deleted_at IS NULL"));
}

Result<QList<Key>> DirectoryRepository::liveKeys(const QList<Id> &ids) const
{
    if (ids.isEmpty())
        return QList<Key>();
    QVariantList args;
    QStringList marks;
    for (Id id : ids) {
        args << id;
        marks << QStringLiteral("?");
    }
    return keysWithDoors(
        QStringLiteral("k.id IN (%1) AND k.deleted_at IS NULL").arg(marks.join(QStringLiteral(", "))), args);
}

Result<Key> DirectoryRepository::keyWithDoors(Id id, const QString &condition) const
{
    PORTER_TRY_ASSIGN(const QList<Key> keys, keysWithDoors(QStringLiteral("k.id = ?") + condition, {id}));
    if (keys.isEmpty())
        return notFound(tr("key"), id);
    return keys.constFirst();
}

Result<QList<Key>> DirectoryRepository::keysWithDoors(const QString &where, const QVariantList &args) const
{
    // The keys and their doors in one statement (on a server each is a round trip): a row per door, or one
    // with no door.
    auto rows = m_db.rows<std::pair<Key, QVariant>>(
        QStringLiteral("SELECT k.id, k.property_id, k.name, k.schedule, k.doorcodes_allowed, k.shareable, "
                       "kd.door_id FROM access_key k LEFT JOIN key_door kd ON kd.key_id = k.id WHERE %1 "
                       "ORDER BY k.id, kd.door_id")
            .arg(where),
        args, [](const QSqlQuery &q) { return std::make_pair(keyFrom(q), q.value(6)); });
    if (!rows.ok())
        return rows.error();
    QList<Key> out;
    for (const auto &row : *rows) {
        if (out.isEmpty() || out.constLast().id != row.first.id)
            out.append(row.first);
        if (!row.second.isNull())
            out.last().doorIds.append(row.second.toLongLong());
    }
    return out;
}

Result<bool> DirectoryRepository::keyDeleted(Id id) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT deleted_at IS NOT NULL FROM access_key WHERE id = ?"), {id});
    if (!v.ok())
        return v.error();
    return v->toBool();
}

Result<QList<Key>> DirectoryRepository::keys(Id propertyId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kKeyCols +
                           QStringLiteral(" FROM access_key WHERE property_id = ? AND deleted_at IS NULL "
                                          "ORDER BY name, id"),
                       {propertyId});
    if (!q.ok())
        return q.error();
    QList<Key> out;
    while (q->next())
        out.append(keyFrom(*q));
    PORTER_TRY(m_db.fetched(*q));
    for (Key &k : out) {
        auto doors = doorsOfKey(k.id);
        if (!doors.ok())
            return doors.error();
        k.doorIds = *doors;
    }
    return out;
}

Result<QList<Id>> DirectoryRepository::doorsOfKey(Id keyId) const
{
    return m_db.rows<Id>(QStringLiteral("SELECT door_id FROM key_door WHERE key_id = ? ORDER BY door_id"),
                         {keyId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

QString DirectoryRepository::managerCols() const
{
    // Only a server portfolio's managers have logins (SQLite's manager table has no db_role).
    return kManagerCols + (m_db.isShared() ? QStringLiteral(", db_role") : QStringLiteral(", ''"));
}

Status DirectoryRepository::setManagerLogin(Id managerId, const QString &login, const QString &verifier)
{
    PORTER_TRY(m_db.run(QStringLiteral("SELECT porter_set_login(?, ?, ?)"), {managerId, login, verifier}));
    return {};
}

Status DirectoryRepository::closeManagerLogin(Id managerId)
{
    PORTER_TRY(m_db.run(QStringLiteral("SELECT porter_close_login(?)"), {managerId}));
    return {};
}

Result<bool> DirectoryRepository::loginExists(const QString &login) const
{
    auto n =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), {login});
    if (!n.ok())
        return n.error();
    return n->toLongLong() > 0;
}

Result<DirectoryRepository::SessionLogin> DirectoryRepository::sessionLogin() const
{
    SessionLogin out;
    if (!m_db.isShared())
        return out;
    auto q = m_db.exec(QStringLiteral(
        "SELECT (SELECT id FROM porter_me()), porter_is_administrator(), CAST(session_user AS TEXT)"));
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return makeError(ErrorCode::Storage, QStringLiteral("no answer to who this session is"));
    }
    if (!q->value(0).isNull())
        out.managerId = q->value(0).toLongLong();
    out.administrator = q->value(1).toBool();
    out.login = q->value(2).toString();
    return out;
}

Result<Id> DirectoryRepository::insertManager(const Manager &m, const QString &passwordHash, qint64 now)
{
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO manager (portfolio_id, email, name, role, key_management, "
                       "device_management, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.portfolioId, m.email, m.name, toString(m.role), toString(m.keyManagement), m.deviceManagement,
         passwordHash, now});
    if (!id.ok())
        return id;
    PORTER_TRY(setManagerScope(*id, m.propertyIds, m.keyIds));
    return id;
}

Status DirectoryRepository::setManagerScope(Id managerId, const QList<Id> &propertyIds,
                                            const QList<Id> &keyIds)
{
    PORTER_TRY(m_db.run(QStringLiteral("DELETE FROM manager_property WHERE manager_id = ?"), {managerId}));
    PORTER_TRY(m_db.run(QStringLiteral("DELETE FROM manager_key WHERE manager_id = ?"), {managerId}));
    for (Id p : propertyIds)
        PORTER_TRY(
            m_db.exec(QStringLiteral("INSERT INTO manager_property (manager_id, property_id) VALUES (?, ?) "
                                     "ON CONFLICT (manager_id, property_id) DO NOTHING"),
                      {managerId, p}));
    for (Id k : keyIds)
        PORTER_TRY(m_db.run(QStringLiteral("INSERT INTO manager_key (manager_id, key_id) VALUES (?, ?) "
                                           "ON CONFLICT (manager_id, key_id) DO NOTHING"),
                            {managerId, k}));
    return {};
}

Result<Manager> DirectoryRepository::loadScope(Manager m) const
{
    auto props = m_db.exec(QStringLiteral("SELECT property_id FROM manager_property WHERE manager_id = ? "
                                          "ORDER BY property_id"),
                           {m.id});
    if (!props.ok())
        return props.error();
    while (props->next())
        m.propertyIds.append(props->value(0).toLongLong());
    PORTER_TRY(m_db.fetched(*props));
    auto keys = m_db.exec(
        QStringLiteral("SELECT key_id FROM manager_key WHERE manager_id = ? ORDER BY key_id"), {m.id});
    if (!keys.ok())
        return keys.error();
    while (keys->next())
        m.keyIds.append(keys->value(0).toLongLong());
    PORTER_TRY(m_db.fetched(*keys));
    return m;
}

Result<Manager> DirectoryRepository::manager(Id id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + managerCols() + QStringLiteral(" FROM manager WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return notFound(tr("manager"), id);
    }
    return loadScope(managerFrom(*q));
}

Result<std::optional<Manager>> DirectoryRepository::managerByEmail(const QString &email,
                                                                   QString *passwordHash) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + managerCols() +
                      QStringLiteral(", password_hash FROM manager WHERE email = ? AND disabled_at IS NULL"),
                  {email.trimmed()});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return std::optional<Manager>();
    }
    if (passwordHash)
        *passwordHash = q->value(8).toString();
    auto m = loadScope(managerFrom(*q));
    if (!m.ok())
        return m.error();
    return std::optional<Manager>(*m);
}

Result<QList<Manager>> DirectoryRepository::managers(Id portfolioId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + managerCols() +
                           QStringLiteral(" FROM manager WHERE portfolio_id = ? AND disabled_at IS NULL "
                                          "ORDER BY email"),
                       {portfolioId});
    if (!q.ok())
        return q.error();
    QList<Manager> base;
    while (q->next())
        base.append(managerFrom(*q));
    PORTER_TRY(m_db.fetched(*q));
    QList<Manager> out;
    for (const Manager &m : base) {
        auto full = loadScope(m);
        if (!full.ok())
            return full.error();
        out.append(*full);
    }
    return out;
}

Result<int> DirectoryRepository::managerCount() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM manager"));
    if (!v.ok())
        return v.error();
    return v->toInt();
}

Status DirectoryRepository::updateManager(const Manager &m)
{
    PORTER_TRY(
        m_db.exec(QStringLiteral("UPDATE manager SET email = ?, name = ?, role = ?, key_management = ?, "
                                 "device_management = ? WHERE id = ?"),
                  {m.email, m.name, toString(m.role), toString(m.keyManagement), m.deviceManagement, m.id}));
    return setManagerScope(m.id, m.propertyIds, m.keyIds);
}

Status DirectoryRepository::setManagerPassword(Id managerId, const QString &passwordHash)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE manager SET password_hash = ? WHERE id = ?"),
                        {passwordHash, managerId}));
    return {};
}

Status DirectoryRepository::setManagerRemoved(Id managerId, std::optional<qint64> removedAt)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE manager SET disabled_at = ? WHERE id = ?"),
                        {removedAt ? QVariant(*removedAt) : QVariant(), managerId}));
    return {};
}

Result<bool> DirectoryRepository::managerActive(Id managerId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM manager WHERE id = ? AND disabled_at IS NULL"),
                         {managerId});
    if (!v.ok())
        return v.error();
    return v->toInt() > 0;
}

Result<int> DirectoryRepository::activePortfolioManagerCount(Id portfolioId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM manager WHERE portfolio_id = ? AND "
                                        "role = 'portfolio' AND disabled_at IS NULL"),
                         {portfolioId});
    if (!v.ok())
        return v.error();
    return v->toInt();
}

Result<std::optional<Id>> DirectoryRepository::removedManagerWithEmail(Id portfolioId,
                                                                       const QString &email) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM manager WHERE portfolio_id = ? AND email = ? AND "
                                        "disabled_at IS NOT NULL"),
                         {portfolioId, email});
    if (!v.ok())
        return v.error();
    if (v->isNull())
        return std::optional<Id>();
    return std::optional<Id>(v->toLongLong());
}

Result<QList<Id>> DirectoryRepository::offlineDoorsOfKey(Id keyId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT d.id FROM key_door kd JOIN door d ON d.id = kd.door_id "
                                      "WHERE kd.key_id = ? AND d.connectivity = 'offline' ORDER BY d.id"),
                       {keyId});
    if (!q.ok())
        return q.error();
    QList<Id> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<QSet<Id>> DirectoryRepository::offlineDoorsOfKeys(const QList<Id> &keyIds) const
{
    // Up to 16 keys per statement: each count is a statement prepared once per connection.
    constexpr qsizetype kKeysPerStatement = 16;
    QSet<Id> out;
    for (qsizetype from = 0; from < keyIds.size(); from += kKeysPerStatement) {
        const QList<Id> chunk = keyIds.mid(from, kKeysPerStatement);
        QVariantList args;
        for (Id keyId : chunk)
            args << keyId;
        auto doors = m_db.rows<Id>(
            QStringLiteral(
                "SELECT DISTINCT d.id FROM key_door kd JOIN door d ON d.id = kd.door_id WHERE kd.key_id "
                "IN (%1) AND d.connectivity = 'offline'")
                .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            args, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
        if (!doors.ok())
            return doors.error();
        for (Id d : *doors)
            out.insert(d);
    }
    return out;
}

Result<QByteArray> DirectoryRepository::propertyPublicKey(Id propertyId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT public_key FROM property_key WHERE property_id = ?"),
                         {propertyId});
    if (!v.ok())
        return v.error();
    return v->toByteArray();
}

namespace {
// One epoch column of a property's key row; nullopt before its keys exist.
Result<std::optional<qint64>> propertyKeyEpoch(const Database &db, const char *column, Id propertyId)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM property_key WHERE property_id = ?").arg(QLatin1String(column)),
        {propertyId});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(db.fetched(*q));
        return std::optional<qint64>();
    }
    return std::optional<qint64>(q->value(0).toLongLong());
}
} // namespace

Result<std::optional<qint64>> DirectoryRepository::doorcodeEpoch(Id propertyId) const
{
    return propertyKeyEpoch(m_db, "doorcode_epoch", propertyId);
}

Status DirectoryRepository::setDoorcodeEpoch(Id propertyId, qint64 epoch, qint64 now)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE property_key SET doorcode_epoch = ?, doorcode_rotated_at = ? "
                                       "WHERE property_id = ? AND doorcode_epoch < ?"),
                        {epoch, now, propertyId, epoch}));
    return {};
}

Status DirectoryRepository::setDoorDoorcodeEpoch(Id doorId, qint64 epoch)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE door SET doorcode_epoch = ? WHERE id = ?"), {epoch, doorId}));
    return {};
}

Result<std::optional<qint64>> DirectoryRepository::signingKeyEpoch(Id propertyId) const
{
    return propertyKeyEpoch(m_db, "key_epoch", propertyId);
}

Result<QList<DirectoryRepository::KeyStepRow>> DirectoryRepository::keySteps(Id propertyId,
                                                                             qint64 afterEpoch) const
{
    auto q = m_db.exec(QStringLiteral("SELECT epoch, public_key, signature FROM property_key_step "
                                      "WHERE property_id = ? AND epoch > ? ORDER BY epoch"),
                       {propertyId, afterEpoch});
    if (!q.ok())
        return q.error();
    QList<KeyStepRow> out;
    while (q->next())
        out.append(
            KeyStepRow{q->value(0).toLongLong(), q->value(1).toByteArray(), q->value(2).toByteArray()});
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Status DirectoryRepository::rotatePropertyKey(Id propertyId, const KeyStepRow &step, qint64 now)
{
    // On a server the step and the key's move are one function the server runs (no manager writes either
    // table): docs/design/shared-portfolio.md, section 5.
    if (m_db.isShared()) {
        PORTER_TRY(m_db.run(QStringLiteral("SELECT porter_rotate_signing_key(%1, %2, %3, %4, %5)")
                                .arg(m_db.dialect().param(QStringLiteral("BIGINT")),
                                     m_db.dialect().param(QStringLiteral("BIGINT")),
                                     m_db.dialect().param(QStringLiteral("BYTEA")),
                                     m_db.dialect().param(QStringLiteral("BYTEA")),
                                     m_db.dialect().param(QStringLiteral("BIGINT"))),
                            {propertyId, step.epoch, step.publicKey, step.signature, now}));
        return {};
    }
    PORTER_TRY(m_db.run(QStringLiteral("INSERT INTO property_key_step (property_id, epoch, public_key, "
                                       "signature, created_at) VALUES (?, ?, ?, ?, ?)"),
                        {propertyId, step.epoch, step.publicKey, step.signature, now}));
    auto q =
        m_db.exec(QStringLiteral("UPDATE property_key SET first_public_key = CASE WHEN key_epoch = 1 THEN "
                                 "public_key ELSE first_public_key END, public_key = ?, key_epoch = ?, "
                                 "key_rotated_at = ? WHERE property_id = ? AND key_epoch = ?"),
                  {step.publicKey, step.epoch, now, propertyId, step.epoch - 1});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("The signing key of property %1 was rotated by someone else meanwhile.")
                .arg(propertyId));
    return {};
}

Result<QByteArray> DirectoryRepository::publicKeyOfEpoch(Id propertyId, qint64 epoch) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT k.key_epoch, k.public_key, k.first_public_key, "
                       "(SELECT s.public_key FROM property_key_step s WHERE s.property_id = "
                       "k.property_id AND s.epoch = ?) FROM property_key k WHERE k.property_id = ?"),
        {epoch, propertyId});
    if (!q.ok())
        return q.error();
    QByteArray key;
    if (q->next()) {
        const qint64 current = q->value(0).toLongLong();
        key = epoch == current ? q->value(1).toByteArray()
              : epoch == 1     ? q->value(2).toByteArray()
                               : q->value(3).toByteArray();
    }
    PORTER_TRY(m_db.fetched(*q));
    return key;
}

Result<qint64> DirectoryRepository::lastResetEpoch(Id propertyId) const
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT coalesce(max(epoch), 0) FROM property_key_step WHERE property_id = "
                       "? AND length(signature) = 0"),
        {propertyId});
    if (!v.ok())
        return v.error();
    return v->toLongLong();
}

Result<QList<QByteArray>> DirectoryRepository::publicKeysOnRecord(Id propertyId) const
{
    auto keys = m_db.rows<QByteArray>(
        QStringLiteral(
            "SELECT 1, 0, coalesce(first_public_key, public_key) FROM property_key WHERE property_id = ? "
            "UNION ALL SELECT 2, epoch, public_key FROM property_key_step WHERE property_id = ? "
            "UNION ALL SELECT 3, 0, public_key FROM property_key WHERE property_id = ? ORDER BY 1, 2"),
        {propertyId, propertyId, propertyId}, [](const QSqlQuery &q) { return q.value(2).toByteArray(); });
    if (!keys.ok())
        return keys.error();
    QList<QByteArray> out;
    for (const QByteArray &k : *keys) {
        if (!k.isEmpty() && !out.contains(k))
            out.append(k);
    }
    return out;
}

Status DirectoryRepository::setDoorSigningKeyEpoch(Id doorId, qint64 epoch)
{
    PORTER_TRY(
        m_db.exec(QStringLiteral("UPDATE door SET signing_key_epoch = ? WHERE id = ?"), {epoch, doorId}));
    return {};
}

Status DirectoryRepository::insertPropertyKey(Id propertyId, const QByteArray &publicKey, qint64 now)
{
    PORTER_TRY(m_db.run(
        QStringLiteral("INSERT INTO property_key (property_id, public_key, created_at) VALUES (?, ?, ?)"),
        {propertyId, publicKey, now}));
    return {};
}

} // namespace porter
