#include "invitedialog.h"

#include "access/permissions.h"
#include "keydialog.h"
#include "theme.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

constexpr int kKeyIdRole = Qt::UserRole + 1;

QGroupBox *step(int number, const QString &title, QWidget *parent)
{
    //: Invite dialog section title: step number and name, e.g. "1. Access method"
    auto *box = new QGroupBox(InviteDialog::tr("%1. %2").arg(number).arg(title), parent);
    return box;
}

// A wall-clock QDateTime (no zone attached) showing `utc` in `zone`: the edits hold the property's
// local time and are converted back with core's rules (localToUtc).
QDateTime wallClock(qint64 utc, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
    QTime t = local.time();
    t = QTime(t.hour(), t.minute());
    return QDateTime(local.date(), t);
}

} // namespace

InviteDialog::InviteDialog(const Services &services, const Manager &manager, const Property &property,
                           QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_property(property)
    , m_zone(property.timeZone.toUtf8())
    , m_app(new QRadioButton(tr("Porter &app"), this))
    , m_doorcode(new QRadioButton(tr("Daily &doorcode"), this))
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_keys(new QTreeWidget(this))
    , m_resident(new QCheckBox(tr("&Resident of this property"), this))
    , m_mayShare(new QCheckBox(tr("May &share keys with guests"), this))
    , m_startNow(new QRadioButton(tr("&Now"), this))
    , m_startLater(new QRadioButton(tr("&Later, on:"), this))
    , m_start(new QDateTimeEdit(this))
    , m_startHint(new QLabel(this))
    , m_expires(new QCheckBox(tr("Access &expires on:"), this))
    , m_expiry(new QDateTimeEdit(this))
    , m_expiryHint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Invite Someone to %1").arg(property.name));
    setObjectName(QStringLiteral("inviteDialog"));
    const qint64 now = services.clock->nowSecs();
    const QString zoneLabel = DisplayText::zoneLabel(m_zone, now);

    // 1. Access method
    auto *method = step(1, tr("Access method"), this);
    auto *methodGroup = new QButtonGroup(this);
    methodGroup->addButton(m_app);
    methodGroup->addButton(m_doorcode);
    m_app->setChecked(true);
    auto *appHint =
        new QLabel(tr("Opens doors from their phone; the welcome email has the app login."), this);
    auto *codeHint = new QLabel(tr("A new keypad code every day, sent to them; no smartphone needed."), this);
    makeHint(appHint);
    makeHint(codeHint);
    auto *methodLayout = new QGridLayout(method);
    methodLayout->addWidget(m_app, 0, 0);
    methodLayout->addWidget(appHint, 0, 1);
    methodLayout->addWidget(m_doorcode, 1, 0);
    methodLayout->addWidget(codeHint, 1, 1);
    methodLayout->setColumnStretch(1, 1);

    // 2. Contact details
    auto *contact = step(2, tr("Contact details"), this);
    m_first->setObjectName(QStringLiteral("firstNameEdit"));
    m_last->setObjectName(QStringLiteral("lastNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone->setPlaceholderText(tr("e.g. (212) 555-0142 or +1 212 555 0142"));
    auto *contactForm = new QFormLayout(contact);
    auto *names = new QHBoxLayout;
    m_first->setPlaceholderText(tr("First name"));
    m_last->setPlaceholderText(tr("Last name"));
    names->addWidget(m_first);
    names->addWidget(m_last);
    // A row whose field is a layout gets no buddy from QFormLayout: without one the mnemonic's "&"
    // would show as text. The first-name field takes the focus.
    auto *nameLabel = new QLabel(tr("Na&me:"), contact);
    nameLabel->setBuddy(m_first);
    contactForm->addRow(nameLabel, names);
    contactForm->addRow(tr("E&mail:"), m_email);
    contactForm->addRow(tr("P&hone:"), m_phone);

    // 3. Keys
    auto *keysBox = step(3, tr("Keys"), this);
    m_keys->setObjectName(QStringLiteral("keysTree"));
    m_keys->setHeaderLabels({tr("Key"), tr("Doors"), tr("Schedule")});
    m_keys->setRootIsDecorated(false);
    m_keys->setUniformRowHeights(true);
    m_keys->setMinimumHeight(fontMetrics().height() * 7);
    QHash<Id, Door> doors;
    if (auto list = services.directory->doors(manager, property.id); list.ok()) {
        for (const Door &d : *list)
            doors.insert(d.id, d);
    }
    if (auto keys = services.directory->keys(manager, property.id); keys.ok()) {
        for (const Key &k : *keys) {
            QStringList doorNames;
            bool offline = false;
            for (Id id : k.doorIds) {
                doorNames << doors.value(id).name;
                offline = offline || doors.value(id).connectivity == Connectivity::Offline;
            }
            auto *item =
                new QTreeWidgetItem(m_keys, {k.name, doorNames.join(tr(", ")),
                                             k.schedule.always() ? tr("Always") : k.schedule.toText()});
            item->setIcon(0, icon(QStringLiteral("key")));
            item->setData(0, kKeyIdRole, k.id);
            item->setCheckState(0, Qt::Unchecked);
            QStringList notes;
            if (!k.shareable)
                notes << tr("Cannot be shared with guests.");
            if (!k.doorcodesAllowed)
                notes << tr("Doorcodes are not allowed with this key.");
            if (offline)
                notes << tr("Some of its doors are offline and need a door sync.");
            const Status allowed = permissions::canGiveKey(manager, property, k.id);
            if (!allowed.ok()) {
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                notes << allowed.error().message;
            }
            for (int c = 0; c < 3; ++c)
                item->setToolTip(c, notes.join(QLatin1Char('\n')));
        }
    }
    m_keys->resizeColumnToContents(0);
    m_keys->resizeColumnToContents(1);
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keys);
    if (m_keys->topLevelItemCount() == 0) {
        // A new property is no dead end: its first key is created from here, in the Keys page's dialog.
        const Status mayCreate = permissions::canManageKeys(manager, property);
        auto *none = new QWidget(this);
        auto *noneLayout = new QHBoxLayout(none);
        noneLayout->setContentsMargins(0, 0, 0, 0);
        auto *noneText = new QLabel(
            mayCreate.ok() ? tr("This property has no keys yet. Create one, and it is ticked here.")
                           : tr("This property has no keys yet. %1").arg(mayCreate.error().message),
            none);
        noneText->setObjectName(QStringLiteral("warningLabel"));
        noneText->setWordWrap(true);
        auto *create = new QPushButton(icon(QStringLiteral("key")), tr("Create a &Key…"), none);
        create->setObjectName(QStringLiteral("createKeyButton"));
        create->setAutoDefault(false);
        create->setEnabled(mayCreate.ok());
        create->setToolTip(mayCreate.ok() ? tr("Create a key: its doors, weekly schedule and options")
                                          : mayCreate.error().message);
        noneLayout->addWidget(noneText, 1);
        noneLayout->addWidget(create, 0, Qt::AlignTop);
        keysLayout->addWidget(none);
        connect(create, &QPushButton::clicked, this, [this, none, doors] {
            KeyDialog dialog(m_services, m_manager, m_property, this);
            if (!KeyDialog::run(dialog))
                return;
            const Key &k = dialog.savedKey();
            QStringList doorNames;
            for (Id id : k.doorIds)
                doorNames << doors.value(id).name;
            auto *item =
                new QTreeWidgetItem(m_keys, {k.name, doorNames.join(tr(", ")),
                                             k.schedule.always() ? tr("Always") : k.schedule.toText()});
            item->setIcon(0, icon(QStringLiteral("key")));
            item->setData(0, kKeyIdRole, k.id);
            item->setCheckState(0, Qt::Checked);
            m_keys->resizeColumnToContents(0);
            m_keys->resizeColumnToContents(1);
            none->hide();
            updateState();
        });
    }

    // 4. Resident and sharing
    auto *flags = step(4, tr("Resident and sharing"), this);
    m_resident->setObjectName(QStringLiteral("residentCheck"));
    m_mayShare->setObjectName(QStringLiteral("mayShareCheck"));
    auto *residentHint =
        new QLabel(tr("A resident's activity at their own residence doors stays private."), this);
    makeHint(residentHint);
    auto *flagsLayout = new QVBoxLayout(flags);
    flagsLayout->addWidget(m_resident);
    flagsLayout->addWidget(residentHint);
    flagsLayout->addWidget(m_mayShare);

    // 5. Start
    auto *startBox = step(5, tr("Start"), this);
    auto *startGroup = new QButtonGroup(this);
    startGroup->addButton(m_startNow);
    startGroup->addButton(m_startLater);
    m_startNow->setChecked(true);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_start->setDateTime(wallClock(now, m_zone));
    makeHint(m_startHint);
    m_startHint->setText(tr("Times are in the property's time zone: %1. With a later start, the welcome "
                            "email still goes out today.")
                             .arg(zoneLabel));
    auto *startLayout = new QGridLayout(startBox);
    startLayout->addWidget(m_startNow, 0, 0);
    startLayout->addWidget(m_startLater, 1, 0);
    startLayout->addWidget(m_start, 1, 1);
    startLayout->addWidget(m_startHint, 2, 0, 1, 3);
    startLayout->setColumnStretch(2, 1);

    // 6. Expiration
    auto *expiryBox = step(6, tr("Expiration"), this);
    m_expires->setObjectName(QStringLiteral("expiresCheck"));
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setCalendarPopup(true);
    {
        QDateTime suggested = wallClock(now, m_zone).addYears(1);
        suggested.setTime(QTime(23, 59));
        m_expiry->setDateTime(suggested);
    }
    m_expiryHint->setObjectName(QStringLiteral("expiryHint"));
    m_expiryHint->setWordWrap(true);
    auto *expiryLayout = new QGridLayout(expiryBox);
    expiryLayout->addWidget(m_expires, 0, 0);
    expiryLayout->addWidget(m_expiry, 0, 1);
    expiryLayout->addWidget(m_expiryHint, 1, 0, 1, 3);
    expiryLayout->setColumnStretch(2, 1);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    // Two columns read in the seed's order (1-3 left, 4-6 right) and fit a laptop screen unscrolled.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    auto *leftColumn = new QVBoxLayout;
    leftColumn->setSpacing(10);
    leftColumn->addWidget(method);
    leftColumn->addWidget(contact);
    leftColumn->addWidget(keysBox, 1);
    auto *rightColumn = new QVBoxLayout;
    rightColumn->setSpacing(10);
    rightColumn->addWidget(flags);
    rightColumn->addWidget(startBox);
    rightColumn->addWidget(expiryBox);
    rightColumn->addStretch();
    columns->addLayout(leftColumn, 3);
    columns->addLayout(rightColumn, 2);

    auto *title = new QLabel(tr("Invite someone to %1").arg(property.name), this);
    makeHeading(title, 1.3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = buttons->addButton(tr("Send Invitation"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    send->setIcon(icon(QStringLiteral("invite")));
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &InviteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InviteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_startLater, &QRadioButton::toggled, this, &InviteDialog::updateState);
    connect(m_expires, &QCheckBox::toggled, this, &InviteDialog::updateState);
    updateState();
    resize(1040, 640);
    m_first->setFocus();
}

QString InviteDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool InviteDialog::checkKey(const QString &name, bool checked)
{
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_keys->topLevelItem(i);
        if (item->text(0) == name) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void InviteDialog::updateState()
{
    m_start->setEnabled(m_startLater->isChecked());
    m_expiry->setEnabled(m_expires->isChecked());
    const QString zone = DisplayText::zoneLabel(m_zone, m_services.clock->nowSecs());
    if (m_expires->isChecked()) {
        m_expiryHint->setObjectName(QStringLiteral("hint"));
        m_expiryHint->setText(
            tr("Access ends by itself at this time (%1), even at doors that have not been synced.")
                .arg(zone));
    } else {
        m_expiryHint->setObjectName(QStringLiteral("warningLabel"));
        m_expiryHint->setText(tr("Recommended: set an expiration date, such as the end of the lease, so "
                                 "access is removed automatically on the right day."));
    }
    m_expiryHint->style()->unpolish(m_expiryHint);
    m_expiryHint->style()->polish(m_expiryHint);
}

qint64 InviteDialog::toUtc(const QDateTimeEdit *edit) const
{
    const QDateTime dt = edit->dateTime();
    return localToUtc(dt.date(), dt.time().hour() * 60 + dt.time().minute(), m_zone);
}

InviteRequest InviteDialog::request() const
{
    InviteRequest r;
    r.propertyId = m_property.id;
    r.method = m_doorcode->isChecked() ? AccessMethod::Doorcode : AccessMethod::App;
    r.contact.firstName = m_first->text().trimmed();
    r.contact.lastName = m_last->text().trimmed();
    r.contact.email = m_email->text().trimmed();
    r.contact.phone = m_phone->text().trimmed();
    for (int i = 0; i < m_keys->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_keys->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            r.keyIds << item->data(0, kKeyIdRole).toLongLong();
    }
    r.resident = m_resident->isChecked();
    r.mayShare = m_mayShare->isChecked();
    if (m_startLater->isChecked())
        r.startsAt = toUtc(m_start);
    if (m_expires->isChecked())
        r.expiresAt = toUtc(m_expiry);
    return r;
}

void InviteDialog::accept()
{
    // Core validates everything and writes nothing on error; its message is shown as is.
    auto result = m_services.access->invite(m_manager, request());
    if (!result.ok()) {
        m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    m_result = *result;
    QDialog::accept();
}

} // namespace porter::ui
