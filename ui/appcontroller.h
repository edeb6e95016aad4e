#pragma once

#include "mainwindow.h"
#include "services.h"
#include "singleinstance.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace porter::ui {

// Owns the Backend of the open database (and so every service over it), and takes the user from the first-run
// or sign-in dialog to the main window; "Open Database…" and "Sign Out" come back here. A new language
// chosen in Settings reopens the main window, signed in as before, in that language.
class AppController : public QObject
{
    Q_OBJECT

public:
    // `instance`, when given, answers for the open database (one Porter per database): a second Porter
    // started on it brings this one's window forward, and Open Database… moves the claim along.
    explicit AppController(std::unique_ptr<SingleInstance> instance = nullptr, QObject *parent = nullptr);
    ~AppController() override;

    // Opens the database and shows the first-run or sign-in dialog, then the main window. A missing file
    // is created (the first run), after asking when askBeforeCreating (a path the user typed).
    // Returns false when the user cancelled or the database cannot be opened.
    bool start(const QString &databasePath, bool askBeforeCreating = false);
    MainWindow *mainWindow() const { return m_window; }

    // Raises the window the user is working in (the main window, or the sign-in dialog before it).
    void bringForward();

Q_SIGNALS:
    // The main window was replaced (after a language change); mainWindow() is the new one.
    void mainWindowReplaced();

private:
    bool open(const QString &path, bool mayCreate);
    bool signIn();
    void showMainWindow(const Manager &manager);
    void reopenInNewLanguage();

    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<Backend> m_backend;
    QPointer<MainWindow> m_window;
    Manager m_manager;
    bool m_switching = false;
};

} // namespace porter::ui
