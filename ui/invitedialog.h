#pragma once

#include "services.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace porter::ui {

// Invite someone to a property, in the seed's order: access method, contact details, keys,
// resident and may-share, start, expiration. Send checks every field and shows each error beside its
// field (the field marked), and clears it as soon as it is fixed; then the request goes to
// AccessService::invite as is, whose own refusal is shown under the form. Nothing is written until it
// succeeds.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    InviteDialog(const Services &services, const Manager &manager, const Property &property,
                 QWidget *parent = nullptr);

    // After accept(): what core did (warnings, doors to sync).
    const InviteResult &inviteResult() const { return m_result; }
    QString errorText() const; // every error shown, one a line
    // The error shown beside a field (its QLabel, for tests), or null.
    QLabel *fieldError(QWidget *field) const { return m_fieldErrors.value(field); }
    QLabel *nameLabel() const { return m_nameLabel; }
    QLabel *expiryHint() const { return m_expiryHint; }
    InviteRequest request() const;

    // For tests and keyboard users alike: named widgets.
    QRadioButton *appRadio() const { return m_app; }
    QRadioButton *doorcodeRadio() const { return m_doorcode; }
    QLineEdit *firstNameEdit() const { return m_first; }
    QLineEdit *lastNameEdit() const { return m_last; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QComboBox *languageCombo() const { return m_language; }
    QTreeWidget *keysTree() const { return m_keys; }
    QCheckBox *residentCheck() const { return m_resident; }
    QCheckBox *mayShareCheck() const { return m_mayShare; }
    QRadioButton *startNowRadio() const { return m_startNow; }
    QRadioButton *startLaterRadio() const { return m_startLater; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QCheckBox *expiresCheck() const { return m_expires; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }
    bool checkKey(const QString &name, bool checked = true); // false when there is no such key

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    // Checks every field; shows (show = true) or refreshes the errors beside them. True when all pass.
    bool validateFields(bool show);
    void setFieldError(QWidget *field, const QString &message);
    QLabel *addFieldError(QWidget *field);
    qint64 toUtc(const QDateTimeEdit *edit) const;

    Services m_services;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    InviteResult m_result;
    QRadioButton *m_app;
    QRadioButton *m_doorcode;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_language = nullptr;
    QTreeWidget *m_keys;
    QCheckBox *m_resident;
    QCheckBox *m_mayShare;
    QRadioButton *m_startNow;
    QRadioButton *m_startLater;
    QDateTimeEdit *m_start;
    QLabel *m_startHint;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QLabel *m_expiryHint;
    QLabel *m_error;
    QLabel *m_nameLabel = nullptr;
    QHash<QWidget *, QLabel *> m_fieldErrors;
    bool m_validating = false; // after the first Send: errors follow the fields as they change
};

} // namespace porter::ui
