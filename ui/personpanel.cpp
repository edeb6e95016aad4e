#include "personpanel.h"

#include "access/permissions.h"
#include "accessdialogs.h"
#include "messagebox.h"
#include "statusstyle.h"
#include "theme.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/outboxmodel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <limits>

namespace porter::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1; // Keys tab: a grant (0) or a guest pass held (1)
constexpr int kSortRole = Qt::UserRole + 2; // what a column sorts by when its text does not (times)
constexpr int kGrantRow = 0;
constexpr int kShareRow = 1;

std::function<void(QDialog *)> &dialogHook()
{
    static std::function<void(QDialog *)> hook;
    return hook;
}

// Sorts a column by its kSortRole when it has one (times as UTC seconds, "no expiration" last).
class SortItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(c, kSortRole);
        const QVariant b = other.data(c, kSortRole);
        if (a.isValid() && b.isValid())
            return a.toLongLong() < b.toLongLong();
        return QString::localeAwareCompare(text(c), other.text(c)) < 0;
    }
};

// An activity's actor is "Name <email>" (or "Host (on behalf of Name <email>)"): the name is what a
// manager reads in the column; the email goes to the tooltip.
QString actorName(const QString &actor)
{
    static const QRegularExpression email(QStringLiteral("\\s*<[^<>]*>"));
    QString name = actor;
    name.remove(email);
    return name.trimmed().isEmpty() ? actor : name.trimmed();
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent, const QString &name)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->header()->setStretchLastSection(true);
    t->header()->setSectionResizeMode(QHeaderView::Interactive);
    t->setSortingEnabled(true);
    t->setTextElideMode(Qt::ElideRight);
    return t;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Emails, phones and dates read on one line; a long one is shown whole in its tooltip.
    l->setWordWrap(false);
    return l;
}

} // namespace

void PersonPanel::setDialogHook(std::function<void(QDialog *)> hook)
{
    dialogHook() = std::move(hook);
}

PersonPanel::PersonPanel(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_name(new QLabel(this))
    , m_status(new QLabel(this))
    , m_role(new QLabel(this))
    , m_email(valueLabel(this))
    , m_phone(valueLabel(this))
    , m_method(valueLabel(this))
    , m_sharing(valueLabel(this))
    , m_created(valueLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_keys(makeTree({tr("Key"), tr("Start"), tr("Expiration"), tr("Status"), tr("Doors")}, this,
                      QStringLiteral("keysTree")))
    , m_guests(makeTree({tr("Guest"), tr("Start"), tr("Until"), tr("Status"), tr("Key")}, this,
                        QStringLiteral("guestsTree")))
    , m_keycards(makeTree({tr("Serial"), tr("State"), tr("Enrolled")}, this, QStringLiteral("keycardsTree")))
    , m_activity(
          makeTree({tr("When"), tr("What"), tr("By"), tr("Details")}, this, QStringLiteral("activityTree")))
    , m_emails(
          makeTree({tr("Created"), tr("Kind"), tr("Subject"), tr("To"), tr("State"), tr("Server's reason")},
                   this, QStringLiteral("emailsTree")))
    , m_keysHint(new QLabel(this))
    , m_addKey(new QPushButton(icon(QStringLiteral("key")), tr("&Add Key…"), this))
    , m_changeExpiry(new QPushButton(tr("Change E&xpiration…"), this))
    , m_removeKey(new QPushButton(tr("Re&move Key…"), this))
    , m_editDetails(new QPushButton(tr("Edit De&tails…"), this))
    , m_resendWelcome(new QPushButton(tr("Resend &Welcome Email"), this))
    , m_endPass(new QPushButton(tr("&End Guest Pass…"), this))
    , m_enrollCard(new QPushButton(tr("E&nroll Keycard…"), this))
    , m_cardActive(new QPushButton(tr("&Deactivate Keycard"), this))
    , m_revoke(new QPushButton(icon(QStringLiteral("revoke")), tr("Revoke All Keys…"), this))
    , m_delete(new QPushButton(icon(QStringLiteral("delete")), tr("Delete Person…"), this))
{
    m_placeholder->setText(tr("Select a person to see their keys, guests, keycards and activity."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    makeHint(m_placeholder);
    m_placeholder->setMargin(24);

    m_name->setObjectName(QStringLiteral("personName"));
    makeHeading(m_name, 1.35);
    m_name->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("personStatus"));
    makeHint(m_role);

    auto *page = new QWidget(this);
    auto *header = new QHBoxLayout;
    auto *avatar = new QLabel(page);
    avatar->setPixmap(icon(QStringLiteral("person")).pixmap(QSize(40, 40)));
    header->addWidget(avatar, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_name);
    names->addWidget(m_status);
    names->addWidget(m_role);
    header->addLayout(names, 1);

    auto *contact = new QFormLayout;
    contact->setLabelAlignment(Qt::AlignRight);
    contact->setHorizontalSpacing(12);
    contact->setVerticalSpacing(4);
    contact->addRow(tr("Email:"), m_email);
    contact->addRow(tr("Phone:"), m_phone);
    contact->addRow(tr("Access by:"), m_method);
    contact->addRow(tr("May share:"), m_sharing);
    contact->addRow(tr("Invited:"), m_created);
    m_email->setObjectName(QStringLiteral("personEmail"));
    m_keys->setAccessibleName(tr("Keys of this person"));
    m_guests->setAccessibleName(tr("Guest passes this person gave"));
    m_keycards->setAccessibleName(tr("Keycards"));
    m_activity->setAccessibleName(tr("Activity of this person"));
    m_emails->setAccessibleName(tr("Emails to this person"));
    m_editDetails->setObjectName(QStringLiteral("editDetailsButton"));
    m_resendWelcome->setObjectName(QStringLiteral("resendWelcomeButton"));
    auto *personButtons = new QVBoxLayout;
    personButtons->setSpacing(4);
    personButtons->addWidget(m_editDetails);
    personButtons->addWidget(m_resendWelcome);
    connect(m_editDetails, &QPushButton::clicked, this, &PersonPanel::editDetails);
    connect(m_resendWelcome, &QPushButton::clicked, this, &PersonPanel::resendWelcome);

    // Keys tab: the grants, then "Revoke All Keys" at the bottom, where the seed puts it.
    auto *keysPage = new QWidget(this);
    auto *keysLayout = new QVBoxLayout(keysPage);
    keysLayout->setContentsMargins(6, 6, 6, 6);
    keysLayout->addWidget(m_keys, 1);
    makeHint(m_keysHint);
    keysLayout->addWidget(m_keysHint);
    // The seed's "Add, edit the expiration, or delete their Keys", then "Revoke All Keys" at the bottom.
    m_addKey->setObjectName(QStringLiteral("addKeyButton"));
    m_changeExpiry->setObjectName(QStringLiteral("changeExpiryButton"));
    m_removeKey->setObjectName(QStringLiteral("removeKeyButton"));
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_addKey);
    editButtons->addWidget(m_changeExpiry);
    editButtons->addWidget(m_removeKey);
    editButtons->addStretch();
    keysLayout->addLayout(editButtons);
    connect(m_addKey, &QPushButton::clicked, this, &PersonPanel::addKey);
    connect(m_changeExpiry, &QPushButton::clicked, this, &PersonPanel::changeExpiration);
    connect(m_removeKey, &QPushButton::clicked, this, &PersonPanel::removeKey);
    for (QTreeWidget *t : {m_keys, m_guests}) {
        t->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(t, &QTreeWidget::customContextMenuRequested, this,
                [this, t](const QPoint &pos) { showContextMenu(t, pos); });
        connect(t, &QTreeWidget::currentItemChanged, this, &PersonPanel::updateButtons);
    }
    connect(m_keys, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kKindRole).toInt() == kGrantRow && m_changeExpiry->isEnabled())
            changeExpiration();
    });
    connect(m_guests, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && m_endPass->isEnabled())
            endGuestPass();
    });

    // Guests tab: the passes this person gave, with "End Guest Pass".
    auto *guestsPage = new QWidget(this);
    auto *guestsLayout = new QVBoxLayout(guestsPage);
    guestsLayout->setContentsMargins(6, 6, 6, 6);
    guestsLayout->addWidget(m_guests, 1);
    m_endPass->setObjectName(QStringLiteral("endGuestPassButton"));
    auto *guestButtons = new QHBoxLayout;
    guestButtons->addWidget(m_endPass);
    guestButtons->addStretch();
    guestsLayout->addLayout(guestButtons);
    connect(m_endPass, &QPushButton::clicked, this, &PersonPanel::endGuestPass);
    auto *keyButtons = new QHBoxLayout;
    m_revoke->setObjectName(QStringLiteral("revokeAllButton"));
    m_delete->setObjectName(QStringLiteral("deletePersonButton"));
    keyButtons->addWidget(m_revoke);
    keyButtons->addStretch();
    keyButtons->addWidget(m_delete);
    keysLayout->addLayout(keyButtons);
    connect(m_revoke, &QPushButton::clicked, this, &PersonPanel::revokeAllRequested);
    connect(m_delete, &QPushButton::clicked, this, &PersonPanel::deleteRequested);

    m_tabs->setObjectName(QStringLiteral("personTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(keysPage, icon(QStringLiteral("key")), tr("Keys"));
    m_tabs->addTab(guestsPage, icon(QStringLiteral("person")), tr("Guests"));
    // Keycards tab: the person's cards, with "Enroll Keycard…" and "Deactivate"/"Activate".
    auto *cardsPage = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cardsPage);
    cardsLayout->setContentsMargins(6, 6, 6, 6);
    cardsLayout->addWidget(m_keycards, 1);
    m_enrollCard->setObjectName(QStringLiteral("enrollKeycardButton"));
    m_cardActive->setObjectName(QStringLiteral("keycardActiveButton"));
    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_enrollCard);
    cardButtons->addWidget(m_cardActive);
    cardButtons->addStretch();
    cardsLayout->addLayout(cardButtons);
    connect(m_enrollCard, &QPushButton::clicked, this, &PersonPanel::enrollKeycard);
    connect(m_cardActive, &QPushButton::clicked, this, &PersonPanel::toggleKeycard);
    connect(m_keycards, &QTreeWidget::currentItemChanged, this, &PersonPanel::updateButtons);
    m_tabs->addTab(cardsPage, tr("Keycards"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->addTab(m_emails, tr("Emails"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &PersonPanel::updateButtons);
    // First order: keys and guest passes in the order they were given (by start; the sort is stable),
    // cards by serial, activity and mail newest first. A reload keeps whatever order the manager
    // picked since.
    m_keys->sortByColumn(1, Qt::AscendingOrder);
    m_guests->sortByColumn(1, Qt::AscendingOrder);
    m_keycards->sortByColumn(0, Qt::AscendingOrder);
    for (QTreeWidget *t : {m_activity, m_emails})
        t->sortByColumn(0, Qt::DescendingOrder);

    auto *info = new QVBoxLayout;
    info->setSpacing(12);
    info->addLayout(header);
    info->addLayout(contact);
    info->addLayout(personButtons);
    info->addStretch();
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(16, 12, 12, 10);
    pageLayout->setSpacing(18);
    pageLayout->addLayout(info, 0);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void PersonPanel::setManager(const Manager &manager)
{
    m_manager = manager;
}

void PersonPanel::setProperty(const Property &property)
{
    m_property = property;
    m_zone = property.timeZone.isEmpty() ? QTimeZone() : QTimeZone(property.timeZone.toUtf8());
}

void PersonPanel::setActionsEnabled(bool revoke, bool remove)
{
    m_revoke->setEnabled(revoke);
    m_delete->setEnabled(remove);
}

void PersonPanel::showPerson(Id personId)
{
    m_personId = personId;
    reload();
}

void PersonPanel::reload()
{
    m_detail = PersonDetail();
    if (m_personId == 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    auto detail = m_services.queries->person(m_manager, m_personId);
    if (!detail.ok()) {
        m_placeholder->setText(detail.error().message);
        m_stack->setCurrentIndex(0);
        return;
    }
    m_detail = *detail;
    fill();
    m_stack->setCurrentIndex(1);
}

QString PersonPanel::when(qint64 utc) const
{
    return DisplayText::localTime(utc, m_zone);
}

QString PersonPanel::when(const std::optional<qint64> &utc, const QString &none) const
{
    return utc ? when(*utc) : none;
}

void PersonPanel::reloadEmails()
{
    if (m_personId == 0 || m_detail.person.id != m_personId)
        return;
    fillEmails();
    for (int c = 0; c < m_emails->columnCount() - 1; ++c)
        m_emails->resizeColumnToContents(c);
}

// The Emails tab: each email Porter wrote to this person and its delivery state (issue 10), as the
// Outbox shows it; the server's reason for a failure in full in its tooltip.
void PersonPanel::fillEmails()
{
    m_emails->setSortingEnabled(false);
    m_emails->clear();
    OutboxFilter mailFilter;
    mailFilter.personId = m_detail.person.id;
    if (m_services.outbox) {
        auto mail = m_services.outbox->messages(m_manager, mailFilter);
        if (mail.ok()) {
            for (const OutboxMessage &m : *mail) {
                QString state = m.status == QLatin1String("sent") && m.sentAt
                                    ? OutboxModel::sentText(when(*m.sentAt))
                                    : OutboxModel::stateText(m.status);
                if (OutboxModel::waitsForRetry(m))
                    state = tr("%1, %2").arg(state, OutboxModel::retryText(when(m.nextAttemptAt)));
                auto *item = new SortItem(
                    m_emails, QStringList{when(m.createdAt), OutboxModel::kindText(m.kind), m.subject, m.to,
                                          state, OutboxModel::shortReason(m.lastError)});
                item->setData(0, kSortRole, m.createdAt);
                item->setData(0, kIdRole, m.id);
                item->setToolTip(2, m.body.isEmpty() ? m.subject : m.body);
                item->setToolTip(3, m.to);
                item->setToolTip(4, state);
                item->setToolTip(5, m.lastError);
            }
        }
    }
    m_emails->setSortingEnabled(true);
    m_tabs->setTabText(4, m_emails->topLevelItemCount() == 0
                              ? tr("Emails")
                              : tr("Emails (%1)").arg(m_emails->topLevelItemCount()));
}

void PersonPanel::fill()
{
    const Person &p = m_detail.person;
    const qint64 now = m_services.clock->nowSecs();
    m_name->setText(p.displayName());
    const QColor color = statusColor(m_detail.status);
    m_status->setText(QStringLiteral("<span style=\"color:%1; font-weight:600\">&#9679; %2</span>")
                          .arg(color.name(), DisplayText::status(m_detail.status).toHtmlEscaped()));
    QStringList roles;
    if (p.resident)
        roles << tr("Resident");
    if (p.hostPersonId) {
        QString host;
        for (const ShareView &s : m_detail.guestPasses)
            host = s.hostName;
        roles << (host.isEmpty() ? tr("Guest") : tr("Guest of %1").arg(host));
    }
    if (roles.isEmpty())
        roles << tr("Not a resident");
    m_role->setText(roles.join(QStringLiteral(" · ")));
    m_email->setText(p.email.isEmpty() ? tr("—") : p.email);
    m_phone->setText(p.phone.isEmpty() ? tr("—") : DisplayText::phone(p.phone, m_property.region));
    m_method->setText(DisplayText::accessMethod(p.accessMethod));
    m_sharing->setText(p.mayShare ? tr("Yes, with guests") : tr("No"));
    m_created->setText(when(p.createdAt));

    m_email->setToolTip(p.email);
    m_phone->setToolTip(m_phone->text());
    m_created->setToolTip(m_created->text());

    // Door names for the Keys tab.
    m_doorsById.clear();
    m_keysById.clear();
    QHash<Id, QStringList> keyDoors;
    if (auto doors = m_services.directory->doors(m_manager, p.propertyId); doors.ok()) {
        for (const Door &d : *doors)
            m_doorsById.insert(d.id, d);
    }
    if (auto keys = m_services.directory->keys(m_manager, p.propertyId); keys.ok()) {
        for (const Key &k : *keys) {
            m_keysById.insert(k.id, k);
            keyDoors.insert(k.id, doorNamesOfKey(k.id));
        }
    }

    auto grantState = [&](std::optional<qint64> endedAt, EndReason reason, qint64 start,
                          std::optional<qint64> expiry) -> std::pair<QString, PersonStatus> {
        if (endedAt)
            return {DisplayText::endReason(reason), PersonStatus::Revoked};
        if (expiry && *expiry <= now)
            return {tr("Expired"), PersonStatus::Expired};
        if (start > now)
            return {tr("Starts later"), PersonStatus::Invited};
        return {tr("Active"), PersonStatus::Active};
    };
    // "No expiration" / "Permanent" sort after every date.
    auto expirySort = [](std::optional<qint64> e) { return e ? *e : std::numeric_limits<qint64>::max(); };

    const int selectedKind = m_keys->currentItem() ? m_keys->currentItem()->data(0, kKindRole).toInt() : -1;
    const Id selectedKeyRow =
        m_keys->currentItem() ? m_keys->currentItem()->data(0, kIdRole).toLongLong() : 0;
    const Id selectedGuestRow =
        m_guests->currentItem() ? m_guests->currentItem()->data(0, kIdRole).toLongLong() : 0;

    m_keys->setSortingEnabled(false);
    m_keys->clear();
    int open = 0;
    int openEnded = 0;
    for (const GrantView &g : m_detail.grants) {
        const auto [state, look] =
            grantState(g.grant.endedAt, g.grant.endReason, g.grant.startsAt, g.grant.expiresAt);
        const QString doors = keyDoors.value(g.grant.keyId).join(tr(", "));
        auto *item =
            new SortItem(m_keys, QStringList{g.keyName, when(g.grant.startsAt),
                                             when(g.grant.expiresAt, tr("No expiration")), state, doors});
        item->setIcon(0, icon(QStringLiteral("key")));
        item->setIcon(3, statusIcon(look));
        item->setToolTip(4, doors);
        item->setData(0, kIdRole, g.grant.id);
        item->setData(0, kKindRole, kGrantRow);
        item->setData(1, kSortRole, g.grant.startsAt);
        item->setData(2, kSortRole, expirySort(g.grant.expiresAt));
        if (g.grant.isCurrentOrFuture(now)) {
            ++open;
            if (!g.grant.expiresAt)
                ++openEnded;
        }
    }
    for (const ShareView &s : m_detail.guestPasses) {
        const auto [state, look] =
            grantState(s.share.endedAt, s.share.endReason, s.share.startsAt, s.share.expiresAt);
        const QString doors = keyDoors.value(s.share.keyId).join(tr(", "));
        auto *item = new SortItem(
            m_keys, QStringList{tr("%1 (shared by %2)").arg(s.keyName, s.hostName), when(s.share.startsAt),
                                when(s.share.expiresAt, tr("Permanent")), state, doors});
        item->setIcon(0, icon(QStringLiteral("key")));
        item->setIcon(3, statusIcon(look));
        item->setToolTip(0, item->text(0));
        item->setToolTip(4, doors);
        item->setData(0, kIdRole, s.share.id);
        item->setData(0, kKindRole, kShareRow);
        item->setData(1, kSortRole, s.share.startsAt);
        item->setData(2, kSortRole, expirySort(s.share.expiresAt));
    }
    m_keys->setSortingEnabled(true);
    if (m_detail.grants.isEmpty() && m_detail.guestPasses.isEmpty())
        m_keysHint->setText(p.hostPersonId ? tr("No guest passes.")
                                           : tr("No keys yet. Add a key to give access."));
    else if (openEnded > 0)
        m_keysHint->setText((openEnded == 1
                                 ? tr("1 key has no expiration date: this access will not end by itself.")
                                 : tr("%n keys have no expiration date: this access will not end by itself.",
                                      nullptr, openEnded)));
    else if (open == 0 && m_detail.guestPasses.isEmpty())
        m_keysHint->setText(p.revokedAt
                                ? tr("Access revoked. Give access again to add keys; they stay listed "
                                     "under “Show expired users” until then.")
                                : tr("No current keys. Add a key to give access again."));
    else
        m_keysHint->clear();
    m_keysHint->setVisible(!m_keysHint->text().isEmpty());

    m_guests->setSortingEnabled(false);
    m_guests->clear();
    for (const ShareView &s : m_detail.guests) {
        const auto [state, look] =
            grantState(s.share.endedAt, s.share.endReason, s.share.startsAt, s.share.expiresAt);
        auto *item =
            new SortItem(m_guests, QStringList{s.guestName, when(s.share.startsAt),
                                               when(s.share.expiresAt, tr("Permanent")), state, s.keyName});
        item->setIcon(3, statusIcon(look));
        item->setData(0, kIdRole, s.share.id);
        item->setData(1, kSortRole, s.share.startsAt);
        item->setData(2, kSortRole, expirySort(s.share.expiresAt));
    }
    m_guests->setSortingEnabled(true);
    QSet<Id> guestIds;
    for (const ShareView &s : m_detail.guests)
        guestIds.insert(s.share.guestPersonId);
    m_tabs->setTabText(1, guestIds.isEmpty() ? tr("Guests") : tr("Guests (%1)").arg(guestIds.size()));

    m_keycards->setSortingEnabled(false);
    m_keycards->clear();
    for (const Keycard &k : m_detail.keycards) {
        auto *item = new SortItem(
            m_keycards, QStringList{k.serial, k.active ? tr("Active") : tr("Inactive"), when(k.enrolledAt)});
        item->setIcon(1, statusIcon(k.active ? PersonStatus::Active : PersonStatus::NoAccess));
        item->setData(2, kSortRole, k.enrolledAt);
        item->setData(0, kIdRole, k.id);
    }
    if (m_detail.keycards.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_keycards, {tr("No keycards enrolled.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    } else {
        m_keycards->setSortingEnabled(true);
    }

    m_activity->setSortingEnabled(false);
    m_activity->clear();
    for (const ActivityEvent &e : m_detail.activity) {
        QString what = DisplayText::action(e.action);
        if (!e.result.isEmpty() && e.action.startsWith(QLatin1String("door")))
            what = tr("%1: %2").arg(what, e.result);
        QString details = e.detail;
        if (!e.reason.isEmpty())
            details = details.isEmpty() ? e.reason : tr("%1 (%2)").arg(details, e.reason);
        auto *item = new SortItem(m_activity, QStringList{when(e.at), what, actorName(e.actor), details});
        item->setData(0, kSortRole, e.at);
        item->setToolTip(1, what);
        item->setToolTip(2, e.actor);
        item->setToolTip(3, details);
    }
    m_activity->setSortingEnabled(true);

    fillEmails();

    for (QTreeWidget *t : {m_keys, m_guests, m_keycards, m_activity, m_emails}) {
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);
    }
    // Keep the selected row across a reload (the change just made is on it).
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_keys->topLevelItem(i);
        if (item->data(0, kKindRole).toInt() == selectedKind &&
            item->data(0, kIdRole).toLongLong() == selectedKeyRow)
            m_keys->setCurrentItem(item);
    }
    for (int i = 0; i < m_guests->topLevelItemCount(); ++i) {
        if (m_guests->topLevelItem(i)->data(0, kIdRole).toLongLong() == selectedGuestRow)
            m_guests->setCurrentItem(m_guests->topLevelItem(i));
    }
    updateButtons();
}

QStringList PersonPanel::doorNamesOfKey(Id keyId) const
{
    QStringList names;
    for (Id d : m_keysById.value(keyId).doorIds)
        names << m_doorsById.value(d).name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool PersonPanel::selectGrant(Id grantId)
{
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_keys->topLevelItem(i);
        if (item->data(0, kKindRole).toInt() == kGrantRow && item->data(0, kIdRole).toLongLong() == grantId) {
            m_tabs->setCurrentIndex(0);
            m_keys->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool PersonPanel::selectShare(Id shareId)
{
    for (int i = 0; i < m_guests->topLevelItemCount(); ++i) {
        if (m_guests->topLevelItem(i)->data(0, kIdRole).toLongLong() == shareId) {
            m_tabs->setCurrentIndex(1);
            m_guests->setCurrentItem(m_guests->topLevelItem(i));
            return true;
        }
    }
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_keys->topLevelItem(i);
        if (item->data(0, kKindRole).toInt() == kShareRow && item->data(0, kIdRole).toLongLong() == shareId) {
            m_tabs->setCurrentIndex(0);
            m_keys->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

const GrantView *PersonPanel::selectedGrant() const
{
    const QTreeWidgetItem *item = m_keys->currentItem();
    if (!item || item->data(0, kKindRole).toInt() != kGrantRow)
        return nullptr;
    const Id id = item->data(0, kIdRole).toLongLong();
    for (const GrantView &g : m_detail.grants) {
        if (g.grant.id == id)
            return &g;
    }
    return nullptr;
}

const ShareView *PersonPanel::selectedShare() const
{
    if (m_tabs->currentIndex() == 1) {
        const QTreeWidgetItem *item = m_guests->currentItem();
        if (!item)
            return nullptr;
        const Id id = item->data(0, kIdRole).toLongLong();
        for (const ShareView &s : m_detail.guests) {
            if (s.share.id == id)
                return &s;
        }
        return nullptr;
    }
    const QTreeWidgetItem *item = m_keys->currentItem();
    if (!item || item->data(0, kKindRole).toInt() != kShareRow)
        return nullptr;
    const Id id = item->data(0, kIdRole).toLongLong();
    for (const ShareView &s : m_detail.guestPasses) {
        if (s.share.id == id)
            return &s;
    }
    return nullptr;
}

void PersonPanel::updateButtons()
{
    const qint64 now = m_services.clock->nowSecs();
    const Person &p = m_detail.person;
    const bool live = m_personId != 0 && p.id == m_personId && !p.deletedAt;
    const bool guest = p.hostPersonId.has_value();
    // Each button says why it is disabled: the missing right (core's permission message), or what to
    // do first.
    auto set = [](QPushButton *b, const QString &why, const QString &tip) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why.isEmpty() ? tip : why);
    };
    const Status people = permissions::canManagePeople(m_manager, m_property);
    const QString noPeople = people.ok() ? QString() : people.error().message;
    QString deleted = live ? QString() : tr("%1 was deleted.").arg(p.displayName());

    bool current = false;
    for (const GrantView &g : m_detail.grants)
        current = current || g.grant.isCurrentOrFuture(now);
    const bool again = !guest && p.revokedAt.has_value() && !current;
    m_addKey->setText(again ? tr("&Give Access Again…") : tr("&Add Key…"));
    QString why = !deleted.isEmpty() ? deleted
                  : guest ? tr("Guests hold the passes their host shares. Invite them to give them keys.")
                          : noPeople;
    set(m_addKey, why,
        again ? tr("Add keys to %1 again; their access was revoked.").arg(p.displayName())
              : tr("Add a key to %1, with its own start and expiration.").arg(p.displayName()));

    const GrantView *g = selectedGrant();
    why = !deleted.isEmpty() ? deleted : !noPeople.isEmpty() ? noPeople : QString();
    if (why.isEmpty() && !g)
        why = tr("Select a key first.");
    if (why.isEmpty() && g->grant.endedAt)
        why = tr("This key has ended. Add the key again instead.");
    if (why.isEmpty()) {
        if (auto st = permissions::canGiveKey(m_manager, m_property, g->grant.keyId); !st.ok())
            why = st.error().message;
    }
    set(m_changeExpiry, why, tr("Change when this key stops opening its doors (double-click the key)."));
    set(m_removeKey, why, tr("Take this key away; the person keeps their other keys."));

    const QList<Id> held = heldKeyIds();
    why = deleted;
    if (why.isEmpty()) {
        if (auto st = permissions::canRevokePerson(m_manager, m_property, held); !st.ok())
            why = st.error().message;
    }
    set(m_editDetails, why, tr("Change the contact details, Resident and May share."));

    why = !deleted.isEmpty()    ? deleted
          : !noPeople.isEmpty() ? noPeople
          : guest               ? tr("Guests get no welcome email; their host shares the pass with them.")
          : !current            ? tr("%1 holds no current key. Add a key first.").arg(p.displayName())
                                : QString();
    set(m_resendWelcome, why, tr("Queue a new welcome email to %1.").arg(p.email));

    const ShareView *s = selectedShare();
    why = !deleted.isEmpty() ? deleted : !noPeople.isEmpty() ? noPeople : QString();
    if (why.isEmpty() && !s)
        why = tr("Select a guest pass first.");
    if (why.isEmpty() && s->share.endedAt)
        why = tr("This guest pass has already ended.");
    if (why.isEmpty()) {
        if (auto st = permissions::canGiveKey(m_manager, m_property, s->share.keyId); !st.ok())
            why = st.error().message;
    }
    set(m_endPass, why, tr("End this guest pass now; the guest keeps their other passes."));

    // A keycard opens every door of every key the person holds: the right to give each of them.
    why = deleted;
    if (why.isEmpty()) {
        if (auto st = permissions::canIssueCredential(m_manager, m_property, heldKeyIds()); !st.ok())
            why = st.error().message;
    }
    set(m_enrollCard, why,
        tr("Register a keycard's serial number for %1; it opens the doors of their keys once the doors "
           "are synced.")
            .arg(p.displayName()));
    const Keycard *card = selectedKeycard();
    m_cardActive->setText(card && !card->active ? tr("&Activate Keycard") : tr("&Deactivate Keycard"));
    if (why.isEmpty() && !card)
        why = tr("Select a keycard first.");
    set(m_cardActive, why,
        card && !card->active ? tr("Let this keycard open doors again.")
                              : tr("Stop this keycard opening doors, e.g. when it is lost."));
}

const Keycard *PersonPanel::selectedKeycard() const
{
    const QTreeWidgetItem *item = m_keycards->currentItem();
    if (!item)
        return nullptr;
    const Id id = item->data(0, kIdRole).toLongLong();
    for (const Keycard &k : m_detail.keycards) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

QList<Id> PersonPanel::heldKeyIds() const
{
    const qint64 now = m_services.clock->nowSecs();
    QList<Id> held;
    for (const GrantView &v : m_detail.grants) {
        if (v.grant.isCurrentOrFuture(now))
            held << v.grant.keyId;
    }
    for (const ShareView &v : m_detail.guestPasses) {
        if (!v.share.endedAt)
            held << v.share.keyId;
    }
    return held;
}

QList<Id> PersonPanel::doorsOfHeldKeys() const
{
    QList<Id> doors;
    for (Id key : heldKeyIds())
        doors << m_keysById.value(key).doorIds;
    return doors;
}

void PersonPanel::showContextMenu(QTreeWidget *tree, const QPoint &pos)
{
    if (QTreeWidgetItem *item = tree->itemAt(pos))
        tree->setCurrentItem(item);
    QMenu menu(this);
    auto add = [&](QPushButton *b, void (PersonPanel::*slot)()) {
        QAction *a = menu.addAction(b->icon(), b->text(), this, slot);
        a->setEnabled(b->isEnabled());
        a->setToolTip(b->toolTip());
        a->setObjectName(b->objectName() + QStringLiteral("Action"));
    };
    if (tree == m_keys) {
        const bool shareRow =
            tree->currentItem() && tree->currentItem()->data(0, kKindRole).toInt() == kShareRow;
        if (shareRow) {
            add(m_endPass, &PersonPanel::endGuestPass);
        } else {
            add(m_addKey, &PersonPanel::addKey);
            add(m_changeExpiry, &PersonPanel::changeExpiration);
            add(m_removeKey, &PersonPanel::removeKey);
        }
    } else {
        add(m_endPass, &PersonPanel::endGuestPass);
    }
    menu.setToolTipsVisible(true);
    menu.exec(tree->viewport()->mapToGlobal(pos));
}

bool PersonPanel::runDialog(QDialog &dialog)
{
    if (dialogHook()) {
        dialogHook()(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

QString PersonPanel::doorsToSync(const QList<Id> &doorIds) const
{
    QStringList names;
    for (Id id : doorIds)
        names << m_doorsById.value(id).name;
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names.join(tr(", "));
}

void PersonPanel::done(const QString &message, const QList<Id> &doorIds)
{
    QString text = message;
    // Which offline doors now need a sync: core's door sync tasks, among the doors this change is about.
    QList<Id> pending;
    const QDate today = localDate(m_services.clock->nowSecs(), m_zone);
    if (auto tasks = m_services.queries->syncTasks(m_manager, m_property.id, today); tasks.ok()) {
        for (const DoorSyncTask &t : *tasks) {
            if (doorIds.contains(t.door.id))
                pending << t.door.id;
        }
    }
    if (!pending.isEmpty())
        text += QStringLiteral("<br>") + tr("Sync these doors for the change to reach them: %1.")
                                             .arg(doorsToSync(pending).toHtmlEscaped());
    if (isSignalConnected(QMetaMethod::fromSignal(&PersonPanel::accessChanged)))
        Q_EMIT accessChanged(text);
    else
        reload();
}

void PersonPanel::addKey()
{
    if (!m_addKey->isEnabled())
        return;
    bool current = false;
    for (const GrantView &g : m_detail.grants)
        current = current || g.grant.isCurrentOrFuture(m_services.clock->nowSecs());
    const bool again = !m_detail.person.hostPersonId && m_detail.person.revokedAt && !current;
    AddKeyDialog dialog(m_services, m_manager, m_property, m_detail, again, this);
    if (!runDialog(dialog))
        return;
    const QString name = m_detail.person.displayName().toHtmlEscaped();
    const Id grantId = dialog.grant().id;
    done(again
             ? tr("%1 has access again: the key “%2” was added.").arg(name, dialog.keyName().toHtmlEscaped())
             : tr("The key “%1” was added to %2.").arg(dialog.keyName().toHtmlEscaped(), name),
         m_keysById.value(dialog.grant().keyId).doorIds);
    selectGrant(grantId);
}

void PersonPanel::changeExpiration()
{
    const GrantView *g = selectedGrant();
    if (!m_changeExpiry->isEnabled() || !g)
        return;
    const GrantView grant = *g;
    ExpiryDialog dialog(m_services, m_manager, m_property, m_detail, grant, this);
    if (!runDialog(dialog))
        return;
    const Grant &r = dialog.grant();
    done(tr("%1's key “%2” now expires: %3.")
             .arg(m_detail.person.displayName().toHtmlEscaped(), grant.keyName.toHtmlEscaped(),
                  when(r.expiresAt, tr("no expiration")).toHtmlEscaped()),
         m_keysById.value(grant.grant.keyId).doorIds);
    selectGrant(grant.grant.id);
}

void PersonPanel::removeKey()
{
    const GrantView *g = selectedGrant();
    if (!m_removeKey->isEnabled() || !g)
        return;
    const GrantView grant = *g;
    const QString name = m_detail.person.displayName();
    QStringList permanent;
    QStringList timed;
    for (const ShareView &s : m_detail.guests) {
        if (s.share.endedAt || s.share.keyId != grant.grant.keyId)
            continue;
        if (s.share.permanent())
            permanent << s.guestName;
        else
            timed << tr("%1 (until %2)").arg(s.guestName, when(*s.share.expiresAt));
    }
    QStringList details;
    const QStringList doors = doorNamesOfKey(grant.grant.keyId);
    details << tr("%1 will no longer open %2 with this key once the doors have been synced.")
                   .arg(name, doors.isEmpty() ? tr("its doors") : doors.join(tr(", ")));
    if (!permanent.isEmpty())
        details
            << tr("These guests lose their permanent pass on this key: %1.").arg(permanent.join(tr(", ")));
    if (!timed.isEmpty())
        details << tr("Timed guest passes on this key run to their end: %1.").arg(timed.join(tr(", ")));
    details << tr("%1 keeps their other keys.").arg(name);
    details << tr("Afterwards, sync the affected offline doors: until then they still let %1 in.").arg(name);
    if (!MessageBox::confirm(this, tr("Remove Key"),
                             tr("Remove the key “%1” from %2?").arg(grant.keyName, name),
                             details.join(QLatin1Char('\n')), tr("Remove Key")))
        return;
    auto st = m_services.access->removeKey(m_manager, grant.grant.id);
    if (!st.ok()) {
        MessageBox::warning(this, tr("Remove Key"), tr("The key “%1” was not removed.").arg(grant.keyName),
                            st.error().message);
        return;
    }
    done(tr("The key “%1” was removed from %2.").arg(grant.keyName.toHtmlEscaped(), name.toHtmlEscaped()),
         m_keysById.value(grant.grant.keyId).doorIds);
}

void PersonPanel::editDetails()
{
    if (!m_editDetails->isEnabled())
        return;
    EditPersonDialog dialog(m_services, m_manager, m_property, m_detail, this);
    if (!runDialog(dialog))
        return;
    const EditPersonResult &r = dialog.editResult();
    QString text = r.changed.isEmpty()
                       ? tr("Nothing to change for %1.").arg(r.person.displayName().toHtmlEscaped())
                       : tr("The details of %1 were saved.").arg(r.person.displayName().toHtmlEscaped());
    if (r.sharesEnded > 0)
        text += QLatin1Char(' ') + (r.sharesEnded == 1
                                        ? tr("1 permanent guest pass ended.")
                                        : tr("%n permanent guest passes ended.", nullptr, r.sharesEnded));
    if (r.changed.contains(QStringLiteral("email")))
        text += QLatin1Char(' ') + tr("Resend the welcome email so they can sign in with the new address.");
    done(text, r.doorsToSync);
}

void PersonPanel::endGuestPass()
{
    const ShareView *sv = selectedShare();
    if (!m_endPass->isEnabled() || !sv)
        return;
    const ShareView s = *sv;
    // On a host's Guests tab the row names the guest; on a guest's own Keys tab, the guest is this person.
    const QString guest = s.guestName.isEmpty() ? m_detail.person.displayName() : s.guestName;
    const QString host = s.hostName.isEmpty() ? m_detail.person.displayName() : s.hostName;
    const QStringList doors = doorNamesOfKey(s.share.keyId);
    QStringList details;
    details
        << tr("%1 will no longer open %2 with the key “%3” shared by %4, once the doors have been synced.")
               .arg(guest, doors.isEmpty() ? tr("its doors") : doors.join(tr(", ")), s.keyName, host);
    details << tr("Their other guest passes stay.");
    details << tr("Afterwards, sync the affected offline doors.");
    if (!MessageBox::confirm(this, tr("End Guest Pass"), tr("End the guest pass of %1?").arg(guest),
                             details.join(QLatin1Char('\n')), tr("End Guest Pass")))
        return;
    auto r = m_services.access->endShare(m_manager, s.share.id);
    if (!r.ok()) {
        MessageBox::warning(this, tr("End Guest Pass"), tr("The guest pass of %1 was not ended.").arg(guest),
                            r.error().message);
        return;
    }
    done(tr("The guest pass of %1 for “%2” ended.").arg(guest.toHtmlEscaped(), s.keyName.toHtmlEscaped()),
         r->doorsToSync);
}

void PersonPanel::resendWelcome()
{
    if (!m_resendWelcome->isEnabled())
        return;
    const QString name = m_detail.person.displayName();
    auto r = m_services.access->resendWelcome(m_manager, m_detail.person.id);
    if (!r.ok()) {
        MessageBox::warning(this, tr("Resend Welcome Email"),
                            tr("No welcome email was queued for %1.").arg(name), r.error().message);
        return;
    }
    done(tr("A new welcome email to %1 <%2> is queued; see the Emails tab.")
             .arg(name.toHtmlEscaped(), m_detail.person.email.toHtmlEscaped()),
         {});
}

void PersonPanel::enrollKeycard()
{
    if (!m_enrollCard->isEnabled())
        return;
    const QString name = m_detail.person.displayName();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("enrollKeycardDialog"));
    dialog.setWindowTitle(tr("Enroll Keycard"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Hold the card to your reader, or type the serial number (UID) printed on it "
                                "or shown by the card programmer. Keycard for %1.")
                                 .arg(name.toHtmlEscaped()),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *serial = new QLineEdit(&dialog);
    serial->setObjectName(QStringLiteral("serialEdit"));
    serial->setPlaceholderText(QStringLiteral("04:A2:2B:3C:91:5E:80"));
    serial->setAccessibleName(tr("Serial number"));
    auto *serialLabel = new QLabel(tr("&Serial number:"), &dialog);
    serialLabel->setBuddy(serial);
    form->addRow(serialLabel, serial);
    auto *activate = new QCheckBox(tr("A&ctive at once"), &dialog);
    activate->setObjectName(QStringLiteral("activeCheck"));
    activate->setChecked(true);
    form->addRow(QString(), activate);
    layout->addLayout(form);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enroll"));
    layout->addWidget(buttons);
    connect(serial, &QLineEdit::textChanged, error, &QLabel::hide);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    std::optional<Keycard> enrolled;
    // Core checks the serial and the right; a refusal stays in the dialog, beside what to fix.
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto r = m_services.access->enrollKeycard(m_manager, m_detail.person.id, serial->text(),
                                                  activate->isChecked());
        if (!r.ok()) {
            error->setText(r.error().message);
            error->show();
            serial->setFocus();
            return;
        }
        enrolled = *r;
        dialog.accept();
    });
    if (!runDialog(dialog) || !enrolled)
        return;
    done(enrolled->active
             ? tr("Keycard %1 is enrolled for %2 and opens their doors once they are synced.")
                   .arg(enrolled->serial, name.toHtmlEscaped())
             : tr("Keycard %1 is enrolled for %2, inactive.").arg(enrolled->serial, name.toHtmlEscaped()),
         doorsOfHeldKeys());
}

void PersonPanel::toggleKeycard()
{
    const Keycard *selected = selectedKeycard();
    if (!m_cardActive->isEnabled() || !selected)
        return;
    const Keycard card = *selected;
    const QString name = m_detail.person.displayName();
    if (card.active &&
        !MessageBox::confirm(
            this, tr("Deactivate Keycard"), tr("Deactivate keycard %1 of %2?").arg(card.serial, name),
            tr("The card stops opening doors once the doors have been synced; the person keeps "
               "their keys, app access or doorcode. You can activate the card again."),
            tr("Deactivate")))
        return;
    auto r = m_services.access->setKeycardActive(m_manager, card.id, !card.active);
    if (!r.ok()) {
        MessageBox::warning(this, tr("Keycard"), tr("Keycard %1 was not changed.").arg(card.serial),
                            r.error().message);
        return;
    }
    done(r->active ? tr("Keycard %1 of %2 is active again.").arg(card.serial, name.toHtmlEscaped())
                   : tr("Keycard %1 of %2 is deactivated.").arg(card.serial, name.toHtmlEscaped()),
         doorsOfHeldKeys());
}

} // namespace porter::ui
