#include "changepassworddialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace porter::ui {

ChangePasswordDialog::ChangePasswordDialog(DirectoryService &directory, const Manager &manager,
                                           QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_manager(manager)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Change Password"));
    setObjectName(QStringLiteral("changePasswordDialog"));
    for (QLineEdit *edit : {m_current, m_new, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(280);
    }
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("Con&firm new password:"), m_confirm);
    auto *hint =
        new QLabel(manager.login.isEmpty()
                       ? tr("At least 10 characters. You sign in to this portfolio with it from now on.")
                       : tr("The password of your login %1 on the portfolio's server. At least 10 "
                            "characters; porterctl and Porter on your other computers use it from now on.")
                             .arg(manager.login),
                   this);
    makeHint(hint);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("Change Password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeButton"));
    m_change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(
        signInHeader(this, tr("Change your password"), tr("%1 <%2>").arg(manager.name, manager.email)));
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_current->setFocus();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ChangePasswordDialog::accept()
{
    if (m_current->text().isEmpty()) {
        showError(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        showError(tr("The new password and its confirmation differ."));
        m_confirm->selectAll();
        m_confirm->setFocus();
        return;
    }
    setCursor(Qt::WaitCursor);
    const Status changed = m_directory.changeOwnPassword(m_manager, m_current->text(), m_new->text());
    unsetCursor();
    if (!changed.ok()) {
        showError(changed.error().message);
        (changed.error().code == ErrorCode::AuthenticationFailed ? m_current : m_new)->selectAll();
        (changed.error().code == ErrorCode::AuthenticationFailed ? m_current : m_new)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace porter::ui
