#pragma once

#include "access/directoryservice.h"
#include "access/queryservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QTimeZone>

namespace porter {

// The keys of one property: name, doors, schedule, whether doorcodes are allowed and whether it may be
// shared, and how many people hold it. Read through DirectoryService::keys and doors and
// QueryService::keyHolderCounts, with their permission checks.
class KeysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Doors,
        Schedule,
        Doorcodes,
        Sharing,
        Holders,
        ColumnCount
    };
    enum Role
    {
        KeyIdRole = Qt::UserRole + 1,
        SortRole, // what the column sorts by: folded text, or a number for Holders
    };

    KeysModel(const DirectoryService &directory, const QueryService &queries, QObject *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property); // 0 = none
    void refresh();

    Id propertyId() const { return m_property.id; }
    QString lastError() const { return m_lastError; }
    const QList<porter::Key> &keys() const { return m_keys; }
    const porter::Key *keyAt(int row) const;
    int rowOf(Id keyId) const;
    int holderCount(Id keyId) const { return m_holders.value(keyId); }
    // The property's doors, by name.
    const QList<Door> &doors() const { return m_doors; }
    QString doorName(Id doorId) const;
    // The key's doors by name, and those of them that are offline (they learn a change at a sync).
    QStringList doorNames(const porter::Key &key) const;
    QStringList offlineDoorNames(const QList<Id> &doorIds) const;

    // A schedule for people, in the current locale: "Always", "Mon–Fri 08:00–18:00; Sat 10:00–14:00",
    // "Sat, Sun all day".
    static QString scheduleSummary(const porter::Schedule &schedule);
    // The hours a schedule opens on one day (0 = Monday .. 6 = Sunday) as sorted, merged
    // [start, end) minute ranges; an "always" schedule opens every day all day.
    static QList<QPair<int, int>> hoursOn(const porter::Schedule &schedule, int day);
    // "08:00", "24:00".
    static QString minuteText(int minute);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();

private:
    const DirectoryService &m_directory;
    const QueryService &m_queries;
    Manager m_manager;
    Property m_property;
    QList<porter::Key> m_keys;
    QList<Door> m_doors;
    QHash<Id, int> m_holders;
    QString m_lastError;
};

// Who holds one key (QueryService::keyHolders): people and guests, with start and expiration in the
// property's time zone.
class KeyHoldersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Starts,
        Expires,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        SortRole, // folded text, or the UTC instant for the dates (no expiration sorts last)
        GuestRole,
    };

    KeyHoldersModel(const QueryService &queries, const Clock &clock, QObject *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    void setKey(Id keyId); // 0 = none
    void refresh();

    Id keyId() const { return m_keyId; }
    QString lastError() const { return m_lastError; }
    const KeyHolder *holderAt(int row) const;
    const QList<KeyHolder> &holders() const { return m_holders; }
    int peopleCount() const;
    int guestCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QueryService &m_queries;
    const Clock &m_clock;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    Id m_keyId = 0;
    QList<KeyHolder> m_holders;
    QString m_lastError;
};

} // namespace porter
