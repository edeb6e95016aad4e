#include "app/migration.h"

#include "store/database.h"
#include "util/logging.h"

#include <QSqlRecord>
#include <QStringList>
#include <algorithm>

namespace porter {

namespace {

// Every table of the schema, parents before children (the order the rows are copied in). A table of
// the file that is not listed here stops the migration before anything is written: this Porter would
// not know where its rows go.
const QStringList &tableOrder()
{
    static const QStringList tables{
        QStringLiteral("portfolio"),
        QStringLiteral("property"),
        QStringLiteral("manager"),
        QStringLiteral("door"),
        QStringLiteral("access_key"),
        QStringLiteral("key_door"),
        QStringLiteral("manager_property"),
        QStringLiteral("manager_key"),
        QStringLiteral("person"),
        QStringLiteral("access_grant"),
        QStringLiteral("guest_share"),
        QStringLiteral("keycard"),
        QStringLiteral("activity"),
        QStringLiteral("outbox"),
        QStringLiteral("door_change"),
        QStringLiteral("installation"),
        QStringLiteral("secret"),
        QStringLiteral("property_key"),
        QStringLiteral("door_alarm"),
        QStringLiteral("mail_settings"),
        QStringLiteral("property_key_step"),
    };
    return tables;
}

// SQLite's own bookkeeping, not Porter's data.
bool internalTable(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_"));
}

// One value as text that compares equal across the two engines: an INTEGER read back from a BIGINT,
// a BLOB from a BYTEA, a NULL from a NULL.
QString canonical(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("\x01null");
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("\x01bytes:") + QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

Result<QStringList> columnsOf(const Database &file, const QString &table)
{
    auto q = file.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(1).toString();
    PORTER_TRY(file.fetched(*q));
    return out;
}

// Every row of `table` over `columns`, each row one list of canonical values, sorted: the same
// contents give the same list whatever order either engine returns them in.
Result<QList<QStringList>> contentsOf(const Database &db, const QString &table, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    auto q = db.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QLatin1Char(',')), table));
    if (!q.ok())
        return q.error();
    QList<QStringList> rows;
    while (q->next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << canonical(q->value(i));
        rows << row;
    }
    PORTER_TRY(db.fetched(*q));
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

qint64 MigrationReport::totalRows() const
{
    qint64 n = 0;
    for (qint64 rowsOfTable : rows)
        n += rowsOfTable;
    return n;
}

Result<MigrationReport> PortfolioMigration::run(const QString &from, const QString &to)
{
    PORTER_TRY_ASSIGN(const DatabaseLocation source, DatabaseLocation::parse(from));
    PORTER_TRY_ASSIGN(const DatabaseLocation target, DatabaseLocation::parse(to));
    if (source.isPostgreSql())
        return makeError(ErrorCode::InvalidInput,
                         tr("--from is the SQLite file of the portfolio to move, not a server address."));
    if (!target.isPostgreSql())
        return makeError(
            ErrorCode::InvalidInput,
            tr("--to is the postgresql:// address of the server database to move the portfolio to."));
    PORTER_TRY_ASSIGN(std::unique_ptr<Database> file, Database::open(from));
    PORTER_TRY_ASSIGN(std::unique_ptr<Database> server, Database::create(to));

    MigrationReport report;
    report.from = file->path();
    report.to = server->path();

    // What the file holds, checked before anything is written.
    QStringList fileTables;
    {
        auto q = file->exec(file->dialect().listTables());
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const QString name = q->value(0).toString();
            if (!internalTable(name))
                fileTables << name;
        }
        PORTER_TRY(file->fetched(*q));
    }
    for (const QString &t : fileTables) {
        if (!tableOrder().contains(t))
            return makeError(ErrorCode::Internal,
                             tr("%1 has a table \"%2\" this Porter cannot move. Nothing was changed.")
                                 .arg(report.from, t));
    }
    QMap<QString, QStringList> columns;
    for (const QString &t : fileTables) {
        PORTER_TRY_ASSIGN(const QStringList cols, columnsOf(*file, t));
        columns.insert(t, cols);
    }
    // Where the server's ids come from, to move each sequence past the copied ids (and past SQLite's
    // AUTOINCREMENT counter: a door's list versions only grow).
    QList<QPair<QString, QString>> identities;
    {
        auto q =
            server->exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND is_identity = 'YES'"));
        if (!q.ok())
            return q.error();
        while (q->next())
            identities.append({q->value(0).toString(), q->value(1).toString()});
        PORTER_TRY(server->fetched(*q));
    }
    QMap<QString, qint64> autoincrement;
    if (fileTables.isEmpty() || !columns.contains(QStringLiteral("portfolio")))
        return makeError(ErrorCode::InvalidInput, tr("%1 holds no portfolio to move.").arg(report.from));
    {
        auto q = file->exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence"));
        if (q.ok()) {
            while (q->next())
                autoincrement.insert(q->value(0).toString(), q->value(1).toLongLong());
        }
    }

    const Status copied = server->transaction([&]() -> Status {
        report.rows.clear();
        // Never into a portfolio: the server database must hold none.
        for (const QString &t : tableOrder()) {
            auto n = server->scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
            if (!n.ok())
                return n.error();
            if (n->toLongLong() > 0)
                return makeError(ErrorCode::Conflict,
                                 tr("%1 already holds a portfolio (its table %2 has rows). Porter moves a "
                                    "portfolio only into an empty database. Nothing was changed.")
                                     .arg(report.to, t));
        }
        // The journal keeps the file's numbers: the trigger that numbers new changes in commit order
        // is off while they are copied (in this transaction only: ALTER TABLE is transactional).
        PORTER_TRY(
            server->exec(QStringLiteral("ALTER TABLE door_change DISABLE TRIGGER door_change_in_order")));
        for (const QString &t : tableOrder()) {
            if (!columns.contains(t))
                continue;
            const QStringList cols = columns.value(t);
            QStringList quoted, marks;
            for (const QString &c : cols) {
                quoted << QLatin1Char('"') + c + QLatin1Char('"');
                marks << QStringLiteral("?");
            }
            const QString insert = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                       .arg(t, quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
            // A guest's host is a person too: the hosts are linked once every person is there.
            const int hostColumn =
                t == QLatin1String("person") ? int(cols.indexOf(QStringLiteral("host_person_id"))) : -1;
            QList<QPair<qint64, qint64>> hosts;
            auto q =
                file->exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QLatin1Char(',')), t));
            if (!q.ok())
                return q.error();
            qint64 n = 0;
            while (q->next()) {
                QVariantList values;
                for (int i = 0; i < cols.size(); ++i)
                    values << q->value(i);
                if (hostColumn >= 0 && !values.at(hostColumn).isNull()) {
                    hosts.append({values.at(0).toLongLong(), values.at(hostColumn).toLongLong()});
                    values[hostColumn] = QVariant();
                }
                PORTER_TRY(server->scalar(insert, values)); // prepared once for the table
                ++n;
            }
            PORTER_TRY(file->fetched(*q));
            for (const auto &[person, host] : hosts)
                PORTER_TRY(server->exec(QStringLiteral("UPDATE person SET host_person_id = ? WHERE id = ?"),
                                        {host, person}));
            report.rows.insert(t, n);
        }
        PORTER_TRY(
            server->exec(QStringLiteral("ALTER TABLE door_change ENABLE TRIGGER door_change_in_order")));
        for (const auto &[t, column] : identities) {
            auto highest = server->scalar(QStringLiteral("SELECT max(\"%1\") FROM \"%2\"").arg(column, t));
            if (!highest.ok())
                return highest.error();
            const qint64 next = std::max(highest->toLongLong(), autoincrement.value(t, 0));
            if (next > 0)
                PORTER_TRY(server->exec(
                    QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), CAST(? AS BIGINT))"),
                    {t, column, next}));
        }
        // Every row and column read back from the server, compared with the file.
        for (const QString &t : tableOrder()) {
            if (!columns.contains(t))
                continue;
            PORTER_TRY_ASSIGN(const QList<QStringList> mine, contentsOf(*file, t, columns.value(t)));
            PORTER_TRY_ASSIGN(const QList<QStringList> theirs, contentsOf(*server, t, columns.value(t)));
            if (mine == theirs)
                continue;
            qsizetype at = 0;
            while (at < mine.size() && at < theirs.size() && mine.at(at) == theirs.at(at))
                ++at;
            const QString row =
                at < mine.size() ? mine.at(at).join(QStringLiteral(" | ")) : QStringLiteral("-");
            return makeError(
                ErrorCode::Storage,
                tr("The copy of table %1 on the server differs from the file (%2 rows against %3; "
                   "first difference at the file's row \"%4\"). Nothing was kept on the server.")
                    .arg(t)
                    .arg(mine.size())
                    .arg(theirs.size())
                    .arg(row));
        }
        return {};
    });
    if (!copied.ok())
        return copied.error();
    qCInfo(lcStore) << "moved" << report.totalRows() << "rows from" << report.from << "to" << report.to;
    return report;
}

} // namespace porter
