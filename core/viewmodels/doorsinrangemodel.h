#pragma once

#include "link/radio.h"
#include "model/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <functional>

namespace porter {

// The doors a scanner hears now, as the Doors page lists them: each matched to one of the property's
// doors by the (propertyId, doorId) it advertises — never by its Bluetooth address, which macOS hides
// and privacy addresses change (docs/door-protocol.md §13) — or shown as a door waiting to be
// commissioned, a new door not in install mode, another property's door, or a faulted door. A door
// not heard for kAgeOutMs leaves the list: only what is advertising now is in range.
class DoorsInRangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DoorName,
        State,
        Signal,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        DoorIdRole,                  // Porter's door id (0 when not one of the property's doors)
        AddressRole,                 // how to reach it now (SeenDoor::address)
        RssiRole,                    // dBm
        BarsRole,                    // 0..4
        NeedsSyncRole,               // bool: one of ours with changes it has not acknowledged
    };
    enum class Kind
    {
        PropertyDoor,       // commissioned, one of this property's doors
        AwaitingCommission, // uncommissioned, install mode open: ready to be commissioned
        NewDoor,            // uncommissioned, install mode closed: press its install button
        OtherProperty,      // commissioned by another property, or a door id Porter does not know
        Faulted,            // refuses everything until reset at the door
    };
    static constexpr qint64 kAgeOutMs = 10'000;

    // nowMs: the clock that dates what is heard and ages it out (default: the system's).
    explicit DoorsInRangeModel(std::function<qint64()> nowMs = {}, QObject *parent = nullptr);

    // The property whose doors are matched, with each door's pending changes (doorId -> count).
    void setDoors(Id propertyId, const QList<Door> &doors, const QHash<Id, int> &pendingChanges = {});
    Id propertyId() const { return m_propertyId; }
    // One advertisement heard (DoorScanner::seen).
    void heard(const sync::SeenDoor &seen);
    // Drops what was not heard for kAgeOutMs. Runs every second by itself; tests call it directly.
    void ageOut();
    void clear();
    // A sync just left the door holding `version`: until it is heard again, its advertisement still
    // carries the old one, which must not read as "holds another list".
    void noteSynced(Id doorId, ListVersion version);

    const sync::SeenDoor *seenAt(int row) const;
    Kind kindAt(int row) const;
    Id doorIdAt(int row) const;
    // The row of one of the property's doors, or -1 when it is not in range.
    int rowOfDoor(Id doorId) const;
    // The property's doors in range, in list order.
    QList<Id> doorsInRange() const;

    // Signal strength in bars: 4 at −60 dBm or better, 0 below −90.
    static int bars(int rssi);
    // The kind for people: "Waiting to be commissioned", ...
    static QString kindText(Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        sync::SeenDoor seen;
        Kind kind = Kind::NewDoor;
        Id doorId = 0;
        qint64 heardAtMs = 0;
    };
    Kind classify(const sync::SeenDoor &seen, Id *doorId) const;
    // Identity of a heard door: its advertised ids when commissioned (the address may change), its
    // address otherwise (an uncommissioned door has nothing else).
    static QString keyOf(const sync::SeenDoor &seen);
    QString stateText(const Row &row) const;

    std::function<qint64()> m_now;
    Id m_propertyId = 0;
    QHash<Id, Door> m_doors;
    QHash<Id, int> m_pending;
    QList<Row> m_rows;
    QTimer m_timer;
};

} // namespace porter
