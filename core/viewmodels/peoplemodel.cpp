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
    m_rows.clear();
    m_total = total;
    m_hiddenPeople = hidden;
    // Nothing to fetch while the reset is in flight: views may ask during modelReset.
    m_atEnd = true;
    endResetModel();
    if (valid && m_lastError.isEmpty()) {
        m_atEnd = false;
        fetchMore({});
    }
    Q_EMIT totalCountChanged(m_total);
}

const PersonRow *PeopleModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PeopleModel::rowOf(Id personId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).person.id == personId)
            return i;
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PeopleModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PeopleModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may ask for more from inside rowsInserted: one fetch at a time.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    auto page = m_queries.people(m_manager, filter(int(m_rows.size())));
    if (!page.ok()) {
        m_atEnd = true;
        fail(page.error().message);
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    append(*page);
}

void PeopleModel::fetchAll()
{
    if (m_atEnd || m_fetching)
        return;
    PeopleFilter f = filter(int(m_rows.size()));
    // One query for the rest (a page-by-page walk costs a growing OFFSET per page); a little more than
    // the count in case someone was added since it was taken.
    f.limit = qMax(kPageSize, m_total - int(m_rows.size()) + kPageSize);
    auto rest = m_queries.people(m_manager, f);
    m_atEnd = true;
    if (!rest.ok()) {
        fail(rest.error().message);
        return;
    }
    append(*rest);
}

void PeopleModel::append(const QList<PersonRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    m_fetching = false;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow &r = m_rows.at(index.row());
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
