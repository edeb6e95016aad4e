#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace porter {

// What `porterctl migrate` did: the rows of each table copied to the server and compared there.
struct MigrationReport
{
    QString from; // the SQLite file
    QString to;   // the server address, without a password
    QMap<QString, qint64> rows;
    qint64 totalRows() const;
};

// Moves a single-laptop portfolio to a PostgreSQL server (docs/design/shared-portfolio.md, section 6).
// `from` is a Porter SQLite file (migrated to the current schema first, as opening it always does);
// `to` is a postgresql:// address of a database that holds no portfolio yet (empty, or created by
// `porterctl init` with no rows). Every row of every table is copied with its id, the server's
// sequences are moved past the highest ids, and then every row and column is read back from the
// server and compared with the file, all in one transaction: on any difference nothing is kept, and
// the error names the table and the row. The file is only read.
//
// Secrets stay sealed with this installation's key, which the copied installation row names: this
// computer opens them on the server as it did in the file; other managers' copies come with the
// per-holder wrapping (section 5).
class PortfolioMigration
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioMigration)

public:
    static Result<MigrationReport> run(const QString &from, const QString &to);
};

} // namespace porter
