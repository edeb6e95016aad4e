#pragma once

#include "services.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTreeWidget;

namespace porter::ui {

// Add a manager, or change one: name, email, password, role, assigned properties, Key Management
// (None, Specific with its keys grouped by property, Limited, Full) and Device Management. A new
// manager's initial password is typed twice by the Portfolio Manager, who hands it over (Porter does
// not show a generated secret); editing keeps the password unless "Reset password" is ticked.
// Mistakes show beside their field; the request goes to DirectoryService::addManager/editManager,
// whose refusal is shown too, and nothing is written until it succeeds.
class ManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new manager.
    ManagerDialog(const Services &services, const Manager &signedIn, const Manager *existing,
                  QWidget *parent = nullptr);

    ManagerRequest request() const;
    const Manager &savedManager() const { return m_saved; } // after accept()
    QString errorText() const;                              // every message shown, one per line

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QCheckBox *resetPasswordCheck() const { return m_resetPassword; } // editing only
    // A portfolio on a PostgreSQL server: the manager's own login (read-only once they have one).
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QRadioButton *portfolioRadio() const { return m_portfolio; }
    QRadioButton *propertyRadio() const { return m_propertyRole; }
    QListWidget *propertiesList() const { return m_properties; }
    QRadioButton *levelRadio(KeyManagement level) const;
    QTreeWidget *keysTree() const { return m_keys; }
    QCheckBox *deviceCheck() const { return m_device; }
    // For tests and scripts alike: tick by name; false when there is no such entry.
    bool checkProperty(const QString &name, bool checked = true);
    bool checkKey(const QString &property, const QString &key, bool checked = true);

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    bool validate(); // marks every field in error; true when none is
    void setFieldError(QLabel *label, const QString &text);

    Services m_services;
    Manager m_signedIn;
    std::optional<Manager> m_existing;
    Manager m_saved;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QCheckBox *m_resetPassword = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_loginError = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_passwordError;
    QRadioButton *m_portfolio;
    QRadioButton *m_propertyRole;
    QLabel *m_roleHint;
    QListWidget *m_properties;
    QLabel *m_propertiesError;
    QButtonGroup *m_levels;
    QTreeWidget *m_keys;
    QLabel *m_keysError;
    QCheckBox *m_device;
    QLabel *m_error;
};

} // namespace porter::ui
