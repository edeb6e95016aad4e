#include "viewmodels/peoplemodel.h"

#include "viewmodels/displaytext.h"

namespace porter {

PeopleModel::PeopleModel(const QueryService &queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{}

void PeopleModel::setManager(const Manager &manager)
{
    m_manager = manager;
    refresh();
}

void PeopleModel::setProperty(const Property &property)
{
    m_property = property;
    m_zone = property.timeZone.isEmpty() ? QTimeZone() : QTimeZone(property.timeZone.toUtf8());
    refresh();
}

void PeopleModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    refresh();
}

void PeopleModel::setShowExpired(bool show)
{
    if (show == m_showExpired)
        return;
    m_showExpired = show;
    refresh();
}

void PeopleModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

PeopleFilter PeopleModel::filter(int offset) const
{
    static constexpr PeopleSort kSortOf[ColumnCount] = {
        PeopleSort::Name, PeopleSort::Email,       PeopleSort::Phone,    PeopleSort::State,
        PeopleSort::Keys, PeopleSort::AccessUntil, PeopleSort::Resident, PeopleSort::GuestOf,
    };
    PeopleFilter f;
    f.propertyId = m_property.id;
    f.search = m_search;
    f.showExpired = m_showExpired;
    f.sort = kSortOf[m_sortColumn];
    f.descending = m_sortOrder == Qt::DescendingOrder;
    f.limit = kPageSize;
    f.offset = offset;
    return f;
}

void PeopleModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

void PeopleModel::refresh()
{
    const bool valid = m_property.id != 0 && m_manager.id != 0;
    m_lastError.clear();
    int total = 0;
    bool hidden = false;
    if (valid) {
        auto count = m_queries.peopleCount(m_manager, filter(0));
        if (count.ok())
            total = *count;
        else
            fail(count.error().message);
        if (count.ok() && total == 0 && !m_showExpired) {
            PeopleFilter all = filter(0);
            all.showExpired = true;
            auto everyone = m_queries.peopleCount(m_manager, all);
            hidden = everyone.ok() && *everyone > 0;
        }
    }
    beginResetModel();
    m_pages.clear();
    m_total = valid && m_lastError.isEmpty() ? total : 0;
    m_hiddenPeople = hidden;
    endResetModel();
    if (m_total > 0)
        page(0); // the first page at once: what the view shows first, and its error if any
    Q_EMIT totalCountChanged(m_total);
}

const QList<PersonRow> *PeopleModel::page(int number) const
{
    auto it = m_pages.constFind(number);
    if (it != m_pages.cend())
        return &it.value();
    auto rows = m_queries.people(m_manager, filter(number * kPageSize));
    if (!rows.ok()) {
        // Shown by the page (lastError) and not asked again for this page until the next refresh.
        m_lastError = rows.error().message;
        return &m_pages.insert(number, {}).value();
    }
    return &m_pages.insert(number, *rows).value();
}

const PersonRow *PeopleModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const QList<PersonRow> *rows = page(row / kPageSize);
    const int i = row % kPageSize;
    return i < rows->size() ? &rows->at(i) : nullptr;
}

int PeopleModel::rowOf(Id personId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).person.id == personId)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

int PeopleModel::findRow(Id personId, int nearRow, bool scan) const
{
    const int known = rowOf(personId);
    if (known >= 0)
        return known;
    // Where the person was: after a refresh of an unchanged list they are still there (one page read,
    // not every page before theirs).
    if (nearRow >= 0 && nearRow < m_total) {
        const int around = nearRow / kPageSize;
        for (int number = qMax(0, around - 1); number <= around + 1 && number * kPageSize < m_total;
             ++number) {
            const QList<PersonRow> *rows = page(number);
            for (int i = 0; i < rows->size(); ++i) {
                if (rows->at(i).person.id == personId)
                    return number * kPageSize + i;
            }
        }
    }
    if (!scan)
        return -1;
    for (int number = 0; number * kPageSize < m_total; ++number) {
        if (m_pages.contains(number))
            continue;
        const QList<PersonRow> *rows = page(number);
        for (int i = 0; i < rows->size(); ++i) {
            if (rows->at(i).person.id == personId)
                return number * kPageSize + i;
        }
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow *row = rowAt(index.row());
    if (!row)
        return {}; // the list shrank since it was counted, or its page could not be read
    const PersonRow &r = *row;
    switch (role) {
    case PersonIdRole:
        return r.person.id;
    case StatusRole:
        return int(r.status);
    case Qt::ToolTipRole:
        if (index.column() == AccessUntil && !r.accessUntil && r.keyCount > 0)
            return tr("At least one key has no expiration date.");
        if (index.column() == Name && r.person.hostPersonId)
            return tr("Guest of %1").arg(r.hostName);
        if (index.column() == AccessUntil && r.accessEnded)
            return r.status == PersonStatus::Revoked
                       ? tr("Access was revoked on %1.").arg(DisplayText::localTime(*r.accessEnded, m_zone))
                       : tr("Access ended on %1.").arg(DisplayText::localTime(*r.accessEnded, m_zone));
        // The full text of a cell the column may be too narrow for.
        if (index.column() == Name || index.column() == Email || index.column() == GuestOf ||
            index.column() == AccessUntil || index.column() == Phone)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Keys)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Name:
        return r.person.displayName();
    case Email:
        return r.person.email;
    case Phone:
        return DisplayText::phone(r.person.phone, m_property.region);
    case Status:
        return DisplayText::status(r.status);
    case Keys:
        return r.keyCount;
    case AccessUntil:
        if (r.accessUntil)
            return DisplayText::localTime(*r.accessUntil, m_zone);
        if (r.keyCount > 0)
            return tr("No expiration");
        //: People list, Access until column of an expired or revoked person: when their access ended
        return r.accessEnded ? tr("Ended %1").arg(DisplayText::localTime(*r.accessEnded, m_zone)) : QString();
    case Resident:
        return r.person.resident ? tr("Resident") : QString();
    case GuestOf:
        return r.hostName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    case Keys:
        return tr("Keys");
    case AccessUntil:
        return tr("Access until");
    case Resident:
        return tr("Resident");
    case GuestOf:
        return tr("Guest of");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace porter
