#include "app/backend.h"
#include "appcontroller.h"
#include "ble/bleradio.h"
#include "demo/simulatedradio.h"
#include "link/radio.h"
#include "messagebox.h"
#include "theme.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <cstdio>

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
    QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Try Porter with simulated doors (not real hardware): the demo database is "
                                "created when it does not exist, and its doors live inside Porter."));
    parser.addOption(demoOption);
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
    // --demo: the demo's simulated doors are the radio (core/demo/simulatedradio.h).
    if (parser.isSet(demoOption)) {
        auto demo = porter::demo::openSimulatedDemo(path);
        if (!demo.ok()) {
            porter::ui::MessageBox::warning(nullptr, QApplication::translate("main", "Porter"),
                                            QApplication::translate("main", "The demo could not be set up."),
                                            demo.error().message);
            return 1;
        }
        if (demo->created) {
            std::printf("%s\n",
                        qPrintable(QApplication::translate("main", "Demo database %1: sign in as %2 with "
                                                                   "password %3")
                                       .arg(QDir::toNativeSeparators(path), demo->created->managerEmail,
                                            demo->created->managerPassword)));
            QSettings().setValue(QStringLiteral("signIn/lastEmail"), demo->created->managerEmail);
        }
        porter::sync::Radio::install(demo->radio);
    }
    porter::ble::installRadio(); // the laptop's Bluetooth, unless a radio (--demo's) is installed already
    porter::ui::AppController controller;
    if (!controller.start(path, parser.isSet(dbOption) && !parser.isSet(demoOption)))
        return 1;
    return app.exec();
}
