// Porter never holds data its doors' lists cannot carry (docs/door-protocol.md, "Limits"): every limit
// of the access list format (door/accesslist.h) is enforced where a manager enters the data. At each
// limit the operation succeeds; one past it, it is refused with a one-line message and nothing is
// written. (Issue 6, item 9: a 65-window schedule or a 65th keycard used to be accepted, and every later
// sync of those doors failed, revocations included.)
#include "door/accesslist.h"
#include "fixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

// The operation is refused as bad input, with one line, and the database is unchanged.
#define EXPECT_REFUSED(f, expr, mentions)                                                                    \
    do {                                                                                                     \
        const auto snapshotBefore_ = (f).snapshot();                                                         \
        const auto result_ = (expr);                                                                         \
        QVERIFY2(!result_.ok(), "expected a refusal: " #expr);                                               \
        QCOMPARE(result_.error().code, ErrorCode::InvalidInput);                                             \
        QVERIFY2(!result_.error().message.contains(QLatin1Char('\n')), qPrintable(result_.error().message)); \
        QVERIFY2(result_.error().message.contains(mentions), qPrintable(result_.error().message));           \
        QCOMPARE((f).snapshot(), snapshotBefore_);                                                           \
    } while (false)

namespace {

// n distinct weekly windows (days and minutes differ), all well formed.
Schedule windows(int n)
{
    Schedule s;
    for (int i = 0; i < n; ++i)
        s.windows.append(ScheduleWindow{1 << (i % 7), (i / 7) * 20, (i / 7) * 20 + 10});
    return s;
}

QString serial(int i)
{
    return QStringLiteral("04%1").arg(i, 8, 16, QLatin1Char('0')).toUpper();
}

Status statusOf(const Result<Key> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

} // namespace

class TestDoorLimits : public QObject
{
    Q_OBJECT

    static Key keyFor(const Fixture &f, const QString &name, const QList<Id> &doors, const Schedule &s)
    {
        Key k;
        k.propertyId = f.property.id;
        k.name = name;
        k.doorIds = doors;
        k.schedule = s;
        return k;
    }

private Q_SLOTS:
    void limitsAreTheDecoders()
    {
        // One source of truth: Porter's checks use the very constants the door's decoder enforces.
        QCOMPARE(door::kMaxWindowsPerSchedule, std::size_t(64));
        QCOMPARE(door::kMaxCardsPerHolder, std::size_t(64));
        QCOMPARE(door::kMaxRightsPerHolder, std::size_t(256));
        QCOMPARE(door::kMaxSchedules, std::size_t(4096));
        QCOMPARE(door::kMaxHolders, std::size_t(200'000));
        QCOMPARE(door::kMaxPersonId, std::uint32_t(9'999'999));
        // A list one past a limit does not validate (and so is never planned).
        door::AccessList list;
        list.schedules.push_back(door::Schedule{});
        for (int i = 0; i < 65; ++i)
            list.schedules[0].windows.push_back({1, std::uint16_t(i), std::uint16_t(i + 1)});
        QVERIFY(!door::validate(list).empty());
        list.schedules[0].windows.pop_back();
        QVERIFY2(door::validate(list).empty(), door::validate(list).c_str());
        door::Holder h;
        h.personId = 7;
        for (int i = 0; i < 65; ++i)
            h.cardSerials.push_back(serial(i).toStdString());
        QVERIFY(!door::validateHolder(h).empty());
        h.cardSerials.pop_back();
        QVERIFY(door::validateHolder(h).empty());
    }

    void weeklyWindowsPerSchedule()
    {
        Fixture f;
        auto at = f.directory->addKey(f.owner, keyFor(f, QStringLiteral("Shifts"), {f.gym.id}, windows(64)));
        QVERIFY2(at.ok(), why(at));
        EXPECT_REFUSED(f,
                       statusOf(f.directory->addKey(
                           f.owner, keyFor(f, QStringLiteral("Too many"), {f.gym.id}, windows(65)))),
                       QStringLiteral("64"));
        Key edited = *at;
        edited.schedule = windows(65);
        EXPECT_REFUSED(f, statusOf(f.directory->editKey(f.owner, edited)), QStringLiteral("64"));
    }

    void keycardsPerPerson()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        for (int i = 0; i < 64; ++i) {
            auto card = f.access->enrollKeycard(f.owner, ana.id, serial(i));
            QVERIFY2(card.ok(), why(card));
        }
        const auto enroll = [&](int i, bool active) {
            auto r = f.access->enrollKeycard(f.owner, ana.id, serial(i), active);
            return r.ok() ? Status() : Status(r.error());
        };
        EXPECT_REFUSED(f, enroll(64, true), QStringLiteral("64"));
        // Enrolled inactive, it cannot be activated either, until another card is deactivated.
        auto spare = f.access->enrollKeycard(f.owner, ana.id, serial(64), false);
        QVERIFY2(spare.ok(), why(spare));
        const auto activate = [&](Id card, bool active) {
            auto r = f.access->setKeycardActive(f.owner, card, active);
            return r.ok() ? Status() : Status(r.error());
        };
        EXPECT_REFUSED(f, activate(spare->id, true), QStringLiteral("64"));
        const Id first =
            f.db->scalar(QStringLiteral("SELECT min(id) FROM keycard WHERE person_id = ?"), {ana.id})
                ->toLongLong();
        QVERIFY(activate(first, false).ok());
        QVERIFY(activate(spare->id, true).ok());
    }

    void cardSerialLength()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        QVERIFY(f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("04112233445566778899"))
                    .ok()); // 10 bytes
        auto eleven = f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("0411223344556677889900"));
        QVERIFY(!eleven.ok());
        QCOMPARE(eleven.error().code, ErrorCode::InvalidInput);
    }

    void rightsPerPersonAtOneDoor()
    {
        Fixture f;
        const Door store = f.addDoor(f.property.id, QStringLiteral("Storeroom"));
        QList<Id> keys;
        for (int i = 0; i < 257; ++i)
            keys << f.addKey(f.property.id, QStringLiteral("Shelf %1").arg(i), {store.id}).id;
        // 256 keys opening one door: the most one person can hold there.
        InviteRequest full = f.inviteRequest(QStringLiteral("ana@example.com"), keys.mid(0, 256));
        auto ana = f.access->invite(f.owner, full);
        QVERIFY2(ana.ok(), why(ana));
        const auto addKey = [&](Id person, Id key) {
            auto r = f.access->addKey(f.owner, person, key, std::nullopt, std::nullopt);
            return r.ok() ? Status() : Status(r.error());
        };
        EXPECT_REFUSED(f, addKey(ana->person.id, keys[256]), QStringLiteral("256"));
        const auto invite = [&](const InviteRequest &r) {
            auto res = f.access->invite(f.owner, r);
            return res.ok() ? Status() : Status(res.error());
        };
        EXPECT_REFUSED(f, invite(f.inviteRequest(QStringLiteral("ben@example.com"), keys)),
                       QStringLiteral("256"));
        // A guest pass counts too: Ana may share one of her keys with a guest who holds 256 already.
        InviteRequest ben = f.inviteRequest(QStringLiteral("ben@example.com"), keys.mid(1, 256));
        ben.mayShare = true;
        auto host = f.access->invite(f.owner, ben);
        QVERIFY2(host.ok(), why(host));
        ShareRequest share;
        share.hostPersonId = host->person.id;
        share.method = AccessMethod::App;
        share.guest.firstName = QStringLiteral("Cleo");
        share.guest.email = QStringLiteral("cleo@example.com");
        share.keyIds = {keys[1]};
        share.expiresAt = f.clock.nowSecs() + 30 * 86400;
        auto pass = f.access->share(f.owner, share);
        QVERIFY2(pass.ok(), why(pass));
        for (int i = 2; i < 256; ++i)
            QVERIFY(addKey(pass->guest.id, keys[i]).ok());
        QVERIFY(addKey(pass->guest.id, keys[0]).ok()); // 256: one pass and 255 grants
        share.keyIds = {keys[2]};
        const auto shareAgain = [&]() {
            auto res = f.access->share(f.owner, share);
            return res.ok() ? Status() : Status(res.error());
        };
        EXPECT_REFUSED(f, shareAgain(), QStringLiteral("256"));
    }

    void schedulesPerDoor()
    {
        Fixture f;
        const Door busy = f.addDoor(f.property.id, QStringLiteral("Busy"));
        // 4094 keys with as many distinct schedules already open the door (written directly: building
        // them through the service one by one would take long); with "always" that is 4095.
        auto st = f.db->transaction([&]() -> Status {
            for (int i = 0; i < 4094; ++i) {
                Schedule s;
                s.windows.append(ScheduleWindow{1 << (i % 7), i / 7, i / 7 + 1});
                auto id = f.db->insert(QStringLiteral("INSERT INTO access_key (property_id, name, schedule, "
                                                      "created_at) VALUES (?, ?, ?, 0)"),
                                       {f.property.id, QStringLiteral("Slot %1").arg(i), s.toText()});
                if (!id.ok())
                    return id.error();
                PORTER_TRY(f.db->exec(QStringLiteral("INSERT INTO key_door (key_id, door_id) VALUES (?, ?)"),
                                      {*id, busy.id}));
            }
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        Schedule last;
        last.windows.append(ScheduleWindow{0x7f, 1000, 1001});
        auto at = f.directory->addKey(f.owner, keyFor(f, QStringLiteral("Last"), {busy.id}, last));
        QVERIFY2(at.ok(), why(at)); // 4096
        Schedule past;
        past.windows.append(ScheduleWindow{0x7f, 1001, 1002});
        EXPECT_REFUSED(
            f, statusOf(f.directory->addKey(f.owner, keyFor(f, QStringLiteral("Past"), {busy.id}, past))),
            QStringLiteral("4096"));
        // Another key with a schedule the door has already is fine; editing it to a new one is not.
        auto same = f.directory->addKey(f.owner, keyFor(f, QStringLiteral("Same"), {busy.id}, Schedule{}));
        QVERIFY2(same.ok(), why(same));
        Key edited = *same;
        edited.schedule = past;
        EXPECT_REFUSED(f, statusOf(f.directory->editKey(f.owner, edited)), QStringLiteral("4096"));
        // Nor may a key with a new schedule be extended to that door.
        Key gym = f.gymKey;
        gym.doorIds << busy.id;
        EXPECT_REFUSED(f, statusOf(f.directory->editKey(f.owner, gym)), QStringLiteral("4096"));
    }

    void peoplePerDoor()
    {
        Fixture f;
        const Door crowd = f.addDoor(f.property.id, QStringLiteral("Crowd"));
        const Key key = f.addKey(f.property.id, QStringLiteral("Crowd"), {crowd.id});
        const Key other = f.addKey(f.property.id, QStringLiteral("Crowd too"), {crowd.id});
        const Person host = f.invite(QStringLiteral("host@example.com"), {key.id}, true);
        // 199,998 more people already hold the key (written directly), 199,999 with the host.
        QVERIFY(
            f.db->exec(QStringLiteral(
                           "INSERT INTO person (id, property_id, first_name, sort_name, email, email_norm, "
                           "access_method, created_at) WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT "
                           "i + 1 FROM c WHERE i < 199998) SELECT 1000000 + i, ?, 'Crowd', 'crowd', "
                           "'c' || i || '@x.test', 'c' || i || '@x.test', 'app', 0 FROM c"),
                       {f.property.id})
                .ok());
        QVERIFY(
            f.db->exec(QStringLiteral("INSERT INTO access_grant (person_id, key_id, starts_at, created_at) "
                                      "SELECT id, ?, 0, 0 FROM person WHERE first_name = 'Crowd'"),
                       {key.id})
                .ok());
        auto last = f.access->invite(f.owner, f.inviteRequest(QStringLiteral("last@example.com"), {key.id}));
        QVERIFY2(last.ok(), why(last)); // 200,000
        const auto counts = [&] { return f.tableCounts(); };
        auto before = counts();
        auto past = f.access->invite(f.owner, f.inviteRequest(QStringLiteral("past@example.com"), {key.id}));
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::InvalidInput);
        QVERIFY2(past.error().message.contains(QStringLiteral("200000")), qPrintable(past.error().message));
        QCOMPARE(counts(), before);
        // A guest is a new person at the door too.
        ShareRequest share;
        share.hostPersonId = host.id;
        share.method = AccessMethod::App;
        share.guest.firstName = QStringLiteral("Gus");
        share.guest.email = QStringLiteral("gus@example.com");
        share.keyIds = {key.id};
        share.expiresAt = f.clock.nowSecs() + 30 * 86400;
        auto guest = f.access->share(f.owner, share);
        QVERIFY(!guest.ok());
        QCOMPARE(guest.error().code, ErrorCode::InvalidInput);
        QVERIFY2(guest.error().message.contains(QStringLiteral("200000")), qPrintable(guest.error().message));
        QCOMPARE(counts(), before);
        // Someone elsewhere given a key of that door: refused; someone there already: another key is fine.
        const Person outside = f.invite(QStringLiteral("outside@example.com"), {f.gymKey.id});
        before = counts();
        auto added = f.access->addKey(f.owner, outside.id, other.id, std::nullopt, std::nullopt);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        QVERIFY2(added.error().message.contains(QStringLiteral("200000")), qPrintable(added.error().message));
        QCOMPARE(counts(), before);
        auto more = f.access->addKey(f.owner, host.id, other.id, std::nullopt, std::nullopt);
        QVERIFY2(more.ok(), why(more));
    }

    void personIdsFitTheDoorcodeSpace()
    {
        Fixture f;
        // The doors (and daily doorcodes) carry person ids up to 9,999,999.
        QVERIFY(
            f.db->exec(QStringLiteral("INSERT INTO person (id, property_id, first_name, sort_name, email, "
                                      "email_norm, access_method, created_at) VALUES (9999998, ?, 'Old', "
                                      "'old', 'old@x.test', 'old@x.test', 'app', 0)"),
                       {f.property.id})
                .ok());
        f.idsContinueAfter(QStringLiteral("person"), 9'999'998);
        InviteRequest r = f.inviteRequest(QStringLiteral("ana@example.com"), {f.residentKey.id});
        r.mayShare = true;
        auto at = f.access->invite(f.owner, r);
        QVERIFY2(at.ok(), why(at));
        QCOMPARE(at->person.id, Id(9'999'999));
        const auto invite = [&]() {
            auto res =
                f.access->invite(f.owner, f.inviteRequest(QStringLiteral("ben@example.com"), {f.gymKey.id}));
            return res.ok() ? Status() : Status(res.error());
        };
        EXPECT_REFUSED(f, invite(), QStringLiteral("9999999"));
        const auto share = [&]() {
            ShareRequest s;
            s.hostPersonId = at->person.id;
            s.method = AccessMethod::App;
            s.guest.firstName = QStringLiteral("Gus");
            s.guest.email = QStringLiteral("gus@example.com");
            s.keyIds = {f.residentKey.id};
            s.expiresAt = f.clock.nowSecs() + 30 * 86400;
            auto res = f.access->share(f.owner, s);
            return res.ok() ? Status() : Status(res.error());
        };
        EXPECT_REFUSED(f, share(), QStringLiteral("9999999"));
    }
};

QTEST_GUILESS_MAIN(TestDoorLimits)
#include "tst_doorlimits.moc"
