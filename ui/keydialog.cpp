#include "keydialog.h"

#include "access/validation.h"
#include "messagebox.h"
#include "scheduleeditor.h"
#include "theme.h"
#include "viewmodels/displaytext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

namespace porter::ui {

namespace {

constexpr int kDoorIdRole = Qt::UserRole + 1;
constexpr int kDoorNameRole = Qt::UserRole + 2;

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setProperty("field", name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QList<Id> sortedDoors(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// What an edit changes (the id and property are not editable); the schedule by its stored text.
bool sameContent(const Key &a, const Key &b)
{
    return a.name == b.name && sortedDoors(a.doorIds) == sortedDoors(b.doorIds) &&
           a.schedule.toText() == b.schedule.toText() && a.doorcodesAllowed == b.doorcodesAllowed &&
           a.shareable == b.shareable;
}

std::function<void(KeyDialog *)> &runHook()
{
    static std::function<void(KeyDialog *)> hook;
    return hook;
}

} // namespace

bool KeyDialog::run(KeyDialog &dialog)
{
    if (runHook()) {
        runHook()(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void KeyDialog::setRunHook(std::function<void(KeyDialog *)> hook)
{
    runHook() = std::move(hook);
}

KeyDialog::KeyDialog(const Services &services, const Manager &manager, const Property &property,
                     QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_property(property)
{
    setWindowTitle(tr("New Key for %1").arg(property.name));
    build();
    Key fresh;
    fresh.propertyId = property.id;
    load(fresh);
}

KeyDialog::KeyDialog(const Services &services, const Manager &manager, const Property &property,
                     const Key &key, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_property(property)
    , m_original(key)
{
    setWindowTitle(tr("Edit Key “%1”").arg(key.name));
    build();
    load(key);
}

void KeyDialog::build()
{
    setObjectName(QStringLiteral("keyDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keyNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Residents — Building A, Gym, Cleaning staff"));
    m_name->setAccessibleName(tr("Key name"));
    m_nameError = errorLabel(this, QStringLiteral("name"));
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *nameForm = new QFormLayout;
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameError);
    nameForm->addRow(nameLabel, nameColumn);

    // Doors.
    auto *doorsBox = new QGroupBox(tr("Doors"), this);
    m_doors = new QListWidget(doorsBox);
    m_doors->setObjectName(QStringLiteral("doorList"));
    m_doors->setAccessibleName(tr("Doors this key opens"));
    m_doors->setUniformItemSizes(true);
    m_doors->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("Main Entrance West · Building entrance")) + 40);
    auto *doorsLabel = new QLabel(tr("&Opens these doors:"), doorsBox);
    doorsLabel->setBuddy(m_doors);
    m_doorsError = errorLabel(doorsBox, QStringLiteral("doors"));
    auto *doorsLayout = new QVBoxLayout(doorsBox);
    doorsLayout->addWidget(doorsLabel);
    doorsLayout->addWidget(m_doors, 1);
    auto doors = m_services.directory->doors(m_manager, m_property.id);
    if (doors.ok()) {
        QList<Door> sorted = *doors;
        std::sort(sorted.begin(), sorted.end(), [](const Door &a, const Door &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Door &d : sorted) {
            auto *item = new QListWidgetItem(
                //: A door in the key dialog: its name and type, e.g. "Gym · Communal"
                tr("%1 · %2").arg(d.name, DisplayText::doorType(d.type)), m_doors);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            item->setData(kDoorIdRole, d.id);
            item->setData(kDoorNameRole, d.name);
            item->setToolTip(d.connectivity == Connectivity::Offline
                                 ? tr("Offline: learns a change to this key at its next door sync.")
                                 : tr("Online: learns a change to this key over the internet."));
        }
    }
    if (m_doors->count() == 0) {
        auto *none = new QLabel(doors.ok() ? tr("This property has no doors yet. Add its doors first "
                                                "(porterctl door add), then create its keys.")
                                           : doors.error().message,
                                doorsBox);
        none->setObjectName(QStringLiteral("warningLabel"));
        none->setWordWrap(true);
        doorsLayout->addWidget(none);
    }
    doorsLayout->addWidget(m_doorsError);
    connect(m_doors, &QListWidget::itemChanged, m_doorsError, &QWidget::hide);

    // Schedule.
    auto *scheduleBox = new QGroupBox(tr("Weekly schedule"), this);
    m_schedule = new ScheduleEditor(scheduleBox);
    m_scheduleError = errorLabel(scheduleBox, QStringLiteral("schedule"));
    const QTimeZone zone(m_property.timeZone.toUtf8());
    auto *zoneHint = new QLabel(tr("Hours are in the property's time zone: %1.")
                                    .arg(DisplayText::zoneLabel(zone, m_services.clock->nowSecs())),
                                scheduleBox);
    makeHint(zoneHint);
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_schedule);
    scheduleLayout->addWidget(zoneHint);
    scheduleLayout->addWidget(m_scheduleError);
    scheduleLayout->addStretch();
    connect(m_schedule, &ScheduleEditor::changed, m_scheduleError, &QWidget::hide);

    // Options.
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    m_doorcodes = new QCheckBox(tr("Doorcodes &allowed"), optionsBox);
    m_doorcodes->setObjectName(QStringLiteral("doorcodesCheck"));
    auto *doorcodesHint = new QLabel(
        tr("When off, this key's doors do not open with a daily doorcode, only with the app or a keycard."),
        optionsBox);
    makeHint(doorcodesHint);
    m_shareable = new QCheckBox(tr("May be &shared with guests"), optionsBox);
    m_shareable->setObjectName(QStringLiteral("shareableCheck"));
    auto *shareHint = new QLabel(
        tr("When on, residents who may share keys can give this one to their guests."), optionsBox);
    makeHint(shareHint);
    auto *optionsLayout = new QGridLayout(optionsBox);
    optionsLayout->addWidget(m_doorcodes, 0, 0);
    optionsLayout->addWidget(doorcodesHint, 0, 1);
    optionsLayout->addWidget(m_shareable, 1, 0);
    optionsLayout->addWidget(shareHint, 1, 1);
    optionsLayout->setColumnStretch(1, 1);

    m_formError = errorLabel(this, QStringLiteral("form"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setText(editing() ? tr("Save Key") : tr("Create Key"));
    save->setObjectName(QStringLiteral("saveKeyButton"));
    save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeyDialog::reject);
    connect(m_name, &QLineEdit::textEdited, m_nameError, &QWidget::hide);
    connect(m_name, &QLineEdit::textEdited, m_formError, &QWidget::hide);

    auto *middle = new QHBoxLayout;
    middle->addWidget(doorsBox, 2);
    middle->addWidget(scheduleBox, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addLayout(middle, 1);
    layout->addWidget(optionsBox);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_doors);
    setTabOrder(m_doors, m_schedule);
}

void KeyDialog::load(const Key &key)
{
    m_name->setText(key.name);
    for (int i = 0; i < m_doors->count(); ++i) {
        QListWidgetItem *item = m_doors->item(i);
        item->setCheckState(key.doorIds.contains(item->data(kDoorIdRole).toLongLong()) ? Qt::Checked
                                                                                       : Qt::Unchecked);
    }
    m_schedule->setSchedule(key.schedule);
    m_doorcodes->setChecked(key.doorcodesAllowed);
    m_shareable->setChecked(key.shareable);
    clearErrors();
}

bool KeyDialog::checkDoor(const QString &name, bool checked)
{
    for (int i = 0; i < m_doors->count(); ++i) {
        QListWidgetItem *item = m_doors->item(i);
        if (item->data(kDoorNameRole).toString() == name) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

Key KeyDialog::keyFromForm() const
{
    Key k = m_original.value_or(Key());
    k.propertyId = m_property.id;
    k.name = m_name->text();
    k.doorIds.clear();
    for (int i = 0; i < m_doors->count(); ++i)
        if (m_doors->item(i)->checkState() == Qt::Checked)
            k.doorIds << m_doors->item(i)->data(kDoorIdRole).toLongLong();
    if (auto s = m_schedule->schedule(); s.ok())
        k.schedule = *s;
    k.doorcodesAllowed = m_doorcodes->isChecked();
    k.shareable = m_shareable->isChecked();
    return k;
}

void KeyDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

void KeyDialog::clearErrors()
{
    for (QLabel *l : {m_nameError, m_doorsError, m_scheduleError, m_formError})
        l->hide();
}

void KeyDialog::accept()
{
    clearErrors();
    // What can be checked here is checked all at once, with core's own rules and messages; the rest
    // (doors, the door format's limits, a name already taken, permission) is the service's answer.
    QWidget *firstBad = nullptr;
    if (auto name = validateName(m_name->text(), DirectoryService::tr("key name")); !name.ok()) {
        showError(m_nameError, name.error().message);
        firstBad = m_name;
    }
    const auto schedule = m_schedule->schedule();
    if (!schedule.ok()) {
        showError(m_scheduleError, schedule.error().message);
        firstBad = firstBad ? firstBad : m_schedule;
    }
    if (firstBad) {
        firstBad->setFocus();
        return;
    }
    const Key key = keyFromForm();
    if (editing() && sameContent(key, *m_original)) {
        m_saved = *m_original; // nothing changed: no write, no door to sync
        QDialog::accept();
        return;
    }
    auto saved = editing() ? m_services.directory->editKey(m_manager, key, m_original)
                           : m_services.directory->addKey(m_manager, key);
    if (saved.ok()) {
        m_saved = *saved;
        QDialog::accept();
        return;
    }
    const Error &e = saved.error();
    switch (e.code) {
    case ErrorCode::InvalidInput:
        if (key.doorIds.isEmpty()) {
            showError(m_doorsError, e.message);
            m_doors->setFocus();
        } else {
            showError(m_formError, e.message);
        }
        return;
    case ErrorCode::Conflict:
        handleConflict(e);
        return;
    case ErrorCode::NotFound:
        if (editing()) {
            // The key was deleted meanwhile: there is nothing left to edit.
            MessageBox::warning(this, tr("Edit Key"), tr("The key “%1” was not saved.").arg(m_original->name),
                                e.message);
            reject();
            return;
        }
        showError(m_formError, e.message);
        return;
    default:
        showError(m_formError, e.message);
        return;
    }
}

void KeyDialog::handleConflict(const Error &error)
{
    if (editing()) {
        // Two Conflicts are possible: the name is taken, or the key changed since it was read. Which one
        // is told by reading the key again.
        auto current = m_services.directory->keyToEdit(m_manager, m_original->id);
        if (current.ok() && !sameContent(*current, *m_original)) {
            MessageBox::warning(
                this, tr("Key Changed Elsewhere"),
                tr("Someone else changed the key “%1” while you were editing it.").arg(m_original->name),
                tr("%1\nYour changes were not saved. The form now shows the key as it is now: make your "
                   "changes again and save.")
                    .arg(error.message));
            m_original = *current;
            setWindowTitle(tr("Edit Key “%1”").arg(current->name));
            load(*current);
            showError(m_formError, tr("Reloaded: someone else changed this key. Make your changes again."));
            return;
        }
    }
    showError(m_nameError, error.message);
    m_name->setFocus();
    m_name->selectAll();
}

} // namespace porter::ui
