#include "outboxpage.h"

#include "access/permissions.h"
#include "mail/mailservice.h"
#include "messagebox.h"
#include "theme.h"
#include "viewmodels/outboxmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace porter::ui {

OutboxPage::OutboxPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new OutboxModel(services.backend->outbox(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_subtitle(new QLabel(this))
    , m_person(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_sendNow(new QPushButton(tr("Send &Now"), this))
{
    setObjectName(QStringLiteral("outboxPage"));
    auto *title = new QLabel(tr("Outbox"), this);
    makeHeading(title);
    makeHint(m_subtitle);

    m_person->setObjectName(QStringLiteral("outboxPerson"));
    m_person->setPlaceholderText(tr("Name or email"));
    m_person->setAccessibleName(tr("Filter by person"));
    m_person->setClearButtonEnabled(true);
    m_person->setMinimumWidth(220);
    connect(m_person, &QLineEdit::textChanged, m_model, &OutboxModel::setPersonFilter);
    auto *personLabel = new QLabel(tr("Pe&rson:"), this);
    personLabel->setBuddy(m_person);

    m_state->setObjectName(QStringLiteral("outboxState"));
    m_state->setAccessibleName(tr("Filter by state"));
    //: Outbox state filter: no filter
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(OutboxModel::stateText(QStringLiteral("queued")), QStringLiteral("queued"));
    m_state->addItem(OutboxModel::stateText(QStringLiteral("sent")), QStringLiteral("sent"));
    m_state->addItem(OutboxModel::stateText(QStringLiteral("failed")), QStringLiteral("failed"));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_state->currentData().toString()); });
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));
    m_sendNow->setToolTip(tr("Send the queued emails now instead of at the next minute"));
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxPage::sendNowRequested);

    m_model->setClock(services.clock);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OutboxModel::SortRole);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Emails"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OutboxModel::Created, Qt::DescendingOrder);
    // Every delivery column on a laptop screen: long names and subjects are elided (whole in their
    // tooltips), times today are the time alone; the server's reason takes the rest.
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    const auto header = [&](int column) {
        return width(m_model->headerData(column, Qt::Horizontal).toString()) + 16; // the sort arrow
    };
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setColumnWidth(OutboxModel::Recipient, width(QStringLiteral("Alexandra Montgomery <ale")));
    m_table->setColumnWidth(
        OutboxModel::Kind,
        std::max(header(OutboxModel::Kind), width(OutboxModel::kindText(QStringLiteral("doorcode")))));
    m_table->setColumnWidth(OutboxModel::Subject, width(QStringLiteral("Welcome to Maple Co")));
    m_table->setColumnWidth(OutboxModel::Created, width(QStringLiteral("2027-08-31 23:59 EDT")));
    m_table->setColumnWidth(OutboxModel::State, width(OutboxModel::sentText(QStringLiteral("23:59 EDT"))));
    m_table->setColumnWidth(OutboxModel::Attempts, header(OutboxModel::Attempts));
    m_table->setColumnWidth(OutboxModel::NextAttempt,
                            std::max(header(OutboxModel::NextAttempt),
                                     width(OutboxModel::retryText(QStringLiteral("23:59 EDT")))));

    m_preview->setObjectName(QStringLiteral("outboxPreview"));
    m_preview->setAccessibleName(tr("Email details"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Select an email to see its details."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_preview->clear();
        updateCount();
        updateDetails();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(personLabel);
    filters->addWidget(m_person);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addSpacing(12);
    filters->addWidget(m_retry);
    filters->addWidget(m_sendNow);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    updateDetails();
}

void OutboxPage::setManager(const Manager &manager)
{
    m_manager = manager;
    m_model->setManager(manager);
}

void OutboxPage::setProperty(const Property &property)
{
    m_subtitle->setText(property.id == 0
                            ? QString()
                            : tr("The emails Porter has written for %1 — welcome emails and daily doorcodes "
                                 "— and whether they have been sent. Porter sends them while it is open.")
                                  .arg(property.name));
    m_property = property;
    m_propertyChanged = true;
    refresh();
}

void OutboxPage::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // Keep the selected email across a reload (its state is what changed).
    const OutboxMessage *selected = selectedMessage();
    const Id keep = selected ? selected->id : 0;
    if (m_propertyChanged) {
        m_propertyChanged = false;
        m_model->setProperty(m_property);
    } else {
        m_model->refresh();
    }
    if (keep != 0)
        selectMessage(keep);
}

void OutboxPage::setStatusFilter(const QString &status)
{
    const int i = m_state->findData(status);
    m_state->setCurrentIndex(i < 0 ? 0 : i);
}

bool OutboxPage::selectMessage(Id messageId)
{
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, OutboxModel::Recipient)));
    return true;
}

void OutboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

const OutboxMessage *OutboxPage::selectedMessage() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->messageAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void OutboxPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else
        m_count->setText(m_model->rowCount() == 1 ? tr("1 email")
                                                  : tr("%n emails", nullptr, m_model->rowCount()));
}

void OutboxPage::updateDetails()
{
    const OutboxMessage *m = selectedMessage();
    const bool failed = m && m->status == QLatin1String("failed");
    // Retrying is managing the person's access (core checks the same right).
    const QString missing = m_property.id == 0 ? QString()
                                               : permissions::missingRight(m_manager, m_property,
                                                                           permissions::Right::ManagePeople);
    m_retry->setEnabled(failed && m_services.mail && missing.isEmpty());
    m_retry->setToolTip(missing.isEmpty()
                            ? tr("Put the selected failed email back in the queue, to be sent again")
                            : missing);
    if (!m) {
        m_preview->clear();
        return;
    }
    const QTimeZone zone(m_property.timeZone.toUtf8());
    QStringList lines;
    lines << tr("To: %1").arg(m->personName.isEmpty() ? m->to : tr("%1 <%2>").arg(m->personName, m->to));
    lines << tr("Subject: %1").arg(m->subject);
    lines << tr("Kind: %1").arg(OutboxModel::kindText(m->kind));
    lines << tr("State: %1").arg(OutboxModel::stateText(*m, zone));
    if (m->attempts > 0)
        lines << tr("Attempts: %1").arg(m->attempts);
    if (const QString next = OutboxModel::nextAttemptText(*m, zone); !next.isEmpty())
        lines << next;
    if (!m->lastError.isEmpty())
        lines << tr("The server's reason: %1").arg(m->lastError);
    if (failed)
        lines << tr("Porter will not try again by itself. Correct the address (Edit Details) or the mail "
                    "server (File ▸ Settings ▸ Email), then choose Retry.");
    // The email itself is written when it first leaves and kept sealed (it holds an activation code or
    // a doorcode): what shows here is what it says, in the reader's language.
    if (const QString content = OutboxModel::contentText(*m); !content.isEmpty())
        lines << QString() << content;
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
}

void OutboxPage::retrySelected()
{
    const OutboxMessage *m = selectedMessage();
    if (!m || m->status != QLatin1String("failed") || !m_services.mail)
        return;
    const Id id = m->id;
    const QString to = m->to;
    auto r = m_services.mail->retry(m_manager, id);
    if (!r.ok()) {
        MessageBox::warning(this, tr("Retry"), tr("The email to %1 was not put back in the queue.").arg(to),
                            r.error().message);
        return;
    }
    refresh(); // keeps the selection when it is still listed
    Q_EMIT sendNowRequested();
}

} // namespace porter::ui
