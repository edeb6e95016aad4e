#pragma once

#include "access/servicebase.h"

#include <QCoreApplication>

namespace porter {

// The mail Porter has queued (welcome mails today), as a manager may see it: the mail of the properties
// they may view. A mail sender will read and mark it here too.
class OutboxService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(OutboxService)

public:
    using ServiceBase::ServiceBase;

    // Oldest first. A property named in the filter that the actor may not see is refused, and the
    // refusal is recorded in activity as "outbox" like every other denial (docs/permissions.md); one
    // outside the actor's portfolio is "not found".
    Result<QList<OutboxMessage>> messages(const Manager &actor, const OutboxFilter &filter = {});
};

} // namespace porter
