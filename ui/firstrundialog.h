#pragma once

#include "services.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace porter::ui {

// Shown when the database has no portfolio yet: creates the portfolio, its first Portfolio Manager
// (DirectoryService::init) and, optionally, the first property, then signs that manager in.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(DirectoryService &directory, const QString &databasePath, QWidget *parent = nullptr);

    // A country's name in `language` (from ICU's CLDR data), e.g. ("DE", Spanish) → "Alemania"; Qt's
    // English name when ICU has none for that language.
    static QString countryName(QLocale::Territory territory, const QLocale &language);

    // The dialog's result when the person chose to join a portfolio on a server instead of creating
    // one here: open sharedLocation() (docs/design/shared-portfolio.md, section 8).
    static constexpr int JoinShared = 2;
    QString sharedLocation() const { return m_sharedLocation; }
    bool sharedAtStartup() const { return m_sharedAtStartup; }
    QPushButton *joinSharedButton() const { return m_join; }

    Manager manager() const { return m_manager; }
    QString errorText() const;

    QLineEdit *portfolioEdit() const { return m_portfolio; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *propertyEdit() const { return m_property; }
    QComboBox *timeZoneCombo() const { return m_zone; }
    // Every country Qt knows, named in the window's language; the item data is the ISO 3166 code.
    QComboBox *countryCombo() const { return m_country; }

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);
    void joinShared();

    DirectoryService &m_directory;
    Manager m_manager;
    bool m_initDone = false;
    QLineEdit *m_portfolio;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLineEdit *m_property;
    QComboBox *m_zone;
    QComboBox *m_country;
    QLabel *m_error;
    QPushButton *m_join = nullptr;
    QString m_sharedLocation;
    bool m_sharedAtStartup = true;
};

} // namespace porter::ui
