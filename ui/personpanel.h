#pragma once

#include "services.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace porter::ui {

// The selected person: contact details, status and the tabs of the seed (Keys with "Revoke All
// Keys" at the bottom, Guests, Keycards, Activity). Read-only; operations are requested by signal.
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    PersonPanel(const Services &services, QWidget *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    void showPerson(Id personId); // 0 = nothing selected
    void reload();
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

Q_SIGNALS:
    void revokeAllRequested();
    void deleteRequested();

private:
    void fill();
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
    QLabel *m_keysHint;
    QPushButton *m_revoke;
    QPushButton *m_delete;
};

} // namespace porter::ui
