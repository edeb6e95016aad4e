#pragma once

#include "app/backend.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace porter::ui {

// File ▸ Open Shared Portfolio…: where a portfolio on a PostgreSQL server is (server, port, database,
// the manager's login, how the connection is protected), checked and turned into the address Porter
// opens (docs/design/shared-portfolio.md, section 8). No password here: the server asks for it when it
// wants one (ServerSignInDialog), and Porter keeps it in memory only. Starts from the last server
// opened, or the one given.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(const QString &current = QString(), QWidget *parent = nullptr);

    // The address to open, once accepted.
    QString location() const { return m_location; }
    // Whether Porter opens this portfolio when it starts (Settings ▸ startup database).
    bool openAtStartup() const;
    QString errorText() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *securityCombo() const { return m_security; }

public Q_SLOTS:
    void accept() override;

private:
    Backend::ServerParts parts() const;
    void updateAddress();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QComboBox *m_security;
    QCheckBox *m_startup;
    QLabel *m_address;
    QLabel *m_error;
    QPushButton *m_connect = nullptr;
    QString m_location;
};

} // namespace porter::ui
