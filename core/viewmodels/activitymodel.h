#pragma once

#include "access/queryservice.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <optional>

namespace porter {

class TableFile;

// A property's activity for the Activity page: door events and manager actions, deleted people's
// included, read through QueryService::activityRows with its rules (residents' private events never;
// Specific Key Management sees only its doors). Loads a page at a time (fetchMore); sorts by any column
// but Details, which the database does (ActivityFilter::sortBy). Everything is shown in the property's
// time zone.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Action,
        Person,
        Door,
        Result,
        Details,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1,
        PersonIdRole,
        PersonDeletedRole, // bool
    };
    static constexpr int kPageSize = 200;

    ActivityModel(const QueryService &queries, QObject *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property); // 0 = none; clears the filter
    // The filter's property, limit, offset and order are the model's own.
    void setFilter(const ActivityFilter &filter);
    ActivityFilter filter() const { return m_filter; }
    void refresh();

    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    const ActivityRow *rowAt(int row) const;
    const QTimeZone &zone() const { return m_zone; }

    // Every record of the current filter (not only the loaded ones) to a CSV or XLSX file
    // (util/tablefile.h): the columns of the page, times in the property's local time. Residents'
    // events at Residence doors carry no identity, as on the page. Returns the number of records
    // written; the caller commits the file.
    porter::Result<int> exportTo(TableFile &out) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Reloads in the column's order (Details: no order, ignored).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // The database order of a column; none for Details.
    static std::optional<ActivitySort> sortOf(int column);

    // A row's cells as text, as shown (the export writes the same).
    QString text(const ActivityRow &row, int column) const;

Q_SIGNALS:
    void totalCountChanged(int total);
    void errorOccurred(const QString &message);

private:
    ActivityFilter scoped(int offset, int limit) const;

    const QueryService &m_queries;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    ActivityFilter m_filter;
    QList<ActivityRow> m_rows;
    int m_total = 0;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace porter
