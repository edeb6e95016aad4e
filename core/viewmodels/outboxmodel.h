#pragma once

#include "access/outboxservice.h"
#include "access/queryservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace porter {

// The mail Porter has queued for one property (welcome mails today), newest first, as
// OutboxService::messages gives it to the manager; optionally only the mail of people whose name or
// address contains a text.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Recipient,
        Subject,
        Created,
        State,
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        PersonIdRole,
        SortRole, // created: the instant; others: the text
    };

    OutboxModel(OutboxService &outbox, QObject *parent = nullptr);

    void setManager(const Manager &manager);
    void setProperty(const Property &property);
    // Part of the recipient's name or address, any case; empty: everyone.
    void setPersonFilter(const QString &text);
    void refresh();

    QString lastError() const { return m_lastError; }
    const OutboxMessage *messageAt(int row) const;
    static QString stateText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString recipient(const OutboxMessage &m) const;

    OutboxService &m_outbox;
    Manager m_manager;
    Property m_property;
    QTimeZone m_zone;
    QString m_personFilter;
    QList<OutboxMessage> m_messages;
    QHash<Id, QString> m_names; // person id -> name, deleted people included
    QString m_lastError;
};

} // namespace porter
