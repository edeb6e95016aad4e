#pragma once

#include "services.h"

#include <QTimeZone>
#include <QWidget>
#include <functional>

class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace porter::ui {

// The selected person: contact details, status and the tabs of the seed (Keys with "Revoke All
// Keys" at the bottom, Guests, Keycards, Activity, Emails). Editing someone's access happens here, in
// the seed's words: Add Key, Change Expiration, Remove Key (buttons, right-click menu, double-click
// = change expiration), Give Access Again after a revoke, Edit Details, End Guest Pass, Resend Welcome
// Email. Each calls one core operation; afterwards accessChanged() carries what to tell the manager
// (which offline doors need a sync), and the window reloads. Revoke and Delete are requested by signal.
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    PersonPanel(const Services &services, QWidget *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    void showPerson(Id personId); // 0 = nothing selected
    void reload();
    // Only the Emails tab (the background delivery changed the outbox).
    void reloadEmails();
    Id personId() const { return m_personId; }
    const PersonDetail &detail() const { return m_detail; }
    void setActionsEnabled(bool revoke, bool remove);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *keysTree() const { return m_keys; }
    QTreeWidget *guestsTree() const { return m_guests; }
    QTreeWidget *keycardsTree() const { return m_keycards; }
    QTreeWidget *activityTree() const { return m_activity; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *statusLabel() const { return m_status; }
    QTreeWidget *emailsTree() const { return m_emails; }
    QLabel *emailLabel() const { return m_email; }
    QPushButton *addKeyButton() const { return m_addKey; }
    QPushButton *changeExpiryButton() const { return m_changeExpiry; }
    QPushButton *removeKeyButton() const { return m_removeKey; }
    QPushButton *editDetailsButton() const { return m_editDetails; }
    QPushButton *resendWelcomeButton() const { return m_resendWelcome; }
    QPushButton *endGuestPassButton() const { return m_endPass; }
    QPushButton *enrollKeycardButton() const { return m_enrollCard; }
    QPushButton *keycardActiveButton() const { return m_cardActive; }
    // Selects the row of this grant (Keys tab) or guest pass (Guests tab, or the guest's own Keys tab).
    bool selectGrant(Id grantId);
    bool selectShare(Id shareId);

    // Test seam: when set, the panel's dialogs are shown through this instead of exec() (the callback
    // gets the open dialog and returns after accepting or rejecting it).
    static void setDialogHook(std::function<void(QDialog *)> hook);

public Q_SLOTS:
    void addKey(); // "Give Access Again" when the person has no current key
    void changeExpiration();
    void removeKey();
    void editDetails();
    void endGuestPass();
    void resendWelcome();
    // The seed: "You need to independently set up a Keycard before using it."
    void enrollKeycard();
    void toggleKeycard(); // deactivates the selected card, or activates it again

Q_SIGNALS:
    void revokeAllRequested();
    void deleteRequested();
    // An operation of the panel changed the database; `message` (HTML) says what happened and which
    // offline doors need a sync. The window reloads the People list and this panel, and shows it.
    void accessChanged(const QString &message);

private:
    void fill();
    void fillEmails();
    void updateButtons();
    void showContextMenu(QTreeWidget *tree, const QPoint &pos);
    const GrantView *selectedGrant() const;
    const ShareView *selectedShare() const;
    bool runDialog(QDialog &dialog);
    void done(const QString &message, const QList<Id> &keyIds);
    const Keycard *selectedKeycard() const;
    QList<Id> heldKeyIds() const;
    QList<Id> doorsOfHeldKeys() const;
    QString doorsToSync(const QList<Id> &keyIds) const;
    QStringList doorNamesOfKey(Id keyId) const;
    QString when(qint64 utc) const;
    QString when(const std::optional<qint64> &utc, const QString &none) const;

    Services m_services;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    Id m_personId = 0;
    PersonDetail m_detail;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_role;
    QLabel *m_email;
    QLabel *m_phone;
    QLabel *m_method;
    QLabel *m_sharing;
    QLabel *m_created;
    QTabWidget *m_tabs;
    QTreeWidget *m_keys;
    QTreeWidget *m_guests;
    QTreeWidget *m_keycards;
    QTreeWidget *m_activity;
    QTreeWidget *m_emails;
    QLabel *m_keysHint;
    QPushButton *m_addKey;
    QPushButton *m_changeExpiry;
    QPushButton *m_removeKey;
    QPushButton *m_editDetails;
    QPushButton *m_resendWelcome;
    QPushButton *m_endPass;
    QPushButton *m_enrollCard;
    QPushButton *m_cardActive;
    QHash<Id, Key> m_keysById;
    QHash<Id, Door> m_doorsById;
    QPushButton *m_revoke;
    QPushButton *m_delete;
};

} // namespace porter::ui
