#pragma once

#include "access/directoryservice.h"
#include "access/queryservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace porter {

namespace sync {
class DeviceService;
}

// Every door of one property with what a technician checks before a walk round: type, online or
// offline, commissioned, pending changes ("sync due today" flagged), last sync, the version it
// acknowledged, battery, firmware, clock drift and its alarms. Read through DirectoryService,
// QueryService::syncTasks and DeviceService, with their permission checks.
class DoorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Connection,
        Sync,
        Alarms, // before the device details: it must stay in view on a narrow window
        LastSync,
        Version,
        Battery,
        Firmware,
        ClockDrift,
        ColumnCount
    };
    enum Role
    {
        DoorIdRole = Qt::UserRole + 1,
        DueTodayRole,     // bool: pending access starts or ends today, or a change is already due
        NeedsSyncRole,    // bool: pending changes
        CommissionedRole, // bool
        AttentionRole,    // bool: alarms, a low battery or an old doorcode secret
    };
    static constexpr int kLowBatteryPercent = 20;

    DoorsModel(const DirectoryService &directory, const QueryService &queries, sync::DeviceService *devices,
               const Clock &clock, QObject *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property); // 0 = none
    void refresh();

    Id propertyId() const { return m_property.id; }
    QString lastError() const { return m_lastError; }
    const Door *doorAt(int row) const;
    int rowOf(Id doorId) const;
    const QList<Door> &doors() const { return m_doors; }
    // The door's sync task (pending changes) when it has one.
    const DoorSyncTask *taskOf(Id doorId) const;
    QHash<Id, int> pendingChanges() const;
    bool holdsOldDoorcodeSecret(Id doorId) const;
    int needSyncCount() const { return int(m_tasks.size()); }
    int dueTodayCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // For people: "+41 s", "−2 min 5 s".
    static QString driftText(qint64 seconds);

Q_SIGNALS:
    void refreshed();

private:
    QString syncText(const Door &door) const;

    const DirectoryService &m_directory;
    const QueryService &m_queries;
    sync::DeviceService *m_devices;
    const Clock &m_clock;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    QList<Door> m_doors;
    QHash<Id, DoorSyncTask> m_tasks;
    QList<Id> m_oldSecret;
    QString m_lastError;
};

} // namespace porter
