#pragma once

// A Porter database file as an earlier release left it, for upgrade tests: the first `version`
// migrations (core/store/migrations, in order) run by hand exactly as Database runs them, SQLite's
// user_version set to `version`, then `rows` (SQL statements writing data of that era).

#include <QString>
#include <QStringList>

namespace porter::testsupport {

// The statements of one migration script, as Database runs them (comment lines dropped, split at ';').
QStringList migrationStatements(const QString &resource);

// Returns an empty string when the file was written, else the statement that failed and why.
QString writeOldSchemaFile(const QString &path, int version, const QStringList &rows = {});

} // namespace porter::testsupport
