#pragma once

#include "model/queries.h"
#include "model/types.h"
#include "store/database.h"

namespace porter {

// Append-mostly records: activity, the mail outbox and the per-door change journal.
class JournalRepository
{
public:
    explicit JournalRepository(const Database &db)
        : m_db(db)
    {}

    // `params`: the values of the record's sentence, kept as JSON for rendering it in any language.
    Result<Id> insertActivity(const ActivityEvent &e, bool isPrivate = false,
                              std::optional<qint64> doorSeq = {}, const QVariantMap &params = {});
    Result<QList<ActivityEvent>> activity(const ActivityFilter &f) const;
    // The same records with the names of their person (deleted or not) and door, and how many there are.
    Result<QList<ActivityRow>> activityRows(const ActivityFilter &f) const;
    Result<int> activityCount(const ActivityFilter &f) const;
    // A door event, imported once: a repeated (door, commissioning, door sequence) is ignored.
    // Returns whether it was new.
    Result<bool> insertDoorEvent(const ActivityEvent &e, bool isPrivate, qint64 commissioning,
                                 qint64 doorSeq);
    // A door alarm; one the door raised (doorSeq set) is recorded once per (door, commissioning,
    // seq). Returns whether it was new.
    Result<bool> insertDoorAlarm(const DoorAlarm &a, qint64 now);
    // A door's alarms, newest first.
    Result<QList<DoorAlarm>> doorAlarms(Id doorId, int limit = 100) const;

    Result<Id> enqueueMail(const OutboxMessage &m);
    // The mail of these properties (personId: only that person's), oldest first; every filter runs in SQL.
    Result<QList<OutboxMessage>> outbox(const QList<Id> &propertyIds, const QString &status = {},
                                        std::optional<Id> personId = {}) const;

    Result<Id> recordDoorChange(const DoorChange &c);
    // Several doors' changes, numbered in the list's order, in as few statements as possible (up to
    // 16 rows each: a statement is prepared once per row count).
    Status recordDoorChanges(const QList<DoorChange> &changes);
    // The door's journal entries above a list version (a version is the sequence of the newest entry
    // its list includes).
    Result<QList<DoorChange>> pendingChanges(Id doorId, ListVersion sinceVersion, int limit = 1000) const;
    Result<qint64> latestChange(Id doorId) const;
    // How many journal entries of the door lie in (sinceVersion, upToVersion] (no upper bound when none).
    Result<int> changeCount(Id doorId, ListVersion sinceVersion,
                            std::optional<ListVersion> upToVersion = {}) const;
    // Offline doors of a property with changes above their acknowledged version, by name.
    Result<QList<Id>> doorsWithPendingChanges(Id propertyId) const;

private:
    QString activityWhere(const ActivityFilter &f, QVariantList &args) const;
    // The ORDER BY of activityRows for the filter's sort (its `p` and `d` joins); appends the bound
    // values of an Action or Result order to `args`.
    QString activityOrder(const ActivityFilter &f, QVariantList &args) const;

    const Database &m_db;
};

} // namespace porter
