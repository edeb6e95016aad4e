#include "viewmodels/displaytext.h"

#include "door/update.h"
#include "util/localtime.h"

#include <QCollator>
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

namespace {

// Outside the class: the context is named (DisplayText::tr translates them).
const QHash<QString, const char *> &actionLabels()
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("invite"), QT_TRANSLATE_NOOP("DisplayText", "Invited")},
        {QStringLiteral("grant-add"), QT_TRANSLATE_NOOP("DisplayText", "Key added")},
        {QStringLiteral("grant-expiry"), QT_TRANSLATE_NOOP("DisplayText", "Expiration changed")},
        {QStringLiteral("grant-remove"), QT_TRANSLATE_NOOP("DisplayText", "Key removed")},
        {QStringLiteral("revoke"), QT_TRANSLATE_NOOP("DisplayText", "All keys revoked")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("DisplayText", "People imported")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("DisplayText", "Deleted")},
        {QStringLiteral("share"), QT_TRANSLATE_NOOP("DisplayText", "Guest key shared")},
        {QStringLiteral("share-end"), QT_TRANSLATE_NOOP("DisplayText", "Guest pass ended")},
        {QStringLiteral("person-edit"), QT_TRANSLATE_NOOP("DisplayText", "Details edited")},
        {QStringLiteral("welcome-resend"), QT_TRANSLATE_NOOP("DisplayText", "Welcome email resent")},
        {QStringLiteral("keycard-enroll"), QT_TRANSLATE_NOOP("DisplayText", "Keycard enrolled")},
        {QStringLiteral("keycard-activate"), QT_TRANSLATE_NOOP("DisplayText", "Keycard activated")},
        {QStringLiteral("keycard-deactivate"), QT_TRANSLATE_NOOP("DisplayText", "Keycard deactivated")},
        {QStringLiteral("denied"), QT_TRANSLATE_NOOP("DisplayText", "Refused")},
        {QStringLiteral("door-unlock"), QT_TRANSLATE_NOOP("DisplayText", "Door used")},
        {QStringLiteral("door-sync"), QT_TRANSLATE_NOOP("DisplayText", "Door synced")},
        {QStringLiteral("door-sync-failed"), QT_TRANSLATE_NOOP("DisplayText", "Door sync failed")},
        {QStringLiteral("field-kit-build"), QT_TRANSLATE_NOOP("DisplayText", "Field kit built")},
        {QStringLiteral("field-kit-upload"), QT_TRANSLATE_NOOP("DisplayText", "Field kit uploaded")},
        {QStringLiteral("door-alarm"), QT_TRANSLATE_NOOP("DisplayText", "Door alarm")},
        {QStringLiteral("door-add"), QT_TRANSLATE_NOOP("DisplayText", "Door added")},
        {QStringLiteral("door-commission"), QT_TRANSLATE_NOOP("DisplayText", "Door set up")},
        {QStringLiteral("door-identity-replaced"), QT_TRANSLATE_NOOP("DisplayText", "Door replaced")},
        {QStringLiteral("doorcode-view"), QT_TRANSLATE_NOOP("DisplayText", "Doorcode viewed")},
        {QStringLiteral("doorcode-secret-rotate"), QT_TRANSLATE_NOOP("DisplayText", "New doorcode secret")},
        {QStringLiteral("signing-key-rotate"), QT_TRANSLATE_NOOP("DisplayText", "New signing key")},
        {QStringLiteral("signing-key-reset"), QT_TRANSLATE_NOOP("DisplayText", "Signing key reset")},
        {QStringLiteral("property-add"), QT_TRANSLATE_NOOP("DisplayText", "Property added")},
        {QStringLiteral("property-doorcode-digits"),
         QT_TRANSLATE_NOOP("DisplayText", "Doorcode length changed")},
        {QStringLiteral("key-add"), QT_TRANSLATE_NOOP("DisplayText", "Key created")},
        {QStringLiteral("key-edit"), QT_TRANSLATE_NOOP("DisplayText", "Key changed")},
        {QStringLiteral("key-delete"), QT_TRANSLATE_NOOP("DisplayText", "Key deleted")},
        {QStringLiteral("manager-add"), QT_TRANSLATE_NOOP("DisplayText", "Manager added")},
        {QStringLiteral("password-change"), QT_TRANSLATE_NOOP("DisplayText", "Password changed")},
        {QStringLiteral("app-enrol"), QT_TRANSLATE_NOOP("DisplayText", "Phone enrolled")},
        {QStringLiteral("outbox"), QT_TRANSLATE_NOOP("DisplayText", "Outbox viewed")},
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("DisplayText", "Portfolio created")},
    };
    return labels;
}

const QHash<QString, const char *> &resultLabels()
{
    static const QHash<QString, const char *> labels = {
        //: Activity result: the door opened
        {QStringLiteral("granted"), QT_TRANSLATE_NOOP("DisplayText", "Opened")},
        //: Activity result: the door or Porter refused
        {QStringLiteral("denied"), QT_TRANSLATE_NOOP("DisplayText", "Refused")},
        {QStringLiteral("ok"), QT_TRANSLATE_NOOP("DisplayText", "Done")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("DisplayText", "Failed")},
        {QStringLiteral("alarm"), QT_TRANSLATE_NOOP("DisplayText", "Alarm")},
    };
    return labels;
}

// The codes in the order of their labels in the reader's language.
QStringList byLabel(const QHash<QString, const char *> &labels, QString (*label)(const QString &))
{
    QStringList codes = labels.keys();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        const int c = collator.compare(label(a), label(b));
        return c != 0 ? c < 0 : a < b;
    });
    return codes;
}

} // namespace

QStringList DisplayText::actionsByLabel()
{
    return byLabel(actionLabels(), &DisplayText::action);
}

QStringList DisplayText::resultsByLabel()
{
    return byLabel(resultLabels(), &DisplayText::activityResult);
}

QString DisplayText::action(const QString &a)
{
    const QHash<QString, const char *> &labels = actionLabels();
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
    const QHash<QString, const char *> &labels = resultLabels();
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
    if (a == QLatin1String("import")) {
        const QString file = str("file");
        //: A people list imported: %1 the file's name, %2 %3 %4 counts
        return tr("Imported people from %1: %2 invited, %3 updated, %4 unchanged")
            .arg(file.isEmpty() ? tr("a file") : file, str("invited"), str("updated"), str("unchanged"));
    }
    if (a == QLatin1String("revoke")) {
        if (p.contains(QStringLiteral("together")))
            //: Several people revoked at once: %1 the person, %2 and %3 counts, %4 how many people
            return tr("Revoked all keys of %1: %2 keys and %3 guest passes ended (one of %4 people revoked "
                      "together)")
                .arg(person, str("grants"), str("shares"), str("together"));
        return tr("Revoked all keys of %1: %2 keys and %3 guest passes ended")
            .arg(person, str("grants"), str("shares"));
    }
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
    if (a == QLatin1String("share-end"))
        return tr("Ended the guest pass of %1 for %2 (shared by %3)").arg(person, str("key"), str("host"));
    if (a == QLatin1String("person-edit")) {
        QStringList changed;
        for (const QString &c : p.value(QStringLiteral("changed")).toStringList())
            changed << personChange(c);
        const int shares = p.value(QStringLiteral("shares")).toInt();
        //: %1 the person, %2 what changed ("name, email")
        const QString edited = tr("Edited the details of %1: %2").arg(person, changed.join(tr(", ")));
        return shares > 0 ? tr("%1; %n permanent guest passes ended", nullptr, shares).arg(edited) : edited;
    }
    if (a == QLatin1String("welcome-resend"))
        return tr("Queued a new welcome email for %1 <%2>").arg(person, str("email"));
    if (a == QLatin1String("door-sync") || a == QLatin1String("door-sync-failed"))
        return syncDetail(p);
    if (a == QLatin1String("field-kit-build"))
        //: %1 the kit's short id, %2 "3 doors", %3 a date and time
        return tr("Built field kit %1 for %2, valid until %3").arg(str("kit"), doorCount(p), time("until"));
    if (a == QLatin1String("field-kit-upload")) {
        const int imported = p.value(QStringLiteral("imported")).toInt();
        //: %1 the door, %2 a version number, %3 "2 activity entries"
        return tr("Uploaded the field kit answer of door %1: version %2, %3")
            .arg(str("door"), str("version"),
                 imported == 1 ? tr("1 new activity entry")
                               : tr("%n new activity entries", nullptr, imported));
    }
    if (a == QLatin1String("door-add")) {
        const std::optional<DoorType> type = doorTypeFromString(str("type"));
        //: %1 the door, %2 its type ("Communal"), %3 "online" or "offline"
        return tr("Added door %1 (%2, %3)")
            .arg(str("door"), type ? doorType(*type) : str("type"),
                 p.value(QStringLiteral("online")).toBool() ? tr("online") : tr("offline"));
    }
    if (a == QLatin1String("door-commission"))
        return tr("Set up door %1").arg(str("door"));
    if (a == QLatin1String("door-identity-replaced"))
        return tr("Replaced the identity of door %1 (was %2, now %3)")
            .arg(str("door"), str("was"), str("now"));
    if (a == QLatin1String("doorcode-view"))
        //: %1 the person, %2 the day (a date)
        return tr("Viewed the doorcode of %1 for %2")
            .arg(person,
                 QLocale().toString(QDate::fromString(str("day"), Qt::ISODate), QLocale::ShortFormat));
    if (a == QLatin1String("property-add"))
        return tr("Added property %1 (%2)").arg(str("property"), str("zone"));
    if (a == QLatin1String("key-add"))
        //: %1 the key, %2 "3 doors", %3 its schedule
        return tr("Created key %1 (%2, %3)").arg(str("key"), doorCount(p), str("schedule"));
    if (a == QLatin1String("key-edit")) {
        QStringList options{doorCount(p), str("schedule")};
        options << (p.value(QStringLiteral("doorcodes")).toBool() ? tr("doorcodes allowed")
                                                                  : tr("no doorcodes"));
        options << (p.value(QStringLiteral("shareable")).toBool() ? tr("shareable") : tr("not shareable"));
        //: %1 the key, %2 its doors, schedule and options, separated by ", "
        return tr("Changed key %1 (%2)").arg(str("key"), options.join(tr(", ")));
    }
    if (a == QLatin1String("key-delete"))
        return tr("Deleted key %1").arg(str("key"));
    if (a == QLatin1String("property-doorcode-digits"))
        return tr("Doorcodes of %1 now have %2 digits (were %3)")
            .arg(str("property"), str("digits"), str("was"));
    if (a == QLatin1String("doorcode-secret-rotate"))
        //: %1 the property, %2 a number, %3 how many doors
        return tr("New doorcode secret for %1 (epoch %2); %3 doors accept the old doorcodes until their next "
                  "sync")
            .arg(str("property"), str("epoch"), str("doors"));
    if (a == QLatin1String("signing-key-rotate"))
        //: %1 the property, %2 a number, %3 a key fingerprint, %4 how many doors, %5 how many phones
        return tr("New signing key for %1 (epoch %2, key %3); %4 doors trust the old key until their next "
                  "sync, "
                  "%5 phones need a new certificate")
            .arg(str("property"), str("epoch"), str("key"), str("doors"), str("phones"));
    if (a == QLatin1String("signing-key-reset"))
        //: %1 the property, %2 a number, %3 a key fingerprint, %4 how many doors, %5 how many phones
        return tr("Reset the signing key of %1 (epoch %2, key %3); %4 doors must be reset on site and "
                  "commissioned again, %5 phones need a new certificate")
            .arg(str("property"), str("epoch"), str("key"), str("doors"), str("phones"));
    if (a == QLatin1String("app-enrol"))
        //: %1 the person, %2 a number, %3 a date and time
        return tr("Enrolled a phone for %1 (key generation %2, certificate valid until %3)")
            .arg(person, str("generation"), time("notAfter"));
    if (a == QLatin1String("manager-add") || a == QLatin1String("manager-edit")) {
        const std::optional<ManagerRole> r = managerRoleFromString(str("role"));
        const std::optional<KeyManagement> km = keyManagementFromString(str("keyManagement"));
        QStringList rights{r ? role(*r) : str("role")};
        rights << (km ? keyManagement(*km) : str("keyManagement"));
        if (p.value(QStringLiteral("deviceManagement")).toBool())
            rights << tr("Device Management");
        if (p.value(QStringLiteral("passwordReset")).toBool())
            //: A tag in an activity detail: the manager's password was set anew
            rights << tr("password reset");
        const QString rightsText = rights.join(QStringLiteral(" · "));
        if (a == QLatin1String("manager-edit"))
            //: %1 name, %2 email, %3 role and rights, separated by " · "
            return tr("Changed manager %1 <%2>: %3").arg(str("manager"), str("email"), rightsText);
        if (p.value(QStringLiteral("again")).toBool())
            //: A removed manager added back: %1 name, %2 email, %3 role and rights
            return tr("Added manager %1 <%2> again: %3").arg(str("manager"), str("email"), rightsText);
        return tr("Added manager %1 <%2>: %3").arg(str("manager"), str("email"), rightsText);
    }
    if (a == QLatin1String("password-change"))
        return tr("Changed their own password");
    if (a == QLatin1String("manager-remove"))
        return tr("Removed manager %1 <%2>").arg(str("manager"), str("email"));
    return activityDetail(e);
}

QString DisplayText::doorChange(const DoorChange &c)
{
    const QVariantMap &p = c.params;
    const QString &k = c.kind;
    // These two carry nothing but their kind.
    if (k == QLatin1String("commission"))
        //: A door's pending change: the door was just commissioned
        return tr("Commissioned: the first sync sends the whole access list");
    if (k == QLatin1String("refresh"))
        //: A door's pending change: the door's time zone table and list are sent again
        return tr("Time zone table and access list refreshed");
    if (p.isEmpty())
        return c.summary; // written before the values were kept: as stored
    const auto str = [&](const char *key) { return p.value(QLatin1String(key)).toString(); };
    const QString who = p.contains(QStringLiteral("people")) ? peopleNamed(p) : str("person");
    if (k == QLatin1String("grant-add"))
        //: A door's pending change: %1 the keys, %2 who gets them
        return tr("Add %1 to %2")
            .arg(p.value(QStringLiteral("keys")).toStringList().join(QStringLiteral(", ")), who);
    if (k == QLatin1String("grant-expiry"))
        //: A door's pending change: %1 the key, %2 the person
        return tr("New expiration of %1 for %2").arg(str("key"), who);
    if (k == QLatin1String("grant-remove"))
        //: A door's pending change: %1 the key, %2 the person or people
        return tr("Remove %1 from %2").arg(str("key"), who);
    if (k == QLatin1String("revoke"))
        return tr("Revoke all keys of %1").arg(who);
    if (k == QLatin1String("import"))
        //: A door's pending change: a people list was imported; %n people invited or changed
        return tr("Import of a people list (%n changed)", nullptr, p.value(QStringLiteral("count")).toInt());
    if (k == QLatin1String("delete"))
        //: A door's pending change: the person was deleted
        return tr("Remove %1 (deleted)").arg(who);
    if (k == QLatin1String("share"))
        //: A door's pending change: %1 the guest, %2 the host who shared a key
        return tr("Guest %1 of %2").arg(str("guest"), str("host"));
    if (k == QLatin1String("share-end")) {
        if (p.contains(QStringLiteral("guest")))
            //: A door's pending change: %1 the guest, %2 the key
            return tr("End the guest pass of %1 (%2)").arg(str("guest"), str("key"));
        //: A door's pending change: %1 the host, who may no longer share
        return tr("Permanent guest passes of %1 ended").arg(str("host"));
    }
    if (k == QLatin1String("keycard-on") || k == QLatin1String("keycard-off"))
        return k == QLatin1String("keycard-on")
                   //: A door's pending change: %1 the card's serial, %2 the person
                   ? tr("Keycard %1 of %2 activated").arg(str("serial"), who)
                   : tr("Keycard %1 of %2 deactivated").arg(str("serial"), who);
    if (k == QLatin1String("key-edit"))
        return tr("Key %1 changed").arg(str("key"));
    if (k == QLatin1String("key-delete"))
        return tr("Key %1 deleted").arg(str("key"));
    if (k == QLatin1String("doorcode-secret"))
        return tr("New doorcode secret (epoch %1): codes of the old secret work here until this door is "
                  "synced")
            .arg(str("epoch"));
    if (k == QLatin1String("signing-key"))
        //: A door's pending change: %1 a number
        return tr("New signing key (epoch %1): this door trusts the old key until it is synced")
            .arg(str("epoch"));
    if (k == QLatin1String("signing-key-reset"))
        //: A door's pending change: %1 a number
        return tr("Signing key reset (epoch %1): reset this door on site and commission it again")
            .arg(str("epoch"));
    if (k == QLatin1String("app-key"))
        //: A door's pending change: the person's phone was enrolled again
        return tr("New phone for %1").arg(who);
    return c.summary;
}

QString DisplayText::doorAlarm(const DoorAlarm &a)
{
    const QString &k = a.kind;
    if (k == QLatin1String("keypad-lockout"))
        return tr("The keypad locked itself for %n s after repeated wrong codes.", nullptr,
                  int(qMin<qint64>(a.detail, INT_MAX)));
    if (k == QLatin1String("failure-budget-exhausted"))
        return a.detail == 2 ? tr("The keypad's daily budget of wrong codes is spent: it refuses every code "
                                  "until local midnight. Someone may be guessing codes.")
                             : tr("The keypad's hourly budget of wrong codes is spent: it refuses every code "
                                  "until the hour rolls over. Someone may be guessing codes.");
    if (k == QLatin1String("activity-lost"))
        return tr("The door dropped %n activity entries (its log was full).", nullptr,
                  int(qMin<qint64>(a.detail, INT_MAX)));
    if (k == QLatin1String("clock-moved-back"))
        return tr("The door's clock was set back by %n s, or a sync tried to set it earlier than an update "
                  "the door holds (refused). Check the syncing computer's clock.",
                  nullptr, int(qMin<qint64>(a.detail, INT_MAX)));
    if (k == QLatin1String("update-refused"))
        //: %1 the door's reason, a technical code such as "stale version"
        return tr("The door refused an update (%1).")
            .arg(QString::fromLatin1(door::describe(static_cast<door::UpdateError>(a.detail))));
    return a.message.isEmpty() ? a.kind : a.message;
}

QString DisplayText::peopleNamed(const QVariantMap &p)
{
    const qlonglong count = p.value(QStringLiteral("count")).toLongLong();
    const QStringList names = p.value(QStringLiteral("people")).toStringList();
    if (count > names.size())
        return tr("%n people", nullptr, int(count));
    return QLocale().createSeparatedList(names);
}

QString DisplayText::personChange(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        //: What changed in a person's details (activity)
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("email"), QT_TR_NOOP("email")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("resident"), QT_TR_NOOP("resident")},
        {QStringLiteral("not resident"), QT_TR_NOOP("not resident")},
        {QStringLiteral("may share"), QT_TR_NOOP("may share")},
        {QStringLiteral("may not share"), QT_TR_NOOP("may not share")},
    };
    if (auto it = labels.constFind(code); it != labels.constEnd())
        return tr(it.value());
    return code;
}

QString DisplayText::doorCount(const QVariantMap &p)
{
    const int doors = p.value(QStringLiteral("doors")).toInt();
    return doors == 1 ? tr("1 door") : tr("%n doors", nullptr, doors);
}

QString DisplayText::syncDetail(const QVariantMap &p)
{
    const auto str = [&](const char *key) { return p.value(QLatin1String(key)).toString(); };
    const QString kind = str("kind");
    const QString update = kind == QLatin1String("delta")  ? tr("changes only")
                           : kind == QLatin1String("full") ? tr("full list")
                                                           : tr("no update");
    const int imported = p.value(QStringLiteral("imported")).toInt();
    //: A door sync: %1 the door, %2 and %3 list versions, %4 "changes only" or "full list", %5 bytes,
    //: %6 "3 events imported"
    QString text =
        tr("Door %1: version %2 → %3 (%4, %5 bytes), %6")
            .arg(str("door"), str("from"), str("to"), update, str("bytes"),
                 imported == 1 ? tr("1 event imported") : tr("%n events imported", nullptr, imported));
    if (p.contains(QStringLiteral("epoch")))
        text = tr("%1, new doorcode secret (epoch %2)").arg(text, str("epoch"));
    if (p.contains(QStringLiteral("keyEpoch")))
        //: A door sync: %1 what was done, %2 a number
        text = tr("%1, new signing key (epoch %2)").arg(text, str("keyEpoch"));
    if (p.contains(QStringLiteral("error")))
        //: A failed door sync: %1 what was done, %2 the reason
        text = tr("%1; %2").arg(text, str("error"));
    if (p.value(QStringLiteral("clockRefused")).toBool())
        text = tr("%1; the door refused this computer's clock").arg(text);
    if (p.contains(QStringLiteral("leftOut")))
        text = tr("%1; left out: %2")
                   .arg(text, p.value(QStringLiteral("leftOut")).toStringList().join(QLatin1Char(' ')));
    return text;
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
