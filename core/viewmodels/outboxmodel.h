#pragma once

#include "access/outboxservice.h"
#include "util/clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace porter {

// The mail Porter has written for one property (welcome emails, daily doorcodes), newest first, as
// OutboxService::messages gives it to the manager, with its delivery state: queued (and when the next
// attempt is, after a temporary failure), sent (when), failed (the server's reason). Optionally only one
// state (filtered by core) and only the mail of people whose name or address contains a text.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Recipient,
        Kind,
        Subject,
        Created,
        State,       // "Queued", "Sent 2026-12-02 10:42 EST", "Failed"
        Attempts,    // how many times Porter has tried to send it
        NextAttempt, // "Retrying at …" after a temporary failure
        Reason,      // the server's words for the last failure
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        PersonIdRole,
        SortRole,   // times: the instant; attempts: the number; others: the text
        StatusRole, // "queued", "sent" or "failed"
    };

    OutboxModel(OutboxService &outbox, QObject *parent = nullptr);

    // With a clock, a sent time or next attempt on today's date reads as the time alone ("Sent 10:42
    // EDT", "Retrying at 10:42 EDT"), so the columns stay narrow; without one, always date and time.
    void setClock(const Clock *clock) { m_clock = clock; }

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    // Part of the recipient's name or address, any case; empty: everyone.
    void setPersonFilter(const QString &text);
    // "queued", "sent" or "failed" (core filters); empty: every state.
    void setStatusFilter(const QString &status);
    void refresh();

    QString lastError() const { return m_lastError; }
    const OutboxMessage *messageAt(int row) const;
    // The row of the message with this outbox id, or -1.
    int rowOf(Id messageId) const;

    // Words for a manager, shared with the person panel's Emails tab.
    static QString stateText(const QString &status);
    static QString stateText(const OutboxMessage &m, const QTimeZone &zone, std::optional<qint64> now = {});
    static QString kindText(const QString &kind);
    // What a message of this kind says, in the reader's language (the email itself is written in the
    // person's language when it first leaves, and sealed: Porter never shows the codes it holds).
    static QString contentText(const OutboxMessage &m);
    static QString nextAttemptText(const OutboxMessage &m, const QTimeZone &zone,
                                   std::optional<qint64> now = {});
    // A time in the zone: "10:42 EDT" when on the same local day as `now`, else "2026-12-02 10:42 EST".
    static QString shortTime(qint64 utc, const QTimeZone &zone, std::optional<qint64> now);
    // The same with the time already formatted (the person panel formats times its own way).
    static QString sentText(const QString &time);  // "Sent <time>"
    static QString retryText(const QString &time); // "Retrying at <time>"
    static bool waitsForRetry(const OutboxMessage &m);
    // The first line of the server's reason (the whole of it goes to the tooltip).
    static QString shortReason(const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString recipient(const OutboxMessage &m) const;

    std::optional<qint64> now() const;

    OutboxService &m_outbox;
    const Clock *m_clock = nullptr;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    QString m_personFilter;
    QString m_statusFilter;
    QList<OutboxMessage> m_messages;
    QHash<Id, QString> m_names; // person id -> name, deleted people included
    QString m_lastError;
};

} // namespace porter
