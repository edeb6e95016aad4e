#include "mailsettings.h"

#include "access/permissions.h"
#include "mail/mailservice.h"
#include "maildelivery.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

QString &nextCaFile()
{
    static QString path;
    return path;
}

std::optional<QString> &nextTestAddress()
{
    static std::optional<QString> address;
    return address;
}

int defaultPort(mail::Security s)
{
    switch (s) {
    case mail::Security::StartTls:
        return 587;
    case mail::Security::Tls:
        return 465;
    case mail::Security::None:
        return 25;
    }
    return 587;
}

void restyle(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

QLabel *warningLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("warningLabel"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

} // namespace

void MailSettingsPage::setNextChosenCaFile(const QString &path)
{
    nextCaFile() = path;
}

void MailSettingsPage::setNextTestAddress(const QString &address)
{
    nextTestAddress() = address;
}

MailSettingsPage::MailSettingsPage(const Services &services, const Manager &manager, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_manager(manager)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_securityWarning(warningLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_clearPassword(new QPushButton(tr("C&lear"), this))
    , m_fromAddress(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_verify(new QCheckBox(tr("&Verify the server's certificate"), this))
    , m_verifyWarning(warningLabel(this))
    , m_doorcodeTime(new QTimeEdit(this))
    , m_test(new QPushButton(tr("Send &Test Email…"), this))
    , m_testResult(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("mailSettingsPage"));
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QSpinBox[invalid=\"true\"], "
                                 "QTimeEdit[invalid=\"true\"] { border: 1px solid #b91c1c; }"));

    m_host->setObjectName(QStringLiteral("mailHostEdit"));
    m_host->setPlaceholderText(tr("e.g. smtp.example.com"));
    m_host->setAccessibleName(tr("Mail server"));
    m_port->setObjectName(QStringLiteral("mailPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    m_security->setObjectName(QStringLiteral("mailSecurityCombo"));
    m_security->setAccessibleName(tr("Security"));
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(mail::Security::StartTls));
    m_security->addItem(tr("SSL/TLS (usually port 465)"), int(mail::Security::Tls));
    m_security->addItem(tr("None — not encrypted"), int(mail::Security::None));
    m_securityWarning->setText(tr("Without encryption, the password, the activation codes and the daily "
                                  "doorcodes cross the network in clear text: anyone on the way can read "
                                  "them. Use this only for a mail server on this computer."));
    m_user->setObjectName(QStringLiteral("mailUserEdit"));
    m_user->setPlaceholderText(tr("Empty if the server needs no sign-in"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("mailPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_clearPassword->setObjectName(QStringLiteral("clearPasswordButton"));
    m_clearPassword->setToolTip(tr("Remove the stored password when you choose OK"));
    m_fromAddress->setObjectName(QStringLiteral("mailFromAddressEdit"));
    m_fromAddress->setPlaceholderText(tr("e.g. access@harbor-residential.example"));
    m_fromAddress->setAccessibleName(tr("From address"));
    m_fromName->setObjectName(QStringLiteral("mailFromNameEdit"));
    m_fromName->setPlaceholderText(tr("e.g. Harbor Residential"));
    m_fromName->setAccessibleName(tr("From name"));
    m_timeout->setObjectName(QStringLiteral("mailTimeoutSpin"));
    m_timeout->setRange(1, 600);
    //: Seconds, after a number: "30 s"
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_verify->setObjectName(QStringLiteral("mailVerifyCheck"));
    m_verifyWarning->setText(tr("Porter will not check that it is talking to your mail server: someone on "
                                "the network could pose as it and read the emails and the password. Turn "
                                "this off only for a test server."));
    m_doorcodeTime->setObjectName(QStringLiteral("doorcodeTimeEdit"));
    m_doorcodeTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_doorcodeTime->setAccessibleName(tr("Daily doorcode send time"));
    m_test->setObjectName(QStringLiteral("sendTestButton"));
    m_test->setToolTip(tr("Send a short email through this server now, to check the settings"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    // The server.
    auto *server = new QGroupBox(tr("Mail server"), this);
    auto *serverForm = new QFormLayout(server);
    const auto row = [this](QFormLayout *form, const QString &label, QWidget *field,
                            QLayout *content = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        if (content)
            column->addLayout(content);
        else
            column->addWidget(field);
        column->addWidget(withError(field));
        form->addRow(l, column);
    };
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostColumn = new QVBoxLayout;
    hostColumn->setSpacing(2);
    hostColumn->addLayout(hostRow);
    hostColumn->addWidget(withError(m_host));
    hostColumn->addWidget(withError(m_port));
    auto *hostLabel = new QLabel(tr("Mail &server:"), this);
    hostLabel->setBuddy(m_host);
    serverForm->addRow(hostLabel, hostColumn);
    auto *securityColumn = new QVBoxLayout;
    securityColumn->setSpacing(2);
    securityColumn->addWidget(m_security);
    securityColumn->addWidget(m_securityWarning);
    auto *securityLabel = new QLabel(tr("Se&curity:"), this);
    securityLabel->setBuddy(m_security);
    serverForm->addRow(securityLabel, securityColumn);
    row(serverForm, tr("&User name:"), m_user);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_clearPassword);
    row(serverForm, tr("Pass&word:"), m_password, passwordRow);
    // Numbers and times at their own width, not stretched across the dialog.
    const auto compact = [](QWidget *field) {
        auto *l = new QHBoxLayout;
        l->addWidget(field);
        l->addStretch(1);
        return l;
    };
    row(serverForm, tr("T&imeout:"), m_timeout, compact(m_timeout));
    auto *verifyColumn = new QVBoxLayout;
    verifyColumn->setSpacing(2);
    verifyColumn->addWidget(m_verify);
    verifyColumn->addWidget(m_verifyWarning);
    serverForm->addRow(QString(), verifyColumn);
    // A company's own certificate authority (a server inside the company's network).
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("mailCaFileEdit"));
    m_caFile->setAccessibleName(tr("Company CA file"));
    m_caFile->setPlaceholderText(tr("Empty: the certificates this computer trusts"));
    m_chooseCa = new QPushButton(tr("C&hoose…"), this);
    m_chooseCa->setObjectName(QStringLiteral("chooseCaFileButton"));
    m_chooseCa->setToolTip(tr("Choose the certificate (PEM) of your company's certificate authority"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCa);
    row(serverForm, tr("Com&pany CA file:"), m_caFile, caRow);

    // The sender and the daily doorcodes.
    auto *sender = new QGroupBox(tr("Emails Porter sends"), this);
    auto *senderForm = new QFormLayout(sender);
    row(senderForm, tr("&From address:"), m_fromAddress);
    row(senderForm, tr("From &name:"), m_fromName);
    row(senderForm, tr("&Daily doorcodes at:"), m_doorcodeTime, compact(m_doorcodeTime));
    auto *doorcodeHint = new QLabel(tr("People with doorcode access get the day's code each morning at this "
                                       "time, in each property's own time zone, while Porter is open (or "
                                       "from a scheduled porterctl doorcodes send-daily)."),
                                    this);
    makeHint(doorcodeHint);
    senderForm->addRow(doorcodeHint);

    for (QFormLayout *form : {serverForm, senderForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(sender);
    layout->addWidget(m_error);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch(1);

    load();

    // Who may change them: Portfolio Managers (core checks again when saving).
    const Status may = permissions::canManageMail(manager, manager.portfolioId);
    const QString missing = may.ok() ? QString() : may.error().message;
    m_editable = may.ok() && m_services.mail;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_host, m_port, m_security, m_user, m_password, m_clearPassword, m_fromAddress, m_fromName,
             m_timeout, m_verify, m_caFile, m_chooseCa, m_doorcodeTime, m_test}) {
        w->setEnabled(m_editable);
        if (!m_editable)
            w->setToolTip(missing);
    }

    connect(m_security, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_loading)
            return;
        // The port follows the security while it is still one of the usual ports.
        const int port = m_port->value();
        if (port == 587 || port == 465 || port == 25)
            m_port->setValue(defaultPort(mail::Security(m_security->currentData().toInt())));
        updateWarnings();
        setModified();
    });
    connect(m_verify, &QCheckBox::toggled, this, [this] {
        updateWarnings();
        setModified();
    });
    connect(m_clearPassword, &QPushButton::clicked, this, [this] {
        m_passwordCleared = true;
        m_password->clear();
        m_password->setPlaceholderText(tr("None (removed when you choose OK)"));
        m_clearPassword->setEnabled(false);
        setModified();
    });
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_passwordCleared = false;
        setModified();
    });
    connect(m_chooseCa, &QPushButton::clicked, this, [this] {
        QString path = nextCaFile();
        nextCaFile().clear();
        if (path.isEmpty())
            path = QFileDialog::getOpenFileName(this, tr("Company CA File"), QString(),
                                                tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (path.isEmpty())
            return;
        m_caFile->setText(QDir::toNativeSeparators(path));
        setModified();
    });
    for (QLineEdit *e : {m_host, m_user, m_fromAddress, m_fromName, m_caFile})
        connect(e, &QLineEdit::textEdited, this, &MailSettingsPage::setModified);
    for (QSpinBox *s : {m_port, m_timeout})
        connect(s, &QSpinBox::valueChanged, this, &MailSettingsPage::setModified);
    connect(m_doorcodeTime, &QTimeEdit::timeChanged, this, &MailSettingsPage::setModified);
    connect(m_test, &QPushButton::clicked, this, &MailSettingsPage::sendTestEmail);
}

QWidget *MailSettingsPage::withError(QWidget *field)
{
    auto *l = new QLabel(this);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->hide();
    m_fieldErrors.insert(field, l);
    return l;
}

void MailSettingsPage::load()
{
    m_loading = true;
    mail::SmtpSettings s;
    if (m_services.mail) {
        auto r = m_services.mail->settings(m_manager);
        if (r.ok()) {
            s = *r;
        } else {
            m_error->setText(r.error().message);
            m_error->show();
        }
    }
    m_loaded = s;
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(s.security))));
    m_user->setText(s.user);
    m_password->clear();
    m_passwordCleared = false;
    // Where the stored password is, short enough for the field; what typing does, in the tooltip.
    m_password->setPlaceholderText(!s.hasPassword         ? tr("None stored")
                                   : s.passwordInKeychain ? tr("Stored in the system keychain")
                                                          : tr("Stored, encrypted"));
    m_password->setToolTip(s.hasPassword
                               ? tr("Type a new password to replace the stored one. It is kept in the "
                                    "system keychain where one answers, otherwise encrypted.")
                               : tr("The mail server's password, if it asks for one. It is kept in "
                                    "the system keychain where one answers, otherwise encrypted."));
    m_clearPassword->setEnabled(s.hasPassword);
    m_fromAddress->setText(s.fromAddress);
    m_fromName->setText(s.fromName);
    m_timeout->setValue(s.timeoutSecs);
    m_verify->setChecked(s.verifyPeer);
    m_caFile->setText(QDir::toNativeSeparators(s.caFile));
    m_doorcodeTime->setTime(QTime::fromString(s.doorcodeTime, QStringLiteral("HH:mm")));
    updateWarnings();
    m_loading = false;
    m_modified = false;
}

void MailSettingsPage::updateWarnings()
{
    m_securityWarning->setVisible(m_security->currentData().toInt() == int(mail::Security::None));
    m_verifyWarning->setVisible(!m_verify->isChecked());
}

void MailSettingsPage::setModified()
{
    if (m_loading)
        return;
    m_modified = true;
}

mail::SmtpSettings MailSettingsPage::formSettings() const
{
    mail::SmtpSettings s = m_loaded; // keeps anything the page does not show
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = mail::Security(m_security->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.fromAddress = m_fromAddress->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    s.timeoutSecs = m_timeout->value();
    s.verifyPeer = m_verify->isChecked();
    s.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    s.doorcodeTime = m_doorcodeTime->time().toString(QStringLiteral("HH:mm"));
    return s;
}

std::optional<QString> MailSettingsPage::formPassword() const
{
    if (!m_password->text().isEmpty())
        return m_password->text();
    if (m_passwordCleared)
        return QString();
    return std::nullopt;
}

void MailSettingsPage::clearErrors()
{
    m_error->hide();
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        it.value()->hide();
        if (it.key()->property("invalid").toBool()) {
            it.key()->setProperty("invalid", false);
            restyle(it.key());
        }
    }
}

QWidget *MailSettingsPage::fieldOf(MailService::SettingsField field) const
{
    switch (field) {
    case MailService::SettingsField::Host:
        return m_host;
    case MailService::SettingsField::Port:
        return m_port;
    case MailService::SettingsField::FromAddress:
        return m_fromAddress;
    case MailService::SettingsField::FromName:
        return m_fromName;
    case MailService::SettingsField::User:
        return m_user;
    case MailService::SettingsField::Timeout:
        return m_timeout;
    case MailService::SettingsField::DoorcodeTime:
        return m_doorcodeTime;
    }
    return nullptr;
}

bool MailSettingsPage::markFields()
{
    // Core's own checks, each beside its field; the first field to fix gets the focus.
    const QList<MailService::SettingsProblem> problems = m_services.mail->settingsProblems(formSettings());
    QWidget *first = nullptr;
    for (const MailService::SettingsProblem &p : problems) {
        QWidget *field = fieldOf(p.field);
        QLabel *label = m_fieldErrors.value(field);
        if (!field || !label)
            continue;
        label->setText(p.message);
        label->show();
        field->setProperty("invalid", true);
        restyle(field);
        if (!first)
            first = field;
    }
    if (first)
        first->setFocus();
    return first != nullptr;
}

void MailSettingsPage::showError(const Error &error)
{
    // A refusal about a value is shown beside its field; anything else (a permission, the database)
    // under the form.
    if (error.code == ErrorCode::InvalidInput && markFields())
        return;
    m_error->setText(error.message);
    m_error->show();
}

bool MailSettingsPage::save()
{
    if (!m_editable || !m_modified)
        return true;
    clearErrors();
    auto st = m_services.mail->saveSettings(m_manager, formSettings(), formPassword());
    if (!st.ok()) {
        showError(st.error());
        return false;
    }
    load();
    return true;
}

void MailSettingsPage::sendTestEmail()
{
    if (m_testRunning || !m_services.mail)
        return;
    QString to;
    if (nextTestAddress()) {
        to = *nextTestAddress();
        nextTestAddress().reset();
    } else {
        bool ok = false;
        to = QInputDialog::getText(this, tr("Send Test Email"), tr("Send a test email to:"),
                                   QLineEdit::Normal, m_manager.email, &ok);
        if (!ok)
            to.clear();
    }
    to = to.trimmed();
    if (to.isEmpty())
        return;
    clearErrors();
    // What the form says now, saved or not: the point is to try before saving.
    std::optional<mail::SmtpSettings> trial;
    std::optional<QString> trialPassword;
    if (m_editable && m_modified) {
        trial = formSettings();
        trialPassword = formPassword();
    }
    auto run = m_services.mail->prepareTest(m_manager, to, trial, trialPassword);
    if (!run.ok()) {
        // A value core refuses is marked beside its field; the sentence also goes under the button.
        if (run.error().code == ErrorCode::InvalidInput)
            markFields();
        const QString text = tr("The test email to %1 was not sent: %2").arg(to, run.error().message);
        m_testResult->setObjectName(QStringLiteral("errorLabel"));
        restyle(m_testResult);
        m_testResult->setText(text);
        m_testResult->show();
        Q_EMIT testFinished(false, text);
        return;
    }
    m_testRunning = true;
    m_test->setEnabled(false);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    restyle(m_testResult);
    m_testResult->setText(tr("Sending a test email to %1… You can keep working meanwhile.").arg(to));
    m_testResult->show();
    struct Answer
    {
        mail::Outcome outcome;
        QString reply;
    };
    std::shared_ptr<mail::SmtpSender> sender(std::move(run->sender));
    const mail::Outgoing message = run->message;
    runInBackground<Answer>(
        this,
        [sender, message] {
            Answer a;
            const QList<mail::Outcome> outcomes = sender->send({message});
            if (!outcomes.isEmpty())
                a.outcome = outcomes.first();
            a.reply = sender->lastReply();
            return a;
        },
        [this, to](const Answer &a) {
            m_testRunning = false;
            m_test->setEnabled(true);
            const bool sent = a.outcome.verdict == mail::Verdict::Sent;
            QString text;
            if (sent)
                text =
                    a.reply.isEmpty()
                        ? tr("The test email to %1 was accepted by the server.").arg(to)
                        : tr("The test email to %1 was accepted. The server answered: %2").arg(to, a.reply);
            else
                text = tr("The test email to %1 was not sent: %2").arg(to, a.outcome.reason);
            // The theme's blue box for good news, red text for a failure.
            m_testResult->setObjectName(sent ? QStringLiteral("infoLabel") : QStringLiteral("errorLabel"));
            restyle(m_testResult);
            m_testResult->setText(text);
            m_testResult->show();
            Q_EMIT testFinished(sent, text);
        });
}

} // namespace porter::ui
