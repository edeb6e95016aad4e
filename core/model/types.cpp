#include "model/types.h"

#include <array>
#include <utility>

namespace porter {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[value, name] : table) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[value, name] : table) {
        if (s.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<DoorType, const char *>, 4> kDoorTypes{{
    {DoorType::BuildingEntrance, "building-entrance"},
    {DoorType::Residence, "residence"},
    {DoorType::Service, "service"},
    {DoorType::Communal, "communal"},
}};
constexpr std::array<std::pair<Connectivity, const char *>, 2> kConnectivity{{
    {Connectivity::Offline, "offline"},
    {Connectivity::Online, "online"},
}};
constexpr std::array<std::pair<AccessMethod, const char *>, 2> kAccessMethods{{
    {AccessMethod::App, "app"},
    {AccessMethod::Doorcode, "doorcode"},
}};
constexpr std::array<std::pair<ManagerRole, const char *>, 2> kRoles{{
    {ManagerRole::PortfolioManager, "portfolio"},
    {ManagerRole::PropertyManager, "property"},
}};
constexpr std::array<std::pair<KeyManagement, const char *>, 4> kKeyManagement{{
    {KeyManagement::Full, "full"},
    {KeyManagement::Limited, "limited"},
    {KeyManagement::Specific, "specific"},
    {KeyManagement::None, "none"},
}};
constexpr std::array<std::pair<PersonStatus, const char *>, 6> kStatus{{
    {PersonStatus::Invited, "invited"},
    {PersonStatus::Active, "active"},
    {PersonStatus::Expired, "expired"},
    {PersonStatus::Revoked, "revoked"},
    {PersonStatus::Deleted, "deleted"},
    {PersonStatus::NoAccess, "no-access"},
}};
constexpr std::array<std::pair<EndReason, const char *>, 6> kEndReasons{{
    {EndReason::None, ""},
    {EndReason::Removed, "removed"},
    {EndReason::Revoked, "revoked"},
    {EndReason::Deleted, "deleted"},
    {EndReason::HostRevoked, "host-revoked"},
    {EndReason::HostDeleted, "host-deleted"},
}};

} // namespace

QString toString(DoorType v)
{
    return nameOf(kDoorTypes, v);
}
QString toString(Connectivity v)
{
    return nameOf(kConnectivity, v);
}
QString toString(AccessMethod v)
{
    return nameOf(kAccessMethods, v);
}
QString toString(ManagerRole v)
{
    return nameOf(kRoles, v);
}
QString toString(KeyManagement v)
{
    return nameOf(kKeyManagement, v);
}
QString toString(PersonStatus v)
{
    return nameOf(kStatus, v);
}
QString toString(EndReason v)
{
    return nameOf(kEndReasons, v);
}
std::optional<DoorType> doorTypeFromString(const QString &s)
{
    return valueOf(kDoorTypes, s);
}
std::optional<Connectivity> connectivityFromString(const QString &s)
{
    return valueOf(kConnectivity, s);
}
std::optional<AccessMethod> accessMethodFromString(const QString &s)
{
    return valueOf(kAccessMethods, s);
}
std::optional<ManagerRole> managerRoleFromString(const QString &s)
{
    return valueOf(kRoles, s);
}
std::optional<KeyManagement> keyManagementFromString(const QString &s)
{
    return valueOf(kKeyManagement, s);
}
std::optional<EndReason> endReasonFromString(const QString &s)
{
    return valueOf(kEndReasons, s);
}
std::optional<PersonStatus> personStatusFromString(const QString &s)
{
    return valueOf(kStatus, s);
}

QString Person::displayName() const
{
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

} // namespace porter
