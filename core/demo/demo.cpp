#include "demo/demo.h"

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "store/database.h"
#include "store/directoryrepository.h"
#include "util/localtime.h"

#include <QHash>

namespace porter::demo {
namespace {

struct Resident
{
    const char *first;
    const char *last;
    const char *phone;
    int unit;        // 101..104, or 0 for the other floors (common areas only)
    int leaseMonths; // lease end, months from today; 0 = no expiry (owner-occupier)
    int startDays;   // start, days from today (negative = already started, positive = invited)
    bool doorcode;
    bool mayShare;
};

// Twenty-five residents. The first eight live in the units that have their own smart lock.
constexpr Resident kResidents[] = {
    {"Avery", "Johnson", "(203) 555-0101", 101, 0, -400, false, true},
    {"Sam", "Johnson", "(203) 555-0102", 101, 0, -400, false, false},
    {"Priya", "Natarajan", "(203) 555-0103", 102, 11, -30, false, true},
    {"Diego", "Alvarez", "(203) 555-0104", 102, 11, -30, false, false},
    {"Hannah", "Kim", "(203) 555-0105", 103, 6, -180, false, true},
    {"Marcus", "Bell", "(203) 555-0106", 103, 6, -180, true, false},
    {"Olivia", "Brennan", "(203) 555-0107", 104, 12, 3, false, true},
    {"Noah", "Brennan", "(203) 555-0108", 104, 12, 3, false, false},
    {"Grace", "Okafor", "(203) 555-0109", 0, 9, -90, false, false},
    {"Ethan", "Walsh", "(203) 555-0110", 0, 0, -700, false, true},
    {"Sofia", "Rossi", "(203) 555-0111", 0, 4, -240, false, false},
    {"Liam", "O'Connor", "(203) 555-0112", 0, 8, -120, true, false},
    {"Mia", "Chen", "(203) 555-0113", 0, 10, -60, false, true},
    {"Lucas", "Moreau", "(203) 555-0114", 0, 2, -300, false, false},
    {"Chloe", "Adams", "(203) 555-0115", 0, 7, -150, false, false},
    {"Mateo", "Silva", "(203) 555-0116", 0, 12, 10, false, false},
    {"Zoe", "Fischer", "(203) 555-0117", 0, 5, -200, false, false},
    {"Isaac", "Goldberg", "(203) 555-0118", 0, 3, -330, true, false},
    {"Amara", "Diallo", "(203) 555-0119", 0, 11, -20, false, false},
    {"Owen", "Murphy", "(203) 555-0120", 0, 9, -100, false, false},
    {"Leah", "Novak", "(203) 555-0121", 0, 6, -170, false, false},
    {"Caleb", "Wright", "(203) 555-0122", 0, 1, -350, false, false},
    {"Nora", "Lindqvist", "(203) 555-0123", 0, 10, -45, false, false},
    {"Julian", "Park", "(203) 555-0124", 0, 8, -130, false, false},
    {"Ruby", "Hayes", "(203) 555-0125", 0, 4, -260, false, false},
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString emailOf(const char *first, const char *last, const char *domain)
{
    QString local = s(first).toLower() + QLatin1Char('.') + s(last).toLower();
    local.remove(QLatin1Char('\''));
    return local + QLatin1Char('@') + s(domain);
}

} // namespace

Result<DemoSummary> createDemoPortfolio(Database &db, const Clock &clock)
{
    DirectoryRepository repo(db);
    auto existing = repo.portfolios();
    if (!existing.ok())
        return existing.error();
    if (!existing->isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already has a portfolio; the demo needs an empty database. Use "
                                        "--db with a new file.")
                             .arg(db.path()));

    DirectoryService directory(db, clock);
    AccessService access(db, clock);
    DemoSummary out;
    out.portfolioName = QStringLiteral("Harbor Point Residential");
    out.managerEmail = QStringLiteral("morgan.reyes@harborpoint.example");
    out.managerPassword = QStringLiteral("porter-demo-2026");
    out.propertyManagerEmail = QStringLiteral("jamie.chen@harborpoint.example");
    out.propertyManagerPassword = QStringLiteral("porter-demo-2026");

    auto owner = directory.init(
        {out.portfolioName, QStringLiteral("Morgan Reyes"), out.managerEmail, out.managerPassword});
    if (!owner.ok())
        return owner.error();
    const Manager &pm = *owner;

    Property prop;
    prop.name = QStringLiteral("Harbor Point");
    prop.timeZone = QStringLiteral("America/New_York");
    prop.region = QStringLiteral("US");
    prop.address = QStringLiteral("100 Harbor Point Blvd, Stamford, CT 06902");
    auto property = directory.addProperty(pm, prop);
    if (!property.ok())
        return property.error();
    out.propertyId = property->id;
    auto zone = timeZoneNamed(property->timeZone);
    if (!zone.ok())
        return zone.error();
    const QDate today = localDate(clock.nowSecs(), *zone);
    // Days from today at a local time; the start of the day for a start, the end of it for a lease end.
    auto dayStart = [&](int days) { return startOfLocalDay(today.addDays(days), *zone); };
    auto monthsEnd = [&](int months) { return startOfLocalDay(today.addMonths(months).addDays(1), *zone); };

    // Doors.
    QHash<QString, Id> door;
    struct DoorSpec
    {
        const char *name;
        DoorType type;
        bool online;
    };
    const DoorSpec doorSpecs[] = {
        {"Main Entrance", DoorType::BuildingEntrance, true},
        {"Lobby", DoorType::BuildingEntrance, false},
        {"Garage Gate", DoorType::Service, true},
        {"Gym", DoorType::Communal, false},
        {"Pool", DoorType::Communal, false},
        {"Package Room", DoorType::Service, false},
        {"Rooftop", DoorType::Communal, false},
        {"Mail Room", DoorType::Communal, true},
        {"Unit 101", DoorType::Residence, false},
        {"Unit 102", DoorType::Residence, false},
        {"Unit 103", DoorType::Residence, false},
        {"Unit 104", DoorType::Residence, false},
    };
    for (const DoorSpec &spec : doorSpecs) {
        Door d;
        d.propertyId = out.propertyId;
        d.name = s(spec.name);
        d.type = spec.type;
        d.connectivity = spec.online ? Connectivity::Online : Connectivity::Offline;
        auto added = directory.addDoor(pm, d);
        if (!added.ok())
            return added.error();
        door.insert(d.name, added->id);
        ++out.doors;
    }
    auto doors = [&](std::initializer_list<const char *> names) {
        QList<Id> ids;
        for (const char *n : names)
            ids << door.value(s(n));
        return ids;
    };

    // Keys.
    QHash<QString, Id> key;
    auto addKey = [&](const QString &name, const QList<Id> &doorIds, const QString &schedule, bool share,
                      bool codes) -> Status {
        Key k;
        k.propertyId = out.propertyId;
        k.name = name;
        k.doorIds = doorIds;
        auto parsed = Schedule::parse(schedule);
        if (!parsed.ok())
            return parsed.error();
        k.schedule = *parsed;
        k.shareable = share;
        k.doorcodesAllowed = codes;
        auto added = directory.addKey(pm, k);
        if (!added.ok())
            return added.error();
        key.insert(name, added->id);
        ++out.keys;
        return {};
    };
    for (int unit = 101; unit <= 104; ++unit) {
        const QString unitDoor = QStringLiteral("Unit %1").arg(unit);
        PORTER_TRY(addKey(QStringLiteral("Unit %1 Resident").arg(unit),
                          doors({"Main Entrance", "Lobby", "Garage Gate", "Mail Room", "Package Room"})
                              << door.value(unitDoor),
                          QStringLiteral("always"), true, true));
    }
    PORTER_TRY(addKey(QStringLiteral("Building Access"),
                      doors({"Main Entrance", "Lobby", "Garage Gate", "Mail Room", "Package Room"}),
                      QStringLiteral("always"), true, true));
    PORTER_TRY(addKey(QStringLiteral("Amenities"), doors({"Gym", "Pool", "Rooftop"}),
                      QStringLiteral("Mon-Fri 06:00-22:00; Sat,Sun 08:00-22:00"), true, true));
    PORTER_TRY(addKey(QStringLiteral("Staff"),
                      doors({"Main Entrance", "Lobby", "Garage Gate", "Gym", "Pool", "Package Room",
                             "Rooftop", "Mail Room"}),
                      QStringLiteral("always"), false, false));
    PORTER_TRY(addKey(QString::fromUtf8("Vendor \u2013 Cleaning"),
                      doors({"Main Entrance", "Lobby", "Gym", "Pool", "Package Room", "Mail Room"}),
                      QStringLiteral("Mon-Fri 07:00-15:00"), false, true));

    // Residents.
    QList<Person> residents;
    for (const Resident &r : kResidents) {
        InviteRequest req;
        req.propertyId = out.propertyId;
        req.method = r.doorcode ? AccessMethod::Doorcode : AccessMethod::App;
        req.contact = {s(r.first), s(r.last), emailOf(r.first, r.last, "example.com"), s(r.phone)};
        req.keyIds = {r.unit ? key.value(QStringLiteral("Unit %1 Resident").arg(r.unit))
                             : key.value(QStringLiteral("Building Access")),
                      key.value(QStringLiteral("Amenities"))};
        req.resident = true;
        req.mayShare = r.mayShare;
        req.startsAt =
            r.startDays < 0 ? std::optional<qint64>() : std::optional<qint64>(dayStart(r.startDays));
        if (r.leaseMonths)
            req.expiresAt = monthsEnd(r.leaseMonths);
        auto invited = access.invite(pm, req);
        if (!invited.ok())
            return invited.error();
        residents.append(invited->person);
        ++out.people;
    }

    // Staff and vendors.
    struct Worker
    {
        const char *first;
        const char *last;
        const char *phone;
        const char *key;
        bool vendor;
    };
    const Worker workers[] = {
        {"Rosa", "Delgado", "(203) 555-0190", "Staff", false},
        {"Tom", "Becker", "(203) 555-0191", "Staff", false},
        {"Ana", "Ferreira", "(203) 555-0192", "Vendor \u2013 Cleaning", true},
        {"Kwame", "Mensah", "(203) 555-0193", "Vendor \u2013 Cleaning", true},
    };
    for (const Worker &w : workers) {
        InviteRequest req;
        req.propertyId = out.propertyId;
        req.method = w.vendor ? AccessMethod::Doorcode : AccessMethod::App;
        req.contact = {s(w.first), s(w.last),
                       emailOf(w.first, w.last, w.vendor ? "sparkleclean.example" : "harborpoint.example"),
                       s(w.phone)};
        req.keyIds = {key.value(s(w.key))};
        if (w.vendor)
            req.expiresAt = monthsEnd(6); // the cleaning contract's end
        auto invited = access.invite(pm, req);
        if (!invited.ok())
            return invited.error();
        ++out.people;
    }

    // Guest shares, made on the residents' behalf: permanent ones from owner-occupiers, timed ones from
    // tenants (a pass never outlasts the host's own access).
    struct GuestSpec
    {
        int host; // index into kResidents
        const char *first;
        const char *last;
        int days; // 0 = permanent
        bool doorcode;
    };
    const GuestSpec guests[] = {
        {0, "Elena", "Johnson", 0, false}, // Avery's mother, permanent
        {0, "Carlos", "Mendez", 14, true}, // dog walker, two weeks
        {9, "Ivy", "Walsh", 0, false},     // Ethan's partner, permanent
        {9, "Ben", "Torres", 3, true},     // weekend visitor
        {2, "Kiran", "Natarajan", 10, false}, {4, "Lena", "Kim", 7, false}, {12, "Paul", "Chen", 5, true},
    };
    for (const GuestSpec &g : guests) {
        const Person &host = residents.at(g.host);
        const Resident &r = kResidents[g.host];
        ShareRequest req;
        req.hostPersonId = host.id;
        req.method = g.doorcode ? AccessMethod::Doorcode : AccessMethod::App;
        req.guest = {s(g.first), s(g.last), emailOf(g.first, g.last, "guest.example"), QString()};
        req.keyIds = {r.unit ? key.value(QStringLiteral("Unit %1 Resident").arg(r.unit))
                             : key.value(QStringLiteral("Building Access"))};
        if (g.days)
            req.expiresAt = dayStart(g.days + 1);
        auto shared = access.share(pm, req);
        if (!shared.ok())
            return shared.error();
        ++out.people;
    }

    // Keycards: a few residents use one, one card waits in the office inactive.
    const struct
    {
        int resident;
        const char *serial;
        bool active;
    } cards[] = {{0, "04:A2:19:6B:3C:80", true},
                 {4, "04:7F:E1:22:9A:41", true},
                 {10, "04:11:5C:D0:7E:02", true},
                 {13, "04:9B:38:4F:A6:13", false}};
    for (const auto &c : cards) {
        auto enrolled = access.enrollKeycard(pm, residents.at(c.resident).id, s(c.serial), c.active);
        if (!enrolled.ok())
            return enrolled.error();
    }

    // Move-outs: two residents revoked (one of them with a guest, whose pass ends too), one deleted.
    for (int index : {13, 21}) {
        auto revoked = access.revokeAll(pm, residents.at(index).id);
        if (!revoked.ok())
            return revoked.error();
    }
    auto revokedHost = access.revokeAll(pm, residents.at(12).id); // Mia Chen: her guest Paul loses his pass
    if (!revokedHost.ok())
        return revokedHost.error();
    auto deleted = access.deletePerson(pm, residents.at(24).id);
    if (!deleted.ok())
        return deleted.error();

    // A Property Manager who gives and revokes keys and syncs doors, but cannot create keys.
    ManagerRequest m;
    m.name = QStringLiteral("Jamie Chen");
    m.email = out.propertyManagerEmail;
    m.password = out.propertyManagerPassword;
    m.role = ManagerRole::PropertyManager;
    m.keyManagement = KeyManagement::Limited;
    m.deviceManagement = true;
    m.propertyIds = {out.propertyId};
    auto added = directory.addManager(pm, m);
    if (!added.ok())
        return added.error();
    return out;
}

} // namespace porter::demo
