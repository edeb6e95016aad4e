#include "settingsdialog.h"

#include "app/backend.h"
#include "mailsettings.h"
#include "settings.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

QString &nextChosenFile()
{
    static QString path;
    return path;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

void SettingsDialog::setNextChosenFile(const QString &path)
{
    nextChosenFile() = path;
}

SettingsDialog::SettingsDialog(const QString &databasePath, const Services &services, const Manager &manager,
                               QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_tabs(new QTabWidget(this))
    , m_language(new QComboBox(this))
    , m_date(new QComboBox(this))
    , m_clock(new QComboBox(this))
    , m_expiration(new QComboBox(this))
    , m_expirationDate(new QDateEdit(this))
    , m_startup(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Language: each in its own language, so a person who cannot read the current one finds theirs.
    // The C locale (no language set at all) is English to a reader.
    const QLocale systemLocale =
        QLocale::system().language() == QLocale::C ? QLocale(QLocale::English) : QLocale::system();
    const QString system = systemLocale.nativeLanguageName().isEmpty()
                               ? QLocale::languageToString(systemLocale.language())
                               : systemLocale.nativeLanguageName();
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default (%1)").arg(system), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    selectData(m_language, settings::language());
    m_language->setAccessibleName(tr("Language"));
    auto *languageHint = new QLabel(
        tr("When you choose OK, Porter reopens its window in the new language. You stay signed in."), this);
    makeHint(languageHint);

    auto *general = new QGroupBox(tr("Language"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(languageHint);

    // Dates and times.
    m_date->setObjectName(QStringLiteral("dateCombo"));
    m_date->addItem(tr("Year-month-day (2027-06-30)"), int(settings::DateStyle::Iso));
    m_date->addItem(tr("Short, as in the language"), int(settings::DateStyle::Short));
    m_date->addItem(tr("Long, as in the language"), int(settings::DateStyle::Long));
    selectData(m_date, int(settings::dateStyle()));
    m_date->setAccessibleName(tr("Date format"));
    m_clock->setObjectName(QStringLiteral("clockCombo"));
    m_clock->addItem(tr("As in the language"), int(settings::ClockStyle::System));
    m_clock->addItem(tr("24-hour (23:59)"), int(settings::ClockStyle::H24));
    m_clock->addItem(tr("12-hour (11:59 PM)"), int(settings::ClockStyle::H12));
    selectData(m_clock, int(settings::clockStyle()));
    m_clock->setAccessibleName(tr("Clock"));
    m_preview->setObjectName(QStringLiteral("datePreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dates = new QGroupBox(tr("Dates and times"), this);
    auto *datesForm = new QFormLayout(dates);
    datesForm->addRow(tr("&Dates:"), m_date);
    datesForm->addRow(tr("&Times:"), m_clock);
    datesForm->addRow(tr("Example:"), m_preview);
    auto *datesHint = new QLabel(tr("Times are always those of the property's time zone, followed by its "
                                    "abbreviation. Dates you type in forms stay year-month-day."),
                                 this);
    makeHint(datesHint);
    datesForm->addRow(datesHint);

    // New invitations.
    m_expiration->setObjectName(QStringLiteral("expirationCombo"));
    m_expiration->addItem(tr("No expiration"), int(settings::DefaultExpiration::None));
    m_expiration->addItem(tr("6 months after the invitation"), int(settings::DefaultExpiration::SixMonths));
    m_expiration->addItem(tr("1 year after the invitation"), int(settings::DefaultExpiration::OneYear));
    m_expiration->addItem(tr("On a fixed date"), int(settings::DefaultExpiration::FixedDate));
    selectData(m_expiration, int(settings::defaultExpiration()));
    m_expiration->setAccessibleName(tr("Default expiration"));
    m_expirationDate->setObjectName(QStringLiteral("expirationDateEdit"));
    m_expirationDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expirationDate->setCalendarPopup(true);
    m_expirationDate->setAccessibleName(tr("Fixed expiration date"));
    const QDate fixed = settings::defaultExpirationFixedDate();
    m_expirationDate->setDate(fixed.isValid() ? fixed
                                              : QDate(QDate::currentDate().year(), 12, 31).addYears(1));
    auto *expirationRow = new QHBoxLayout;
    expirationRow->addWidget(m_expiration, 1);
    expirationRow->addWidget(m_expirationDate);
    auto *invites = new QGroupBox(tr("New invitations"), this);
    auto *invitesForm = new QFormLayout(invites);
    auto *expirationLabel = new QLabel(tr("Default &expiration:"), this);
    expirationLabel->setBuddy(m_expiration);
    invitesForm->addRow(expirationLabel, expirationRow);
    auto *invitesHint =
        new QLabel(tr("The Invite dialog starts with this expiration; you can still change it "
                      "for each person. Access ends at the end of that day."),
                   this);
    makeHint(invitesHint);
    invitesForm->addRow(invitesHint);

    // Data.
    auto *current = new QLineEdit(QDir::toNativeSeparators(databasePath), this);
    current->setObjectName(QStringLiteral("currentDatabaseEdit"));
    current->setReadOnly(true);
    current->setAccessibleName(tr("Database in use"));
    auto *openFolder = new QPushButton(tr("Open &Folder"), this);
    openFolder->setObjectName(QStringLiteral("openFolderButton"));
    openFolder->setToolTip(tr("Show the folder that holds this database in the file manager"));
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_databasePath).absolutePath()));
    });
    auto *currentRow = new QHBoxLayout;
    currentRow->addWidget(current, 1);
    currentRow->addWidget(openFolder);

    const auto defaultPath = Backend::defaultPath();
    m_startup->setObjectName(QStringLiteral("startupDatabaseEdit"));
    m_startup->setReadOnly(true);
    m_startup->setAccessibleName(tr("Database opened when Porter starts"));
    m_startup->setText(QDir::toNativeSeparators(settings::databasePath()));
    m_startup->setToolTip(defaultPath.ok()
                              ? tr("Empty: the default, %1").arg(QDir::toNativeSeparators(*defaultPath))
                              : QString());
    m_startup->setPlaceholderText(defaultPath.ok()
                                      ? tr("The default: %1").arg(QDir::toNativeSeparators(*defaultPath))
                                      : tr("The default"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseDatabaseButton"));
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseStartupDatabase);
    auto *useDefault = new QPushButton(tr("Use De&fault"), this);
    useDefault->setObjectName(QStringLiteral("defaultDatabaseButton"));
    connect(useDefault, &QPushButton::clicked, m_startup, &QLineEdit::clear);
    auto *startupRow = new QHBoxLayout;
    startupRow->addWidget(m_startup, 1);
    startupRow->addWidget(choose);
    startupRow->addWidget(useDefault);

    auto *dataBox = new QGroupBox(tr("Data"), this);
    auto *dataForm = new QFormLayout(dataBox);
    // Rows holding several controls: the label's mnemonic goes to the first of them.
    auto *currentLabel = new QLabel(tr("Database in &use:"), this);
    currentLabel->setBuddy(current);
    auto *startupLabel = new QLabel(tr("Open at &start:"), this);
    startupLabel->setBuddy(m_startup);
    dataForm->addRow(currentLabel, currentRow);
    dataForm->addRow(startupLabel, startupRow);
    auto *dataHint =
        new QLabel(tr("Everything Porter knows (people, keys, doors, activity) is in this one file: "
                      "include it in your backups. To switch now, use File ▸ Open Database…"),
                   this);
    makeHint(dataHint);
    dataForm->addRow(dataHint);

    for (QFormLayout *form : {generalForm, datesForm, invitesForm, dataForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *generalPage = new QWidget(this);
    generalPage->setObjectName(QStringLiteral("generalSettingsPage"));
    auto *generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addWidget(general);
    generalLayout->addWidget(dates);
    generalLayout->addWidget(invites);
    generalLayout->addWidget(dataBox);
    generalLayout->addStretch(1);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(generalPage, tr("&General"));
    if (services.mail) {
        m_mail = new MailSettingsPage(services, manager, this);
        m_tabs->addTab(m_mail, tr("E&mail")); // Alt+E is the default expiration
    }
    if (services.devices) {
        m_security = buildSecurityPage(services, manager);
        if (m_security)
            m_tabs->addTab(m_security, tr("Se&curity"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    const auto updateExpiration = [this] {
        m_expirationDate->setEnabled(m_expiration->currentData().toInt() ==
                                     int(settings::DefaultExpiration::FixedDate));
    };
    connect(m_expiration, &QComboBox::currentIndexChanged, this, updateExpiration);
    updateExpiration();
    connect(m_date, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePreview);
    connect(m_clock, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePreview);
    updatePreview();
}

QWidget *SettingsDialog::buildSecurityPage(const Services &services, const Manager &manager)
{
    auto key = services.devices->deviceKey(manager);
    if (key.ok() && key->thisComputer.isEmpty())
        return nullptr; // a file: the installation's key, nothing per manager
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("securitySettingsPage"));
    auto *box = new QGroupBox(tr("Your key on this computer"), page);
    auto *form = new QVBoxLayout(box);
    m_deviceKey = new QLabel(page);
    m_deviceKey->setObjectName(QStringLiteral("deviceKeyLabel"));
    m_deviceKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_deviceKey->setFont(mono);
    auto *hint = new QLabel(page);
    hint->setWordWrap(true);
    makeHint(hint);
    form->addWidget(m_deviceKey);
    form->addWidget(hint);
    if (!key.ok()) {
        m_deviceKey->setText(tr("Not available"));
        hint->setText(key.error().message);
    } else {
        m_deviceKey->setText(key->thisComputer);
        hint->setText(tr("The door secrets of this portfolio are given to this key, which never leaves this "
                         "computer. When a manager gives you door access, they ask you for it: read it out "
                         "to them yourself (not by email or chat), so they know the key is yours."));
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(box);
    if (key.ok() && !key->registered.isEmpty() && key->registered != key->thisComputer) {
        auto *other = new QGroupBox(tr("Another computer's key is registered for you"), page);
        auto *otherLayout = new QVBoxLayout(other);
        auto *text = new QLabel(tr("The door secrets were given to %1, the key of another computer of yours. "
                                   "To commission and sync doors from this computer, register this "
                                   "computer's key; the copies given to the old key are dropped, and a "
                                   "manager who holds the secrets gives them to you again.")
                                    .arg(key->registered),
                                other);
        text->setWordWrap(true);
        auto *replace = new QPushButton(tr("&Register This Computer's Key"), other);
        replace->setObjectName(QStringLiteral("replaceKeyButton"));
        connect(replace, &QPushButton::clicked, this, [services, manager, other, text] {
            if (auto st = services.devices->replaceDeviceKey(manager); !st.ok()) {
                text->setText(st.error().message);
                return;
            }
            text->setText(tr("This computer's key is now registered for you. Ask a manager who holds the "
                             "door secrets to give you door access again. If nobody else holds them, a "
                             "Portfolio Manager resets the property's signing key (porterctl property "
                             "reset-signing-key), and every door is commissioned again."));
            other->findChild<QPushButton *>()->setEnabled(false);
        });
        otherLayout->addWidget(text);
        otherLayout->addWidget(replace, 0, Qt::AlignLeft);
        layout->addWidget(other);
    }
    layout->addStretch(1);
    return page;
}

void SettingsDialog::updatePreview()
{
    // The end of a lease in New York, as the People page would show it.
    const QTimeZone zone("America/New_York");
    const QDateTime sample(QDate(2027, 6, 30), QTime(23, 59), zone);
    const QString code = m_language->currentData().toString();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    const QString format =
        settings::dateTimeFormat(settings::DateStyle(m_date->currentData().toInt()),
                                 settings::ClockStyle(m_clock->currentData().toInt()), locale);
    const QString text = format.isEmpty() ? sample.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                          : locale.toString(sample, format);
    m_preview->setText(text + QLatin1Char(' ') + zone.abbreviation(sample));
}

void SettingsDialog::chooseStartupDatabase()
{
    QString path = nextChosenFile();
    nextChosenFile().clear();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Database to Open at Start"),
                                            QFileInfo(m_databasePath).absolutePath(),
                                            tr("Porter databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_startup->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::showMailPage()
{
    if (m_mail)
        m_tabs->setCurrentWidget(m_mail);
}

void SettingsDialog::accept()
{
    // The mail server first: core may refuse a value, and then nothing else is saved either.
    if (m_mail && !m_mail->save()) {
        showMailPage();
        return;
    }
    const QString before = settings::language();
    const QString language = m_language->currentData().toString();
    settings::setLanguage(language);
    m_languageChanged = language != before;
    settings::setDateStyle(settings::DateStyle(m_date->currentData().toInt()));
    settings::setClockStyle(settings::ClockStyle(m_clock->currentData().toInt()));
    settings::setDefaultExpiration(settings::DefaultExpiration(m_expiration->currentData().toInt()),
                                   m_expirationDate->date());
    settings::setDatabasePath(QDir::fromNativeSeparators(m_startup->text()));
    QDialog::accept();
}

} // namespace porter::ui
