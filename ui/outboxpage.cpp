#include "outboxpage.h"

#include "theme.h"
#include "viewmodels/outboxmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace porter::ui {

OutboxPage::OutboxPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_model(new OutboxModel(services.backend->outbox(), this))
    , m_subtitle(new QLabel(this))
    , m_person(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new QPlainTextEdit(this))
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
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(OutboxModel::SortRole);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Queued emails"));
    m_table->setModel(proxy);
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
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](const char *sample) { return fm.horizontalAdvance(QLatin1String(sample)) + 28; };
    m_table->setColumnWidth(OutboxModel::Recipient,
                            width("Alexandra Montgomery <alexandra.montgomery@example>"));
    m_table->setColumnWidth(OutboxModel::Subject, width("Welcome to Maple Court Apartments"));
    m_table->setColumnWidth(OutboxModel::Created, width("2027-08-31 23:59 EDT"));

    m_preview->setObjectName(QStringLiteral("outboxPreview"));
    m_preview->setAccessibleName(tr("Email text"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Select an email to read it."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, proxy](const QModelIndex &current) {
                const OutboxMessage *m = m_model->messageAt(proxy->mapToSource(current).row());
                m_preview->setPlainText(m ? tr("To: %1\nSubject: %2\n\n%3").arg(m->to, m->subject, m->body)
                                          : QString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_preview->clear();
        updateCount();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(personLabel);
    filters->addWidget(m_person);
    filters->addStretch(1);
    filters->addWidget(m_count);

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
}

void OutboxPage::setManager(const Manager &manager)
{
    m_model->setManager(manager);
}

void OutboxPage::setProperty(const Property &property)
{
    m_subtitle->setText(property.id == 0 ? QString()
                                         : tr("The emails Porter has written for %1 — welcome emails with "
                                              "each new person's keys — and whether they have been sent.")
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
    if (m_propertyChanged) {
        m_propertyChanged = false;
        m_model->setProperty(m_property);
    } else {
        m_model->refresh();
    }
}

void OutboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OutboxPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else
        m_count->setText(m_model->rowCount() == 1 ? tr("1 email")
                                                  : tr("%n emails", nullptr, m_model->rowCount()));
}

} // namespace porter::ui
