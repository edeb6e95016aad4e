#pragma once

#include "services.h"

#include <QDialog>
#include <QMap>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace porter {
class ManagersModel;
}

namespace porter::ui {

class ManagerDialog;
class GiveDoorAccessDialog;

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
    QAction *giveAccessAction() const { return m_give; }
    QLabel *statusLabel() const { return m_status; }

    // Test seam: when set, New and Edit hand their dialog here instead of exec() (the callback drives
    // it and returns after accepting or rejecting it).
    static void setDialogHook(std::function<void(ManagerDialog *)> hook);
    // The same for Give Door Access… (the callback fills in the key and accepts or rejects).
    static void setGiveDialogHook(std::function<void(GiveDoorAccessDialog *)> hook);

public Q_SLOTS:
    void newManager();
    void editManager();
    void removeManager();
    void giveDoorAccess();

Q_SIGNALS:
    // A manager was added, changed or removed (the signed-in one too).
    void managersChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool runDialog(ManagerDialog &dialog);
    void updateActions();
    void fitColumns();
    void showStatus(const QString &text);
    // A shared portfolio: the doorcode secret's epoch of each property, before and after a manager's
    // edit or removal, tells what was withdrawn (and replaced) and which doors still need a sync.
    QMap<Id, qint64> doorcodeEpochs() const;
    QString withdrawnText(const QString &name, const QMap<Id, qint64> &epochsBefore) const;

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
    QAction *m_give;
    QToolButton *m_giveButton = nullptr;
};

// Give Door Access…: the key of the manager who should hold the door secrets, as they read it out from
// their own Porter (Settings ▸ Security); checked by core, which refuses any other key.
class GiveDoorAccessDialog : public QDialog
{
    Q_OBJECT

public:
    GiveDoorAccessDialog(const Services &services, const Manager &signedIn, const Manager &recipient,
                         QWidget *parent = nullptr);
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *errorLabel() const { return m_error; }
    int givenProperties() const { return m_given; }

public Q_SLOTS:
    void accept() override; // gives, or says why not and stays open

private:
    void fitHeight();
    Services m_services;
    Manager m_signedIn;
    Manager m_recipient;
    QLineEdit *m_key;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    int m_given = 0;
};

} // namespace porter::ui
