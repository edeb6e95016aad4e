#include "managerdialog.h"

#include "theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMinPassword = 10; // DirectoryService's rule, checked here only to show it beside the field

QLabel *fieldError(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setAccessibleName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ManagerDialog::ManagerDialog(const Services &services, const Manager &signedIn, const Manager *existing,
                             QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_signedIn(signedIn)
    , m_existing(existing ? std::optional<Manager>(*existing) : std::nullopt)
    , m_name(new QLineEdit(this))
    , m_nameError(fieldError(this, tr("Name error")))
    , m_email(new QLineEdit(this))
    , m_emailError(fieldError(this, tr("Email error")))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_passwordError(fieldError(this, tr("Password error")))
    , m_portfolio(new QRadioButton(tr("Portfol&io Manager"), this))
    , m_propertyRole(new QRadioButton(tr("Property &Manager"), this))
    , m_roleHint(new QLabel(this))
    , m_properties(new QListWidget(this))
    , m_propertiesError(fieldError(this, tr("Properties error")))
    , m_levels(new QButtonGroup(this))
    , m_keys(new QTreeWidget(this))
    , m_keysError(fieldError(this, tr("Keys error")))
    , m_device(new QCheckBox(tr("&Device Management: add, commission and sync doors"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("managerDialog"));
    setWindowTitle(existing ? tr("Edit Manager %1").arg(existing->name) : tr("New Manager"));

    // Who: name, email, password, role.
    auto *who = new QGroupBox(tr("Manager"), this);
    auto *form = new QFormLayout(who);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(kMinPassword));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailError);
    // On a server, each manager connects with their own login (docs/design/shared-portfolio.md,
    // section 2): its password is the one chosen below.
    if (services.backend && Backend::isServerLocation(services.backend->path())) {
        m_login = new QLineEdit(who);
        m_login->setObjectName(QStringLiteral("loginEdit"));
        m_login->setAccessibleName(tr("Server login"));
        m_login->setPlaceholderText(tr("e.g. ana (lowercase letters, digits, _)"));
        m_loginError = fieldError(this, tr("Login error"));
        if (existing && !existing->login.isEmpty()) {
            m_login->setText(existing->login);
            m_login->setReadOnly(true);
            m_login->setToolTip(tr("A login keeps its name. Reset password gives it a new password."));
        }
        form->addRow(tr("Server lo&gin:"), m_login);
        form->addRow(QString(), m_loginError);
    }
    if (existing) {
        m_resetPassword = new QCheckBox(tr("&Reset password"), who);
        m_resetPassword->setObjectName(QStringLiteral("resetPasswordCheck"));
        m_resetPassword->setToolTip(tr("Give this manager a new password; tell it to them yourself."));
        form->addRow(QString(), m_resetPassword);
        form->addRow(tr("New &password:"), m_password);
    } else {
        form->addRow(tr("&Password:"), m_password);
    }
    form->addRow(tr("Con&firm password:"), m_confirm);
    form->addRow(QString(), m_passwordError);
    auto *passwordHint = new QLabel(
        m_login ? (existing ? tr("Leave it unticked to keep their login's password.")
                            : tr("Choose their login's first password and tell it to them; they open the "
                                 "portfolio with their login and it (File ▸ Open Shared Portfolio…)."))
        : existing
            ? tr("Leave it unticked to keep their password.")
            : tr("Choose their first password and tell it to them; they sign in with their email and it."),
        who);
    makeHint(passwordHint);
    form->addRow(QString(), passwordHint);

    auto *roles = new QButtonGroup(this);
    roles->addButton(m_portfolio);
    roles->addButton(m_propertyRole);
    m_portfolio->setObjectName(QStringLiteral("portfolioRadio"));
    m_propertyRole->setObjectName(QStringLiteral("propertyRadio"));
    auto *roleBox = new QVBoxLayout;
    roleBox->addWidget(m_propertyRole);
    roleBox->addWidget(m_portfolio);
    makeHint(m_roleHint);
    roleBox->addWidget(m_roleHint);
    form->addRow(tr("Role:"), roleBox);

    // Where: the assigned properties.
    auto *where = new QGroupBox(tr("Properties"), this);
    auto *whereLayout = new QVBoxLayout(where);
    auto *propertiesLabel = new QLabel(tr("Manages &these properties:"), where);
    propertiesLabel->setBuddy(m_properties);
    m_properties->setObjectName(QStringLiteral("propertiesList"));
    m_properties->setAccessibleName(tr("Assigned properties"));
    whereLayout->addWidget(propertiesLabel);
    whereLayout->addWidget(m_properties, 1);
    whereLayout->addWidget(m_propertiesError);

    // What: Key Management and Device Management.
    auto *what = new QGroupBox(tr("Permissions"), this);
    auto *whatLayout = new QVBoxLayout(what);
    auto *levelsTitle = new QLabel(tr("Key Management:"), what);
    whatLayout->addWidget(levelsTitle);
    struct Level
    {
        KeyManagement level;
        QString text;
        QString hint;
        const char *name;
    };
    const Level levels[] = {
        {KeyManagement::None, tr("N&one"), tr("Sees people and activity; changes nobody's access."),
         "levelNone"},
        {KeyManagement::Specific, tr("Specific &keys"), tr("Gives and revokes only the keys ticked below."),
         "levelSpecific"},
        {KeyManagement::Limited, tr("&Limited"), tr("Gives and revokes any key of their properties."),
         "levelLimited"},
        {KeyManagement::Full, tr("F&ull"), tr("Also creates, edits and deletes keys."), "levelFull"},
    };
    auto *levelGrid = new QGridLayout;
    int row = 0;
    for (const Level &l : levels) {
        auto *radio = new QRadioButton(l.text, what);
        radio->setObjectName(QLatin1String(l.name));
        radio->setAccessibleDescription(l.hint);
        auto *hint = new QLabel(l.hint, what);
        makeHint(hint);
        m_levels->addButton(radio, int(l.level));
        levelGrid->addWidget(radio, row, 0);
        levelGrid->addWidget(hint, row, 1);
        ++row;
    }
    levelGrid->setColumnStretch(1, 1);
    whatLayout->addLayout(levelGrid);
    m_keys->setObjectName(QStringLiteral("keysTree"));
    m_keys->setAccessibleName(tr("Keys this manager may give"));
    m_keys->setHeaderLabels({tr("Key")});
    m_keys->setHeaderHidden(true);
    m_keys->setRootIsDecorated(false);
    m_keys->setItemsExpandable(false);
    whatLayout->addWidget(m_keys, 1);
    whatLayout->addWidget(m_keysError);
    m_device->setObjectName(QStringLiteral("deviceCheck"));
    whatLayout->addWidget(m_device);

    // The properties and their keys (those the signed-in Portfolio Manager sees: all of them).
    if (auto properties = services.directory->properties(signedIn); properties.ok()) {
        for (const Property &p : *properties) {
            auto *item = new QListWidgetItem(p.name, m_properties);
            item->setData(kIdRole, p.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            auto *group = new QTreeWidgetItem(m_keys, {p.name});
            group->setData(0, kIdRole, p.id);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            if (auto keys = services.directory->keys(signedIn, p.id); keys.ok()) {
                for (const Key &k : *keys) {
                    auto *key = new QTreeWidgetItem(group, {k.name});
                    key->setData(0, kIdRole, k.id);
                    key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    key->setCheckState(0, Qt::Unchecked);
                }
            }
            if (group->childCount() == 0) {
                auto *none = new QTreeWidgetItem(group, {tr("No keys yet")});
                none->setFlags(Qt::NoItemFlags);
            }
        }
    }
    m_keys->expandAll();

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Save") : tr("&Add Manager"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ManagerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *leftColumn = new QVBoxLayout;
    leftColumn->addWidget(who);
    leftColumn->addWidget(where, 1);
    columns->addLayout(leftColumn, 1);
    columns->addWidget(what, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Start from the manager as they are, or from a Property Manager with nothing.
    const Manager start = existing ? *existing : Manager();
    m_name->setText(start.name);
    m_email->setText(start.email);
    (start.role == ManagerRole::PortfolioManager ? m_portfolio : m_propertyRole)->setChecked(true);
    m_levels
        ->button(int(existing && start.role == ManagerRole::PropertyManager ? start.keyManagement
                                                                            : KeyManagement::None))
        ->setChecked(true);
    m_device->setChecked(existing && start.role == ManagerRole::PropertyManager && start.deviceManagement);
    for (int i = 0; i < m_properties->count(); ++i) {
        QListWidgetItem *item = m_properties->item(i);
        if (start.propertyIds.contains(item->data(kIdRole).toLongLong()))
            item->setCheckState(Qt::Checked);
    }
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_keys->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *key = group->child(j);
            if (key->flags() & Qt::ItemIsUserCheckable)
                key->setCheckState(0, start.keyIds.contains(key->data(0, kIdRole).toLongLong())
                                          ? Qt::Checked
                                          : Qt::Unchecked);
        }
    }

    // Nobody takes the Portfolio Manager role from themselves (DirectoryService::editManager refuses it).
    if (existing && existing->id == signedIn.id && existing->role == ManagerRole::PortfolioManager) {
        m_propertyRole->setEnabled(false);
        m_propertyRole->setToolTip(
            tr("You cannot take the Portfolio Manager role from yourself. Another Portfolio Manager can."));
    }
    connect(m_portfolio, &QRadioButton::toggled, this, &ManagerDialog::updateState);
    connect(m_levels, &QButtonGroup::idToggled, this, &ManagerDialog::updateState);
    connect(m_properties, &QListWidget::itemChanged, this, &ManagerDialog::updateState);
    if (m_resetPassword)
        connect(m_resetPassword, &QCheckBox::toggled, this, &ManagerDialog::updateState);
    // A mistake disappears as soon as it is corrected.
    for (QLineEdit *edit : {m_name, m_email, m_password, m_confirm})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_error->isHidden() || !m_nameError->isHidden() || !m_emailError->isHidden() ||
                !m_passwordError->isHidden())
                validate();
        });
    connect(m_keys, &QTreeWidget::itemChanged, this, [this] {
        if (!m_keysError->isHidden())
            validate();
    });
    updateState();
    resize(sizeHint().expandedTo(QSize(860, 560)));
}

QRadioButton *ManagerDialog::levelRadio(KeyManagement level) const
{
    return qobject_cast<QRadioButton *>(m_levels->button(int(level)));
}

bool ManagerDialog::checkProperty(const QString &name, bool checked)
{
    const auto items = m_properties->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    items.first()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool ManagerDialog::checkKey(const QString &property, const QString &key, bool checked)
{
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_keys->topLevelItem(i);
        if (group->text(0) != property)
            continue;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            if (item->text(0) == key && (item->flags() & Qt::ItemIsUserCheckable)) {
                item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
                return true;
            }
        }
    }
    return false;
}

void ManagerDialog::updateState()
{
    const bool portfolio = m_portfolio->isChecked();
    m_roleHint->setText(portfolio
                            ? tr("Everything in the portfolio, including properties and managers.")
                            : tr("Only the properties ticked below, with the permissions on the right."));
    m_properties->setEnabled(!portfolio);
    for (QAbstractButton *b : m_levels->buttons())
        b->setEnabled(!portfolio);
    m_device->setEnabled(!portfolio);
    // The key list is for Specific only; a property's keys are offered once the property is ticked.
    QSet<Id> assigned;
    for (int i = 0; i < m_properties->count(); ++i) {
        if (m_properties->item(i)->checkState() == Qt::Checked)
            assigned.insert(m_properties->item(i)->data(kIdRole).toLongLong());
    }
    const bool specific = !portfolio && m_levels->checkedId() == int(KeyManagement::Specific);
    m_keys->setEnabled(specific);
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_keys->topLevelItem(i);
        group->setHidden(!assigned.contains(group->data(0, kIdRole).toLongLong()));
    }
    if (m_resetPassword) {
        m_password->setEnabled(m_resetPassword->isChecked());
        m_confirm->setEnabled(m_resetPassword->isChecked());
    }
}

ManagerRequest ManagerDialog::request() const
{
    ManagerRequest r;
    r.name = m_name->text();
    r.email = m_email->text();
    if (!m_resetPassword || m_resetPassword->isChecked())
        r.password = m_password->text();
    if (m_login)
        r.login = m_login->text().trimmed();
    r.role = m_portfolio->isChecked() ? ManagerRole::PortfolioManager : ManagerRole::PropertyManager;
    if (r.role == ManagerRole::PortfolioManager)
        return r;
    r.keyManagement = KeyManagement(m_levels->checkedId());
    r.deviceManagement = m_device->isChecked();
    for (int i = 0; i < m_properties->count(); ++i) {
        if (m_properties->item(i)->checkState() == Qt::Checked)
            r.propertyIds << m_properties->item(i)->data(kIdRole).toLongLong();
    }
    if (r.keyManagement != KeyManagement::Specific)
        return r;
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_keys->topLevelItem(i);
        if (group->isHidden())
            continue; // a property no longer ticked: its keys go with it
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->checkState(0) == Qt::Checked)
                r.keyIds << group->child(j)->data(0, kIdRole).toLongLong();
        }
    }
    return r;
}

void ManagerDialog::setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool ManagerDialog::validate()
{
    const ManagerRequest r = request();
    setFieldError(m_nameError, r.name.trimmed().isEmpty() ? tr("Enter the manager's name.") : QString());
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    setFieldError(m_emailError, r.email.trimmed().isEmpty() ? tr("Enter the email they sign in with.")
                                : !emailShape.match(r.email.trimmed()).hasMatch()
                                    ? tr("This is not an email address.")
                                    : QString());
    QString password;
    if (!m_resetPassword || m_resetPassword->isChecked()) {
        if (m_password->text().size() < kMinPassword)
            password = tr("The password needs at least %1 characters.").arg(kMinPassword);
        else if (m_password->text() != m_confirm->text())
            password = tr("The two passwords differ.");
    }
    setFieldError(m_passwordError, password);
    if (m_login) {
        // A new login needs its first password: on an edit, that is a reset. The name's own rules
        // (letters, digits, _; not pg_ or porter_) are the server's, said when saving.
        static const QRegularExpression loginShape(QStringLiteral("^[a-z_][a-z0-9_]*$"));
        const bool giving = !m_login->isReadOnly() && !r.login.isEmpty();
        setFieldError(m_loginError,
                      giving && !loginShape.match(r.login).hasMatch()
                          ? tr("A login is lowercase letters, digits and _, starting with a letter.")
                      : giving && m_resetPassword && !m_resetPassword->isChecked()
                          ? tr("Tick Reset password: the new login needs its first password.")
                          : QString());
    }
    setFieldError(m_propertiesError, r.role == ManagerRole::PropertyManager && r.propertyIds.isEmpty()
                                         ? tr("Tick at least one property.")
                                         : QString());
    setFieldError(m_keysError, r.role == ManagerRole::PropertyManager &&
                                       r.keyManagement == KeyManagement::Specific && r.keyIds.isEmpty()
                                   ? tr("Tick the keys this manager may give.")
                                   : QString());
    m_error->hide();
    return m_nameError->isHidden() && m_emailError->isHidden() && m_passwordError->isHidden() &&
           (!m_loginError || m_loginError->isHidden()) && m_propertiesError->isHidden() &&
           m_keysError->isHidden();
}

QString ManagerDialog::errorText() const
{
    QStringList lines;
    for (const QLabel *l : {m_nameError, m_emailError, m_loginError, m_passwordError, m_propertiesError,
                            m_keysError, m_error}) {
        if (l && !l->isHidden())
            lines << l->text();
    }
    return lines.join(QLatin1Char('\n'));
}

void ManagerDialog::accept()
{
    if (!validate())
        return;
    const ManagerRequest r = request();
    auto saved = m_existing ? m_services.directory->editManager(m_signedIn, m_existing->id, r)
                            : m_services.directory->addManager(m_signedIn, r);
    if (!saved.ok()) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace porter::ui
