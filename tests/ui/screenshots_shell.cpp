#include "screenshots_shell.h"

#include "aboutdialog.h"
#include "app/backend.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "serverconnectdialog.h"
#include "serversignindialog.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;

void shootShell(ui::MainWindow &window, const QString &out,
                const std::function<void(QWidget *, const QString &)> &shoot)
{
    const auto path = [&out](const char *name) { return QDir(out).filePath(QString::fromLatin1(name)); };
    const auto photograph = [&](const char *action, const char *name) {
        ui::MainWindow::setDialogHook([&](QDialog *d) {
            d->show();
            shoot(&window, path(name));
            d->reject();
        });
        window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
        ui::MainWindow::setDialogHook({});
    };
    photograph("settingsAction", "settings-dialog.png");
    photograph("aboutAction", "about-dialog.png");
    photograph("shortcutsAction", "shortcuts-dialog.png");
    photograph("changePasswordAction", "change-password-dialog.png");

    // File ▸ Open Shared Portfolio…, filled in as a manager's Portfolio Manager told them; and the
    // password the server then asks for.
    ui::MainWindow::setDialogHook([&](QDialog *d) {
        if (auto *connect = qobject_cast<ui::ServerConnectDialog *>(d)) {
            connect->hostEdit()->setText(QStringLiteral("db.harbor-residential.com"));
            connect->databaseEdit()->setText(QStringLiteral("harbor"));
            connect->loginEdit()->setText(QStringLiteral("morgan"));
            connect->securityCombo()->setCurrentIndex(
                connect->securityCombo()->findData(QStringLiteral("require")));
        }
        d->show();
        shoot(&window, path("open-shared-portfolio.png"));
        d->reject();
    });
    window.findChild<QAction *>(QStringLiteral("openSharedAction"))->trigger();
    ui::MainWindow::setDialogHook({});
    {
        ui::ServerSignInDialog signIn(
            QStringLiteral("postgresql://morgan@db.harbor-residential.com:5432/harbor?sslmode=require"),
            QStringLiteral("morgan"), QString(),
            [](const QString &) -> Result<std::unique_ptr<Backend>> {
                return makeError(ErrorCode::AuthenticationFailed, QString());
            },
            &window);
        signIn.show();
        shoot(&window, path("server-sign-in.png"));
        signIn.reject();
    }

    window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    shoot(&window, path("user-guide.png"));
    window.userGuide()->close();

    // The first run, on an empty database of its own, partly filled in.
    {
        QTemporaryDir dir;
        auto backend = Backend::open(dir.filePath(QStringLiteral("porter.sqlite")), Backend::Open::Create);
        if (backend.ok()) {
            ui::FirstRunDialog dialog((*backend)->directory(), (*backend)->path(), &window);
            dialog.portfolioEdit()->setText(QStringLiteral("Harbor Residential"));
            dialog.nameEdit()->setText(QStringLiteral("Morgan Lee"));
            dialog.emailEdit()->setText(QStringLiteral("morgan@harbor.example"));
            dialog.propertyEdit()->setText(QStringLiteral("Maple Court Apartments"));
            dialog.timeZoneCombo()->setCurrentText(QStringLiteral("America/New_York"));
            dialog.countryCombo()->setCurrentIndex(dialog.countryCombo()->findData(QStringLiteral("US")));
            dialog.show();
            shoot(&window, path("first-run.png"));
            dialog.reject();
        }
    }

    // The system's dark palette: the banner, status and error colours switch with it.
    const QPalette light = QApplication::palette();
    QApplication::setPalette(ui::darkPalette());
    QTest::qWait(200);
    shoot(&window, path("main-window-dark.png"));
    photograph("settingsAction", "settings-dialog-dark.png");
    QApplication::setPalette(light);
    QTest::qWait(200);
}
