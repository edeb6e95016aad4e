#include "store/location.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace porter {

namespace {

const QStringList &sslModes()
{
    // libpq's sslmode values (PostgreSQL 15 documentation, "Protection Provided in Different Modes").
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// In the user part (postgresql://ana:pw@...) or as an option (?password=...): refused alike.
Error passwordRefused()
{
    return invalid(DatabaseLocation::tr("The address holds a password. Porter never keeps one in an address: "
                                        "leave it out, and Porter asks for it (or reads PGPASSWORD)."));
}

} // namespace

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    DatabaseLocation location;
    const bool postgres = trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
                          trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!postgres) {
        if (trimmed.isEmpty())
            return invalid(tr("No database given: a file path or a postgresql:// address."));
        location.path = text;
        return location;
    }

    const QUrl url(trimmed, QUrl::TolerantMode); // what people type: a space in a folder name, say
    if (!url.isValid())
        return invalid(tr("\"%1\" is not a valid PostgreSQL address: %2").arg(trimmed, url.errorString()));
    if (!url.password().isEmpty())
        return passwordRefused();
    location.kind = Kind::PostgreSql;
    location.user = url.userName(QUrl::FullyDecoded);
    location.host = url.host(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded);
    if (location.database.startsWith(QLatin1Char('/')))
        location.database.remove(0, 1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return invalid(tr("The address names no database: write postgresql://HOST/DATABASE."));
    if (url.port() != -1)
        location.port = url.port();

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            if (!location.host.isEmpty())
                return invalid(tr("The address names the server twice (before the database and as host=)."));
            location.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return invalid(tr("port=%1 is not a port number from 1 to 65535.").arg(value));
            location.port = port;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return invalid(
                    tr("sslmode=%1 is not one of %2.").arg(value, sslModes().join(QStringLiteral(", "))));
            location.sslMode = value;
        } else if (key == QLatin1String("password")) {
            return passwordRefused();
        } else {
            return invalid(tr("The address has an option Porter does not know: %1 (it knows host, port and "
                              "sslmode).")
                               .arg(key));
        }
    }
    if (location.host.isEmpty())
        return invalid(tr("The address names no server: write postgresql://HOST/DATABASE, or "
                          "postgresql:///DATABASE?host=/run/postgresql for a local socket."));
    return location;
}

QString DatabaseLocation::display() const
{
    if (kind == Kind::SqliteFile)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty())
        url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host);
        url.setPort(port);
    }
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!query.isEmpty())
        url.setQuery(query);
    QString out = url.toString();
    // QUrl drops an empty authority ("postgresql:/harbor?host=…"), which libpq and parse() do not
    // read as a server address: a socket folder with no user name keeps its "//".
    if (!out.startsWith(QLatin1String("postgresql://")))
        out.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return out;
}

} // namespace porter
