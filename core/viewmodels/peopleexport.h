#pragma once

#include "model/queries.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace porter {

class QueryService;
class TableFile;

// A property's people as a spreadsheet (issue 11), in the reader's language: the columns of an import
// (ImportSheet's field names, which the import reads back in any of Porter's languages) and then the
// status, guests and keycards the import ignores. Dates are the property's local time: a date alone
// where the time is midnight (an expiration's date is the last day it works), else "YYYY-MM-DD HH:MM".
// An exported file imports back as "unchanged" (docs/decisions.md, "Bulk import").
class PeopleExport
{
    Q_DECLARE_TR_FUNCTIONS(PeopleExport)

public:
    static QStringList header();
    static QStringList record(const PersonExport &person, const QTimeZone &zone);
    // Writes the header and every person of the property (guests are listed with their host); the
    // number of people written.
    static Result<int> write(const QueryService &queries, const Manager &actor, Id propertyId,
                             const QTimeZone &zone, TableFile &out);
};

} // namespace porter
