#include "access/unitofwork.h"

#include "store/database.h"

namespace porter {

UnitOfWork::UnitOfWork(Database &db)
    : m_db(db)
{}

Status UnitOfWork::apply(const std::function<Status()> &work)
{
    return m_db.transaction(work);
}

Status UnitOfWork::preview(const std::function<Status()> &work)
{
    return m_db.rehearse(work);
}

} // namespace porter
