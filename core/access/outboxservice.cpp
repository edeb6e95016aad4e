#include "access/outboxservice.h"

#include "access/permissions.h"
#include "store/repositories.h"

namespace porter {

Result<QList<OutboxMessage>> OutboxService::messages(const Manager &actor, const OutboxFilter &filter)
{
    QSet<Id> visible;
    if (filter.propertyId) {
        auto p = propertyFor(actor, *filter.propertyId);
        if (!p.ok())
            return p.error();
        if (auto st = permissions::canViewProperty(actor, *p); !st.ok())
            return denied(actor, p->id, QStringLiteral("outbox"), st.error());
        visible.insert(p->id);
    } else {
        auto all = m_dir.properties(actor.portfolioId);
        if (!all.ok())
            return all.error();
        for (const Property &p : *all) {
            if (permissions::canViewProperty(actor, p).ok())
                visible.insert(p.id);
        }
    }
    auto mail = m_journal.outbox(filter.status);
    if (!mail.ok())
        return mail.error();
    QList<OutboxMessage> out;
    // Every mail Porter writes belongs to a property (an invitation's); one without is nobody's to read.
    for (const OutboxMessage &m : *mail) {
        if (m.propertyId && visible.contains(*m.propertyId))
            out.append(m);
    }
    return out;
}

} // namespace porter
