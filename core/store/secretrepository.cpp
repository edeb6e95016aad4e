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
    PORTER_TRY(m_db.exec(
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
    PORTER_TRY(m_db.exec(
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
    PORTER_TRY(m_db.exec(QStringLiteral("DELETE FROM secret WHERE name = ?"), {name}));
    return {};
}

Result<bool> SecretRepository::hasSecret(const QString &name) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM secret WHERE name = ?"), {name});
    if (!v.ok())
        return v.error();
    return v->toInt() > 0;
}

} // namespace porter
