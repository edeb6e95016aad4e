#include "viewmodels/doorsmodel.h"

#include "devices/deviceservice.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"

namespace porter {

DoorsModel::DoorsModel(const DirectoryService &directory, const QueryService &queries,
                       sync::DeviceService *devices, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_queries(queries)
    , m_devices(devices)
    , m_clock(clock)
{}

void DoorsModel::setManager(const Manager &manager)
{
    m_manager = manager;
}

void DoorsModel::setProperty(const Property &property)
{
    m_property = property;
    m_zone = QTimeZone(property.timeZone.toUtf8());
    refresh();
}

void DoorsModel::refresh()
{
    beginResetModel();
    m_doors.clear();
    m_tasks.clear();
    m_oldSecret.clear();
    m_lastError.clear();
    if (m_property.id != 0) {
        if (auto doors = m_directory.doors(m_manager, m_property.id); doors.ok())
            m_doors = *doors;
        else
            m_lastError = doors.error().message;
        // Today in the property's time zone: what is due by the end of it is highlighted.
        if (auto tasks = m_queries.syncTasks(m_manager, m_property.id, QDate()); tasks.ok()) {
            for (const DoorSyncTask &t : *tasks)
                m_tasks.insert(t.door.id, t);
        } else if (m_lastError.isEmpty()) {
            m_lastError = tasks.error().message;
        }
        // Only with Device Management; without it the column simply does not mention the secret.
        if (m_devices)
            if (auto status = m_devices->doorcodeSecretStatus(m_manager, m_property.id); status.ok())
                for (const Door &d : status->doorsWithOldSecret)
                    m_oldSecret << d.id;
    }
    endResetModel();
    Q_EMIT refreshed();
}

const Door *DoorsModel::doorAt(int row) const
{
    return row >= 0 && row < m_doors.size() ? &m_doors.at(row) : nullptr;
}

int DoorsModel::rowOf(Id doorId) const
{
    for (int i = 0; i < m_doors.size(); ++i)
        if (m_doors.at(i).id == doorId)
            return i;
    return -1;
}

const DoorSyncTask *DoorsModel::taskOf(Id doorId) const
{
    auto it = m_tasks.constFind(doorId);
    return it == m_tasks.constEnd() ? nullptr : &it.value();
}

QHash<Id, int> DoorsModel::pendingChanges() const
{
    QHash<Id, int> out;
    for (auto it = m_tasks.constBegin(); it != m_tasks.constEnd(); ++it)
        out.insert(it.key(), it->pendingChanges);
    return out;
}

bool DoorsModel::holdsOldDoorcodeSecret(Id doorId) const
{
    const DoorSyncTask *t = taskOf(doorId);
    return m_oldSecret.contains(doorId) || (t && t->oldDoorcodeSecret);
}

int DoorsModel::dueTodayCount() const
{
    int n = 0;
    for (const DoorSyncTask &t : m_tasks)
        n += t.dueByEndOfDay ? 1 : 0;
    return n;
}

QString DoorsModel::driftText(qint64 seconds)
{
    const qint64 a = qAbs(seconds);
    //: Sign of a clock drift: + the door ran fast, − slow
    const QString sign = seconds > 0 ? tr("+") : seconds < 0 ? tr("−") : QString();
    if (a < 60)
        return tr("%1%2 s").arg(sign).arg(a);
    return tr("%1%2 min %3 s").arg(sign).arg(a / 60).arg(a % 60);
}

QString DoorsModel::syncText(const Door &door) const
{
    if (door.connectivity == Connectivity::Online)
        return tr("Updates over the internet");
    const DoorSyncTask *t = taskOf(door.id);
    if (!door.commissioned)
        return tr("Not commissioned yet");
    if (t && t->pendingChanges > 0) {
        const QString changes = t->pendingChanges == 1 ? tr("1 pending change")
                                                       : tr("%n pending changes", nullptr, t->pendingChanges);
        //: Doors page: "3 pending changes — sync due today"
        return t->dueByEndOfDay ? tr("%1 — sync due today").arg(changes) : changes;
    }
    if (holdsOldDoorcodeSecret(door.id))
        return tr("Holds the old doorcode secret: sync due today");
    return tr("Up to date");
}

int DoorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doors.size());
}

int DoorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoorsModel::data(const QModelIndex &index, int role) const
{
    const Door *door = doorAt(index.row());
    if (!index.isValid() || !door)
        return {};
    const DoorSyncTask *task = taskOf(door->id);
    const bool online = door->connectivity == Connectivity::Online;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return door->name;
        case Type:
            return DisplayText::doorType(door->type);
        case Connection:
            return online ? tr("Online") : tr("Offline");
        case Sync:
            return syncText(*door);
        case LastSync:
            return door->lastSyncAt ? DisplayText::localTime(*door->lastSyncAt, m_zone)
                                    : (online || !door->commissioned ? tr("—") : tr("Never"));
        case Version:
            return door->commissioned && !online ? QString::number(door->ackedVersion) : tr("—");
        case Battery:
            if (!door->batteryPercent)
                return tr("—");
            //: Battery charge, e.g. "17% (low)"
            return *door->batteryPercent <= kLowBatteryPercent ? tr("%1% (low)").arg(*door->batteryPercent)
                                                               : tr("%1%").arg(*door->batteryPercent);
        case Firmware:
            return door->firmware.isEmpty() ? tr("—") : door->firmware;
        case ClockDrift:
            return door->clockDriftSecs ? driftText(*door->clockDriftSecs) : tr("—");
        case Alarms:
            if (door->alarmCount == 0 && door->lostEntries == 0)
                return tr("None");
            if (door->lostEntries > 0)
                return door->alarmCount == 1 ? tr("1 alarm, activity lost")
                                             : tr("%n alarms, activity lost", nullptr, door->alarmCount);
            return door->alarmCount == 1 ? tr("1 alarm") : tr("%n alarms", nullptr, door->alarmCount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Sync:
            if (!door->commissioned && !online)
                return task && task->pendingChanges > 0
                           ? (task->pendingChanges == 1 ? tr("Commission it first: press its install button, "
                                                             "then Commission. 1 change "
                                                             "waits for its first sync.")
                                                        : tr("Commission it first: press its install button, "
                                                             "then Commission. %n changes "
                                                             "wait for its first sync.",
                                                             nullptr, task->pendingChanges))
                           : tr("Commission it first: press its install button, then Commission.");
            if (task && task->dueByEndOfDay)
                return tr("Access starts or ends today, or a change is already due: sync this door today.");
            return syncText(*door);
        case Version:
            return tr("The access-list version the door last acknowledged.");
        case ClockDrift:
            return tr("How far the door's clock was off at its last sync (Porter set it right then).");
        case Alarms:
            return tr("Keypad lockouts, spent failure budgets, lost activity and refused updates. Select the "
                      "door to see them.");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case DoorIdRole:
        return door->id;
    case DueTodayRole:
        // A door that is not commissioned cannot be synced yet: its work is commissioning, not a sync.
        return !online && door->commissioned &&
               ((task && task->dueByEndOfDay) || holdsOldDoorcodeSecret(door->id));
    case NeedsSyncRole:
        return !online && task && task->pendingChanges > 0;
    case CommissionedRole:
        return door->commissioned;
    case AttentionRole:
        return door->alarmCount > 0 || door->lostEntries > 0 ||
               (door->batteryPercent && *door->batteryPercent <= kLowBatteryPercent);
    default:
        return {};
    }
}

QVariant DoorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Door");
    case Type:
        return tr("Type");
    case Connection:
        return tr("Connection");
    case Sync:
        return tr("Sync");
    case LastSync:
        return tr("Last sync");
    case Version:
        return tr("Version");
    case Battery:
        return tr("Battery");
    case Firmware:
        return tr("Firmware");
    case ClockDrift:
        return tr("Clock drift");
    case Alarms:
        return tr("Alarms");
    default:
        return {};
    }
}

} // namespace porter
