#pragma once

#include "services.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace porter::ui {

// File ▸ Change Password…: the signed-in manager's own password, changed after the current one is
// checked (DirectoryService::changeOwnPassword). On a server portfolio, a manager with their own login
// changes that login's password, which the server checks.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(DirectoryService &directory, const Manager &manager, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);

    DirectoryService &m_directory;
    Manager m_manager;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QPushButton *m_change = nullptr;
};

} // namespace porter::ui
