#include "fixture.h"

#include <QTest>

namespace porter::test {

Fixture::Fixture()
{
    QVERIFY(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("porter.sqlite")));
    if (!opened.ok())
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    db = std::move(opened).value();
    directory = std::make_unique<DirectoryService>(*db, clock);
    access = std::make_unique<AccessService>(*db, clock);
    queries = std::make_unique<QueryService>(*db, clock);

    auto o = directory->init({QStringLiteral("Acme Living"), QStringLiteral("Olive Owner"),
                              QStringLiteral("owner@acme.test"), QStringLiteral("correct horse battery")});
    if (!o.ok())
        qFatal("init failed: %s", qPrintable(o.error().message));
    owner = *o;
    Property p;
    p.name = QStringLiteral("Maple Court");
    p.timeZone = QStringLiteral("America/New_York");
    p.region = QStringLiteral("US");
    property = directory->addProperty(owner, p).value();
    auto door = [&](const QString &name, DoorType type, Connectivity c) {
        Door d;
        d.propertyId = property.id;
        d.name = name;
        d.type = type;
        d.connectivity = c;
        return directory->addDoor(owner, d).value();
    };
    lobby = door(QStringLiteral("Lobby"), DoorType::BuildingEntrance, Connectivity::Offline);
    unit101 = door(QStringLiteral("Unit 101"), DoorType::Residence, Connectivity::Offline);
    gym = door(QStringLiteral("Gym"), DoorType::Communal, Connectivity::Offline);
    garage = door(QStringLiteral("Garage"), DoorType::Service, Connectivity::Online);
    auto key = [&](const QString &name, QList<Id> doors, const QString &schedule, bool share, bool codes) {
        Key k;
        k.propertyId = property.id;
        k.name = name;
        k.doorIds = doors;
        k.schedule = Schedule::parse(schedule).value();
        k.shareable = share;
        k.doorcodesAllowed = codes;
        return directory->addKey(owner, k).value();
    };
    residentKey = key(QStringLiteral("Unit 101 resident"), {lobby.id, unit101.id}, QStringLiteral("always"),
                      true, true);
    gymKey = key(QStringLiteral("Gym"), {gym.id}, QStringLiteral("Mon-Fri 06:00-22:00"), true, true);
    staffKey =
        key(QStringLiteral("Staff"), {lobby.id, gym.id, garage.id}, QStringLiteral("always"), false, false);
}

Manager Fixture::makeManager(const QString &email, KeyManagement km, bool deviceManagement,
                             const QList<Id> &keyIds)
{
    ManagerRequest r;
    r.name = QStringLiteral("Manager ") + email.section(QLatin1Char('@'), 0, 0);
    r.email = email;
    r.password = QStringLiteral("manager password 1");
    r.role = ManagerRole::PropertyManager;
    r.keyManagement = km;
    r.deviceManagement = deviceManagement;
    r.propertyIds = {property.id};
    r.keyIds = keyIds;
    auto m = directory->addManager(owner, r);
    if (!m.ok())
        qFatal("addManager failed: %s", qPrintable(m.error().message));
    return *m;
}

InviteRequest Fixture::inviteRequest(const QString &email, const QList<Id> &keyIds) const
{
    InviteRequest r;
    r.propertyId = property.id;
    r.contact.firstName = email.section(QLatin1Char('@'), 0, 0);
    r.contact.lastName = QStringLiteral("Tester");
    r.contact.email = email;
    r.contact.phone = QStringLiteral("(212) 555-0142");
    r.keyIds = keyIds;
    r.expiresAt = clock.nowSecs() + 365 * 86400;
    return r;
}

Person Fixture::invite(const QString &email, const QList<Id> &keyIds, bool mayShare)
{
    InviteRequest r = inviteRequest(email, keyIds);
    r.mayShare = mayShare;
    r.resident = true;
    auto res = access->invite(owner, r);
    if (!res.ok())
        qFatal("invite failed: %s", qPrintable(res.error().message));
    return res->person;
}

int Fixture::countRows(const QString &table) const
{
    return db->scalar(QStringLiteral("SELECT count(*) FROM ") + table).value().toInt();
}

qint64 Fixture::pendingChanges(Id doorId) const
{
    return db
        ->scalar(QStringLiteral("SELECT count(*) FROM door_change c JOIN door d ON d.id = c.door_id "
                                "WHERE c.door_id = ? AND c.seq > d.ack_version"),
                 {doorId})
        .value()
        .toLongLong();
}

} // namespace porter::test
