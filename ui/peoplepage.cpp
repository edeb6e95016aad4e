#include "peoplepage.h"

#include "statusstyle.h"
#include "theme.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace porter::ui {

PeoplePage::PeoplePage(const QueryService &queries, QWidget *parent)
    : QWidget(parent)
    , m_model(new PeopleModel(queries, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_showExpired(new QCheckBox(tr("Show expired users"), this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_emptyInvite(new QPushButton(icon(QStringLiteral("invite")), tr("Invite Someone…"), this))
{
    makeHeading(m_title);
    makeHint(m_subtitle);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, email or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text().trimmed()); });
    // Enter searches at once instead of waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearch(m_search->text().trimmed());
    });

    m_showExpired->setObjectName(QStringLiteral("showExpiredCheck"));
    m_showExpired->setToolTip(tr("Also list people whose keys were revoked or have expired. You can give "
                                 "them keys again."));
    m_showExpired->setChecked(QSettings().value(QStringLiteral("people/showExpired"), false).toBool());
    m_model->setShowExpired(m_showExpired->isChecked());
    connect(m_showExpired, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("people/showExpired"), on);
        m_model->setShowExpired(on);
    });
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The list comes sorted by name (last name, first name) from core; the indicator says so.
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(PeopleModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(false);
    m_table->setItemDelegateForColumn(PeopleModel::Status, new StatusDelegate(PeopleModel::StatusRole, this));
    // Widths from typical contents, so dates and numbers show whole at any font size.
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](const char *sample) { return fm.horizontalAdvance(QLatin1String(sample)) + 28; };
    m_table->setColumnWidth(PeopleModel::Name, width("Alexandra Montgomery"));
    m_table->setColumnWidth(PeopleModel::Email, width("alexandra.montgomery@example"));
    m_table->setColumnWidth(PeopleModel::Phone, width("(718) 555-0101"));
    m_table->setColumnWidth(PeopleModel::Status, width("Revoked") + fm.height() * 2);
    m_table->setColumnWidth(PeopleModel::Keys, width("Keys"));
    m_table->setColumnWidth(PeopleModel::AccessUntil, width("2027-08-31 23:59 EDT"));
    m_table->setColumnWidth(PeopleModel::Resident, width("Resident"));
    m_table->setToolTip(QString());

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Id id = current.isValid() ? current.data(PeopleModel::PersonIdRole).toLongLong() : 0;
                if (id != m_lastSelected) {
                    m_lastSelected = id;
                    Q_EMIT selectedPersonChanged(id);
                }
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT personActivated(index.data(PeopleModel::PersonIdRole).toLongLong());
    });
    connect(m_model, &PeopleModel::totalCountChanged, this, [this] {
        updateCount();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_lastSelected != 0) {
            m_lastSelected = 0;
            Q_EMIT selectedPersonChanged(0);
        }
    });

    // Empty state: says why the list is empty and what to do.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(icon(QStringLiteral("person")).pixmap(QSize(56, 56)));
    emptyIcon->setAlignment(Qt::AlignCenter);
    makeHeading(m_emptyTitle, 1.25);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    makeHint(m_emptyText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setFixedWidth(460); // a wrapped label needs a fixed width to get its height right
    m_emptyInvite->setObjectName(QStringLiteral("emptyInviteButton"));
    connect(m_emptyInvite, &QPushButton::clicked, this, &PeoplePage::inviteRequested);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyInvite, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_showExpired);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(new StatusLegend(this));
    legendRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addLayout(legendRow);

    updateCount();
    updateEmptyState();
}

void PeoplePage::setManager(const Manager &manager)
{
    m_model->setManager(manager);
}

void PeoplePage::setProperty(const Property &property, const QString &subtitle)
{
    m_title->setText(property.id ? tr("People — %1").arg(property.name) : tr("People"));
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_model->setProperty(property);
}

void PeoplePage::refresh()
{
    const Id keep = m_lastSelected;
    m_model->refresh();
    if (keep)
        selectPerson(keep);
}

Id PeoplePage::selectedPersonId() const
{
    return m_lastSelected;
}

bool PeoplePage::selectPerson(Id personId)
{
    int row = m_model->rowOf(personId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(personId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, PeopleModel::Name);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void PeoplePage::setInviteEnabled(bool enabled)
{
    m_emptyInvite->setEnabled(enabled);
}

void PeoplePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PeoplePage::updateCount()
{
    m_count->setText(
        (m_model->totalCount() == 1 ? tr("1 person") : tr("%n people", nullptr, m_model->totalCount())));
}

void PeoplePage::updateEmptyState()
{
    const bool empty = m_model->totalCount() == 0 && m_model->rowCount() == 0;
    if (!empty) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (m_model->propertyId() == 0) {
        m_emptyTitle->setText(tr("No property selected"));
        m_emptyText->setText(tr("Choose a property on the left to see its people."));
        m_emptyInvite->hide();
    } else if (!m_model->lastError().isEmpty()) {
        m_emptyTitle->setText(tr("People could not be listed"));
        m_emptyText->setText(m_model->lastError());
        m_emptyInvite->hide();
    } else if (!m_model->search().isEmpty()) {
        m_emptyTitle->setText(tr("Nobody matches “%1”").arg(m_model->search()));
        m_emptyText->setText(m_model->showExpired()
                                 ? tr("Try part of a name, an email address or a phone number.")
                                 : tr("Try part of a name, an email address or a phone number, or tick "
                                      "“Show expired users” to include people without current access."));
        m_emptyInvite->hide();
    } else {
        m_emptyTitle->setText(m_model->hasHiddenPeople() ? tr("Nobody has access right now")
                                                         : tr("No people yet"));
        m_emptyText->setText(m_model->hasHiddenPeople()
                                 ? tr("Everyone's access has ended or was revoked. Tick “Show expired "
                                      "users” to see them, or invite someone.")
                                 : tr("Invite residents, staff and vendors to give them keys to this "
                                      "property's doors."));
        m_emptyInvite->show();
    }
    // A centred, wrapped label gets no height-for-width from its layout: size it here.
    m_emptyText->setFixedHeight(m_emptyText->heightForWidth(m_emptyText->width()));
    m_stack->setCurrentIndex(1);
}

} // namespace porter::ui
