#include "viewmodels/propertiesmodel.h"

#include <QCollator>
#include <algorithm>

namespace porter {

PropertiesModel::PropertiesModel(const DirectoryService &directory, QObject *parent)
    : QAbstractListModel(parent)
    , m_directory(directory)
{}

void PropertiesModel::setManager(const Manager &manager)
{
    m_manager = manager;
    refresh();
}

void PropertiesModel::refresh()
{
    beginResetModel();
    m_properties.clear();
    m_lastError.clear();
    if (m_manager.id != 0) {
        auto list = m_directory.properties(m_manager);
        if (list.ok()) {
            m_properties = *list;
            QCollator collator;
            collator.setNumericMode(true);
            std::stable_sort(
                m_properties.begin(), m_properties.end(),
                [&](const Property &a, const Property &b) { return collator.compare(a.name, b.name) < 0; });
        } else {
            m_lastError = list.error().message;
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

const Property *PropertiesModel::propertyAt(int row) const
{
    return row >= 0 && row < m_properties.size() ? &m_properties.at(row) : nullptr;
}

int PropertiesModel::rowOf(Id propertyId) const
{
    for (int i = 0; i < m_properties.size(); ++i) {
        if (m_properties.at(i).id == propertyId)
            return i;
    }
    return -1;
}

int PropertiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_properties.size());
}

QVariant PropertiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Property &p = m_properties.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case Qt::ToolTipRole:
        return p.address.isEmpty() ? tr("Time zone: %1").arg(p.timeZone)
                                   : tr("%1\nTime zone: %2").arg(p.address, p.timeZone);
    case PropertyIdRole:
        return p.id;
    case TimeZoneRole:
        return p.timeZone;
    case AddressRole:
        return p.address;
    default:
        return {};
    }
}

} // namespace porter
