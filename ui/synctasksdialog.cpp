#include "synctasksdialog.h"

#include "theme.h"
#include "viewmodels/synctasksmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace porter::ui {

SyncTasksDialog::SyncTasksDialog(const Services &services, const Manager &manager, const Property &property,
                                 QWidget *parent)
    : QDialog(parent)
    , m_model(new SyncTasksModel(*services.queries, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("syncTasksDialog"));
    setWindowTitle(tr("Door Sync Tasks — %1").arg(property.name));
    m_model->setManager(manager);
    m_model->setProperty(property);

    auto *title = new QLabel(tr("Door sync tasks"), this);
    makeHeading(title, 1.25);
    auto *hint = new QLabel(tr("Offline doors learn about new, changed and ended access only when someone "
                               "syncs them. Take the laptop to each door below and sync it on the Doors "
                               "page; doors due today must be synced before the end of the day."),
                            this);
    makeHint(hint);
    m_summary->setObjectName(QStringLiteral("syncTasksSummary"));
    m_summary->setWordWrap(true);
    const int doors = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_summary->setText(m_model->lastError());
    else if (doors == 0)
        m_summary->setText(tr("All doors are in sync."));
    else
        //: %1 is "N doors need a sync", %2 "N due today", %3 "N pending changes"
        m_summary->setText(
            tr("%1, %2, %3.")
                .arg(doors == 1 ? tr("1 door needs a sync") : tr("%n doors need a sync", nullptr, doors),
                     tr("%n due today", nullptr, m_model->dueTodayCount()),
                     m_model->pendingChangesTotal() == 1
                         ? tr("1 pending change")
                         : tr("%n pending changes", nullptr, m_model->pendingChangesTotal())));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SyncTasksModel::SortRole);
    m_table->setObjectName(QStringLiteral("syncTasksTable"));
    m_table->setAccessibleName(tr("Door sync tasks"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SyncTasksModel::Due, Qt::AscendingOrder);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 32; };
    m_table->setColumnWidth(SyncTasksModel::Door, width(QStringLiteral("Building entrance West")));
    m_table->setColumnWidth(SyncTasksModel::Due,
                            qMax(width(m_model->headerData(SyncTasksModel::Due, Qt::Horizontal).toString()),
                                 width(tr("Due today"))));
    m_table->setColumnWidth(
        SyncTasksModel::PendingChanges,
        width(m_model->headerData(SyncTasksModel::PendingChanges, Qt::Horizontal).toString()));
    m_table->setColumnWidth(SyncTasksModel::DueSince, width(QStringLiteral("2027-08-31 23:59 EDT")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("Open &Doors Page"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openDoorsButton"));
    open->setToolTip(tr("Go to the Doors page, where each door is synced"));
    connect(open, &QPushButton::clicked, this, [this] { m_openDoors = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 420);
}

} // namespace porter::ui
