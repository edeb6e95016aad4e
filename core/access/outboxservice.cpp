#include "access/outboxservice.h"

#include "access/permissions.h"
#include "store/repositories.h"

namespace porter {

Result<QList<OutboxMessage>> OutboxService::messages(const Manager &actor, const OutboxFilter &filter)
{
    QSet<Id> visible;
    std::optional<Id> propertyId = filter.propertyId;
    if (filter.personId) {
        // A person's mail is their property's: one outside the portfolio is "not found".
        auto person = m_people.person(*filter.personId);
        if (!person.ok() || !propertyFor(actor, person->propertyId).ok())
            return makeError(ErrorCode::NotFound, tr("There is no person with id %1.").arg(*filter.personId));
        if (propertyId && *propertyId != person->propertyId)
            return QList<OutboxMessage>();
        propertyId = person->propertyId;
    }
    if (propertyId) {
        auto p = propertyFor(actor, *propertyId);
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
    return m_journal.outbox(QList<Id>(visible.begin(), visible.end()), filter.status, filter.personId);
}

} // namespace porter
