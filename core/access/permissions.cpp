#include "access/permissions.h"

#include <QCoreApplication>

namespace porter::permissions {
namespace {

Error denied(const QString &why)
{
    return makeError(ErrorCode::PermissionDenied, why);
}

bool isPortfolioManager(const Manager &m, Id portfolioId)
{
    return m.role == ManagerRole::PortfolioManager && m.portfolioId == portfolioId;
}

bool assigned(const Manager &m, const Property &p)
{
    return isPortfolioManager(m, p.portfolioId) ||
           (m.portfolioId == p.portfolioId && m.propertyIds.contains(p.id));
}

QString askPortfolioManager()
{
    return QCoreApplication::translate("porter::Permissions",
                                       "Ask a Portfolio Manager to change your permissions.");
}

} // namespace

Status canViewProperty(const Manager &m, const Property &p)
{
    if (!assigned(m, p))
        return denied(QCoreApplication::translate("porter::Permissions", "You are not a manager of %1. %2")
                          .arg(p.name, askPortfolioManager()));
    return {};
}

Status canManageProperties(const Manager &m, Id portfolioId)
{
    if (!isPortfolioManager(m, portfolioId))
        return denied(QCoreApplication::translate("porter::Permissions",
                                                  "Only Portfolio Managers can add or change properties."));
    return {};
}

Status canManageMail(const Manager &m, Id portfolioId)
{
    if (!isPortfolioManager(m, portfolioId))
        return denied(QCoreApplication::translate(
            "porter::Permissions", "Only Portfolio Managers can change the mail server or send a "
                                   "test email."));
    return {};
}

Status canManageManagers(const Manager &m, Id portfolioId)
{
    if (!isPortfolioManager(m, portfolioId))
        return denied(QCoreApplication::translate(
            "porter::Permissions",
            "Only Portfolio Managers can add or change managers and their permissions."));
    return {};
}

Status canManageKeys(const Manager &m, const Property &p)
{
    PORTER_TRY(canViewProperty(m, p));
    if (isPortfolioManager(m, p.portfolioId) || m.keyManagement == KeyManagement::Full)
        return {};
    return denied(
        QCoreApplication::translate("porter::Permissions",
                                    "Creating, editing and deleting keys needs Full Key Management at %1. %2")
            .arg(p.name, askPortfolioManager()));
}

Status canManagePeople(const Manager &m, const Property &p)
{
    PORTER_TRY(canViewProperty(m, p));
    if (isPortfolioManager(m, p.portfolioId) || m.keyManagement != KeyManagement::None)
        return {};
    return denied(QCoreApplication::translate("porter::Permissions",
                                              "Managing people's access needs Key Management at %1. %2")
                      .arg(p.name, askPortfolioManager()));
}

Status canGiveKey(const Manager &m, const Property &p, Id keyId)
{
    PORTER_TRY(canManagePeople(m, p));
    if (isPortfolioManager(m, p.portfolioId) || m.keyManagement == KeyManagement::Full ||
        m.keyManagement == KeyManagement::Limited)
        return {};
    if (m.keyManagement == KeyManagement::Specific && m.keyIds.contains(keyId))
        return {};
    return denied(QCoreApplication::translate(
                      "porter::Permissions",
                      "Your Key Management is limited to specific keys, and key %1 is not one of them. %2")
                      .arg(keyId)
                      .arg(askPortfolioManager()));
}

Status canRevokePerson(const Manager &m, const Property &p, const QList<Id> &openKeyIds)
{
    PORTER_TRY(canManagePeople(m, p));
    for (Id keyId : openKeyIds)
        PORTER_TRY(canGiveKey(m, p, keyId));
    return {};
}

Status canManageDevices(const Manager &m, const Property &p)
{
    PORTER_TRY(canViewProperty(m, p));
    if (isPortfolioManager(m, p.portfolioId) || m.deviceManagement)
        return {};
    return denied(QCoreApplication::translate(
                      "porter::Permissions",
                      "Adding, commissioning and syncing doors needs Device Management at %1. %2")
                      .arg(p.name, askPortfolioManager()));
}

Status canIssueCredential(const Manager &m, const Property &p, const QList<Id> &heldKeyIds)
{
    PORTER_TRY(canManagePeople(m, p));
    for (Id keyId : heldKeyIds) {
        if (!canGiveKey(m, p, keyId).ok())
            return denied(
                QCoreApplication::translate("porter::Permissions",
                                            "This person holds key %1, which your Key Management does not "
                                            "cover: their credentials open its doors. %2")
                    .arg(keyId)
                    .arg(askPortfolioManager()));
    }
    return {};
}

QString missingRight(const Manager &m, const Property &p, Right right, const QList<Id> &keyIds)
{
    Status check;
    switch (right) {
    case Right::ManagePeople:
        check = canManagePeople(m, p);
        break;
    case Right::GiveKeys:
        check = canRevokePerson(m, p, keyIds);
        break;
    case Right::ManageKeys:
        check = canManageKeys(m, p);
        break;
    case Right::ManageDevices:
        check = canManageDevices(m, p);
        break;
    case Right::ManageManagers:
        check = canManageManagers(m, p.portfolioId);
        break;
    case Right::ManageProperties:
        check = canManageProperties(m, p.portfolioId);
        break;
    }
    if (check.ok())
        return {};
    // Which right is missing, from the same facts the check used.
    if (right == Right::ManageManagers || right == Right::ManageProperties)
        return QCoreApplication::translate("porter::Permissions", "Only Portfolio Managers can do this.");
    if (!assigned(m, p))
        return QCoreApplication::translate(
                   "porter::Permissions",
                   "You are not a manager of %1. Ask a Portfolio Manager to assign it to you.")
            .arg(p.name);
    switch (right) {
    case Right::ManageKeys:
        return QCoreApplication::translate(
                   "porter::Permissions",
                   "Needs Full Key Management at %1. Ask a Portfolio Manager to add it.")
            .arg(p.name);
    case Right::ManageDevices:
        return QCoreApplication::translate(
                   "porter::Permissions", "Needs Device Management at %1. Ask a Portfolio Manager to add it.")
            .arg(p.name);
    case Right::GiveKeys:
        if (m.keyManagement == KeyManagement::Specific)
            return QCoreApplication::translate(
                "porter::Permissions",
                "Needs Limited or Full Key Management: this person holds keys outside your list. Ask a "
                "Portfolio Manager to add them.");
        [[fallthrough]];
    default:
        return QCoreApplication::translate("porter::Permissions",
                                           "Needs Key Management at %1. Ask a Portfolio Manager to add it.")
            .arg(p.name);
    }
}

} // namespace porter::permissions
