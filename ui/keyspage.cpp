#include "keyspage.h"

#include "access/permissions.h"
#include "keydialog.h"
#include "messagebox.h"
#include "theme.h"
#include "viewmodels/keysmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace porter::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->setSortingEnabled(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QSortFilterProxyModel *sortProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

// At most `max` names, then "and N more".
QString someNames(const QStringList &names, int max = 5)
{
    if (names.size() <= max)
        return names.join(KeysPage::tr(", "));
    //: A list cut short: "Alice Adams, Bob Brown, … and 3 more"
    return KeysPage::tr("%1 and %n more", nullptr, int(names.size()) - max)
        .arg(names.mid(0, max).join(KeysPage::tr(", ")));
}

} // namespace

KeysPage::KeysPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new KeysModel(*services.directory, *services.queries, this))
    , m_holders(new KeyHoldersModel(*services.queries, *services.clock, this))
    , m_proxy(sortProxy(m_model, KeysModel::SortRole, this))
    , m_holdersProxy(sortProxy(m_holders, KeyHoldersModel::SortRole, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(makeTable(this, QStringLiteral("keysTable")))
    , m_emptyText(new QLabel(this))
    , m_createFirst(new QPushButton(icon(QStringLiteral("key")), tr("&Create a Key…"), this))
    , m_holdersTitle(new QLabel(this))
    , m_holdersHint(new QLabel(this))
    , m_holdersTable(makeTable(this, QStringLiteral("holdersTable")))
    , m_newAction(new QAction(icon(QStringLiteral("key")), tr("&New Key…"), this))
    , m_editAction(new QAction(tr("&Edit Key…"), this))
    , m_deleteAction(new QAction(icon(QStringLiteral("delete")), tr("&Delete Key…"), this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("keysPage"));
    makeHeading(m_title);
    makeHint(m_subtitle);
    m_subtitle->setText(tr("A key is a set of doors and the hours they open. Give keys to people when you "
                           "invite them; a change to a key applies to everyone who holds it."));
    m_readOnly->setObjectName(QStringLiteral("warningLabel"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    // Actions: buttons, the table's right-click menu and its keys all use them.
    m_newAction->setObjectName(QStringLiteral("newKeyAction"));
    m_editAction->setObjectName(QStringLiteral("editKeyAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteKeyAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Edit and Delete act on the table only, so they never fire elsewhere on the page.
    m_table->addAction(m_editAction);
    m_table->addAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &KeysPage::newKey);
    connect(m_editAction, &QAction::triggered, this, &KeysPage::editKey);
    connect(m_deleteAction, &QAction::triggered, this, &KeysPage::deleteKey);
    m_newButton->setObjectName(QStringLiteral("newKeyButton"));
    m_editButton->setObjectName(QStringLiteral("editKeyButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteKeyButton"));
    m_createFirst->setObjectName(QStringLiteral("createFirstKeyButton"));
    const QList<QPair<QPushButton *, QAction *>> pairs = {
        {m_newButton, m_newAction}, {m_editButton, m_editAction}, {m_deleteButton, m_deleteAction}};
    for (const auto &[button, action] : pairs) {
        button->setText(action->text());
        button->setIcon(action->icon());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    connect(m_createFirst, &QPushButton::clicked, this, &KeysPage::newKey);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();

    // The keys.
    m_table->setModel(m_proxy);
    m_table->sortByColumn(KeysModel::Name, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Keys"));
    connect(m_table, &QWidget::customContextMenuRequested, this, &KeysPage::showContextMenu);
    // Double-click and Enter edit the key.
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_editAction->isEnabled())
            editKey();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeysPage::onKeySelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::sizeColumns);

    auto *empty = new QWidget(this);
    auto *emptyTitle = new QLabel(tr("No keys yet"), empty);
    emptyTitle->setObjectName(QStringLiteral("emptyKeysTitle"));
    makeHeading(emptyTitle, 1.2);
    m_emptyText->setObjectName(QStringLiteral("emptyKeysText"));
    makeHint(m_emptyText);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_createFirst, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    // Who holds the selected key.
    auto *holders = new QWidget(this);
    auto *holdersLayout = new QVBoxLayout(holders);
    holdersLayout->setContentsMargins(0, 8, 0, 0);
    m_holdersTitle->setObjectName(QStringLiteral("holdersTitle"));
    makeHeading(m_holdersTitle, 1.15);
    m_holdersHint->setObjectName(QStringLiteral("holdersHint"));
    makeHint(m_holdersHint);
    m_holdersTable->setModel(m_holdersProxy);
    m_holdersTable->sortByColumn(KeyHoldersModel::Name, Qt::AscendingOrder);
    m_holdersTable->setAccessibleName(tr("Holders of the selected key"));
    connect(m_holdersTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT personActivated(index.data(KeyHoldersModel::PersonIdRole).toLongLong());
    });
    connect(m_holders, &QAbstractItemModel::modelReset, this, [this] {
        m_holdersTable->resizeColumnsToContents();
        for (int c = 0; c < KeyHoldersModel::ColumnCount - 1; ++c)
            m_holdersTable->setColumnWidth(c, qMax(m_holdersTable->columnWidth(c),
                                                   m_holdersTable->horizontalHeader()->sectionSizeHint(c)) +
                                                  12);
    });
    holdersLayout->addWidget(m_holdersTitle);
    holdersLayout->addWidget(m_holdersHint);
    holdersLayout->addWidget(m_holdersTable, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("keysSplitter"));
    split->addWidget(m_stack);
    split->addWidget(holders);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setCollapsible(0, false);
    split->setSizes({360, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_table);
    setTabOrder(m_table, m_holdersTable);
    updateActions();
    updateHolders();
}

void KeysPage::setManager(const Manager &manager)
{
    m_manager = manager;
    m_model->setManager(manager);
    m_holders->setManager(manager);
}

void KeysPage::setProperty(const Property &property)
{
    m_property = property;
    const Status may = property.id != 0 ? permissions::canManageKeys(m_manager, property) : Status();
    m_mayManage = property.id != 0 && may.ok();
    m_whyNot = may.ok() ? QString() : may.error().message;
    m_title->setText(property.id ? tr("Keys — %1").arg(property.name) : tr("Keys"));
    m_readOnly->setText(tr("You can see this property's keys but not change them. %1").arg(m_whyNot));
    m_readOnly->setVisible(property.id != 0 && !m_mayManage);
    m_propertyChanged = true;
    refresh();
}

void KeysPage::refresh()
{
    // The keys and their holder counts (one grouped query over every grant of the property) load only
    // while the page is on screen: at sign-in it is hidden, and loading it then cost most of the
    // sign-in time on a large property (docs/benchmarks.md, "The window").
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_propertyChanged) {
        m_propertyChanged = false;
        m_holders->setProperty(m_property);
        m_model->setProperty(m_property);
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    } else {
        const Id keep = selectedKeyId();
        m_model->refresh();
        if (!selectKey(keep) && m_model->rowCount() > 0)
            m_table->selectRow(0);
    }
    // The selection may be the row that was current before the reload, which announces no change: load
    // the holders of whatever is selected now.
    m_holders->setKey(selectedKeyId());
    updateHolders();
    updateActions();
}

void KeysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Holders change on the People page and outside the window (porterctl, another manager): the page
    // reloads whenever it is shown, and for the first time when it is first shown.
    if (m_property.id != 0 || m_stale)
        refresh();
}

bool KeysPage::selectKey(Id keyId)
{
    const int row = m_model->rowOf(keyId);
    if (keyId == 0 || row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

Id KeysPage::selectedKeyId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(KeysModel::KeyIdRole).toLongLong();
}

void KeysPage::onKeySelected()
{
    m_holders->setKey(selectedKeyId());
    updateHolders();
    updateActions();
}

void KeysPage::sizeColumns()
{
    // A property has tens of keys: size the columns to what they hold, long door lists capped.
    m_table->resizeColumnsToContents();
    const int cap = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48;
    // The last column stretches to the edge: sizing it too would add a horizontal scroll bar.
    for (int c = 0; c < KeysModel::ColumnCount - 1; ++c) {
        int w = qMax(m_table->columnWidth(c), m_table->horizontalHeader()->sectionSizeHint(c)) + 12;
        if (c == KeysModel::Doors || c == KeysModel::Schedule)
            w = qMin(w, cap);
        m_table->setColumnWidth(c, w);
    }
    const bool empty = m_model->rowCount() == 0 && m_property.id != 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_error->setText(m_model->lastError());
    m_error->setVisible(!m_model->lastError().isEmpty());
}

void KeysPage::updateHolders()
{
    const Key *key = m_model->keyAt(m_model->rowOf(selectedKeyId()));
    if (!key) {
        m_holdersTitle->setText(tr("Holders"));
        m_holdersHint->setText(m_model->rowCount() > 0
                                   ? tr("Select a key to see who holds it.")
                                   : tr("Who holds a key shows here once the property has keys."));
        return;
    }
    //: Title above the holders of the selected key, e.g. "Who holds “Gym”"
    m_holdersTitle->setText(tr("Who holds “%1”").arg(key->name));
    if (!m_holders->lastError().isEmpty()) {
        m_holdersHint->setText(m_holders->lastError());
        return;
    }
    const int people = m_holders->peopleCount();
    const int guests = m_holders->guestCount();
    if (people == 0 && guests == 0) {
        m_holdersHint->setText(tr("Nobody holds this key. Give it to people when you invite them."));
        return;
    }
    const QString peopleText = people == 1 ? tr("1 person") : tr("%n people", nullptr, people);
    const QString guestsText = guests == 1 ? tr("1 guest") : tr("%n guests", nullptr, guests);
    //: %1 "3 people" (or "1 person"), %2 "2 guests" (or "1 guest")
    m_holdersHint->setText(guests == 0 ? tr("%1 hold this key now or from a later start. Double-click "
                                            "someone to open them on the People "
                                            "page.")
                                             .arg(peopleText)
                                       : tr("%1 and %2 hold this key now or from a later start. Double-click "
                                            "someone to open them on the "
                                            "People page.")
                                             .arg(peopleText, guestsText));
}

void KeysPage::updateActions()
{
    const bool haveProperty = m_property.id != 0;
    const bool selected = selectedKeyId() != 0;
    m_newAction->setEnabled(haveProperty && m_mayManage);
    m_editAction->setEnabled(m_mayManage && selected);
    m_deleteAction->setEnabled(m_mayManage && selected);
    m_createFirst->setEnabled(m_newAction->isEnabled());
    if (haveProperty && !m_mayManage) {
        // The missing right, in core's words, on every control that would change a key.
        for (QAction *a : {m_newAction, m_editAction, m_deleteAction})
            a->setToolTip(m_whyNot);
        m_createFirst->setToolTip(m_whyNot);
    } else {
        m_newAction->setToolTip(tr("Create a key: its doors, weekly schedule and options (%1)")
                                    .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
        m_editAction->setToolTip(selected
                                     ? tr("Change the selected key's name, doors, schedule or options (%1)")
                                           .arg(m_editAction->shortcut().toString(QKeySequence::NativeText))
                                     : tr("Select a key to edit it."));
        m_deleteAction->setToolTip(
            selected ? tr("Delete the selected key; everyone who holds it loses it (%1)")
                           .arg(m_deleteAction->shortcut().toString(QKeySequence::NativeText))
                     : tr("Select a key to delete it."));
        m_createFirst->setToolTip(m_newAction->toolTip());
    }
    const QList<QPair<QPushButton *, QAction *>> pairs = {
        {m_newButton, m_newAction}, {m_editButton, m_editAction}, {m_deleteButton, m_deleteAction}};
    for (const auto &[button, action] : pairs) {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        button->setAccessibleDescription(action->toolTip());
    }
    if (haveProperty)
        m_emptyText->setText(
            m_mayManage
                ? tr("A key is a set of doors and the hours they open. Create the first one, then give "
                     "it to people when you invite them.")
                : tr("Keys are created by a manager with Full Key Management. %1").arg(m_whyNot));
}

void KeysPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_newAction);
    if (index.isValid()) {
        menu.addAction(m_editAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QString KeysPage::doorsToSyncText(const QStringList &doorNames) const
{
    if (doorNames.isEmpty())
        return tr("No offline door needs a sync for this.");
    return tr("Sync these offline doors so they learn the change: %1.")
        .arg(doorNames.join(tr(", ")).toHtmlEscaped());
}

void KeysPage::newKey()
{
    if (!m_newAction->isEnabled())
        return;
    KeyDialog dialog(m_services, m_manager, m_property, this);
    if (!KeyDialog::run(dialog))
        return;
    const Key &k = dialog.savedKey();
    refresh();
    selectKey(k.id);
    // A new key is held by nobody: addKey changes no door's list.
    Q_EMIT keysChanged(tr("Key “%1” created. Nobody holds it yet, so no door needs a sync; give it to people "
                          "when you invite them.")
                           .arg(k.name.toHtmlEscaped()));
}

void KeysPage::editKey()
{
    if (!m_editAction->isEnabled())
        return;
    const Id id = selectedKeyId();
    // The key as it is now, with the same permission check the edit makes (a refusal is recorded once).
    auto key = m_services.directory->keyToEdit(m_manager, id);
    if (!key.ok()) {
        MessageBox::warning(this, tr("Edit Key"), tr("This key cannot be edited."), key.error().message);
        refresh();
        return;
    }
    KeyDialog dialog(m_services, m_manager, m_property, *key, this);
    const bool accepted = KeyDialog::run(dialog);
    refresh(); // also after a reload in the dialog: someone else changed the key
    if (!accepted)
        return;
    const Key &before = *dialog.originalKey();
    const Key &after = dialog.savedKey();
    selectKey(after.id);
    if (after.name == before.name && after.doorIds == before.doorIds &&
        after.schedule.toText() == before.schedule.toText() &&
        after.doorcodesAllowed == before.doorcodesAllowed && after.shareable == before.shareable) {
        Q_EMIT keysChanged(tr("Key “%1” was not changed.").arg(after.name.toHtmlEscaped()));
        return;
    }
    // Every door the key opened or opens now learns the change (DirectoryService::editKey).
    QList<Id> doors = before.doorIds;
    for (Id d : after.doorIds)
        if (!doors.contains(d))
            doors << d;
    const int holders = m_model->holderCount(after.id);
    const QString name = after.name.toHtmlEscaped();
    const QString text =
        holders == 0 ? tr("Key “%1” saved.").arg(name)
        : holders == 1
            ? tr("Key “%1” saved: the change applies to the 1 person who holds it.").arg(name)
            : tr("Key “%1” saved: the change applies to the %n people who hold it.", nullptr, holders)
                  .arg(name);
    Q_EMIT keysChanged(text + QStringLiteral("<br>") + doorsToSyncText(m_model->offlineDoorNames(doors)));
}

void KeysPage::deleteKey()
{
    if (!m_deleteAction->isEnabled())
        return;
    const Key *selected = m_model->keyAt(m_model->rowOf(selectedKeyId()));
    if (!selected)
        return;
    const Key key = *selected;
    QStringList people, guests;
    for (const KeyHolder &h : m_holders->holders()) {
        QStringList &list = h.guest ? guests : people;
        if (!list.contains(h.person.displayName()))
            list << h.person.displayName();
    }
    const QStringList offline = m_model->offlineDoorNames(key.doorIds);
    // One consequence per line (MessageBox shows each as a paragraph).
    QStringList details;
    if (people.isEmpty() && guests.isEmpty())
        details << tr("Nobody holds this key, so nobody loses access.");
    if (people.size() == 1)
        details << tr("1 person holds this key and loses access to its doors through it: %1.")
                       .arg(people.first());
    else if (!people.isEmpty())
        details << tr("%n people hold this key and lose access to its doors through it: %1.", nullptr,
                      int(people.size()))
                       .arg(someNames(people));
    if (guests.size() == 1)
        details << tr("1 guest loses their guest pass of this key: %1.").arg(guests.first());
    else if (!guests.isEmpty())
        details << tr("%n guests lose their guest pass of this key: %1.", nullptr, int(guests.size()))
                       .arg(someNames(guests));
    if (!people.isEmpty() || !guests.isEmpty())
        details << tr("Doors they open with other keys stay open to them.");
    details << (offline.isEmpty()
                    ? tr("Its doors are online: they learn the change without a door sync.")
                    : tr("Afterwards, sync these offline doors, which let the holders in until then: %1.")
                          .arg(offline.join(tr(", "))));
    details << tr("A deleted key cannot be given again; its past activity stays in Activity.");
    if (!MessageBox::confirm(this, tr("Delete Key"), tr("Delete the key “%1”?").arg(key.name),
                             details.join(QLatin1Char('\n')), tr("Delete Key")))
        return;
    auto st = m_services.directory->deleteKey(m_manager, key.id);
    if (!st.ok()) {
        MessageBox::warning(this, tr("Delete Key"), tr("The key “%1” was not deleted.").arg(key.name),
                            st.error().message);
        refresh();
        return;
    }
    refresh();
    const int lost = int(people.size() + guests.size());
    const QString name = key.name.toHtmlEscaped();
    const QString text =
        lost == 0   ? tr("Key “%1” deleted.").arg(name)
        : lost == 1 ? tr("Key “%1” deleted: 1 person lost access through it.").arg(name)
                    : tr("Key “%1” deleted: %n people lost access through it.", nullptr, lost).arg(name);
    Q_EMIT keysChanged(text + QStringLiteral("<br>") + doorsToSyncText(offline));
}

} // namespace porter::ui
