#include "personpanel.h"

#include "statusstyle.h"
#include "theme.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

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
    return t;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

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
    , m_keysHint(new QLabel(this))
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

    // Keys tab: the grants, then "Revoke All Keys" at the bottom, where the seed puts it.
    auto *keysPage = new QWidget(this);
    auto *keysLayout = new QVBoxLayout(keysPage);
    keysLayout->setContentsMargins(6, 6, 6, 6);
    keysLayout->addWidget(m_keys, 1);
    makeHint(m_keysHint);
    keysLayout->addWidget(m_keysHint);
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
    m_tabs->addTab(m_guests, icon(QStringLiteral("person")), tr("Guests"));
    m_tabs->addTab(m_keycards, tr("Keycards"));
    m_tabs->addTab(m_activity, tr("Activity"));

    auto *info = new QVBoxLayout;
    info->setSpacing(12);
    info->addLayout(header);
    info->addLayout(contact);
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

    // Door names for the Keys tab.
    QHash<Id, QString> doorNames;
    QHash<Id, QStringList> keyDoors;
    if (auto doors = m_services.directory->doors(m_manager, p.propertyId); doors.ok()) {
        for (const Door &d : *doors)
            doorNames.insert(d.id, d.name);
    }
    if (auto keys = m_services.directory->keys(m_manager, p.propertyId); keys.ok()) {
        for (const Key &k : *keys) {
            QStringList names;
            for (Id d : k.doorIds)
                names << doorNames.value(d);
            keyDoors.insert(k.id, names);
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

    m_keys->clear();
    int open = 0;
    int openEnded = 0;
    for (const GrantView &g : m_detail.grants) {
        const auto [state, look] =
            grantState(g.grant.endedAt, g.grant.endReason, g.grant.startsAt, g.grant.expiresAt);
        const QString doors = keyDoors.value(g.grant.keyId).join(tr(", "));
        auto *item =
            new QTreeWidgetItem(m_keys, {g.keyName, when(g.grant.startsAt),
                                         when(g.grant.expiresAt, tr("No expiration")), state, doors});
        item->setIcon(0, icon(QStringLiteral("key")));
        item->setIcon(3, statusIcon(look));
        item->setToolTip(4, doors);
        item->setData(0, Qt::UserRole, g.grant.id);
        if (g.grant.isCurrentOrFuture(now)) {
            ++open;
            if (!g.grant.expiresAt)
                ++openEnded;
        }
    }
    for (const ShareView &s : m_detail.guestPasses) {
        const auto [state, look] =
            grantState(s.share.endedAt, s.share.endReason, s.share.startsAt, s.share.expiresAt);
        auto *item =
            new QTreeWidgetItem(m_keys, {tr("%1 (shared by %2)").arg(s.keyName, s.hostName),
                                         keyDoors.value(s.share.keyId).join(tr(", ")), when(s.share.startsAt),
                                         when(s.share.expiresAt, tr("Permanent")), state});
        item->setIcon(4, statusIcon(look));
    }
    if (m_detail.grants.isEmpty() && m_detail.guestPasses.isEmpty())
        m_keysHint->setText(tr("No keys. Give keys with a new invitation."));
    else if (openEnded > 0)
        m_keysHint->setText((openEnded == 1
                                 ? tr("1 key has no expiration date: this access will not end by itself.")
                                 : tr("%n keys have no expiration date: this access will not end by itself.",
                                      nullptr, openEnded)));
    else if (open == 0)
        m_keysHint->setText(tr("No current keys. Revoked people stay listed under “Show expired users”."));
    else
        m_keysHint->clear();
    m_keysHint->setVisible(!m_keysHint->text().isEmpty());

    m_guests->clear();
    for (const ShareView &s : m_detail.guests) {
        const auto [state, look] =
            grantState(s.share.endedAt, s.share.endReason, s.share.startsAt, s.share.expiresAt);
        auto *item =
            new QTreeWidgetItem(m_guests, {s.guestName, when(s.share.startsAt),
                                           when(s.share.expiresAt, tr("Permanent")), state, s.keyName});
        item->setIcon(3, statusIcon(look));
    }
    QSet<Id> guestIds;
    for (const ShareView &s : m_detail.guests)
        guestIds.insert(s.share.guestPersonId);
    m_tabs->setTabText(1, guestIds.isEmpty() ? tr("Guests") : tr("Guests (%1)").arg(guestIds.size()));

    m_keycards->clear();
    for (const Keycard &k : m_detail.keycards) {
        auto *item = new QTreeWidgetItem(
            m_keycards, {k.serial, k.active ? tr("Active") : tr("Inactive"), when(k.enrolledAt)});
        item->setIcon(1, statusIcon(k.active ? PersonStatus::Active : PersonStatus::NoAccess));
    }
    if (m_detail.keycards.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_keycards, {tr("No keycards enrolled.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }

    m_activity->clear();
    for (const ActivityEvent &e : m_detail.activity) {
        QString what = DisplayText::action(e.action);
        if (!e.result.isEmpty() && e.action.startsWith(QLatin1String("door")))
            what = tr("%1: %2").arg(what, e.result);
        QString details = e.detail;
        if (!e.reason.isEmpty())
            details = details.isEmpty() ? e.reason : tr("%1 (%2)").arg(details, e.reason);
        auto *item = new QTreeWidgetItem(m_activity, {when(e.at), what, e.actor, details});
        item->setToolTip(3, details);
    }

    for (QTreeWidget *t : {m_keys, m_guests, m_keycards, m_activity}) {
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);
    }
}

} // namespace porter::ui
