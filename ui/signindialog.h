#pragma once

#include "services.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace porter::ui {

// Email and password → DirectoryService::authenticate. Remembers the last email (QSettings), never
// the password.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(DirectoryService &directory, const QString &databasePath, QWidget *parent = nullptr);

    Manager manager() const { return m_manager; }
    QString errorText() const;

    static constexpr const char *kLastEmailKey = "signIn/lastEmail";

public Q_SLOTS:
    void accept() override;

private:
    void updateButton();

    DirectoryService &m_directory;
    Manager m_manager;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace porter::ui
