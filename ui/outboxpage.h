#pragma once

#include "services.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace porter {
class OutboxModel;
}

namespace porter::ui {

// The property's Outbox tab: the emails Porter has written (welcome emails, daily doorcodes), newest
// first, with their delivery state — queued (and when Porter tries again after a temporary failure),
// sent, failed with the server's reason —; filters by person and state; the selected email's details
// underneath. Retry puts a failed email back in the queue (MailService::retry); Send Now asks the
// window's background delivery to send what is due at once.
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(const Services &services, QWidget *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    void refresh();
    // "queued", "sent", "failed" or empty (every state): the State filter (the status bar's "Email: 2
    // failed" shows the failed ones).
    void setStatusFilter(const QString &status);
    // Selects the email with this outbox id, when listed.
    bool selectMessage(Id messageId);

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *personEdit() const { return m_person; }
    QComboBox *stateCombo() const { return m_state; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *retryButton() const { return m_retry; }

public Q_SLOTS:
    // Retry the selected failed email.
    void retrySelected();

Q_SIGNALS:
    // Send Now, or an email put back in the queue: deliver what is due now.
    void sendNowRequested();

protected:
    // The page loads when it is on screen: a property's outbox can hold thousands of mails, and signing in
    // should not wait for a page nobody looks at.
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();
    void updateDetails();
    const OutboxMessage *selectedMessage() const;

    Services m_services;
    Manager m_manager;
    bool m_stale = false;
    bool m_propertyChanged = false;
    Property m_property;

    OutboxModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_subtitle;
    QLineEdit *m_person;
    QComboBox *m_state;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_preview;
    QPushButton *m_retry;
    QPushButton *m_sendNow;
};

} // namespace porter::ui
