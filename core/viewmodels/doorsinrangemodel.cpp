#include "viewmodels/doorsinrangemodel.h"

#include <QDateTime>

namespace porter {

DoorsInRangeModel::DoorsInRangeModel(std::function<qint64()> nowMs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(nowMs ? std::move(nowMs) : []() { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DoorsInRangeModel::ageOut);
    m_timer.start();
}

void DoorsInRangeModel::setDoors(Id propertyId, const QList<Door> &doors,
                                 const QHash<Id, int> &pendingChanges)
{
    beginResetModel();
    if (propertyId != m_propertyId)
        m_rows.clear(); // another property: nothing heard so far is matched to it
    m_propertyId = propertyId;
    m_doors.clear();
    for (const Door &d : doors)
        m_doors.insert(d.id, d);
    m_pending = pendingChanges;
    for (Row &row : m_rows)
        row.kind = classify(row.seen, &row.doorId);
    endResetModel();
}

QString DoorsInRangeModel::keyOf(const sync::SeenDoor &seen)
{
    if (seen.commissioned)
        return QStringLiteral("door:%1:%2").arg(seen.propertyId).arg(seen.doorId);
    return QStringLiteral("address:") + seen.address;
}

DoorsInRangeModel::Kind DoorsInRangeModel::classify(const sync::SeenDoor &seen, Id *doorId) const
{
    *doorId = 0;
    if (seen.faulted)
        return Kind::Faulted;
    if (!seen.commissioned)
        return seen.installMode ? Kind::AwaitingCommission : Kind::NewDoor;
    // Matched by the ids it advertises, within the property: an id of another property, or a door id
    // this property does not have, is not one of ours (the handshake would prove it anyway).
    if (m_propertyId != 0 && Id(seen.propertyId) == m_propertyId && m_doors.contains(Id(seen.doorId))) {
        *doorId = Id(seen.doorId);
        return Kind::PropertyDoor;
    }
    return Kind::OtherProperty;
}

void DoorsInRangeModel::heard(const sync::SeenDoor &seen)
{
    const QString key = keyOf(seen);
    Row row;
    row.seen = seen;
    row.heardAtMs = m_now();
    row.kind = classify(seen, &row.doorId);
    // The door's own row first (its ids), then the row of the same device advertising other ids
    // before (it was just commissioned, or reset): one row either way.
    int at = -1;
    for (int i = 0; i < m_rows.size() && at < 0; ++i)
        if (keyOf(m_rows.at(i).seen) == key)
            at = i;
    for (int i = 0; i < m_rows.size() && at < 0; ++i)
        if (m_rows.at(i).seen.address == seen.address)
            at = i;
    if (at >= 0) {
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        // A device now speaking for a door that had a row of its own elsewhere: drop the stale one.
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (i != at && keyOf(m_rows.at(i).seen) == key) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

void DoorsInRangeModel::ageOut()
{
    const qint64 now = m_now();
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (now - m_rows.at(i).heardAtMs > kAgeOutMs) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
}

void DoorsInRangeModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void DoorsInRangeModel::noteSynced(Id doorId, ListVersion version)
{
    const int row = rowOfDoor(doorId);
    if (row < 0)
        return;
    m_rows[row].seen.listVersion = sync::SeenDoor::advertisedVersion(version);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const sync::SeenDoor *DoorsInRangeModel::seenAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).seen : nullptr;
}

DoorsInRangeModel::Kind DoorsInRangeModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : Kind::NewDoor;
}

Id DoorsInRangeModel::doorIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).doorId : 0;
}

int DoorsInRangeModel::rowOfDoor(Id doorId) const
{
    if (doorId == 0)
        return -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == Kind::PropertyDoor && m_rows.at(i).doorId == doorId)
            return i;
    return -1;
}

QList<Id> DoorsInRangeModel::doorsInRange() const
{
    QList<Id> out;
    for (const Row &row : m_rows)
        if (row.kind == Kind::PropertyDoor)
            out << row.doorId;
    return out;
}

int DoorsInRangeModel::bars(int rssi)
{
    if (rssi >= -60)
        return 4;
    if (rssi >= -70)
        return 3;
    if (rssi >= -80)
        return 2;
    if (rssi >= -90)
        return 1;
    return 0;
}

QString DoorsInRangeModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::PropertyDoor:
        return tr("One of this property's doors");
    case Kind::AwaitingCommission:
        return tr("Waiting to be commissioned");
    case Kind::NewDoor:
        return tr("New door: press its install button to commission it");
    case Kind::OtherProperty:
        return tr("Not a door of this property");
    case Kind::Faulted:
        return tr("Faulted: it refuses everything until it is reset at the door");
    }
    return {};
}

QString DoorsInRangeModel::stateText(const Row &row) const
{
    if (row.kind != Kind::PropertyDoor)
        return kindText(row.kind);
    const int pending = m_pending.value(row.doorId);
    const Door door = m_doors.value(row.doorId);
    if (pending > 0)
        return pending == 1 ? tr("Needs a sync: 1 change") : tr("Needs a sync: %n changes", nullptr, pending);
    // Only a hint: the version is unauthenticated, the sync decides from the door's signed status.
    if (!row.seen.advertises(door.ackedVersion))
        return tr("Holds another list version: sync it");
    return tr("Up to date");
}

int DoorsInRangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DoorsInRangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoorsInRangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DoorName:
            if (row.kind == Kind::PropertyDoor)
                return m_doors.value(row.doorId).name;
            if (row.kind == Kind::OtherProperty)
                return tr("Unknown door");
            if (row.kind == Kind::Faulted)
                return tr("Faulted door");
            return tr("New door");
        case State:
            return stateText(row);
        case Signal:
            //: Signal strength in decibel-milliwatts, e.g. "-61 dBm"
            return tr("%1 dBm").arg(row.seen.rssi);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Signal)
            return tr("Signal strength: %1 of 4 bars (%2 dBm). Move closer if the sync is slow or fails.")
                .arg(bars(row.seen.rssi))
                .arg(row.seen.rssi);
        if (row.kind == Kind::OtherProperty)
            return tr("It advertises property %1, door %2: not one of this property's doors. Porter leaves "
                      "it alone.")
                .arg(row.seen.propertyId)
                .arg(row.seen.doorId);
        return stateText(row);
    case KindRole:
        return int(row.kind);
    case DoorIdRole:
        return row.doorId;
    case AddressRole:
        return row.seen.address;
    case RssiRole:
        return row.seen.rssi;
    case BarsRole:
        return bars(row.seen.rssi);
    case NeedsSyncRole:
        return row.kind == Kind::PropertyDoor &&
               (m_pending.value(row.doorId) > 0 ||
                !row.seen.advertises(m_doors.value(row.doorId).ackedVersion));
    default:
        return {};
    }
}

QVariant DoorsInRangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoorName:
        return tr("Door");
    case State:
        return tr("State");
    case Signal:
        return tr("Signal");
    default:
        return {};
    }
}

} // namespace porter
