#pragma once

#include "services.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace porter {
class OutboxModel;
}

namespace porter::ui {

// The property's Outbox tab: the welcome emails Porter has queued, newest first, with recipient,
// subject, when it was written and its state; a person filter; the selected email's text underneath.
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(const Services &services, QWidget *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    void refresh();

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *personEdit() const { return m_person; }
    QPlainTextEdit *preview() const { return m_preview; }

protected:
    // The page loads when it is on screen: a property's outbox can hold thousands of mails, and signing in
    // should not wait for a page nobody looks at.
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false;
    bool m_propertyChanged = false;
    Property m_property;
    void updateCount();

    OutboxModel *m_model;
    QLabel *m_subtitle;
    QLineEdit *m_person;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_preview;
};

} // namespace porter::ui
