#include "viewmodels/displaytext.h"

#include "util/localtime.h"

#include <QDateTime>
#include <phonenumbers/phonenumberutil.h>

namespace porter {

QString DisplayText::status(PersonStatus s)
{
    switch (s) {
    case PersonStatus::Invited:
        return tr("Invited");
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
    };
    if (auto it = labels.constFind(a); it != labels.constEnd())
        return tr(it.value());
    if (a.startsWith(QLatin1String("door")))
        return tr("Door event");
    return a;
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
