#pragma once

#include "viewmodels/peoplemodel.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace porter::ui {

// The People page of one property (seed: "Select the relevant property. Select 'People.'"):
// search, "Show expired users", the count, the table and an empty state that offers Invite. Several
// people can be selected for the bulk actions; the row menu holds the actions the window gives it.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(const QueryService &queries, QWidget *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property, const QString &subtitle);
    void refresh();                      // keeps the selected person selected when still listed
    Id selectedPersonId() const;         // the current person (the one the person panel shows)
    QList<Id> selectedPersonIds() const; // every selected person, in list order
    bool selectPerson(Id personId);
    // Selects these people (those still listed), the first one current.
    void selectPeople(const QList<Id> &personIds);
    // The actions of the right-click menu on rows (Open, Revoke all keys, Add key, ...), in order; a
    // null action is a separator.
    void setRowActions(const QList<QAction *> &actions);
    QList<QAction *> rowActions() const { return m_rowActions; }

    PeopleModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *showExpiredCheck() const { return m_showExpired; }
    QLabel *countLabel() const { return m_count; }
    // `missingRight`: core's words for the right the manager lacks, the disabled button's tooltip.
    void setInviteEnabled(bool enabled, const QString &missingRight = {});
    void focusSearch();

    static constexpr int kSearchDelayMs = 250;

Q_SIGNALS:
    void selectedPersonChanged(Id personId); // 0 = none
    void inviteRequested();
    void personActivated(Id personId);
    void selectionChanged(); // the set of selected people changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void fitColumns(); // the columns share the table's width: no horizontal scrollbar
    void showRowMenu(const QPoint &pos);
    void updateCount();
    void updateEmptyState();

    PeopleModel *m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QCheckBox *m_showExpired;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyInvite;
    Id m_lastSelected = 0;
    QList<QAction *> m_rowActions;
};

} // namespace porter::ui
