#pragma once

#include "model/types.h"
#include "util/clock.h"
#include "util/result.h"

namespace porter {
class Database;
}

namespace porter::demo {

// What `porterctl demo` and `scripts/run --demo` print: where to sign in and what was made.
struct DemoSummary
{
    QString portfolioName;
    Id propertyId = 0;
    QString managerEmail;
    QString managerPassword;
    QString propertyManagerEmail;
    QString propertyManagerPassword;
    int doors = 0;
    int keys = 0;
    int people = 0; // everyone invited, guests included (deleted ones too)
};

// Fills an empty database with the "Harbor Point Residential" demo portfolio through the services, so
// its activity log and door sync tasks are real. Names are fixed; dates are relative to the clock's today
// in the property's time zone. Refuses a database that already has a portfolio.
Result<DemoSummary> createDemoPortfolio(Database &db, const Clock &clock);

} // namespace porter::demo
