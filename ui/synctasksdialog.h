#pragma once

#include "services.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace porter {
class SyncTasksModel;
}

namespace porter::ui {

// Door sync tasks of the selected property, opened from the status bar's sync summary: which doors
// need a sync, which are due today, how many changes wait and since when. "Open Doors Page" goes to
// where a door is synced.
class SyncTasksDialog : public QDialog
{
    Q_OBJECT

public:
    SyncTasksDialog(const Services &services, const Manager &manager, const Property &property,
                    QWidget *parent = nullptr);

    SyncTasksModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    // Whether the person chose "Open Doors Page".
    bool doorsPageRequested() const { return m_openDoors; }

private:
    SyncTasksModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    bool m_openDoors = false;
};

} // namespace porter::ui
