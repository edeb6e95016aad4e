#pragma once

#include "services.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace porter {
class ManagersModel;
}

namespace porter::ui {

class ManagerDialog;

// The Managers page, for Portfolio Managers (the main window adds it only for them): every manager with
// their role, Key Management, Device Management and properties, sortable; New Manager…, Edit… and
// Remove… as buttons, on the right-click menu, and Edit on double-click or Enter.
class ManagersPage : public QWidget
{
    Q_OBJECT

public:
    ManagersPage(const Services &services, const Manager &signedIn, QWidget *parent = nullptr);

    void refresh(); // keeps the selected manager selected when still listed
    Id selectedManagerId() const;
    bool selectManager(Id managerId);

    ManagersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }

    // Test seam: when set, New and Edit hand their dialog here instead of exec() (the callback drives
    // it and returns after accepting or rejecting it).
    static void setDialogHook(std::function<void(ManagerDialog *)> hook);

public Q_SLOTS:
    void newManager();
    void editManager();
    void removeManager();

Q_SIGNALS:
    // A manager was added, changed or removed (the signed-in one too).
    void managersChanged();

private:
    bool runDialog(ManagerDialog &dialog);
    void updateActions();
    void fitColumns();
    void showStatus(const QString &text);

    Services m_services;
    Manager m_signedIn;
    ManagersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QTableView *m_table;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace porter::ui
