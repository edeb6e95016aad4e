#pragma once

#include "access/importsheet.h"
#include "access/servicebase.h"
#include "util/csvreader.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace porter {

class AccessService;

// Which field each column of the file is (by position); none: the column is ignored.
using ImportMapping = QList<std::optional<ImportField>>;

// What the import does with one row of the file.
enum class ImportOutcome
{
    Invite,    // a new person: invited as a single invitation would
    Update,    // a person already listed at the property (by email): keys, expiration or details change
    Unchanged, // a person already listed, exactly as the row says
    Revoked,   // a revoked person: reported, not given access again unless the manager asked for it
    Error,     // the row cannot be imported; nothing of it is written
};

struct ImportProblem
{
    QString column; // the file's header of the column the problem is in; empty: the whole row
    QString message;
};

struct ImportRow
{
    int row = 0; // as the spreadsheet numbers it (the header is row 1)
    ImportOutcome outcome = ImportOutcome::Error;
    QString name;
    QString email;
    std::optional<Id> personId; // the person matched or invited (after apply)
    QStringList changes;        // Update: what changes, in the reader's language
    QList<ImportProblem> problems;
    QStringList warnings;
};

struct ImportOptions
{
    bool validRowsOnly = false;   // import the rows without errors, skip the others
    bool giveAccessAgain = false; // rows of revoked people give them the row's keys again
    QString fileName;             // for the activity record and the door change line
};

// The whole import, previewed or applied: a line per row, and the counts.
struct ImportReport
{
    QList<ImportRow> rows;
    int invited = 0;
    int updated = 0;
    int unchanged = 0;
    int revoked = 0; // rows of revoked people left as they are
    int errors = 0;  // rows with a problem
    bool applied = false;
    QList<Id> doorsToSync; // the offline doors the import changes, sorted
    int welcomeMails = 0;
    QStringList fileProblems; // problems of the whole file (a column mapped twice, no email column...)

    bool hasErrors() const { return errors > 0 || !fileProblems.isEmpty(); }
    QString summary() const; // "3 to invite, 1 to update, 296 unchanged, 2 with errors"
};

// A people list imported in one unit of work (issue 11; docs/decisions.md, "Bulk import"). Each row is
// what a manager would have done by hand — a single invitation, or on a person already listed at the
// property (matched by email) the Add Key, Remove Key, expiration and Edit Details that make them match
// the row — made by AccessService itself, so a row gets the same checks, permissions and messages as
// the single operation. The preview runs exactly that and rolls it back; apply keeps it, all of it
// or (with errors and without validRowsOnly) none of it. The offline doors concerned get one change
// record each for the whole import. A blank cell leaves a listed person's value as it is.
class ImportService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportService(Database &db, const Clock &clock);
    ~ImportService();

    // The field each header names (ImportSheet::fieldOfHeader); the columns Porter's own export adds
    // (status, guests, keycards) are ignored.
    static ImportMapping suggestMapping(const QStringList &header);
    // Headers that are not a field of the import and are ignored on purpose (Porter's export columns).
    static bool isIgnoredHeader(const QString &header);

    // What apply would do, row by row; nothing is written and nothing is recorded.
    Result<ImportReport> preview(const Manager &actor, Id propertyId, const CsvReader::Table &table,
                                 const ImportMapping &mapping, const ImportOptions &options);
    // Does it: every row or none (with errors and without validRowsOnly, the report says why and
    // `applied` is false). An error result is a failure of the whole import (a permission on the
    // property, the database).
    Result<ImportReport> apply(const Manager &actor, Id propertyId, const CsvReader::Table &table,
                               const ImportMapping &mapping, const ImportOptions &options);

private:
    struct Sheet;
    struct Parsed;
    Result<ImportReport> run(const Manager &actor, Id propertyId, const CsvReader::Table &table,
                             const ImportMapping &mapping, const ImportOptions &options, bool applying);
    Status importRow(const Manager &actor, const Property &p, const Sheet &sheet, const Parsed &row,
                     const ImportOptions &options, ImportRow &out, ImportReport &report);
    Status updateRow(const Manager &actor, const Sheet &sheet, const Person &person, const Parsed &row,
                     ImportRow &out);

    std::unique_ptr<AccessService> m_access;
};

} // namespace porter
