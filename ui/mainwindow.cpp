#include "mainwindow.h"

#include "access/permissions.h"
#include "activitypage.h"
#include "app/changefeed.h"
#include "bulkkeydialog.h"
#include "changepassworddialog.h"
#include "doorspage.h"
#include "importwizard.h"
#include "invitedialog.h"
#include "keyspage.h"
#include "maildelivery.h"
#include "managerspage.h"
#include "messagebox.h"
#include "outboxpage.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "serverconnectdialog.h"
#include "synctasksdialog.h"
#include "theme.h"
#include "util/localtime.h"
#include "util/tablefile.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/peopleexport.h"
#include "viewmodels/peoplemodel.h"
#include "viewmodels/propertiesmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

std::function<void(QDialog *)> &dialogHook()
{
    static std::function<void(QDialog *)> hook;
    return hook;
}

bool runDialog(QDialog &dialog)
{
    if (dialogHook()) {
        dialogHook()(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

// Two lines per property: its name, and its time zone underneath in the secondary colour.
class PropertyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect r = opt.rect.adjusted(10, 6, -8, -6);
        QFont bold = opt.font;
        bold.setWeight(QFont::DemiBold);
        const QFontMetrics fm(bold);
        painter->save();
        painter->setFont(bold);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data().toString(), Qt::ElideRight, r.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QString zone = index.data(PropertiesModel::TimeZoneRole).toString();
        painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), QFontMetrics(small).height()),
                          Qt::AlignLeft | Qt::AlignVCenter, zone);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(QFontMetrics(option.font).height() * 2 + 16);
        return s;
    }
};

// An action's own tooltip, or, when the signed-in manager lacks the right it needs, the sentence that
// names that right (permissions::missingRight): a disabled action says why.
void explainAction(QAction *action, const QString &missingRight)
{
    static const char *const kOwnTip = "porterOwnToolTip";
    if (!action->property(kOwnTip).isValid())
        action->setProperty(kOwnTip, action->toolTip());
    action->setToolTip(missingRight.isEmpty() ? action->property(kOwnTip).toString() : missingRight);
    action->setStatusTip(missingRight);
}

} // namespace

void MainWindow::setDialogHook(std::function<void(QDialog *)> hook)
{
    dialogHook() = std::move(hook);
}

bool MainWindow::showDialog(QDialog &dialog)
{
    return runDialog(dialog);
}

MainWindow::MainWindow(const Services &services, const Manager &manager, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_manager(manager)
    , m_properties(new PropertiesModel(*services.directory, this))
    , m_propertyList(new QListView(this))
    , m_people(new PeoplePage(*services.queries, this))
    , m_panel(new PersonPanel(services, this))
    , m_doors(new DoorsPage(services, this))
    , m_activity(new ActivityPage(services, this))
    , m_outbox(new OutboxPage(services, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_banner(new QWidget(this))
    , m_bannerLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_managerLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Porter"));
    setWindowIcon(icon(QStringLiteral("porter")));
    setUnifiedTitleAndToolBarOnMac(true);

    // Left: properties.
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("sidePanel"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 12, 0, 8);
    auto *propertiesTitle = new QLabel(tr("Properties"), left);
    makeHeading(propertiesTitle, 1.1);
    propertiesTitle->setContentsMargins(6, 0, 0, 0);
    m_propertyList->setObjectName(QStringLiteral("propertyList"));
    m_propertyList->setModel(m_properties);
    m_propertyList->setItemDelegate(new PropertyDelegate(m_propertyList));
    m_propertyList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_propertyList->setFrameShape(QFrame::NoFrame);
    m_propertyList->setUniformItemSizes(true);
    leftLayout->addWidget(propertiesTitle);
    leftLayout->addWidget(m_propertyList, 1);

    // Centre: a dismissible banner for what just happened, then the People page.
    m_banner->setObjectName(QStringLiteral("banner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 8, 16, 0);
    m_bannerLabel->setObjectName(QStringLiteral("infoLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_banner);
    close->setAutoRaise(true);
    close->setText(tr("Dismiss"));
    close->setToolTip(tr("Hide this message"));
    connect(close, &QToolButton::clicked, m_banner, &QWidget::hide);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(close, 0, Qt::AlignTop);
    m_banner->hide();

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_people, 1);

    // The selected person under the list, full width: keys, dates and doors stay readable.
    auto *right = new QFrame(this);
    right->setObjectName(QStringLiteral("sidePanel"));
    right->setFrameShape(QFrame::StyledPanel);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_panel);

    m_detailSplitter = new QSplitter(Qt::Vertical, this);
    m_detailSplitter->addWidget(centre);
    m_detailSplitter->addWidget(right);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_detailSplitter->setCollapsible(0, false);
    m_detailSplitter->setSizes({520, 300});

    // Nothing to detail while the list is empty or nobody is selected: give the list the room.
    m_detailPanel = right;
    connect(m_people->model(), &PeopleModel::totalCountChanged, this, &MainWindow::updateDetailPanel);

    // People and Doors, the two pages of a property.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_detailSplitter, icon(QStringLiteral("person")), tr("People"));
    m_pages->addTab(m_doors, icon(QStringLiteral("door")), tr("Doors"));
    // Keys: create, edit and delete keys, and who holds each (issue 9).
    m_keys = new KeysPage(services, this);
    m_keys->setManager(manager);
    m_pages->addTab(m_keys, icon(QStringLiteral("key")), tr("Keys"));
    connect(m_keys, &KeysPage::keysChanged, this, [this](const QString &message) {
        refresh(); // people's keys, door sync tasks
        showBanner(message);
    });
    connect(m_keys, &KeysPage::personActivated, this, [this](Id personId) {
        showPeoplePage();
        m_people->selectPerson(personId);
    });
    m_pages->addTab(m_activity, tr("Activity"));
    m_pages->addTab(m_outbox, tr("Outbox"));
    // Managers and their permissions: Portfolio Managers only (docs/permissions.md).
    if (permissions::canManageManagers(manager, manager.portfolioId).ok()) {
        m_managers = new ManagersPage(services, manager, this);
        m_pages->addTab(m_managers, icon(QStringLiteral("person")), tr("Managers"));
    }
    // What others did meanwhile (an invite, a sync) shows when the page is opened.
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_activity)
            m_activity->refresh();
        else if (m_pages->currentWidget() == m_outbox)
            m_outbox->refresh();
    });

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({230, 1210});
    setCentralWidget(m_splitter);

    buildActions();

    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_managerLabel->setObjectName(QStringLiteral("managerLabel"));
    //: Status bar: "Signed in as <name> · <role>"
    m_managerLabel->setText(tr("Signed in as %1 · %2").arg(manager.name, DisplayText::role(manager.role)));
    m_managerLabel->setToolTip(
        manager.role == ManagerRole::PortfolioManager
            ? manager.email
            : tr("%1\n%2, %3")
                  .arg(manager.email, DisplayText::keyManagement(manager.keyManagement),
                       manager.deviceManagement ? tr("Device Management") : tr("no Device Management")));
    // "N doors need a sync" opens the Doors page.
    m_syncLabel->setCursor(Qt::PointingHandCursor);
    m_syncLabel->installEventFilter(this);
    statusBar()->addWidget(m_syncLabel, 1);
    // Email delivery while Porter is open (issue 10): "Sending 3 emails…", "Email: 2 failed".
    if (services.mail) {
        m_mailLabel = new QLabel(this);
        m_mailLabel->setObjectName(QStringLiteral("mailLabel"));
        m_mailLabel->setContentsMargins(0, 0, 16, 0); // apart from "Signed in as …"
        m_mailLabel->setCursor(Qt::PointingHandCursor);
        m_mailLabel->installEventFilter(this);
        statusBar()->addPermanentWidget(m_mailLabel);
        m_mailDelivery = new MailDelivery(services, manager, this);
        connect(m_mailDelivery, &MailDelivery::statusChanged, this, &MainWindow::updateMailStatus);
        connect(m_mailDelivery, &MailDelivery::outboxChanged, this, [this] {
            m_outbox->refresh();
            m_panel->reloadEmails();
        });
        connect(m_outbox, &OutboxPage::sendNowRequested, this, [this] {
            m_mailDelivery->updateStatus();
            if (m_mailDelivery->state() == MailDelivery::State::NotConfigured) {
                MessageBox::information(this, tr("Send Now"), tr("Email is not set up yet."),
                                        tr("Enter the mail server in File ▸ Settings ▸ Email; Porter then "
                                           "sends the queued emails by itself."));
                return;
            }
            m_mailDelivery->deliverNow();
        });
        // A resent welcome email leaves at once.
        connect(m_panel, &PersonPanel::accessChanged, m_mailDelivery, &MailDelivery::deliverNow);
    }
    statusBar()->addPermanentWidget(m_managerLabel);
    if (m_services.backend) {
        ChangeFeed &feed = m_services.backend->changes();
        if (feed.live()) {
            m_liveRefresh = new QTimer(this);
            m_liveRefresh->setSingleShot(true);
            m_liveRefresh->setInterval(250);
            connect(m_liveRefresh, &QTimer::timeout, this, [this] {
                ++m_liveRefreshes;
                if (m_managers)
                    m_managers->refresh();
                refresh();
            });
            connect(&feed, &ChangeFeed::changed, this, &MainWindow::onRemoteChange);
            connect(&feed, &ChangeFeed::connectionChanged, this, &MainWindow::onServerConnection);
            m_serverLabel = new QLabel(this);
            m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
            m_serverLabel->hide();
            statusBar()->addPermanentWidget(m_serverLabel);
        }
    }

    m_people->setManager(manager);
    m_panel->setManager(manager);
    m_doors->setManager(manager);
    m_activity->setManager(manager);
    m_outbox->setManager(manager);
    connect(m_doors, &DoorsPage::doorsChanged, this, &MainWindow::updateSyncSummary);
    connect(m_people, &PeoplePage::selectedPersonChanged, this, &MainWindow::onPersonChanged);
    connect(m_people, &PeoplePage::inviteRequested, this, &MainWindow::invite);
    connect(m_people, &PeoplePage::personActivated, this, [this] { m_panel->tabs()->setFocus(); });
    connect(m_people, &PeoplePage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_panel, &PersonPanel::revokeAllRequested, this, &MainWindow::revokeAllKeys);
    connect(m_panel, &PersonPanel::deleteRequested, this, &MainWindow::deletePerson);
    connect(m_panel, &PersonPanel::accessChanged, this, [this](const QString &text) {
        refresh();
        showBanner(text);
    });
    connect(m_people->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_properties, &PropertiesModel::errorOccurred, this,
            [this](const QString &message) { showBanner(message, true); });

    m_properties->setManager(manager);
    connect(m_propertyList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onPropertyChanged);

    restoreWindowState();
    updateDetailPanel();
    if (m_mailDelivery)
        m_mailDelivery->start();

    QSettings settings;
    const Id last = settings.value(QStringLiteral("mainWindow/property")).toLongLong();
    if (!selectProperty(last) && m_properties->rowCount() > 0)
        selectProperty(m_properties->propertyAt(0)->id);
    if (m_properties->rowCount() == 0) {
        m_people->setProperty({}, QString());
        showBanner(manager.role == ManagerRole::PortfolioManager
                       ? tr("This portfolio has no properties yet. Add one with porterctl property add, "
                            "then choose Refresh.")
                       : tr("No property is assigned to you yet. Ask a Portfolio Manager to assign one."),
                   true);
    }
    updateActions();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::buildActions()
{
    m_invite = new QAction(icon(QStringLiteral("invite")), tr("&Invite…"), this);
    m_invite->setObjectName(QStringLiteral("inviteAction"));
    m_invite->setShortcut(QKeySequence::New);
    m_invite->setToolTip(tr("Invite someone to this property and give them keys (%1)")
                             .arg(m_invite->shortcut().toString(QKeySequence::NativeText)));
    connect(m_invite, &QAction::triggered, this, &MainWindow::invite);

    m_revoke = new QAction(icon(QStringLiteral("revoke")), tr("&Revoke All Keys…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeAction"));
    m_revoke->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revoke->setToolTip(tr("End every key of the selected person and the guest access they gave (%1)")
                             .arg(m_revoke->shortcut().toString(QKeySequence::NativeText)));
    connect(m_revoke, &QAction::triggered, this, &MainWindow::revokeAllKeys);

    m_delete = new QAction(icon(QStringLiteral("delete")), tr("&Delete Person…"), this);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Remove the selected person from People (%1)")
                             .arg(m_delete->shortcut().toString(QKeySequence::NativeText)));
    connect(m_delete, &QAction::triggered, this, &MainWindow::deletePerson);
    // Delete acts on the table only, so it never fires while typing in the search field.
    m_people->table()->addAction(m_delete);

    // The selected people at once (several rows can be selected), and the rows' right-click menu.
    m_addKey = new QAction(icon(QStringLiteral("key")), tr("Add &Key…"), this);
    m_addKey->setObjectName(QStringLiteral("addKeyAction"));
    m_addKey->setToolTip(tr("Give a key to every selected person"));
    connect(m_addKey, &QAction::triggered, this, &MainWindow::addKeyToSelected);
    m_removeKey = new QAction(tr("Re&move Key…"), this);
    m_removeKey->setObjectName(QStringLiteral("removeKeyAction"));
    m_removeKey->setToolTip(tr("Take a key away from every selected person"));
    connect(m_removeKey, &QAction::triggered, this, &MainWindow::removeKeyFromSelected);
    m_openPerson = new QAction(tr("&Open"), this);
    m_openPerson->setObjectName(QStringLiteral("openPersonAction"));
    connect(m_openPerson, &QAction::triggered, this, [this] {
        if (m_people->selectedPersonId())
            m_panel->tabs()->setFocus();
    });
    m_people->setRowActions({m_openPerson, nullptr, m_revoke, m_addKey, m_removeKey, nullptr, m_delete});

    m_refresh = new QAction(icon(QStringLiteral("refresh")), tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload properties, people and door sync tasks (%1)")
                              .arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_find = new QAction(icon(QStringLiteral("search")), tr("&Find Person"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_people, &PeoplePage::focusSearch);

    m_import = new QAction(tr("&Import People…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setToolTip(tr("Invite and update people from a spreadsheet saved as CSV"));
    connect(m_import, &QAction::triggered, this, &MainWindow::importPeople);
    m_exportPeople = new QAction(tr("E&xport People…"), this);
    m_exportPeople->setObjectName(QStringLiteral("exportPeopleAction"));
    m_exportPeople->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPeople->setToolTip(tr("Save everyone at this property, with keys and dates, as CSV or Excel"));
    connect(m_exportPeople, &QAction::triggered, this, &MainWindow::exportPeople);

    auto *open = new QAction(tr("&Open Database…"), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDatabase);
    auto *signOut = new QAction(tr("Sign &Out"), this);
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(open);
    auto *openShared = new QAction(tr("Open S&hared Portfolio…"), this);
    openShared->setObjectName(QStringLiteral("openSharedAction"));
    openShared->setToolTip(tr("A portfolio several managers share, on a PostgreSQL server"));
    connect(openShared, &QAction::triggered, this, &MainWindow::openSharedPortfolio);
    file->addAction(openShared);
    auto *changePassword = new QAction(tr("Change &Password…"), this);
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    connect(changePassword, &QAction::triggered, this, &MainWindow::changePassword);
    file->addAction(changePassword);
    file->addAction(signOut);
    file->addSeparator();

    auto *people = menuBar()->addMenu(tr("&People"));
    people->setToolTipsVisible(true); // a disabled action names the right it needs
    people->addAction(m_invite);
    people->addAction(m_revoke);
    people->addAction(m_addKey);
    people->addAction(m_removeKey);
    people->addAction(m_delete);
    people->addSeparator();
    people->addAction(m_import);
    people->addAction(m_exportPeople);
    people->addSeparator();
    people->addAction(m_find);
    auto *showExpired = new QAction(tr("Show &Expired Users"), this);
    showExpired->setCheckable(true);
    showExpired->setChecked(m_people->showExpiredCheck()->isChecked());
    showExpired->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(showExpired, &QAction::toggled, m_people->showExpiredCheck(), &QAbstractButton::setChecked);
    connect(m_people->showExpiredCheck(), &QAbstractButton::toggled, showExpired, &QAction::setChecked);
    people->addAction(showExpired);
    people->addAction(m_refresh);

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *showPeople = new QAction(icon(QStringLiteral("person")), tr("&People"), this);
    showPeople->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showPeople, &QAction::triggered, this, &MainWindow::showPeoplePage);
    auto *showDoors = new QAction(icon(QStringLiteral("door")), tr("&Doors"), this);
    showDoors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(showDoors, &QAction::triggered, this, &MainWindow::showDoorsPage);
    auto *showActivity = new QAction(tr("&Activity"), this);
    showActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(showActivity, &QAction::triggered, this, &MainWindow::showActivityPage);
    auto *showOutbox = new QAction(tr("&Outbox"), this);
    showOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(showOutbox, &QAction::triggered, this, &MainWindow::showOutboxPage);
    auto *syncTasks = new QAction(icon(QStringLiteral("sync")), tr("Door Sync &Tasks…"), this);
    syncTasks->setObjectName(QStringLiteral("syncTasksAction"));
    connect(syncTasks, &QAction::triggered, this, &MainWindow::showSyncTasks);
    view->addAction(showPeople);
    view->addAction(showDoors);
    auto *showKeys = new QAction(icon(QStringLiteral("key")), tr("&Keys"), this);
    showKeys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(showKeys, &QAction::triggered, this, [this] { m_pages->setCurrentWidget(m_keys); });
    view->addAction(showKeys);
    view->addAction(showActivity);
    view->addAction(showOutbox);
    if (m_managers) {
        auto *showManagers = new QAction(icon(QStringLiteral("person")), tr("&Managers"), this);
        showManagers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
        connect(showManagers, &QAction::triggered, this, [this] { m_pages->setCurrentWidget(m_managers); });
        view->addAction(showManagers);
    }
    view->addSeparator();
    view->addAction(syncTasks);

    buildShellActions(file, view); // Settings, pane keys, Help
    file->addSeparator();
    file->addAction(quit);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(m_invite);
    toolbar->addSeparator();
    toolbar->addAction(m_revoke);
    toolbar->addAction(m_delete);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(m_refresh);
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerLabel->text();
}

bool MainWindow::selectProperty(Id propertyId)
{
    const int row = m_properties->rowOf(propertyId);
    if (row < 0)
        return false;
    m_propertyList->selectionModel()->setCurrentIndex(m_properties->index(row),
                                                      QItemSelectionModel::ClearAndSelect);
    return true;
}

void MainWindow::onPropertyChanged()
{
    const Property *p = m_properties->propertyAt(m_propertyList->currentIndex().row());
    m_property = p ? *p : Property();
    QString subtitle;
    if (p) {
        const QString zone =
            DisplayText::zoneLabel(QTimeZone(p->timeZone.toUtf8()), m_services.clock->nowSecs());
        subtitle = p->address.isEmpty() ? tr("Time zone: %1").arg(zone)
                                        : tr("%1 · Time zone: %2").arg(p->address, zone);
        setWindowTitle(tr("%1 — Porter").arg(p->name));
        QSettings().setValue(QStringLiteral("mainWindow/property"), p->id);
    } else {
        setWindowTitle(tr("Porter"));
    }
    m_panel->setProperty(m_property);
    m_people->setProperty(m_property, subtitle);
    m_doors->setProperty(m_property);
    m_keys->setProperty(m_property);
    m_activity->setProperty(m_property);
    m_outbox->setProperty(m_property);
    m_banner->hide();
    updateSyncSummary();
    updateActions();
}

void MainWindow::onPersonChanged(Id personId)
{
    m_panel->showPerson(personId);
    updateDetailPanel();
    updateActions();
}

void MainWindow::updateActions()
{
    using permissions::Right;
    const bool haveProperty = m_property.id != 0;
    const QString noPeople =
        haveProperty ? permissions::missingRight(m_manager, m_property, Right::ManagePeople) : QString();
    const bool mayManage = haveProperty && noPeople.isEmpty();
    m_invite->setEnabled(mayManage);
    explainAction(m_invite, noPeople);
    m_import->setEnabled(mayManage);
    explainAction(m_import, noPeople);
    m_exportPeople->setEnabled(haveProperty);
    m_people->setInviteEnabled(mayManage, noPeople);
    const Id person = m_people->selectedPersonId();
    const PersonStatus status =
        m_panel->personId() == person && person != 0 ? m_panel->detail().status : PersonStatus::Deleted;
    const bool live = person != 0 && status != PersonStatus::Deleted;
    bool hasOpen = false;
    const qint64 now = m_services.clock->nowSecs();
    // Revoke and delete end every key the person holds: the right to give each of them (as the service
    // checks it: open grants and the guest passes they hold).
    QList<Id> heldKeys;
    for (const GrantView &g : m_panel->detail().grants) {
        hasOpen = hasOpen || g.grant.isCurrentOrFuture(now);
        if (!g.grant.endedAt)
            heldKeys << g.grant.keyId;
    }
    for (const ShareView &s : m_panel->detail().guests)
        hasOpen = hasOpen || (!s.share.endedAt && (!s.share.expiresAt || *s.share.expiresAt > now));
    for (const ShareView &s : m_panel->detail().guestPasses) {
        if (!s.share.endedAt)
            heldKeys << s.share.keyId;
    }
    // Several selected people: revoke, add and remove a key act on all of them; delete on one at a time.
    const int selected = int(m_people->selectedPersonIds().size());
    const bool several = selected > 1;
    // One person: the right to give every key they hold, which revoke and delete end (several: the
    // service checks each person when the bulk action runs).
    const QString noKeys = !live || !mayManage || several
                               ? noPeople
                               : permissions::missingRight(m_manager, m_property, Right::GiveKeys, heldKeys);
    m_revoke->setEnabled(mayManage && (several || (live && hasOpen && noKeys.isEmpty())));
    m_delete->setEnabled(mayManage && live && !several && noKeys.isEmpty());
    m_addKey->setEnabled(mayManage && selected > 0 && (several || live));
    m_removeKey->setEnabled(mayManage && selected > 0 && (several || live));
    explainAction(m_revoke, noKeys);
    explainAction(m_delete, noKeys);
    explainAction(m_addKey, noPeople);
    explainAction(m_removeKey, noPeople);
    m_openPerson->setEnabled(person != 0 && !several);
    m_panel->setActionsEnabled(m_revoke->isEnabled(), m_delete->isEnabled(), noKeys);
}

void MainWindow::updateSyncSummary()
{
    m_syncLabel->clear();
    m_syncLabel->setToolTip(QString());
    m_syncLabel->setProperty("pending", false);
    if (m_property.id == 0)
        return;
    const QTimeZone zone(m_property.timeZone.toUtf8());
    const QDate today = localDate(m_services.clock->nowSecs(), zone);
    auto tasks = m_services.queries->syncTasks(m_manager, m_property.id, today);
    if (!tasks.ok()) {
        m_syncLabel->setText(tr("Door sync tasks unavailable: %1").arg(tasks.error().message));
    } else if (tasks->isEmpty()) {
        m_syncLabel->setText(tr("All doors are in sync"));
    } else {
        QStringList lines;
        int due = 0;
        for (const DoorSyncTask &t : *tasks) {
            QString line = t.pendingChanges == 1
                               ? tr("%1: 1 pending change").arg(t.door.name)
                               : tr("%1: %n pending changes", nullptr, t.pendingChanges).arg(t.door.name);
            if (t.signingKeyReset)
                line += tr(" (signing key reset: commission it again)");
            else if (t.oldSigningKey)
                line += tr(" (trusts the old signing key)");
            else if (t.oldDoorcodeSecret)
                line += tr(" (holds the old doorcode secret)");
            lines << line;
            if (t.dueByEndOfDay)
                ++due;
        }
        const int n = int(tasks->size());
        QString text = (n == 1 ? tr("1 door needs a sync") : tr("%n doors need a sync", nullptr, n));
        if (due > 0 && due < n)
            text = tr("%1 (%n due today)", nullptr, due).arg(text);
        m_syncLabel->setText(text);
        lines << tr("Click to see the door sync tasks.");
        m_syncLabel->setToolTip(lines.join(QLatin1Char('\n')));
        m_syncLabel->setProperty("pending", true);
    }
    // Door alarms (keypad lockouts, spent failure budgets, lost activity, refused updates) beside
    // the sync summary; porterctl door show lists them.
    if (auto doors = m_services.directory->doors(m_manager, m_property.id); doors.ok()) {
        int alarms = 0;
        for (const Door &d : *doors)
            alarms += d.alarmCount;
        if (alarms > 0) {
            m_syncLabel->setText(alarms == 1
                                     ? tr("%1 · 1 door alarm").arg(m_syncLabel->text())
                                     : tr("%1 · %2 door alarms").arg(m_syncLabel->text()).arg(alarms));
            m_syncLabel->setProperty("pending", true);
        }
    }
    m_syncLabel->style()->unpolish(m_syncLabel);
    m_syncLabel->style()->polish(m_syncLabel);
}

void MainWindow::onRemoteChange(const QString &table, qint64 propertyId)
{
    // The door secrets' tables too: who holds what is the Managers page's (given on another laptop).
    static const QStringList portfolioTables{
        QStringLiteral("property"),      QStringLiteral("manager"),     QStringLiteral("manager_property"),
        QStringLiteral("mail_settings"), QStringLiteral("secret_wrap"), QStringLiteral("manager_device_key")};
    const bool shown = table.isEmpty() || portfolioTables.contains(table) ||
                       (propertyId != 0 && propertyId == m_property.id);
    if (shown && m_liveRefresh && !m_liveRefresh->isActive())
        m_liveRefresh->start();
}

void MainWindow::onServerConnection(bool connected)
{
    if (!m_serverLabel)
        return;
    if (connected) {
        m_serverLabel->hide();
        showBanner(
            tr("Connected to the server again. The window shows what other managers changed meanwhile."));
        return;
    }
    //: Status bar, while a shared portfolio's server cannot be reached
    m_serverLabel->setText(tr("Server not reachable · reconnecting…"));
    const QString why = tr("Porter lost its connection to %1 and tries again by itself. What you change "
                           "now is refused until the server is back; nothing is half-saved.")
                            .arg(m_services.backend->path());
    m_serverLabel->setToolTip(why);
    m_serverLabel->show();
    showBanner(why, true);
}

void MainWindow::showBanner(const QString &text, bool warning)
{
    m_bannerLabel->setObjectName(warning ? QStringLiteral("warningLabel") : QStringLiteral("infoLabel"));
    m_bannerLabel->style()->unpolish(m_bannerLabel);
    m_bannerLabel->style()->polish(m_bannerLabel);
    m_bannerLabel->setText(text);
    m_banner->show();
}

QString MainWindow::doorNames(const QList<Id> &doorIds) const
{
    QStringList names;
    for (Id id : doorIds) {
        auto d = m_services.directory->door(m_manager, id);
        names << (d.ok() ? d->name : tr("door %1").arg(id));
    }
    names.sort(Qt::CaseInsensitive);
    return names.join(tr(", "));
}

void MainWindow::refresh()
{
    // Reload everything but keep the manager's place: same property, same person when still listed.
    const Id property = m_property.id;
    int row = -1;
    {
        const QSignalBlocker blocker(m_propertyList->selectionModel());
        m_properties->refresh();
        row = m_properties->rowOf(property);
        if (row >= 0)
            m_propertyList->selectionModel()->setCurrentIndex(m_properties->index(row),
                                                              QItemSelectionModel::ClearAndSelect);
    }
    if (row < 0) {
        if (m_properties->rowCount() > 0)
            selectProperty(m_properties->propertyAt(0)->id);
        else
            onPropertyChanged();
        return;
    }
    m_property = *m_properties->propertyAt(row);
    m_panel->setProperty(m_property);
    m_people->refresh();
    m_panel->reload();
    m_doors->refresh();
    m_keys->refresh();
    m_activity->refresh();
    m_outbox->refresh();
    updateSyncSummary();
    updateActions();
}

bool MainWindow::doorsPageShown() const
{
    return m_pages->currentWidget() == m_doors;
}

void MainWindow::showDoorsPage()
{
    m_pages->setCurrentWidget(m_doors);
}

void MainWindow::showPeoplePage()
{
    m_pages->setCurrentWidget(m_detailSplitter);
}

void MainWindow::showActivityPage()
{
    m_pages->setCurrentWidget(m_activity);
}

void MainWindow::showOutboxPage()
{
    m_pages->setCurrentWidget(m_outbox);
}

void MainWindow::showSyncTasks()
{
    if (m_property.id == 0)
        return;
    SyncTasksDialog dialog(m_services, m_manager, m_property, this);
    runDialog(dialog);
    if (dialog.doorsPageRequested())
        showDoorsPage();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_syncLabel && event->type() == QEvent::MouseButtonRelease && m_property.id != 0)
        showSyncTasks();
    if (watched == m_mailLabel && event->type() == QEvent::MouseButtonRelease)
        mailLabelClicked();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::invite()
{
    if (!m_invite->isEnabled())
        return;
    InviteDialog dialog(m_services, m_manager, m_property, this);
    if (!runDialog(dialog))
        return;
    const InviteResult &r = dialog.inviteResult();
    m_people->refresh();
    m_people->selectPerson(r.person.id);
    updateSyncSummary();
    QStringList parts;
    parts << tr("%1 was invited. The welcome email is queued.").arg(r.person.displayName().toHtmlEscaped());
    for (const QString &w : r.warnings)
        parts << w.toHtmlEscaped();
    if (!r.doorsToSync.isEmpty())
        parts << tr("Sync these doors on the day access starts: %1.")
                     .arg(doorNames(r.doorsToSync).toHtmlEscaped());
    showBanner(parts.join(QStringLiteral("<br>")), !r.warnings.isEmpty());
    if (m_mailDelivery)
        m_mailDelivery->deliverNow(); // the welcome email leaves now, not at the next minute
}

void MainWindow::importPeople()
{
    if (!m_import->isEnabled())
        return;
    ImportWizard wizard(m_services, m_manager, m_property, this);
    runDialog(wizard);
    if (!wizard.imported())
        return;
    const ImportReport &r = wizard.result();
    m_people->refresh();
    updateSyncSummary();
    QStringList parts;
    parts << tr("Imported: %1.").arg(r.summary().toHtmlEscaped());
    if (r.welcomeMails > 0)
        parts << tr("Welcome emails queued: %n.", nullptr, r.welcomeMails);
    if (!r.doorsToSync.isEmpty())
        parts << tr("Sync these doors: %1.").arg(doorNames(r.doorsToSync).toHtmlEscaped());
    showBanner(parts.join(QStringLiteral("<br>")), r.errors > 0);
    if (m_mailDelivery && r.welcomeMails > 0)
        m_mailDelivery->deliverNow();
}

static std::function<QString(const QString &)> &saveFileHook()
{
    static std::function<QString(const QString &)> hook;
    return hook;
}

void MainWindow::setSaveFileHook(std::function<QString(const QString &suggested)> hook)
{
    saveFileHook() = std::move(hook);
}

void MainWindow::exportPeople()
{
    if (!m_exportPeople->isEnabled())
        return;
    auto propertyZone = timeZoneNamed(m_property.timeZone);
    if (!propertyZone.ok()) {
        MessageBox::warning(this, tr("Export People"), tr("The people were not exported."),
                            propertyZone.error().message);
        return;
    }
    const QTimeZone zone = *propertyZone;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("People %1 %2.csv")
                          .arg(m_property.name,
                               localDate(m_services.clock->nowSecs(), zone).toString(Qt::ISODate)));
    QString filter;
    const QString path = TableFile::withFilterSuffix(
        saveFileHook()
            ? saveFileHook()(suggested)
            : QFileDialog::getSaveFileName(this, tr("Export People"), suggested,
                                           tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"), &filter),
        filter);
    if (path.isEmpty())
        return;
    //: The sheet's name in an exported Excel workbook
    const Result<int> written = TableFile::write(path, tr("People"), [&](TableFile &file) {
        return PeopleExport::write(*m_services.queries, m_manager, m_property.id, zone, file);
    });
    if (!written.ok()) {
        MessageBox::warning(this, tr("Export People"), tr("The people were not exported."),
                            written.error().message);
        return;
    }
    showBanner(tr("People exported to %1: %n.", nullptr, *written)
                   .arg(QDir::toNativeSeparators(path).toHtmlEscaped()),
               false);
}

void MainWindow::updateMailStatus()
{
    if (!m_mailDelivery)
        return;
    m_mailLabel->setText(m_mailDelivery->statusText());
    m_mailLabel->setToolTip(m_mailDelivery->statusToolTip());
    m_mailLabel->setVisible(!m_mailLabel->text().isEmpty());
}

void MainWindow::mailLabelClicked()
{
    switch (m_mailDelivery->state()) {
    case MailDelivery::State::NotConfigured:
        showMailSettings();
        break;
    case MailDelivery::State::Failed: {
        // The failed emails of this property, or else of the first property that has some.
        const QList<Id> properties = m_mailDelivery->propertiesWithFailures();
        if (!properties.isEmpty() && !properties.contains(m_property.id))
            selectProperty(properties.first());
        m_outbox->setStatusFilter(QStringLiteral("failed"));
        showOutboxPage();
        break;
    }
    default:
        showOutboxPage();
        break;
    }
}

namespace {

// The guests of these hosts who hold a pass now (from core: QueryService::person), by whether their
// pass is permanent; each name once, in the order found.
struct GuestNames
{
    QStringList permanent;
    QStringList timed;
    QStringList all() const
    {
        QStringList out = permanent;
        for (const QString &n : timed)
            if (!out.contains(n))
                out << n;
        return out;
    }
};

GuestNames guestsOf(const QueryService &queries, const Manager &manager, const QList<Id> &hosts, qint64 now)
{
    GuestNames g;
    for (Id host : hosts) {
        auto d = queries.person(manager, host, 0);
        if (!d.ok())
            continue;
        for (const ShareView &s : d->guests) {
            if (s.share.endedAt || (s.share.expiresAt && *s.share.expiresAt <= now))
                continue;
            QStringList &list = s.share.permanent() ? g.permanent : g.timed;
            if (!list.contains(s.guestName))
                list << s.guestName;
        }
    }
    g.timed.removeIf([&](const QString &n) { return g.permanent.contains(n); });
    return g;
}

QString nameList(const QStringList &names)
{
    return BulkKeyDialog::nameList(names);
}

} // namespace

void MainWindow::revokeAllKeys()
{
    if (!m_revoke->isEnabled())
        return;
    const QList<Id> ids = m_people->selectedPersonIds();
    const qint64 now = m_services.clock->nowSecs();
    const GuestNames guests = guestsOf(*m_services.queries, m_manager, ids, now);
    const QStringList guestNames = guests.all();
    if (ids.size() > 1) {
        QStringList names;
        for (Id id : ids)
            names << m_people->model()->rowAt(m_people->model()->findRow(id))->person.displayName();
        const int n = int(ids.size());
        QStringList details;
        details << tr("%1 will no longer open any door of %2 once the doors have been synced.")
                       .arg(nameList(names), m_property.name);
        if (!guestNames.isEmpty())
            details << (guestNames.size() == 1
                            ? tr("Their guest %1 loses access too.").arg(guestNames.first())
                            : tr("Their guests %1 lose access too.").arg(nameList(guestNames)));
        details << tr("They stay listed under “Show expired users”, and you can give them keys again later.");
        details << tr("Either everyone is revoked or, if one of them cannot be, nobody is.");
        details << tr("Afterwards, sync the affected offline doors: until then they still let them in.");
        if (!MessageBox::confirm(this, tr("Revoke All Keys"), tr("Revoke all keys of %n people?", nullptr, n),
                                 details.join(QLatin1Char('\n')), tr("Revoke All Keys")))
            return;
        auto r = m_services.bulk->revokeAll(m_manager, ids);
        if (!r.ok()) {
            MessageBox::warning(this, tr("Revoke All Keys"), tr("Nobody's keys were revoked."),
                                r.error().message);
            return;
        }
        refresh();
        QString text = tr("Keys of %n people revoked.", nullptr, r->peopleChanged);
        if (!r->doorsToSync.isEmpty())
            text += QStringLiteral("<br>") + tr("Sync these doors to remove the access from them: %1.")
                                                 .arg(doorNames(r->doorsToSync).toHtmlEscaped());
        showBanner(text);
        return;
    }
    const PersonDetail d = m_panel->detail();
    const QString name = d.person.displayName();
    // One consequence per line (MessageBox shows each as a paragraph).
    QStringList details;
    details << tr("%1 will no longer open any door of %2 once the doors have been synced.")
                   .arg(name, m_property.name);
    if (guestNames.size() == 1)
        details << tr("Their guest %1 loses access too.").arg(guestNames.first());
    else if (!guestNames.isEmpty())
        details << tr("Their guests %1 lose access too.").arg(nameList(guestNames));
    details << tr("%1 stays listed under “Show expired users”, and you can give them keys again later.")
                   .arg(name);
    details << tr("Afterwards, sync the affected offline doors: until then they still let %1 in.").arg(name);
    if (!MessageBox::confirm(this, tr("Revoke All Keys"), tr("Revoke all keys of %1?").arg(name),
                             details.join(QLatin1Char('\n')), tr("Revoke All Keys")))
        return;
    auto r = m_services.access->revokeAll(m_manager, d.person.id);
    if (!r.ok()) {
        MessageBox::warning(this, tr("Revoke All Keys"), tr("The keys of %1 were not revoked.").arg(name),
                            r.error().message);
        return;
    }
    refresh();
    QString text =
        (r->grantsEnded == 1
             ? tr("Keys of %1 revoked: 1 key ended.").arg(name.toHtmlEscaped())
             : tr("Keys of %1 revoked: %n keys ended.", nullptr, r->grantsEnded).arg(name.toHtmlEscaped()));
    if (!guestNames.isEmpty())
        text += QLatin1Char(' ') + tr("Guest access ended for %1.").arg(nameList(guestNames).toHtmlEscaped());
    if (!r->doorsToSync.isEmpty())
        text += QStringLiteral("<br>") + tr("Sync these doors to remove the access from them: %1.")
                                             .arg(doorNames(r->doorsToSync).toHtmlEscaped());
    showBanner(text);
}

void MainWindow::deletePerson()
{
    if (!m_delete->isEnabled())
        return;
    const PersonDetail d = m_panel->detail();
    const QString name = d.person.displayName();
    const GuestNames guests =
        guestsOf(*m_services.queries, m_manager, {d.person.id}, m_services.clock->nowSecs());
    QStringList details;
    details << tr("%1 is removed from People and loses access to every door once the doors have been synced.")
                   .arg(name);
    // The seed article's rule: permanent guests go with their host; a pass with an end date runs out.
    if (guests.permanent.size() == 1)
        details << tr("Their permanent guest %1 loses access too.").arg(guests.permanent.first());
    else if (!guests.permanent.isEmpty())
        details << tr("Their permanent guests %1 lose access too.").arg(nameList(guests.permanent));
    if (guests.timed.size() == 1)
        details << tr("Their guest %1 has a pass with an end date and keeps it until it ends.")
                       .arg(guests.timed.first());
    else if (!guests.timed.isEmpty())
        details << tr("Their guests %1 have passes with an end date and keep them until they end.")
                       .arg(nameList(guests.timed));
    details << tr("Their history stays: their past activity remains available in Activity. To give them "
                  "access again you will need to send a new invitation.");
    details << tr("Afterwards, sync the affected offline doors.");
    if (!MessageBox::confirm(this, tr("Delete Person"), tr("Delete %1?").arg(name),
                             details.join(QLatin1Char('\n')), tr("Delete Person")))
        return;
    auto r = m_services.access->deletePerson(m_manager, d.person.id);
    if (!r.ok()) {
        MessageBox::warning(this, tr("Delete Person"), tr("%1 was not deleted.").arg(name),
                            r.error().message);
        return;
    }
    refresh();
    QString text = tr("%1 was deleted.").arg(name.toHtmlEscaped());
    if (!r->doorsToSync.isEmpty())
        text += QStringLiteral("<br>") + tr("Sync these doors to remove the access from them: %1.")
                                             .arg(doorNames(r->doorsToSync).toHtmlEscaped());
    showBanner(text);
}

void MainWindow::addKeyToSelected()
{
    bulkKey(true);
}

void MainWindow::removeKeyFromSelected()
{
    bulkKey(false);
}

void MainWindow::bulkKey(bool adding)
{
    QAction *action = adding ? m_addKey : m_removeKey;
    if (!action->isEnabled())
        return;
    const QList<Id> ids = m_people->selectedPersonIds();
    QList<BulkKeyDialog::Target> people;
    for (Id id : ids)
        people.append({id, m_people->model()->rowAt(m_people->model()->findRow(id))->person.displayName()});
    BulkKeyDialog dialog(adding ? BulkKeyDialog::Mode::Add : BulkKeyDialog::Mode::Remove, m_services,
                         m_manager, m_property, people, this);
    if (!runDialog(dialog))
        return;
    const BulkResult &r = dialog.result();
    refresh();
    m_people->selectPeople(ids);
    const QString key = dialog.keyName().toHtmlEscaped();
    QString text = adding ? tr("%1 given to %n people.", nullptr, r.peopleChanged).arg(key)
                          : tr("%1 removed from %n people.", nullptr, r.peopleChanged).arg(key);
    if (!r.unchanged.isEmpty())
        text += QLatin1Char(' ') +
                (adding ? tr("Already held by %1: unchanged.") : tr("Not held by %1: unchanged."))
                    .arg(nameList(r.unchanged).toHtmlEscaped());
    if (!r.doorsToSync.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Sync these doors: %1.").arg(doorNames(r.doorsToSync).toHtmlEscaped());
    showBanner(text);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"),
        QFileInfo(m_services.backend ? m_services.backend->path() : QString()).absolutePath(),
        tr("Porter databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(*m_services.directory, m_manager, this);
    if (showDialog(dialog))
        showBanner(
            m_manager.login.isEmpty()
                ? tr("Your password is changed. Sign in with the new one from now on.")
                : tr("The password of your login %1 is changed. Use the new one on your other computers "
                     "too.")
                      .arg(m_manager.login));
}

void MainWindow::openSharedPortfolio()
{
    const QString current = m_services.backend ? m_services.backend->path() : QString();
    ServerConnectDialog dialog(Backend::isServerLocation(current) ? current : QString(), this);
    if (showDialog(dialog))
        Q_EMIT openDatabaseRequested(dialog.location(), dialog.openAtStartup());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace porter::ui
