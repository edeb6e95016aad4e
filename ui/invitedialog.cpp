#include "invitedialog.h"

#include "access/permissions.h"
#include "access/validation.h"
#include "keydialog.h"
#include "settings.h"
#include "theme.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
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
    // would show as text. The first-name field takes the focus. Each mnemonic letter is used once in
    // the dialog (Alt+N is "Now", Alt+E "expires"), so Alt+M reaches the name and Alt+I the email.
    m_nameLabel = new QLabel(tr("Na&me:"), contact);
    m_nameLabel->setObjectName(QStringLiteral("nameLabel"));
    m_nameLabel->setBuddy(m_first);
    m_first->setAccessibleName(tr("First name"));
    m_last->setAccessibleName(tr("Last name"));
    m_email->setAccessibleName(tr("Email"));
    m_phone->setAccessibleName(tr("Phone"));
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addLayout(names);
    nameColumn->addWidget(addFieldError(m_first));
    nameColumn->addWidget(addFieldError(m_last));
    contactForm->addRow(m_nameLabel, nameColumn);
    const auto fieldRow = [&](const QString &label, QLineEdit *edit) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(addFieldError(edit));
        auto *l = new QLabel(label, contact);
        l->setBuddy(edit);
        contactForm->addRow(l, column);
    };
    fieldRow(tr("Ema&il:"), m_email);
    fieldRow(tr("P&hone:"), m_phone);
    // The welcome email and the daily doorcodes are written in this language (issue 10).
    m_language = new QComboBox(contact);
    m_language->setObjectName(QStringLiteral("mailLanguageCombo"));
    m_language->setAccessibleName(tr("Language for emails"));
    m_language->setToolTip(tr("The welcome email and the daily doorcodes are written in this language"));
    settings::fillMailLanguages(m_language, settings::defaultMailLanguage());
    auto *languageLabel = new QLabel(tr("Lan&guage for emails:"), contact);
    languageLabel->setBuddy(m_language);
    contactForm->addRow(languageLabel, m_language);

    // 3. Keys
    auto *keysBox = step(3, tr("Keys"), this);
    m_keys->setObjectName(QStringLiteral("keysTree"));
    m_keys->setHeaderLabels({tr("Key"), tr("Doors"), tr("Schedule")});
    m_keys->setRootIsDecorated(false);
    m_keys->setUniformRowHeights(true);
    m_keys->setAccessibleName(tr("Keys"));
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
            // A cell cut short by its column shows whole in its tooltip, with the key's notes.
            for (int c = 0; c < 3; ++c)
                item->setToolTip(c, QStringList(QStringList{item->text(c)} + notes).join(QLatin1Char('\n')));
        }
    }
    // All three columns fit the list's width: the key and its schedule as wide as their text (the
    // schedule at most a third of the list), the doors share the rest and are elided, never a
    // horizontal scrollbar.
    m_keys->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_keys->setTextElideMode(Qt::ElideRight);
    m_keys->header()->setStretchLastSection(false);
    m_keys->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_keys->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_keys->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_keys->header()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("Doors")) + 16);
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keys);
    keysLayout->addWidget(addFieldError(m_keys));
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
    m_start->setAccessibleName(tr("Start date and time"));
    // The default is "Now" (core starts the access when it is written); the date only appears, set
    // to the next full hour, when the manager picks a later start.
    m_start->setDateTime(wallClock(now + 3600 - now % 3600, m_zone));
    m_start->hide();
    makeHint(m_startHint);
    m_startHint->setText(tr("Times are in the property's time zone: %1. With a later start, the welcome "
                            "email still goes out today.")
                             .arg(zoneLabel));
    auto *startLayout = new QGridLayout(startBox);
    startLayout->addWidget(m_startNow, 0, 0);
    startLayout->addWidget(m_startLater, 1, 0);
    startLayout->addWidget(m_start, 1, 1);
    startLayout->addWidget(addFieldError(m_start), 2, 1, 1, 2);
    startLayout->addWidget(m_startHint, 3, 0, 1, 3);
    startLayout->setColumnStretch(2, 1);

    // 6. Expiration
    auto *expiryBox = step(6, tr("Expiration"), this);
    m_expires->setObjectName(QStringLiteral("expiresCheck"));
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setAccessibleName(tr("Expiration date and time"));
    {
        QDateTime suggested = wallClock(now, m_zone).addYears(1);
        suggested.setTime(QTime(23, 59));
        m_expiry->setDateTime(suggested);
    }
    settings::applyDefaultExpiration(m_expires, m_expiry, wallClock(now, m_zone).date()); // Settings
    m_expiryHint->setObjectName(QStringLiteral("expiryHint"));
    m_expiryHint->setWordWrap(true);
    auto *expiryLayout = new QGridLayout(expiryBox);
    expiryLayout->addWidget(m_expires, 0, 0);
    expiryLayout->addWidget(m_expiry, 0, 1);
    expiryLayout->addWidget(addFieldError(m_expiry), 1, 1, 1, 2);
    expiryLayout->addWidget(m_expiryHint, 2, 0, 1, 3);
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

    // A marked field, and its error beside it (theme colours the label; the border marks the field).
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QDateTimeEdit[invalid=\"true\"], "
                                 "QTreeWidget[invalid=\"true\"] { border: 1px solid #b91c1c; }"));

    connect(m_startLater, &QRadioButton::toggled, this, &InviteDialog::updateState);
    connect(m_expires, &QCheckBox::toggled, this, &InviteDialog::updateState);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &InviteDialog::updateState);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &InviteDialog::updateState);
    // Once Send has been tried, each change re-checks the form: a fixed field loses its error at once.
    const auto recheck = [this] {
        if (m_validating) {
            m_error->hide();
            validateFields(true);
        }
    };
    for (QLineEdit *edit : {m_first, m_last, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, recheck);
    connect(m_keys, &QTreeWidget::itemChanged, this, recheck);
    connect(m_startLater, &QRadioButton::toggled, this, recheck);
    connect(m_expires, &QCheckBox::toggled, this, recheck);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, recheck);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, recheck);
    updateState();
    resize(1040, 640);
    m_first->setFocus();
}

QString InviteDialog::errorText() const
{
    QStringList shown;
    for (QWidget *field :
         {static_cast<QWidget *>(m_first), static_cast<QWidget *>(m_last), static_cast<QWidget *>(m_email),
          static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_keys), static_cast<QWidget *>(m_start),
          static_cast<QWidget *>(m_expiry)}) {
        const QLabel *label = m_fieldErrors.value(field);
        if (label && !label->isHidden())
            shown << label->text();
    }
    if (!m_error->isHidden())
        shown << m_error->text();
    return shown.join(QLatin1Char('\n'));
}

QLabel *InviteDialog::addFieldError(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->hide();
    m_fieldErrors.insert(field, label);
    return label;
}

void InviteDialog::setFieldError(QWidget *field, const QString &message)
{
    QLabel *label = m_fieldErrors.value(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
    if (field->property("invalid").toBool() != !message.isEmpty()) {
        field->setProperty("invalid", !message.isEmpty());
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
}

bool InviteDialog::validateFields(bool show)
{
    // The same checks core makes (access/validation.h), field by field, so every mistake shows at once
    // beside its field; core checks again when the invitation is sent. Words core also uses keep
    // core's translation context, so they read the same in both places.
    QHash<QWidget *, QString> errors;
    if (auto first =
            validateName(m_first->text(), QCoreApplication::translate("AccessService", "first name"));
        !first.ok())
        errors.insert(m_first, first.error().message);
    if (!m_last->text().trimmed().isEmpty()) {
        if (auto last =
                validateName(m_last->text(), QCoreApplication::translate("AccessService", "last name"));
            !last.ok())
            errors.insert(m_last, last.error().message);
    }
    if (auto email = validateEmail(m_email->text().trimmed()); !email.ok())
        errors.insert(m_email, email.error().message);
    if (auto phone = normalizePhone(m_phone->text().trimmed(), m_property.region); !phone.ok())
        errors.insert(m_phone, phone.error().message);
    const InviteRequest r = request();
    if (r.keyIds.isEmpty() && m_keys->topLevelItemCount() > 0)
        errors.insert(m_keys, tr("Tick at least one key."));
    const qint64 now = m_services.clock->nowSecs();
    if (r.startsAt && *r.startsAt < now - 60)
        errors.insert(m_start, tr("The start is in the past. Choose Now, or a later time."));
    if (r.expiresAt && *r.expiresAt <= r.startsAt.value_or(now))
        errors.insert(m_expiry, r.startsAt
                                    ? QCoreApplication::translate("porter::AccessService",
                                                                  "The expiration must be after the start.")
                                    : tr("The expiration is in the past. Pick a later date."));
    if (show) {
        for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
            setFieldError(it.key(), errors.value(it.key()));
    }
    return errors.isEmpty();
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
    m_start->setVisible(m_startLater->isChecked());
    m_start->setEnabled(m_startLater->isChecked());
    m_expiry->setEnabled(m_expires->isChecked());
    // The zone's abbreviation on the chosen day (EST in January, EDT in July), not today's.
    const QString zone = DisplayText::zoneLabel(m_zone, toUtc(m_expiry));
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
    r.language = m_language->currentData().toString();
    if (m_startLater->isChecked())
        r.startsAt = toUtc(m_start);
    if (m_expires->isChecked())
        r.expiresAt = toUtc(m_expiry);
    return r;
}

void InviteDialog::accept()
{
    m_validating = true;
    m_error->hide();
    if (!validateFields(true)) {
        for (auto *field : {static_cast<QWidget *>(m_first), static_cast<QWidget *>(m_last),
                            static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
                            static_cast<QWidget *>(m_keys), static_cast<QWidget *>(m_start),
                            static_cast<QWidget *>(m_expiry)}) {
            if (field->property("invalid").toBool()) {
                field->setFocus(); // the first field to fix
                break;
            }
        }
        return;
    }
    // Core validates everything again and writes nothing on error; its message is shown as is.
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
