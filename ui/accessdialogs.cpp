#include "accessdialogs.h"

#include "access/permissions.h"
#include "messagebox.h"
#include "settings.h"
#include "theme.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

constexpr int kKeyIdRole = Qt::UserRole;

// A wall-clock QDateTime (no zone attached) showing `utc` in `zone`: the edits hold the property's
// local time and are converted back with core's rules (localToUtc).
QDateTime wallClock(qint64 utc, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
    const QTime t = local.time();
    return QDateTime(local.date(), QTime(t.hour(), t.minute()));
}

qint64 toUtc(const QDateTime &wall, const QTimeZone &zone)
{
    return localToUtc(wall.date(), wall.time().hour() * 60 + wall.time().minute(), zone);
}

// The end of the local day `months` months after `utc`: expirations are whole days (a lease ends on a
// date), like the invitation's suggested expiry.
qint64 endOfDayAfter(qint64 utc, int months, const QTimeZone &zone)
{
    const QDate day = localDate(utc, zone).addMonths(months);
    return localToUtc(day, 23 * 60 + 59, zone);
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

// The latest expiration among the person's current keys other than `except`: the lease end entered
// when they were invited or last extended. None when no current key has one.
std::optional<qint64> leaseEndOf(const PersonDetail &d, qint64 now, Id except = 0)
{
    std::optional<qint64> end;
    for (const GrantView &g : d.grants) {
        if (g.grant.id == except || !g.grant.isCurrentOrFuture(now) || !g.grant.expiresAt)
            continue;
        end = end ? std::max(*end, *g.grant.expiresAt) : *g.grant.expiresAt;
    }
    return end;
}

} // namespace

// --- ExpiryChooser -------------------------------------------------------------------------------

ExpiryChooser::ExpiryChooser(const QTimeZone &zone, qint64 now, QWidget *parent)
    : QWidget(parent)
    , m_zone(zone)
    , m_now(now)
    , m_base(now)
    , m_edit(new QDateTimeEdit(this))
    , m_none(new QCheckBox(tr("No e&xpiration"), this))
    , m_sixMonths(new QPushButton(tr("+&6 months"), this))
    , m_oneYear(new QPushButton(tr("+1 &year"), this))
    , m_lease(new QPushButton(tr("&End of lease"), this))
    , m_hint(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("expiryEdit"));
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setCalendarPopup(true);
    m_edit->setAccessibleName(tr("Expiration date and time"));
    m_none->setObjectName(QStringLiteral("noExpiryCheck"));
    m_sixMonths->setObjectName(QStringLiteral("plusSixMonthsButton"));
    m_oneYear->setObjectName(QStringLiteral("plusOneYearButton"));
    m_lease->setObjectName(QStringLiteral("endOfLeaseButton"));
    for (QPushButton *b : {m_sixMonths, m_oneYear, m_lease}) {
        b->setAutoDefault(false);
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    }
    m_hint->setObjectName(QStringLiteral("expiryHint"));
    makeHint(m_hint);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    auto *quick = new QHBoxLayout;
    quick->addWidget(m_sixMonths);
    quick->addWidget(m_oneYear);
    quick->addWidget(m_lease);
    quick->addStretch();
    layout->addLayout(quick, 0, 1);
    layout->addWidget(m_none, 1, 0, 1, 2);
    layout->addWidget(m_hint, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_sixMonths, &QPushButton::clicked, this, [this] { jumpTo(endOfDayAfter(m_base, 6, m_zone)); });
    connect(m_oneYear, &QPushButton::clicked, this, [this] { jumpTo(endOfDayAfter(m_base, 12, m_zone)); });
    connect(m_lease, &QPushButton::clicked, this, [this] {
        if (m_leaseEnd)
            jumpTo(*m_leaseEnd);
    });
    connect(m_none, &QCheckBox::toggled, this, [this] {
        update();
        Q_EMIT changed();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &ExpiryChooser::changed);
    setBase(now);
    setLeaseEnd(std::nullopt);
    setExpiry(endOfDayAfter(now, 12, m_zone));
}

void ExpiryChooser::setBase(qint64 utc)
{
    m_base = std::max(utc, m_now);
    const QString from = DisplayText::localTime(m_base, m_zone);
    m_sixMonths->setToolTip(tr("Six months after %1, to the end of that day").arg(from));
    m_oneYear->setToolTip(tr("One year after %1, to the end of that day").arg(from));
}

void ExpiryChooser::setLeaseEnd(std::optional<qint64> utc)
{
    m_leaseEnd = utc;
    m_lease->setEnabled(utc.has_value() && *utc > m_now);
    m_lease->setToolTip(m_lease->isEnabled()
                            ? tr("The latest expiration of this person's other keys: %1")
                                  .arg(DisplayText::localTime(*utc, m_zone))
                            : tr("None of this person's other keys has an expiration date to match. Pick "
                                 "the lease end in the calendar."));
    update();
}

void ExpiryChooser::setExpiry(std::optional<qint64> utc)
{
    m_none->setChecked(!utc.has_value());
    if (utc)
        m_edit->setDateTime(wallClock(*utc, m_zone));
    update();
}

std::optional<qint64> ExpiryChooser::expiry() const
{
    if (m_none->isChecked())
        return std::nullopt;
    return toUtc(m_edit->dateTime(), m_zone);
}

void ExpiryChooser::jumpTo(qint64 utc)
{
    m_none->setChecked(false);
    m_edit->setDateTime(wallClock(utc, m_zone));
    m_edit->setFocus();
}

void ExpiryChooser::update()
{
    m_edit->setEnabled(!m_none->isChecked());
    if (m_none->isChecked()) {
        m_hint->setObjectName(QStringLiteral("warningLabel"));
        m_hint->setText(tr("Without an expiration this access will not end by itself. Recommended: the end "
                           "of the lease."));
    } else {
        m_hint->setObjectName(QStringLiteral("hint"));
        m_hint->setText(
            tr("Times are in the property's time zone (%1).").arg(DisplayText::zoneLabel(m_zone, m_now)));
    }
    m_hint->style()->unpolish(m_hint);
    m_hint->style()->polish(m_hint);
}

// --- AddKeyDialog --------------------------------------------------------------------------------

AddKeyDialog::AddKeyDialog(const Services &services, const Manager &manager, const Property &property,
                           const PersonDetail &person, bool again, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_property(property)
    , m_person(person)
    , m_zone(property.timeZone.toUtf8())
    , m_keys(new QTreeWidget(this))
    , m_startNow(new QRadioButton(tr("&Now"), this))
    , m_startLater(new QRadioButton(tr("&Later, on:"), this))
    , m_start(new QDateTimeEdit(this))
    , m_expiry(new ExpiryChooser(m_zone, services.clock->nowSecs(), this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addKeyDialog"));
    const QString name = person.person.displayName();
    setWindowTitle(again ? tr("Give Access Again") : tr("Add Key"));
    const qint64 now = services.clock->nowSecs();

    auto *intro = new QLabel(
        again ? tr("%1's access was revoked. Add the keys they need now; each key has its own start and "
                   "expiration.")
                    .arg(name)
              : tr("Add a key to %1. It has its own start and expiration.").arg(name),
        this);
    intro->setWordWrap(true);

    // The keys this manager may give and the person does not hold yet.
    QHash<Id, QString> doorNames;
    if (auto doors = services.directory->doors(manager, property.id); doors.ok()) {
        for (const Door &d : *doors)
            doorNames.insert(d.id, d.name);
    }
    QSet<Id> held;
    for (const GrantView &g : person.grants) {
        if (g.grant.isCurrentOrFuture(now))
            held.insert(g.grant.keyId);
    }
    m_keys->setObjectName(QStringLiteral("keyList"));
    m_keys->setAccessibleName(tr("Keys you may give"));
    m_keys->setHeaderLabels({tr("Key"), tr("Doors")});
    m_keys->setRootIsDecorated(false);
    m_keys->setAlternatingRowColors(true);
    m_keys->setSortingEnabled(true);
    m_keys->setWordWrap(true);
    m_keys->header()->setStretchLastSection(true);
    if (auto keys = services.directory->keys(manager, property.id); keys.ok()) {
        for (const Key &k : *keys) {
            if (held.contains(k.id) || !permissions::canGiveKey(manager, property, k.id).ok())
                continue;
            QStringList doors;
            for (Id d : k.doorIds)
                doors << doorNames.value(d);
            doors.sort(Qt::CaseInsensitive);
            auto *item = new QTreeWidgetItem(m_keys, {k.name, doors.join(tr(", "))});
            item->setIcon(0, icon(QStringLiteral("key")));
            item->setToolTip(1, doors.join(QLatin1Char('\n')));
            item->setData(0, kKeyIdRole, k.id);
        }
    }
    m_keys->sortByColumn(0, Qt::AscendingOrder);
    m_keys->resizeColumnToContents(0);
    auto *keysLabel = new QLabel(tr("&Key:"), this);
    keysLabel->setBuddy(m_keys);
    auto *noKeys =
        new QLabel(tr("There is no key you may give that %1 does not hold already.").arg(name), this);
    makeHint(noKeys);
    noKeys->setVisible(m_keys->topLevelItemCount() == 0);

    auto *startBox = new QGroupBox(tr("Start"), this);
    m_startNow->setChecked(true);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("Start date and time"));
    // A later start suggests tomorrow morning rather than this minute tomorrow.
    m_start->setDateTime(QDateTime(localDate(now, m_zone).addDays(1), QTime(9, 0)));
    m_start->setEnabled(false);
    auto *startLayout = new QGridLayout(startBox);
    startLayout->addWidget(m_startNow, 0, 0);
    startLayout->addWidget(m_startLater, 1, 0);
    startLayout->addWidget(m_start, 1, 1);
    startLayout->setColumnStretch(2, 1);
    connect(m_startLater, &QRadioButton::toggled, m_start, &QWidget::setEnabled);
    connect(m_startLater, &QRadioButton::toggled, this, [this](bool later) {
        m_expiry->setBase(later ? toUtc(m_start->dateTime(), m_zone) : m_services.clock->nowSecs());
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this,
            [this] { m_expiry->setBase(toUtc(m_start->dateTime(), m_zone)); });

    auto *expiryBox = new QGroupBox(tr("Expiration"), this);
    auto *expiryLayout = new QVBoxLayout(expiryBox);
    expiryLayout->addWidget(m_expiry);
    const auto lease = leaseEndOf(person, now);
    m_expiry->setLeaseEnd(lease);
    m_expiry->setExpiry(lease && *lease > now ? *lease : endOfDayAfter(now, 12, m_zone));

    QPushButton *ok =
        m_buttons->addButton(again ? tr("Give Access") : tr("Add Key"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("addKeyButton"));
    ok->setDefault(true);
    ok->setEnabled(false);
    connect(m_keys, &QTreeWidget::currentItemChanged, this,
            [ok](QTreeWidgetItem *current) { ok->setEnabled(current != nullptr); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddKeyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(keysLabel);
    layout->addWidget(m_keys, 1);
    layout->addWidget(noKeys);
    layout->addWidget(startBox);
    layout->addWidget(expiryBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(sizeHint().expandedTo(QSize(820, 540)));
}

bool AddKeyDialog::selectKey(Id keyId)
{
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        if (m_keys->topLevelItem(i)->data(0, kKeyIdRole).toLongLong() == keyId) {
            m_keys->setCurrentItem(m_keys->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString AddKeyDialog::keyName() const
{
    return m_keys->currentItem() ? m_keys->currentItem()->text(0) : QString();
}

void AddKeyDialog::accept()
{
    if (!m_keys->currentItem()) {
        m_error->setText(tr("Choose the key to add."));
        m_error->show();
        return;
    }
    const Id keyId = m_keys->currentItem()->data(0, kKeyIdRole).toLongLong();
    std::optional<qint64> start;
    if (m_startLater->isChecked())
        start = toUtc(m_start->dateTime(), m_zone);
    auto g = m_services.access->addKey(m_manager, m_person.person.id, keyId, start, m_expiry->expiry());
    if (!g.ok()) {
        m_error->setText(g.error().message);
        m_error->show();
        return;
    }
    m_grant = *g;
    QDialog::accept();
}

// --- ExpiryDialog --------------------------------------------------------------------------------

ExpiryDialog::ExpiryDialog(const Services &services, const Manager &manager, const Property &property,
                           const PersonDetail &person, const GrantView &grant, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_grant(grant)
    , m_expiry(new ExpiryChooser(QTimeZone(property.timeZone.toUtf8()), services.clock->nowSecs(), this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("expiryDialog"));
    setWindowTitle(tr("Change Expiration"));
    const qint64 now = services.clock->nowSecs();
    const QTimeZone zone(property.timeZone.toUtf8());
    const QString name = person.person.displayName();

    auto *intro =
        new QLabel(tr("When should %1's key “%2” stop opening its doors?").arg(name, grant.keyName), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *current = new QLabel(grant.grant.expiresAt ? DisplayText::localTime(*grant.grant.expiresAt, zone)
                                                     : tr("No expiration"),
                               this);
    current->setObjectName(QStringLiteral("currentExpiry"));
    form->addRow(tr("Current expiration:"), current);
    form->addRow(tr("Starts:"), new QLabel(DisplayText::localTime(grant.grant.startsAt, zone), this));

    m_expiry->setBase(grant.grant.expiresAt.value_or(std::max(now, grant.grant.startsAt)));
    m_expiry->setLeaseEnd(leaseEndOf(person, now, grant.grant.id));
    m_expiry->setExpiry(grant.grant.expiresAt);
    if (!grant.grant.expiresAt)
        m_expiry->edit()->setDateTime(wallClock(endOfDayAfter(now, 12, zone), zone));

    // Guest passes on this key never outlast the host's own access (docs/decisions.md).
    QStringList guests;
    for (const ShareView &s : person.guests) {
        if (!s.share.endedAt && s.share.keyId == grant.grant.keyId)
            guests << s.guestName;
    }
    auto *guestHint = new QLabel(this);
    makeHint(guestHint);
    guestHint->setObjectName(QStringLiteral("guestHint"));
    if (!guests.isEmpty())
        guestHint->setText(
            tr("Guest passes on this key that would last longer end at the new expiration: %1.")
                .arg(guests.join(tr(", "))));
    guestHint->setVisible(!guests.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Change Expiration"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("changeExpiryButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpiryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExpiryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    auto *box = new QGroupBox(tr("New expiration"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_expiry);
    layout->addWidget(box);
    layout->addWidget(guestHint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void ExpiryDialog::accept()
{
    auto g = m_services.access->setGrantExpiry(m_manager, m_grant.grant.id, m_expiry->expiry());
    if (!g.ok()) {
        m_error->setText(g.error().message);
        m_error->show();
        return;
    }
    m_result = *g;
    QDialog::accept();
}

// --- EditPersonDialog ----------------------------------------------------------------------------

EditPersonDialog::EditPersonDialog(const Services &services, const Manager &manager, const Property &property,
                                   const PersonDetail &person, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_person(person)
    , m_first(new QLineEdit(person.person.firstName, this))
    , m_last(new QLineEdit(person.person.lastName, this))
    , m_email(new QLineEdit(person.person.email, this))
    , m_phone(new QLineEdit(DisplayText::phone(person.person.phone, property.region), this))
    , m_language(new QComboBox(this))
    , m_resident(new QCheckBox(tr("&Resident of this property"), this))
    , m_mayShare(new QCheckBox(tr("May s&hare keys with guests"), this))
    , m_shareHint(new QLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("editPersonDialog"));
    setWindowTitle(tr("Edit Details"));
    m_first->setObjectName(QStringLiteral("firstNameEdit"));
    m_last->setObjectName(QStringLiteral("lastNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_resident->setObjectName(QStringLiteral("residentCheck"));
    m_mayShare->setObjectName(QStringLiteral("mayShareCheck"));
    m_shareHint->setObjectName(QStringLiteral("shareHint"));
    m_first->setAccessibleName(tr("First name"));
    m_last->setAccessibleName(tr("Last name"));
    m_email->setAccessibleName(tr("Email"));
    m_phone->setAccessibleName(tr("Phone"));
    m_email->setMinimumWidth(280);
    m_resident->setChecked(person.person.resident);
    m_mayShare->setChecked(person.person.mayShare);
    const bool guest = person.person.hostPersonId.has_value();
    m_resident->setEnabled(!guest);
    m_mayShare->setEnabled(!guest);
    if (guest) {
        m_resident->setToolTip(tr("Guests are not residents; invite them to make them one."));
        m_mayShare->setToolTip(tr("Guests cannot share keys further."));
    }
    for (const ShareView &s : person.guests) {
        if (!s.share.endedAt && s.share.permanent())
            ++m_permanentGuests;
    }

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&First name:"), m_first);
    addRow(tr("La&st name:"), m_last);
    addRow(tr("&Email:"), m_email);
    addRow(tr("&Phone:"), m_phone);
    // Not known (people invited before issue 10) reads as English, which is what they get.
    m_language->setObjectName(QStringLiteral("mailLanguageCombo"));
    m_language->setAccessibleName(tr("Language for emails"));
    m_language->setToolTip(tr("The welcome email and the daily doorcodes are written in this language"));
    settings::fillMailLanguages(m_language, person.person.language);
    addRow(tr("Lan&guage for emails:"), m_language);
    auto *emailHint = new QLabel(tr("The welcome email and the app sign-in use this address. After changing "
                                    "it, resend the welcome email."),
                                 this);
    makeHint(emailHint);
    makeHint(m_shareHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Save Details"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("saveDetailsButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditPersonDialog::reject);
    connect(m_mayShare, &QCheckBox::toggled, this, &EditPersonDialog::updateShareHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(emailHint);
    layout->addWidget(m_resident);
    layout->addWidget(m_mayShare);
    layout->addWidget(m_shareHint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    updateShareHint();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

void EditPersonDialog::updateShareHint()
{
    const bool ending = m_person.person.mayShare && !m_mayShare->isChecked() && m_permanentGuests > 0;
    if (ending)
        m_shareHint->setText(
            m_permanentGuests == 1
                ? tr("Turning this off ends their 1 permanent guest pass now. Timed guest "
                     "passes run to their end.")
                : tr("Turning this off ends their %n permanent guest passes now. Timed guest "
                     "passes run to their end.",
                     nullptr, m_permanentGuests));
    else
        m_shareHint->setText(
            tr("Guests they share with get a pass inside their own access; see the Guests tab."));
    m_shareHint->setObjectName(ending ? QStringLiteral("warningLabel") : QStringLiteral("hint"));
    m_shareHint->style()->unpolish(m_shareHint);
    m_shareHint->style()->polish(m_shareHint);
}

void EditPersonDialog::accept()
{
    PersonEdit edit;
    edit.contact.firstName = m_first->text().trimmed();
    edit.contact.lastName = m_last->text().trimmed();
    edit.contact.email = m_email->text().trimmed();
    edit.contact.phone = m_phone->text().trimmed();
    edit.resident = m_resident->isChecked();
    edit.mayShare = m_mayShare->isChecked();
    // Only a choice the manager made: an unknown language shown as English stays unknown.
    const QString language = m_language->currentData().toString();
    const QString current =
        m_person.person.language.isEmpty() ? QStringLiteral("en") : m_person.person.language;
    if (language != current)
        edit.language = language;
    if (m_person.person.mayShare && !edit.mayShare && m_permanentGuests > 0) {
        const QString name = m_person.person.displayName();
        QStringList guests;
        for (const ShareView &s : m_person.guests) {
            if (!s.share.endedAt && s.share.permanent() && !guests.contains(s.guestName))
                guests << s.guestName;
        }
        if (!MessageBox::confirm(
                this, tr("Edit Details"), tr("Stop %1 sharing keys?").arg(name),
                tr("These guests lose their permanent passes now: %1.\nTimed guest passes run "
                   "to their end.\nAfterwards, sync the affected offline doors.")
                    .arg(guests.join(tr(", "))),
                tr("Save Details")))
            return;
    }
    auto r = m_services.access->editPerson(m_manager, m_person.person.id, edit);
    if (!r.ok()) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    m_result = *r;
    QDialog::accept();
}

} // namespace porter::ui
