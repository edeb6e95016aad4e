#pragma once

#include "door/door.h"
#include "model/types.h"
#include "util/result.h"

#include <vector>

namespace porter {
class Database;
class JournalRepository;
class PeopleRepository;
} // namespace porter

namespace porter::sync {

// Internal to porter_core: what a door hands over, stored the same way whoever carried it (a sync by
// Porter itself, or a field kit's answer uploaded later; docs/design/shared-portfolio.md, section 7).

struct ImportedActivity
{
    int entries = 0; // new entries stored (alarms included)
    int alarms = 0;  // new alarms among them
};

// Stores a door's activity entries, each once (by the door's sequence number): times corrected by
// the drift measured at that session, a person named only when the door identified one of the
// property's people, residents' own use of Residence doors kept private, alarms also to the door's
// alarm list. Runs in its own transaction (or a savepoint of the one open).
Result<ImportedActivity> importDoorActivity(Database &db, JournalRepository &journal,
                                            PeopleRepository &people, const Property &property,
                                            const Door &atDoor,
                                            const std::vector<door::ActivityEntry> &entries,
                                            qint64 driftSeconds, qint64 now);

// An alarm Porter raises about a door (an update refused, activity the door lost): to the door's alarm
// list and the activity log.
Status raisePorterAlarm(JournalRepository &journal, const Property &property, const Door &atDoor,
                        door::AlarmKind kind, std::uint32_t detail, const QString &message, qint64 now);

// The sentence for an alarm, in English as written (the activity log's detail).
QString alarmMessage(door::AlarmKind kind, std::uint32_t detail);

} // namespace porter::sync
