#pragma once

#include "services.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace porter::ui {

// A portfolio on a PostgreSQL server that wants a password libpq could not find (PGPASSWORD, the
// password file): the password of the login in the address, typed here. Signing in is connecting
// (docs/design/shared-portfolio.md, section 2): a manager with their own login needs no other sign-in.
// `connectWith` opens the portfolio with the password typed; its refusal is shown and the dialog stays.
class ServerSignInDialog : public QDialog
{
    Q_OBJECT

public:
    using Connect = std::function<Result<std::unique_ptr<Backend>>(const QString &password)>;
    ServerSignInDialog(const QString &address, const QString &login, const QString &firstError,
                       Connect connectWith, QWidget *parent = nullptr);
    ~ServerSignInDialog() override;

    std::unique_ptr<Backend> takeBackend() { return std::move(m_backend); }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    Connect m_connect;
    std::unique_ptr<Backend> m_backend;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_connectButton;
};

} // namespace porter::ui
