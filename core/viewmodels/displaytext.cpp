#include "viewmodels/displaytext.h"

#include "util/localtime.h"

#include <QDateTime>
#include <phonenumbers/phonenumberutil.h>

namespace porter {

QString DisplayText::status(PersonStatus s)
{
    switch (s) {
    case PersonStatus::Invited:
        return tr("Invited", "person status: invited, access starts later (not a guest)");
    case PersonStatus::Active:
        return tr("Active");
    case PersonStatus::Expired:
        return tr("Expired");
    case PersonStatus::Revoked:
        return tr("Revoked");
    case PersonStatus::Deleted:
        return tr("Deleted");
    case PersonStatus::NoAccess:
        return tr("No access");
    }
    return {};
}

QString DisplayText::accessMethod(AccessMethod m)
{
    switch (m) {
    case AccessMethod::App:
        return tr("Porter app");
    case AccessMethod::Doorcode:
        return tr("Daily doorcode");
    }
    return {};
}

QString DisplayText::role(ManagerRole r)
{
    switch (r) {
    case ManagerRole::PortfolioManager:
        return tr("Portfolio Manager");
    case ManagerRole::PropertyManager:
        return tr("Property Manager");
    }
    return {};
}

QString DisplayText::keyManagement(KeyManagement k)
{
    switch (k) {
    case KeyManagement::Full:
        return tr("full Key Management");
    case KeyManagement::Limited:
        return tr("limited Key Management");
    case KeyManagement::Specific:
        return tr("Key Management for specific keys");
    case KeyManagement::None:
        return tr("no Key Management");
    }
    return {};
}

QString DisplayText::doorType(DoorType t)
{
    switch (t) {
    case DoorType::BuildingEntrance:
        return tr("Building entrance");
    case DoorType::Residence:
        return tr("Residence");
    case DoorType::Service:
        return tr("Service");
    case DoorType::Communal:
        return tr("Communal");
    }
    return {};
}

QString DisplayText::endReason(EndReason r)
{
    switch (r) {
    case EndReason::None:
        return {};
    case EndReason::Removed:
        return tr("Removed");
    case EndReason::Revoked:
        return tr("Revoked");
    case EndReason::Deleted:
        return tr("Person deleted");
    case EndReason::HostRevoked:
        return tr("Host revoked");
    case EndReason::HostDeleted:
        return tr("Host deleted");
    }
    return {};
}

QString DisplayText::action(const QString &a)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("invite"), QT_TR_NOOP("Invited")},
        {QStringLiteral("grant-add"), QT_TR_NOOP("Key added")},
        {QStringLiteral("grant-expiry"), QT_TR_NOOP("Expiration changed")},
        {QStringLiteral("grant-remove"), QT_TR_NOOP("Key removed")},
        {QStringLiteral("revoke"), QT_TR_NOOP("All keys revoked")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("share"), QT_TR_NOOP("Guest key shared")},
        {QStringLiteral("share-end"), QT_TR_NOOP("Guest pass ended")},
        {QStringLiteral("person-edit"), QT_TR_NOOP("Details edited")},
        {QStringLiteral("welcome-resend"), QT_TR_NOOP("Welcome email resent")},
        {QStringLiteral("keycard-enroll"), QT_TR_NOOP("Keycard enrolled")},
        {QStringLiteral("keycard-activate"), QT_TR_NOOP("Keycard activated")},
        {QStringLiteral("keycard-deactivate"), QT_TR_NOOP("Keycard deactivated")},
        {QStringLiteral("denied"), QT_TR_NOOP("Refused")},
        {QStringLiteral("door-unlock"), QT_TR_NOOP("Door used")},
        {QStringLiteral("door-sync"), QT_TR_NOOP("Door synced")},
        {QStringLiteral("door-sync-failed"), QT_TR_NOOP("Door sync failed")},
        {QStringLiteral("door-alarm"), QT_TR_NOOP("Door alarm")},
        {QStringLiteral("door-add"), QT_TR_NOOP("Door added")},
        {QStringLiteral("door-commission"), QT_TR_NOOP("Door set up")},
        {QStringLiteral("door-identity-replaced"), QT_TR_NOOP("Door replaced")},
        {QStringLiteral("doorcode-view"), QT_TR_NOOP("Doorcode viewed")},
        {QStringLiteral("doorcode-secret-rotate"), QT_TR_NOOP("New doorcode secret")},
        {QStringLiteral("property-add"), QT_TR_NOOP("Property added")},
        {QStringLiteral("property-doorcode-digits"), QT_TR_NOOP("Doorcode length changed")},
        {QStringLiteral("key-add"), QT_TR_NOOP("Key created")},
        {QStringLiteral("key-edit"), QT_TR_NOOP("Key changed")},
        {QStringLiteral("key-delete"), QT_TR_NOOP("Key deleted")},
        {QStringLiteral("manager-add"), QT_TR_NOOP("Manager added")},
        {QStringLiteral("app-enrol"), QT_TR_NOOP("Phone enrolled")},
        {QStringLiteral("outbox"), QT_TR_NOOP("Outbox viewed")},
        {QStringLiteral("init"), QT_TR_NOOP("Portfolio created")},
    };
    if (auto it = labels.constFind(a); it != labels.constEnd())
        return tr(it.value());
    if (a.startsWith(QLatin1String("door")))
        return tr("Door event");
    return a;
}

QString DisplayText::activityKind(ActivityKind k)
{
    switch (k) {
    case ActivityKind::DoorEvents:
        return tr("Door events");
    case ActivityKind::AccessChanges:
        return tr("Access changes");
    case ActivityKind::Denials:
        return tr("Refusals");
    case ActivityKind::DeviceEvents:
        return tr("Device events");
    }
    return {};
}

QString DisplayText::activityResult(const QString &result)
{
    static const QHash<QString, const char *> labels = {
        //: Activity result: the door opened
        {QStringLiteral("granted"), QT_TR_NOOP("Opened")},
        //: Activity result: the door or Porter refused
        {QStringLiteral("denied"), QT_TR_NOOP("Refused")},
        {QStringLiteral("ok"), QT_TR_NOOP("Done")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("alarm"), QT_TR_NOOP("Alarm")},
    };
    if (auto it = labels.constFind(result); it != labels.constEnd())
        return tr(it.value());
    return result;
}

QString DisplayText::activityCredential(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("app"), QT_TR_NOOP("Porter app")},
        {QStringLiteral("doorcode"), QT_TR_NOOP("Doorcode")},
        {QStringLiteral("card"), QT_TR_NOOP("Keycard")},
    };
    if (auto it = labels.constFind(code); it != labels.constEnd())
        return tr(it.value());
    return code;
}

QString DisplayText::activityReason(const QString &reason)
{
    // The door's reasons (door::describe(Reason)) and alarms (door::describe(AlarmKind)) as stored.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("granted"), QT_TR_NOOP("access granted")},
        {QStringLiteral("unknown"), QT_TR_NOOP("unknown credential")},
        {QStringLiteral("revoked"), QT_TR_NOOP("access revoked")},
        {QStringLiteral("not yet started"), QT_TR_NOOP("access not started yet")},
        {QStringLiteral("expired"), QT_TR_NOOP("access expired")},
        {QStringLiteral("outside schedule"), QT_TR_NOOP("outside the key's schedule")},
        {QStringLiteral("locked out"), QT_TR_NOOP("keypad locked")},
        {QStringLiteral("bad code"), QT_TR_NOOP("wrong doorcode")},
        {QStringLiteral("doorcodes not allowed"), QT_TR_NOOP("doorcodes not allowed")},
        {QStringLiteral("app not allowed"), QT_TR_NOOP("app not allowed")},
        {QStringLiteral("stale app key"), QT_TR_NOOP("phone key replaced")},
        {QStringLiteral("bad credential"), QT_TR_NOOP("credential not valid")},
        {QStringLiteral("not commissioned"), QT_TR_NOOP("door not set up")},
        {QStringLiteral("certificate expired"), QT_TR_NOOP("phone certificate expired")},
        {QStringLiteral("keypad lockout"), QT_TR_NOOP("keypad locked after wrong codes")},
        {QStringLiteral("keypad failure budget exhausted"), QT_TR_NOOP("too many wrong codes")},
        {QStringLiteral("activity lost"), QT_TR_NOOP("door activity lost")},
        {QStringLiteral("clock moved back"), QT_TR_NOOP("door clock moved back")},
        {QStringLiteral("update refused"), QT_TR_NOOP("door refused an update")},
    };
    if (auto it = labels.constFind(reason); it != labels.constEnd())
        return tr(it.value());
    return action(reason); // a refused manager action stores the action it refused
}

QString DisplayText::activityDetail(const ActivityEvent &e)
{
    if (e.action == QLatin1String("door-unlock")) {
        const QString credential = activityCredential(e.credential);
        if (e.result == QLatin1String("granted"))
            return tr("Opened with: %1").arg(credential);
        return tr("Refused (%1): %2").arg(credential, activityReason(e.reason));
    }
    if (e.action == QLatin1String("door-alarm"))
        return tr("Alarm: %1").arg(activityReason(e.reason));
    if (e.action == QLatin1String("denied"))
        //: A refused manager action: %1 is the action ("Key added"), %2 Porter's reason
        return tr("%1 refused: %2").arg(action(e.reason), e.detail);
    return e.detail;
}

QString DisplayText::activityDetail(const ActivityRow &row, const QTimeZone &zone)
{
    const ActivityEvent &e = row.event;
    const QVariantMap &p = row.params;
    if (p.isEmpty())
        return activityDetail(e); // written before the values were kept: as stored
    const auto str = [&](const char *key) { return p.value(QLatin1String(key)).toString(); };
    const auto time = [&](const char *key) {
        const QVariant v = p.value(QLatin1String(key));
        return v.isNull() ? QString() : formatLocal(v.toLongLong(), zone);
    };
    const QString person = str("person");
    const QString &a = e.action;
    if (a == QLatin1String("invite")) {
        QStringList tags{p.value(QStringLiteral("keys")).toStringList().join(QStringLiteral(", "))};
        tags << accessMethod(str("method") == QLatin1String("doorcode") ? AccessMethod::Doorcode
                                                                        : AccessMethod::App);
        if (p.value(QStringLiteral("resident")).toBool())
            //: A tag in an activity detail: the person was invited as a resident
            tags << tr("resident");
        if (p.value(QStringLiteral("mayShare")).toBool())
            //: A tag in an activity detail: the person may share guest keys
            tags << tr("may share");
        //: %1 name, %2 email, %3 the keys and options, separated by " · "
        return tr("Invited %1 <%2>: %3").arg(person, str("email"), tags.join(QStringLiteral(" · ")));
    }
    if (a == QLatin1String("grant-add"))
        return tr("Gave %1 the key %2").arg(person, str("key"));
    if (a == QLatin1String("grant-expiry")) {
        const QString until = time("expiresAt");
        return until.isEmpty() ? tr("Removed the expiration of %1's key %2").arg(person, str("key"))
                               : tr("Set the expiration of %1's key %2 to %3").arg(person, str("key"), until);
    }
    if (a == QLatin1String("grant-remove"))
        return tr("Removed the key %1 from %2").arg(str("key"), person);
    if (a == QLatin1String("revoke"))
        return tr("Revoked all keys of %1: %2 keys and %3 guest passes ended")
            .arg(person, str("grants"), str("shares"));
    if (a == QLatin1String("delete"))
        return tr("Deleted %1: %2 keys and %3 guest passes ended").arg(person, str("grants"), str("shares"));
    if (a == QLatin1String("share")) {
        const QString keys = p.value(QStringLiteral("keys")).toStringList().join(QStringLiteral(", "));
        const QString until = time("expiresAt");
        return until.isEmpty()
                   ? tr("%1 shared %2 with %3, with no end").arg(str("host"), keys, str("guest"))
                   : tr("%1 shared %2 with %3 until %4").arg(str("host"), keys, str("guest"), until);
    }
    if (a == QLatin1String("keycard-enroll"))
        return p.value(QStringLiteral("active")).toBool()
                   ? tr("Enrolled keycard %1 for %2, active").arg(str("serial"), person)
                   : tr("Enrolled keycard %1 for %2").arg(str("serial"), person);
    if (a == QLatin1String("keycard-activate"))
        return tr("Activated keycard %1 of %2").arg(str("serial"), person);
    if (a == QLatin1String("keycard-deactivate"))
        return tr("Deactivated keycard %1 of %2").arg(str("serial"), person);
    return activityDetail(e);
}

QString DisplayText::activityActor(const ActivityEvent &e)
{
    if (e.actor == QLatin1String("Resident (private)"))
        return tr("Resident (private)");
    if (e.actor == QLatin1String("Unknown credential"))
        return tr("Unknown credential");
    if (e.actor == QLatin1String("Door"))
        return tr("Door");
    if (e.actor == QLatin1String("Porter"))
        return tr("Porter");
    // A manager is stored as "Name <email>": the name is enough in a column (the email is in the tooltip).
    const qsizetype lt = e.actor.lastIndexOf(QLatin1String(" <"));
    if (e.managerId && lt > 0 && e.actor.endsWith(QLatin1Char('>')))
        return e.actor.left(lt);
    return e.actor;
}

QString DisplayText::phone(const QString &e164, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    if (e164.isEmpty())
        return {};
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string numberRegion;
    util->GetRegionCodeForNumber(number, &numberRegion);
    std::string out;
    util->Format(number,
                 QString::fromStdString(numberRegion).compare(region, Qt::CaseInsensitive) == 0
                     ? PhoneNumberUtil::NATIONAL
                     : PhoneNumberUtil::INTERNATIONAL,
                 &out);
    return QString::fromStdString(out);
}

namespace {
struct DateTimeFormat
{
    QString format;
    QLocale locale;
};
DateTimeFormat &dateTimeFormat()
{
    static DateTimeFormat f;
    return f;
}
} // namespace

void DisplayText::setDateTimeFormat(const QString &format, const QLocale &locale)
{
    dateTimeFormat() = {format, locale};
}

QString DisplayText::localTime(qint64 utc, const QTimeZone &zone)
{
    const DateTimeFormat &f = dateTimeFormat();
    if (f.format.isEmpty())
        return formatLocal(utc, zone);
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(utc, zone);
    return f.locale.toString(dt, f.format) + QLatin1Char(' ') + zone.abbreviation(dt);
}

QString DisplayText::zoneLabel(const QTimeZone &zone, qint64 atUtc)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(atUtc, zone);
    return tr("%1 (%2)").arg(QString::fromUtf8(zone.id()), at.timeZoneAbbreviation());
}

} // namespace porter
