#include "firstrundialog.h"

#include "serverconnectdialog.h"
#include "settings.h"
#include "theme.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>
#include <unicode/uloc.h>

namespace porter::ui {

QString FirstRunDialog::countryName(QLocale::Territory territory, const QLocale &language)
{
    const QString code = QLocale::territoryToCode(territory);
    const QByteArray subject = "und_" + code.toLatin1();
    const QByteArray display = language.name().toLatin1();
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = uloc_getDisplayCountry(subject.constData(), display.constData(), buffer,
                                             int32_t(std::size(buffer)), &status);
    // ICU answers with the bare code when it has no name in that language (and for the C locale).
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || n <= 0)
        return QLocale::territoryToString(territory);
    const QString name = QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), n);
    return name == code ? QLocale::territoryToString(territory) : name;
}

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
    , m_country(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Welcome to Porter"));
    setObjectName(QStringLiteral("firstRunDialog"));

    auto *title = new QLabel(tr("Set up your portfolio"), this);
    makeHeading(title, 1.5);
    auto *intro =
        new QLabel(tr("Porter is ready to use. Create your portfolio (the buildings you manage) and "
                      "your own account: you become its Portfolio Manager and can add more "
                      "managers later. If your company already keeps its portfolio on a server, "
                      "choose Join a Shared Portfolio… instead."),
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
    // Every country, in the window's language and its alphabetical order; this computer's country first
    // selected (phone numbers of the property are read and shown in that country's format).
    {
        const QLocale language = settings::uiLocale();
        QList<QPair<QString, QString>> countries; // name, code
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            // Two letters only: no "World" (001) or "Latin America" (419), no placeholders.
            if (code.size() != 2 || code == QLatin1StringView("ZZ"))
                continue;
            countries.append({countryName(territory, language), code});
        }
        QCollator collator(language);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(countries.begin(), countries.end(), [&collator](const auto &a, const auto &b) {
            return collator.compare(a.first, b.first) < 0;
        });
        for (const auto &[name, code] : std::as_const(countries))
            if (m_country->findData(code) < 0)
                m_country->addItem(name, code);
        const QLocale::Territory here = QLocale::system().territory();
        const int index = m_country->findData(here == QLocale::AnyTerritory ? QStringLiteral("US")
                                                                            : QLocale::territoryToCode(here));
        m_country->setCurrentIndex(index < 0 ? m_country->findData(QStringLiteral("US")) : index);
        m_country->setObjectName(QStringLiteral("countryCombo"));
        m_country->setAccessibleName(tr("Country"));
        m_country->setMaxVisibleItems(20);
    }
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
    propertyForm->addRow(tr("Co&untry:"), m_country);
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
    // A company whose portfolio is already on a server joins it instead (File ▸ Open Shared Portfolio…
    // later does the same).
    m_join = new QPushButton(tr("Join a &Shared Portfolio…"), this);
    m_join->setObjectName(QStringLiteral("joinSharedButton"));
    m_join->setToolTip(tr("Your company keeps its portfolio on a server: connect to it instead of creating "
                          "one on this computer"));
    connect(m_join, &QPushButton::clicked, this, &FirstRunDialog::joinShared);
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
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_join); // apart from Create and Cancel: the other way in
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
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
        p.region = m_country->currentData().toString();
        auto added = m_directory.addProperty(m_manager, p);
        if (!added.ok()) {
            // The portfolio exists now; only the property needs fixing (or can be left empty).
            showError(tr("Your portfolio was created. The property was not: %1").arg(added.error().message));
            return;
        }
    }
    QDialog::accept();
}

void FirstRunDialog::joinShared()
{
    ServerConnectDialog dialog(QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sharedLocation = dialog.location();
    m_sharedAtStartup = dialog.openAtStartup();
    done(JoinShared);
}

} // namespace porter::ui
