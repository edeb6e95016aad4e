#include "oldschema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace porter::testsupport {

QStringList migrationStatements(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    return out;
}

QString writeOldSchemaFile(const QString &path, int version, const QStringList &rows)
{
    // The numbered scripts sort in the order Database registers and runs them.
    const QDir dir(QStringLiteral(":/porter/migrations"));
    const QStringList scripts = dir.entryList(QDir::Files, QDir::Name);
    if (version < 1 || version > scripts.size())
        return QStringLiteral("no schema %1 (%2 migrations)").arg(version).arg(scripts.size());
    const QString connection = QStringLiteral("old-schema-") + path;
    QString failure;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        if (!raw.open())
            return QStringLiteral("cannot open %1").arg(path);
        QSqlQuery q(raw);
        QStringList statements;
        for (int i = 0; i < version; ++i) {
            if (!QFile(dir.filePath(scripts.at(i))).exists())
                return QStringLiteral("%1 cannot be read").arg(scripts.at(i));
            // A migration may have no statement: one that changes only the version, paired with a
            // server migration (0017, 0018).
            const QStringList script = migrationStatements(dir.filePath(scripts.at(i)));
            statements += script;
        }
        statements << QStringLiteral("PRAGMA user_version=%1").arg(version);
        for (const QString &statement : statements + rows) {
            if (!q.exec(statement)) {
                failure = statement + QStringLiteral(": ") + q.lastError().text();
                break;
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

} // namespace porter::testsupport
