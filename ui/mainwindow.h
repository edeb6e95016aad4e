#pragma once

#include "services.h"
#include "userguide.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;

namespace porter {
class PropertiesModel;
}

namespace porter::ui {

class ActivityPage;
class DoorsPage;
class KeysPage;
class MailDelivery;
class ManagersPage;
class OutboxPage;
class PeoplePage;
class PersonPanel;

// Properties on the left; in the centre the People page of the selected property (the selected person
// under it), its Doors, Activity and Outbox pages, as tabs; toolbar actions for the seed's operations; the
// door sync summary in the status bar, which opens the door sync tasks when clicked.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Services &services, const Manager &manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool selectProperty(Id propertyId);
    Id currentPropertyId() const { return m_property.id; }
    const Property &currentProperty() const { return m_property; }

    PeoplePage *peoplePage() const { return m_people; }
    PersonPanel *personPanel() const { return m_panel; }
    DoorsPage *doorsPage() const { return m_doors; }
    KeysPage *keysPage() const { return m_keys; }
    ActivityPage *activityPage() const { return m_activity; }
    OutboxPage *outboxPage() const { return m_outbox; }
    QTabWidget *pages() const { return m_pages; }
    bool doorsPageShown() const;
    QListView *propertyList() const { return m_propertyList; }
    QAction *inviteAction() const { return m_invite; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addKeyAction() const { return m_addKey; }       // to every selected person
    QAction *removeKeyAction() const { return m_removeKey; } // from every selected person
    QAction *openPersonAction() const { return m_openPerson; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *importAction() const { return m_import; }
    QAction *exportPeopleAction() const { return m_exportPeople; }
    QLabel *syncLabel() const { return m_syncLabel; }
    QLabel *mailLabel() const { return m_mailLabel; }
    MailDelivery *mailDelivery() const { return m_mailDelivery; }
    QLabel *managerLabel() const { return m_managerLabel; }
    // A server portfolio: shown while the connection to the server is lost.
    QLabel *serverLabel() const { return m_serverLabel; }
    // How many times the window reloaded for other managers' changes (docs/design/shared-portfolio.md,
    // section 4).
    int liveRefreshes() const { return m_liveRefreshes; }
    QString bannerText() const;

    // Test seam: when set, Invite shows its dialog through this instead of exec() (the callback gets
    // the open dialog and returns after accepting or rejecting it).
    static void setDialogHook(std::function<void(QDialog *)> hook);
    // Runs a modal dialog through that hook, or exec() without one; true when it was accepted.
    static bool showDialog(QDialog &dialog);
    // Test seam: Export People asks this for the file name instead of the save dialog.
    static void setSaveFileHook(std::function<QString(const QString &suggested)> hook);

    // Every action of the window that has a shortcut (the Keyboard Shortcuts list is made from these).
    QList<QAction *> shortcutActions() const;
    UserGuideWindow *userGuide() const { return m_guide; }

public Q_SLOTS:
    void invite();
    void revokeAllKeys();
    void deletePerson();
    void addKeyToSelected();
    void removeKeyFromSelected();
    // A spreadsheet of people, invited and updated in one go (ImportWizard), and the property's
    // people to CSV or XLSX.
    void importPeople();
    void exportPeople();
    void refresh();
    void showDoorsPage();
    void showPeoplePage();
    void showActivityPage();
    void showOutboxPage();
    // The door sync tasks of the property (the status bar's sync summary opens it).
    void showSyncTasks();
    // The application shell (ui/mainwindowshell.cpp).
    void showSettings();
    void showMailSettings(); // Settings on its Email page
    void showShortcuts();
    void showUserGuide();
    void about();
    void focusNextPane();
    void focusPreviousPane();

Q_SIGNALS:
    // atStartup: Porter opens it when it starts, once it has opened (a shared portfolio's choice).
    void openDatabaseRequested(const QString &path, bool atStartup = false);
    void signOutRequested();
    // Settings changed the language: the application reopens the window in it (AppController).
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    // ui/mainwindowshell.cpp: Settings in File, pane keys in View, the Help menu; window state.
    void buildShellActions(QMenu *file, QMenu *view);
    void restoreWindowState();
    void saveSettings() const;
    void updateDetailPanel();
    void focusPane(int step);
    void onPropertyChanged();
    void onPersonChanged(Id personId);
    void updateActions();
    void bulkKey(bool adding);
    void updateSyncSummary();
    void updateMailStatus();
    void mailLabelClicked();
    void showBanner(const QString &text, bool warning = false);
    QString doorNames(const QList<Id> &doorIds) const;
    void openDatabase();
    void openSharedPortfolio();
    void changePassword();
    // Another manager's change, announced by the server: reloads (once for a burst of them) when it is
    // the property on screen, or the portfolio's properties and managers.
    void onRemoteChange(const QString &table, qint64 propertyId);
    void onServerConnection(bool connected);

    Services m_services;
    Manager m_manager;
    Property m_property;
    PropertiesModel *m_properties;
    QListView *m_propertyList;
    PeoplePage *m_people;
    PersonPanel *m_panel;
    DoorsPage *m_doors;
    KeysPage *m_keys = nullptr;
    ActivityPage *m_activity;
    OutboxPage *m_outbox;
    ManagersPage *m_managers = nullptr; // Portfolio Managers only
    QTabWidget *m_pages = nullptr;
    QSplitter *m_splitter;
    QSplitter *m_detailSplitter = nullptr;
    QWidget *m_detailPanel = nullptr;
    QPointer<UserGuideWindow> m_guide;
    QWidget *m_banner;
    QLabel *m_bannerLabel;
    QLabel *m_syncLabel;
    QLabel *m_managerLabel;
    QLabel *m_serverLabel = nullptr;
    QTimer *m_liveRefresh = nullptr;
    int m_liveRefreshes = 0;
    QLabel *m_mailLabel = nullptr;
    MailDelivery *m_mailDelivery = nullptr;
    bool m_openMailSettings = false;
    QAction *m_invite = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_addKey = nullptr;
    QAction *m_removeKey = nullptr;
    QAction *m_openPerson = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_import = nullptr;
    QAction *m_exportPeople = nullptr;
};

} // namespace porter::ui
