// Managers after they are added (issue 9): editing their role, properties, Key Management and Device
// Management, resetting a password, removing one (their activity stays readable), the Portfolio Manager a
// portfolio always keeps, and permissions::missingRight, the sentence a disabled action shows.
#include "access/permissions.h"
#include "fixture.h"

#include <QTest>

using namespace porter;
using porter::test::Fixture;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

ManagerRequest requestFor(const QString &email, KeyManagement km, const QList<Id> &propertyIds,
                          const QList<Id> &keyIds = {})
{
    ManagerRequest r;
    r.name = QStringLiteral("Pat ") + email.section(QLatin1Char('@'), 0, 0);
    r.email = email;
    r.password = kPassword;
    r.role = ManagerRole::PropertyManager;
    r.keyManagement = km;
    r.propertyIds = propertyIds;
    r.keyIds = keyIds;
    return r;
}

ManagerRequest requestOf(const Manager &m)
{
    ManagerRequest r;
    r.name = m.name;
    r.email = m.email;
    r.role = m.role;
    r.keyManagement = m.keyManagement;
    r.deviceManagement = m.deviceManagement;
    r.propertyIds = m.propertyIds;
    r.keyIds = m.keyIds;
    return r;
}

std::optional<Manager> listed(Fixture &f, Id managerId)
{
    for (const Manager &m : f.directory->managers(f.owner).value())
        if (m.id == managerId)
            return m;
    return std::nullopt;
}

} // namespace

class TestManagers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editChangesLevelsScopeAndDeviceManagement();
    void editResetsThePasswordOnlyWhenGiven();
    void editValidates();
    void aManagerChangesTheirOwnPassword();
    void onlyPortfolioManagersEditAndRemoveAndTheRefusalIsRecorded();
    void theLastPortfolioManagerStays();
    void noPortfolioManagerLocksThemselvesOut();
    void removedManagerCannotSignInAndTheirActivityStays();
    void addingARemovedManagersEmailBringsThemBack();
    void aRemovedPortfolioManagerChangesNobody();
    void missingRightNamesTheRight();
};

void TestManagers::editChangesLevelsScopeAndDeviceManagement()
{
    Fixture f;
    const Property other = f.addProperty(QStringLiteral("Birch House"));
    const Door birchDoor = f.addDoor(other.id, QStringLiteral("Birch Lobby"));
    const Key birchKey = f.addKey(other.id, QStringLiteral("Birch resident"), {birchDoor.id});
    auto added = f.directory->addManager(
        f.owner, requestFor(QStringLiteral("pat@acme.test"), KeyManagement::Limited, {f.property.id}));
    QVERIFY2(added.ok(), why(added));

    ManagerRequest r = requestOf(*added);
    r.password.clear();
    r.keyManagement = KeyManagement::Specific;
    r.keyIds = {f.gymKey.id, birchKey.id};
    r.propertyIds = {f.property.id, other.id};
    r.deviceManagement = true;
    const Id lastActivity = f.lastActivityId();
    auto edited = f.directory->editManager(f.owner, added->id, r);
    QVERIFY2(edited.ok(), why(edited));
    const auto stored = listed(f, added->id);
    QVERIFY(stored);
    QCOMPARE_ENUM(stored->keyManagement, KeyManagement::Specific);
    QCOMPARE(stored->keyIds, (QList<Id>{f.gymKey.id, birchKey.id}));
    QCOMPARE(stored->propertyIds, (QList<Id>{f.property.id, other.id}));
    QVERIFY(stored->deviceManagement);
    const auto events = f.activitySince(lastActivity);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].action, QStringLiteral("manager-edit"));
    QCOMPARE(events[0].managerId, std::optional<Id>(f.owner.id));

    // Back to Full on one property: the key list goes, the other property too.
    r.keyManagement = KeyManagement::Full;
    r.keyIds.clear();
    r.propertyIds = {other.id};
    r.deviceManagement = false;
    QVERIFY(f.directory->editManager(f.owner, added->id, r).ok());
    QCOMPARE_ENUM(listed(f, added->id)->keyManagement, KeyManagement::Full);
    QVERIFY(listed(f, added->id)->keyIds.isEmpty());
    QCOMPARE(listed(f, added->id)->propertyIds, QList<Id>{other.id});
    QVERIFY(!listed(f, added->id)->deviceManagement);

    // Made a Portfolio Manager: every right, no list.
    r.role = ManagerRole::PortfolioManager;
    QVERIFY(f.directory->editManager(f.owner, added->id, r).ok());
    QCOMPARE_ENUM(listed(f, added->id)->role, ManagerRole::PortfolioManager);
    QVERIFY(listed(f, added->id)->propertyIds.isEmpty());
    QVERIFY(listed(f, added->id)->deviceManagement);
}

void TestManagers::editResetsThePasswordOnlyWhenGiven()
{
    Fixture f;
    auto added = f.directory->addManager(
        f.owner, requestFor(QStringLiteral("pat@acme.test"), KeyManagement::None, {f.property.id}));
    QVERIFY2(added.ok(), why(added));
    ManagerRequest r = requestOf(*added);
    r.name = QStringLiteral("Pat Renamed");
    QVERIFY(f.directory->editManager(f.owner, added->id, r).ok());
    QVERIFY(f.directory->authenticate(QStringLiteral("pat@acme.test"), kPassword).ok());
    QCOMPARE(f.directory->authenticate(QStringLiteral("pat@acme.test"), kPassword)->name,
             QStringLiteral("Pat Renamed"));

    r.password = QStringLiteral("short");
    QCOMPARE(f.directory->editManager(f.owner, added->id, r).error().code, ErrorCode::InvalidInput);
    r.password = QStringLiteral("a brand new password");
    QVERIFY(f.directory->editManager(f.owner, added->id, r).ok());
    QCOMPARE(f.directory->authenticate(QStringLiteral("pat@acme.test"), kPassword).error().code,
             ErrorCode::AuthenticationFailed);
    QVERIFY(f.directory->authenticate(QStringLiteral("pat@acme.test"), r.password).ok());
}

void TestManagers::editValidates()
{
    Fixture f;
    const Property other = f.addProperty(QStringLiteral("Birch House"));
    const Door birchDoor = f.addDoor(other.id, QStringLiteral("Birch Lobby"));
    const Key birchKey = f.addKey(other.id, QStringLiteral("Birch resident"), {birchDoor.id});
    const Manager pat = f.makeManager(QStringLiteral("pat@acme.test"), KeyManagement::Limited);
    const auto before = f.snapshot();
    ManagerRequest r = requestOf(pat);
    r.keyManagement = KeyManagement::Specific; // without keys
    QCOMPARE(f.directory->editManager(f.owner, pat.id, r).error().code, ErrorCode::InvalidInput);
    r.keyIds = {birchKey.id}; // a key of a property they do not manage
    QCOMPARE(f.directory->editManager(f.owner, pat.id, r).error().code, ErrorCode::NotFound);
    r = requestOf(pat);
    r.propertyIds.clear();
    QCOMPARE(f.directory->editManager(f.owner, pat.id, r).error().code, ErrorCode::InvalidInput);
    r = requestOf(pat);
    r.email = f.owner.email.toUpper(); // emails are unique, whatever the case
    QCOMPARE(f.directory->editManager(f.owner, pat.id, r).error().code, ErrorCode::Conflict);
    r = requestOf(pat);
    r.name = QStringLiteral("  ");
    QCOMPARE(f.directory->editManager(f.owner, pat.id, r).error().code, ErrorCode::InvalidInput);
    QCOMPARE(f.directory->editManager(f.owner, 999, requestOf(pat)).error().code, ErrorCode::NotFound);
    QCOMPARE(f.directory->removeManager(f.owner, 999).error().code, ErrorCode::NotFound);
    QCOMPARE(f.snapshot(), before);
}

void TestManagers::onlyPortfolioManagersEditAndRemoveAndTheRefusalIsRecorded()
{
    Fixture f;
    const Manager full = f.makeManager(QStringLiteral("full@acme.test"), KeyManagement::Full, true);
    const Manager other = f.makeManager(QStringLiteral("other@acme.test"), KeyManagement::None);
    for (const bool removing : {false, true}) {
        const Id lastActivity = f.lastActivityId();
        ManagerRequest r = requestOf(other);
        r.keyManagement = KeyManagement::Full;
        const Status st = removing ? f.directory->removeManager(full, other.id)
                                   : Status(f.directory->editManager(full, other.id, r).error());
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
        const auto events = f.activitySince(lastActivity);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("denied"));
        QCOMPARE(events[0].reason,
                 removing ? QStringLiteral("manager-remove") : QStringLiteral("manager-edit"));
        QCOMPARE(events[0].managerId, std::optional<Id>(full.id));
    }
    // The lookup a front end makes before an edit records its refusal too, once.
    const Id lastActivity = f.lastActivityId();
    QCOMPARE(f.directory->managerToEdit(full, other.id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(f.activitySince(lastActivity).size(), 1);
    QCOMPARE(f.directory->manager(full, other.id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE_ENUM(listed(f, other.id)->keyManagement, KeyManagement::None);
}

void TestManagers::theLastPortfolioManagerStays()
{
    Fixture f;
    auto second = f.directory->addManager(f.owner, [] {
        ManagerRequest r = requestFor(QStringLiteral("second@acme.test"), KeyManagement::Full, {});
        r.role = ManagerRole::PortfolioManager;
        return r;
    }());
    QVERIFY2(second.ok(), why(second));
    // Two Portfolio Managers: one may make the other a Property Manager...
    ManagerRequest demote = requestOf(f.owner);
    demote.role = ManagerRole::PropertyManager;
    demote.keyManagement = KeyManagement::Limited;
    demote.propertyIds = {f.property.id};
    QVERIFY2(f.directory->editManager(*second, f.owner.id, demote).ok(), "demoting one of two");
    // ...and now the second is the last one: nobody can demote or remove them.
    ManagerRequest self = requestOf(*second);
    self.role = ManagerRole::PropertyManager;
    self.keyManagement = KeyManagement::Full;
    self.propertyIds = {f.property.id};
    auto refused = f.directory->editManager(*second, second->id, self);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(f.directory->removeManager(*second, second->id).error().code, ErrorCode::Conflict);
    QCOMPARE_ENUM(listed(f, second->id)->role, ManagerRole::PortfolioManager);
    // The demoted owner's old session is refused as what they are now.
    QCOMPARE(f.directory->removeManager(f.owner, second->id).error().code, ErrorCode::PermissionDenied);
    QVERIFY(listed(f, second->id));
}

void TestManagers::noPortfolioManagerLocksThemselvesOut()
{
    Fixture f;
    auto second = f.directory->addManager(f.owner, [] {
        ManagerRequest r = requestFor(QStringLiteral("second@acme.test"), KeyManagement::Full, {});
        r.role = ManagerRole::PortfolioManager;
        return r;
    }());
    QVERIFY2(second.ok(), why(second));
    // Even with another Portfolio Manager around, nobody removes themselves or takes their own role.
    auto st = f.directory->removeManager(f.owner, f.owner.id);
    QCOMPARE(st.error().code, ErrorCode::Conflict);
    QVERIFY(st.error().message.contains(QStringLiteral("yourself")));
    ManagerRequest self = requestOf(f.owner);
    self.role = ManagerRole::PropertyManager;
    self.keyManagement = KeyManagement::Full;
    self.propertyIds = {f.property.id};
    QCOMPARE(f.directory->editManager(f.owner, f.owner.id, self).error().code, ErrorCode::Conflict);
    // Their own name, email and password they may change.
    ManagerRequest renamed = requestOf(f.owner);
    renamed.name = QStringLiteral("Olive O.");
    auto edited = f.directory->editManager(f.owner, f.owner.id, renamed);
    QVERIFY2(edited.ok(), why(edited));
    QCOMPARE(listed(f, f.owner.id)->name, QStringLiteral("Olive O."));
}

// Pat, a Property Manager, changes their own password: only with the current one, never to the same
// or a weak one; afterwards only the new one signs in, and the change is in the activity (no secret).
void TestManagers::aManagerChangesTheirOwnPassword()
{
    Fixture f;
    auto pat = f.directory->addManager(
        f.owner, requestFor(QStringLiteral("pat@acme.test"), KeyManagement::None, {f.property.id}));
    QVERIFY2(pat.ok(), why(pat));
    const QString next = QStringLiteral("pat's new long password");
    QCOMPARE(f.directory->changeOwnPassword(*pat, QStringLiteral("not the password"), next).error().code,
             ErrorCode::AuthenticationFailed);
    QCOMPARE(f.directory->changeOwnPassword(*pat, QString(), next).error().code,
             ErrorCode::AuthenticationFailed);
    QCOMPARE(f.directory->changeOwnPassword(*pat, kPassword, QStringLiteral("short")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(f.directory->changeOwnPassword(*pat, kPassword, kPassword).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(
        f.directory->authenticate(QStringLiteral("pat@acme.test"), kPassword).ok()); // nothing changed yet

    const Id lastActivity = f.lastActivityId();
    const Status changed = f.directory->changeOwnPassword(*pat, kPassword, next);
    QVERIFY2(changed.ok(), why(changed));
    QCOMPARE(f.directory->authenticate(QStringLiteral("pat@acme.test"), kPassword).error().code,
             ErrorCode::AuthenticationFailed);
    QVERIFY(f.directory->authenticate(QStringLiteral("pat@acme.test"), next).ok());
    const auto events = f.activitySince(lastActivity);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].action, QStringLiteral("password-change"));
    QCOMPARE(events[0].managerId, std::optional<Id>(pat->id));
    QVERIFY(!events[0].detail.contains(next));
    // A removed manager changes nothing.
    QVERIFY(f.directory->removeManager(f.owner, pat->id).ok());
    QCOMPARE(f.directory->changeOwnPassword(*pat, next, QStringLiteral("yet another long one")).error().code,
             ErrorCode::PermissionDenied);
}

void TestManagers::removedManagerCannotSignInAndTheirActivityStays()
{
    Fixture f;
    auto pat = f.directory->addManager(
        f.owner, requestFor(QStringLiteral("pat@acme.test"), KeyManagement::Limited, {f.property.id}));
    QVERIFY2(pat.ok(), why(pat));
    InviteRequest invite = f.inviteRequest(QStringLiteral("dana@example.test"), {f.gymKey.id});
    auto invited = f.access->invite(*pat, invite);
    QVERIFY2(invited.ok(), why(invited));
    const PersonStatus statusBefore = f.queries->person(f.owner, invited->person.id).value().status;
    const Id lastActivity = f.lastActivityId();
    const Status removed = f.directory->removeManager(f.owner, pat->id);
    QVERIFY2(removed.ok(), why(removed));
    const auto events = f.activitySince(lastActivity);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].action, QStringLiteral("manager-remove"));
    QVERIFY(events[0].detail.contains(QStringLiteral("pat@acme.test")));

    QCOMPARE(f.directory->authenticate(QStringLiteral("pat@acme.test"), kPassword).error().code,
             ErrorCode::AuthenticationFailed);
    QVERIFY(!listed(f, pat->id));
    QCOMPARE(f.directory->manager(f.owner, pat->id).error().code, ErrorCode::NotFound);
    QCOMPARE(f.directory->removeManager(f.owner, pat->id).error().code, ErrorCode::NotFound);
    // The person they invited keeps their access, and the invitation still names who made it.
    auto detail = f.queries->person(f.owner, invited->person.id);
    QVERIFY2(detail.ok(), why(detail));
    QCOMPARE_ENUM(detail->status, statusBefore);
    bool found = false;
    for (const ActivityEvent &e : detail->activity)
        found = found || (e.action == QLatin1String("invite") && e.managerId == std::optional<Id>(pat->id) &&
                          e.actor.contains(QStringLiteral("pat@acme.test")));
    QVERIFY(found);
}

void TestManagers::addingARemovedManagersEmailBringsThemBack()
{
    Fixture f;
    auto pat = f.directory->addManager(
        f.owner, requestFor(QStringLiteral("pat@acme.test"), KeyManagement::Limited, {f.property.id}));
    QVERIFY2(pat.ok(), why(pat));
    QVERIFY(f.directory->removeManager(f.owner, pat->id).ok());
    ManagerRequest again = requestFor(QStringLiteral("PAT@acme.test"), KeyManagement::None, {f.property.id});
    again.password = QStringLiteral("another long password");
    auto back = f.directory->addManager(f.owner, again);
    QVERIFY2(back.ok(), why(back));
    QCOMPARE(back->id, pat->id); // the same manager: their past activity is theirs again
    QCOMPARE_ENUM(listed(f, pat->id)->keyManagement, KeyManagement::None);
    QVERIFY(f.directory->authenticate(QStringLiteral("pat@acme.test"), again.password).ok());
}

void TestManagers::aRemovedPortfolioManagerChangesNobody()
{
    Fixture f;
    auto second = f.directory->addManager(f.owner, [] {
        ManagerRequest r = requestFor(QStringLiteral("second@acme.test"), KeyManagement::Full, {});
        r.role = ManagerRole::PortfolioManager;
        return r;
    }());
    QVERIFY2(second.ok(), why(second));
    const Manager pat = f.makeManager(QStringLiteral("pat@acme.test"), KeyManagement::None);
    QVERIFY(f.directory->removeManager(f.owner, second->id).ok());
    // `second` still holds a session from before: it changes nothing now.
    ManagerRequest r = requestOf(pat);
    r.keyManagement = KeyManagement::Full;
    QCOMPARE(f.directory->editManager(*second, pat.id, r).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(f.directory->removeManager(*second, f.owner.id).error().code, ErrorCode::PermissionDenied);
    QVERIFY(listed(f, f.owner.id));
}

void TestManagers::missingRightNamesTheRight()
{
    using permissions::missingRight;
    using permissions::Right;
    Fixture f;
    const Property &p = f.property;
    const Manager none = f.makeManager(QStringLiteral("none@acme.test"), KeyManagement::None);
    const Manager specific =
        f.makeManager(QStringLiteral("specific@acme.test"), KeyManagement::Specific, false, {f.gymKey.id});
    const Manager limited = f.makeManager(QStringLiteral("limited@acme.test"), KeyManagement::Limited);
    const Manager full = f.makeManager(QStringLiteral("full@acme.test"), KeyManagement::Full, true);

    for (const Right right : {Right::ManagePeople, Right::GiveKeys, Right::ManageKeys, Right::ManageDevices,
                              Right::ManageManagers, Right::ManageProperties})
        QVERIFY(missingRight(f.owner, p, right, {f.residentKey.id}).isEmpty());

    QCOMPARE(missingRight(none, p, Right::ManagePeople),
             QStringLiteral("Needs Key Management at Maple Court. Ask a Portfolio Manager to add it."));
    QCOMPARE(missingRight(none, p, Right::GiveKeys, {f.gymKey.id}),
             missingRight(none, p, Right::ManagePeople));
    QVERIFY(missingRight(specific, p, Right::ManagePeople).isEmpty());
    QVERIFY(missingRight(specific, p, Right::GiveKeys, {f.gymKey.id}).isEmpty());
    QCOMPARE(missingRight(specific, p, Right::GiveKeys, {f.gymKey.id, f.residentKey.id}),
             QStringLiteral("Needs Limited or Full Key Management: this person holds keys outside your "
                            "list. Ask a Portfolio Manager to add them."));
    QVERIFY(missingRight(limited, p, Right::GiveKeys, {f.gymKey.id, f.residentKey.id}).isEmpty());
    QCOMPARE(missingRight(limited, p, Right::ManageKeys),
             QStringLiteral("Needs Full Key Management at Maple Court. Ask a Portfolio Manager to add it."));
    QVERIFY(missingRight(full, p, Right::ManageKeys).isEmpty());
    QCOMPARE(missingRight(limited, p, Right::ManageDevices),
             QStringLiteral("Needs Device Management at Maple Court. Ask a Portfolio Manager to add it."));
    QVERIFY(missingRight(full, p, Right::ManageDevices).isEmpty());
    QCOMPARE(missingRight(full, p, Right::ManageManagers),
             QStringLiteral("Only Portfolio Managers can do this."));
    // Each sentence agrees with the check the service makes.
    QCOMPARE(missingRight(specific, p, Right::GiveKeys, {f.residentKey.id}).isEmpty(),
             permissions::canRevokePerson(specific, p, {f.residentKey.id}).ok());
    // A property they are not assigned to.
    const Property other = f.addProperty(QStringLiteral("Birch House"));
    QCOMPARE(
        missingRight(full, other, Right::ManageDevices),
        QStringLiteral("You are not a manager of Birch House. Ask a Portfolio Manager to assign it to you."));
}

QTEST_GUILESS_MAIN(TestManagers)
#include "tst_managers.moc"
