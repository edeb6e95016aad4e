#include "serversignindialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace porter::ui {

ServerSignInDialog::ServerSignInDialog(const QString &address, const QString &login,
                                       const QString &firstError, Connect connectWith, QWidget *parent)
    : QDialog(parent)
    , m_connect(std::move(connectWith))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to the portfolio server"));
    setObjectName(QStringLiteral("serverSignInDialog"));

    auto *who = new QLabel(login, this);
    who->setObjectName(QStringLiteral("loginLabel"));
    who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(300);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    // Why the first connection failed, unless it only lacked a password: then nothing went wrong yet.
    m_error->setText(firstError);
    m_error->setVisible(!firstError.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), who);
    form->addRow(tr("&Password:"), m_password);
    auto *hint = new QLabel(tr("Your own login to the server, from your Portfolio Manager. Porter keeps the "
                               "password in memory only, to connect again while it is open."),
                            this);
    makeHint(hint);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("signInButton"));
    m_connectButton->setDefault(true);
    m_connectButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerSignInDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this,
            [this] { m_connectButton->setEnabled(!m_password->text().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(signInHeader(this, tr("Sign in"), tr("Portfolio server: %1").arg(address)));
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(480);
}

ServerSignInDialog::~ServerSignInDialog() = default;

QString ServerSignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServerSignInDialog::accept()
{
    if (m_password->text().isEmpty())
        return;
    setCursor(Qt::WaitCursor);
    auto opened = m_connect(m_password->text());
    unsetCursor();
    m_password->clear(); // never kept longer than the connection attempt
    if (!opened.ok()) {
        m_error->setText(opened.error().message);
        m_error->show();
        adjustSize(); // room for the message
        m_password->setFocus();
        return;
    }
    m_backend = std::move(opened).value();
    QDialog::accept();
}

} // namespace porter::ui
