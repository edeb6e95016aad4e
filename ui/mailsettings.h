#pragma once

#include "mail/mailservice.h"
#include "services.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace porter::ui {

// Settings ▸ Email: the portfolio's mail server (host, port, security, user, password, sender, timeout,
// certificate check), the daily doorcode send time, and Send Test Email…. Everything is read and saved
// through MailService: core checks each value (its message shown beside the field) and only a Portfolio
// Manager may change them; others see them read-only, the reason in each field's tooltip. The password
// is never shown: the field says whether one is stored, stays empty to keep it, and Clear removes it.
class MailSettingsPage : public QWidget
{
    Q_OBJECT

public:
    MailSettingsPage(const Services &services, const Manager &manager, QWidget *parent = nullptr);

    // Whether anything was changed since the page was loaded (or last saved).
    bool isModified() const { return m_modified; }
    bool isEditable() const { return m_editable; }
    // Saves through MailService::saveSettings when modified. On a refusal the message is shown beside its
    // field (or under the form), the field marked and focused, and false returned.
    bool save();
    // The settings as the form holds them (the password aside).
    mail::SmtpSettings formSettings() const;
    // None: keep the stored password; an empty string: remove it; else the new one.
    std::optional<QString> formPassword() const;

    // Test seam for the file dialog of the CA file's Choose…: the next choice is this path.
    static void setNextChosenCaFile(const QString &path);
    // Test seam for Send Test Email…: the next address asked for is answered with this (empty: cancel).
    static void setNextTestAddress(const QString &address);
    void sendTestEmail();
    bool testRunning() const { return m_testRunning; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QComboBox *securityCombo() const { return m_security; }
    QLabel *securityWarning() const { return m_securityWarning; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *clearPasswordButton() const { return m_clearPassword; }
    QLineEdit *fromAddressEdit() const { return m_fromAddress; }
    QLineEdit *fromNameEdit() const { return m_fromName; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QCheckBox *verifyCheck() const { return m_verify; }
    QLabel *verifyWarning() const { return m_verifyWarning; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QTimeEdit *doorcodeTimeEdit() const { return m_doorcodeTime; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *errorLabel() const { return m_error; }
    // The error shown beside a field, or null.
    QLabel *fieldError(QWidget *field) const { return m_fieldErrors.value(field); }

Q_SIGNALS:
    void testFinished(bool sent, const QString &text);

private:
    void load();
    void updateWarnings();
    void setModified();
    void clearErrors();
    void showError(const Error &error);
    // Marks every field core finds wrong (MailService::settingsProblems); false when none is.
    bool markFields();
    QWidget *fieldOf(MailService::SettingsField field) const;
    QWidget *withError(QWidget *field);

    Services m_services;
    Manager m_manager;
    mail::SmtpSettings m_loaded;
    bool m_editable = false;
    bool m_modified = false;
    bool m_loading = false;
    bool m_passwordCleared = false;
    bool m_testRunning = false;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLabel *m_securityWarning;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_clearPassword;
    QLineEdit *m_fromAddress;
    QLineEdit *m_fromName;
    QSpinBox *m_timeout;
    QCheckBox *m_verify;
    QLabel *m_verifyWarning;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_chooseCa = nullptr;
    QTimeEdit *m_doorcodeTime;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_error;
    QHash<QWidget *, QLabel *> m_fieldErrors;
};

} // namespace porter::ui
