#include "firstrundialog.h"

#include "theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace porter::ui {

FirstRunDialog::FirstRunDialog(DirectoryService &directory, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_portfolio(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_property(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Welcome to Porter"));
    setObjectName(QStringLiteral("firstRunDialog"));

    auto *title = new QLabel(tr("Set up your portfolio"), this);
    makeHeading(title, 1.5);
    auto *intro = new QLabel(tr("This database is empty. Create your portfolio and your own Portfolio "
                                "Manager account; you can add more managers later.\n"
                                "To try Porter with sample buildings and people instead, run "
                                "\"scripts/run --demo\"."),
                             this);
    makeHint(intro);
    auto *where = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    makeHint(where);

    m_portfolio->setPlaceholderText(tr("e.g. Acme Living"));
    m_name->setPlaceholderText(tr("Your full name"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 10 characters"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_property->setPlaceholderText(tr("e.g. Maple Court (optional)"));
    m_region->setText(QLocale::system().territory() == QLocale::AnyTerritory
                          ? QStringLiteral("US")
                          : QLocale::territoryToCode(QLocale::system().territory()));
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(60);
    // Region/City zones only: "Etc/..." and bare abbreviations are not property time zones.
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/') && !id.startsWith("Etc/"))
            m_zone->addItem(QString::fromUtf8(id));
    }
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->lineEdit()->setPlaceholderText(tr("e.g. America/New_York"));
    // This computer's zone is the likely one; a machine on UTC gets no guess.
    const int system = m_zone->findText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_zone->setCurrentIndex(system);
    if (system < 0)
        m_zone->setCurrentText(QString());

    auto *account = new QGroupBox(tr("Portfolio and your account"), this);
    auto *accountForm = new QFormLayout(account);
    accountForm->addRow(tr("&Portfolio name:"), m_portfolio);
    accountForm->addRow(tr("Your &name:"), m_name);
    accountForm->addRow(tr("&Email:"), m_email);
    accountForm->addRow(tr("Pass&word:"), m_password);
    accountForm->addRow(tr("&Confirm password:"), m_confirm);

    auto *property = new QGroupBox(tr("First property"), this);
    auto *propertyForm = new QFormLayout(property);
    propertyForm->addRow(tr("P&roperty name:"), m_property);
    propertyForm->addRow(tr("&Time zone:"), m_zone);
    propertyForm->addRow(tr("Co&untry code:"), m_region);
    auto *zoneHint = new QLabel(tr("Start and expiration times are entered and shown in the property's "
                                   "time zone, and doors follow it, including daylight saving time."),
                                this);
    makeHint(zoneHint);
    propertyForm->addRow(zoneHint);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = buttons->addButton(tr("Create Portfolio"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addWidget(account);
    layout->addWidget(property);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString FirstRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void FirstRunDialog::accept()
{
    if (!m_initDone) {
        if (m_password->text() != m_confirm->text()) {
            showError(tr("The two passwords differ. Type the same password twice."));
            m_confirm->setFocus();
            return;
        }
        InitRequest r;
        r.portfolioName = m_portfolio->text().trimmed();
        r.managerName = m_name->text().trimmed();
        r.managerEmail = m_email->text().trimmed();
        r.password = m_password->text();
        auto result = m_directory.init(r);
        if (!result.ok()) {
            showError(result.error().message);
            return;
        }
        m_manager = *result;
        m_initDone = true;
        for (QLineEdit *e : {m_portfolio, m_name, m_email, m_password, m_confirm})
            e->setEnabled(false);
        m_password->clear();
        m_confirm->clear();
        QSettings().setValue(QStringLiteral("signIn/lastEmail"), m_manager.email);
    }
    if (!m_property->text().trimmed().isEmpty()) {
        Property p;
        p.name = m_property->text().trimmed();
        p.timeZone = m_zone->currentText().trimmed();
        p.region = m_region->text().trimmed();
        auto added = m_directory.addProperty(m_manager, p);
        if (!added.ok()) {
            // The portfolio exists now; only the property needs fixing (or can be left empty).
            showError(tr("Your portfolio was created. The property was not: %1").arg(added.error().message));
            return;
        }
    }
    QDialog::accept();
}

} // namespace porter::ui
