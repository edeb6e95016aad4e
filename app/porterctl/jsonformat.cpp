#include "jsonformat.h"

#include "util/localtime.h"

namespace porter::cli {

QJsonValue timeJson(std::optional<qint64> utc, const QTimeZone &zone)
{
    if (!utc)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("utc"), formatUtcIso(*utc)},
                       {QStringLiteral("unix"), *utc},
                       {QStringLiteral("local"), formatLocal(*utc, zone)}};
}

QJsonArray idsJson(const QList<Id> &ids)
{
    QJsonArray out;
    for (Id id : ids)
        out.append(id);
    return out;
}

QJsonValue versionJson(ListVersion v)
{
    return QJsonValue(qint64(v));
}

QJsonObject propertyJson(const Property &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("timeZone"), p.timeZone},
            {QStringLiteral("region"), p.region},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("doorcodeDigits"), p.doorcodeDigits}};
}

QJsonObject doorJson(const Door &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("propertyId"), d.propertyId},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("type"), toString(d.type)},
            {QStringLiteral("connectivity"), toString(d.connectivity)},
            {QStringLiteral("ackVersion"), versionJson(d.ackedVersion)}, // a published key: kept
            {QStringLiteral("alarms"), d.alarmCount},
            {QStringLiteral("lostEntries"), d.lostEntries}};
}

QJsonObject keyJson(const Key &k)
{
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("propertyId"), k.propertyId},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("doors"), idsJson(k.doorIds)},
            {QStringLiteral("schedule"), k.schedule.toText()},
            {QStringLiteral("doorcodesAllowed"), k.doorcodesAllowed},
            {QStringLiteral("shareable"), k.shareable}};
}

QJsonObject managerJson(const Manager &m)
{
    QJsonObject out{{QStringLiteral("id"), m.id},
                    {QStringLiteral("name"), m.name},
                    {QStringLiteral("email"), m.email},
                    {QStringLiteral("role"), toString(m.role)},
                    {QStringLiteral("keyManagement"), toString(m.keyManagement)},
                    {QStringLiteral("deviceManagement"), m.deviceManagement},
                    {QStringLiteral("properties"), idsJson(m.propertyIds)},
                    {QStringLiteral("keys"), idsJson(m.keyIds)}};
    if (!m.login.isEmpty())
        out.insert(QStringLiteral("login"), m.login); // a server portfolio's own login
    return out;
}

QString loginLine(const Manager &m)
{
    return QCoreApplication::translate("porterctl",
                                       "Their PostgreSQL login is %1: they sign in by connecting with it "
                                       "(--db postgresql://%1@SERVER/DATABASE) and its password.")
        .arg(m.login);
}

QJsonObject personJson(const Person &p, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("propertyId"), p.propertyId},
            {QStringLiteral("name"), p.displayName()},
            {QStringLiteral("firstName"), p.firstName},
            {QStringLiteral("lastName"), p.lastName},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("method"), toString(p.accessMethod)},
            {QStringLiteral("resident"), p.resident},
            {QStringLiteral("mayShare"), p.mayShare},
            {QStringLiteral("language"), p.language},
            {QStringLiteral("hostPersonId"), p.hostPersonId ? QJsonValue(*p.hostPersonId) : QJsonValue()},
            {QStringLiteral("createdAt"), timeJson(p.createdAt, zone)},
            {QStringLiteral("revokedAt"), timeJson(p.revokedAt, zone)},
            {QStringLiteral("deletedAt"), timeJson(p.deletedAt, zone)}};
}

QJsonObject grantJson(const Grant &g, const QString &keyName, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("personId"), g.personId},
            {QStringLiteral("keyId"), g.keyId},
            {QStringLiteral("key"), keyName},
            {QStringLiteral("startsAt"), timeJson(g.startsAt, zone)},
            {QStringLiteral("expiresAt"), timeJson(g.expiresAt, zone)},
            {QStringLiteral("endedAt"), timeJson(g.endedAt, zone)},
            {QStringLiteral("endReason"), toString(g.endReason)}};
}

QJsonObject shareJson(const ShareView &v, const QTimeZone &zone)
{
    const GuestShare &s = v.share;
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("hostPersonId"), s.hostPersonId},
            {QStringLiteral("host"), v.hostName},
            {QStringLiteral("guestPersonId"), s.guestPersonId},
            {QStringLiteral("guest"), v.guestName},
            {QStringLiteral("keyId"), s.keyId},
            {QStringLiteral("key"), v.keyName},
            {QStringLiteral("permanent"), s.permanent()},
            {QStringLiteral("startsAt"), timeJson(s.startsAt, zone)},
            {QStringLiteral("expiresAt"), timeJson(s.expiresAt, zone)},
            {QStringLiteral("endedAt"), timeJson(s.endedAt, zone)},
            {QStringLiteral("endReason"), toString(s.endReason)}};
}

QJsonObject keycardJson(const Keycard &k, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("personId"), k.personId},
            {QStringLiteral("serial"), k.serial},
            {QStringLiteral("active"), k.active},
            {QStringLiteral("enrolledAt"), timeJson(k.enrolledAt, zone)}};
}

QJsonObject activityJson(const ActivityEvent &e, const QTimeZone &zone)
{
    auto optId = [](std::optional<Id> id) { return id ? QJsonValue(*id) : QJsonValue(); };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), timeJson(e.at, zone)},
            {QStringLiteral("propertyId"), optId(e.propertyId)},
            {QStringLiteral("managerId"), optId(e.managerId)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("personId"), optId(e.personId)},
            {QStringLiteral("doorId"), optId(e.doorId)},
            {QStringLiteral("credential"), e.credential},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("detail"), e.detail}};
}

QJsonObject syncTaskJson(const DoorSyncTask &t, const QTimeZone &zone)
{
    QJsonArray changes;
    for (const DoorChange &c : t.changes)
        changes.append(
            QJsonObject{{QStringLiteral("seq"), c.seq},
                        {QStringLiteral("at"), timeJson(c.at, zone)},
                        {QStringLiteral("kind"), c.kind},
                        {QStringLiteral("personId"), c.personId ? QJsonValue(*c.personId) : QJsonValue()},
                        {QStringLiteral("summary"), c.summary},
                        {QStringLiteral("params"), QJsonObject::fromVariantMap(c.params)},
                        {QStringLiteral("effectiveAt"), timeJson(c.effectiveAt, zone)}});
    return {{QStringLiteral("door"), doorJson(t.door)},
            {QStringLiteral("pendingChanges"), t.pendingChanges},
            {QStringLiteral("dueSince"), timeJson(t.dueSince, zone)},
            {QStringLiteral("startsOrEndsOnDay"), t.startsOrEndsOnDay},
            {QStringLiteral("dueByEndOfDay"), t.dueByEndOfDay},
            {QStringLiteral("changes"), changes}};
}

} // namespace porter::cli
