#pragma once

#include "door/accesslist.h"
#include "door/door.h"
#include "policy/policy.h"

#include <limits>
#include <type_traits>

namespace porter {
class Database;
class DirectoryRepository;
} // namespace porter

namespace porter::sync {

// Porter's list version and the door's are one concept (docs/door-protocol.md, "List versions") and
// the same range: passing one to the other never changes a value.
static_assert(std::numeric_limits<ListVersion>::max() == std::numeric_limits<door::ListVersion>::max() &&
              std::is_unsigned_v<ListVersion> && std::is_unsigned_v<door::ListVersion>);

// Internal to porter_core (sync/internal/ is not among the public headers front ends see,
// docs/architecture.md, "Door operations"): the plan speaks the door's types.

// What Porter believes a door holds, and what it must hold now.
struct SyncPlan
{
    Id doorId = 0;
    door::AccessList target; // version assigned (see ensureNewerThan)
    door::Hash targetHash{};
    ListVersion ackedVersion = 0;          // the version the door last acknowledged to Porter
    std::optional<door::AccessList> acked; // the list Porter recorded with that acknowledgement
    door::Hash ackedHash{};
    QList<policy::LeftOut> leftOut; // entries the door's format cannot carry, left out of target
};

// How far ahead a door's time-zone table reaches, and where it starts: whole months, so the table
// (and therefore the door's list) changes once a month rather than with every sync.
constexpr int kOffsetTableMonths = 15;
qint64 offsetTableStart(qint64 nowUtc);

class Planner
{
public:
    explicit Planner(Database &db)
        : m_db(db)
    {}

    // The door's list as of now. Its version is the newest change journal entry for the door; when
    // the content differs from what the door acknowledged but no journal entry is newer (the time
    // zone table moved on), a "refresh" entry is journaled to get a fresh version.
    Result<SyncPlan> plan(Id doorId, qint64 nowUtc);
    // Makes the plan's version greater than `reportedVersion`, the one the door says it holds (a door
    // ahead of Porter's record: after an acknowledgement Porter could not store, or after an older
    // database was restored) by journaling a refresh entry numbered above it.
    Status ensureNewerThan(SyncPlan &plan, ListVersion reportedVersion, qint64 nowUtc);
    // The signed update that takes a door in `status` to the plan: a delta when the door holds exactly
    // what Porter recorded, else a full snapshot; none when it already holds the plan.
    Result<std::optional<door::Bytes>> updateFor(SyncPlan &plan, const door::DoorStatus &status,
                                                 const QByteArray &propertySeed, qint64 nowUtc);

private:
    Result<ListVersion> journalRefresh(Id doorId, qint64 nowUtc, ListVersion above = 0);
    Database &m_db;
};

// The signed steps of the property's signing key from the epoch `door` last said it holds to the current
// key, oldest first (docs/door-protocol.md, "Rotating the signing key"); none when it holds the current
// one. An error when the door is more than door::kMaxKeySteps behind (it is commissioned again), or when
// the steps on record do not end at the current key (the database was changed).
Result<std::vector<door::KeyStep>> keyStepsFor(const DirectoryRepository &dir, const Door &door);

QByteArray toQByteArray(const door::Bytes &b);
door::Bytes toBytes(const QByteArray &b);
inline door::ByteView viewOf(const QByteArray &b)
{
    return door::ByteView(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
}

} // namespace porter::sync
