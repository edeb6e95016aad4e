#include "store/peoplerepository.h"

#include "util/searchtext.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace porter {
namespace {

const QString kPersonCols = QStringLiteral("p.id, p.property_id, p.first_name, p.last_name, p.email, "
                                           "p.phone, p.access_method, p.resident, p.may_share, "
                                           "p.host_person_id, p.created_at, p.revoked_at, p.deleted_at, "
                                           "p.language");
// The number of kPersonCols: the first column a query adds after them.
constexpr int kPersonColCount = 14;

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.propertyId = q.value(1).toLongLong();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.email = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.accessMethod = accessMethodFromString(q.value(6).toString()).value_or(AccessMethod::App);
    p.resident = q.value(7).toBool();
    p.mayShare = q.value(8).toBool();
    if (!q.value(9).isNull())
        p.hostPersonId = q.value(9).toLongLong();
    p.createdAt = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        p.revokedAt = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        p.deletedAt = q.value(12).toLongLong();
    p.language = q.value(13).toString();
    return p;
}

Grant grantFrom(const QSqlQuery &q)
{
    Grant g;
    g.id = q.value(0).toLongLong();
    g.personId = q.value(1).toLongLong();
    g.keyId = q.value(2).toLongLong();
    g.startsAt = q.value(3).toLongLong();
    g.expiresAt = optId(q.value(4));
    g.createdAt = q.value(5).toLongLong();
    g.endedAt = optId(q.value(6));
    g.endReason = endReasonFromString(q.value(7).toString()).value_or(EndReason::None);
    return g;
}
const QString kGrantCols =
    QStringLiteral("id, person_id, key_id, starts_at, expires_at, created_at, ended_at, end_reason");

GuestShare shareFrom(const QSqlQuery &q)
{
    GuestShare s;
    s.id = q.value(0).toLongLong();
    s.hostPersonId = q.value(1).toLongLong();
    s.guestPersonId = q.value(2).toLongLong();
    s.keyId = q.value(3).toLongLong();
    s.startsAt = q.value(4).toLongLong();
    s.expiresAt = optId(q.value(5));
    s.createdAt = q.value(6).toLongLong();
    s.endedAt = optId(q.value(7));
    s.endReason = endReasonFromString(q.value(8).toString()).value_or(EndReason::None);
    return s;
}
const QString kShareCols = QStringLiteral(
    "id, host_person_id, guest_person_id, key_id, starts_at, expires_at, created_at, ended_at, end_reason");

Keycard keycardFrom(const QSqlQuery &q)
{
    Keycard k;
    k.id = q.value(0).toLongLong();
    k.personId = q.value(1).toLongLong();
    k.serial = q.value(2).toString();
    k.active = q.value(3).toBool();
    k.enrolledAt = q.value(4).toLongLong();
    return k;
}
const QString kKeycardCols = QStringLiteral("id, person_id, serial, active, enrolled_at");

Error notFound(const QString &what, Id id)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("porter::PeopleRepository", "There is no %1 with id %2.")
                         .arg(what)
                         .arg(id));
}

// The open (not ended) access windows of person p: their own grants and the guest shares made to them.
// prm.now is "now" in every expression below: a one-row CTE binds each parameter once.
const QString kWindows = QStringLiteral(
    "(SELECT starts_at, expires_at FROM access_grant WHERE person_id = p.id AND ended_at IS NULL "
    " UNION ALL SELECT starts_at, expires_at FROM guest_share WHERE guest_person_id = p.id AND ended_at IS "
    "NULL) w");

// Every access window person p ever had, ended or not, with when it ended (for "access ended on").
const QString kAllWindows =
    QStringLiteral("(SELECT expires_at, ended_at FROM access_grant WHERE person_id = p.id "
                   " UNION ALL SELECT expires_at, ended_at FROM guest_share WHERE guest_person_id = p.id) w");
// Stands for "never" in the end-of-access arithmetic below (SQLite's largest integer).
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// The ORDER BY of the People list (PeopleFilter::sort). The name order is the one the person_list
// index walks, so the default page stops at its LIMIT (tst_database checks the plan); the others
// order the matching people by a column of the select list, then by name so pages stay stable.
QString orderBy(const PeopleFilter &f)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    QString key;
    switch (f.sort) {
    case PeopleSort::Name:
        return QStringLiteral("p.sort_name%1, p.id%1").arg(dir);
    case PeopleSort::Email:
        key = QStringLiteral("p.email_norm");
        break;
    case PeopleSort::Phone:
        key = QStringLiteral("coalesce(p.phone, '')");
        break;
    case PeopleSort::State:
        key = QStringLiteral("CASE status WHEN 'invited' THEN 0 WHEN 'active' THEN 1 WHEN 'expired' THEN 2 "
                             "WHEN 'revoked' THEN 3 ELSE 4 END");
        break;
    case PeopleSort::Keys:
        key = QStringLiteral("key_count");
        break;
    case PeopleSort::AccessUntil:
        // The date the list shows: "no expiration" after every date, "never had a key" before.
        key = QStringLiteral("CASE WHEN key_count > 0 THEN coalesce(until, %1) WHEN ended < %1 THEN ended "
                             "ELSE -1 END")
                  .arg(kNever);
        break;
    case PeopleSort::Resident:
        key = QStringLiteral("p.resident");
        break;
    case PeopleSort::GuestOf:
        key = QStringLiteral("host_name");
        break;
    }
    return QStringLiteral("%1%2, p.sort_name, p.id").arg(key, dir);
}

// The person-status rule (docs/architecture.md, "People's status"), written once: the People list, its
// count and PeopleRepository::status all read it from here, so the list and a person's page never
// disagree. SQL rather than C++ because the list pages by it without loading every person's windows.
QString statusExpr()
{
    return QStringLiteral("CASE WHEN p.deleted_at IS NOT NULL THEN 'deleted' "
                          "WHEN EXISTS (SELECT 1 FROM %1 WHERE starts_at <= prm.now AND (expires_at IS NULL "
                          "OR expires_at > prm.now)) "
                          "THEN 'active' "
                          "WHEN EXISTS (SELECT 1 FROM %1 WHERE starts_at > prm.now) THEN 'invited' "
                          "WHEN p.revoked_at IS NOT NULL THEN 'revoked' "
                          "WHEN EXISTS (SELECT 1 FROM %1) THEN 'expired' "
                          "ELSE 'no-access' END")
        .arg(kWindows);
}

// The rule's answer, spelled as model/types.cpp spells the statuses.
PersonStatus statusFromText(const QString &s)
{
    return personStatusFromString(s).value_or(PersonStatus::NoAccess);
}

// Search terms never span two fields of the key (one a line) and hold no control characters.
QString searchTerm(const QString &typed)
{
    QString term = foldForSearch(typed);
    for (QChar &c : term)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return term.simplified();
}

} // namespace

// The one-row CTE prm(now, prop, term, phone) that filterClause's first four parameters fill.
QString PeopleRepository::prmCte() const
{
    const Dialect &d = m_db.dialect();
    return QStringLiteral("WITH prm(now, prop, term, phone) AS (SELECT %1, %2, %3, %4) ")
        .arg(d.param(QStringLiteral("BIGINT")), d.param(QStringLiteral("BIGINT")),
             d.param(QStringLiteral("TEXT")), d.param(QStringLiteral("TEXT")));
}

// Binds (now, property, folded term, phone needle) as the one-row CTE prm and returns the WHERE clause
// over p.
QString PeopleRepository::filterClause(const PeopleFilter &f, qint64 now, QVariantList &args) const
{
    // The property is bound directly (not through prm) and person is the outer loop: only then does SQLite
    // walk person_list in (sort_name, id) order and stop at the page's LIMIT instead of evaluating and
    // sorting every person of the property (tst_database checks the plan).
    QString where = QStringLiteral("p.property_id = ? AND p.deleted_at IS NULL");
    args << now << f.propertyId;
    if (!f.includeGuests)
        where += QStringLiteral(" AND p.host_person_id IS NULL");
    // The key and the term are folded alike (util/searchtext.h), so a plain substring test (instr, not
    // LIKE: % and _ are letters here) matches any case and accent; a phone number typed in its
    // national format also matches the E.164 number it stands for, in the property's region.
    const QString term = searchTerm(f.search);
    QString phone;
    const bool digits = std::any_of(f.search.cbegin(), f.search.cend(), [](QChar c) { return c.isDigit(); });
    if (!term.isEmpty() && digits) {
        auto region = m_db.scalar(QStringLiteral("SELECT region FROM property WHERE id = ?"), {f.propertyId});
        phone = phoneSearchNeedle(f.search, region.ok() ? region->toString() : QString());
    }
    args << term << (phone.isEmpty() ? QVariant() : QVariant(phone));
    if (term.isEmpty() && !f.search.trimmed().isEmpty())
        where += QStringLiteral(" AND 1 = 0"); // only marks or control characters: nobody, not everybody
    else if (!term.isEmpty())
        where +=
            QStringLiteral(" AND (%1 OR %2)")
                .arg(m_db.dialect().contains(QStringLiteral("p.search_key"), QStringLiteral("prm.term")),
                     m_db.dialect().contains(QStringLiteral("p.search_key"), QStringLiteral("prm.phone")));
    // Without "show expired": active or invited, i.e. an open window that has not expired.
    if (!f.showExpired)
        where +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM %1 WHERE expires_at IS NULL OR expires_at > prm.now)")
                .arg(kWindows);
    args << f.propertyId; // the "p.property_id = ?" above, after prm's four parameters
    return where;
}

Result<Id> PeopleRepository::insertPerson(const Person &p, std::optional<Id> createdBy)
{
    const QString sortName =
        (p.lastName.isEmpty() ? p.firstName : p.lastName + QStringLiteral(", ") + p.firstName);
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO person (property_id, first_name, last_name, sort_name, email, email_norm, phone, "
            "search_key, access_method, resident, may_share, host_person_id, created_at, created_by, "
            "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.propertyId, p.firstName, text(p.lastName), sortName, p.email, p.email.toLower(), text(p.phone),
         personSearchKey(p.firstName, p.lastName, p.email, p.phone), toString(p.accessMethod), p.resident,
         p.mayShare, nullable(p.hostPersonId), p.createdAt, nullable(createdBy), text(p.language)});
}

Result<Person> PeopleRepository::person(Id id) const
{
    return m_db.row<Person>(QStringLiteral("SELECT ") + kPersonCols +
                                QStringLiteral(" FROM person p WHERE p.id = ?"),
                            {id}, personFrom, [&] { return notFound(tr("person"), id); });
}

Result<QList<Person>> PeopleRepository::liveByEmail(Id propertyId, const QString &emailNorm) const
{
    return m_db.rows<Person>(QStringLiteral("SELECT ") + kPersonCols +
                                 QStringLiteral(" FROM person p WHERE p.property_id = ? AND p.email_norm = ? "
                                                "AND p.deleted_at IS NULL ORDER BY p.id"),
                             {propertyId, emailNorm}, personFrom);
}

Status PeopleRepository::setRevoked(Id personId, std::optional<qint64> at)
{
    PORTER_TRY(
        m_db.exec(QStringLiteral("UPDATE person SET revoked_at = ? WHERE id = ?"), {nullable(at), personId}));
    return {};
}

Status PeopleRepository::updateDetails(const Person &p)
{
    const QString sortName =
        (p.lastName.isEmpty() ? p.firstName : p.lastName + QStringLiteral(", ") + p.firstName);
    PORTER_TRY(m_db.run(
        QStringLiteral("UPDATE person SET first_name = ?, last_name = ?, sort_name = ?, email = ?, "
                       "email_norm = ?, phone = ?, search_key = ?, resident = ?, may_share = ?, language = ? "
                       "WHERE id = ?"),
        {p.firstName, text(p.lastName), sortName, p.email, p.email.toLower(), text(p.phone),
         personSearchKey(p.firstName, p.lastName, p.email, p.phone), p.resident, p.mayShare, text(p.language),
         p.id}));
    return {};
}

Status PeopleRepository::setDeleted(Id personId, qint64 at)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE person SET deleted_at = ? WHERE id = ?"), {at, personId}));
    return {};
}

Status PeopleRepository::setAppKey(Id personId, const QByteArray &publicKey, qint64 generation,
                                   qint64 notAfter)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE person SET app_public_key = ?, app_key_generation = ?, "
                                       "app_key_not_after = ? WHERE id = ?"),
                        {publicKey, generation, notAfter, personId}));
    return {};
}

Result<QStringList> PeopleRepository::peopleWithPhones(Id propertyId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT first_name, last_name FROM person WHERE property_id = ? AND "
                                 "deleted_at IS NULL AND app_public_key IS NOT NULL ORDER BY sort_name, id"),
                  {propertyId});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << QString(q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString()).trimmed();
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<qint64> PeopleRepository::appKeyGeneration(Id personId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT app_key_generation FROM person WHERE id = ?"), {personId});
    if (!v.ok())
        return v.error();
    return v->toLongLong();
}

Result<QList<PersonRow>> PeopleRepository::list(const PeopleFilter &f, qint64 now) const
{
    QVariantList args;
    const QString where = filterClause(f, now, args);
    const QString sql =
        prmCte() +
        QStringLiteral(
            "SELECT %1, %2 AS status, "
            "(SELECT count(*) FROM %3 WHERE expires_at IS NULL OR expires_at > prm.now) AS key_count, "
            "(SELECT CASE WHEN count(*) = 0 THEN NULL WHEN count(*) > count(expires_at) THEN NULL "
            " ELSE max(expires_at) END FROM %3 WHERE expires_at IS NULL OR expires_at > prm.now) AS until, "
            "CASE WHEN h.id IS NULL THEN '' ELSE h.first_name || ' ' || h.last_name END AS host_name, "
            "(SELECT max(%7) FROM %8) AS ended "
            "FROM person p CROSS JOIN prm LEFT JOIN person h ON h.id = p.host_person_id WHERE %4 "
            "ORDER BY %9 LIMIT %5 OFFSET %6")
            .arg(kPersonCols, statusExpr(), kWindows, where)
            .arg(qMax(0, f.limit))
            .arg(qMax(0, f.offset))
            .arg(m_db.dialect().least(QStringLiteral("coalesce(ended_at, %1)").arg(kNever),
                                      QStringLiteral("coalesce(expires_at, %1)").arg(kNever)))
            .arg(kAllWindows, orderBy(f));
    auto q = m_db.exec(sql, args);
    if (!q.ok())
        return q.error();
    QList<PersonRow> out;
    while (q->next()) {
        PersonRow row;
        row.person = personFrom(*q);
        row.status = statusFromText(q->value(kPersonColCount + 0).toString());
        row.keyCount = q->value(kPersonColCount + 1).toInt();
        row.accessUntil = optId(q->value(kPersonColCount + 2));
        row.hostName = q->value(kPersonColCount + 3).toString().trimmed();
        const qint64 ended =
            q->value(kPersonColCount + 4).isNull() ? kNever : q->value(kPersonColCount + 4).toLongLong();
        if (row.keyCount == 0 && ended < kNever)
            row.accessEnded = ended;
        out.append(row);
    }
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<QList<PersonExport>> PeopleRepository::exportList(Id propertyId, qint64 now) const
{
    PeopleFilter f;
    f.propertyId = propertyId;
    f.showExpired = true;
    f.includeGuests = false;
    f.limit = std::numeric_limits<int>::max();
    auto rows = list(f, now);
    if (!rows.ok())
        return rows.error();
    QHash<Id, qsizetype> at;
    QList<PersonExport> out;
    out.reserve(rows->size());
    for (const PersonRow &row : *rows) {
        at.insert(row.person.id, out.size());
        out.append(PersonExport{row, {}, {}, {}, {}});
    }
    const auto each = [&](const QString &sql,
                          const std::function<void(PersonExport &, const QSqlQuery &)> &add) -> Status {
        auto q = m_db.exec(sql, {propertyId, now});
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const auto i = at.find(q->value(0).toLongLong());
            if (i != at.end())
                add(out[*i], *q);
        }
        return m_db.fetched(*q);
    };
    PORTER_TRY(
        each(QStringLiteral("SELECT g.person_id, k.name, g.starts_at FROM access_grant g "
                            "JOIN person p ON p.id = g.person_id JOIN access_key k ON k.id = g.key_id "
                            "WHERE p.property_id = ? AND p.deleted_at IS NULL AND g.ended_at IS NULL "
                            "AND (g.expires_at IS NULL OR g.expires_at > ?) ORDER BY g.person_id, k.name"),
             [](PersonExport &e, const QSqlQuery &q) {
                 e.keys << q.value(1).toString();
                 const qint64 start = q.value(2).toLongLong();
                 if (!e.startsAt || start < *e.startsAt)
                     e.startsAt = start;
             }));
    PORTER_TRY(
        each(QStringLiteral("SELECT s.host_person_id, gp.first_name, gp.last_name FROM guest_share s "
                            "JOIN person h ON h.id = s.host_person_id "
                            "JOIN person gp ON gp.id = s.guest_person_id "
                            "WHERE h.property_id = ? AND s.ended_at IS NULL AND gp.deleted_at IS NULL "
                            "AND (s.expires_at IS NULL OR s.expires_at > ?) "
                            "ORDER BY s.host_person_id, gp.sort_name, gp.id"),
             [](PersonExport &e, const QSqlQuery &q) {
                 const QString name =
                     QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString()).trimmed();
                 if (!e.guests.contains(name))
                     e.guests << name;
             }));
    PORTER_TRY(each(
        QStringLiteral("SELECT c.person_id, c.serial, c.active FROM keycard c "
                       "JOIN person p ON p.id = c.person_id WHERE p.property_id = ? "
                       "AND p.deleted_at IS NULL AND c.removed_at IS NULL AND CAST(? AS BIGINT) IS NOT NULL "
                       "ORDER BY c.person_id, c.serial"),
        [](PersonExport &e, const QSqlQuery &q) {
            e.keycards << (q.value(2).toBool() ? q.value(1).toString()
                                               : tr("%1 (inactive)").arg(q.value(1).toString()));
        }));
    return out;
}

Result<int> PeopleRepository::count(const PeopleFilter &f, qint64 now) const
{
    QVariantList args;
    const QString where = filterClause(f, now, args);
    const QString sql =
        prmCte() + QStringLiteral("SELECT count(*) FROM person p CROSS JOIN prm WHERE %1").arg(where);
    auto q = m_db.exec(sql, args);
    if (!q.ok())
        return q.error();
    if (q->next())
        return q->value(0).toInt();
    PORTER_TRY(m_db.fetched(*q));
    return 0;
}

Result<PersonStatus> PeopleRepository::status(Id personId, qint64 now) const
{
    return m_db.row<PersonStatus>(
        QStringLiteral("WITH prm(now) AS (SELECT %1) SELECT %2 FROM prm, person p WHERE p.id = ?")
            .arg(m_db.dialect().param(QStringLiteral("BIGINT")), statusExpr()),
        {now, personId}, [](const QSqlQuery &q) { return statusFromText(q.value(0).toString()); },
        [&] { return notFound(tr("person"), personId); });
}

Result<Id> PeopleRepository::insertGrant(const Grant &g, std::optional<Id> createdBy)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO access_grant (person_id, key_id, starts_at, expires_at, created_at, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
        {g.personId, g.keyId, g.startsAt, nullable(g.expiresAt), g.createdAt, nullable(createdBy)});
}

Result<Grant> PeopleRepository::grant(Id id) const
{
    return m_db.row<Grant>(QStringLiteral("SELECT ") + kGrantCols +
                               QStringLiteral(" FROM access_grant WHERE id = ?"),
                           {id}, grantFrom, [&] { return notFound(tr("grant"), id); });
}

Result<QList<Grant>> PeopleRepository::grants(Id personId, bool includeEnded) const
{
    return m_db.rows<Grant>(QStringLiteral("SELECT ") + kGrantCols +
                                QStringLiteral(" FROM access_grant WHERE person_id = ? %1 ORDER BY id")
                                    .arg(includeEnded ? QString() : QStringLiteral("AND ended_at IS NULL")),
                            {personId}, grantFrom);
}

Status PeopleRepository::setGrantExpiry(Id grantId, std::optional<qint64> expiresAt)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE access_grant SET expires_at = ? WHERE id = ?"),
                        {nullable(expiresAt), grantId}));
    return {};
}

Status PeopleRepository::endGrant(Id grantId, qint64 at, EndReason reason)
{
    return endGrants({grantId}, at, reason);
}

Status PeopleRepository::endGrants(const QList<Id> &grantIds, qint64 at, EndReason reason)
{
    return endRows(QStringLiteral("access_grant"), grantIds, at, reason);
}

// One statement per row, each by its primary key. An UPDATE of several ids at once (`id IN (...)`) was
// planned, under a manager's row security, as a scan of the property index over every property the
// manager sees (the planner cannot tell how many that is): 25 ms per statement at 2,000 properties
// (docs/benchmarks.md). The statement is prepared once per connection.
Status PeopleRepository::endRows(const QString &table, const QList<Id> &ids, qint64 at, EndReason reason)
{
    const QString sql =
        QStringLiteral("UPDATE %1 SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL")
            .arg(table);
    for (Id id : ids)
        PORTER_TRY(m_db.run(sql, {at, toString(reason), id}));
    return {};
}

Result<Id> PeopleRepository::insertShare(const GuestShare &s)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO guest_share (host_person_id, guest_person_id, key_id, starts_at, "
                       "expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {s.hostPersonId, s.guestPersonId, s.keyId, s.startsAt, nullable(s.expiresAt), s.createdAt});
}

Result<GuestShare> PeopleRepository::share(Id id) const
{
    return m_db.row<GuestShare>(QStringLiteral("SELECT ") + kShareCols +
                                    QStringLiteral(" FROM guest_share WHERE id = ?"),
                                {id}, shareFrom, [&] { return notFound(tr("guest pass"), id); });
}

Result<QList<GuestShare>> PeopleRepository::sharesByHost(Id hostId, bool includeEnded) const
{
    return m_db.rows<GuestShare>(
        QStringLiteral("SELECT ") + kShareCols +
            QStringLiteral(" FROM guest_share WHERE host_person_id = ? %1 ORDER BY id")
                .arg(includeEnded ? QString() : QStringLiteral("AND ended_at IS NULL")),
        {hostId}, shareFrom);
}

Result<QList<GuestShare>> PeopleRepository::sharesOfGuest(Id guestId, bool includeEnded) const
{
    return m_db.rows<GuestShare>(
        QStringLiteral("SELECT ") + kShareCols +
            QStringLiteral(" FROM guest_share WHERE guest_person_id = ? %1 ORDER BY id")
                .arg(includeEnded ? QString() : QStringLiteral("AND ended_at IS NULL")),
        {guestId}, shareFrom);
}

Status PeopleRepository::endShare(Id shareId, qint64 at, EndReason reason)
{
    return endShares({shareId}, at, reason);
}

Status PeopleRepository::endShares(const QList<Id> &shareIds, qint64 at, EndReason reason)
{
    return endRows(QStringLiteral("guest_share"), shareIds, at, reason);
}

Result<QList<Person>> PeopleRepository::guestsOf(Id hostId) const
{
    return m_db.rows<Person>(QStringLiteral("SELECT ") + kPersonCols +
                                 QStringLiteral(" FROM person p WHERE p.host_person_id = ? ORDER BY p.id"),
                             {hostId}, personFrom);
}

Result<Id> PeopleRepository::insertKeycard(const Keycard &k)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO keycard (person_id, serial, active, enrolled_at, changed_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {k.personId, k.serial, k.active, k.enrolledAt, k.enrolledAt});
}

Result<Keycard> PeopleRepository::keycard(Id id) const
{
    return m_db.row<Keycard>(QStringLiteral("SELECT ") + kKeycardCols +
                                 QStringLiteral(" FROM keycard WHERE id = ?"),
                             {id}, keycardFrom, [&] { return notFound(tr("keycard"), id); });
}

Result<std::optional<Keycard>> PeopleRepository::keycardBySerial(const QString &serial) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kKeycardCols +
                           QStringLiteral(" FROM keycard WHERE serial = ? AND removed_at IS NULL"),
                       {serial});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        PORTER_TRY(m_db.fetched(*q));
        return std::optional<Keycard>();
    }
    return std::optional<Keycard>(keycardFrom(*q));
}

Result<QList<Keycard>> PeopleRepository::keycards(Id personId) const
{
    return m_db.rows<Keycard>(
        QStringLiteral("SELECT ") + kKeycardCols +
            QStringLiteral(" FROM keycard WHERE person_id = ? AND removed_at IS NULL ORDER BY id"),
        {personId}, keycardFrom);
}

Status PeopleRepository::setKeycardActive(Id cardId, bool active, qint64 at)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE keycard SET active = ?, changed_at = ? WHERE id = ?"),
                        {active, at, cardId}));
    return {};
}

Status PeopleRepository::clampShareExpiry(Id shareId, qint64 notAfter)
{
    PORTER_TRY(m_db.run(QStringLiteral("UPDATE guest_share SET expires_at = %1 WHERE id = ?")
                            .arg(m_db.dialect().greatest(QStringLiteral("starts_at + 1"),
                                                         QStringLiteral("CAST(? AS BIGINT)"))),
                        {notAfter, shareId}));
    return {};
}

Status PeopleRepository::endAllOnKey(Id keyId, qint64 at, EndReason reason)
{
    PORTER_TRY(
        m_db.exec(QStringLiteral("UPDATE access_grant SET ended_at = ?, end_reason = ? WHERE key_id = ? "
                                 "AND ended_at IS NULL"),
                  {at, toString(reason), keyId}));
    PORTER_TRY(
        m_db.exec(QStringLiteral("UPDATE guest_share SET ended_at = ?, end_reason = ? WHERE key_id = ? "
                                 "AND ended_at IS NULL"),
                  {at, toString(reason), keyId}));
    return {};
}

Status PeopleRepository::removeKeycard(Id cardId, qint64 at)
{
    PORTER_TRY(
        m_db.run(QStringLiteral("UPDATE keycard SET active = 0, removed_at = ?, changed_at = ? WHERE id = ?"),
                 {at, at, cardId}));
    return {};
}

Result<QSet<Id>> PeopleRepository::offlineDoorsOfPerson(Id personId) const
{
    auto doors = m_db.rows<Id>(
        QStringLiteral("SELECT DISTINCT d.id FROM ("
                       " SELECT key_id FROM access_grant WHERE person_id = ? AND ended_at IS NULL"
                       " UNION SELECT key_id FROM guest_share WHERE guest_person_id = ? AND ended_at IS NULL"
                       ") k JOIN key_door kd ON kd.key_id = k.key_id JOIN door d ON d.id = kd.door_id "
                       "WHERE d.connectivity = 'offline'"),
        {personId, personId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!doors.ok())
        return doors.error();
    return QSet<Id>(doors->begin(), doors->end());
}

Result<QList<KeyHolder>> PeopleRepository::keyHolders(Id keyId, qint64 now) const
{
    // Columns after the person's: guest flag, grant or pass id, start, expiry, the host's names, and
    // the holder's sort name (ORDER BY in a UNION names result columns by position).
    const QString sql =
        QStringLiteral("SELECT ") + kPersonCols +
        QStringLiteral(
            ", 0, g.id, g.starts_at, g.expires_at, '', '', p.sort_name"
            " FROM access_grant g JOIN person p ON p.id = g.person_id"
            " WHERE g.key_id = ? AND g.ended_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > ?)"
            " AND p.deleted_at IS NULL"
            " UNION ALL SELECT ") +
        kPersonCols +
        QStringLiteral(
            ", 1, s.id, s.starts_at, s.expires_at, h.first_name, h.last_name, p.sort_name"
            " FROM guest_share s JOIN person p ON p.id = s.guest_person_id"
            " JOIN person h ON h.id = s.host_person_id"
            " WHERE s.key_id = ? AND s.ended_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > ?)"
            " AND p.deleted_at IS NULL"
            " ORDER BY 15, 21, 17, 16"); // guest flag, sort name, expiry, start
    return m_db.rows<KeyHolder>(sql, {keyId, now, keyId, now}, [](const QSqlQuery &q) {
        KeyHolder h;
        h.person = personFrom(q);
        h.guest = q.value(kPersonColCount + 0).toBool();
        h.grantOrShareId = q.value(kPersonColCount + 1).toLongLong();
        h.startsAt = q.value(kPersonColCount + 2).toLongLong();
        h.expiresAt = optId(q.value(kPersonColCount + 3));
        if (h.guest) {
            Person host;
            host.firstName = q.value(kPersonColCount + 4).toString();
            host.lastName = q.value(kPersonColCount + 5).toString();
            h.hostName = host.displayName();
        }
        return h;
    });
}

Result<QHash<Id, int>> PeopleRepository::keyHolderCounts(Id propertyId, qint64 now) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT key_id, COUNT(DISTINCT holder) FROM ("
            " SELECT g.key_id AS key_id, g.person_id AS holder FROM access_grant g"
            " JOIN access_key k ON k.id = g.key_id JOIN person p ON p.id = g.person_id"
            " WHERE k.property_id = ? AND g.ended_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > ?)"
            " AND p.deleted_at IS NULL"
            " UNION ALL SELECT s.key_id, s.guest_person_id FROM guest_share s"
            " JOIN access_key k ON k.id = s.key_id JOIN person p ON p.id = s.guest_person_id"
            " WHERE k.property_id = ? AND s.ended_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > ?)"
            " AND p.deleted_at IS NULL"
            ") held GROUP BY key_id"),
        {propertyId, now, propertyId, now});
    if (!q.ok())
        return q.error();
    QHash<Id, int> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

} // namespace porter
