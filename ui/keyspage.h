#pragma once

#include "services.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace porter {
class KeyHoldersModel;
class KeysModel;
} // namespace porter

namespace porter::ui {

// The Keys page of one property: every key with its doors, schedule, doorcodes, sharing and how many
// people hold it; the selected key's holders (people and guests, with start and expiration); and New
// Key…, Edit Key…, Delete Key… (buttons, right-click, double-click, Delete). Changing keys needs Full
// Key Management: without it the page is read-only and the buttons say which right is missing.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(const Services &services, QWidget *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    // Reloads keys and holders (after people or keys changed); keeps the selection. While the page is
    // hidden it only marks itself stale: it loads when shown (showEvent), so a window that never shows
    // the Keys tab never reads the keys.
    void refresh();
    // Whether the keys wait for the page to be shown to load.
    bool isStale() const { return m_stale; }
    bool selectKey(Id keyId);
    Id selectedKeyId() const;
    bool mayManageKeys() const { return m_mayManage; }

    KeysModel *keysModel() const { return m_model; }
    KeyHoldersModel *holdersModel() const { return m_holders; }
    QTableView *keysTable() const { return m_table; }
    QTableView *holdersTable() const { return m_holdersTable; }
    QSortFilterProxyModel *keysProxy() const { return m_proxy; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *createFirstButton() const { return m_createFirst; }
    QLabel *readOnlyLabel() const { return m_readOnly; }
    QLabel *holdersTitle() const { return m_holdersTitle; }
    QLabel *holdersHint() const { return m_holdersHint; }
    QStackedWidget *stack() const { return m_stack; }

public Q_SLOTS:
    void newKey();
    void editKey();
    void deleteKey();

Q_SIGNALS:
    // A key was created, changed or deleted. `message` says what happened and which offline doors need
    // a sync now (rich text, escaped), for the window's banner.
    void keysChanged(const QString &message);
    // A holder was double-clicked: show that person.
    void personActivated(Id personId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onKeySelected();
    void updateActions();
    void updateHolders();
    void sizeColumns();
    void showContextMenu(const QPoint &pos);
    QString doorsToSyncText(const QStringList &doorNames) const;

    Services m_services;
    Manager m_manager;
    Property m_property;
    bool m_mayManage = false;
    bool m_stale = false;           // a refresh waits for the page to be shown
    bool m_propertyChanged = false; // the next load is of a new property (select its first key)
    QString m_whyNot;               // core's reason when the manager may not change keys
    KeysModel *m_model;
    KeyHoldersModel *m_holders;
    QSortFilterProxyModel *m_proxy;
    QSortFilterProxyModel *m_holdersProxy;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_readOnly;
    QLabel *m_error;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyText;
    QPushButton *m_createFirst;
    QLabel *m_holdersTitle;
    QLabel *m_holdersHint;
    QTableView *m_holdersTable;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};

} // namespace porter::ui
