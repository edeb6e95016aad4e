#include "activitypage.h"

#include "messagebox.h"
#include "theme.h"
#include "util/localtime.h"
#include "util/tablefile.h"
#include "viewmodels/activitymodel.h"
#include "viewmodels/displaytext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

std::function<QString(const QString &)> &saveFileHook()
{
    static std::function<QString(const QString &)> hook;
    return hook;
}

// The earliest date a date field offers; showing it means "no limit" (the field's special text).
const QDate kNoDate(2000, 1, 1);

} // namespace

void ActivityPage::setSaveFileHook(std::function<QString(const QString &)> hook)
{
    saveFileHook() = std::move(hook);
}

ActivityPage::ActivityPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new ActivityModel(*services.queries, this))
    , m_title(new QLabel(tr("Activity"), this))
    , m_subtitle(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_door(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_export(new QPushButton(tr("E&xport to CSV…"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("activityPage"));
    makeHeading(m_title);
    makeHint(m_subtitle);

    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setPlaceholderText(tr("Person, door or manager"));
    m_search->setToolTip(tr("Part of a name, email or phone number. Deleted people are found too."));
    m_search->setAccessibleName(tr("Search activity"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ActivityPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &ActivityPage::applyFilter);

    m_door->setObjectName(QStringLiteral("activityDoor"));
    m_door->setAccessibleName(tr("Door"));
    m_door->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_door, &QComboBox::activated, this, &ActivityPage::applyFilter);

    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->setAccessibleName(tr("Kind of activity"));
    m_kind->addItem(tr("All kinds"), 0);
    for (ActivityKind k : {ActivityKind::DoorEvents, ActivityKind::AccessChanges, ActivityKind::Denials,
                           ActivityKind::DeviceEvents})
        m_kind->addItem(DisplayText::activityKind(k), int(k));
    connect(m_kind, &QComboBox::activated, this, &ActivityPage::applyFilter);

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("Any day"));
        edit->setDate(kNoDate);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &ActivityPage::applyFilter);
    }
    m_from->setObjectName(QStringLiteral("activityFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setToolTip(tr("The first day to list, in the property's time zone"));
    m_to->setObjectName(QStringLiteral("activityTo"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setToolTip(tr("The last day to list, in the property's time zone"));

    m_export->setObjectName(QStringLiteral("activityExport"));
    m_export->setToolTip(tr("Save every event the filters match as a CSV file for a spreadsheet"));
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::exportCsv);

    m_count->setObjectName(QStringLiteral("activityCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(label(tr("&Search:"), m_search));
    filters->addWidget(m_search, 2);
    filters->addSpacing(8);
    filters->addWidget(label(tr("Doo&r:"), m_door));
    filters->addWidget(m_door, 1);
    filters->addSpacing(8);
    filters->addWidget(label(tr("&Kind:"), m_kind));
    filters->addWidget(m_kind, 1);
    // The dates on a second row, so the page fits a small laptop screen (1024 px and less).
    auto *dates = new QHBoxLayout;
    dates->setSpacing(6);
    dates->addWidget(label(tr("Fro&m:"), m_from));
    dates->addWidget(m_from);
    dates->addWidget(label(tr("T&o:"), m_to));
    dates->addWidget(m_to);
    dates->addStretch(1);

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activity"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    auto *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    // The database sorts the paged history by any column but Details (a sentence made for the reader);
    // a click on Details puts the indicator back where the order is.
    m_table->setSortingEnabled(true);
    header->setSortIndicator(ActivityModel::When, Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!ActivityModel::sortOf(column))
                    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
                else
                    m_model->sort(column, order);
            });
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](const char *sample) { return fm.horizontalAdvance(QLatin1String(sample)) + 24; };
    m_table->setColumnWidth(ActivityModel::When, width("2027-08-31 23:59 EDT"));
    m_table->setColumnWidth(ActivityModel::Who, width("Alexandra Montgomery"));
    // Action and result labels are words in the reader's language: as wide as the longest of them.
    const auto widest = [&](const QStringList &labels) {
        int w = 0;
        for (const QString &l : labels)
            w = qMax(w, fm.horizontalAdvance(l));
        return w + 24;
    };
    QStringList actions;
    for (const char *code : {"invite", "grant-add", "grant-expiry", "grant-remove", "revoke", "delete",
                             "share", "keycard-enroll", "door-unlock", "door-sync", "door-alarm", "denied"})
        actions << DisplayText::action(QLatin1String(code));
    m_table->setColumnWidth(ActivityModel::Action, widest(actions));
    m_table->setColumnWidth(ActivityModel::Person, width("Alexandra Montgomery"));
    m_table->setColumnWidth(ActivityModel::Door, width("Building entrance"));
    QStringList results;
    for (const char *code : {"granted", "denied", "ok", "failed", "alarm"})
        results << DisplayText::activityResult(QLatin1String(code));
    m_table->setColumnWidth(ActivityModel::Result, widest(results));

    connect(m_model, &ActivityModel::totalCountChanged, this, &ActivityPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateCount);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    top->addWidget(m_export, 0, Qt::AlignBottom);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_search, m_door);
    setTabOrder(m_door, m_kind);
    setTabOrder(m_kind, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_export);
}

void ActivityPage::setManager(const Manager &manager)
{
    m_manager = manager;
    m_model->setManager(manager);
}

void ActivityPage::setProperty(const Property &property)
{
    m_property = property;
    m_subtitle->setText(
        property.id == 0
            ? QString()
            : tr("Door events and manager actions at %1, deleted people's included. Times in %2.")
                  .arg(property.name, DisplayText::zoneLabel(QTimeZone(property.timeZone.toUtf8()),
                                                             m_services.clock->nowSecs())));
    {
        const QSignalBlocker a(m_search), b(m_from), c(m_to);
        m_search->clear();
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        m_kind->setCurrentIndex(0);
    }
    m_export->setEnabled(property.id != 0);
    m_propertyChanged = true;
    refresh();
}

void ActivityPage::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    reloadDoors();
    if (m_propertyChanged) {
        m_propertyChanged = false;
        m_model->setProperty(m_property);
    } else {
        m_model->refresh();
    }
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ActivityPage::reloadDoors()
{
    const QVariant current = m_door->currentData();
    m_door->clear();
    m_door->addItem(tr("All doors"), QVariant());
    if (m_property.id != 0)
        if (auto doors = m_services.directory->doors(m_manager, m_property.id); doors.ok())
            for (const Door &d : *doors)
                m_door->addItem(d.name, d.id);
    m_door->setCurrentIndex(qMax(0, m_door->findData(current)));
}

void ActivityPage::applyFilter()
{
    m_searchTimer->stop();
    ActivityFilter f;
    f.search = m_search->text().trimmed();
    if (m_door->currentData().isValid())
        f.doorId = m_door->currentData().toLongLong();
    f.kinds = ActivityKinds(m_kind->currentData().toInt());
    // Whole days in the property's time zone, the "to" day included.
    const QTimeZone zone(m_property.timeZone.toUtf8());
    if (m_from->date() > kNoDate)
        f.from = startOfLocalDay(m_from->date(), zone);
    if (m_to->date() > kNoDate)
        f.to = startOfLocalDay(m_to->date().addDays(1), zone);
    m_model->setFilter(f);
}

void ActivityPage::updateCount()
{
    const int total = m_model->totalCount();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else if (total == 0)
        m_count->setText(tr("No activity matches these filters."));
    else if (m_model->rowCount() < total)
        m_count->setText(
            tr("%1 of %n events shown; scroll for more.", nullptr, total).arg(m_model->rowCount()));
    else
        m_count->setText(tr("%n events", nullptr, total));
}

void ActivityPage::exportCsv()
{
    if (m_property.id == 0)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Activity %1 %2.csv")
                          .arg(m_property.name,
                               localDate(m_services.clock->nowSecs(), QTimeZone(m_property.timeZone.toUtf8()))
                                   .toString(Qt::ISODate)));
    QString filter;
    const QString path = TableFile::withFilterSuffix(
        saveFileHook()
            ? saveFileHook()(suggested)
            : QFileDialog::getSaveFileName(this, tr("Export Activity"), suggested,
                                           tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"), &filter),
        filter);
    if (path.isEmpty())
        return;
    //: The sheet's name in an exported Excel workbook
    const porter::Result<int> written =
        TableFile::write(path, tr("Activity"), [&](TableFile &file) { return m_model->exportTo(file); });
    if (!written.ok()) {
        MessageBox::warning(this, tr("Export Activity"), tr("The activity was not exported."),
                            written.error().message);
        return;
    }
    const int n = *written;
    MessageBox::information(
        this, tr("Export Activity"),
        n == 1 ? tr("Exported 1 event to %1.").arg(QDir::toNativeSeparators(path))
               : tr("Exported %n events to %1.", nullptr, n).arg(QDir::toNativeSeparators(path)));
}

} // namespace porter::ui
