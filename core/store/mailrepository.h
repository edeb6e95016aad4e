#pragma once

#include "model/queries.h"
#include "store/database.h"

#include <QByteArray>

namespace porter {

// A queued message as the sender claims it.
struct OutboxDue
{
    Id id = 0;
    qint64 createdAt = 0;
    std::optional<Id> propertyId;
    std::optional<Id> personId;
    QString kind;
    QString to;
    QString subject;
    QString messageId; // local part only until first claimed, then the full id
    QByteArray sealed; // the rendered MIME entity, sealed; empty until first claimed
    QString day;
    int attempts = 0;
};

// The outbox as the mail sender sees it (claiming, recording attempts) and the portfolio's mail
// server settings. The outbox as managers see it is JournalRepository::outbox.
class MailRepository
{
public:
    explicit MailRepository(const Database &db)
        : m_db(db)
    {}

    // Queued mail of the portfolio's properties whose next attempt has come, oldest first.
    Result<QList<OutboxDue>> due(Id portfolioId, qint64 now, int limit) const;
    Result<int> queuedCount(Id portfolioId) const;
    // One attempt begins: counted, leased until `leaseUntil` (a crash before record() leaves the
    // message due again then), with its Message-ID and sealed rendering kept for every later attempt.
    Status claim(Id id, qint64 now, qint64 leaseUntil, const QString &messageId, const QByteArray &sealed,
                 const QString &subject);
    // The hash of the person's newest activation code (the code itself only travels in the sealed mail).
    Status setActivation(Id personId, const QByteArray &salt, const QByteArray &hash, qint64 expiresAt);
    // People of the property with doorcode access open at some moment of [from, to): live, not
    // revoked, with a grant or guest pass in that window. (id, email), by id.
    Result<QList<std::pair<Id, QString>>> doorcodeRecipients(Id propertyId, qint64 from, qint64 to) const;
    Status markSent(Id id, qint64 now);
    Status markDeferred(Id id, qint64 nextAttemptAt, const QString &reason);
    Status markFailed(Id id, const QString &reason);
    // A failed message back in the queue, due now. Returns whether it was failed.
    Result<bool> requeue(Id id, qint64 now);
    Result<OutboxMessage> message(Id id) const;

    // The daily doorcode mail of (person, day), unless one exists already (queued, sent or failed).
    // Returns whether it was queued now.
    Result<bool> queueDaily(Id propertyId, Id personId, const QString &to, const QString &subject,
                            const QString &day, const QString &messageIdLocal, qint64 now);

    struct Settings
    {
        QString host;
        int port = 587;
        QString security = QStringLiteral("starttls");
        QString user;
        QString fromAddress;
        QString fromName;
        int timeoutSecs = 30;
        bool verifyPeer = true;
        QString caFile;
        QString doorcodeTime = QStringLiteral("06:00");
    };
    Result<std::optional<Settings>> settings(Id portfolioId) const;
    Status saveSettings(Id portfolioId, const Settings &s);

private:
    const Database &m_db;
};

} // namespace porter
