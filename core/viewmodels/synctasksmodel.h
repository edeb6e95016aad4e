#pragma once

#include "access/queryservice.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace porter {

// The door sync tasks of a property for today (QueryService::syncTasks): each offline door with changes
// it has not acknowledged, whether it is due by the end of the day, how many changes wait and since
// when they are due. Due doors first, then by name.
class SyncTasksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Door,
        Due,
        PendingChanges,
        DueSince,
        Changes,
        ColumnCount
    };
    enum Role
    {
        DoorIdRole = Qt::UserRole + 1,
        DueTodayRole, // bool
        SortRole,     // a value that sorts the column (numbers and times as numbers)
    };

    explicit SyncTasksModel(const QueryService &queries, QObject *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    void refresh();

    QString lastError() const { return m_lastError; }
    const DoorSyncTask *taskAt(int row) const;
    int dueTodayCount() const;
    int pendingChangesTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QueryService &m_queries;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    QList<DoorSyncTask> m_tasks;
    QString m_lastError;
};

} // namespace porter
