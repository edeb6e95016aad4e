#pragma once

// Every repository, for the .cpp files of core that use them (the services, the planner, the sync
// engine, the commissioner). Private to core: no header outside core/store includes a store header.
#include "store/database.h"
#include "store/directoryrepository.h"
#include "store/doorlistrepository.h"
#include "store/journalrepository.h"
#include "store/peoplerepository.h"
#include "store/secretrepository.h"
