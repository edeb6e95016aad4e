#include "viewmodels/outboxmodel.h"

#include "util/localtime.h"
#include "util/searchtext.h"

#include <QDate>
#include <QLocale>

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

void OutboxModel::setStatusFilter(const QString &status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
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
        f.status = m_statusFilter;
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

int OutboxModel::rowOf(Id messageId) const
{
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).id == messageId)
            return i;
    }
    return -1;
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

QString OutboxModel::shortTime(qint64 utc, const QTimeZone &zone, std::optional<qint64> now)
{
    QString full = formatLocal(utc, zone); // "2026-12-02 10:42 EST"
    if (now && localDate(utc, zone) == localDate(*now, zone))
        return full.mid(full.indexOf(QLatin1Char(' ')) + 1);
    return full;
}

std::optional<qint64> OutboxModel::now() const
{
    return m_clock ? std::optional<qint64>(m_clock->nowSecs()) : std::nullopt;
}

QString OutboxModel::stateText(const OutboxMessage &m, const QTimeZone &zone, std::optional<qint64> now)
{
    if (m.status == QLatin1String("sent") && m.sentAt)
        return sentText(shortTime(*m.sentAt, zone, now));
    return stateText(m.status);
}

QString OutboxModel::sentText(const QString &time)
{
    //: An email's state: "Sent 2026-12-02 10:42 EST"
    return tr("Sent %1").arg(time);
}

QString OutboxModel::retryText(const QString &time)
{
    //: When Porter tries a temporarily failed email again: "Retrying at 2026-12-02 10:42 EST"
    return tr("Retrying at %1").arg(time);
}

bool OutboxModel::waitsForRetry(const OutboxMessage &m)
{
    // Only a message that failed for a while (the server was down, busy, or said "try later") waits.
    return m.status == QLatin1String("queued") && m.attempts > 0 && m.nextAttemptAt != 0;
}

QString OutboxModel::contentText(const OutboxMessage &m)
{
    if (m.kind == QLatin1String("welcome"))
        return tr(
            "What it says: the property, the person's keys with their doors and hours, when their access "
            "starts and ends, and how they open the doors (the app's one-time activation code, or when "
            "their daily doorcodes arrive). It is written in the person's language when it first "
            "leaves; Porter never shows the code it holds.");
    if (m.kind == QLatin1String("doorcode")) {
        const QDate day = QDate::fromString(m.day, Qt::ISODate);
        //: %1 a date
        return tr("What it says: the doorcode for %1 and the doors it opens. Porter never shows the code "
                  "here.")
            .arg(day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : m.day);
    }
    if (m.kind == QLatin1String("test"))
        return tr("A test message from Settings ▸ Email, to check the mail server.");
    return {};
}

QString OutboxModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("welcome"))
        //: The kind of an email: the one a person gets when invited
        return tr("Welcome");
    if (kind == QLatin1String("doorcode"))
        //: The kind of an email: the day's doorcode
        return tr("Daily doorcode");
    if (kind == QLatin1String("test"))
        //: The kind of an email: a test from Settings
        return tr("Test");
    return kind;
}

QString OutboxModel::nextAttemptText(const OutboxMessage &m, const QTimeZone &zone, std::optional<qint64> now)
{
    return waitsForRetry(m) ? retryText(shortTime(m.nextAttemptAt, zone, now)) : QString();
}

QString OutboxModel::shortReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return end < 0 ? trimmed : trimmed.left(end).trimmed() + QStringLiteral(" …");
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
    case StatusRole:
        return m.status;
    case SortRole:
        switch (index.column()) {
        case Created:
            return m.createdAt;
        case State:
            // Failed first when ascending, then queued, then sent by when.
            return QStringLiteral("%1 %2")
                .arg(m.status == QLatin1String("failed")   ? 0
                     : m.status == QLatin1String("queued") ? 1
                                                           : 2)
                .arg(m.sentAt.value_or(0), 12, 10, QLatin1Char('0'));
        case Attempts:
            return m.attempts;
        case NextAttempt:
            return waitsForRetry(m) ? m.nextAttemptAt : qint64(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Subject:
            return m.subject;
        case Reason:
            return m.lastError;
        case Attempts:
            return m.attempts == 1 ? tr("Porter has tried to send this email once.")
                                   : tr("Porter has tried to send this email %n times.", nullptr, m.attempts);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Recipient:
            return recipient(m);
        case Kind:
            return kindText(m.kind);
        case Subject:
            return m.subject;
        case Created:
            return formatLocal(m.createdAt, m_zone);
        case State:
            return stateText(m, m_zone, now());
        case Attempts:
            return m.attempts;
        case NextAttempt:
            return nextAttemptText(m, m_zone, now());
        case Reason:
            return shortReason(m.lastError);
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
    case Kind:
        //: Outbox column: Welcome, Daily doorcode or Test
        return tr("Kind");
    case Subject:
        return tr("Subject");
    case Created:
        return tr("Created");
    case State:
        return tr("State");
    case Attempts:
        //: Outbox column: how many times Porter tried to send the email
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Reason:
        //: Outbox column: the mail server's reason for a failure
        return tr("Server's reason");
    default:
        return {};
    }
}

} // namespace porter
