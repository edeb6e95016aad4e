#pragma once

#include "services.h"

#include <QDialog>

class QComboBox;
class QTabWidget;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace porter::ui {

class MailSettingsPage;

// File ▸ Settings… (Ctrl+,). General: language, how dates and times are shown, the expiration new
// invitations start with, and where the database is, saved (ui/settings.h) when the user presses OK.
// Email (when given the services): the portfolio's mail server, saved through core on OK; a refusal
// keeps the dialog open on that page with the field marked.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `databasePath`: the database open now.
    SettingsDialog(const QString &databasePath, const Services &services, const Manager &manager,
                   QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    MailSettingsPage *mailPage() const { return m_mail; } // null without services
    // A shared portfolio's Security tab: this computer's device key (null on a file).
    QWidget *securityPage() const { return m_security; }
    QLabel *deviceKeyLabel() const { return m_deviceKey; }
    void showMailPage();

    // After OK: whether the language differs from before (the window is then reopened in it).
    bool languageChanged() const { return m_languageChanged; }

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *dateCombo() const { return m_date; }
    QComboBox *clockCombo() const { return m_clock; }
    QComboBox *expirationCombo() const { return m_expiration; }
    QDateEdit *expirationDateEdit() const { return m_expirationDate; }
    QLineEdit *startupDatabaseEdit() const { return m_startup; }
    QLabel *previewLabel() const { return m_preview; }

    // Test seam for the file dialog of "Choose…": the next choice is this path.
    static void setNextChosenFile(const QString &path);

public Q_SLOTS:
    void accept() override;

private:
    void updatePreview();
    void chooseStartupDatabase();

    QString m_databasePath;
    QTabWidget *m_tabs;
    MailSettingsPage *m_mail = nullptr;
    QWidget *m_security = nullptr;
    QLabel *m_deviceKey = nullptr;
    QWidget *buildSecurityPage(const Services &services, const Manager &manager);
    QComboBox *m_language;
    QComboBox *m_date;
    QComboBox *m_clock;
    QComboBox *m_expiration;
    QDateEdit *m_expirationDate;
    QLineEdit *m_startup;
    QLabel *m_preview;
    bool m_languageChanged = false;
};

} // namespace porter::ui
