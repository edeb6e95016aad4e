#include "appcontroller.h"

#include "firstrundialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "signindialog.h"
#include "store/database.h" // the Database is the backend's once core/app/Backend lands (issue 7, item 1)
#include "viewmodels/setupstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace porter::ui {

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SystemClock>())
{}

AppController::~AppController()
{
    m_switching = true;
    delete m_window; // before the services it uses
}

bool AppController::open(const QString &path, bool mayCreate)
{
    auto db = mayCreate ? Database::create(path) : Database::open(path);
    if (!db.ok()) {
        MessageBox::warning(nullptr, tr("Porter"),
                            tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                            db.error().message);
        return false;
    }
    delete m_window;
    m_queries.reset();
    m_access.reset();
    m_directory.reset();
    m_db = std::move(db).value();
    m_directory = std::make_unique<DirectoryService>(*m_db, *m_clock);
    m_access = std::make_unique<AccessService>(*m_db, *m_clock);
    m_queries = std::make_unique<QueryService>(*m_db, *m_clock);
    return true;
}

bool AppController::signIn()
{
    auto first = needsFirstRun(*m_db);
    if (!first.ok()) {
        MessageBox::warning(nullptr, tr("Porter"), tr("The database could not be read."),
                            first.error().message);
        return false;
    }
    if (*first) {
        FirstRunDialog dialog(*m_directory, m_db->path());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        showMainWindow(dialog.manager());
        return true;
    }
    SignInDialog dialog(*m_directory, m_db->path());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMainWindow(dialog.manager());
    return true;
}

void AppController::showMainWindow(const Manager &manager)
{
    Services s;
    s.db = m_db.get();
    s.directory = m_directory.get();
    s.access = m_access.get();
    s.queries = m_queries.get();
    s.clock = m_clock.get();
    m_window = new MainWindow(s, manager);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // The application quits when the main window closes, but not while it is being replaced
    // (Sign Out, Open Database…); main() turns quitOnLastWindowClosed off for this.
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_switching)
            QCoreApplication::quit();
    });
    connect(m_window, &MainWindow::openDatabaseRequested, this, [this](const QString &path) {
        // Queued: the window that asked is deleted on the way.
        QTimer::singleShot(0, this, [this, path] {
            m_switching = true;
            const QString previous = m_db ? m_db->path() : QString();
            const bool ok = (open(path, false) && signIn()) || (open(previous, false) && signIn());
            m_switching = false;
            if (!ok)
                QCoreApplication::quit();
        });
    });
    connect(m_window, &MainWindow::signOutRequested, this, [this] {
        QTimer::singleShot(0, this, [this] {
            m_switching = true;
            delete m_window;
            const bool ok = signIn();
            m_switching = false;
            if (!ok)
                QCoreApplication::quit();
        });
    });
    m_window->show();
}

bool AppController::start(const QString &databasePath, bool askBeforeCreating)
{
    // A database is created only on the first run, where the user is about to set it up; a path given
    // by hand that does not exist may be a typo, so the user is asked first.
    const bool missing = !QFileInfo::exists(databasePath);
    if (missing && askBeforeCreating &&
        !MessageBox::confirm(
            nullptr, tr("Porter"),
            tr("There is no Porter database at %1.").arg(QDir::toNativeSeparators(databasePath)),
            tr("Porter can create a new, empty database there and set it up."), tr("Create Database"), false))
        return false;
    return open(databasePath, missing) && signIn();
}

} // namespace porter::ui
