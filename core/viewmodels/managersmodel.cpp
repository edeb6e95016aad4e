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
        default:
            return {};
        }
    }
    return {};
}

QVariant ManagersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
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
    case Properties:
        return tr("Properties");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace porter
