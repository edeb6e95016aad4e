#pragma once

#include "services.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace porter::ui {

// An expiration picker: a calendar, quick choices beside it ("+6 months", "+1 year", "End of lease")
// and "No expiration". Times are the property's local wall-clock time, converted with core's rules.
// "End of lease" is the latest expiration among the person's other current keys: the date the lease
// was entered as when they were invited (docs/decisions.md, "End of lease").
class ExpiryChooser : public QWidget
{
    Q_OBJECT

public:
    ExpiryChooser(const QTimeZone &zone, qint64 now, QWidget *parent = nullptr);

    // "+6 months" and "+1 year" count from here (the current expiration, or the start).
    void setBase(qint64 utc);
    void setLeaseEnd(std::optional<qint64> utc);
    void setExpiry(std::optional<qint64> utc);
    std::optional<qint64> expiry() const;

    QDateTimeEdit *edit() const { return m_edit; }
    QCheckBox *noExpiry() const { return m_none; }
    QPushButton *plusSixMonths() const { return m_sixMonths; }
    QPushButton *plusOneYear() const { return m_oneYear; }
    QPushButton *endOfLease() const { return m_lease; }

Q_SIGNALS:
    void changed();

private:
    void jumpTo(qint64 utc);
    void update();

    QTimeZone m_zone;
    qint64 m_now;
    qint64 m_base;
    std::optional<qint64> m_leaseEnd;
    QDateTimeEdit *m_edit;
    QCheckBox *m_none;
    QPushButton *m_sixMonths;
    QPushButton *m_oneYear;
    QPushButton *m_lease;
    QLabel *m_hint;
};

// Add a key to a person (also "Give access again" for a revoked person): one of the keys this manager
// may give, with its own start and expiration. Calls AccessService::addKey on OK.
class AddKeyDialog : public QDialog
{
    Q_OBJECT

public:
    AddKeyDialog(const Services &services, const Manager &manager, const Property &property,
                 const PersonDetail &person, bool again, QWidget *parent = nullptr);

    QTreeWidget *keyList() const { return m_keys; }
    QRadioButton *startNow() const { return m_startNow; }
    QRadioButton *startLater() const { return m_startLater; }
    QDateTimeEdit *startEdit() const { return m_start; }
    ExpiryChooser *expiry() const { return m_expiry; }
    QLabel *errorLabel() const { return m_error; }
    bool selectKey(Id keyId);
    const Grant &grant() const { return m_grant; }
    QString keyName() const;

    void accept() override;

private:
    Services m_services;
    Manager m_manager;
    Property m_property;
    PersonDetail m_person;
    QTimeZone m_zone;
    QTreeWidget *m_keys;
    QRadioButton *m_startNow;
    QRadioButton *m_startLater;
    QDateTimeEdit *m_start;
    ExpiryChooser *m_expiry;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Grant m_grant;
};

// Change the expiration of one grant (double-click on a key row). Calls AccessService::setGrantExpiry.
class ExpiryDialog : public QDialog
{
    Q_OBJECT

public:
    ExpiryDialog(const Services &services, const Manager &manager, const Property &property,
                 const PersonDetail &person, const GrantView &grant, QWidget *parent = nullptr);

    ExpiryChooser *expiry() const { return m_expiry; }
    QLabel *errorLabel() const { return m_error; }
    const Grant &grant() const { return m_result; }

    void accept() override;

private:
    Services m_services;
    Manager m_manager;
    GrantView m_grant;
    ExpiryChooser *m_expiry;
    QLabel *m_error;
    Grant m_result;
};

// Edit details: contact (validated by core exactly as for an invitation), Resident, May share.
class EditPersonDialog : public QDialog
{
    Q_OBJECT

public:
    EditPersonDialog(const Services &services, const Manager &manager, const Property &property,
                     const PersonDetail &person, QWidget *parent = nullptr);

    QLineEdit *firstName() const { return m_first; }
    QLineEdit *lastName() const { return m_last; }
    QLineEdit *email() const { return m_email; }
    QLineEdit *phone() const { return m_phone; }
    QComboBox *languageCombo() const { return m_language; }
    QCheckBox *resident() const { return m_resident; }
    QCheckBox *mayShare() const { return m_mayShare; }
    QLabel *errorLabel() const { return m_error; }
    const EditPersonResult &editResult() const { return m_result; }

    void accept() override;

private:
    void updateShareHint();

    Services m_services;
    Manager m_manager;
    PersonDetail m_person;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_language;
    QCheckBox *m_resident;
    QCheckBox *m_mayShare;
    QLabel *m_shareHint;
    QLabel *m_error;
    int m_permanentGuests = 0;
    EditPersonResult m_result;
};

} // namespace porter::ui
