#include "viewmodels/synctasksmodel.h"

#include "util/localtime.h"
#include "viewmodels/displaytext.h"

#include <algorithm>

namespace porter {

SyncTasksModel::SyncTasksModel(const QueryService &queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{}

void SyncTasksModel::setManager(const Manager &manager)
{
    m_manager = manager;
}

void SyncTasksModel::setProperty(const Property &property)
{
    m_property = property;
    m_zone = QTimeZone(property.timeZone.toUtf8());
    refresh();
}

void SyncTasksModel::refresh()
{
    beginResetModel();
    m_tasks.clear();
    m_lastError.clear();
    if (m_property.id != 0) {
        // Today in the property's time zone (QDate() asks QueryService for it).
        if (auto tasks = m_queries.syncTasks(m_manager, m_property.id, QDate()); tasks.ok()) {
            m_tasks = *tasks;
            std::stable_sort(m_tasks.begin(), m_tasks.end(),
                             [](const DoorSyncTask &a, const DoorSyncTask &b) {
                                 if (a.dueByEndOfDay != b.dueByEndOfDay)
                                     return a.dueByEndOfDay;
                                 return QString::localeAwareCompare(a.door.name, b.door.name) < 0;
                             });
        } else {
            m_lastError = tasks.error().message;
        }
    }
    endResetModel();
}

const DoorSyncTask *SyncTasksModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

int SyncTasksModel::dueTodayCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                             [](const DoorSyncTask &t) { return t.dueByEndOfDay; }));
}

int SyncTasksModel::pendingChangesTotal() const
{
    int n = 0;
    for (const DoorSyncTask &t : m_tasks)
        n += t.pendingChanges;
    return n;
}

int SyncTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int SyncTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoorSyncTask &t = m_tasks.at(index.row());
    if (role == DoorIdRole)
        return t.door.id;
    if (role == DueTodayRole)
        return t.dueByEndOfDay;
    if (role == SortRole) {
        switch (index.column()) {
        case Due:
            return t.dueByEndOfDay ? 0 : 1;
        case PendingChanges:
            return t.pendingChanges;
        case DueSince:
            return t.dueSince.value_or(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PendingChanges)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Door:
        return t.door.name;
    case Due:
        if (t.signingKeyReset && role == Qt::ToolTipRole)
            return tr("The property's signing key was reset: reset this door on site and commission it "
                      "again.");
        if (t.oldSigningKey && role == Qt::ToolTipRole)
            return tr("The door still trusts the property's old signing key until it is synced.");
        if (t.oldDoorcodeSecret && role == Qt::ToolTipRole)
            return tr("The door still accepts codes of the old doorcode secret until it is synced.");
        return t.dueByEndOfDay ? tr("Due today") : tr("Later");
    case PendingChanges:
        return t.pendingChanges;
    case DueSince:
        return t.dueSince ? formatLocal(*t.dueSince, m_zone) : QString();
    case Changes: {
        // The first change in the reader's words (the tooltip: the first 20); the count says the rest.
        // Only those are said: a door may have hundreds pending.
        QStringList lines;
        const qsizetype shown = std::min<qsizetype>(t.changes.size(), role == Qt::ToolTipRole ? 20 : 1);
        for (qsizetype i = 0; i < shown; ++i)
            lines << DisplayText::doorChange(t.changes.at(i));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant SyncTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Door:
        return tr("Door");
    case Due:
        return tr("Sync");
    case PendingChanges:
        return tr("Pending changes");
    case DueSince:
        return tr("Due since");
    case Changes:
        return tr("First change");
    default:
        return {};
    }
}

} // namespace porter
