#include "viewmodels/setupstate.h"

#include "store/database.h"
#include "store/directoryrepository.h"

namespace porter {

Result<bool> needsFirstRun(const Database &db)
{
    auto count = DirectoryRepository(db).managerCount();
    if (!count.ok())
        return count.error();
    return *count == 0;
}

} // namespace porter
