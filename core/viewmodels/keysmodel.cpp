#include "viewmodels/keysmodel.h"

#include "util/searchtext.h"
#include "viewmodels/displaytext.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace porter {

namespace {

QString dayShortName(int day) // 0 = Monday
{
    return QLocale().dayName(day + 1, QLocale::ShortFormat);
}

// "Mon–Fri", "Sat, Sun", "Mon, Wed, Fri": runs of three days or more as a range.
QString daysText(const QList<int> &days)
{
    if (days.size() == 7)
        return KeysModel::tr("Every day");
    QStringList parts;
    int i = 0;
    while (i < days.size()) {
        int j = i;
        while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            //: A range of weekdays in a schedule, e.g. "Mon–Fri"
            parts << KeysModel::tr("%1–%2").arg(dayShortName(days.at(i)), dayShortName(days.at(j)));
        } else {
            for (int k = i; k <= j; ++k)
                parts << dayShortName(days.at(k));
        }
        i = j + 1;
    }
    //: Separator between days in a schedule, e.g. "Sat, Sun"
    return parts.join(KeysModel::tr(", "));
}

} // namespace

QString KeysModel::minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QList<QPair<int, int>> KeysModel::hoursOn(const porter::Schedule &schedule, int day)
{
    if (schedule.always())
        return {{0, 1440}};
    QList<QPair<int, int>> ranges;
    for (const ScheduleWindow &w : schedule.windows)
        if (w.days & (1 << day))
            ranges.append({w.startMinute, w.endMinute});
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto &r : ranges) {
        // Overlapping or touching ranges open the door without a gap: one range.
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    return merged;
}

QString KeysModel::scheduleSummary(const porter::Schedule &schedule)
{
    if (schedule.always())
        return tr("Always");
    // Days with the same hours together, in the order of their first day.
    QList<QList<QPair<int, int>>> hoursOfGroup;
    QList<QList<int>> daysOfGroup;
    for (int day = 0; day < 7; ++day) {
        const auto hours = hoursOn(schedule, day);
        if (hours.isEmpty())
            continue;
        const auto it = std::find(hoursOfGroup.cbegin(), hoursOfGroup.cend(), hours);
        if (it == hoursOfGroup.cend()) {
            hoursOfGroup.append(hours);
            daysOfGroup.append(QList<int>{day});
        } else {
            daysOfGroup[int(it - hoursOfGroup.cbegin())].append(day);
        }
    }
    QStringList parts;
    for (int g = 0; g < hoursOfGroup.size(); ++g) {
        const auto &hours = hoursOfGroup.at(g);
        QString hoursText;
        if (hours.size() == 1 && hours.first() == qMakePair(0, 1440)) {
            hoursText = tr("all day");
        } else {
            QStringList ranges;
            for (const auto &h : hours)
                //: Opening hours in a schedule, e.g. "08:00–18:00"
                ranges << tr("%1–%2").arg(minuteText(h.first), minuteText(h.second));
            hoursText = ranges.join(tr(", "));
        }
        //: One part of a schedule: days, then hours, e.g. "Mon–Fri 08:00–18:00" or "Sat, Sun all day"
        parts << tr("%1 %2").arg(daysText(daysOfGroup.at(g)), hoursText);
    }
    return parts.join(QStringLiteral("; "));
}

KeysModel::KeysModel(const DirectoryService &directory, const QueryService &queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_queries(queries)
{}

void KeysModel::setManager(const Manager &manager)
{
    m_manager = manager;
}

void KeysModel::setProperty(const Property &property)
{
    m_property = property;
    refresh();
}

void KeysModel::refresh()
{
    beginResetModel();
    m_keys.clear();
    m_doors.clear();
    m_holders.clear();
    m_lastError.clear();
    if (m_property.id != 0) {
        if (auto keys = m_directory.keys(m_manager, m_property.id); keys.ok())
            m_keys = *keys;
        else
            m_lastError = keys.error().message;
        if (auto doors = m_directory.doors(m_manager, m_property.id); doors.ok()) {
            m_doors = *doors;
            std::sort(m_doors.begin(), m_doors.end(), [](const Door &a, const Door &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
        } else if (m_lastError.isEmpty()) {
            m_lastError = doors.error().message;
        }
        if (auto holders = m_queries.keyHolderCounts(m_manager, m_property.id); holders.ok())
            m_holders = *holders;
        else if (m_lastError.isEmpty())
            m_lastError = holders.error().message;
    }
    endResetModel();
    Q_EMIT refreshed();
}

const porter::Key *KeysModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int KeysModel::rowOf(Id keyId) const
{
    for (int i = 0; i < m_keys.size(); ++i)
        if (m_keys.at(i).id == keyId)
            return i;
    return -1;
}

QString KeysModel::doorName(Id doorId) const
{
    for (const Door &d : m_doors)
        if (d.id == doorId)
            return d.name;
    return tr("door %1").arg(doorId);
}

QStringList KeysModel::doorNames(const porter::Key &key) const
{
    QStringList names;
    for (const Door &d : m_doors) // already by name
        if (key.doorIds.contains(d.id))
            names << d.name;
    return names;
}

QStringList KeysModel::offlineDoorNames(const QList<Id> &doorIds) const
{
    QStringList names;
    for (const Door &d : m_doors)
        if (doorIds.contains(d.id) && d.connectivity == Connectivity::Offline)
            names << d.name;
    return names;
}

int KeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    const porter::Key *key = keyAt(index.row());
    if (!index.isValid() || !key)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return key->name;
        case Doors:
            return doorNames(*key).join(tr(", "));
        case Schedule:
            return scheduleSummary(key->schedule);
        case Doorcodes:
            return key->doorcodesAllowed ? tr("Allowed") : tr("Not allowed");
        case Sharing:
            return key->shareable ? tr("May be shared") : tr("Not shared");
        case Holders:
            return holderCount(key->id);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Doors: {
            QStringList lines;
            for (const Door &d : m_doors)
                if (key->doorIds.contains(d.id))
                    lines << (d.connectivity == Connectivity::Offline
                                  //: A door in a tooltip list: "Gym (offline: learns changes at a sync)"
                                  ? tr("%1 (offline: learns changes at a sync)").arg(d.name)
                                  : tr("%1 (online)").arg(d.name));
            return lines.join(QLatin1Char('\n'));
        }
        case Schedule:
            return key->schedule.always() ? tr("Opens its doors at any hour, every day.")
                                          : tr("Opens its doors only at these hours, in the property's "
                                               "time zone: %1")
                                                .arg(scheduleSummary(key->schedule));
        case Doorcodes:
            return key->doorcodesAllowed ? tr("A daily doorcode opens this key's doors.")
                                         : tr("This key's doors open only with the app or a keycard, not "
                                              "with a doorcode.");
        case Sharing:
            return key->shareable ? tr("Residents who may share can give this key to their guests.")
                                  : tr("Nobody can share this key with guests.");
        case Holders:
            return tr("People and guests who hold this key now or from a later start.");
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Holders:
            return holderCount(key->id);
        case Doors:
            return foldForSearch(doorNames(*key).join(QLatin1Char(',')));
        case Schedule:
            // "Always" first, then by the schedule's text form.
            return key->schedule.always() ? QString() : key->schedule.toText();
        default:
            return foldForSearch(data(index, Qt::DisplayRole).toString());
        }
    case KeyIdRole:
        return key->id;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Key");
    case Doors:
        return tr("Doors");
    case Schedule:
        return tr("Schedule");
    case Doorcodes:
        return tr("Doorcodes");
    case Sharing:
        return tr("Sharing");
    case Holders:
        return tr("Holders");
    default:
        return {};
    }
}

// --- KeyHoldersModel ---

KeyHoldersModel::KeyHoldersModel(const QueryService &queries, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
    , m_clock(clock)
{}

void KeyHoldersModel::setManager(const Manager &manager)
{
    m_manager = manager;
}

void KeyHoldersModel::setProperty(const Property &property)
{
    m_property = property;
    m_zone = QTimeZone(property.timeZone.toUtf8());
    m_keyId = 0;
    refresh();
}

void KeyHoldersModel::setKey(Id keyId)
{
    m_keyId = keyId;
    refresh();
}

void KeyHoldersModel::refresh()
{
    beginResetModel();
    m_holders.clear();
    m_lastError.clear();
    if (m_keyId != 0) {
        if (auto holders = m_queries.keyHolders(m_manager, m_keyId); holders.ok())
            m_holders = *holders;
        else
            m_lastError = holders.error().message;
    }
    endResetModel();
}

const KeyHolder *KeyHoldersModel::holderAt(int row) const
{
    return row >= 0 && row < m_holders.size() ? &m_holders.at(row) : nullptr;
}

int KeyHoldersModel::peopleCount() const
{
    QList<Id> seen;
    for (const KeyHolder &h : m_holders)
        if (!h.guest && !seen.contains(h.person.id))
            seen << h.person.id;
    return int(seen.size());
}

int KeyHoldersModel::guestCount() const
{
    QList<Id> seen;
    for (const KeyHolder &h : m_holders)
        if (h.guest && !seen.contains(h.person.id))
            seen << h.person.id;
    return int(seen.size());
}

int KeyHoldersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holders.size());
}

int KeyHoldersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyHoldersModel::data(const QModelIndex &index, int role) const
{
    const KeyHolder *h = holderAt(index.row());
    if (!index.isValid() || !h)
        return {};
    const qint64 now = m_clock.nowSecs();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return h->person.displayName();
        case Kind:
            return h->guest ? tr("Guest of %1").arg(h->hostName) : tr("Person");
        case Starts:
            return h->startsAt > now ? tr("Starts %1").arg(DisplayText::localTime(h->startsAt, m_zone))
                                     : DisplayText::localTime(h->startsAt, m_zone);
        case Expires:
            return h->expiresAt ? DisplayText::localTime(*h->expiresAt, m_zone) : tr("No expiration");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return h->person.email;
        if (index.column() == Kind && h->guest)
            return h->expiresAt
                       ? tr("A guest pass %1 gave; it ends with their access at the latest.").arg(h->hostName)
                       : tr("A permanent guest pass %1 gave; it ends with their access.").arg(h->hostName);
        return {};
    case SortRole:
        switch (index.column()) {
        case Name: // by last name, as the People page
            return foldForSearch(h->person.lastName + QLatin1Char(' ') + h->person.firstName);
        case Starts:
            return h->startsAt;
        case Expires:
            return h->expiresAt.value_or(std::numeric_limits<qint64>::max());
        default:
            return foldForSearch(data(index, Qt::DisplayRole).toString());
        }
    case PersonIdRole:
        return h->person.id;
    case GuestRole:
        return h->guest;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant KeyHoldersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Holds it as");
    case Starts:
        return tr("Start");
    case Expires:
        return tr("Expiration");
    default:
        return {};
    }
}

} // namespace porter
