#include "bulkkeydialog.h"

#include "access/permissions.h"
#include "theme.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

// The property's wall clock at `utc`, to the minute, with no zone attached (as in the Invite dialog).
QDateTime wallClock(qint64 utc, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
}

} // namespace

BulkKeyDialog::BulkKeyDialog(Mode mode, const Services &services, const Manager &manager,
                             const Property &property, const QList<Target> &people, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_services(services)
    , m_manager(manager)
    , m_property(property)
    , m_zone(property.timeZone.toUtf8())
    , m_people(people)
    , m_summary(new QLabel(this))
    , m_key(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkKeyDialog"));
    const bool adding = mode == Mode::Add;
    const int n = int(people.size());
    setWindowTitle(adding ? tr("Add a Key") : tr("Remove a Key"));
    const qint64 now = services.clock->nowSecs();

    auto *title = new QLabel(adding ? (n == 1 ? tr("Add a key to %1").arg(people.first().name)
                                              : tr("Add a key to %n people", nullptr, n))
                                    : (n == 1 ? tr("Remove a key from %1").arg(people.first().name)
                                              : tr("Remove a key from %n people", nullptr, n)),
                             this);
    makeHeading(title, 1.2);
    QStringList names;
    for (const Target &t : people)
        names << t.name;
    if (n > 1) {
        m_summary->setText(nameList(names));
        m_summary->setWordWrap(true);
        m_summary->setObjectName(QStringLiteral("peopleLabel"));
    } else {
        m_summary->hide();
    }

    m_key->setObjectName(QStringLiteral("keyCombo"));
    m_key->setAccessibleName(tr("Key"));
    auto *keyModel = new QStandardItemModel(m_key);
    if (auto keys = services.directory->keys(manager, property.id); keys.ok()) {
        for (const Key &k : *keys) {
            auto *item = new QStandardItem(icon(QStringLiteral("key")), k.name);
            item->setData(k.id, Qt::UserRole);
            const Status allowed = permissions::canGiveKey(manager, property, k.id);
            if (!allowed.ok()) {
                item->setEnabled(false);
                item->setToolTip(allowed.error().message);
            }
            keyModel->appendRow(item);
        }
    }
    m_key->setModel(keyModel);
    for (int i = 0; i < keyModel->rowCount(); ++i) {
        if (keyModel->item(i)->isEnabled()) {
            m_key->setCurrentIndex(i);
            break;
        }
    }

    auto *form = new QFormLayout;
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);

    auto *consequences = new QLabel(this);
    consequences->setObjectName(QStringLiteral("hint"));
    consequences->setWordWrap(true);
    if (adding) {
        m_startNow = new QRadioButton(tr("&Now"), this);
        m_startLater = new QRadioButton(tr("&Later, on:"), this);
        m_start = new QDateTimeEdit(this);
        m_expires = new QCheckBox(tr("Access &expires on:"), this);
        m_expiry = new QDateTimeEdit(this);
        m_expiryHint = new QLabel(this);
        m_start->setAccessibleName(tr("Start date and time"));
        m_expiry->setAccessibleName(tr("Expiration date and time"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_startNow);
        group->addButton(m_startLater);
        m_startNow->setChecked(true);
        for (QDateTimeEdit *edit : {m_start, m_expiry}) {
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            edit->setCalendarPopup(true);
        }
        m_start->setDateTime(wallClock(now + 3600 - now % 3600, m_zone));
        QDateTime suggested = wallClock(now, m_zone).addYears(1);
        suggested.setTime(QTime(23, 59));
        m_expiry->setDateTime(suggested);
        m_expires->setChecked(true);
        auto *startRow = new QHBoxLayout;
        startRow->addWidget(m_startNow);
        startRow->addWidget(m_startLater);
        startRow->addWidget(m_start);
        startRow->addStretch();
        form->addRow(tr("Start:"), startRow);
        auto *expiryRow = new QHBoxLayout;
        expiryRow->addWidget(m_expires);
        expiryRow->addWidget(m_expiry);
        expiryRow->addStretch();
        form->addRow(tr("Expiration:"), expiryRow);
        makeHint(m_expiryHint);
        m_expiryHint->setWordWrap(true);
        form->addRow(QString(), m_expiryHint);
        consequences->setText(tr("Everyone selected gets the key with this start and expiration. People "
                                 "who already hold it keep their own dates. Afterwards, sync the key's "
                                 "offline doors."));
        connect(m_startLater, &QRadioButton::toggled, this, &BulkKeyDialog::updateState);
        connect(m_expires, &QCheckBox::toggled, this, &BulkKeyDialog::updateState);
        connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &BulkKeyDialog::updateState);
    } else {
        consequences->setText(tr("The key ends now for everyone selected who holds it. Their permanent "
                                 "guest passes on it end too; guest passes with an end date run out on "
                                 "their own. History stays in Activity. Afterwards, sync the key's offline "
                                 "doors."));
    }

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply =
        buttons->addButton(adding ? tr("Add Key") : tr("Remove Key"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
    apply->setEnabled(m_key->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkKeyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(consequences);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    updateState();
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    m_key->setFocus();
}

QString BulkKeyDialog::nameList(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    //: A list of names: "%1" is all but the last, joined with ", "; "%2" is the last one
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(tr(", ")), names.last());
}

QString BulkKeyDialog::keyName() const
{
    return m_key->currentText();
}

QString BulkKeyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool BulkKeyDialog::selectKey(const QString &name)
{
    const int i = m_key->findText(name);
    if (i < 0)
        return false;
    m_key->setCurrentIndex(i);
    return true;
}

void BulkKeyDialog::updateState()
{
    if (m_mode != Mode::Add)
        return;
    m_start->setVisible(m_startLater->isChecked());
    m_expiry->setEnabled(m_expires->isChecked());
    m_expiryHint->setText(m_expires->isChecked() ? tr("Times are in the property's time zone: %1.")
                                                       .arg(DisplayText::zoneLabel(m_zone, toUtc(m_expiry)))
                                                 : tr("Without an expiration the key never ends by itself."));
}

qint64 BulkKeyDialog::toUtc(const QDateTimeEdit *edit) const
{
    const QDateTime dt = edit->dateTime();
    return localToUtc(dt.date(), dt.time().hour() * 60 + dt.time().minute(), m_zone);
}

void BulkKeyDialog::accept()
{
    QList<Id> ids;
    for (const Target &t : m_people)
        ids << t.id;
    const Id keyId = m_key->currentData(Qt::UserRole).toLongLong();
    Result<BulkResult> r =
        m_mode == Mode::Add
            ? m_services.bulk->addKey(
                  m_manager, ids, keyId,
                  m_startLater->isChecked() ? std::optional<qint64>(toUtc(m_start)) : std::nullopt,
                  m_expires->isChecked() ? std::optional<qint64>(toUtc(m_expiry)) : std::nullopt)
            : m_services.bulk->removeKey(m_manager, ids, keyId);
    if (!r.ok()) {
        //: Bulk key dialog: nobody was changed because one person's change failed (all or nothing)
        m_error->setText(tr("Nobody was changed. %1").arg(r.error().message));
        m_error->show();
        return;
    }
    m_result = *r;
    QDialog::accept();
}

} // namespace porter::ui
