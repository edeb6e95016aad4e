#include "dataset.h"

#include "access/directoryservice.h"
#include "model/schedule.h"
#include "model/types.h"
#include "store/database.h"
#include "store/peoplerepository.h"
#include "util/clock.h"
#include "util/localtime.h"
#include "util/searchtext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <vector>

namespace porter::bench {
namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kYear = 365 * kDay;
constexpr qint64 kHistory = 3 * kYear; // people were invited over the last three years

// Deterministic (splitmix64): the same scale always gives the same file, so figures compare across runs.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi); lo when the range is empty.
    qint64 range(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + qint64(next() % quint64(hi - lo)); }
    int below(int n) { return int(range(0, n)); }
    bool chance(double p) { return double(next() >> 11) * (1.0 / 9007199254740992.0) < p; }

private:
    quint64 m_state;
};

void note(const QString &text)
{
    std::fprintf(stderr, "porter_bench_store: %s\n", qPrintable(text));
    std::fflush(stderr);
}

// Fatal inside the generator only; generate() turns it into an Error.
[[noreturn]] void fail(const QString &what, const QSqlError &e)
{
    throw std::runtime_error(qPrintable(what + QStringLiteral(": ") + e.text()));
}

// One prepared statement, bound and stepped per row: the fast path through Qt Sql.
class Bulk
{
public:
    Bulk(const QSqlDatabase &db, const QString &sql)
        : m_q(db)
        , m_sql(sql)
    {
        m_q.setForwardOnly(true);
        if (!m_q.prepare(sql))
            fail(sql, m_q.lastError());
    }
    void operator()(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &v : values)
            m_q.bindValue(i++, v);
        if (!m_q.exec())
            fail(m_sql, m_q.lastError());
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

private:
    QSqlQuery m_q;
    QString m_sql;
    qint64 m_rows = 0;
};

void execOrFail(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(sql, q.lastError());
}

QVariant timeOrNull(qint64 t)
{
    return t ? QVariant(t) : QVariant();
}

const char *const kFirstNames[] = {
    "James",     "Mary",     "Robert",   "Patricia",  "John",    "Jennifer", "Michael",  "Linda",
    "David",     "Barbara",  "William",  "Susan",     "Richard", "Jessica",  "Joseph",   "Sarah",
    "Thomas",    "Karen",    "Charles",  "Lisa",      "Daniel",  "Nancy",    "Matthew",  "Sandra",
    "Anthony",   "Ashley",   "Mark",     "Emily",     "Steven",  "Donna",    "Paul",     "Michelle",
    "Andrew",    "Carol",    "Joshua",   "Amanda",    "Kevin",   "Melissa",  "Brian",    "Deborah",
    "George",    "Laura",    "Timothy",  "Rebecca",   "Ronald",  "Sharon",   "Jason",    "Cynthia",
    "Edward",    "Kathleen", "Jeffrey",  "Amy",       "Ryan",    "Angela",   "Jacob",    "Shirley",
    "Gary",      "Anna",     "Nicholas", "Ruth",      "Eric",    "Brenda",   "Jonathan", "Pamela",
    "Stephen",   "Nicole",   "Larry",    "Katherine", "Justin",  "Samantha", "Scott",    "Christine",
    "Brandon",   "Emma",     "Benjamin", "Catherine", "Samuel",  "Debra",    "Gregory",  "Rachel",
    "Alexander", "Carolyn",  "Patrick",  "Janet",     "Frank",   "Maria",    "Raymond",  "Olivia",
    "Jack",      "Heather",  "Dennis",   "Helen",     "Jerry",   "Camille",  "Tyler",    "Chloe",
    "Aaron",     "Lea",      "Jose",     "Manon",     "Hugo",    "Ines",     "Lucas",    "Jade",
    "Louis",     "Zoe",      "Mohamed",  "Aisha",     "Wei",     "Mei",      "Hiroshi",  "Yuki",
    "Priya",     "Arjun",    "Sofia",    "Mateo",     "Lucia",
};
const char *const kLastNames[] = {
    "Smith",      "Johnson",  "Williams",  "Brown",    "Jones",     "Garcia",    "Miller",    "Davis",
    "Rodriguez",  "Martinez", "Hernandez", "Lopez",    "Gonzalez",  "Wilson",    "Anderson",  "Thomas",
    "Taylor",     "Moore",    "Jackson",   "Martin",   "Lee",       "Perez",     "Thompson",  "White",
    "Harris",     "Sanchez",  "Clark",     "Ramirez",  "Lewis",     "Robinson",  "Walker",    "Young",
    "Allen",      "King",     "Wright",    "Scott",    "Torres",    "Nguyen",    "Hill",      "Flores",
    "Green",      "Adams",    "Nelson",    "Baker",    "Hall",      "Rivera",    "Campbell",  "Mitchell",
    "Carter",     "Roberts",  "Gomez",     "Phillips", "Evans",     "Turner",    "Diaz",      "Parker",
    "Cruz",       "Edwards",  "Collins",   "Reyes",    "Stewart",   "Morris",    "Morales",   "Murphy",
    "Cook",       "Rogers",   "Gutierrez", "Ortiz",    "Morgan",    "Cooper",    "Peterson",  "Bailey",
    "Reed",       "Kelly",    "Howard",    "Ramos",    "Kim",       "Cox",       "Ward",      "Richardson",
    "Watson",     "Brooks",   "Chavez",    "Wood",     "James",     "Bennett",   "Gray",      "Mendoza",
    "Ruiz",       "Hughes",   "Price",     "Alvarez",  "Castillo",  "Sanders",   "Patel",     "Myers",
    "Long",       "Ross",     "Foster",    "Jimenez",  "Powell",    "Jenkins",   "Perry",     "Russell",
    "Sullivan",   "Bell",     "Coleman",   "Butler",   "Henderson", "Barnes",    "Gonzales",  "Fisher",
    "Vasquez",    "Simmons",  "Romero",    "Jordan",   "Patterson", "Alexander", "Hamilton",  "Graham",
    "Reynolds",   "Griffin",  "Wallace",   "Moreno",   "West",      "Cole",      "Hayes",     "Bryant",
    "Herrera",    "Gibson",   "Ellis",     "Tran",     "Medina",    "Aguilar",   "Stevens",   "Murray",
    "Ford",       "Castro",   "Marshall",  "Owens",    "Harrison",  "Fernandez", "McDonald",  "Woods",
    "Washington", "Kennedy",  "Wells",     "Vargas",   "Henry",     "Chen",      "Freeman",   "Webb",
    "Tucker",     "Guzman",   "Burns",     "Crawford", "Olson",     "Simpson",   "Porter",    "Hunter",
    "Gordon",     "Mendez",   "Silva",     "Shaw",     "Snyder",    "Mason",     "Dixon",     "Munoz",
    "Hunt",       "Hicks",    "Holmes",    "Palmer",   "Wagner",    "Black",     "Robertson", "Boyd",
    "Rose",       "Stone",    "Salazar",   "Fox",      "Warren",    "Mills",     "Meyer",     "Rice",
    "Dubois",     "Moreau",   "Laurent",   "Lefebvre", "Bernard",   "Petit",     "Durand",    "Leroy",
    "Tanaka",     "Suzuki",   "Wang",      "Zhang",    "Singh",     "Kumar",     "Okafor",    "Mensah",
};
constexpr int kFirstCount = int(sizeof(kFirstNames) / sizeof(kFirstNames[0]));
constexpr int kLastCount = int(sizeof(kLastNames) / sizeof(kLastNames[0]));

struct PropertySpec
{
    const char *name;
    const char *zone;
    const char *region;
};
const PropertySpec kProperties[] = {
    {"Harbor View", "America/New_York", "US"},
    {"Maple Court", "America/Chicago", "US"},
    {"Sunset Lofts", "America/Los_Angeles", "US"},
    {"Cedar Heights", "America/Denver", "US"},
    {"Riverside Commons", "America/New_York", "US"},
    {"Desert Palms", "America/Phoenix", "US"},
    {"Lakeshore Towers", "America/Chicago", "US"},
    {"Bayfront Residences", "America/Los_Angeles", "US"},
    {"Le Jardin", "Europe/Paris", "FR"},
    {"Kings Cross Place", "Europe/London", "GB"},
    {"Oak Park Flats", "America/Chicago", "US"},
    {"Pine Ridge", "America/Denver", "US"},
    {"Beacon Hill House", "America/New_York", "US"},
    {"Mission Yards", "America/Los_Angeles", "US"},
    {"Magnolia Gardens", "America/New_York", "US"},
    {"Canal Street Lofts", "America/New_York", "US"},
    {"Quartier Latin", "Europe/Paris", "FR"},
    {"Thames Wharf", "Europe/London", "GB"},
    {"Aspen Village", "America/Denver", "US"},
    {"Coral Point", "America/New_York", "US"},
};
constexpr int kPropertySpecs = int(sizeof(kProperties) / sizeof(kProperties[0]));

struct DoorSpec
{
    const char *name;
    DoorType type;
    bool offline;
};
// The first doors of every property; the rest are residence doors "Unit 101", "Unit 102", ...
const DoorSpec kFixedDoors[] = {
    {"Main Entrance", DoorType::BuildingEntrance, false},
    {"Garage Gate", DoorType::BuildingEntrance, true},
    {"Side Entrance", DoorType::BuildingEntrance, true},
    {"Gym", DoorType::Communal, true},
    {"Pool", DoorType::Communal, true},
    {"Laundry", DoorType::Communal, true},
    {"Roof Terrace", DoorType::Communal, true},
    {"Storage", DoorType::Service, true},
    {"Mechanical Room", DoorType::Service, false},
    {"Trash Room", DoorType::Service, true},
};
constexpr int kFixedDoorCount = int(sizeof(kFixedDoors) / sizeof(kFixedDoors[0]));

enum class Fate : quint8
{
    Active,
    Invited,
    Expired,
    Revoked,
    Deleted,
    Guest
};

enum class Ev : quint8
{
    Invite,
    GrantAdd,
    GrantRemove,
    Share,
    KeycardEnroll,
    Revoke,
    Delete,
    DoorEvent
};

struct DoorRow
{
    Id id = 0;
    int property = 0;
    QString name;
    DoorType type = DoorType::Residence;
    bool offline = true;
    qint64 lastSync = 0; // the door acknowledged every change up to this moment
    qint64 ackedVersion = 0;
    qint64 doorSeq = 0; // the door's own event counter
};

struct KeyRow
{
    Id id = 0;
    int property = 0;
    QString name;
    std::vector<int> doors; // door indexes
    std::vector<Id> offlineDoorIds;
    bool shareable = true;
};

struct PersonPlan
{
    Id id = 0;
    int property = 0;
    int first = 0;
    int last = 0;
    Fate fate = Fate::Active;
    bool resident = false;
    bool mayShare = false;
    bool app = true;
    int host = -1; // guests: index of the host
    qint64 created = 0;
    qint64 endedAt = 0; // revoked_at or deleted_at
    int grantBegin = 0;
    int grantCount = 0;
    int keycard = -1;
    QString phone;
};

struct GrantPlan
{
    Id id = 0;
    int person = 0;
    int key = 0;
    qint64 created = 0;
    qint64 starts = 0;
    qint64 expires = 0; // 0 = none
    qint64 ended = 0;   // 0 = open
    EndReason reason = EndReason::None;
};

struct SharePlan
{
    Id id = 0;
    int host = 0;
    int guest = 0;
    int key = 0;
    qint64 created = 0;
    qint64 expires = 0;
    qint64 ended = 0;
    EndReason reason = EndReason::None;
};

struct KeycardPlan
{
    Id id = 0;
    int person = 0;
    QString serial;
    bool active = true;
    qint64 enrolled = 0;
    qint64 removed = 0;
};

struct Event
{
    qint64 at = 0;
    Ev kind = Ev::Invite;
    quint8 credential = 0; // door events: 0 app, 1 doorcode, 2 card
    bool granted = true;
    quint8 reason = 0; // door events: 0 none, 1 expired, 2 revoked, 3 not yet valid
    int person = 0;
    int ref = 0;   // grant, share, keycard index; door index for door events
    int count = 0; // invite: grants given; share: shares made
};

class Generator
{
public:
    Generator(Database &db, const Scale &scale, const Manager &manager, const QList<Property> &properties)
        : m_db(db)
        , m_sql(db.connection())
        , m_scale(scale)
        , m_manager(manager)
        , m_properties(properties)
        , m_rng(0x5EED0000ULL + quint64(scale.peoplePerProperty) * 31 + quint64(scale.properties))
    {}

    DatasetCounts run();

private:
    void planDirectory();
    void planPeople();
    void planShares();
    void planKeycards();
    void planEvents();
    void insertDirectory();
    void insertPeople();
    void insertJournal();
    void updateDoors();

    QString displayName(int person) const
    {
        const PersonPlan &p = m_people[size_t(person)];
        return QLatin1String(kFirstNames[p.first]) + QLatin1Char(' ') + QLatin1String(kLastNames[p.last]);
    }
    QString email(int person) const
    {
        const PersonPlan &p = m_people[size_t(person)];
        return QStringLiteral("%1.%2.%3@example.net")
            .arg(QString(QLatin1String(kFirstNames[p.first])).toLower(),
                 QString(QLatin1String(kLastNames[p.last])).toLower())
            .arg(p.id);
    }
    QString phoneFor(int property);
    // Keys whose doors change when this person's credentials change at t: their grants and the guest
    // passes they received that are not ended before t (ServiceBase::offlineDoorsOfPerson).
    std::vector<int> heldKeys(int person, qint64 t, int *grantsOpen = nullptr) const;
    std::vector<Id> offlineDoors(const std::vector<int> &keys) const;
    qint64 randomExpiryAfter(qint64 start, bool mayBeNone);

    Database &m_db;
    QSqlDatabase m_sql;
    Scale m_scale;
    Manager m_manager;
    QList<Property> m_properties;
    Rng m_rng;

    std::vector<DoorRow> m_doors;
    std::vector<KeyRow> m_keys;
    std::vector<std::vector<int>> m_keysOfProperty;
    std::vector<PersonPlan> m_people;
    std::vector<GrantPlan> m_grants;
    std::vector<SharePlan> m_shares;
    std::vector<std::vector<int>> m_sharesMadeBy;     // per person: shares they made
    std::vector<std::vector<int>> m_sharesReceivedBy; // per person: shares made to them
    std::vector<KeycardPlan> m_keycards;
    std::vector<Event> m_events;
    qint64 m_existingActivity = 0;
    DatasetCounts m_counts;
};

QString Generator::phoneFor(int property)
{
    if (m_rng.chance(0.2))
        return QString();
    const QString region = m_properties.at(property).region;
    if (region == QLatin1String("FR"))
        return QStringLiteral("+336%1").arg(m_rng.range(10000000, 99999999));
    if (region == QLatin1String("GB"))
        return QStringLiteral("+447%1").arg(m_rng.range(100000000, 999999999));
    static const int areas[] = {212, 312, 415, 617, 646, 718, 773, 917, 303, 602};
    return QStringLiteral("+1%1%2").arg(areas[m_rng.below(10)]).arg(m_rng.range(2000000, 9999999));
}

qint64 Generator::randomExpiryAfter(qint64 start, bool mayBeNone)
{
    if (mayBeNone && m_rng.chance(0.35))
        return 0;
    // A lease or a contract: one to two years after the start, and in the future.
    return std::max(start + m_rng.range(180 * kDay, 2 * kYear), kNow + m_rng.range(kDay, kYear));
}

void Generator::planDirectory()
{
    Id doorId = 0;
    Id keyId = 0;
    m_keysOfProperty.resize(size_t(m_scale.properties));
    for (int p = 0; p < m_scale.properties; ++p) {
        const int firstDoor = int(m_doors.size());
        for (int d = 0; d < m_scale.doorsPerProperty; ++d) {
            DoorRow door;
            door.id = ++doorId;
            door.property = p;
            if (d < kFixedDoorCount) {
                door.name = QLatin1String(kFixedDoors[d].name);
                door.type = kFixedDoors[d].type;
                door.offline = kFixedDoors[d].offline;
            } else {
                const int unit = d - kFixedDoorCount;
                door.name = QStringLiteral("Unit %1").arg(100 * (1 + unit / 8) + 1 + unit % 8);
                door.type = DoorType::Residence;
                door.offline = true;
            }
            m_doors.push_back(door);
        }
        const int doorCount = int(m_doors.size()) - firstDoor;
        auto byName = [&](const char *name) {
            for (int i = firstDoor; i < firstDoor + doorCount; ++i) {
                if (m_doors[size_t(i)].name == QLatin1String(name))
                    return i;
            }
            return firstDoor;
        };
        auto addKey = [&](const QString &name, std::vector<int> doors, bool shareable) {
            std::sort(doors.begin(), doors.end());
            doors.erase(std::unique(doors.begin(), doors.end()), doors.end());
            KeyRow k;
            k.id = ++keyId;
            k.property = p;
            k.name = name;
            k.doors = doors;
            for (int d : doors) {
                if (m_doors[size_t(d)].offline)
                    k.offlineDoorIds.push_back(m_doors[size_t(d)].id);
            }
            k.shareable = shareable;
            m_keysOfProperty[size_t(p)].push_back(int(m_keys.size()));
            m_keys.push_back(k);
        };
        addKey(QStringLiteral("Building Access"),
               {byName("Main Entrance"), byName("Garage Gate"), byName("Side Entrance"), byName("Gym"),
                byName("Laundry")},
               true);
        addKey(QStringLiteral("Entrances"),
               {byName("Main Entrance"), byName("Garage Gate"), byName("Side Entrance")}, true);
        addKey(QStringLiteral("Staff"),
               {byName("Main Entrance"), byName("Side Entrance"), byName("Storage"),
                byName("Mechanical Room"), byName("Trash Room")},
               false);
        addKey(QStringLiteral("Amenities"), {byName("Gym"), byName("Pool"), byName("Roof Terrace")}, true);
        addKey(QStringLiteral("Cleaning"), {byName("Laundry"), byName("Trash Room"), byName("Storage")},
               false);
        for (int d = firstDoor + kFixedDoorCount; d < firstDoor + doorCount; ++d) {
            if (int(m_keysOfProperty[size_t(p)].size()) >= m_scale.keysPerProperty)
                break;
            addKey(m_doors[size_t(d)].name + QStringLiteral(" Residents"),
                   {d, byName("Main Entrance"), byName("Garage Gate")}, true);
        }
        int set = 0;
        while (int(m_keysOfProperty[size_t(p)].size()) < m_scale.keysPerProperty) {
            std::vector<int> doors;
            const int n = 1 + m_rng.below(5);
            while (int(doors.size()) < n) {
                const int d = firstDoor + m_rng.below(doorCount);
                if (std::find(doors.begin(), doors.end(), d) == doors.end())
                    doors.push_back(d);
            }
            addKey(QStringLiteral("Access Set %1").arg(++set, 2, 10, QLatin1Char('0')), doors,
                   m_rng.chance(0.7));
        }
    }
}

void Generator::planPeople()
{
    const int perProperty = m_scale.peoplePerProperty;
    const int guestsPerProperty = perProperty / 20; // 5% are guests of residents
    const int ownPerProperty = perProperty - guestsPerProperty;
    const qint64 owners = qint64(ownPerProperty) * m_scale.properties;
    m_people.reserve(size_t(perProperty) * size_t(m_scale.properties));

    Id personId = 0;
    for (int p = 0; p < m_scale.properties; ++p) {
        for (int i = 0; i < perProperty; ++i) {
            PersonPlan person;
            person.id = ++personId;
            person.property = p;
            person.first = m_rng.below(kFirstCount);
            person.last = m_rng.below(kLastCount);
            person.phone = phoneFor(p);
            if (i >= ownPerProperty) {
                person.fate = Fate::Guest; // host, times and flags come with the shares
                person.app = m_rng.chance(0.4);
                m_people.push_back(person);
                continue;
            }
            const int roll = m_rng.below(100);
            person.fate = roll < 70   ? Fate::Active
                          : roll < 75 ? Fate::Invited
                          : roll < 85 ? Fate::Expired
                          : roll < 92 ? Fate::Revoked
                                      : Fate::Deleted;
            person.resident = m_rng.chance(0.6);
            person.mayShare = m_rng.chance(person.resident ? 0.35 : 0.05);
            person.app = m_rng.chance(0.75);
            switch (person.fate) {
            case Fate::Invited:
                person.created = kNow - m_rng.range(kHour, 30 * kDay);
                break;
            case Fate::Expired:
                person.created = kNow - m_rng.range(120 * kDay, kHistory);
                break;
            case Fate::Revoked:
            case Fate::Deleted:
                person.created = kNow - m_rng.range(30 * kDay, kHistory);
                person.endedAt = m_rng.range(person.created + kDay, kNow - kHour);
                break;
            default:
                person.created = kNow - m_rng.range(kDay, kHistory);
                break;
            }
            m_people.push_back(person);
        }
    }

    // Grants per person: one each, the rest spread at random (up to six distinct keys per person), so the
    // total is exactly the asked number.
    std::vector<int> counts(m_people.size(), 0);
    std::vector<int> ownerIndex;
    ownerIndex.reserve(size_t(owners));
    for (size_t i = 0; i < m_people.size(); ++i) {
        if (m_people[i].fate != Fate::Guest) {
            counts[i] = 1;
            ownerIndex.push_back(int(i));
        }
    }
    const int maxKeys = std::min(6, m_scale.keysPerProperty);
    for (qint64 left = m_scale.grants - owners; left > 0;) {
        const int i = ownerIndex[size_t(m_rng.below(int(ownerIndex.size())))];
        if (counts[size_t(i)] < maxKeys) {
            ++counts[size_t(i)];
            --left;
        }
    }

    m_grants.reserve(size_t(m_scale.grants));
    for (size_t i = 0; i < m_people.size(); ++i) {
        PersonPlan &person = m_people[i];
        person.grantBegin = int(m_grants.size());
        person.grantCount = counts[i];
        if (!counts[i])
            continue;
        const std::vector<int> &propertyKeys = m_keysOfProperty[size_t(person.property)];
        std::vector<int> keys;
        while (int(keys.size()) < counts[i]) {
            const int k = propertyKeys[size_t(m_rng.below(int(propertyKeys.size())))];
            if (std::find(keys.begin(), keys.end(), k) == keys.end())
                keys.push_back(k);
        }
        // The invitation gives one or two keys; the others are added later (Edit access).
        const int atInvite = std::min(counts[i], 1 + m_rng.below(2));
        const qint64 futureStart = kNow + m_rng.range(kDay, 60 * kDay);
        const qint64 lastAdd = person.fate == Fate::Expired ? kNow - 60 * kDay
                               : (person.fate == Fate::Revoked || person.fate == Fate::Deleted)
                                   ? person.endedAt - 1
                                   : kNow - kHour;
        for (int g = 0; g < counts[i]; ++g) {
            GrantPlan grant;
            grant.id = Id(m_grants.size()) + 1;
            grant.person = int(i);
            grant.key = keys[size_t(g)];
            const bool invited = person.fate == Fate::Invited;
            grant.created = (g < atInvite || invited)
                                ? person.created
                                : m_rng.range(person.created + 1, std::max(person.created + 2, lastAdd));
            grant.starts = invited ? futureStart : grant.created;
            switch (person.fate) {
            case Fate::Invited:
                grant.expires = m_rng.chance(0.85) ? grant.starts + m_rng.range(30 * kDay, kYear) : 0;
                break;
            case Fate::Expired:
                grant.expires = m_rng.range(grant.starts + 30 * kDay, kNow - kDay);
                break;
            case Fate::Active:
                // The first key keeps them active; some later ones ran out or were removed.
                if (g > 0 && grant.starts < kNow - 2 * kHour && m_rng.chance(0.2))
                    grant.expires = m_rng.range(grant.starts + kHour, kNow - kHour);
                else
                    grant.expires = randomExpiryAfter(grant.starts, true);
                if (g > 0 && m_rng.chance(0.08) && grant.created < kNow - 2 * kHour) {
                    grant.ended = m_rng.range(grant.created + kHour, kNow - kHour);
                    grant.reason = EndReason::Removed;
                }
                break;
            case Fate::Revoked:
            case Fate::Deleted:
                grant.expires = m_rng.chance(0.35) ? 0 : grant.starts + m_rng.range(180 * kDay, 2 * kYear);
                grant.ended = person.endedAt;
                grant.reason = person.fate == Fate::Revoked ? EndReason::Revoked : EndReason::Deleted;
                break;
            case Fate::Guest:
                break;
            }
            m_grants.push_back(grant);
        }
    }
}

void Generator::planShares()
{
    m_sharesMadeBy.resize(m_people.size());
    m_sharesReceivedBy.resize(m_people.size());
    // Hosts: residents who may share and hold at least one shareable key (mostly active people; some were
    // revoked or deleted later, which ended their guests' passes).
    std::vector<std::vector<int>> hosts(size_t(m_scale.properties));
    for (size_t i = 0; i < m_people.size(); ++i) {
        const PersonPlan &p = m_people[i];
        if (!p.resident || !p.mayShare || p.fate == Fate::Guest || p.fate == Fate::Invited ||
            p.fate == Fate::Expired)
            continue;
        for (int g = p.grantBegin; g < p.grantBegin + p.grantCount; ++g) {
            if (m_keys[size_t(m_grants[size_t(g)].key)].shareable) {
                hosts[size_t(p.property)].push_back(int(i));
                break;
            }
        }
    }
    for (size_t gi = 0; gi < m_people.size(); ++gi) {
        PersonPlan &guest = m_people[gi];
        if (guest.fate != Fate::Guest)
            continue;
        const std::vector<int> &candidates = hosts[size_t(guest.property)];
        for (int attempt = 0; attempt < 50 && guest.host < 0; ++attempt) {
            const int h = candidates[size_t(m_rng.below(int(candidates.size())))];
            const PersonPlan &host = m_people[size_t(h)];
            // The share happens while the host holds the key: inside the grant's window and before it ends.
            std::vector<int> usable;
            for (int g = host.grantBegin; g < host.grantBegin + host.grantCount; ++g) {
                if (m_keys[size_t(m_grants[size_t(g)].key)].shareable)
                    usable.push_back(g);
            }
            const GrantPlan &first = m_grants[size_t(usable[size_t(m_rng.below(int(usable.size())))])];
            qint64 hi = kNow - kHour;
            if (first.ended)
                hi = std::min(hi, first.ended - 1);
            if (first.expires)
                hi = std::min(hi, first.expires - kHour);
            const qint64 lo = std::max(first.starts, hi - 180 * kDay);
            if (hi - lo < 2 * kHour)
                continue;
            const qint64 t = m_rng.range(lo, hi);
            std::vector<const GrantPlan *> chosen{&first};
            for (int g : usable) {
                const GrantPlan &other = m_grants[size_t(g)];
                if (&other != &first && chosen.size() < 2 && other.starts <= t && other.created <= t &&
                    (!other.ended || other.ended > t) && (!other.expires || other.expires > t + kHour) &&
                    m_rng.chance(0.5))
                    chosen.push_back(&other);
            }
            // A pass never outlasts the host's own access; permanent only when the host's is.
            qint64 cap = 0;
            for (const GrantPlan *g : chosen) {
                if (g->expires)
                    cap = cap ? std::min(cap, g->expires) : g->expires;
            }
            qint64 expires = 0;
            if (cap || m_rng.chance(0.55)) {
                expires = t + m_rng.range(kDay, 60 * kDay);
                if (cap)
                    expires = std::min(expires, cap);
                if (expires <= t)
                    continue;
            }
            guest.host = h;
            guest.created = t;
            for (const GrantPlan *g : chosen) {
                SharePlan s;
                s.id = Id(m_shares.size()) + 1;
                s.host = h;
                s.guest = int(gi);
                s.key = g->key;
                s.created = t;
                s.expires = expires;
                if (host.fate == Fate::Revoked) {
                    s.ended = host.endedAt;
                    s.reason = EndReason::HostRevoked;
                } else if (host.fate == Fate::Deleted && !expires) {
                    s.ended = host.endedAt;
                    s.reason = EndReason::HostDeleted;
                } else if (g->reason == EndReason::Removed && !expires) {
                    s.ended = g->ended;
                    s.reason = EndReason::Removed;
                }
                m_sharesMadeBy[size_t(h)].push_back(int(m_shares.size()));
                m_sharesReceivedBy[gi].push_back(int(m_shares.size()));
                m_shares.push_back(s);
            }
        }
        if (guest.host < 0)
            throw std::runtime_error("could not find a host for a guest; the data set is too small");
    }
}

void Generator::planKeycards()
{
    quint32 serial = 0x1000;
    for (size_t i = 0; i < m_people.size(); ++i) {
        PersonPlan &p = m_people[i];
        if (p.fate == Fate::Guest || p.fate == Fate::Invited || !m_rng.chance(0.12))
            continue;
        const qint64 limit = p.endedAt ? p.endedAt - 1 : kNow - kHour;
        if (limit <= p.created + 1)
            continue;
        KeycardPlan k;
        k.id = Id(m_keycards.size()) + 1;
        k.person = int(i);
        // Distinct 4-byte UIDs: an odd multiplier is a bijection on 32 bits.
        k.serial =
            QStringLiteral("%1").arg(quint32(++serial * 2654435761U), 8, 16, QLatin1Char('0')).toUpper();
        k.enrolled = m_rng.range(p.created + 1, std::min(limit, p.created + 30 * kDay));
        k.active = m_rng.chance(0.9);
        if (p.fate == Fate::Deleted) {
            k.active = false;
            k.removed = p.endedAt;
        }
        p.keycard = int(m_keycards.size());
        m_keycards.push_back(k);
    }
}

std::vector<int> Generator::heldKeys(int person, qint64 t, int *grantsOpen) const
{
    std::vector<int> keys;
    int open = 0;
    const PersonPlan &p = m_people[size_t(person)];
    for (int g = p.grantBegin; g < p.grantBegin + p.grantCount; ++g) {
        const GrantPlan &grant = m_grants[size_t(g)];
        if (grant.created <= t && (!grant.ended || grant.ended >= t)) {
            keys.push_back(grant.key);
            ++open;
        }
    }
    for (int s : m_sharesReceivedBy[size_t(person)]) {
        const SharePlan &share = m_shares[size_t(s)];
        if (share.created <= t && (!share.ended || share.ended >= t))
            keys.push_back(share.key);
    }
    if (grantsOpen)
        *grantsOpen = open;
    return keys;
}

std::vector<Id> Generator::offlineDoors(const std::vector<int> &keys) const
{
    std::vector<Id> doors;
    for (int k : keys)
        doors.insert(doors.end(), m_keys[size_t(k)].offlineDoorIds.begin(),
                     m_keys[size_t(k)].offlineDoorIds.end());
    std::sort(doors.begin(), doors.end());
    doors.erase(std::unique(doors.begin(), doors.end()), doors.end());
    return doors;
}

void Generator::planEvents()
{
    // Manager actions first: each is one activity row and, for its offline doors, door changes.
    for (size_t i = 0; i < m_people.size(); ++i) {
        const PersonPlan &p = m_people[i];
        if (p.fate == Fate::Guest) {
            Event e;
            e.at = p.created;
            e.kind = Ev::Share;
            e.person = int(i);
            e.ref = m_sharesReceivedBy[i].front();
            e.count = int(m_sharesReceivedBy[i].size());
            m_events.push_back(e);
            continue;
        }
        int atInvite = 0;
        for (int g = p.grantBegin; g < p.grantBegin + p.grantCount; ++g) {
            const GrantPlan &grant = m_grants[size_t(g)];
            if (grant.created == p.created) {
                ++atInvite;
                continue;
            }
            Event add;
            add.at = grant.created;
            add.kind = Ev::GrantAdd;
            add.person = int(i);
            add.ref = g;
            m_events.push_back(add);
        }
        Event invite;
        invite.at = p.created;
        invite.kind = Ev::Invite;
        invite.person = int(i);
        invite.ref = p.grantBegin;
        invite.count = atInvite;
        m_events.push_back(invite);
        for (int g = p.grantBegin; g < p.grantBegin + p.grantCount; ++g) {
            const GrantPlan &grant = m_grants[size_t(g)];
            if (grant.reason == EndReason::Removed) {
                Event remove;
                remove.at = grant.ended;
                remove.kind = Ev::GrantRemove;
                remove.person = int(i);
                remove.ref = g;
                m_events.push_back(remove);
            }
        }
        if (p.keycard >= 0) {
            Event card;
            card.at = m_keycards[size_t(p.keycard)].enrolled;
            card.kind = Ev::KeycardEnroll;
            card.person = int(i);
            card.ref = p.keycard;
            m_events.push_back(card);
        }
        if (p.fate == Fate::Revoked || p.fate == Fate::Deleted) {
            Event end;
            end.at = p.endedAt;
            end.kind = p.fate == Fate::Revoked ? Ev::Revoke : Ev::Delete;
            end.person = int(i);
            m_events.push_back(end);
        }
    }

    // Door events fill the rest: people using their keys over the last year, a few refused.
    const qint64 wanted = m_scale.activity - m_existingActivity - qint64(m_events.size());
    const qint64 yearAgo = kNow - kYear;
    qint64 made = 0;
    while (made < wanted) {
        Event e;
        e.kind = Ev::DoorEvent;
        int key = 0;
        qint64 lo = 0;
        qint64 hi = 0;
        bool revoked = false;
        bool future = false;
        if (!m_shares.empty() && m_rng.chance(0.05)) {
            const SharePlan &s = m_shares[size_t(m_rng.below(int(m_shares.size())))];
            e.person = s.guest;
            key = s.key;
            lo = s.created;
            hi = std::min({s.expires ? s.expires : kNow, s.ended ? s.ended : kNow, kNow});
            revoked = s.ended != 0;
        } else {
            const GrantPlan &g = m_grants[size_t(m_rng.below(int(m_grants.size())))];
            e.person = g.person;
            key = g.key;
            lo = g.starts;
            hi = std::min({g.expires ? g.expires : kNow, g.ended ? g.ended : kNow, kNow});
            revoked = g.ended != 0;
            future = g.starts > kNow;
        }
        lo = std::max(lo, yearAgo);
        const std::vector<int> &doors = m_keys[size_t(key)].doors;
        e.ref = doors[size_t(m_rng.below(int(doors.size())))];
        if (hi - lo > 60) {
            e.at = m_rng.range(lo, hi);
            e.granted = true;
        } else if (m_rng.chance(0.1)) {
            // Tried after the access ended (or before it began): refused at the door.
            e.at = m_rng.range(future ? kNow - 30 * kDay : std::max(yearAgo, hi), kNow);
            e.granted = false;
            e.reason = future ? 3 : revoked ? 2 : 1;
        } else {
            continue;
        }
        const PersonPlan &p = m_people[size_t(e.person)];
        e.credential = (p.keycard >= 0 && m_keycards[size_t(p.keycard)].active && m_rng.chance(0.3)) ? 2
                       : p.app                                                                       ? 0
                                                                                                     : 1;
        m_events.push_back(e);
        ++made;
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });

    // When each offline door last synced: most within the week, some months ago.
    for (DoorRow &d : m_doors) {
        if (!d.offline)
            continue;
        const int roll = m_rng.below(100);
        d.lastSync = kNow - (roll < 70   ? m_rng.range(kHour, 7 * kDay)
                             : roll < 90 ? m_rng.range(7 * kDay, 60 * kDay)
                                         : m_rng.range(60 * kDay, kYear));
    }
}

void Generator::insertDirectory()
{
    Bulk door(m_sql,
              QStringLiteral("INSERT INTO door (id, property_id, name, type, connectivity, created_at, "
                             "commissioned_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 built = kNow - kHistory - 7 * kDay;
    for (const DoorRow &d : m_doors)
        door({d.id, m_properties.at(d.property).id, d.name, toString(d.type),
              toString(d.offline ? Connectivity::Offline : Connectivity::Online), built, built});
    Bulk key(m_sql,
             QStringLiteral("INSERT INTO access_key (id, property_id, name, schedule, doorcodes_allowed, "
                            "shareable, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Bulk keyDoor(m_sql, QStringLiteral("INSERT INTO key_door (key_id, door_id) VALUES (?, ?)"));
    const QString cleaning = Schedule::parse(QStringLiteral("Mon-Fri 07:00-19:00")).value().toText();
    for (const KeyRow &k : m_keys) {
        key({k.id, m_properties.at(k.property).id, k.name,
             k.name == QLatin1String("Cleaning") ? cleaning : QStringLiteral("always"),
             k.name != QLatin1String("Staff"), k.shareable, built});
        for (int d : k.doors)
            keyDoor({k.id, m_doors[size_t(d)].id});
    }
    m_counts.properties = m_properties.size();
    m_counts.doors = qint64(m_doors.size());
    m_counts.keys = qint64(m_keys.size());
}

void Generator::insertPeople()
{
    Bulk person(
        m_sql, QStringLiteral("INSERT INTO person (id, property_id, first_name, last_name, sort_name, email, "
                              "email_norm, phone, search_key, access_method, resident, may_share, "
                              "host_person_id, created_at, created_by, revoked_at, deleted_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString app = toString(AccessMethod::App);
    const QString doorcode = toString(AccessMethod::Doorcode);
    for (size_t i = 0; i < m_people.size(); ++i) {
        const PersonPlan &p = m_people[i];
        const QString first = QLatin1String(kFirstNames[p.first]);
        const QString last = QLatin1String(kLastNames[p.last]);
        const QString mail = email(int(i));
        person({p.id, m_properties.at(p.property).id, first, last,
                QString(last + QStringLiteral(", ") + first), mail, mail.toLower(),
                p.phone.isNull() ? QString(QLatin1String("")) : p.phone,
                personSearchKey(first, last, mail, p.phone), p.app ? app : doorcode, p.resident, p.mayShare,
                p.host >= 0 ? QVariant(m_people[size_t(p.host)].id) : QVariant(), p.created, m_manager.id,
                p.fate == Fate::Revoked ? QVariant(p.endedAt) : QVariant(),
                p.fate == Fate::Deleted ? QVariant(p.endedAt) : QVariant()});
        if (p.fate == Fate::Guest)
            ++m_counts.guests;
    }
    m_counts.people = person.rows();

    Bulk grant(
        m_sql,
        QStringLiteral("INSERT INTO access_grant (id, person_id, key_id, starts_at, expires_at, "
                       "created_at, created_by, ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const GrantPlan &g : m_grants)
        grant({g.id, m_people[size_t(g.person)].id, m_keys[size_t(g.key)].id, g.starts, timeOrNull(g.expires),
               g.created, m_manager.id, timeOrNull(g.ended),
               g.ended ? QVariant(toString(g.reason)) : QVariant()});
    m_counts.grants = grant.rows();

    Bulk share(m_sql, QStringLiteral("INSERT INTO guest_share (id, host_person_id, guest_person_id, key_id, "
                                     "starts_at, expires_at, created_at, ended_at, end_reason) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SharePlan &s : m_shares)
        share({s.id, m_people[size_t(s.host)].id, m_people[size_t(s.guest)].id, m_keys[size_t(s.key)].id,
               s.created, timeOrNull(s.expires), s.created, timeOrNull(s.ended),
               s.ended ? QVariant(toString(s.reason)) : QVariant()});
    m_counts.shares = share.rows();

    Bulk card(m_sql,
              QStringLiteral("INSERT INTO keycard (id, person_id, serial, active, enrolled_at, changed_at, "
                             "removed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const KeycardPlan &k : m_keycards)
        card({k.id, m_people[size_t(k.person)].id, k.serial, k.active, k.enrolled,
              k.removed ? k.removed : k.enrolled, timeOrNull(k.removed)});
    m_counts.keycards = card.rows();
}

void Generator::insertJournal()
{
    Bulk activity(m_sql,
                  QStringLiteral("INSERT INTO activity (id, at, property_id, manager_id, actor, action, "
                                 "person_id, door_id, credential, result, reason, detail, private, door_seq) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Bulk change(m_sql, QStringLiteral("INSERT INTO door_change (seq, door_id, at, kind, person_id, summary, "
                                      "effective_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Bulk mail(m_sql, QStringLiteral(
                         "INSERT INTO outbox (created_at, property_id, person_id, kind, to_addr, "
                         "subject, body, status, attempts, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString managerActor = QStringLiteral("%1 <%2>").arg(m_manager.name, m_manager.email);
    const QString credentials[] = {QStringLiteral("app"), QStringLiteral("doorcode"), QStringLiteral("card")};
    const QString reasons[] = {QString(QLatin1String("")), QStringLiteral("expired"),
                               QStringLiteral("revoked"), QStringLiteral("not-yet-valid")};
    const QString granted = QStringLiteral("granted");
    const QString refused = QStringLiteral("denied");
    const QString doorAction = QStringLiteral("door-unlock");
    const QString empty(QLatin1String(""));
    const QString privateActor = QStringLiteral("Resident (private)");
    qint64 seq = 0;
    Id activityId = m_existingActivity; // init and addProperty wrote the first rows

    auto recordChanges = [&](const std::vector<Id> &doors, qint64 at, const QString &kind, int person,
                             const QString &summary, qint64 effective) {
        for (Id doorId : doors) {
            change({++seq, doorId, at, kind, m_people[size_t(person)].id, summary, timeOrNull(effective)});
            DoorRow &door = m_doors[size_t(doorId - 1)];
            if (at <= door.lastSync)
                door.ackedVersion = seq;
        }
    };
    auto keyNames = [&](const std::vector<int> &keys) {
        QStringList names;
        for (int k : keys)
            names << m_keys[size_t(k)].name;
        return names.join(QStringLiteral(", "));
    };

    for (const Event &e : m_events) {
        const PersonPlan &p = m_people[size_t(e.person)];
        const Id propertyId = m_properties.at(p.property).id;
        const QString name = displayName(e.person);
        if (e.kind == Ev::DoorEvent) {
            DoorRow &door = m_doors[size_t(e.ref)];
            const bool isPrivate = p.resident && door.type == DoorType::Residence;
            activity({++activityId, e.at, propertyId, QVariant(), isPrivate ? privateActor : name, doorAction,
                      p.id, door.id, credentials[e.credential], e.granted ? granted : refused,
                      reasons[e.reason], empty, isPrivate, ++door.doorSeq});
            continue;
        }
        QString action;
        QString detail;
        QString actor = managerActor;
        switch (e.kind) {
        case Ev::Invite: {
            std::vector<int> keys;
            for (int g = e.ref; g < e.ref + p.grantCount; ++g) {
                if (m_grants[size_t(g)].created == p.created)
                    keys.push_back(m_grants[size_t(g)].key);
            }
            const GrantPlan &first = m_grants[size_t(e.ref)];
            const QString names = keyNames(keys);
            action = QStringLiteral("invite");
            detail = QStringLiteral("Invited %1 <%2> with %3 (%4%5%6)")
                         .arg(name, email(e.person), names, p.app ? credentials[0] : credentials[1],
                              p.resident ? QStringLiteral(", resident") : QString(),
                              p.mayShare ? QStringLiteral(", may share") : QString());
            recordChanges(offlineDoors(keys), e.at, QStringLiteral("grant-add"), e.person,
                          QStringLiteral("Add %1 (%2)").arg(name, names),
                          first.starts > e.at ? first.starts : 0);
            const bool recent = e.at > kNow - kHour;
            const QString property = m_properties.at(p.property).name;
            mail({e.at, propertyId, p.id, QStringLiteral("welcome"), email(e.person),
                  QStringLiteral("Welcome to %1").arg(property),
                  QStringLiteral("Hello %1,\n\nYou have been invited to %2.\n")
                      .arg(QLatin1String(kFirstNames[p.first]), property),
                  recent ? QStringLiteral("queued") : QStringLiteral("sent"), recent ? 0 : 1,
                  recent ? QVariant() : QVariant(e.at + 30)});
            break;
        }
        case Ev::GrantAdd: {
            const GrantPlan &g = m_grants[size_t(e.ref)];
            const QString &keyName = m_keys[size_t(g.key)].name;
            action = QStringLiteral("grant-add");
            detail = QStringLiteral("Gave %1 the key %2").arg(name, keyName);
            recordChanges(offlineDoors({g.key}), e.at, action, e.person,
                          QStringLiteral("Add %1 to %2").arg(keyName, name), g.starts > e.at ? g.starts : 0);
            break;
        }
        case Ev::GrantRemove: {
            const GrantPlan &g = m_grants[size_t(e.ref)];
            const QString &keyName = m_keys[size_t(g.key)].name;
            action = QStringLiteral("grant-remove");
            detail = QStringLiteral("Removed the key %1 from %2").arg(keyName, name);
            recordChanges(offlineDoors({g.key}), e.at, action, e.person,
                          QStringLiteral("Remove %1 from %2").arg(keyName, name), 0);
            break;
        }
        case Ev::Share: {
            std::vector<int> keys;
            for (int s : m_sharesReceivedBy[size_t(e.person)])
                keys.push_back(m_shares[size_t(s)].key);
            const SharePlan &s = m_shares[size_t(e.ref)];
            const QString hostName = displayName(s.host);
            action = QStringLiteral("share");
            actor = QStringLiteral("%1 (on behalf of %2)").arg(hostName, managerActor);
            detail = QStringLiteral("%1 shared %2 with %3 %4")
                         .arg(hostName, keyNames(keys), name,
                              s.expires ? QStringLiteral("until %1").arg(formatUtcIso(s.expires))
                                        : QStringLiteral("permanently"));
            recordChanges(offlineDoors(keys), e.at, QStringLiteral("share"), e.person,
                          QStringLiteral("Guest %1 of %2").arg(name, hostName), 0);
            break;
        }
        case Ev::KeycardEnroll: {
            const KeycardPlan &k = m_keycards[size_t(e.ref)];
            action = QStringLiteral("keycard-enroll");
            detail = QStringLiteral("Enrolled keycard %1 for %2%3")
                         .arg(k.serial, name, k.active ? QStringLiteral(" (active)") : QString());
            if (k.active || k.removed)
                recordChanges(offlineDoors(heldKeys(e.person, e.at)), e.at, QStringLiteral("keycard-on"),
                              e.person, QStringLiteral("Keycard %1 of %2").arg(k.serial, name), 0);
            break;
        }
        case Ev::Revoke:
        case Ev::Delete: {
            const bool deleting = e.kind == Ev::Delete;
            int grantsOpen = 0;
            std::vector<int> keys = heldKeys(e.person, e.at, &grantsOpen);
            int sharesEnded = 0;
            for (int s : m_sharesMadeBy[size_t(e.person)]) {
                const SharePlan &share = m_shares[size_t(s)];
                if (share.ended == e.at &&
                    (share.reason == EndReason::HostRevoked || share.reason == EndReason::HostDeleted)) {
                    keys.push_back(share.key);
                    ++sharesEnded;
                }
            }
            action = deleting ? QStringLiteral("delete") : QStringLiteral("revoke");
            detail =
                QStringLiteral("%1 %2: %3 keys and %4 guest passes ended")
                    .arg(deleting ? QStringLiteral("Deleted") : QStringLiteral("Revoked all keys of"), name)
                    .arg(grantsOpen)
                    .arg(sharesEnded);
            recordChanges(
                offlineDoors(keys), e.at, action, e.person,
                (deleting ? QStringLiteral("Delete %1") : QStringLiteral("Revoke all keys of %1")).arg(name),
                0);
            break;
        }
        case Ev::DoorEvent:
            break;
        }
        activity({++activityId, e.at, propertyId, m_manager.id, actor, action, p.id, QVariant(), empty, empty,
                  empty, detail, false, QVariant()});
    }
    m_counts.activity = m_existingActivity + activity.rows();
    m_counts.doorChanges = change.rows();
    m_counts.outbox = mail.rows();
}

void Generator::updateDoors()
{
    Bulk door(m_sql,
              QStringLiteral("UPDATE door SET ack_version = ?, last_sync_at = ?, battery = ?, firmware = ?, "
                             "clock_drift = ? WHERE id = ?"));
    for (const DoorRow &d : m_doors) {
        if (!d.offline)
            continue;
        door({d.ackedVersion, d.lastSync, 20 + m_rng.below(81),
              QStringLiteral("2.%1.0").arg(3 + m_rng.below(3)), m_rng.range(-40, 41), d.id});
    }
}

DatasetCounts Generator::run()
{
    QElapsedTimer phase;
    phase.start();
    {
        QSqlQuery q(m_sql);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM activity")) || !q.next())
            fail(QStringLiteral("count activity"), q.lastError());
        m_existingActivity = q.value(0).toLongLong();
    }
    planDirectory();
    planPeople();
    planShares();
    planKeycards();
    planEvents();
    note(QStringLiteral("planned %1 people, %2 grants, %3 guest shares, %4 events in %5 s")
             .arg(m_people.size())
             .arg(m_grants.size())
             .arg(m_shares.size())
             .arg(m_events.size())
             .arg(phase.elapsed() / 1000.0, 0, 'f', 1));

    // Bulk load: indexes are dropped and rebuilt from their own CREATE statements afterwards (one sort
    // per index instead of a million random inserts); foreign keys are checked once at the end.
    QList<QPair<QString, QString>> indexes;
    {
        QSqlQuery q(m_sql);
        if (!q.exec(
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "AND tbl_name IN ('person', 'access_grant', 'guest_share', 'keycard', "
                               "'activity', 'outbox', 'door_change')")))
            fail(QStringLiteral("list indexes"), q.lastError());
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto &index : indexes)
        execOrFail(m_sql, QStringLiteral("DROP INDEX %1").arg(index.first));
    // No journal while loading (a failed run deletes the file anyway): WAL would write every page twice.
    execOrFail(m_sql, QStringLiteral("PRAGMA journal_mode=OFF"));
    execOrFail(m_sql, QStringLiteral("PRAGMA foreign_keys=OFF"));
    execOrFail(m_sql, QStringLiteral("PRAGMA synchronous=OFF"));
    execOrFail(m_sql, QStringLiteral("PRAGMA cache_size=-262144"));
    execOrFail(m_sql, QStringLiteral("PRAGMA temp_store=MEMORY"));

    phase.restart();
    execOrFail(m_sql, QStringLiteral("BEGIN IMMEDIATE"));
    insertDirectory();
    insertPeople();
    insertJournal();
    updateDoors();
    execOrFail(m_sql, QStringLiteral("COMMIT"));
    note(QStringLiteral("inserted rows in %1 s").arg(phase.elapsed() / 1000.0, 0, 'f', 1));

    phase.restart();
    for (const auto &index : indexes)
        execOrFail(m_sql, index.second);
    note(QStringLiteral("rebuilt %1 indexes in %2 s")
             .arg(indexes.size())
             .arg(phase.elapsed() / 1000.0, 0, 'f', 1));

    phase.restart();
    execOrFail(m_sql, QStringLiteral("PRAGMA journal_mode=WAL"));
    execOrFail(m_sql, QStringLiteral("PRAGMA foreign_keys=ON"));
    execOrFail(m_sql, QStringLiteral("PRAGMA synchronous=NORMAL"));
    execOrFail(m_sql, QStringLiteral("PRAGMA temp_store=DEFAULT"));
    {
        QSqlQuery q(m_sql);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            fail(QStringLiteral("foreign_key_check"), q.lastError());
        if (q.next())
            throw std::runtime_error(
                qPrintable(QStringLiteral("generated rows break a foreign key (table %1, row %2)")
                               .arg(q.value(0).toString(), q.value(1).toString())));
    }

    // The services must read these rows as intended: compare each sampled person's status with its plan.
    PeopleRepository people(m_db);
    int checked = 0;
    for (size_t i = 0; i < m_people.size(); i += 97) {
        const PersonPlan &plan = m_people[i];
        auto status = people.status(plan.id, kNow);
        if (!status.ok())
            throw std::runtime_error(qPrintable(status.error().message));
        PersonStatus expected = PersonStatus::Active;
        switch (plan.fate) {
        case Fate::Active:
            expected = PersonStatus::Active;
            break;
        case Fate::Invited:
            expected = PersonStatus::Invited;
            break;
        case Fate::Expired:
            expected = PersonStatus::Expired;
            break;
        case Fate::Revoked:
            expected = PersonStatus::Revoked;
            break;
        case Fate::Deleted:
            expected = PersonStatus::Deleted;
            break;
        case Fate::Guest: {
            // The plan's own reading of the status rule (an oracle independent of the store's): a
            // guest is active through a pass running now, invited through one still to start,
            // expired when every open pass has run out.
            bool any = false, running = false, future = false;
            for (int s : m_sharesReceivedBy[i]) {
                const SharePlan &share = m_shares[size_t(s)];
                if (share.ended)
                    continue;
                any = true;
                if (share.created > kNow)
                    future = true;
                else if (!share.expires || share.expires > kNow)
                    running = true;
            }
            expected = running  ? PersonStatus::Active
                       : future ? PersonStatus::Invited
                       : any    ? PersonStatus::Expired
                                : PersonStatus::NoAccess;
            break;
        }
        }
        if (*status != expected)
            throw std::runtime_error(qPrintable(QStringLiteral("person %1 reads as %2, planned %3")
                                                    .arg(plan.id)
                                                    .arg(toString(*status), toString(expected))));
        ++checked;
    }
    execOrFail(m_sql, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    note(QStringLiteral("checked foreign keys and %1 sampled statuses in %2 s")
             .arg(checked)
             .arg(phase.elapsed() / 1000.0, 0, 'f', 1));
    return m_counts;
}

QJsonObject describe(const Scale &scale)
{
    return QJsonObject{
        {QStringLiteral("generator"), kGeneratorVersion},
        {QStringLiteral("scale"), scale.label},
        {QStringLiteral("schema"), Database::latestSchemaVersion()},
        {QStringLiteral("now"), kNow},
    };
}

} // namespace

Scale Scale::full()
{
    Scale s;
    s.label = QStringLiteral("full");
    return s;
}

Scale Scale::quick()
{
    Scale s;
    s.label = QStringLiteral("quick");
    s.properties = 2;
    s.grants = 30000;
    s.activity = 100000;
    return s;
}

Scale Scale::portfolio()
{
    Scale s;
    s.label = QStringLiteral("portfolio");
    s.peoplePerProperty = 500;
    s.grants = 30000;
    s.activity = 10000;
    return s;
}

QString sideFilePath(const QString &path)
{
    return path + QStringLiteral(".bench.json");
}

bool isComplete(const QString &path, const Scale &scale)
{
    QFile side(sideFilePath(path));
    if (!QFileInfo::exists(path) || !side.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject recorded = QJsonDocument::fromJson(side.readAll()).object();
    const QJsonObject wanted = describe(scale);
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (recorded.value(it.key()) != it.value())
            return false;
    }
    return recorded.value(QStringLiteral("complete")).toBool();
}

Result<DatasetCounts> generate(const QString &path, const Scale &scale)
{
    QElapsedTimer total;
    total.start();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".bench.json")})
        QFile::remove(path + suffix);
    if (scale.properties > kPropertySpecs)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("At most %1 properties.").arg(kPropertySpecs));

    DatasetCounts counts;
    {
        auto opened = Database::create(path);
        if (!opened.ok())
            return opened.error();
        Database &db = **opened;
        // The portfolio and its manager go through the real services (the scrypt hash included).
        FixedClock clock(kNow - kHistory - 30 * kDay);
        DirectoryService directory(db, clock);
        InitRequest init;
        init.portfolioName = QStringLiteral("Bench Portfolio");
        init.managerName = QStringLiteral("Bench Manager");
        init.managerEmail = QLatin1String(kManagerEmail);
        init.password = QStringLiteral("bench-password-not-a-secret");
        auto manager = directory.init(init);
        if (!manager.ok())
            return manager.error();
        QList<Property> properties;
        for (int i = 0; i < scale.properties; ++i) {
            Property p;
            p.name = QLatin1String(kProperties[i].name);
            p.timeZone = QLatin1String(kProperties[i].zone);
            p.region = QLatin1String(kProperties[i].region);
            p.address = QStringLiteral("%1 Bench Street").arg(100 + i);
            auto added = directory.addProperty(*manager, p);
            if (!added.ok())
                return added.error();
            properties.append(*added);
        }
        try {
            Generator generator(db, scale, *manager, properties);
            counts = generator.run();
        } catch (const std::exception &e) {
            return makeError(
                ErrorCode::Internal,
                QStringLiteral("Generating the data set failed: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    }

    QJsonObject side = describe(scale);
    side.insert(QStringLiteral("complete"), true);
    side.insert(QStringLiteral("seconds"), total.elapsed() / 1000.0);
    side.insert(QStringLiteral("people"), counts.people);
    side.insert(QStringLiteral("grants"), counts.grants);
    side.insert(QStringLiteral("activity"), counts.activity);
    side.insert(QStringLiteral("doorChanges"), counts.doorChanges);
    QFile file(sideFilePath(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(side).toJson()) < 0)
        return makeError(ErrorCode::Storage, QStringLiteral("Cannot write %1.").arg(file.fileName()));
    note(QStringLiteral(
             "generated %1 in %2 s: %3 properties, %4 doors, %5 keys, %6 people (%7 guests), %8 grants, "
             "%9 guest shares, %10 keycards, %11 activity, %12 door changes, %13 outbox")
             .arg(path)
             .arg(total.elapsed() / 1000.0, 0, 'f', 1)
             .arg(counts.properties)
             .arg(counts.doors)
             .arg(counts.keys)
             .arg(counts.people)
             .arg(counts.guests)
             .arg(counts.grants)
             .arg(counts.shares)
             .arg(counts.keycards)
             .arg(counts.activity)
             .arg(counts.doorChanges)
             .arg(counts.outbox));
    return counts;
}

} // namespace porter::bench
