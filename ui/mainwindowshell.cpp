// The application shell around MainWindow's pages: Settings, the Help menu, moving between panes
// with the keyboard, and the window's size, splitters and columns remembered between runs. Kept
// apart from mainwindow.cpp, which the pages and their actions grow in.
#include "aboutdialog.h"
#include "maildelivery.h"
#include "mainwindow.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace porter::ui {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kDetailSplitter = QStringLiteral("mainWindow/detailSplitter");
// The column count is part of the key: a layout saved before a column was added is not applied.
QString peopleColumnsKey(int columns)
{
    return QStringLiteral("mainWindow/peopleColumns%1").arg(columns);
}

// Whether most of `frame` is on one of the screens there are now, and it fits there.
bool fitsOnAScreen(const QRect &frame)
{
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect available = screen->availableGeometry();
        const QRect visible = available.intersected(frame);
        if (frame.width() <= available.width() && frame.height() <= available.height() &&
            qint64(visible.width()) * visible.height() * 2 >= qint64(frame.width()) * frame.height())
            return true;
    }
    return false;
}

} // namespace

void MainWindow::buildShellActions(QMenu *file, QMenu *view)
{
    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    file->addAction(settings);

    // F6 / Shift+F6 move between the properties, the page and the person, as in most desktop programs.
    view->addSeparator();
    auto *nextPane = new QAction(tr("&Next Pane"), this);
    nextPane->setObjectName(QStringLiteral("nextPaneAction"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, &MainWindow::focusNextPane);
    auto *previousPane = new QAction(tr("Pre&vious Pane"), this);
    previousPane->setObjectName(QStringLiteral("previousPaneAction"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, &MainWindow::focusPreviousPane);
    view->addAction(nextPane);
    view->addAction(previousPane);

    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *guide = new QAction(tr("Porter &User Guide"), this);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    auto *aboutAction = new QAction(tr("&About Porter"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
    help->addAction(guide);
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(aboutAction);
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions;
    for (QAction *a : findChildren<QAction *>())
        if (!a->shortcuts().isEmpty())
            actions << a;
    return actions;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_services.backend ? m_services.backend->path() : QString(), m_services, m_manager,
                          this);
    if (m_openMailSettings)
        dialog.showMailPage();
    m_openMailSettings = false;
    const bool accepted = showDialog(dialog);
    if (m_mailDelivery) {
        m_mailDelivery->updateStatus();
        if (accepted)
            m_mailDelivery->deliverNow();
    }
    if (!accepted)
        return;
    if (dialog.languageChanged()) {
        Q_EMIT languageChanged();
        return;
    }
    // Dates are formatted as the views paint them: show the new format now.
    refresh();
}

void MainWindow::showMailSettings()
{
    m_openMailSettings = true;
    showSettings();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    showDialog(dialog);
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::about()
{
    AboutDialog dialog(m_services.backend ? m_services.backend->path() : QString(), this);
    connect(&dialog, &AboutDialog::userGuideRequested, this, &MainWindow::showUserGuide);
    showDialog(dialog);
}

void MainWindow::focusNextPane()
{
    focusPane(1);
}

void MainWindow::focusPreviousPane()
{
    focusPane(-1);
}

void MainWindow::focusPane(int step)
{
    QList<QWidget *> panes{m_propertyList};
    if (m_pages->currentWidget() == m_detailSplitter) {
        panes << m_people->table();
        if (m_detailPanel->isVisible())
            panes << m_panel->tabs();
    } else {
        panes << m_pages->currentWidget();
    }
    const QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < panes.size(); ++i)
        if (focus && (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus)))
            current = i;
    const int next = current < 0 ? 0 : int((current + step + panes.size()) % panes.size());
    QWidget *target = panes.at(next);
    target->setFocus(Qt::ShortcutFocusReason);
    // A page that takes no focus itself hands it to its first control that does.
    if (!target->hasFocus() && target->focusPolicy() == Qt::NoFocus) {
        for (QWidget *w = target->nextInFocusChain(); w && w != target; w = w->nextInFocusChain()) {
            if (target->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                w->focusPolicy() != Qt::NoFocus) {
                w->setFocus(Qt::ShortcutFocusReason);
                break;
            }
        }
    }
}

void MainWindow::updateDetailPanel()
{
    m_detailPanel->setVisible(m_people->model()->totalCount() > 0 && m_people->selectedPersonId() != 0);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(kGeometry).toByteArray());
    // First run, or a window saved on a screen that is gone or larger than this one: a size that fits
    // the screen Porter starts on (a 1366×768 laptop as much as a desktop monitor), centred.
    if (!restored || (!isMaximized() && !fitsOnAScreen(frameGeometry()))) {
        const QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
        if (!screen)
            screen = QGuiApplication::primaryScreen();
        const QRect available = screen->availableGeometry();
        // Room for the title bar and borders the window manager adds around the window.
        const QSize size(qMin(1360, available.width() * 92 / 100), qMin(820, available.height() * 88 / 100));
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.value(kState).toByteArray());
    m_splitter->restoreState(settings.value(kSplitter).toByteArray());
    m_detailSplitter->restoreState(settings.value(kDetailSplitter).toByteArray());
    QHeaderView *columns = m_people->table()->horizontalHeader();
    const QByteArray peopleColumns = settings.value(peopleColumnsKey(columns->count())).toByteArray();
    if (!peopleColumns.isEmpty())
        columns->restoreState(peopleColumns);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kSplitter, m_splitter->saveState());
    settings.setValue(kDetailSplitter, m_detailSplitter->saveState());
    const QHeaderView *columns = m_people->table()->horizontalHeader();
    settings.setValue(peopleColumnsKey(columns->count()), columns->saveState());
}

} // namespace porter::ui
