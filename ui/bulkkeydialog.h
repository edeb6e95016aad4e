#pragma once

#include "services.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace porter::ui {

// Adds one key to, or removes one key from, every person selected on the People page: one unit of
// work in core (BulkService), all or nothing. The dialog names the people and what follows; for a
// removal it is the confirmation.
class BulkKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Remove
    };
    struct Target
    {
        Id id = 0;
        QString name;
    };

    BulkKeyDialog(Mode mode, const Services &services, const Manager &manager, const Property &property,
                  const QList<Target> &people, QWidget *parent = nullptr);

    // "Ana Ruiz", "Ana Ruiz and Tom Lee", "Ana Ruiz, Tom Lee and Eve Park", in the UI's language.
    static QString nameList(const QStringList &names);

    Mode mode() const { return m_mode; }
    const BulkResult &result() const { return m_result; }
    QString keyName() const;
    QString errorText() const;

    QComboBox *keyCombo() const { return m_key; }
    QRadioButton *startNowRadio() const { return m_startNow; }
    QRadioButton *startLaterRadio() const { return m_startLater; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QCheckBox *expiresCheck() const { return m_expires; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }
    QLabel *summaryLabel() const { return m_summary; }
    bool selectKey(const QString &name); // false when there is no such key

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    qint64 toUtc(const QDateTimeEdit *edit) const;

    Mode m_mode;
    Services m_services;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    QList<Target> m_people;
    BulkResult m_result;
    QLabel *m_summary;
    QComboBox *m_key;
    QRadioButton *m_startNow = nullptr;
    QRadioButton *m_startLater = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expiry = nullptr;
    QLabel *m_expiryHint = nullptr;
    QLabel *m_error;
};

} // namespace porter::ui
