#include "peoplepage.h"

#include "statusstyle.h"
#include "theme.h"
#include "viewmodels/displaytext.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

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
    connect(m_searchTimer, &QTimer::timeout, this, &PeoplePage::applySearch);
    // Enter searches at once instead of waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearch();
    });
    // Escape clears the search; the window's shortcuts (Ctrl+E) work while typing in it.
    m_search->installEventFilter(this);

    m_showExpired->setObjectName(QStringLiteral("showExpiredCheck"));
    m_showExpired->setToolTip(tr("Also list people whose keys were revoked or have expired. You can give "
                                 "them keys again."));
    m_showExpired->setChecked(QSettings().value(QStringLiteral("people/showExpired"), false).toBool());
    m_model->setShowExpired(m_showExpired->isChecked());
    connect(m_showExpired, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("people/showExpired"), on);
        // The people selected stay selected when they are still listed (they are, when showing more).
        QList<Id> keep = selectedPersonIds();
        if (m_lastSelected && keep.removeAll(m_lastSelected))
            keep.prepend(m_lastSelected);
        m_model->setShowExpired(on);
        selectPeople(keep);
    });
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAccessibleName(tr("People"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PeoplePage::showRowMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setTextElideMode(Qt::ElideRight);
    // Core sorts the whole list by the clicked column (PeopleModel::sort); by name to begin with.
    m_table->horizontalHeader()->setSortIndicator(PeopleModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegateForColumn(PeopleModel::Status, new StatusDelegate(PeopleModel::StatusRole, this));
    // The columns fit the table at any window width, without a horizontal scrollbar (fitColumns): the
    // text columns give up width down to a minimum and elide (their tooltip holds them whole).
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_table->viewport()->installEventFilter(this);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setToolTip(QString());

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Id id = current.isValid() ? current.data(PeopleModel::PersonIdRole).toLongLong() : 0;
                if (id != m_lastSelected) {
                    m_lastSelected = id;
                    Q_EMIT selectedPersonChanged(id);
                }
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::selectionChanged);
    // Enter and double-click open the person (activated comes with a double-click only on some
    // platforms: doubleClicked is asked for too).
    const auto open = [this](const QModelIndex &index) {
        Q_EMIT personActivated(index.data(PeopleModel::PersonIdRole).toLongLong());
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_model, &PeopleModel::totalCountChanged, this, [this] {
        updateCount();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // New results (a search, a sort) open at their first row, not where the old list was scrolled.
        m_table->scrollToTop();
        if (m_lastSelected != 0) {
            m_lastSelected = 0;
            Q_EMIT selectedPersonChanged(0);
        }
        Q_EMIT selectionChanged();
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
    // The selected person stays selected when still listed near where they were (an operation changes
    // a few people, not the order of thousands): no walk through every page of a large property to
    // find someone who may have left the list.
    const Id keep = m_lastSelected;
    const int near = m_table->currentIndex().row();
    m_model->refresh();
    if (keep && m_model->findRow(keep, near, false) >= 0)
        selectPerson(keep);
}

Id PeoplePage::selectedPersonId() const
{
    return m_lastSelected;
}

QList<Id> PeoplePage::selectedPersonIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<Id> ids;
    for (int row : rows)
        if (const PersonRow *r = m_model->rowAt(row))
            ids << r->person.id;
    return ids;
}

void PeoplePage::selectPeople(const QList<Id> &personIds)
{
    bool first = true;
    for (Id id : personIds) {
        const int row = m_model->findRow(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, PeopleModel::Name);
        if (first) {
            selectPerson(id);
            first = false;
        } else {
            m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void PeoplePage::setRowActions(const QList<QAction *> &actions)
{
    m_rowActions = actions;
}

void PeoplePage::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || m_rowActions.isEmpty())
        return;
    // A right-click outside the selection selects that row; inside it, keeps the selection (bulk).
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        selectPerson(index.data(PeopleModel::PersonIdRole).toLongLong());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("peopleRowMenu"));
    for (QAction *action : m_rowActions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void PeoplePage::fitColumns()
{
    // Preferred widths from typical contents, at any font size; the minimums still read as a word.
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    const auto headerWidth = [&](int column) {
        return width(m_model->headerData(column, Qt::Horizontal).toString()) + fm.height(); // sort arrow
    };
    struct Fit
    {
        int preferred;
        int minimum;
    };
    Fit fit[PeopleModel::ColumnCount];
    fit[PeopleModel::Name] = {width(QStringLiteral("Alexandra Montgomery")),
                              width(QStringLiteral("Alexandra M"))};
    fit[PeopleModel::Email] = {width(QStringLiteral("alexandra.montgomery@example")),
                               width(QStringLiteral("alexandra.m"))};
    fit[PeopleModel::Phone] = {width(QStringLiteral("(718) 555-0101")), width(QStringLiteral("(718) 55"))};
    const int status = width(DisplayText::status(PersonStatus::NoAccess)) + fm.height();
    fit[PeopleModel::Status] = {status, status};
    fit[PeopleModel::Keys] = {headerWidth(PeopleModel::Keys), headerWidth(PeopleModel::Keys)};
    fit[PeopleModel::AccessUntil] = {width(QStringLiteral("2027-08-31 23:59 EDT")),
                                     width(QStringLiteral("2027-08-31"))};
    fit[PeopleModel::Resident] = {headerWidth(PeopleModel::Resident), headerWidth(PeopleModel::Resident)};
    fit[PeopleModel::GuestOf] = {width(QStringLiteral("Alexandra Mont")), headerWidth(PeopleModel::GuestOf)};
    int preferred = 0;
    int slack = 0; // what the columns can give up
    for (const Fit &f : fit) {
        preferred += f.preferred;
        slack += f.preferred - f.minimum;
    }
    const int available = m_table->viewport()->width();
    const int excess = preferred - available;
    for (int c = 0; c < PeopleModel::ColumnCount; ++c) {
        int w = fit[c].preferred;
        if (excess > 0 && slack > 0) // narrower than preferred: each gives up its share of the excess
            w -= qMin(fit[c].preferred - fit[c].minimum,
                      int((qint64(excess) * (fit[c].preferred - fit[c].minimum) + slack - 1) / slack));
        else if (excess < 0 && (c == PeopleModel::Name || c == PeopleModel::Email))
            w += -excess / 2; // wider: the name and email take the room
        m_table->setColumnWidth(c, w);
    }
}

void PeoplePage::applySearch()
{
    m_model->setSearch(m_search->text().trimmed());
}

bool PeoplePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        // The line edit would take Ctrl+E (end of line) for itself: leave it to Show Expired Users.
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E))
            return event->type() == QEvent::ShortcutOverride ? true : false;
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier &&
            !m_search->text().isEmpty()) {
            if (event->type() == QEvent::KeyPress) {
                m_search->clear();
                m_searchTimer->stop();
                applySearch();
            }
            event->accept();
            return true;
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

bool PeoplePage::selectPerson(Id personId)
{
    const int row = m_model->findRow(personId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, PeopleModel::Name);
    // Rows fetched just now are not laid out yet: the scroll range would still be the old one.
    m_table->doItemsLayout();
    // A row brought into view is centred, so it stays in view when a banner above the table appears
    // (making the current index scrolls to the nearest edge by itself: look before).
    const bool visible = m_table->viewport()->rect().contains(m_table->visualRect(index));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index,
                      visible ? QAbstractItemView::EnsureVisible : QAbstractItemView::PositionAtCenter);
    // Once pending layouts have run (a banner shown after an invite shrinks the table), make sure again.
    QTimer::singleShot(0, this, [this, personId] {
        const int now = m_model->rowOf(personId);
        if (now >= 0 && m_table->currentIndex().row() == now)
            m_table->scrollTo(m_table->currentIndex());
    });
    return true;
}

void PeoplePage::setInviteEnabled(bool enabled, const QString &missingRight)
{
    m_emptyInvite->setEnabled(enabled);
    m_emptyInvite->setToolTip(
        !enabled && !missingRight.isEmpty()
            ? missingRight
            : tr("Invite someone to this property and give them keys (%1)")
                  .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_emptyInvite->setAccessibleDescription(m_emptyInvite->toolTip());
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
