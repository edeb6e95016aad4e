#include "access/directoryservice.h"

#include "access/permissions.h"
#include "access/validation.h"
#include "store/repositories.h"
#include "util/localtime.h"
#include "util/password.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace porter {
namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error conflictIfUnique(const Error &e, const QString &message)
{
    if (e.code == ErrorCode::Storage && e.message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
        return makeError(ErrorCode::Conflict, message);
    return e;
}

Status validatePassword(const QString &password)
{
    if (password.size() < 10)
        return invalid(QCoreApplication::translate("porter::DirectoryService",
                                                   "The password must have at least 10 characters."));
    return {};
}

} // namespace

Result<Manager> DirectoryService::init(const InitRequest &r)
{
    auto count = m_dir.managerCount();
    if (!count.ok())
        return count.error();
    if (*count > 0)
        return makeError(ErrorCode::Conflict,
                         tr("%1 already has a portfolio. Sign in as one of its managers.").arg(m_db.path()));
    auto portfolioName = validateName(r.portfolioName, tr("portfolio name"));
    if (!portfolioName.ok())
        return portfolioName.error();
    auto name = validateName(r.managerName, tr("manager name"));
    if (!name.ok())
        return name.error();
    auto email = validateEmail(r.managerEmail);
    if (!email.ok())
        return email.error();
    PORTER_TRY_ASSIGN(const QString login, checkedLogin(r.login));
    PORTER_TRY_ASSIGN(const NewPassword password, newPassword(r.password, login));
    Manager m;
    m.name = *name;
    m.email = *email;
    m.role = ManagerRole::PortfolioManager;
    m.keyManagement = KeyManagement::Full;
    m.deviceManagement = true;
    auto st = m_db.transaction([&]() -> Status {
        auto portfolioId = m_dir.insertPortfolio(*portfolioName, now());
        if (!portfolioId.ok())
            return portfolioId.error();
        m.portfolioId = *portfolioId;
        auto id = m_dir.insertManager(m, password.hash, now());
        if (!id.ok())
            return id.error();
        m.id = *id;
        if (!login.isEmpty()) {
            PORTER_TRY(m_dir.setManagerLogin(m.id, login, password.verifier));
            m.login = login;
        }
        return log(
            m, std::nullopt, QStringLiteral("init"), std::nullopt,
            QStringLiteral("Created portfolio %1 with Portfolio Manager %2").arg(*portfolioName, m.email));
    });
    if (!st.ok())
        return st.error();
    return m;
}

Result<Manager> DirectoryService::authenticate(const QString &email, const QString &password)
{
    QString hash;
    auto m = m_dir.managerByEmail(email, &hash);
    if (!m.ok())
        return m.error();
    // Verify even for an unknown email so timing does not tell which emails exist. A fixed hash with
    // the same parameters as real ones costs the same to check (computing one here would double the
    // cost of every sign-in).
    static const QString dummy =
        QStringLiteral("scrypt$15$8$1$cG9ydGVyLXRpbWluZy1zYWx0$Tk9ULUEtUkVBTC1IQVNILTAwMDAwMDAwMDAwMDAwMDA=");
    // A manager with a login has no Porter password (an empty hash): they sign in by connecting.
    const bool usable = m->has_value() && !hash.isEmpty();
    const bool good = verifyPassword(password, usable ? hash : dummy);
    if (!usable || !good)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The email or password is wrong for this database."));
    return **m;
}

Result<std::optional<Manager>> DirectoryService::connectedManager() const
{
    PORTER_TRY_ASSIGN(const DirectoryRepository::SessionLogin who, m_dir.sessionLogin());
    if (who.managerId) {
        PORTER_TRY_ASSIGN(const Manager m, m_dir.manager(*who.managerId));
        return std::optional<Manager>(m);
    }
    if (!m_db.isShared() || who.administrator)
        return std::optional<Manager>();
    return makeError(ErrorCode::AuthenticationFailed,
                     tr("The login %1 is not a manager of the portfolio at %2, or that manager was removed. "
                        "Ask a Portfolio Manager.")
                         .arg(who.login, m_db.path()));
}

Result<QString> DirectoryService::checkedLogin(const QString &login, const QString &currentLogin) const
{
    const QString name = login.trimmed();
    if (name.isEmpty())
        return QString();
    if (!m_db.isShared())
        return invalid(
            tr("Only a portfolio on a PostgreSQL server has logins; %1 is a file.").arg(m_db.path()));
    if (name == currentLogin)
        return name; // the manager's own, as it is (one linked by hand may have any name)
    static const QRegularExpression allowed(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!allowed.match(name).hasMatch() || name.startsWith(QLatin1String("pg_")) ||
        name.startsWith(QLatin1String("porter_")))
        return invalid(tr("\"%1\" cannot be a login. Use lowercase letters, digits and underscores (at most "
                          "63), not starting with a digit, pg_ or porter_.")
                           .arg(name));
    if (!currentLogin.isEmpty() && currentLogin != name)
        return makeError(
            ErrorCode::Conflict,
            tr("This manager already has the login %1; a login keeps its name.").arg(currentLogin));
    if (currentLogin != name) {
        PORTER_TRY_ASSIGN(const bool taken, m_dir.loginExists(name));
        if (taken)
            return makeError(ErrorCode::Conflict,
                             tr("The server already has a login named %1. Choose another name.").arg(name));
    }
    return name;
}

Result<DirectoryService::NewPassword> DirectoryService::newPassword(const QString &password,
                                                                    const QString &login) const
{
    PORTER_TRY(validatePassword(password));
    NewPassword out;
    if (login.isEmpty()) {
        PORTER_TRY_ASSIGN(out.hash, hashPassword(password));
    } else {
        PORTER_TRY_ASSIGN(out.verifier, m_db.loginVerifier(login, password));
        out.hash = QStringLiteral(""); // no Porter password (stored as '', a null would be NULL)
    }
    return out;
}

Result<Property> DirectoryService::addProperty(const Manager &actor, const Property &in)
{
    if (auto st = permissions::canManageProperties(actor, actor.portfolioId); !st.ok())
        return denied(actor, std::nullopt, QStringLiteral("property-add"), st.error());
    Property p = in;
    p.portfolioId = actor.portfolioId;
    auto name = validateName(in.name, tr("property name"));
    if (!name.ok())
        return name.error();
    p.name = *name;
    PORTER_TRY(checkValidText(in.address, tr("address")));
    auto zone = timeZoneNamed(in.timeZone);
    if (!zone.ok())
        return zone.error();
    p.timeZone = QString::fromUtf8(zone->id());
    p.region = in.region.isEmpty() ? QStringLiteral("US") : in.region.toUpper();
    if (in.doorcodeDigits < 7 || in.doorcodeDigits > 9)
        return invalid(tr("Doorcodes have 7, 8 or 9 digits, not %1.").arg(in.doorcodeDigits));
    if (!isValidRegion(p.region))
        return invalid(
            tr("\"%1\" is not a country code. Use a two-letter ISO code such as US or FR.").arg(in.region));
    auto st = m_db.transaction([&]() -> Status {
        auto id = m_dir.insertProperty(p, now());
        if (!id.ok())
            return conflictIfUnique(id.error(), tr("There is already a property named \"%1\".").arg(p.name));
        p.id = *id;
        return log(actor, p.id, QStringLiteral("property-add"), std::nullopt,
                   QStringLiteral("Added property %1 (%2)").arg(p.name, p.timeZone),
                   QVariantMap{{QStringLiteral("property"), p.name}, {QStringLiteral("zone"), p.timeZone}});
    });
    if (!st.ok())
        return st.error();
    return p;
}

Result<QList<Property>> DirectoryService::properties(const Manager &actor) const
{
    auto all = m_dir.properties(actor.portfolioId);
    if (!all.ok())
        return all;
    QList<Property> out;
    for (const Property &p : *all) {
        if (permissions::canViewProperty(actor, p).ok())
            out.append(p);
    }
    return out;
}

Result<Property> DirectoryService::property(const Manager &actor, Id propertyId) const
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p;
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    return p;
}

Result<Property> DirectoryService::setDoorcodeDigits(const Manager &actor, Id propertyId, int digits)
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p;
    if (auto st = permissions::canManageProperties(actor, p->portfolioId); !st.ok())
        return denied(actor, p->id, QStringLiteral("property-doorcode-digits"), st.error());
    if (digits < 7 || digits > 9)
        return invalid(tr("Doorcodes have 7, 8 or 9 digits, not %1.").arg(digits));
    if (digits == p->doorcodeDigits)
        return p;
    auto st = m_db.transaction([&]() -> Status {
        auto commissioned = m_dir.commissionedDoorCount(p->id);
        if (!commissioned.ok())
            return commissioned.error();
        if (*commissioned > 0)
            return makeError(
                ErrorCode::Conflict,
                tr("%1 already has %2 commissioned door(s) using %3-digit doorcodes; a door learns "
                   "the length only when it is commissioned. Choose the length before "
                   "commissioning the first door, or reset and commission every door again.")
                    .arg(p->name)
                    .arg(*commissioned)
                    .arg(p->doorcodeDigits));
        PORTER_TRY(m_dir.setDoorcodeDigits(p->id, digits));
        return log(actor, p->id, QStringLiteral("property-doorcode-digits"), std::nullopt,
                   QStringLiteral("Doorcodes of %1 now have %2 digits (were %3)")
                       .arg(p->name)
                       .arg(digits)
                       .arg(p->doorcodeDigits),
                   QVariantMap{{QStringLiteral("property"), p->name},
                               {QStringLiteral("digits"), digits},
                               {QStringLiteral("was"), p->doorcodeDigits}});
    });
    if (!st.ok())
        return st.error();
    p->doorcodeDigits = digits;
    return p;
}

Result<QList<DoorAlarm>> DirectoryService::doorAlarms(const Manager &actor, Id doorId, int limit) const
{
    auto d = door(actor, doorId);
    if (!d.ok())
        return d.error();
    return m_journal.doorAlarms(doorId, limit);
}

Result<Door> DirectoryService::addDoor(const Manager &actor, const Door &in)
{
    auto p = propertyFor(actor, in.propertyId);
    if (!p.ok())
        return p.error();
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return denied(actor, p->id, QStringLiteral("door-add"), st.error());
    auto name = validateName(in.name, tr("door name"));
    if (!name.ok())
        return name.error();
    Door d = in;
    d.name = *name;
    auto st = m_db.transaction([&]() -> Status {
        auto id = m_dir.insertDoor(d, now());
        if (!id.ok())
            return conflictIfUnique(id.error(),
                                    tr("%1 already has a door named \"%2\".").arg(p->name, d.name));
        d.id = *id;
        return log(
            actor, p->id, QStringLiteral("door-add"), std::nullopt,
            QStringLiteral("Added door %1 (%2, %3)").arg(d.name, toString(d.type), toString(d.connectivity)),
            QVariantMap{{QStringLiteral("door"), d.name},
                        {QStringLiteral("type"), toString(d.type)},
                        {QStringLiteral("online"), d.connectivity == Connectivity::Online}},
            d.id);
    });
    if (!st.ok())
        return st.error();
    return d;
}

Result<QList<Door>> DirectoryService::doors(const Manager &actor, Id propertyId) const
{
    auto p = property(actor, propertyId);
    if (!p.ok())
        return p.error();
    return m_dir.doors(propertyId);
}

Result<Door> DirectoryService::door(const Manager &actor, Id doorId) const
{
    auto d = m_dir.door(doorId);
    if (!d.ok())
        return d;
    auto p = property(actor, d->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
    return d;
}

Status DirectoryService::validateKey(const Property &p, const Key &key) const
{
    if (key.doorIds.isEmpty())
        return invalid(tr("A key must open at least one door."));
    for (Id doorId : key.doorIds) {
        auto d = m_dir.door(doorId);
        if (!d.ok() || d->propertyId != p.id)
            return makeError(ErrorCode::NotFound,
                             tr("There is no door with id %1 at %2.").arg(doorId).arg(p.name));
    }
    return checkScheduleLimit(key.schedule);
}

Result<Key> DirectoryService::addKey(const Manager &actor, const Key &in)
{
    auto p = propertyFor(actor, in.propertyId);
    if (!p.ok())
        return p.error();
    if (auto st = permissions::canManageKeys(actor, *p); !st.ok())
        return denied(actor, p->id, QStringLiteral("key-add"), st.error());
    auto name = validateName(in.name, tr("key name"));
    if (!name.ok())
        return name.error();
    Key k = in;
    k.name = *name;
    PORTER_TRY(validateKey(*p, k));
    auto st = m_db.transaction([&]() -> Status {
        auto id = m_dir.insertKey(k, now());
        if (!id.ok())
            return conflictIfUnique(id.error(),
                                    tr("%1 already has a key named \"%2\".").arg(p->name, k.name));
        k.id = *id;
        PORTER_TRY(checkDoorLimits(k.doorIds));
        return log(actor, p->id, QStringLiteral("key-add"), std::nullopt,
                   QStringLiteral("Added key %1 (%2 doors, %3)")
                       .arg(k.name)
                       .arg(k.doorIds.size())
                       .arg(k.schedule.toText()),
                   QVariantMap{{QStringLiteral("key"), k.name},
                               {QStringLiteral("doors"), qlonglong(k.doorIds.size())},
                               {QStringLiteral("schedule"), k.schedule.toText()}});
    });
    if (!st.ok())
        return st.error();
    return k;
}

Result<Key> DirectoryService::keyToChange(const Manager &actor, Id keyId, const QString &action,
                                          Property *property)
{
    auto key = m_dir.key(keyId);
    if (!key.ok() && key.error().code != ErrorCode::NotFound)
        return key.error();
    auto p = key.ok() ? propertyFor(actor, key->propertyId) : Result<Property>(key.error());
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no key with id %1.").arg(keyId));
    if (auto st = permissions::canManageKeys(actor, *p); !st.ok())
        return denied(actor, p->id, action, st.error());
    if (property)
        *property = *p;
    return key;
}

Result<Key> DirectoryService::keyToEdit(const Manager &actor, Id keyId)
{
    auto key = keyToChange(actor, keyId, QStringLiteral("key-edit"), nullptr);
    if (!key.ok())
        return key;
    auto deleted = m_dir.keyDeleted(keyId);
    if (!deleted.ok())
        return deleted.error();
    if (*deleted)
        return makeError(ErrorCode::NotFound, tr("Key %1 was deleted.").arg(keyId));
    return key;
}

namespace {

// What an edit changes; the id and property are not editable.
bool sameContent(const Key &a, const Key &b)
{
    QList<Id> doorsA = a.doorIds, doorsB = b.doorIds;
    std::sort(doorsA.begin(), doorsA.end());
    std::sort(doorsB.begin(), doorsB.end());
    return a.name == b.name && doorsA == doorsB && a.schedule.toText() == b.schedule.toText() &&
           a.doorcodesAllowed == b.doorcodesAllowed && a.shareable == b.shareable;
}

} // namespace

Result<Key> DirectoryService::editKey(const Manager &actor, const Key &in, const std::optional<Key> &readAs)
{
    Property property;
    auto old = keyToChange(actor, in.id, QStringLiteral("key-edit"), &property);
    if (!old.ok())
        return old.error();
    const Property *p = &property;
    auto name = validateName(in.name, tr("key name"));
    if (!name.ok())
        return name.error();
    Key k = in;
    k.name = *name;
    k.propertyId = p->id;
    // Whether the key still exists, and still is what the caller read, is checked inside the write
    // transaction: an edit based on a stale read is refused, never silently written over another one
    // (docs/decisions.md, "Two writers at once").
    auto st = m_db.transaction([&]() -> Status {
        auto deleted = m_dir.keyDeleted(k.id);
        if (!deleted.ok())
            return deleted.error();
        if (*deleted)
            return makeError(ErrorCode::NotFound, tr("Key %1 was deleted.").arg(k.id));
        if (readAs) {
            auto current = m_dir.key(k.id);
            if (!current.ok())
                return current.error();
            if (!sameContent(*current, *readAs))
                return makeError(ErrorCode::Conflict,
                                 tr("Key %1 \"%2\" was changed by someone else after it was read. Nothing "
                                    "was changed; look at the key again and repeat the edit.")
                                     .arg(k.id)
                                     .arg(current->name));
        }
        PORTER_TRY(validateKey(*p, k));
        auto before = offlineDoorsOfKeys({k.id});
        if (!before.ok())
            return before.error();
        auto upd = m_dir.updateKey(k);
        if (!upd.ok())
            return conflictIfUnique(upd.error(),
                                    tr("%1 already has a key named \"%2\".").arg(p->name, k.name));
        PORTER_TRY(checkDoorLimits(k.doorIds));
        auto after = offlineDoorsOfKeys({k.id});
        if (!after.ok())
            return after.error();
        // A change to a key applies to everyone holding it: every door it opened or opens now changes.
        PORTER_TRY(markDoors(before->unite(*after), QStringLiteral("key-edit"), std::nullopt,
                             QStringLiteral("Key %1 changed").arg(k.name),
                             QVariantMap{{QStringLiteral("key"), k.name}}));
        return log(actor, p->id, QStringLiteral("key-edit"), std::nullopt,
                   QStringLiteral("Changed key %1 (%2 doors, %3, doorcodes %4, %5)")
                       .arg(k.name)
                       .arg(k.doorIds.size())
                       .arg(k.schedule.toText(),
                            k.doorcodesAllowed ? QStringLiteral("allowed") : QStringLiteral("off"),
                            k.shareable ? QStringLiteral("shareable") : QStringLiteral("not shareable")),
                   QVariantMap{{QStringLiteral("key"), k.name},
                               {QStringLiteral("doors"), qlonglong(k.doorIds.size())},
                               {QStringLiteral("schedule"), k.schedule.toText()},
                               {QStringLiteral("doorcodes"), k.doorcodesAllowed},
                               {QStringLiteral("shareable"), k.shareable}});
    });
    if (!st.ok())
        return st.error();
    return k;
}

Status DirectoryService::deleteKey(const Manager &actor, Id keyId)
{
    // Whether the key is still there is read inside the write transaction: a grant of it racing this
    // either comes first and is ended here, or comes after and is refused (the key is gone); two
    // deletes at once delete it once (docs/decisions.md, "Two writers at once").
    return m_db.transaction([&]() -> Status {
        Property property;
        auto key = keyToChange(actor, keyId, QStringLiteral("key-delete"), &property);
        if (!key.ok())
            return key.error();
        const Property *p = &property;
        auto deleted = m_dir.keyDeleted(keyId);
        if (!deleted.ok())
            return deleted.error();
        if (*deleted)
            return makeError(ErrorCode::NotFound, tr("Key %1 was already deleted.").arg(keyId));
        PORTER_TRY(m_people.endAllOnKey(keyId, now(), EndReason::Removed));
        PORTER_TRY(m_dir.markKeyDeleted(keyId, now()));
        auto doors = offlineDoorsOfKeys({keyId});
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(markDoors(*doors, QStringLiteral("key-delete"), std::nullopt,
                             QStringLiteral("Key %1 deleted").arg(key->name),
                             QVariantMap{{QStringLiteral("key"), key->name}}));
        return log(actor, p->id, QStringLiteral("key-delete"), std::nullopt,
                   QStringLiteral("Deleted key %1").arg(key->name),
                   QVariantMap{{QStringLiteral("key"), key->name}});
    });
}

Result<QList<Key>> DirectoryService::keys(const Manager &actor, Id propertyId) const
{
    auto p = property(actor, propertyId);
    if (!p.ok())
        return p.error();
    return m_dir.keys(propertyId);
}

Result<Manager> DirectoryService::managerFromRequest(const Manager &actor, const ManagerRequest &r) const
{
    auto name = validateName(r.name, tr("manager name"));
    if (!name.ok())
        return name.error();
    auto email = validateEmail(r.email);
    if (!email.ok())
        return email.error();
    for (Id propertyId : r.propertyIds) {
        auto p = propertyFor(actor, propertyId);
        if (!p.ok())
            return p.error();
    }
    const bool portfolio = r.role == ManagerRole::PortfolioManager;
    if (!portfolio && r.propertyIds.isEmpty())
        return invalid(tr("A Property Manager needs at least one property."));
    if (!portfolio && r.keyManagement == KeyManagement::Specific && r.keyIds.isEmpty())
        return invalid(tr("Specific Key Management needs the list of keys this manager may give."));
    if ((portfolio || r.keyManagement != KeyManagement::Specific) && !r.keyIds.isEmpty())
        return invalid(tr("Keys can only be listed for Specific Key Management."));
    for (Id keyId : r.keyIds) {
        auto k = m_dir.key(keyId);
        auto deleted = m_dir.keyDeleted(keyId);
        if (!k.ok() || !r.propertyIds.contains(k->propertyId) || !deleted.ok() || *deleted)
            return makeError(ErrorCode::NotFound,
                             tr("There is no key with id %1 at this manager's properties.").arg(keyId));
    }
    Manager m;
    m.portfolioId = actor.portfolioId;
    m.name = *name;
    m.email = *email;
    m.role = r.role;
    m.keyManagement = portfolio ? KeyManagement::Full : r.keyManagement;
    m.deviceManagement = portfolio || r.deviceManagement;
    m.propertyIds = portfolio ? QList<Id>() : r.propertyIds;
    m.keyIds = r.keyIds;
    std::sort(m.propertyIds.begin(), m.propertyIds.end());
    m.propertyIds.erase(std::unique(m.propertyIds.begin(), m.propertyIds.end()), m.propertyIds.end());
    std::sort(m.keyIds.begin(), m.keyIds.end());
    m.keyIds.erase(std::unique(m.keyIds.begin(), m.keyIds.end()), m.keyIds.end());
    return m;
}

namespace {

QString managerSummary(const Manager &m)
{
    return QStringLiteral("%1 <%2> (%3, key management %4%5)")
        .arg(m.name, m.email, toString(m.role), toString(m.keyManagement),
             m.deviceManagement ? QStringLiteral(", device management") : QString());
}

// The values of a manager's activity line (DisplayText::activityDetail), in their stable spelling, and
// `more`.
QVariantMap managerParams(const Manager &m, QVariantMap more = {})
{
    more.insert(QStringLiteral("manager"), m.name);
    more.insert(QStringLiteral("email"), m.email);
    more.insert(QStringLiteral("role"), toString(m.role));
    more.insert(QStringLiteral("keyManagement"), toString(m.keyManagement));
    more.insert(QStringLiteral("deviceManagement"), m.deviceManagement);
    return more;
}

} // namespace

Result<Manager> DirectoryService::addManager(const Manager &actor, const ManagerRequest &r)
{
    if (auto st = permissions::canManageManagers(actor, actor.portfolioId); !st.ok())
        return denied(actor, std::nullopt, QStringLiteral("manager-add"), st.error());
    auto built = managerFromRequest(actor, r);
    if (!built.ok())
        return built.error();
    Manager m = *built;
    PORTER_TRY(validatePassword(r.password));
    auto st = m_db.transaction([&]() -> Status {
        // A removed manager's row keeps their email (their activity names them): adding the email
        // again brings that manager back rather than failing on the unique email.
        auto removed = m_dir.removedManagerWithEmail(m.portfolioId, m.email);
        if (!removed.ok())
            return removed.error();
        QString oldLogin;
        if (*removed) {
            PORTER_TRY_ASSIGN(const Manager before, m_dir.manager(**removed));
            oldLogin = before.login;
        }
        PORTER_TRY_ASSIGN(m.login, checkedLogin(r.login, oldLogin));
        PORTER_TRY_ASSIGN(const NewPassword password, newPassword(r.password, m.login));
        if (*removed) {
            m.id = **removed;
            PORTER_TRY(m_dir.updateManager(m));
            PORTER_TRY(m_dir.setManagerPassword(m.id, password.hash));
            PORTER_TRY(m_dir.setManagerRemoved(m.id, std::nullopt));
            if (!m.login.isEmpty())
                PORTER_TRY(m_dir.setManagerLogin(m.id, m.login, password.verifier));
            return log(actor, std::nullopt, QStringLiteral("manager-add"), std::nullopt,
                       QStringLiteral("Added manager %1 again").arg(managerSummary(m)),
                       managerParams(m, {{QStringLiteral("again"), true}}));
        }
        auto id = m_dir.insertManager(m, password.hash, now());
        if (!id.ok())
            return conflictIfUnique(id.error(),
                                    tr("There is already a manager with the email %1.").arg(m.email));
        m.id = *id;
        if (!m.login.isEmpty())
            PORTER_TRY(m_dir.setManagerLogin(m.id, m.login, password.verifier));
        return log(actor, std::nullopt, QStringLiteral("manager-add"), std::nullopt,
                   QStringLiteral("Added manager %1").arg(managerSummary(m)), managerParams(m));
    });
    if (!st.ok())
        return st.error();
    return m;
}

Result<QList<Manager>> DirectoryService::managers(const Manager &actor) const
{
    if (auto st = permissions::canManageManagers(actor, actor.portfolioId); !st.ok())
        return st.error();
    return m_dir.managers(actor.portfolioId);
}

Result<Manager> DirectoryService::manager(const Manager &actor, Id managerId) const
{
    if (auto st = permissions::canManageManagers(actor, actor.portfolioId); !st.ok())
        return st.error();
    auto m = m_dir.manager(managerId);
    auto active = m_dir.managerActive(managerId);
    if (!m.ok() || m->portfolioId != actor.portfolioId || !active.ok() || !*active)
        return makeError(ErrorCode::NotFound, tr("There is no manager with id %1.").arg(managerId));
    return m;
}

Result<Manager> DirectoryService::managerToChange(const Manager &actor, Id managerId, const QString &action)
{
    if (auto st = permissions::canManageManagers(actor, actor.portfolioId); !st.ok())
        return denied(actor, std::nullopt, action, st.error());
    // The actor's own account is read again: a Portfolio Manager removed or demoted since signing in
    // changes nobody.
    auto self = m_dir.managerActive(actor.id);
    if (!self.ok())
        return self.error();
    auto current = m_dir.manager(actor.id);
    if (!current.ok())
        return current.error();
    if (!*self)
        return denied(actor, std::nullopt, action,
                      makeError(ErrorCode::PermissionDenied,
                                tr("Your manager account was removed. Nothing was changed.")));
    if (auto st = permissions::canManageManagers(*current, actor.portfolioId); !st.ok())
        return denied(actor, std::nullopt, action, st.error());
    return manager(actor, managerId);
}

Result<Manager> DirectoryService::editManager(const Manager &actor, Id managerId, const ManagerRequest &r)
{
    Manager result;
    auto st = m_db.transaction([&]() -> Status {
        auto old = managerToChange(actor, managerId, QStringLiteral("manager-edit"));
        if (!old.ok())
            return old.error();
        auto built = managerFromRequest(actor, r);
        if (!built.ok())
            return built.error();
        Manager m = *built;
        m.id = old->id;
        const bool demoted =
            old->role == ManagerRole::PortfolioManager && m.role != ManagerRole::PortfolioManager;
        if (demoted && old->id == actor.id)
            return makeError(ErrorCode::Conflict,
                             tr("You cannot take the Portfolio Manager role from yourself. Ask another "
                                "Portfolio Manager to change it."));
        if (demoted) {
            auto count = m_dir.activePortfolioManagerCount(actor.portfolioId);
            if (!count.ok())
                return count.error();
            if (*count <= 1)
                return makeError(ErrorCode::Conflict,
                                 tr("%1 is the last Portfolio Manager. Make another manager a Portfolio "
                                    "Manager first.")
                                     .arg(old->name));
        }
        // A login given to a manager who has none yet comes with its password; a login keeps its name.
        PORTER_TRY_ASSIGN(m.login, checkedLogin(r.login.isEmpty() ? old->login : r.login, old->login));
        const bool newLogin = m.login != old->login;
        if (newLogin && r.password.isEmpty())
            return invalid(tr("A new login needs its password."));
        QString reset;
        if (!r.password.isEmpty()) {
            PORTER_TRY_ASSIGN(const NewPassword password, newPassword(r.password, m.login));
            // A manager given a login keeps no Porter password (an empty hash).
            PORTER_TRY(m_dir.setManagerPassword(m.id, password.hash));
            if (!m.login.isEmpty())
                PORTER_TRY(m_dir.setManagerLogin(m.id, m.login, password.verifier));
            reset = newLogin ? QStringLiteral("; login %1").arg(m.login) : QStringLiteral("; password reset");
        }
        auto upd = m_dir.updateManager(m);
        if (!upd.ok())
            return conflictIfUnique(upd.error(),
                                    tr("There is already a manager with the email %1.").arg(m.email));
        result = m;
        if (m_managerChanged)
            PORTER_TRY(m_managerChanged(actor, *old));
        return log(actor, std::nullopt, QStringLiteral("manager-edit"), std::nullopt,
                   QStringLiteral("Changed manager %1%2").arg(managerSummary(m), reset),
                   managerParams(m, {{QStringLiteral("passwordReset"), !reset.isEmpty()}}));
    });
    if (!st.ok())
        return st.error();
    return result;
}

Status DirectoryService::changeOwnPassword(const Manager &actor, const QString &current, const QString &next)
{
    const Error wrong = makeError(ErrorCode::AuthenticationFailed, tr("The current password is wrong."));
    if (current.isEmpty())
        return wrong;
    PORTER_TRY(validatePassword(next));
    if (next == current)
        return makeError(ErrorCode::InvalidInput, tr("The new password is the same as the current one."));
    PORTER_TRY_ASSIGN(const bool active, m_dir.managerActive(actor.id));
    if (!active)
        return makeError(ErrorCode::PermissionDenied, tr("This manager was removed."));
    PORTER_TRY_ASSIGN(const Manager me, m_dir.manager(actor.id));
    if (!me.login.isEmpty()) {
        // Signing in was connecting: the server says whether the current password is the login's.
        PORTER_TRY_ASSIGN(const bool right, m_db.loginPasswordIs(current));
        if (!right)
            return wrong;
        PORTER_TRY_ASSIGN(const NewPassword fresh, newPassword(next, me.login));
        const Status changed = m_db.transaction([&]() -> Status {
            PORTER_TRY(m_db.changeLoginPassword(fresh.verifier));
            return log(actor, std::nullopt, QStringLiteral("password-change"), std::nullopt,
                       QStringLiteral("Changed their own password"));
        });
        if (changed.ok())
            m_db.useServerPassword(next); // connecting again uses the new one
        return changed;
    }
    if (!authenticate(me.email, current).ok())
        return wrong;
    PORTER_TRY_ASSIGN(const NewPassword fresh, newPassword(next, QString()));
    return m_db.transaction([&]() -> Status {
        PORTER_TRY(m_dir.setManagerPassword(me.id, fresh.hash));
        return log(actor, std::nullopt, QStringLiteral("password-change"), std::nullopt,
                   QStringLiteral("Changed their own password"));
    });
}

Status DirectoryService::removeManager(const Manager &actor, Id managerId)
{
    return m_db.transaction([&]() -> Status {
        auto old = managerToChange(actor, managerId, QStringLiteral("manager-remove"));
        if (!old.ok())
            return old.error();
        if (old->id == actor.id)
            return makeError(ErrorCode::Conflict,
                             tr("You cannot remove yourself. Ask another Portfolio Manager to do it."));
        if (old->role == ManagerRole::PortfolioManager) {
            auto count = m_dir.activePortfolioManagerCount(actor.portfolioId);
            if (!count.ok())
                return count.error();
            if (*count <= 1)
                return makeError(
                    ErrorCode::Conflict,
                    tr("%1 is the last Portfolio Manager and cannot be removed.").arg(old->name));
        }
        PORTER_TRY(m_dir.setManagerRemoved(old->id, now()));
        if (!old->login.isEmpty())
            PORTER_TRY(m_dir.closeManagerLogin(old->id)); // their login can no longer connect
        if (m_managerChanged)
            PORTER_TRY(m_managerChanged(actor, *old));
        return log(
            actor, std::nullopt, QStringLiteral("manager-remove"), std::nullopt,
            QStringLiteral("Removed manager %1 <%2>").arg(old->name, old->email),
            QVariantMap{{QStringLiteral("manager"), old->name}, {QStringLiteral("email"), old->email}});
    });
}

} // namespace porter
