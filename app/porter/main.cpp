#include "app/backend.h"
#include "appcontroller.h"
#include "ble/bleradio.h"
#include "messagebox.h"
#include "theme.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Porter"));
    QApplication::setApplicationName(QStringLiteral("Porter"));
    QApplication::setApplicationVersion(QStringLiteral(PORTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PORTER_APP_ID));
    // The controller quits when the main window closes, but not while it replaces it.
    QApplication::setQuitOnLastWindowClosed(false);

    // The system's language (LANG and friends); core messages shown in the window come through these too.
    porter::installTranslators(QLocale::system());

    porter::ui::applyAppearance(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Porter: building access management."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto defaultPath = porter::Backend::defaultPath();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                defaultPath.ok()
                                    ? QApplication::translate("main", "Database file (default: %1).")
                                          .arg(QDir::toNativeSeparators(*defaultPath))
                                    : QApplication::translate("main", "Database file."),
                                QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.process(app);

    if (!parser.isSet(dbOption) && !defaultPath.ok()) {
        // No home folder: refuse rather than keep people's data at the root of the file system.
        porter::ui::MessageBox::warning(
            nullptr, QApplication::translate("main", "Porter"),
            QApplication::translate("main", "Porter has no folder for its database."),
            defaultPath.error().message);
        return 1;
    }
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : *defaultPath;
    porter::ble::installRadio(); // the laptop's Bluetooth, unless a radio (--demo's) is installed already
    porter::ui::AppController controller;
    if (!controller.start(path, parser.isSet(dbOption)))
        return 1;
    return app.exec();
}
