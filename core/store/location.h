#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace porter {

// Where a portfolio lives, as `--db` and the connection dialog name it (docs/design/shared-portfolio.md,
// section 1): an SQLite file (a path, the default), or a PostgreSQL database named by a URL:
//
//   postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=MODE]      (postgres:// too)
//   postgresql://[USER@]/DATABASE?host=/run/postgresql[&port=N]  (a Unix socket folder)
//
// A password is never part of a location Porter keeps or prints: a URL carrying one is refused, and
// the password comes from PGPASSWORD, the prompt or the keychain.
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind
    {
        SqliteFile,
        PostgreSql,
    };

    Kind kind = Kind::SqliteFile;
    QString path;     // SqliteFile: the file (":memory:" for a private in-memory database)
    QString host;     // PostgreSql: a host name, an address, or an absolute socket folder
    int port = 5432;  // PostgreSql
    QString database; // PostgreSql
    QString user;     // PostgreSql: empty = the operating system user's name, as libpq does
    QString sslMode;  // PostgreSql: libpq's sslmode; empty = libpq's default (prefer)

    bool isPostgreSql() const { return kind == Kind::PostgreSql; }

    // Reads what a user typed. A text that does not start with postgresql:// or postgres:// is a file
    // path, taken as it is.
    static Result<DatabaseLocation> parse(const QString &text);

    // The location as a URL without any password, for messages and the title bar
    // ("postgresql://ana@db.example.com:5432/harbor"); the file path for SQLite.
    QString display() const;
};

} // namespace porter
