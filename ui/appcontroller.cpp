#include "appcontroller.h"

#include "firstrundialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "signindialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

namespace porter::ui {

AppController::AppController(QObject *parent)
    : QObject(parent)
{}

AppController::~AppController()
{
    m_switching = true;
    delete m_window; // before the services it uses
}

bool AppController::open(const QString &path, bool mayCreate)
{
    auto backend = Backend::open(path, mayCreate ? Backend::Open::Create : Backend::Open::Existing);
    if (!backend.ok()) {
        MessageBox::warning(nullptr, tr("Porter"),
                            tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                            backend.error().message);
        return false;
    }
    delete m_window;
    m_backend.reset();
    m_backend = std::move(backend).value();
    return true;
}

bool AppController::signIn()
{
    auto first = m_backend->needsFirstRun();
    if (!first.ok()) {
        MessageBox::warning(nullptr, tr("Porter"), tr("The database could not be read."),
                            first.error().message);
        return false;
    }
    if (*first) {
        FirstRunDialog dialog(m_backend->directory(), m_backend->path());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        showMainWindow(dialog.manager());
        return true;
    }
    SignInDialog dialog(m_backend->directory(), m_backend->path());
    if (qEnvironmentVariableIsSet("PORTER_STARTUP_PROBE")) {
        // The benchmark of process start to sign-in (tests/bench/ui): say the dialog is on screen, and end.
        QTimer::singleShot(0, &dialog, [] {
            std::printf("porter-startup-probe: sign-in\n");
            std::fflush(stdout);
            std::exit(0);
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMainWindow(dialog.manager());
    return true;
}

void AppController::showMainWindow(const Manager &manager)
{
    m_window = new MainWindow(Services::of(*m_backend), manager);
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
            const QString previous = m_backend ? m_backend->path() : QString();
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
