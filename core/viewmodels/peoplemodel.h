#pragma once

#include "access/queryservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace porter {

// The People list of one property, as the manager sees it. Every matching person is a row from the
// start (rowCount is the count core gives), but a row's data is read with its page of 100 over
// QueryService::people only when asked for, so 100,000 people cost one page until the view scrolls,
// and jumping to the last row (Ctrl+End) reads only the last page. Filtered by a
// search term and "Show expired users", ordered by core (PeopleFilter::sort): by name (last name, first
// name) unless sort() picked another column, so every column sorts the whole list, not the loaded page.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Phone,
        Status,
        Keys,
        AccessUntil,
        Resident,
        GuestOf,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        StatusRole, // int(PersonStatus)
    };
    static constexpr int kPageSize = 100;

    explicit PeopleModel(const QueryService &queries, QObject *parent = nullptr);

    void setManager(const Manager &manager);
    // Shows the people of this property (0 = none); times are shown in its time zone.
    void setProperty(const Property &property);
    void setSearch(const QString &search);
    void setShowExpired(bool show);
    // Orders the whole list by this column (core sorts; the model reloads from the first page).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QString search() const { return m_search; }
    bool showExpired() const { return m_showExpired; }
    Id propertyId() const { return m_property.id; }

    // Reloads from the first page, e.g. after an operation changed the people.
    void refresh();
    // How many people match the filter in total (not only the fetched ones).
    int totalCount() const { return m_total; }
    // Whether people are hidden only because "Show expired users" is off (checked when none are listed).
    bool hasHiddenPeople() const { return m_hiddenPeople; }
    QString lastError() const { return m_lastError; }
    const PersonRow *rowAt(int row) const; // reads its page if needed; null past the end
    int rowOf(Id personId) const;          // among the pages read so far; -1 when not read
    // Reads page after page until found (-1 when not listed); the pages around nearRow first. Without
    // scan, only those and the pages read already.
    int findRow(Id personId, int nearRow = -1, bool scan = true) const;
    int pagesRead() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void errorOccurred(const QString &message);

private:
    PeopleFilter filter(int offset) const;
    const QList<PersonRow> *page(int number) const; // reads it when not read yet
    void fail(const QString &message);

    const QueryService &m_queries;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    QString m_search;
    bool m_showExpired = false;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // The pages read so far, by number; reading a page is not a change of the model (its rows were
    // there all along), hence mutable.
    mutable QHash<int, QList<PersonRow>> m_pages;
    int m_total = 0;
    bool m_hiddenPeople = false;
    mutable QString m_lastError;
};

} // namespace porter
