#include "signindialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace porter::ui {

SignInDialog::SignInDialog(DirectoryService &directory, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_signIn(nullptr)
{
    setWindowTitle(tr("Sign in to Porter"));
    setObjectName(QStringLiteral("signInDialog"));

    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setMinimumWidth(300);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(
        signInHeader(this, tr("Sign in"), tr("Database: %1").arg(QDir::toNativeSeparators(databasePath))));
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    const QString last = QSettings().value(QLatin1String(kLastEmailKey)).toString();
    m_email->setText(last);
    if (last.isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
    updateButton();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    if (!m_signIn->isEnabled())
        return;
    auto result = m_directory.authenticate(m_email->text().trimmed(), m_password->text());
    if (!result.ok()) {
        m_error->setText(result.error().message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_manager = *result;
    m_password->clear(); // never keep the password around longer than needed
    QSettings().setValue(QLatin1String(kLastEmailKey), m_email->text().trimmed());
    QDialog::accept();
}

} // namespace porter::ui
