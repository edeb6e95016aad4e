#pragma once

#include "doorsyncrun.h"
#include "services.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace porter {
class DoorsInRangeModel;
class DoorsModel;
namespace sync {
class DoorScanner;
class Radio;
} // namespace sync
} // namespace porter

namespace porter::ui {

class CommissionDialog;
class FieldKitDialog;

// The Doors page of one property: every door with its sync state, battery, firmware, clock drift and
// alarms; the selected door's alarms and what its next sync would change; and the Bluetooth panel — the
// doors in range (scanning while the page is visible), Commission for a door waiting to be
// commissioned, Sync for the selected door and Sync All in Range for a walk down a corridor, each door
// with its progress, a Cancel button and a result that says what changed or what to do next. Door
// operations run on the event loop through the installed sync::Radio; the window never waits.
class DoorsPage : public QWidget
{
    Q_OBJECT

public:
    DoorsPage(const Services &services, QWidget *parent = nullptr);
    ~DoorsPage() override;

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    // Reloads the doors (after people changed, a sync, a commissioning); keeps the selection.
    void refresh();
    bool selectDoor(Id doorId);
    Id selectedDoorId() const;

    // Scanning follows the page's visibility; these are for tests and for the radio changing.
    void startScanning();
    void stopScanning();
    bool scanning() const;

    DoorsModel *doorsModel() const { return m_model; }
    DoorsInRangeModel *inRangeModel() const { return m_inRange; }
    QTableView *doorsTable() const { return m_table; }
    QTableView *inRangeTable() const { return m_rangeTable; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *simulatedBanner() const { return m_simBanner; }
    QLabel *radioLabel() const { return m_radioLabel; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QLabel *detailHint() const { return m_detailHint; }
    QTreeWidget *changesTree() const { return m_changes; }
    QTreeWidget *alarmsTree() const { return m_alarms; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    QPushButton *commissionButton() const { return m_commission; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *syncAllButton() const { return m_syncAll; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *powerOnButton() const { return m_powerOn; }
    QListWidget *resultsList() const { return m_results; }
    QLabel *runLabel() const { return m_runLabel; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *fieldKitButton() const { return m_fieldKit; }
    DoorSyncRun *syncRun() const { return m_run; }

    // Test seam: when set, Commission hands its dialog here instead of exec() (the callback drives it
    // and returns after it closed).
    static void setDialogHook(std::function<void(CommissionDialog *)> hook);
    // The same for Field Kit… (FieldKitDialog).
    static void setFieldKitHook(std::function<void(FieldKitDialog *)> hook);

public Q_SLOTS:
    void commission();
    void openFieldKit();
    void syncSelected();
    void syncAllInRange();
    void cancelSync();

Q_SIGNALS:
    // A sync or a commissioning changed what Porter knows about the doors.
    void doorsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onDoorSelected();
    void updateDetail();
    void updateButtons();
    void updateInRangeDoors();
    void runSyncs(const QList<DoorSyncRun::Item> &items);
    QString seenAddressOf(Id doorId) const;
    void turnRadioOn();

    Services m_services;
    Manager m_manager;
    Property m_property;
    DoorsModel *m_model;
    DoorsInRangeModel *m_inRange;
    std::unique_ptr<sync::DoorScanner> m_scanner;
    std::shared_ptr<sync::Radio> m_radio;
    QPointer<DoorSyncRun> m_run;
    bool m_mayManageDevices = false;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_simBanner;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QLabel *m_detailHint;
    QTabWidget *m_detailTabs;
    QTreeWidget *m_changes;
    QTreeWidget *m_alarms;
    QLabel *m_leftOut;
    QLabel *m_radioLabel;
    QTableView *m_rangeTable;
    QPushButton *m_commission;
    QPushButton *m_fieldKit;
    QPushButton *m_sync;
    QPushButton *m_syncAll;
    QPushButton *m_cancel;
    QLabel *m_runLabel;
    QWidget *m_runArea = nullptr;
    QProgressBar *m_progress;
    QListWidget *m_results;
    QPushButton *m_powerOn = nullptr; // "Turn Bluetooth On": only while the adapter is there and off
};

} // namespace porter::ui
