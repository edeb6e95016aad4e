#include "store/secretrepository.h"

#include <QUuid>

namespace porter {

Result<QString> SecretRepository::installationUuid() const
{
    auto existing = m_db.scalar(QStringLiteral("SELECT uuid FROM installation WHERE id = 1"));
    if (!existing.ok())
        return existing.error();
    if (!existing->isNull())
        return existing->toString();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    PORTER_TRY(m_db.run(
        QStringLiteral("INSERT INTO installation (id, uuid) VALUES (1, ?) ON CONFLICT (id) DO NOTHING"),
        {uuid}));
    auto again = m_db.scalar(QStringLiteral("SELECT uuid FROM installation WHERE id = 1"));
    if (!again.ok())
        return again.error();
    return again->toString();
}

Status SecretRepository::putSecret(const QString &name, const QByteArray &nonce, const QByteArray &sealed,
                                   qint64 now) const
{
    PORTER_TRY(m_db.run(
        QStringLiteral("INSERT INTO secret (name, nonce, ciphertext, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET nonce = excluded.nonce, "
                       "ciphertext = excluded.ciphertext, created_at = excluded.created_at"),
        {name, nonce, sealed, now}));
    return {};
}

Result<std::pair<QByteArray, QByteArray>> SecretRepository::secret(const QString &name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT nonce, ciphertext FROM secret WHERE name = ?"), {name});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return makeError(ErrorCode::NotFound, tr("Porter holds no secret named %1.").arg(name));
    }
    return std::pair<QByteArray, QByteArray>(q->value(0).toByteArray(), q->value(1).toByteArray());
}

Status SecretRepository::removeSecret(const QString &name) const
{
    PORTER_TRY(m_db.run(QStringLiteral("DELETE FROM secret WHERE name = ?"), {name}));
    return {};
}

Result<bool> SecretRepository::hasSecret(const QString &name) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM secret WHERE name = ?"), {name});
    if (!v.ok())
        return v.error();
    return v->toInt() > 0;
}

Result<QStringList> SecretRepository::secretNames(const QString &prefix) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM secret WHERE substr(name, 1, ?) = ? ORDER BY name"),
                       {prefix.size(), prefix});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<std::optional<QByteArray>> SecretRepository::deviceKey(Id managerId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT public_key FROM manager_device_key WHERE manager_id = ?"),
                         {managerId});
    if (!v.ok())
        return v.error();
    if (v->isNull())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(v->toByteArray());
}

Status SecretRepository::putDeviceKey(Id managerId, const QByteArray &publicKey, qint64 now) const
{
    PORTER_TRY(m_db.run(QStringLiteral("INSERT INTO manager_device_key (manager_id, public_key, created_at) "
                                       "VALUES (?, ?, ?)"),
                        {managerId, publicKey, now}));
    return {};
}

Status SecretRepository::replaceDeviceKey(Id managerId, const QByteArray &publicKey, qint64 now) const
{
    PORTER_TRY(
        m_db.exec(QStringLiteral("SELECT porter_replace_device_key(?, ?, ?)"), {managerId, publicKey, now}));
    return {};
}

Result<QList<std::pair<Id, QByteArray>>> SecretRepository::doorSecretHolders(Id propertyId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT m.id, k.public_key FROM manager m "
                                      "LEFT JOIN manager_device_key k ON k.manager_id = m.id "
                                      "WHERE porter_holds_door_secrets(m.id, ?) ORDER BY m.id"),
                       {propertyId});
    if (!q.ok())
        return q.error();
    QList<std::pair<Id, QByteArray>> out;
    while (q->next())
        out.append(
            {q->value(0).toLongLong(), q->value(1).isNull() ? QByteArray() : q->value(1).toByteArray()});
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Status SecretRepository::putWrap(const Wrapped &w, Id wrappedBy, qint64 now) const
{
    PORTER_TRY(m_db.run(QStringLiteral("DELETE FROM secret_wrap WHERE name = ? AND manager_id = ?"),
                        {w.name, w.managerId}));
    PORTER_TRY(
        m_db.exec(QStringLiteral("INSERT INTO secret_wrap (name, manager_id, property_id, recipient_key, "
                                 "ephemeral_public, nonce, ciphertext, endorsement, secret_signature, "
                                 "wrapped_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {w.name, w.managerId, w.propertyId, w.recipientKey, w.ephemeralPublic, w.nonce,
                   w.ciphertext, w.endorsement,
                   w.secretSignature.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                               : QVariant(w.secretSignature),
                   wrappedBy, now}));
    return {};
}

Result<std::optional<SecretRepository::Wrapped>> SecretRepository::wrap(const QString &name,
                                                                        Id managerId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT property_id, recipient_key, ephemeral_public, nonce, ciphertext, "
                       "endorsement, secret_signature FROM secret_wrap WHERE name = ? AND manager_id = ?"),
        {name, managerId});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return std::optional<Wrapped>();
    }
    Wrapped w;
    w.name = name;
    w.managerId = managerId;
    w.propertyId = q->value(0).toLongLong();
    w.recipientKey = q->value(1).toByteArray();
    w.ephemeralPublic = q->value(2).toByteArray();
    w.nonce = q->value(3).toByteArray();
    w.ciphertext = q->value(4).toByteArray();
    w.endorsement = q->value(5).toByteArray();
    w.secretSignature = q->value(6).isNull() ? QByteArray() : q->value(6).toByteArray();
    return std::optional<Wrapped>(std::move(w));
}

Result<bool> SecretRepository::hasWrap(const QString &name) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM secret_wrap WHERE name = ?"), {name});
    if (!v.ok())
        return v.error();
    return v->toInt() > 0;
}

Status SecretRepository::removeWraps(const QString &name) const
{
    PORTER_TRY(m_db.run(QStringLiteral("DELETE FROM secret_wrap WHERE name = ?"), {name}));
    return {};
}

Status SecretRepository::removeWraps(Id managerId, Id propertyId) const
{
    PORTER_TRY(m_db.run(QStringLiteral("DELETE FROM secret_wrap WHERE manager_id = ? AND property_id = ?"),
                        {managerId, propertyId}));
    return {};
}

Result<QList<std::pair<Id, QString>>> SecretRepository::wrappedFor(Id managerId, Id propertyId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT property_id, name FROM secret_wrap WHERE manager_id = ? "
                                      "AND (? = 0 OR property_id = ?) ORDER BY property_id, name"),
                       {managerId, propertyId, propertyId});
    if (!q.ok())
        return q.error();
    QList<std::pair<Id, QString>> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString()});
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<QList<SecretRepository::Wrapped>> SecretRepository::wrapIndex(Id propertyId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, manager_id, property_id, recipient_key, endorsement "
                                      "FROM secret_wrap WHERE (? = 0 OR property_id = ?) "
                                      "ORDER BY property_id, name, manager_id"),
                       {propertyId, propertyId});
    if (!q.ok())
        return q.error();
    QList<Wrapped> out;
    while (q->next()) {
        Wrapped w;
        w.name = q->value(0).toString();
        w.managerId = q->value(1).toLongLong();
        w.propertyId = q->value(2).toLongLong();
        w.recipientKey = q->value(3).toByteArray();
        w.endorsement = q->value(4).toByteArray();
        out.append(std::move(w));
    }
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

} // namespace porter
