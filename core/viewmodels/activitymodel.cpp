#include "viewmodels/activitymodel.h"

#include "util/localtime.h"
#include "util/tablefile.h"
#include "viewmodels/displaytext.h"

#include <QDateTime>

namespace porter {

ActivityModel::ActivityModel(const QueryService &queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{}

void ActivityModel::setManager(const Manager &manager)
{
    m_manager = manager;
}

void ActivityModel::setProperty(const Property &property)
{
    m_property = property;
    m_zone = QTimeZone(property.timeZone.toUtf8());
    setFilter(ActivityFilter()); // the order stays
}

void ActivityModel::setFilter(const ActivityFilter &filter)
{
    // The order is the model's own (sort()).
    const ActivityFilter was = m_filter;
    m_filter = filter;
    m_filter.oldestFirst = was.oldestFirst;
    m_filter.sortBy = was.sortBy;
    m_filter.valueOrder = was.valueOrder;
    refresh();
}

std::optional<ActivitySort> ActivityModel::sortOf(int column)
{
    switch (column) {
    case When:
        return ActivitySort::When;
    case Who:
        return ActivitySort::Actor;
    case Action:
        return ActivitySort::Action;
    case Person:
        return ActivitySort::Person;
    case Door:
        return ActivitySort::Door;
    case Result:
        return ActivitySort::Result;
    default:
        // Details is a sentence made in the reader's language from the record's values: no column
        // of the database holds it, so the database cannot order by it.
        return std::nullopt;
    }
}

int ActivityModel::sortColumn() const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sortOf(c) == m_filter.sortBy)
            return c;
    return When;
}

Qt::SortOrder ActivityModel::sortOrder() const
{
    return m_filter.oldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder;
}

ActivityFilter ActivityModel::scoped(int offset, int limit) const
{
    ActivityFilter f = m_filter;
    f.propertyId = m_property.id;
    f.personId.reset();
    f.offset = offset;
    f.limit = limit;
    return f;
}

void ActivityModel::refresh()
{
    m_lastError.clear();
    int total = 0;
    if (m_property.id != 0) {
        if (auto count = m_queries.activityCount(m_manager, scoped(0, kPageSize)); count.ok())
            total = *count;
        else
            m_lastError = count.error().message;
    }
    // Nothing to fetch while the reset is in flight: views (and the model tester) ask during modelReset.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_total = total;
    endResetModel();
    m_fetching = false;
    fetchMore({}); // the first page
    Q_EMIT totalCountChanged(m_total);
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

const ActivityRow *ActivityModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto rows = m_queries.activityRows(m_manager, scoped(int(m_rows.size()), kPageSize));
    if (!rows.ok()) {
        m_lastError = rows.error().message;
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    if (rows->isEmpty()) { // records vanished since the count: stop asking
        m_total = int(m_rows.size());
        return;
    }
    // A view (or QAbstractItemModelTester) may ask for more while the rows go in: not twice at once.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
    m_fetching = false;
}

void ActivityModel::sort(int column, Qt::SortOrder order)
{
    // The database sorts (the history is paged: the loaded rows are not all of it), by a whitelisted
    // expression per column (JournalRepository::activityOrder). Labels are words in the reader's
    // language, so the codes go down in the order of their labels.
    const std::optional<ActivitySort> by = sortOf(column);
    if (!by)
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (*by == m_filter.sortBy && ascending == m_filter.oldestFirst)
        return;
    m_filter.sortBy = *by;
    m_filter.oldestFirst = ascending;
    m_filter.valueOrder = *by == ActivitySort::Action   ? DisplayText::actionsByLabel()
                          : *by == ActivitySort::Result ? DisplayText::resultsByLabel()
                                                        : QStringList();
    refresh();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::text(const ActivityRow &r, int column) const
{
    const ActivityEvent &e = r.event;
    switch (column) {
    case When:
        return formatLocal(e.at, m_zone);
    case Who:
        return DisplayText::activityActor(e);
    case Action:
        return DisplayText::action(e.action);
    case Person:
        if (r.personName.isEmpty())
            return {};
        //: A deleted person's name in the Activity list
        return r.personDeleted ? tr("%1 (deleted)").arg(r.personName) : r.personName;
    case Door:
        return r.doorName;
    case Result:
        return DisplayText::activityResult(e.result);
    case Details:
        return DisplayText::activityDetail(r, m_zone);
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Who)
            return r.event.actor;
        return text(r, index.column()); // the whole text of a cut cell
    case EventIdRole:
        return r.event.id;
    case PersonIdRole:
        return r.event.personId ? QVariant(*r.event.personId) : QVariant();
    case PersonDeletedRole:
        return r.personDeleted;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        //: Activity column: who acted (a manager, a person at a door, the door itself)
        return tr("By");
    case Action:
        return tr("Action");
    case Person:
        return tr("Person");
    case Door:
        return tr("Door");
    case Result:
        return tr("Result");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

porter::Result<int> ActivityModel::exportTo(TableFile &csv) const
{
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    //: CSV column header: the local time of the property, e.g. "When (America/New_York)"
    header[When] = tr("When (%1)").arg(QString::fromUtf8(m_zone.id()));
    PORTER_TRY(csv.writeRecord(header));
    constexpr int kBatch = 2000;
    for (int offset = 0;; offset += kBatch) {
        auto rows = m_queries.activityRows(m_manager, scoped(offset, kBatch));
        if (!rows.ok())
            return rows.error();
        for (const ActivityRow &r : *rows) {
            QStringList fields;
            for (int c = 0; c < ColumnCount; ++c)
                fields << text(r, c);
            // A spreadsheet reads this as a date and time; the zone is in the header.
            fields[When] = QDateTime::fromSecsSinceEpoch(r.event.at, m_zone)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            PORTER_TRY(csv.writeRecord(fields));
        }
        if (rows->size() < kBatch)
            break;
    }
    return csv.records() - 1;
}

} // namespace porter
