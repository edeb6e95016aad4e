#include "serverconnectdialog.h"

#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace porter::ui {

namespace {
const QString kLastServer = QStringLiteral("server/lastLocation");
}

ServerConnectDialog::ServerConnectDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_startup(new QCheckBox(tr("Open this portfolio when Porter starts"), this))
    , m_address(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Open Shared Portfolio"));
    setObjectName(QStringLiteral("serverConnectDialog"));

    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_database->setPlaceholderText(tr("harbor"));
    m_login->setObjectName(QStringLiteral("serverLoginEdit"));
    m_login->setPlaceholderText(tr("your login, e.g. ana"));
    m_security->setObjectName(QStringLiteral("serverSecurityCombo"));
    // libpq's sslmode values, in words; "prefer" is libpq's own default.
    m_security->addItem(tr("Encrypted when the server offers it (default)"), QString());
    m_security->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_security->addItem(tr("Always encrypted, server's certificate and name verified"),
                        QStringLiteral("verify-full"));
    m_security->addItem(tr("Not encrypted (this computer or a trusted network only)"),
                        QStringLiteral("disable"));
    m_startup->setObjectName(QStringLiteral("serverStartupCheck"));
    m_startup->setChecked(true);
    m_address->setObjectName(QStringLiteral("serverAddressLabel"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    makeHint(m_address);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    // The server given, else the last one opened.
    const QString start = current.isEmpty() ? QSettings().value(kLastServer).toString() : current;
    if (const auto known = Backend::serverParts(start)) {
        m_host->setText(known->host);
        m_port->setValue(known->port);
        m_database->setText(known->database);
        m_login->setText(known->login);
        const int security = m_security->findData(known->sslMode);
        m_security->setCurrentIndex(security >= 0 ? security : 0);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Connection:"), m_security);
    auto *hint =
        new QLabel(tr("Your Portfolio Manager gives you these, with your login's password. Porter asks "
                      "for the password when the server wants it, and keeps it in memory only."),
                   this);
    makeHint(hint);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_login})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectDialog::updateAddress);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::updateAddress);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(signInHeader(this, tr("Open a shared portfolio"),
                                   tr("A portfolio several managers share, on a PostgreSQL server")));
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_startup);
    layout->addWidget(m_address);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateAddress();
    (m_host->text().isEmpty() ? m_host : m_login->text().isEmpty() ? m_login : m_host)->setFocus();
}

Backend::ServerParts ServerConnectDialog::parts() const
{
    return Backend::ServerParts{m_host->text(), m_port->value(), m_database->text(), m_login->text(),
                                m_security->currentData().toString()};
}

// The address these values make, shown as the user types (it is what porterctl --db takes too).
void ServerConnectDialog::updateAddress()
{
    const auto address = Backend::serverLocation(parts());
    m_address->setText(address.ok() ? tr("Address: %1").arg(*address) : QString());
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

bool ServerConnectDialog::openAtStartup() const
{
    return m_startup->isChecked();
}

QString ServerConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServerConnectDialog::accept()
{
    const auto address = Backend::serverLocation(parts());
    if (!address.ok()) {
        m_error->setText(address.error().message);
        m_error->show();
        return;
    }
    m_location = *address;
    QSettings().setValue(kLastServer, m_location);
    QDialog::accept();
}

} // namespace porter::ui
