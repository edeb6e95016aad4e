#pragma once

#include "util/result.h"

#include <functional>

namespace porter {

class Database;

// Several service operations as one: an import of 300 invitations applied all-or-nothing, or previewed
// with nothing written. Inside `apply` or `preview`, every operation of every service on the same
// Database runs in a SAVEPOINT of one transaction: each stays exactly as safe as alone (its checks
// inside its writes, its activity record and door changes with it, its own failure undoing only its
// own writes), and each sees what the ones before it wrote.
//
//     UnitOfWork unit(db);
//     Status st = unit.apply([&]() -> Status {
//         for (const InviteRequest &r : rows)
//             PORTER_TRY(access.invite(actor, r));
//         return {};
//     });
//
// The work decides: returning an error rolls back everything; ignoring an operation's error keeps the
// others. A refusal (PermissionDenied) is recorded in activity after the unit has ended, committed or
// not, exactly once, as a single operation's is; a preview records nothing.
class UnitOfWork
{
public:
    explicit UnitOfWork(Database &db);

    // Commits everything when work succeeds; writes nothing when it fails.
    Status apply(const std::function<Status()> &work);
    // Runs every check of every operation against the state the earlier ones leave, then rolls back:
    // the answer is what apply would answer, and nothing is written.
    Status preview(const std::function<Status()> &work);

private:
    Database &m_db;
};

} // namespace porter
