#include "viewmodels/managersmodel.h"

#include "viewmodels/displaytext.h"

#include <QCollator>
#include <algorithm>

namespace porter {

ManagersModel::ManagersModel(const DirectoryService &directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{}

void ManagersModel::setManager(const Manager &signedIn)
{
    m_signedIn = signedIn;
    refresh();
}

void ManagersModel::refresh()
{
    beginResetModel();
    m_managers.clear();
    m_propertyNames.clear();
    m_keyNames.clear();
    m_lastError.clear();
    m_holders.clear();
    if (m_signedIn.id != 0 && m_devices) {
        // Not a reason to show no managers: the column stays empty and the error is said.
        auto holders = m_devices->doorSecretHolders(m_signedIn);
        if (holders.ok()) {
            for (const auto &h : *holders)
                m_holders.insert(h.manager.id, h);
        } else {
            m_lastError = holders.error().message;
        }
    }
    if (m_signedIn.id != 0) {
        auto list = m_directory.managers(m_signedIn);
        if (list.ok()) {
            m_managers = *list;
            QCollator collator;
            collator.setNumericMode(true);
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::stable_sort(m_managers.begin(), m_managers.end(), [&](const Manager &a, const Manager &b) {
                return collator.compare(a.name, b.name) < 0;
            });
            if (auto properties = m_directory.properties(m_signedIn); properties.ok()) {
                for (const Property &p : *properties) {
                    m_propertyNames.insert(p.id, p.name);
                    if (auto keys = m_directory.keys(m_signedIn, p.id); keys.ok()) {
                        for (const Key &k : *keys)
                            //: A key and its property in a list of keys: "Gym (Rue Lepic)"
                            m_keyNames.insert(k.id, tr("%1 (%2)").arg(k.name, p.name));
                    }
                }
            }
        } else {
            m_lastError = list.error().message;
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

const Manager *ManagersModel::managerAt(int row) const
{
    return row >= 0 && row < m_managers.size() ? &m_managers.at(row) : nullptr;
}

int ManagersModel::rowOf(Id managerId) const
{
    for (int i = 0; i < m_managers.size(); ++i) {
        if (m_managers.at(i).id == managerId)
            return i;
    }
    return -1;
}

QString ManagersModel::propertyName(Id propertyId) const
{
    return m_propertyNames.value(propertyId, tr("property %1").arg(propertyId));
}

QString ManagersModel::keyName(Id keyId) const
{
    return m_keyNames.value(keyId, tr("key %1").arg(keyId));
}

QString ManagersModel::levelText(const Manager &m)
{
    switch (m.keyManagement) {
    case KeyManagement::Full:
        return tr("Full");
    case KeyManagement::Limited:
        return tr("Limited");
    case KeyManagement::Specific:
        return tr("Specific keys (%n)", nullptr, int(m.keyIds.size()));
    case KeyManagement::None:
        return tr("None");
    }
    return {};
}

QString ManagersModel::propertiesText(const Manager &m) const
{
    if (m.role == ManagerRole::PortfolioManager)
        return tr("All properties");
    QStringList names;
    for (Id id : m.propertyIds)
        names << propertyName(id);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names.join(tr(", "));
}

const sync::DeviceService::DoorSecretHolder *ManagersModel::holderOf(Id managerId) const
{
    auto it = m_holders.constFind(managerId);
    return it == m_holders.constEnd() ? nullptr : &it.value();
}

QString ManagersModel::secretsText(const Manager &m) const
{
    const auto *h = holderOf(m.id);
    if (!h)
        return {};
    if (!h->stale.isEmpty())
        return tr("To withdraw");
    if (!h->waiting.isEmpty())
        return !h->hasKey ? tr("Waiting for their first sign-in") : tr("Waiting: give door access");
    if (!h->holds.isEmpty())
        return h->holds.size() == 1 ? tr("Held (1 property)")
                                    : tr("Held (%n properties)", nullptr, int(h->holds.size()));
    return tr("None");
}

QString ManagersModel::secretsToolTip(const Manager &m) const
{
    const auto *h = holderOf(m.id);
    if (!h)
        return {};
    const auto names = [this](const QList<Id> &ids) {
        QStringList out;
        for (Id id : ids)
            out << propertyName(id);
        return out.join(tr(", "));
    };
    QStringList lines;
    if (!h->holds.isEmpty())
        lines << tr("Holds the door secrets of: %1").arg(names(h->holds));
    if (!h->waiting.isEmpty())
        lines << (!h->hasKey
                      ? tr("Will hold those of %1 once they have signed in and been given door access.")
                      : tr("Waiting for door access to: %1"))
                     .arg(names(h->waiting));
    if (!h->stale.isEmpty())
        lines << tr("Still has copies of: %1").arg(names(h->stale));
    if (lines.isEmpty())
        lines << tr("Does not sync doors, or no door is commissioned yet.");
    return lines.join(QLatin1Char('\n'));
}

QString ManagersModel::keysText(const Manager &m) const
{
    QStringList names;
    for (Id id : m.keyIds)
        names << keyName(id);
    names.sort(Qt::CaseInsensitive);
    return names.join(QLatin1Char('\n'));
}

int ManagersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_managers.size());
}

int ManagersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManagersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Manager &m = m_managers.at(index.row());
    if (role == ManagerIdRole)
        return m.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case Name:
            return role == SortRole ? QVariant(m.name.toCaseFolded()) : QVariant(m.name);
        case Email:
            return role == SortRole ? QVariant(m.email.toCaseFolded()) : QVariant(m.email);
        case Role:
            return role == SortRole ? QVariant(int(m.role)) : QVariant(DisplayText::role(m.role));
        case KeyManagementColumn:
            return role == SortRole ? QVariant(int(m.keyManagement)) : QVariant(levelText(m));
        case DeviceManagement:
            if (role == SortRole)
                return m.deviceManagement ? 0 : 1;
            return m.deviceManagement ? tr("Yes") : tr("No");
        case Login:
            return role == SortRole ? QVariant(m.login.toCaseFolded()) : QVariant(m.login);
        case DoorSecrets:
            return role == SortRole ? QVariant(secretsText(m).toCaseFolded()) : QVariant(secretsText(m));
        case Properties:
            return role == SortRole ? QVariant(propertiesText(m).toCaseFolded())
                                    : QVariant(propertiesText(m));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case KeyManagementColumn:
            if (m.keyManagement == KeyManagement::Specific)
                return tr("May give and revoke only these keys:\n%1").arg(keysText(m));
            return DisplayText::keyManagement(m.keyManagement);
        case Properties:
            return propertiesText(m);
        case DoorSecrets:
            return secretsToolTip(m);
        default:
            return {};
        }
    }
    return {};
}

QVariant ManagersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {}; // the tooltip: the whole title, when the column is too narrow for it
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case KeyManagementColumn:
        return tr("Key Management");
    case DeviceManagement:
        return tr("Device Management");
    case Login:
        return tr("Server Login");
    case DoorSecrets:
        return tr("Door Secrets");
    case Properties:
        return tr("Properties");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace porter
