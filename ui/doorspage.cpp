#include "doorspage.h"

#include "access/permissions.h"
#include "commissiondialog.h"
#include "fieldkitdialog.h"
#include "link/radio.h"
#include "statusstyle.h"
#include "theme.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/doorsinrangemodel.h"
#include "viewmodels/doorsmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace porter::ui {

namespace {

std::function<void(CommissionDialog *)> &dialogHook()
{
    static std::function<void(CommissionDialog *)> hook;
    return hook;
}

const QColor kDue(0xfe, 0xf3, 0xc7);     // amber tint: sync due today
const QColor kDueText(0x92, 0x40, 0x0e); // its text
const QColor kAlarm(0xb9, 0x1c, 0x1c);   // red text: alarms, low battery

// The doors table: rows whose sync is due today are tinted amber and their Sync cell is bold, so the
// day's work stands out (the words say it too: "— sync due today"); alarms and a low battery in red.
class DoorsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool due = index.data(DoorsModel::DueTodayRole).toBool();
        if (due && !(option->state & QStyle::State_Selected)) {
            option->backgroundBrush = kDue;
            if (index.column() == DoorsModel::Sync) {
                option->font.setWeight(QFont::DemiBold);
                option->palette.setColor(QPalette::Text, kDueText);
            }
        }
        if ((index.column() == DoorsModel::Alarms || index.column() == DoorsModel::Battery) &&
            index.data(DoorsModel::AttentionRole).toBool() && !(option->state & QStyle::State_Selected)) {
            const QString text = index.data().toString();
            if (text != DoorsModel::tr("None") && text != DoorsModel::tr("—") &&
                (index.column() == DoorsModel::Alarms || text.contains(QLatin1Char('('))))
                option->palette.setColor(QPalette::Text, kAlarm);
        }
    }
};

// Signal strength as four bars and the dBm figure, so it reads at a glance and exactly.
class SignalDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int bars = index.data(DoorsInRangeModel::BarsRole).toInt();
        const QFontMetrics fm(opt.font);
        const int h = fm.height() - 2;
        const int barW = qMax(3, h / 4);
        const QRect r = opt.rect.adjusted(6, 0, -4, 0);
        const int bottom = r.center().y() + h / 2;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor on = selected ? opt.palette.color(QPalette::HighlightedText)
                                   : (bars >= 2 ? QColor(0x16, 0x80, 0x3d) : QColor(0xb4, 0x5f, 0x06));
        QColor off = opt.palette.color(QPalette::PlaceholderText);
        off.setAlpha(90);
        for (int i = 0; i < 4; ++i) {
            const int bh = h * (i + 1) / 4;
            painter->setBrush(i < bars ? on : off);
            painter->drawRoundedRect(QRectF(r.left() + i * (barW + 2), bottom - bh, barW, bh), 1, 1);
        }
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r.adjusted(4 * (barW + 2) + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(s.width() + option.fontMetrics.height() * 2);
        return s;
    }
};

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent, const QString &name)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->header()->setStretchLastSection(true);
    return t;
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

int stagePercent(const sync::DoorProgress &p)
{
    switch (p.stage) {
    case sync::DoorStage::Connecting:
        return 3;
    case sync::DoorStage::Handshake:
        return 12;
    case sync::DoorStage::AwaitingConfirmation:
    case sync::DoorStage::Commissioning:
    case sync::DoorStage::Exchanging:
        return 25;
    case sync::DoorStage::Updating:
        return 30 + int(p.updateTotal > 0 ? 60 * p.updateSent / p.updateTotal : 0);
    case sync::DoorStage::Finishing:
        return 95;
    }
    return 0;
}

} // namespace

void DoorsPage::setDialogHook(std::function<void(CommissionDialog *)> hook)
{
    dialogHook() = std::move(hook);
}

namespace {
std::function<void(FieldKitDialog *)> &fieldKitHook()
{
    static std::function<void(FieldKitDialog *)> hook;
    return hook;
}
} // namespace

void DoorsPage::setFieldKitHook(std::function<void(FieldKitDialog *)> hook)
{
    fieldKitHook() = std::move(hook);
}

DoorsPage::DoorsPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new DoorsModel(*services.directory, *services.queries, services.devices, *services.clock, this))
    , m_inRange(new DoorsInRangeModel({}, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_simBanner(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detailHint(new QLabel(this))
    , m_detailTabs(new QTabWidget(this))
    , m_changes(
          makeTree({tr("Recorded"), tr("Takes effect"), tr("Change")}, this, QStringLiteral("changesTree")))
    , m_alarms(makeTree({tr("When"), tr("Raised by"), tr("Alarm")}, this, QStringLiteral("alarmsTree")))
    , m_leftOut(new QLabel(this))
    , m_radioLabel(new QLabel(this))
    , m_rangeTable(new QTableView(this))
    , m_commission(new QPushButton(tr("Commission…"), this))
    , m_fieldKit(new QPushButton(tr("Field Kit…"), this))
    , m_sync(new QPushButton(icon(QStringLiteral("sync")), tr("Sync"), this))
    , m_syncAll(new QPushButton(tr("Sync All in Range"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_runLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("doorsPage"));
    makeHeading(m_title);
    makeHint(m_subtitle);
    m_simBanner->setObjectName(QStringLiteral("warningLabel"));
    m_simBanner->setWordWrap(true);
    m_simBanner->setText(
        tr("<b>Simulated doors — not real hardware.</b> These doors live inside Porter for the "
           "demo, so you can try commissioning and Door Sync without a lock. Nothing here "
           "reaches a real door."));
    m_simBanner->hide();

    // The doors of the property.
    m_table->setObjectName(QStringLiteral("doorsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DoorsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DoorsPage::onDoorSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateInRangeDoors();
        // A property has tens of doors, not thousands: size the columns to what they hold.
        m_table->resizeColumnsToContents();
        for (int c = 0; c < DoorsModel::ColumnCount; ++c)
            m_table->setColumnWidth(
                c, qMax(m_table->columnWidth(c), m_table->horizontalHeader()->sectionSizeHint(c)) + 4);
    });

    auto *legend = new QLabel(tr("Rows tinted amber must be synced today: access starts or ends today, or a "
                                 "change is already due."),
                              this);
    makeHint(legend);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(legend);

    // The selected door.
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 8, 8, 0);
    m_detailTitle->setObjectName(QStringLiteral("doorName"));
    makeHeading(m_detailTitle, 1.2);
    makeHint(m_detailHint);
    m_leftOut->setObjectName(QStringLiteral("warningLabel"));
    m_leftOut->setWordWrap(true);
    m_leftOut->hide();
    auto *changesPage = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->setContentsMargins(4, 4, 4, 4);
    changesLayout->addWidget(m_changes, 1);
    changesLayout->addWidget(m_leftOut);
    m_detailTabs->setObjectName(QStringLiteral("doorTabs"));
    m_detailTabs->addTab(changesPage, tr("Next Sync"));
    m_detailTabs->addTab(m_alarms, tr("Alarms"));
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailHint);
    detailLayout->addWidget(m_detailTabs, 1);

    // The Bluetooth panel.
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("sidePanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(10, 8, 10, 8);
    auto *rangeTitle = new QLabel(tr("Doors in Bluetooth range"), panel);
    makeHeading(rangeTitle, 1.2);
    m_radioLabel->setObjectName(QStringLiteral("radioLabel"));
    m_radioLabel->setWordWrap(true);
    m_radioLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rangeTable->setObjectName(QStringLiteral("inRangeTable"));
    m_rangeTable->setModel(m_inRange);
    m_rangeTable->setItemDelegateForColumn(DoorsInRangeModel::Signal, new SignalDelegate(m_rangeTable));
    m_rangeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rangeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rangeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rangeTable->setShowGrid(false);
    m_rangeTable->setWordWrap(false);
    m_rangeTable->verticalHeader()->hide();
    m_rangeTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_rangeTable->horizontalHeader()->setHighlightSections(false);
    m_rangeTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rangeTable->horizontalHeader()->setSectionResizeMode(DoorsInRangeModel::DoorName,
                                                           QHeaderView::Interactive);
    m_rangeTable->setColumnWidth(DoorsInRangeModel::DoorName, width(QStringLiteral("Main Entrance West")));
    m_rangeTable->horizontalHeader()->setSectionResizeMode(DoorsInRangeModel::State, QHeaderView::Stretch);
    m_rangeTable->horizontalHeader()->setSectionResizeMode(DoorsInRangeModel::Signal, QHeaderView::Fixed);
    m_rangeTable->setColumnWidth(DoorsInRangeModel::Signal,
                                 width(QStringLiteral("-100 dBm")) + fm.height() * 2);
    connect(m_rangeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A door of ours heard nearby: show it above too.
                const Id doorId = current.isValid() ? m_inRange->doorIdAt(current.row()) : 0;
                if (doorId != 0 && doorId != selectedDoorId())
                    selectDoor(doorId);
                updateButtons();
            });
    connect(m_inRange, &QAbstractItemModel::rowsInserted, this, &DoorsPage::updateButtons);
    connect(m_inRange, &QAbstractItemModel::rowsRemoved, this, &DoorsPage::updateButtons);
    connect(m_inRange, &QAbstractItemModel::modelReset, this, &DoorsPage::updateButtons);
    connect(m_inRange, &QAbstractItemModel::dataChanged, this, &DoorsPage::updateButtons);

    m_commission->setObjectName(QStringLiteral("commissionButton"));
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_syncAll->setObjectName(QStringLiteral("syncAllButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    connect(m_commission, &QPushButton::clicked, this, &DoorsPage::commission);
    m_fieldKit->setObjectName(QStringLiteral("fieldKitButton"));
    connect(m_fieldKit, &QPushButton::clicked, this, &DoorsPage::openFieldKit);
    connect(m_sync, &QPushButton::clicked, this, &DoorsPage::syncSelected);
    connect(m_syncAll, &QPushButton::clicked, this, &DoorsPage::syncAllInRange);
    connect(m_cancel, &QPushButton::clicked, this, &DoorsPage::cancelSync);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_commission);
    buttons->addWidget(m_fieldKit);
    buttons->addStretch();
    buttons->addWidget(m_sync);
    buttons->addWidget(m_syncAll);

    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fm.height() - 2);
    m_cancel->setEnabled(false);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    m_results->setObjectName(QStringLiteral("syncResults"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setTextElideMode(Qt::ElideNone);

    panelLayout->addWidget(rangeTitle);
    panelLayout->addWidget(m_radioLabel);
    // Bluetooth off: the way out is one click away, not only in the system's settings.
    m_powerOn = new QPushButton(tr("Turn &Bluetooth On"), panel);
    m_powerOn->setObjectName(QStringLiteral("powerOnButton"));
    m_powerOn->setAccessibleName(tr("Turn Bluetooth on"));
    m_powerOn->setToolTip(tr("Turns this computer's Bluetooth on and scans for doors again."));
    m_powerOn->hide();
    connect(m_powerOn, &QPushButton::clicked, this, &DoorsPage::turnRadioOn);
    panelLayout->addWidget(m_powerOn, 0, Qt::AlignLeft);
    panelLayout->addWidget(m_rangeTable, 4);
    panelLayout->addLayout(buttons);
    panelLayout->addWidget(m_runLabel);
    // Progress and results appear with the first sync; until then the doors in range have the room.
    m_runArea = new QWidget(panel);
    auto *runLayout = new QVBoxLayout(m_runArea);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addLayout(runRow);
    runLayout->addWidget(m_results, 1);
    m_runArea->hide();
    panelLayout->addWidget(m_runArea, 3);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("doorsBottomSplitter"));
    bottom->addWidget(detail);
    bottom->addWidget(panel);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setCollapsible(1, false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("doorsSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    split->setSizes({300, 440}); // the doors first: a property's doors fit without scrolling

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_simBanner);
    layout->addWidget(split, 1);

    m_runLabel->setText(tr("Select a door in range and press Sync, or walk along a corridor with Sync All in "
                           "Range."));
    makeHint(m_runLabel);
    updateDetail();
    updateButtons();
}

DoorsPage::~DoorsPage()
{
    // A sync still running ends with the page: its engine cancels and records nothing unacknowledged.
    delete m_run;
    stopScanning();
}

void DoorsPage::setManager(const Manager &manager)
{
    m_manager = manager;
    m_model->setManager(manager);
}

void DoorsPage::setProperty(const Property &property)
{
    m_property = property;
    m_mayManageDevices = property.id != 0 && permissions::canManageDevices(m_manager, property).ok();
    m_title->setText(property.id ? tr("Doors — %1").arg(property.name) : tr("Doors"));
    m_subtitle->setText(
        tr("Offline doors learn who may open them only when they are synced. Stand near a door "
           "and sync it over Bluetooth."));
    m_inRange->clear();
    m_model->setProperty(property);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
    updateButtons();
}

void DoorsPage::refresh()
{
    const Id keep = selectedDoorId();
    m_model->refresh();
    if (!selectDoor(keep) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
    updateButtons();
}

bool DoorsPage::selectDoor(Id doorId)
{
    const int row = m_model->rowOf(doorId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

Id DoorsPage::selectedDoorId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(DoorsModel::DoorIdRole).toLongLong() : 0;
}

void DoorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateDetail(); // what updateDetail leaves out while the page is hidden
    startScanning();
}

void DoorsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A scan costs battery and radio time: only while someone looks at the list. A sync goes on.
    stopScanning();
}

bool DoorsPage::scanning() const
{
    return m_scanner && m_scanner->isScanning();
}

void DoorsPage::startScanning()
{
    if (scanning())
        return;
    auto radio = sync::Radio::require();
    if (!radio.ok()) {
        m_radio.reset();
        m_simBanner->hide();
        m_radioLabel->setObjectName(QStringLiteral("warningLabel"));
        m_radioLabel->setText(tr("%1 The list of doors above still works.").arg(radio.error().message));
        repolish(m_radioLabel);
        updateButtons();
        return;
    }
    m_radio = *radio;
    m_simBanner->setVisible(m_radio->simulated());
    m_scanner = m_radio->createScanner();
    connect(m_scanner.get(), &sync::DoorScanner::seen, m_inRange, &DoorsInRangeModel::heard);
    connect(m_scanner.get(), &sync::DoorScanner::failed, this, [this](const Error &error) {
        m_radioLabel->setObjectName(QStringLiteral("warningLabel"));
        m_radioLabel->setText(tr("Cannot scan for doors: %1 The list of doors above still works; come back "
                                 "to this page to scan again.")
                                  .arg(error.message));
        repolish(m_radioLabel);
        m_inRange->clear();
        m_powerOn->setVisible(m_radio && m_radio->poweredOff());
        updateButtons();
    });
    m_powerOn->hide();
    m_radioLabel->setObjectName(QStringLiteral("radioLabel"));
    //: %1 is how doors are reached, e.g. "Bluetooth (hci0)" or "Simulated doors"
    m_radioLabel->setText(tr("Scanning: %1. A door appears when it is near; one not heard for 10 seconds "
                             "leaves the list.")
                              .arg(m_radio->describe()));
    makeHint(m_radioLabel);
    repolish(m_radioLabel);
    m_scanner->start(0);
    updateButtons();
}

void DoorsPage::stopScanning()
{
    if (m_scanner) {
        m_scanner->disconnect(this);
        m_scanner->stop();
        m_scanner.reset();
    }
}

void DoorsPage::turnRadioOn()
{
    if (!m_radio)
        return;
    if (const Status on = m_radio->powerOn(); !on.ok()) {
        m_radioLabel->setObjectName(QStringLiteral("warningLabel"));
        m_radioLabel->setText(on.error().message);
        repolish(m_radioLabel);
        return;
    }
    m_powerOn->hide();
    stopScanning();
    startScanning();
}

void DoorsPage::updateInRangeDoors()
{
    const QModelIndex current = m_rangeTable->currentIndex();
    const QString address =
        current.isValid() ? current.data(DoorsInRangeModel::AddressRole).toString() : QString();
    m_inRange->setDoors(m_property.id, m_model->doors(), m_model->pendingChanges());
    for (int row = 0; row < m_inRange->rowCount(); ++row)
        if (!address.isEmpty() && m_inRange->seenAt(row)->address == address)
            m_rangeTable->selectRow(row);
}

QString DoorsPage::seenAddressOf(Id doorId) const
{
    const int row = m_inRange->rowOfDoor(doorId);
    return row < 0 ? QString() : m_inRange->seenAt(row)->address;
}

void DoorsPage::onDoorSelected()
{
    updateDetail();
    // The same door in the Bluetooth panel, when it is near.
    const int row = m_inRange->rowOfDoor(selectedDoorId());
    if (row >= 0 && m_rangeTable->currentIndex().row() != row)
        m_rangeTable->selectRow(row);
    updateButtons();
}

void DoorsPage::updateDetail()
{
    m_changes->clear();
    m_alarms->clear();
    m_leftOut->hide();
    const int row = m_model->rowOf(selectedDoorId());
    const Door *door = m_model->doorAt(row);
    if (!door) {
        m_detailTitle->setText(m_model->rowCount() == 0 && !m_model->lastError().isEmpty()
                                   ? tr("Doors could not be listed")
                                   : tr("No door selected"));
        m_detailHint->setText(m_model->lastError().isEmpty()
                                  ? tr("Select a door to see its alarms and what its "
                                       "next sync would change.")
                                  : m_model->lastError());
        m_detailTabs->setTabText(0, tr("Next Sync"));
        m_detailTabs->setTabText(1, tr("Alarms"));
        return;
    }
    const QTimeZone zone(m_property.timeZone.toUtf8());
    m_detailTitle->setText(door->name);
    QStringList facts;
    facts << DisplayText::doorType(door->type);
    if (door->connectivity == Connectivity::Online)
        facts << tr("online: changes reach it over the internet");
    else if (!door->commissioned)
        facts << tr("not commissioned yet: press its install button, then Commission it from the Bluetooth "
                    "panel");
    else
        facts << tr("offline, version %1").arg(door->ackedVersion)
              << (door->lastSyncAt ? tr("last synced %1").arg(DisplayText::localTime(*door->lastSyncAt, zone))
                                   : tr("never synced"));
    if (m_model->holdsOldDoorcodeSecret(door->id))
        facts << tr("holds the old doorcode secret");
    if (const DoorSyncTask *t = m_model->taskOf(door->id); t && t->signingKeyReset)
        facts << tr("trusts a signing key from before its reset: reset the door on site and commission it "
                    "again");
    else if (t && t->oldSigningKey)
        facts << tr("trusts the old signing key");
    m_detailHint->setText(facts.join(tr(" · ")));

    const DoorSyncTask *task = m_model->taskOf(door->id);
    const int pending = task ? task->pendingChanges : 0;
    if (task) {
        for (const DoorChange &c : task->changes) {
            auto *item = new QTreeWidgetItem(m_changes);
            item->setText(0, DisplayText::localTime(c.at, zone));
            item->setText(1, c.effectiveAt ? DisplayText::localTime(*c.effectiveAt, zone) : tr("at once"));
            const QString line = DisplayText::doorChange(c);
            item->setText(2, line);
            item->setToolTip(2, line);
        }
    }
    if (pending == 0) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setFirstColumnSpanned(true);
        item->setText(0, door->connectivity == Connectivity::Online
                             ? tr("Nothing: an online door needs no sync.")
                             : tr("Nothing to change: the door is up to "
                                  "date. A sync would still set its clock "
                                  "and bring back its activity."));
    }
    m_detailTabs->setTabText(0, pending > 0 ? tr("Next Sync (%1)").arg(pending) : tr("Next Sync"));
    // Working this out builds the door's whole list (every holder of the property): only for a page on
    // screen, so the People page a manager signs in to is not kept waiting (showEvent runs it then).
    if (isVisible() && m_services.devices && door->connectivity == Connectivity::Offline) {
        if (auto leftOut = m_services.devices->leftOutOfDoorList(m_manager, door->id);
            leftOut.ok() && !leftOut->isEmpty()) {
            m_leftOut->setText(tr("Left out of the door's list (the door cannot carry them; fix the data and "
                                  "sync again):\n%1")
                                   .arg(leftOut->join(QLatin1Char('\n'))));
            m_leftOut->show();
        }
    }

    int alarmCount = 0;
    if (auto alarms = m_services.directory->doorAlarms(m_manager, door->id); alarms.ok()) {
        for (const DoorAlarm &a : *alarms) {
            auto *item = new QTreeWidgetItem(m_alarms);
            item->setText(0, DisplayText::localTime(a.at, zone));
            item->setText(1, a.source == QLatin1String("porter") ? tr("Porter") : tr("The door"));
            item->setText(2, DisplayText::doorAlarm(a));
            item->setToolTip(2, item->text(2));
            ++alarmCount;
        }
    }
    if (door->lostEntries > 0) {
        auto *item = new QTreeWidgetItem(m_alarms);
        item->setText(0, door->lastSyncAt ? DisplayText::localTime(*door->lastSyncAt, zone) : QString());
        item->setText(1, tr("The door"));
        item->setText(2, tr("The door has lost %n activity entries (its memory was full before a sync).",
                            nullptr, int(door->lostEntries)));
    }
    if (m_alarms->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_alarms);
        item->setFirstColumnSpanned(true);
        item->setText(0, tr("No alarms."));
    }
    m_detailTabs->setTabText(1, alarmCount > 0 ? tr("Alarms (%1)").arg(alarmCount) : tr("Alarms"));
    // Dates and "raised by" as wide as they are; the sentence gets the rest.
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("2027-08-31 23:59 EDT")) + 16;
    for (QTreeWidget *tree : {m_changes, m_alarms}) {
        tree->setColumnWidth(0, dateWidth);
        tree->resizeColumnToContents(1);
        tree->setColumnWidth(1, qMax(tree->columnWidth(1), tree->header()->sectionSizeHint(1)));
    }
}

void DoorsPage::updateButtons()
{
    const bool busy = m_run && m_run->running();
    const bool haveRadio = bool(m_radio);
    // A disabled door action names the right it needs (permissions::missingRight).
    const QString noRight = m_property.id != 0 ? permissions::missingRight(m_manager, m_property,
                                                                           permissions::Right::ManageDevices)
                                               : QString();

    const QModelIndex range = m_rangeTable->currentIndex();
    const auto kind = range.isValid() ? m_inRange->kindAt(range.row()) : DoorsInRangeModel::Kind::NewDoor;
    const bool awaiting = range.isValid() && kind == DoorsInRangeModel::Kind::AwaitingCommission;
    m_commission->setEnabled(m_mayManageDevices && haveRadio && awaiting && !busy);
    m_commission->setToolTip(!m_mayManageDevices ? noRight
                             : awaiting          ? tr("Make this new door one of the property's doors.")
                                                 : tr("Select a door waiting to be commissioned in the list "
                                                               "above (press the door's install button first)."));

    m_fieldKit->setEnabled(m_mayManageDevices && m_property.id != 0 && !busy);
    m_fieldKit->setToolTip(!m_mayManageDevices
                               ? noRight
                               : tr("Sync doors where there is no internet: build a kit of this property's "
                                    "doors before going, deliver it at the site, upload the doors' answers "
                                    "back online."));

    const Id selected = selectedDoorId();
    const Door *door = m_model->doorAt(m_model->rowOf(selected));
    const bool inRange = !seenAddressOf(selected).isEmpty();
    m_sync->setEnabled(m_mayManageDevices && haveRadio && door && door->commissioned && inRange && !busy);
    m_sync->setText(door && door->commissioned && inRange ? tr("Sync ‘%1’").arg(door->name) : tr("Sync"));
    m_sync->setToolTip(!m_mayManageDevices   ? noRight
                       : !door               ? tr("Select a door.")
                       : !door->commissioned ? tr("‘%1’ is not commissioned yet.").arg(door->name)
                       : !inRange            ? tr("‘%1’ is not in range: walk to it, and it appears in "
                                                             "the list when Porter hears it.")
                                        .arg(door->name)
                                  : tr("Send ‘%1’ its changes, set its clock and bring back its "
                                       "activity.")
                                        .arg(door->name));
    const int near = int(m_inRange->doorsInRange().size());
    m_syncAll->setEnabled(m_mayManageDevices && haveRadio && near > 0 && !busy);
    m_syncAll->setText(near > 0 ? tr("Sync All in Range (%1)").arg(near) : tr("Sync All in Range"));
    m_syncAll->setToolTip(m_mayManageDevices ? tr("Sync every door of this property in range, one after "
                                                  "another.")
                                             : noRight);
    m_cancel->setEnabled(busy);
}

void DoorsPage::commission()
{
    const QModelIndex range = m_rangeTable->currentIndex();
    if (!m_commission->isEnabled() || !range.isValid())
        return;
    const QString address = range.data(DoorsInRangeModel::AddressRole).toString();
    QList<Door> candidates;
    for (const Door &d : m_model->doors())
        if (!d.commissioned && d.connectivity == Connectivity::Offline)
            candidates << d;
    CommissionDialog dialog(m_services, m_manager, candidates, address, this);
    if (const Door *selected = m_model->doorAt(m_model->rowOf(selectedDoorId()));
        selected && !selected->commissioned)
        dialog.chooseDoor(selected->id);
    connect(&dialog, &CommissionDialog::commissioned, this, [this](Id doorId) {
        refresh();
        selectDoor(doorId);
        Q_EMIT doorsChanged();
    });
    if (dialogHook())
        dialogHook()(&dialog);
    else
        dialog.exec();
}

void DoorsPage::openFieldKit()
{
    FieldKitDialog dialog(m_services, m_manager, m_property, this);
    if (fieldKitHook())
        fieldKitHook()(&dialog);
    else
        dialog.exec();
    // An upload recorded what the doors acknowledged.
    refresh();
    Q_EMIT doorsChanged();
}

void DoorsPage::syncSelected()
{
    const Id doorId = selectedDoorId();
    const Door *door = m_model->doorAt(m_model->rowOf(doorId));
    const QString address = seenAddressOf(doorId);
    if (!m_sync->isEnabled() || !door || address.isEmpty())
        return;
    runSyncs({DoorSyncRun::Item{doorId, door->name, address}});
}

void DoorsPage::syncAllInRange()
{
    if (!m_syncAll->isEnabled())
        return;
    QList<DoorSyncRun::Item> items;
    for (Id doorId : m_inRange->doorsInRange())
        if (const Door *door = m_model->doorAt(m_model->rowOf(doorId)))
            items << DoorSyncRun::Item{doorId, door->name, seenAddressOf(doorId)};
    runSyncs(items);
}

void DoorsPage::cancelSync()
{
    if (m_run)
        m_run->cancel();
}

void DoorsPage::runSyncs(const QList<DoorSyncRun::Item> &items)
{
    if (items.isEmpty())
        return;
    delete m_run;
    m_results->clear();
    m_runArea->show();
    m_run = new DoorSyncRun(m_services, m_manager, items, this);
    for (int i = 0; i < items.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1 — waiting").arg(items.at(i).doorName), m_results);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    DoorSyncRun *run = m_run;
    const auto line = [run](int i) { return run->item(i).doorName; };
    connect(run, &DoorSyncRun::doorStarted, this, [this, run, line](int i) {
        m_runLabel->setText(tr("Door %1 of %2: %3 — %4")
                                .arg(i + 1)
                                .arg(run->count())
                                .arg(line(i), sync::describe(sync::DoorStage::Connecting)));
        m_progress->setValue(0);
        if (QListWidgetItem *item = m_results->item(i)) {
            item->setText(tr("%1 — %2").arg(line(i), sync::describe(sync::DoorStage::Connecting)));
            item->setForeground(palette().color(QPalette::Text));
            m_results->scrollToItem(item);
        }
    });
    connect(run, &DoorSyncRun::progress, this, [this, run, line](int i, const sync::DoorProgress &p) {
        m_runLabel->setText(
            tr("Door %1 of %2: %3 — %4").arg(i + 1).arg(run->count()).arg(line(i), sync::describe(p.stage)));
        m_progress->setValue(stagePercent(p));
        if (QListWidgetItem *item = m_results->item(i))
            item->setText(tr("%1 — %2").arg(line(i), sync::describe(p.stage)));
    });
    connect(run, &DoorSyncRun::doorFinished, this, [this, run, line](int i, bool ok) {
        if (QListWidgetItem *item = m_results->item(i)) {
            const auto outcome = run->outcome(i);
            //: A door's line in the sync results: "Lobby — Synced: 3 changes sent …"
            item->setText(ok ? tr("%1 — Synced: %2").arg(line(i), run->resultText(i))
                          : outcome == DoorSyncRun::Outcome::Cancelled
                              ? tr("%1 — Not synced: %2").arg(line(i), run->resultText(i))
                              : tr("%1 — Failed: %2").arg(line(i), run->resultText(i)));
            item->setForeground(ok                                           ? QColor(0x16, 0x65, 0x34)
                                : outcome == DoorSyncRun::Outcome::Cancelled ? kDueText
                                                                             : kAlarm);
            // The status dots of the People page: green synced, amber not synced, red failed.
            item->setIcon(statusIcon(ok                                           ? PersonStatus::Active
                                     : outcome == DoorSyncRun::Outcome::Cancelled ? PersonStatus::Expired
                                                                                  : PersonStatus::Revoked));
        }
        m_progress->setValue(ok ? 100 : 0);
        if (ok) {
            if (auto door = m_services.directory->door(m_manager, run->item(i).doorId); door.ok())
                m_inRange->noteSynced(door->id, door->ackedVersion);
            refresh();
            Q_EMIT doorsChanged();
        }
    });
    connect(run, &DoorSyncRun::finished, this, [this, run] {
        int synced = 0;
        for (int i = 0; i < run->count(); ++i)
            synced += run->outcome(i) == DoorSyncRun::Outcome::Synced ? 1 : 0;
        m_runLabel->setText(
            synced == run->count()
                ? (run->count() == 1 ? tr("Done: the door is synced.")
                                     : tr("Done: all %n doors are synced.", nullptr, run->count()))
                : tr("Done: %1 of %2 doors synced. See below for what to do about the others.")
                      .arg(synced)
                      .arg(run->count()));
        updateButtons();
    });
    run->start();
    updateButtons();
}

} // namespace porter::ui
