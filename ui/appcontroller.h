#pragma once

#include "mainwindow.h"
#include "services.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace porter::ui {

// Owns the Backend of the open database (and so every service over it), and takes the user from the first-run
// or sign-in dialog to the main window; "Open Database…" and "Sign Out" come back here.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    // Opens the database and shows the first-run or sign-in dialog, then the main window. A missing file
    // is created (the first run), after asking when askBeforeCreating (a path the user typed).
    // Returns false when the user cancelled or the database cannot be opened.
    bool start(const QString &databasePath, bool askBeforeCreating = false);
    MainWindow *mainWindow() const { return m_window; }

private:
    bool open(const QString &path, bool mayCreate);
    bool signIn();
    void showMainWindow(const Manager &manager);

    std::unique_ptr<Backend> m_backend;
    QPointer<MainWindow> m_window;
    bool m_switching = false;
};

} // namespace porter::ui
