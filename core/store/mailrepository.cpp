#include "store/mailrepository.h"

#include <QSqlQuery>

namespace porter {

namespace {

const QString kDueCols = QStringLiteral(
    "o.id, o.created_at, o.property_id, o.person_id, o.kind, o.to_addr, o.subject, o.message_id, "
    "o.sealed, o.day, o.attempts");

OutboxDue dueFrom(const QSqlQuery &q)
{
    OutboxDue d;
    d.id = q.value(0).toLongLong();
    d.createdAt = q.value(1).toLongLong();
    d.propertyId = optId(q.value(2));
    d.personId = optId(q.value(3));
    d.kind = q.value(4).toString();
    d.to = q.value(5).toString();
    d.subject = q.value(6).toString();
    d.messageId = q.value(7).toString();
    d.sealed = q.value(8).toByteArray();
    d.day = q.value(9).toString();
    d.attempts = q.value(10).toInt();
    return d;
}

} // namespace

Result<QList<OutboxDue>> MailRepository::due(Id portfolioId, qint64 now, int limit) const
{
    return m_db.rows<OutboxDue>(
        QStringLiteral("SELECT ") + kDueCols +
            QStringLiteral(" FROM outbox o JOIN property pr ON pr.id = o.property_id "
                           "WHERE o.status = 'queued' AND o.next_attempt_at <= ? AND pr.portfolio_id = ? "
                           "ORDER BY o.next_attempt_at, o.id LIMIT ?"),
        {now, portfolioId, limit}, dueFrom);
}

Result<int> MailRepository::queuedCount(Id portfolioId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM outbox o JOIN property pr ON pr.id = o.property_id "
                                 "WHERE o.status = 'queued' AND pr.portfolio_id = ?"),
                  {portfolioId});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status MailRepository::claim(Id id, qint64 now, qint64 leaseUntil, const QString &messageId,
                             const QByteArray &sealed, const QString &subject)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, "
                                       "next_attempt_at = ?, message_id = ?, sealed = ?, subject = ? "
                                       "WHERE id = ? AND status = 'queued'"),
                        {now, leaseUntil, messageId, sealed, text(subject), id}));
    return {};
}

Status MailRepository::setActivation(Id personId, const QByteArray &salt, const QByteArray &hash,
                                     qint64 expiresAt)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE person SET activation_salt = ?, activation_hash = ?, "
                                       "activation_expires_at = ? WHERE id = ?"),
                        {salt, hash, expiresAt, personId}));
    return {};
}

Result<QList<std::pair<Id, QString>>> MailRepository::doorcodeRecipients(Id propertyId, qint64 from,
                                                                         qint64 to) const
{
    return m_db.rows<std::pair<Id, QString>>(
        QStringLiteral(
            "SELECT p.id, p.email FROM person p WHERE p.property_id = ? AND p.access_method = 'doorcode' "
            "AND p.deleted_at IS NULL AND p.revoked_at IS NULL AND ("
            " EXISTS (SELECT 1 FROM access_grant g WHERE g.person_id = p.id AND g.ended_at IS NULL"
            "  AND g.starts_at < ? AND (g.expires_at IS NULL OR g.expires_at > ?))"
            " OR EXISTS (SELECT 1 FROM guest_share s WHERE s.guest_person_id = p.id AND s.ended_at IS NULL"
            "  AND s.starts_at < ? AND (s.expires_at IS NULL OR s.expires_at > ?))) ORDER BY p.id"),
        {propertyId, to, from, to, from},
        [](const QSqlQuery &q) { return std::make_pair(q.value(0).toLongLong(), q.value(1).toString()); });
}

Status MailRepository::markSent(Id id, qint64 now)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '' "
                                       "WHERE id = ?"),
                        {now, id}));
    return {};
}

Status MailRepository::markDeferred(Id id, qint64 nextAttemptAt, const QString &reason)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ? "
                                       "WHERE id = ? AND status = 'queued'"),
                        {nextAttemptAt, text(reason), id}));
    return {};
}

Status MailRepository::markFailed(Id id, const QString &reason)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?"),
                        {text(reason), id}));
    return {};
}

Result<bool> MailRepository::requeue(Id id, qint64 now)
{
    // Written again at its next claim, under a new Message-ID: the server refused the old one, so nobody
    // received it, and a welcome email retried weeks later gets a code that still works (the old one
    // may have expired or been replaced by a resend) and today's rules (revoked, the doorcode's day).
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, sealed = NULL, "
                                 "message_id = NULL WHERE id = ? AND status = 'failed'"),
                  {now, id});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<OutboxMessage> MailRepository::message(Id id) const
{
    return m_db.row<OutboxMessage>(
        QStringLiteral("SELECT id, created_at, property_id, person_id, kind, to_addr, subject, status, "
                       "attempts, last_error, sent_at, next_attempt_at, message_id, day FROM outbox "
                       "WHERE id = ?"),
        {id},
        [](const QSqlQuery &q) {
            OutboxMessage m;
            m.id = q.value(0).toLongLong();
            m.createdAt = q.value(1).toLongLong();
            m.propertyId = optId(q.value(2));
            m.personId = optId(q.value(3));
            m.kind = q.value(4).toString();
            m.to = q.value(5).toString();
            m.subject = q.value(6).toString();
            m.status = q.value(7).toString();
            m.attempts = q.value(8).toInt();
            m.lastError = q.value(9).toString();
            if (!q.value(10).isNull())
                m.sentAt = q.value(10).toLongLong();
            m.nextAttemptAt = q.value(11).toLongLong();
            m.messageId = q.value(12).toString();
            m.day = q.value(13).toString();
            return m;
        },
        [&] {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("porter::MailRepository",
                                                         "There is no message with id %1 in the outbox.")
                                 .arg(id));
        });
}

Result<bool> MailRepository::queueDaily(Id propertyId, Id personId, const QString &to, const QString &subject,
                                        const QString &day, const QString &messageIdLocal, qint64 now)
{
    // The partial unique index outbox_daily makes a second queuing for the day a no-op.
    auto q =
        m_db.exec(QStringLiteral(
                      "INSERT INTO outbox (created_at, property_id, person_id, kind, to_addr, subject, body, "
                      "message_id, day) VALUES (?, ?, ?, 'doorcode', ?, ?, '', ?, ?) ON CONFLICT DO NOTHING"),
                  {now, propertyId, personId, text(to), text(subject), text(messageIdLocal), text(day)});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<std::optional<MailRepository::Settings>> MailRepository::settings(Id portfolioId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT host, port, security, user_name, from_address, from_name, "
                                      "timeout_secs, verify_peer, ca_file, doorcode_time FROM mail_settings "
                                      "WHERE portfolio_id = ?"),
                       {portfolioId});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return std::optional<Settings>();
    }
    Settings s;
    s.host = q->value(0).toString();
    s.port = q->value(1).toInt();
    s.security = q->value(2).toString();
    s.user = q->value(3).toString();
    s.fromAddress = q->value(4).toString();
    s.fromName = q->value(5).toString();
    s.timeoutSecs = q->value(6).toInt();
    s.verifyPeer = q->value(7).toBool();
    s.caFile = q->value(8).toString();
    s.doorcodeTime = q->value(9).toString();
    return std::optional<Settings>(s);
}

Status MailRepository::saveSettings(Id portfolioId, const Settings &s)
{
    PORTER_TRY(m_db.run(
        QStringLiteral(
            "INSERT INTO mail_settings (portfolio_id, host, port, security, user_name, from_address, "
            "from_name, timeout_secs, verify_peer, ca_file, doorcode_time) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (portfolio_id) DO UPDATE SET "
            "host = excluded.host, port = excluded.port, security = excluded.security, "
            "user_name = excluded.user_name, from_address = excluded.from_address, "
            "from_name = excluded.from_name, timeout_secs = excluded.timeout_secs, "
            "verify_peer = excluded.verify_peer, ca_file = excluded.ca_file, "
            "doorcode_time = excluded.doorcode_time"),
        {portfolioId, text(s.host), s.port, text(s.security), text(s.user), text(s.fromAddress),
         text(s.fromName), s.timeoutSecs, s.verifyPeer, text(s.caFile), text(s.doorcodeTime)}));
    return {};
}

} // namespace porter
