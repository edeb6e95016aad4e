#pragma once

#include "access/directoryservice.h"

#include <QAbstractListModel>

namespace porter {

// The properties the signed-in manager may see, by name, with their time zones.
class PropertiesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PropertyIdRole = Qt::UserRole + 1,
        TimeZoneRole, // IANA name
        AddressRole,
    };

    explicit PropertiesModel(const DirectoryService &directory, QObject *parent = nullptr);

    void setManager(const Manager &manager); // reloads
    void refresh();
    QString lastError() const { return m_lastError; }
    const Property *propertyAt(int row) const;
    int rowOf(Id propertyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    const DirectoryService &m_directory;
    Manager m_manager;
    QList<Property> m_properties;
    QString m_lastError;
};

} // namespace porter
