#include "store/journalrepository.h"

#include "util/searchtext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace porter {
namespace {

// A record's values as stored: compact JSON, or '' when there are none.
QString paramsJson(const QVariantMap &params)
{
    return params.isEmpty()
               ? QString()
               : QString::fromUtf8(
                     QJsonDocument(QJsonObject::fromVariantMap(params)).toJson(QJsonDocument::Compact));
}

QVariantMap paramsFrom(const QString &json)
{
    return json.isEmpty() ? QVariantMap() : QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

} // namespace

Result<Id> JournalRepository::insertActivity(const ActivityEvent &e, bool isPrivate,
                                             std::optional<qint64> doorSeq, const QVariantMap &params)
{
    const QString json = paramsJson(params);
    return m_db.insert(
        QStringLiteral("INSERT INTO activity (at, property_id, manager_id, actor, action, person_id, "
                       "door_id, credential, result, reason, detail, private, door_seq, params) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.at, nullable(e.propertyId), nullable(e.managerId), e.actor, e.action, nullable(e.personId),
         nullable(e.doorId), text(e.credential), text(e.result), text(e.reason), text(e.detail), isPrivate,
         nullable(doorSeq), text(json)});
}

Result<bool> JournalRepository::insertDoorEvent(const ActivityEvent &e, bool isPrivate, qint64 commissioning,
                                                qint64 doorSeq)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO activity (at, property_id, manager_id, actor, action, "
                       "person_id, door_id, credential, result, reason, detail, private, door_seq, "
                       "door_commissioning) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (door_id, door_commissioning, door_seq) WHERE door_seq IS NOT NULL "
                       "DO NOTHING"),
        {e.at, nullable(e.propertyId), e.actor, e.action, nullable(e.personId), nullable(e.doorId),
         text(e.credential), text(e.result), text(e.reason), text(e.detail), isPrivate, doorSeq,
         commissioning});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> JournalRepository::insertDoorAlarm(const DoorAlarm &a, qint64 now)
{
    auto q =
        m_db.exec(QStringLiteral(
                      "INSERT INTO door_alarm (door_id, commissioning, door_seq, kind, at, detail, "
                      "message, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (door_id, commissioning, door_seq) WHERE door_seq IS NOT NULL DO NOTHING"),
                  {a.doorId, a.commissioning, nullable(a.doorSeq), a.kind, a.at, a.detail, text(a.message),
                   a.source, now});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<QList<DoorAlarm>> JournalRepository::doorAlarms(Id doorId, int limit) const
{
    return m_db.rows<DoorAlarm>(
        QStringLiteral("SELECT id, door_id, commissioning, door_seq, kind, at, detail, message, source "
                       "FROM door_alarm WHERE door_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
        {doorId, limit}, [](const QSqlQuery &q) {
            DoorAlarm a;
            a.id = q.value(0).toLongLong();
            a.doorId = q.value(1).toLongLong();
            a.commissioning = q.value(2).toLongLong();
            if (!q.value(3).isNull())
                a.doorSeq = q.value(3).toLongLong();
            a.kind = q.value(4).toString();
            a.at = q.value(5).toLongLong();
            a.detail = q.value(6).toLongLong();
            a.message = q.value(7).toString();
            a.source = q.value(8).toString();
            return a;
        });
}

// The WHERE clause over `activity a` for a filter, its parameters appended to args.
QString JournalRepository::activityWhere(const ActivityFilter &f, QVariantList &args) const
{
    QString where = QStringLiteral("1 = 1");
    if (f.propertyId) {
        where += QStringLiteral(" AND a.property_id = ?");
        args << *f.propertyId;
    }
    if (f.personId) {
        where += QStringLiteral(" AND a.person_id = ?");
        args << *f.personId;
    }
    if (f.doorId) {
        where += QStringLiteral(" AND a.door_id = ?");
        args << *f.doorId;
    }
    if (f.from) {
        where += QStringLiteral(" AND a.at >= ?");
        args << *f.from;
    }
    if (f.to) {
        where += QStringLiteral(" AND a.at < ?");
        args << *f.to;
    }
    if (!f.includePrivate)
        where += QStringLiteral(" AND a.private = 0");
    if (!f.onlyDoorIds.isEmpty()) {
        QStringList ids;
        for (Id id : f.onlyDoorIds)
            ids << QString::number(id);
        where +=
            QStringLiteral(" AND (a.door_id IS NULL OR a.door_id IN (%1))").arg(ids.join(QLatin1Char(',')));
    }
    if (f.kinds) {
        // The stored actions sorted into the page's kinds: door-unlock is a door event (and a denial
        // when refused); other door-* and doorcode-secret-* records are about devices; "denied" is a
        // refused manager action; the rest is what managers changed.
        static const QString device = QStringLiteral(
            "((a.action LIKE 'door-%' AND a.action <> 'door-unlock') OR a.action LIKE 'doorcode-secret%')");
        QStringList any;
        if (f.kinds.testFlag(ActivityKind::DoorEvents))
            any << QStringLiteral("a.action = 'door-unlock'");
        if (f.kinds.testFlag(ActivityKind::Denials))
            any << QStringLiteral(
                "a.action = 'denied' OR (a.action = 'door-unlock' AND a.result = 'denied')");
        if (f.kinds.testFlag(ActivityKind::DeviceEvents))
            any << device;
        if (f.kinds.testFlag(ActivityKind::AccessChanges))
            any << QStringLiteral("(a.action <> 'denied' AND a.action <> 'door-unlock' AND NOT %1)")
                       .arg(device);
        where += QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    const QString typed = f.search.simplified();
    if (!typed.isEmpty()) {
        // The person's search key is folded (util/searchtext.h), deleted people's too; door names and
        // the actor are matched case-insensitively.
        QString term = foldForSearch(typed);
        for (QChar &c : term)
            if (c.category() == QChar::Other_Control)
                c = QLatin1Char(' ');
        term = term.simplified();
        const QString lower = typed.toLower();
        where += QStringLiteral(" AND (EXISTS (SELECT 1 FROM person p WHERE p.id = a.person_id AND %1)"
                                " OR EXISTS (SELECT 1 FROM door d WHERE d.id = a.door_id AND %2)"
                                " OR %3)")
                     .arg(m_db.dialect().contains(QStringLiteral("p.search_key"),
                                                  QStringLiteral("CAST(? AS TEXT)")),
                          m_db.dialect().contains(QStringLiteral("lower(d.name)"),
                                                  QStringLiteral("CAST(? AS TEXT)")),
                          m_db.dialect().contains(QStringLiteral("lower(a.actor)"),
                                                  QStringLiteral("CAST(? AS TEXT)")));
        args << (term.isEmpty() ? lower : term) << lower << lower;
    }
    return where;
}

namespace {

ActivityEvent activityFrom(const QSqlQuery &q)
{
    ActivityEvent e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.propertyId = optId(q.value(2));
    e.managerId = optId(q.value(3));
    e.actor = q.value(4).toString();
    e.action = q.value(5).toString();
    e.personId = optId(q.value(6));
    e.doorId = optId(q.value(7));
    e.credential = q.value(8).toString();
    e.result = q.value(9).toString();
    e.reason = q.value(10).toString();
    e.detail = q.value(11).toString();
    return e;
}

const char *const kActivityColumns =
    "a.id, a.at, a.property_id, a.manager_id, a.actor, a.action, a.person_id, "
    "a.door_id, a.credential, a.result, a.reason, a.detail";

} // namespace

Result<QList<ActivityEvent>> JournalRepository::activity(const ActivityFilter &f) const
{
    QVariantList args;
    const QString where = activityWhere(f, args);
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM activity a WHERE %2 "
                                      "ORDER BY a.at %5, a.id %5 LIMIT %3 OFFSET %4")
                           .arg(QLatin1String(kActivityColumns), where)
                           .arg(qMax(0, f.limit))
                           .arg(qMax(0, f.offset))
                           .arg(f.oldestFirst ? QLatin1String("ASC") : QLatin1String("DESC")),
                       args);
    if (!q.ok())
        return q.error();
    QList<ActivityEvent> out;
    while (q->next())
        out.append(activityFrom(*q));
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

QString JournalRepository::activityOrder(const ActivityFilter &f, QVariantList &args) const
{
    const QLatin1String dir = f.oldestFirst ? QLatin1String("ASC") : QLatin1String("DESC");
    // Each sort is one fixed expression (the whitelist); ties are broken newest first by time and id,
    // so the order is total and paging by OFFSET neither repeats nor skips a record.
    // A record without a person or door (a NULL name) sorts first going up and last going down, as
    // SQLite orders NULLs; PostgreSQL is told so.
    const auto noCase = [&](const QString &column) -> QString {
        return QStringLiteral("%1 %2 %3")
            .arg(m_db.dialect().noCase(column), dir,
                 f.oldestFirst ? QLatin1String("NULLS FIRST") : QLatin1String("NULLS LAST"));
    };
    const auto then = [](const QString &order) -> QString { // a QString, not a QStringBuilder of temporaries
        return order + QStringLiteral(", a.at DESC, a.id DESC");
    };
    const auto byCodes = [&](const QLatin1String &column) -> QString {
        if (f.valueOrder.isEmpty())
            return then(QStringLiteral("%1 %2").arg(column, dir));
        // The codes are bound values; only their ranks are written into the statement.
        QString cases;
        for (qsizetype rank = 0; rank < f.valueOrder.size(); ++rank) {
            cases += QStringLiteral(" WHEN %1 = ? THEN %2").arg(column).arg(rank);
            args << f.valueOrder.at(rank);
        }
        // A record without a value (a manager action has no result) sorts first, as an empty cell.
        return then(QStringLiteral("CASE WHEN %1 IS NULL OR %1 = '' THEN -1%2 ELSE %3 END %4, %1 %4")
                        .arg(column, cases)
                        .arg(f.valueOrder.size())
                        .arg(dir));
    };
    switch (f.sortBy) {
    case ActivitySort::When:
        break;
    case ActivitySort::Actor:
        return then(noCase(QStringLiteral("a.actor")));
    case ActivitySort::Action:
        return byCodes(QLatin1String("a.action"));
    case ActivitySort::Person:
        return then(noCase(QStringLiteral("p.first_name")) + QStringLiteral(", ") +
                    noCase(QStringLiteral("p.last_name")));
    case ActivitySort::Door:
        return then(noCase(QStringLiteral("d.name")));
    case ActivitySort::Result:
        return byCodes(QLatin1String("a.result"));
    }
    return QStringLiteral("a.at %1, a.id %1").arg(dir);
}

Result<QList<ActivityRow>> JournalRepository::activityRows(const ActivityFilter &f) const
{
    QVariantList args;
    const QString where = activityWhere(f, args);
    const QString order = activityOrder(f, args);
    auto q = m_db.exec(
        QStringLiteral("SELECT %1, p.first_name, p.last_name, p.deleted_at, d.name, a.params FROM activity a "
                       "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN door d ON d.id = a.door_id "
                       "WHERE %2 ORDER BY %5 LIMIT %3 OFFSET %4")
            .arg(QLatin1String(kActivityColumns), where)
            .arg(qMax(0, f.limit))
            .arg(qMax(0, f.offset))
            .arg(order),
        args);
    if (!q.ok())
        return q.error();
    QList<ActivityRow> out;
    while (q->next()) {
        ActivityRow r;
        r.event = activityFrom(*q);
        if (r.event.personId) {
            Person named;
            named.firstName = q->value(12).toString();
            named.lastName = q->value(13).toString();
            r.personName = named.displayName();
            r.personDeleted = !q->value(14).isNull();
        }
        r.doorName = q->value(15).toString();
        r.params = paramsFrom(q->value(16).toString());
        out.append(r);
    }
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<int> JournalRepository::activityCount(const ActivityFilter &f) const
{
    QVariantList args;
    const QString where = activityWhere(f, args);
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM activity a WHERE %1").arg(where), args);
    if (!q.ok())
        return q.error();
    const int n = q->next() ? q->value(0).toInt() : 0;
    return n;
}

Result<Id> JournalRepository::enqueueMail(const OutboxMessage &m)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO outbox (created_at, property_id, person_id, kind, to_addr, subject, "
                       "body) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {m.createdAt, nullable(m.propertyId), nullable(m.personId), m.kind, m.to, m.subject, m.body});
}

Result<QList<OutboxMessage>> JournalRepository::outbox(const QList<Id> &propertyIds, const QString &status,
                                                       std::optional<Id> personId) const
{
    // The person's name comes with each mail (one query, not one per mail: the Outbox page of a large
    // property lists thousands). The property filter runs here too (indexes outbox_property and
    // outbox_person), never in the caller over the whole portfolio's mail.
    if (propertyIds.isEmpty())
        return QList<OutboxMessage>();
    const QString select = QStringLiteral(
        "SELECT o.id, o.created_at, o.property_id, o.person_id, o.kind, o.to_addr, o.subject, o.body, "
        "o.status, p.first_name, p.last_name, o.attempts, o.last_error, o.sent_at, o.next_attempt_at, "
        "o.message_id, o.day FROM outbox o LEFT JOIN person p ON p.id = o.person_id");
    QStringList where;
    QVariantList args;
    QStringList marks;
    for (Id id : propertyIds) {
        marks << QStringLiteral("?");
        args << id;
    }
    where << QStringLiteral("o.property_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    if (!status.isEmpty()) {
        where << QStringLiteral("o.status = ?");
        args << status;
    }
    if (personId) {
        where << QStringLiteral("o.person_id = ?");
        args << *personId;
    }
    auto q = m_db.exec(select + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) +
                           QStringLiteral(" ORDER BY o.id"),
                       args);
    if (!q.ok())
        return q.error();
    QList<OutboxMessage> out;
    while (q->next()) {
        OutboxMessage m;
        m.id = q->value(0).toLongLong();
        m.createdAt = q->value(1).toLongLong();
        m.propertyId = optId(q->value(2));
        m.personId = optId(q->value(3));
        m.kind = q->value(4).toString();
        m.to = q->value(5).toString();
        m.subject = q->value(6).toString();
        m.body = q->value(7).toString();
        m.status = q->value(8).toString();
        if (m.personId) {
            Person p;
            p.firstName = q->value(9).toString();
            p.lastName = q->value(10).toString();
            m.personName = p.displayName();
        }
        m.attempts = q->value(11).toInt();
        m.lastError = q->value(12).toString();
        if (!q->value(13).isNull())
            m.sentAt = q->value(13).toLongLong();
        m.nextAttemptAt = q->value(14).toLongLong();
        // Until its first attempt a message has only the local part of its id.
        const QString messageId = q->value(15).toString();
        m.messageId = messageId.contains(QLatin1Char('@')) ? messageId : QString();
        m.day = q->value(16).toString();
        out.append(m);
    }
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<Id> JournalRepository::recordDoorChange(const DoorChange &c)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO door_change (door_id, at, kind, person_id, summary, effective_at, "
                       "params) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {c.doorId, c.at, c.kind, nullable(c.personId), c.summary, nullable(c.effectiveAt),
         text(paramsJson(c.params))},
        QStringLiteral("seq"));
}

Status JournalRepository::recordDoorChanges(const QList<DoorChange> &changes)
{
    constexpr qsizetype kRowsPerStatement = 16;
    for (qsizetype from = 0; from < changes.size(); from += kRowsPerStatement) {
        const auto chunk = changes.mid(from, kRowsPerStatement);
        QStringList rows;
        QVariantList args;
        for (const DoorChange &c : chunk) {
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
            args << c.doorId << c.at << c.kind << nullable(c.personId) << c.summary << nullable(c.effectiveAt)
                 << text(paramsJson(c.params));
        }
        auto done =
            m_db.scalar(QStringLiteral("INSERT INTO door_change (door_id, at, kind, person_id, summary, "
                                       "effective_at, params) VALUES ") +
                            rows.join(QStringLiteral(", ")),
                        args);
        if (!done.ok())
            return done.error();
    }
    return {};
}

Result<QList<DoorChange>> JournalRepository::pendingChanges(Id doorId, ListVersion sinceVersion,
                                                            int limit) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT seq, door_id, at, kind, person_id, summary, effective_at, params FROM door_change "
            "WHERE door_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {doorId, bindVersion(sinceVersion), limit});
    if (!q.ok())
        return q.error();
    QList<DoorChange> out;
    while (q->next()) {
        DoorChange c;
        c.seq = q->value(0).toLongLong();
        c.doorId = q->value(1).toLongLong();
        c.at = q->value(2).toLongLong();
        c.kind = q->value(3).toString();
        c.personId = optId(q->value(4));
        c.summary = q->value(5).toString();
        c.effectiveAt = optId(q->value(6));
        c.params = paramsFrom(q->value(7).toString());
        out.append(c);
    }
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

Result<qint64> JournalRepository::latestChange(Id doorId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM door_change WHERE door_id = ?"),
                         {doorId});
    if (!v.ok())
        return v.error();
    return v->toLongLong();
}

Result<int> JournalRepository::changeCount(Id doorId, ListVersion sinceVersion,
                                           std::optional<ListVersion> upToVersion) const
{
    const QVariant upTo = upToVersion ? bindVersion(*upToVersion) : QVariant();
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM door_change WHERE door_id = ? AND seq > ? "
                                        "AND (CAST(? AS BIGINT) IS NULL OR seq <= ?)"),
                         {doorId, bindVersion(sinceVersion), upTo, upTo});
    if (!v.ok())
        return v.error();
    return v->toInt();
}

Result<QList<Id>> JournalRepository::doorsWithPendingChanges(Id propertyId) const
{
    // Only doors with something pending: the door_change index answers this without a scan of doors.
    auto q = m_db.exec(
        QStringLiteral("SELECT d.id FROM door d WHERE d.property_id = ? AND d.connectivity = 'offline' "
                       "AND (EXISTS (SELECT 1 FROM door_change c WHERE c.door_id = d.id "
                       "AND c.seq > d.ack_version) OR (d.commissioned_at IS NOT NULL AND "
                       "(coalesce(d.doorcode_epoch, 0) <> (SELECT k.doorcode_epoch FROM property_key k "
                       "WHERE k.property_id = d.property_id) OR coalesce(d.signing_key_epoch, 1) <> "
                       "(SELECT k.key_epoch FROM property_key k WHERE k.property_id = d.property_id)))) "
                       "ORDER BY d.name, d.id"),
        {propertyId});
    if (!q.ok())
        return q.error();
    QList<Id> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    PORTER_TRY(m_db.fetched(*q));
    return out;
}

} // namespace porter
