#include "viewmodels/outboxmodel.h"

#include "util/localtime.h"
#include "util/searchtext.h"

#include <algorithm>

namespace porter {

OutboxModel::OutboxModel(OutboxService &outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{}

void OutboxModel::setManager(const Manager &manager)
{
    m_manager = manager;
}

void OutboxModel::setProperty(const Property &property)
{
    m_property = property;
    m_zone = QTimeZone(property.timeZone.toUtf8());
    refresh();
}

void OutboxModel::setPersonFilter(const QString &text)
{
    if (text == m_personFilter)
        return;
    m_personFilter = text;
    refresh();
}

void OutboxModel::refresh()
{
    beginResetModel();
    m_messages.clear();
    m_lastError.clear();
    if (m_property.id != 0) {
        OutboxFilter f;
        f.propertyId = m_property.id;
        auto mail = m_outbox.messages(m_manager, f);
        if (mail.ok()) {
            const QString needle = foldForSearch(m_personFilter.simplified());
            for (const OutboxMessage &m : *mail) {
                if (m.personId)
                    m_names.insert(*m.personId, m.personName);
                if (needle.isEmpty() || foldForSearch(recipient(m)).contains(needle))
                    m_messages.prepend(m); // newest first
            }
        } else {
            m_lastError = mail.error().message;
        }
    }
    endResetModel();
}

const OutboxMessage *OutboxModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

QString OutboxModel::recipient(const OutboxMessage &m) const
{
    const QString name = m.personId ? m_names.value(*m.personId) : QString();
    //: Outbox recipient: "Name <address>"
    return name.isEmpty() ? m.to : tr("%1 <%2>").arg(name, m.to);
}

QString OutboxModel::stateText(const QString &status)
{
    if (status == QLatin1String("queued"))
        //: An email waiting in the outbox
        return tr("Queued");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &m = m_messages.at(index.row());
    switch (role) {
    case MessageIdRole:
        return m.id;
    case PersonIdRole:
        return m.personId ? QVariant(*m.personId) : QVariant();
    case SortRole:
        if (index.column() == Created)
            return m.createdAt;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Subject)
            return m.body;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Recipient:
            return recipient(m);
        case Subject:
            return m.subject;
        case Created:
            return formatLocal(m.createdAt, m_zone);
        case State:
            return stateText(m.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recipient:
        return tr("Recipient");
    case Subject:
        return tr("Subject");
    case Created:
        return tr("Created");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace porter
