#include "fieldkitdialog.h"

#include "link/transport.h"
#include "link/transportfactory.h"
#include "theme.h"
#include "viewmodels/displaytext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace porter::ui {
namespace {

std::function<QString(bool)> &fileHook()
{
    static std::function<QString(bool)> hook;
    return hook;
}

enum Column
{
    DoorColumn,
    VersionColumn,
    LaterColumn,
    AnswerColumn,
    ColumnCount
};

} // namespace

void FieldKitDialog::setFileHook(std::function<QString(bool save)> hook)
{
    fileHook() = std::move(hook);
}

FieldKitDialog::FieldKitDialog(const Services &services, const Manager &manager, const Property &property,
                               QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_property(property)
    , m_days(new QSpinBox(this))
    , m_buildHint(new QLabel(this))
    , m_build(new QPushButton(tr("Build Kit…"), this))
    , m_open(new QPushButton(tr("Open Kit…"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_check(new QPushButton(tr("Check for Newer Changes"), this))
    , m_deliver(new QPushButton(tr("Deliver to Doors in Range"), this))
    , m_upload(new QPushButton(tr("Upload Answers"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("fieldKitDialog"));
    setWindowTitle(tr("Field Kit — %1").arg(property.name));
    m_build->setObjectName(QStringLiteral("buildKitButton"));
    m_open->setObjectName(QStringLiteral("openKitButton"));
    m_check->setObjectName(QStringLiteral("checkKitButton"));
    m_deliver->setObjectName(QStringLiteral("deliverKitButton"));
    m_upload->setObjectName(QStringLiteral("uploadKitButton"));
    m_cancel->setObjectName(QStringLiteral("stopDeliveryButton"));
    m_table->setObjectName(QStringLiteral("kitTable"));
    m_status->setObjectName(QStringLiteral("kitStatus"));
    m_summary->setObjectName(QStringLiteral("kitSummary"));

    // Before going: a kit of the property's commissioned doors.
    auto *buildBox = new QGroupBox(tr("Before Going: Build a Kit"), this);
    m_days->setRange(1, kits::kMaxKitDays);
    m_days->setValue(kits::kDefaultKitDays);
    m_days->setSuffix(tr(" days"));
    m_days->setObjectName(QStringLiteral("kitDays"));
    m_buildHint->setWordWrap(true);
    m_buildHint->setText(
        tr("A field kit carries Porter's signed updates for every commissioned door of ‘%1’, so you can sync "
           "them where there is no internet. It cannot change anyone's access, and it opens only on this "
           "computer, for you.")
            .arg(property.name));
    makeHint(m_buildHint);
    auto *form = new QFormLayout;
    form->addRow(tr("Valid for:"), m_days);
    auto *buildRow = new QHBoxLayout;
    buildRow->addLayout(form);
    buildRow->addStretch();
    buildRow->addWidget(m_open);
    buildRow->addWidget(m_build);
    auto *buildLayout = new QVBoxLayout(buildBox);
    buildLayout->addWidget(m_buildHint);
    buildLayout->addLayout(buildRow);

    // The kit: its doors, what it will not bring them, what they answered.
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_table->setHorizontalHeaderLabels(
        {tr("Door"), tr("Version"), tr("Changes After the Kit"), tr("At the Door")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the answers wrap instead
    m_table->setMinimumHeight(fontMetrics().height() * 9);

    m_check->setToolTip(
        tr("Online: count the changes made to each door after the kit was built. The count is "
           "kept in the kit, so you see it at the door without internet."));
    m_deliver->setToolTip(
        tr("At the site: listens for the kit's doors over Bluetooth and delivers the kit to "
           "each door heard, nearest first. No internet needed."));
    m_upload->setToolTip(tr("Back online: stores what the doors answered. Uploading twice stores nothing "
                            "twice."));
    connect(m_build, &QPushButton::clicked, this, &FieldKitDialog::buildKit);
    connect(m_open, &QPushButton::clicked, this, &FieldKitDialog::openKit);
    connect(m_check, &QPushButton::clicked, this, &FieldKitDialog::checkKit);
    connect(m_deliver, &QPushButton::clicked, this, &FieldKitDialog::deliverInRange);
    connect(m_upload, &QPushButton::clicked, this, &FieldKitDialog::uploadKit);
    connect(m_cancel, &QPushButton::clicked, this, &FieldKitDialog::cancelDelivery);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_check);
    actions->addStretch();
    actions->addWidget(m_deliver);
    actions->addWidget(m_upload);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() - 2);
    m_progress->hide();
    m_cancel->hide();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(860, 560);
    refresh();
}

FieldKitDialog::~FieldKitDialog()
{
    // Closed mid-delivery: the link goes; what the doors answered so far is in the kit file already.
    m_courier.reset();
    m_transport.reset();
    m_scanner.reset();
}

QString FieldKitDialog::statusText() const
{
    return m_status->text();
}

void FieldKitDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("kitStatus"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

QString FieldKitDialog::chooseFile(bool save)
{
    if (fileHook())
        return fileHook()(save);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = tr("Field kits (*.porterkit)");
    if (save) {
        const QString name =
            tr("%1 field kit %2.porterkit")
                .arg(m_property.name, QDateTime::fromSecsSinceEpoch(m_services.clock->nowSecs())
                                          .toString(QStringLiteral("yyyy-MM-dd")));
        return QFileDialog::getSaveFileName(this, tr("Save the Field Kit"), QDir(folder).filePath(name),
                                            filter);
    }
    return QFileDialog::getOpenFileName(this, tr("Open a Field Kit"), folder, filter);
}

void FieldKitDialog::buildKit()
{
    const QString path = chooseFile(true);
    if (path.isEmpty())
        return;
    kits::KitRequest request;
    request.propertyIds = {m_property.id};
    request.days = m_days->value();
    auto kit = m_services.backend->kits().build(m_manager, request);
    if (!kit.ok())
        return setStatus(kit.error().message, true);
    if (auto saved = m_services.backend->kits().save(path, *kit); !saved.ok())
        return setStatus(saved.error().message, true);
    showKit(std::move(kit).value(), path);
    setStatus(
        tr("Built. Take this computer to the site and press Deliver to Doors in Range near the doors."));
}

void FieldKitDialog::openKit()
{
    const QString path = chooseFile(false);
    if (path.isEmpty())
        return;
    auto kit = m_services.backend->kits().load(path);
    if (!kit.ok())
        return setStatus(kit.error().message, true);
    showKit(std::move(kit).value(), path);
    setStatus(QString());
}

void FieldKitDialog::showKit(kits::FieldKit kit, const QString &path)
{
    m_kit = std::move(kit);
    m_path = path;
    refresh();
}

void FieldKitDialog::checkKit()
{
    if (!m_kit)
        return;
    if (auto st = m_services.backend->kits().check(m_manager, *m_kit); !st.ok())
        return setStatus(st.error().message, true);
    if (auto saved = m_services.backend->kits().save(m_path, *m_kit); !saved.ok())
        return setStatus(saved.error().message, true);
    refresh();
    int later = 0;
    for (const kits::KitDoor &d : m_kit->doors)
        later += std::max(0, d.laterChanges);
    setStatus(
        later == 0 ? tr("The kit carries every change made so far.")
        : later == 1
            ? tr("1 change was made after the kit was built: the kit will not bring it. Build a new kit "
                 "to include it.")
            : tr("%n changes were made after the kit was built: the kit will not bring "
                 "them. Build a new kit to include them.",
                 nullptr, later));
}

void FieldKitDialog::uploadKit()
{
    if (!m_kit)
        return;
    auto report = m_services.backend->kits().upload(m_manager, *m_kit);
    if (!report.ok())
        return setStatus(report.error().message, true);
    if (auto saved = m_services.backend->kits().save(m_path, *m_kit); !saved.ok())
        return setStatus(saved.error().message, true);
    refresh();
    QStringList lines;
    lines << (report->versionsRecorded == 1
                  ? tr("Uploaded: 1 door took the kit's version")
                  : tr("Uploaded: %n doors took the kit's version", nullptr, report->versionsRecorded)) +
                 (report->activityImported == 1
                      ? tr(", 1 new activity entry.")
                      : tr(", %n new activity entries.", nullptr, report->activityImported));
    for (const kits::UploadedDoor &d : report->doors) {
        if (!d.note.isEmpty())
            lines << tr("%1: %2").arg(d.doorName, d.note);
        else if (d.stillPending > 0)
            lines << (d.stillPending == 1 ? tr("%1 still needs 1 change: sync it with Porter online.")
                                          : tr("%1 still needs %n changes: sync it with Porter online.",
                                               nullptr, d.stillPending))
                         .arg(d.doorName);
    }
    setStatus(lines.join(QLatin1Char('\n')));
}

void FieldKitDialog::refresh()
{
    const bool busy = delivering();
    m_build->setEnabled(!busy);
    m_open->setEnabled(!busy);
    m_days->setEnabled(!busy);
    m_check->setEnabled(m_kit && !busy);
    m_deliver->setEnabled(m_kit && !busy);
    m_upload->setEnabled(m_kit && !busy && m_kit->answered() > 0);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_table->setRowCount(0);
    if (!m_kit) {
        m_summary->setText(
            tr("No kit open. Build one for ‘%1’, or open a kit you built.").arg(m_property.name));
        return;
    }
    const kits::FieldKit &kit = *m_kit;
    const qint64 now = m_services.clock->nowSecs();
    const QString until = DisplayText::localTime(kit.notAfter, QTimeZone(m_property.timeZone.toUtf8()));
    QString summary =
        (kit.doors.size() == 1
             ? tr("<b>%1</b>: 1 door, built by %2, valid until %3.")
             : tr("<b>%1</b>: %n doors, built by %2, valid until %3.", nullptr, int(kit.doors.size())))
            .arg(QFileInfo(m_path).fileName().toHtmlEscaped(), kit.builtByName.toHtmlEscaped(), until);
    if (kit.expired(now))
        summary += QStringLiteral(" <b>") + tr("Expired: doors refuse it. Build a new kit.") +
                   QStringLiteral("</b>");
    if (kit.toUpload() > 0)
        summary += QStringLiteral(" ") + (kit.toUpload() == 1
                                              ? tr("1 answer to upload.")
                                              : tr("%n answers to upload.", nullptr, kit.toUpload()));
    if (!kit.toCommission.isEmpty()) {
        // "Property · Door" in the kit; this dialog is about one property already.
        QStringList names;
        const QString prefix = m_property.name + QStringLiteral(" · ");
        for (const QString &entry : kit.toCommission)
            names << (entry.startsWith(prefix) ? entry.mid(prefix.size()) : entry);
        summary += QStringLiteral("<br>") +
                   tr("Not in the kit (not commissioned; needs a visit with Porter online): %1")
                       .arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_summary->setText(summary);
    m_table->setRowCount(int(kit.doors.size()));
    for (int row = 0; row < kit.doors.size(); ++row) {
        const kits::KitDoor &d = kit.doors.at(row);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        };
        set(DoorColumn, d.doorName);
        set(VersionColumn, d.targetVersion == d.baseVersion
                               ? tr("%1 (no change)").arg(d.targetVersion)
                               : tr("%1 → %2").arg(d.baseVersion).arg(d.targetVersion));
        set(LaterColumn,
            d.laterChanges < 0 ? tr("Not checked")
            : d.laterChanges == 0
                ? tr("None (checked %1)")
                      .arg(DisplayText::localTime(d.laterCheckedAt, QTimeZone(m_property.timeZone.toUtf8())))
            : d.laterChanges == 1 ? tr("1 change will not reach this door")
                                  : tr("%n changes will not reach this door", nullptr, d.laterChanges));
        QString answer;
        if (!d.answer) {
            answer = tr("Not delivered yet");
        } else {
            const kits::KitAnswer &a = *d.answer;
            if (!a.updateError.isEmpty())
                answer = tr("Refused the update (%1)").arg(a.updateError);
            else if (a.appliedVersion)
                answer = tr("Took version %1").arg(*a.appliedVersion);
            else if (a.finalVersion)
                answer = tr("Holds version %1").arg(*a.finalVersion);
            else
                answer = a.error;
            answer += (a.activity.size() == 1 ? tr("; 1 activity entry")
                                              : tr("; %n activity entries", nullptr, int(a.activity.size())));
            if (a.batteryPercent)
                answer += tr("; battery %1%").arg(*a.batteryPercent);
            answer += d.uploadedAt >= a.at ? tr("; uploaded") : tr("; to upload");
        }
        set(AnswerColumn, answer);
    }
    for (int c = DoorColumn; c < AnswerColumn; ++c)
        m_table->resizeColumnToContents(c);
    m_table->resizeRowsToContents();
}

void FieldKitDialog::deliverInRange()
{
    if (!m_kit || delivering())
        return;
    if (m_kit->expired(m_services.clock->nowSecs()))
        return setStatus(tr("This kit has expired: doors refuse it. Build a new one with Porter online."),
                         true);
    auto radio = sync::Radio::require();
    if (!radio.ok())
        return setStatus(radio.error().message, true);
    m_heard.clear();
    m_queue.clear();
    m_delivered = 0;
    m_failures.clear();
    m_scanner = (*radio)->createScanner();
    connect(m_scanner.get(), &sync::DoorScanner::seen, this, &FieldKitDialog::onSeen);
    connect(m_scanner.get(), &sync::DoorScanner::failed, this, [this](const Error &e) {
        m_scanner.reset();
        endDelivery(e.message, true);
    });
    connect(m_scanner.get(), &sync::DoorScanner::finished, this,
            [this] { QTimer::singleShot(0, this, &FieldKitDialog::scanEnded); });
    setStatus(tr("Listening for the kit's doors…"));
    m_scanner->start(m_scanSeconds);
    refresh();
}

void FieldKitDialog::onSeen(const sync::SeenDoor &door)
{
    if (!m_kit || !door.commissioned)
        return;
    const kits::KitDoor *kd = m_kit->door(Id(door.doorId));
    if (!kd || kd->propertyId != Id(door.propertyId))
        return;
    auto it =
        std::find_if(m_heard.begin(), m_heard.end(), [&](const Heard &h) { return h.doorId == kd->doorId; });
    if (it == m_heard.end())
        m_heard << Heard{kd->doorId, door.address, door.rssi};
    else
        *it = Heard{kd->doorId, door.address, door.rssi};
    setStatus(tr("Heard %1 of the kit's doors (%2)…").arg(m_heard.size()).arg(m_kit->doors.size()));
    if (m_heard.size() == m_kit->doors.size() && m_scanner)
        m_scanner->stop(); // every door of the kit is here: no need to listen longer
}

void FieldKitDialog::scanEnded()
{
    if (!m_scanner)
        return;
    m_scanner.reset();
    if (m_heard.isEmpty())
        return endDelivery(
            tr("No door of this kit was heard. Stand near a door (check that it has power) and "
               "try again."),
            true);
    m_queue = m_heard;
    std::stable_sort(m_queue.begin(), m_queue.end(),
                     [](const Heard &a, const Heard &b) { return a.rssi > b.rssi; });
    deliverNext();
}

void FieldKitDialog::deliverNext()
{
    if (m_queue.isEmpty()) {
        QString summary = m_delivered == 1 ? tr("Delivered to 1 door.")
                                           : tr("Delivered to %n doors.", nullptr, m_delivered);
        if (!m_failures.isEmpty())
            summary += QLatin1Char('\n') + m_failures.join(QLatin1Char('\n'));
        if (m_delivered > 0)
            summary += QLatin1Char('\n') + tr("Back online, press Upload Answers.");
        return endDelivery(summary);
    }
    m_current = m_queue.takeFirst();
    const kits::KitDoor *kd = m_kit->door(m_current.doorId);
    setStatus(tr("Delivering to ‘%1’…").arg(kd->doorName));
    auto made = sync::TransportFactory::create(sync::DoorAddress::bluetooth(m_current.address));
    if (!made.ok()) {
        m_failures << tr("%1: %2").arg(kd->doorName, made.error().message);
        return deliverNext();
    }
    m_transport = std::move(made).value();
    m_courier = std::make_unique<kits::KitCourier>(*m_services.clock);
    connect(m_courier.get(), &kits::KitCourier::finished, this, &FieldKitDialog::onDelivered);
    m_courier->start(*m_kit, m_current.doorId, m_transport.get());
}

void FieldKitDialog::onDelivered(const Result<kits::KitAnswer> &answer)
{
    kits::KitDoor *kd = m_kit->door(m_current.doorId);
    if (answer.ok()) {
        kits::recordAnswer(*kd, *answer);
        // Kept at once: a flat battery later loses nothing the doors said.
        if (auto saved = m_services.backend->kits().save(m_path, *m_kit); !saved.ok())
            m_failures << saved.error().message;
        if (answer->ok)
            ++m_delivered;
        else
            m_failures << tr("%1: %2").arg(kd->doorName, answer->updateError.isEmpty() ? answer->error
                                                                                       : answer->updateError);
    } else {
        m_failures << answer.error().message;
    }
    refresh();
    // The courier is still inside its own signal: it and its link go once it has returned.
    QTimer::singleShot(0, this, [this] {
        m_courier.reset();
        m_transport.reset();
        deliverNext();
    });
}

void FieldKitDialog::cancelDelivery()
{
    m_queue.clear();
    if (m_scanner) {
        m_scanner.reset();
        return endDelivery(tr("Stopped."));
    }
    if (m_courier) {
        m_courier.reset(); // closes the link: the door keeps what it had, nothing is recorded
        m_transport.reset();
        return endDelivery(tr("Stopped. The doors answered so far are in the kit."));
    }
}

void FieldKitDialog::endDelivery(const QString &summary, bool error)
{
    m_scanner.reset();
    refresh();
    setStatus(summary, error || (m_delivered == 0 && !m_failures.isEmpty()));
    Q_EMIT deliveryFinished();
}

} // namespace porter::ui
