#include "appcontroller.h"

#include "firstrundialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "serversignindialog.h"
#include "settings.h"
#include "signindialog.h"
#include "singleinstance.h"
#include "translators.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

namespace porter::ui {

AppController::AppController(std::unique_ptr<SingleInstance> instance, QObject *parent)
    : QObject(parent)
    , m_instance(std::move(instance))
{
    if (m_instance)
        connect(m_instance.get(), &SingleInstance::activationRequested, this, &AppController::bringForward);
}

AppController::~AppController()
{
    m_switching = true;
    delete m_window; // before the services it uses
}

void AppController::bringForward()
{
    QWidget *w = QApplication::activeModalWidget();
    if (!w)
        w = m_window;
    if (!w)
        return;
    if (w->isMinimized())
        w->showNormal();
    w->raise();
    w->activateWindow();
}

bool AppController::open(const QString &path, bool mayCreate)
{
    const Backend::Open mode = mayCreate ? Backend::Open::Create : Backend::Open::Existing;
    auto backend = Backend::open(path, mode);
    const bool refused = !backend.ok() && (backend.error().code == ErrorCode::AuthenticationFailed ||
                                           backend.error().code == ErrorCode::PasswordNeeded);
    if (refused && Backend::isServerLocation(path)) {
        // The server wants the password of the login in the address: asked here, and the dialog
        // connects with it (or says why not, and stays).
        const auto address = Backend::serverAddress(path);
        // Only lacking a password is no error worth showing; a wrong one from the password file is.
        const bool noPassword = backend.error().code == ErrorCode::PasswordNeeded;
        ServerSignInDialog dialog(address ? address->display : path, address ? address->login : QString(),
                                  noPassword ? QString() : backend.error().message,
                                  [path, mode](const QString &password) {
                                      Backend::Parts parts;
                                      parts.serverPassword = password;
                                      return Backend::open(path, mode, std::move(parts));
                                  });
        if (dialog.exec() != QDialog::Accepted)
            return false;
        delete m_window;
        m_backend.reset();
        m_backend = dialog.takeBackend();
        return true;
    }
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
    // A manager's own server login signed them in when it connected (asked first: the policies hide
    // every manager from a login that is none, which would look like an empty portfolio).
    auto connected = m_backend->directory().connectedManager();
    if (!connected.ok()) {
        MessageBox::warning(nullptr, tr("Porter"), tr("You cannot sign in to this portfolio."),
                            connected.error().message);
        return false;
    }
    if (*connected) {
        showMainWindow(**connected);
        return true;
    }
    auto first = m_backend->needsFirstRun();
    if (!first.ok()) {
        MessageBox::warning(nullptr, tr("Porter"), tr("The database could not be read."),
                            first.error().message);
        return false;
    }
    if (*first) {
        for (;;) {
            FirstRunDialog dialog(m_backend->directory(), m_backend->path());
            const int result = dialog.exec();
            if (result == FirstRunDialog::JoinShared) {
                // The portfolio on the server instead; the empty file made for the first run stays
                // unused. A server that could not be opened (said, or its password not given) brings
                // the first run back.
                const QString shared = dialog.sharedLocation();
                if (!open(shared, false))
                    continue;
                if (m_instance)
                    m_instance->claim(shared);
                if (!signIn())
                    return false;
                if (dialog.sharedAtStartup())
                    settings::setDatabasePath(shared);
                return true;
            }
            if (result != QDialog::Accepted)
                return false;
            showMainWindow(dialog.manager());
            return true;
        }
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
    m_manager = manager;
    // On a server, the door secrets open with this manager's device key (made here on first sign-in).
    // Not a refusal: a page that needs a door secret says what is wrong.
    if (auto st = m_backend->signedIn(manager); !st.ok())
        qWarning("porter: %s", qPrintable(st.error().message));
    m_window = new MainWindow(Services::of(*m_backend), manager);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // The application quits when the main window closes, but not while it is being replaced
    // (Sign Out, Open Database…, a new language); main() turns quitOnLastWindowClosed off for this.
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_switching)
            QCoreApplication::quit();
    });
    connect(m_window, &MainWindow::openDatabaseRequested, this, [this](const QString &path, bool atStartup) {
        // Queued: the window that asked is deleted on the way.
        QTimer::singleShot(0, this, [this, path, atStartup] {
            const QString previous = m_backend ? m_backend->path() : QString();
            // Open in another Porter already: that one comes forward, this one stays as it is.
            if (m_instance && m_instance->claim(path) == SingleInstance::Claim::AlreadyRunning) {
                m_instance->claim(previous);
                MessageBox::information(
                    m_window, tr("Open Database"),
                    tr("%1 is already open in another Porter window.").arg(QDir::toNativeSeparators(path)),
                    tr("That window was brought forward."));
                return;
            }
            m_switching = true;
            bool ok = open(path, false) && signIn();
            // Remembered once it opened: a server that refused is not where Porter starts next time.
            if (ok && atStartup)
                settings::setDatabasePath(path);
            if (!ok) {
                if (m_instance)
                    m_instance->claim(previous);
                ok = open(previous, false) && signIn();
            }
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
    connect(m_window, &MainWindow::languageChanged, this,
            [this] { QTimer::singleShot(0, this, &AppController::reopenInNewLanguage); });
    m_window->show();
}

void AppController::reopenInNewLanguage()
{
    // Every widget builds its texts once, in its constructor: a new window in the new language, signed
    // in as the same manager, is simpler and surer than teaching each one to translate itself again.
    const QLocale locale = settings::uiLocale();
    porter::installTranslators(locale);
    QLocale::setDefault(settings::language().isEmpty() ? QLocale::system() : locale);
    settings::applyDateTimeStyle();
    if (!m_window || !m_backend)
        return;
    const QRect geometry = m_window->geometry();
    const bool maximized = m_window->isMaximized();
    m_switching = true;
    delete m_window;
    m_switching = false;
    showMainWindow(m_manager);
    if (maximized)
        m_window->showMaximized();
    else
        m_window->setGeometry(geometry);
    Q_EMIT mainWindowReplaced();
}

bool AppController::start(const QString &databasePath, bool askBeforeCreating)
{
    // A database is created only on the first run, where the user is about to set it up; a path given
    // by hand that does not exist may be a typo, so the user is asked first.
    // A PostgreSQL portfolio is made by its administrator (porterctl init): the window opens one that
    // exists, and the server's own message says when there is none.
    const bool missing = !Backend::isServerLocation(databasePath) && !QFileInfo::exists(databasePath);
    if (missing && askBeforeCreating &&
        !MessageBox::confirm(
            nullptr, tr("Porter"),
            tr("There is no Porter database at %1.").arg(QDir::toNativeSeparators(databasePath)),
            tr("Porter can create a new, empty database there and set it up."), tr("Create Database"), false))
        return false;
    return open(databasePath, missing) && signIn();
}

} // namespace porter::ui
