#pragma once

#include "access/directoryservice.h"
#include "devices/deviceservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace porter {

// The active managers of the signed-in Portfolio Manager's portfolio (DirectoryService::managers, so
// only a Portfolio Manager sees any): name, email, role, Key Management (with the listed keys for
// Specific), Device Management and the assigned properties, by name.
class ManagersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Role,
        KeyManagementColumn,
        DeviceManagement,
        Login,       // a shared portfolio: the manager's server login
        DoorSecrets, // a shared portfolio: whether they hold the door secrets, or wait for them
        Properties,
        ColumnCount
    };
    enum ItemRole
    {
        ManagerIdRole = Qt::UserRole + 1,
        SortRole, // what the column sorts by (folded text, or a rank)
    };

    explicit ManagersModel(const DirectoryService &directory, QObject *parent = nullptr);
    // On a shared portfolio, who holds the door secrets (the Door Secrets column); none: the column
    // stays empty. Not owned.
    void setDevices(sync::DeviceService *devices) { m_devices = devices; }
    // Whether the portfolio is on a server (its managers hold door secrets one by one).
    bool isShared() const { return !m_holders.isEmpty(); }
    // The door secrets' state of a manager (empty on a file).
    const sync::DeviceService::DoorSecretHolder *holderOf(Id managerId) const;

    void setManager(const Manager &signedIn); // reloads
    void refresh();
    QString lastError() const { return m_lastError; }
    const Manager *managerAt(int row) const;
    int rowOf(Id managerId) const;
    const QList<Manager> &managers() const { return m_managers; }
    // Names for the ids a manager holds (the properties and keys the signed-in manager can see).
    QString propertyName(Id propertyId) const;
    QString keyName(Id keyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Full", "Limited", "Specific keys (3)", "None": the Key Management column's words.
    static QString levelText(const Manager &m);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QString propertiesText(const Manager &m) const;
    QString secretsText(const Manager &m) const;
    QString secretsToolTip(const Manager &m) const;
    QString keysText(const Manager &m) const;

    const DirectoryService &m_directory;
    Manager m_signedIn;
    QList<Manager> m_managers;
    QHash<Id, QString> m_propertyNames;
    QHash<Id, QString> m_keyNames; // "Key (Property)"
    QString m_lastError;
    sync::DeviceService *m_devices = nullptr;
    QHash<Id, sync::DeviceService::DoorSecretHolder> m_holders;
};

} // namespace porter
