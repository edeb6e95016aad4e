#pragma once

#include "services.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace porter {
class ActivityModel;
}

namespace porter::ui {

// The property's Activity tab: door events and manager actions, deleted people's included, newest
// first, with filters (person or any name, door, kind, date range in the property's local time) and
// Export to CSV of everything the filter matches. Residents' private events are never listed
// (QueryService decides).
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(const Services &services, QWidget *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    void refresh();

    ActivityModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *doorCombo() const { return m_door; }
    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *countLabel() const { return m_count; }
    // Applies the filters now (the search field otherwise waits for a pause in typing).
    void applyFilter();

    // Test seam: when set, Export asks this for the file name instead of a file dialog (an empty answer
    // cancels).
    static void setSaveFileHook(std::function<QString(const QString &suggested)> hook);

public Q_SLOTS:
    void exportCsv();

protected:
    // Loads when on screen (see OutboxPage): a property's history can hold a million records.
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false;
    bool m_propertyChanged = false;
    void reloadDoors();
    void updateCount();

    Services m_services;
    Manager m_manager;
    Property m_property;
    ActivityModel *m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_door;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace porter::ui
