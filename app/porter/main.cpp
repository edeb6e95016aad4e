#include "app/backend.h"
#include "appcontroller.h"
#include "ble/bleradio.h"
#include "demo/simulatedradio.h"
#include "link/radio.h"
#include "messagebox.h"
#include "settings.h"
#include "singleinstance.h"
#include "theme.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <cstdio>
#include <memory>

namespace {

// The options porter understands; built twice (before and after the GUI exists), so in one place.
struct Options
{
    QCommandLineParser parser;
    QCommandLineOption db;
    QCommandLineOption demo;

    explicit Options(const porter::Result<QString> &defaultPath)
        : db(QStringLiteral("db"),
             defaultPath.ok() ? QCoreApplication::translate("main", "Database file (default: %1).")
                                    .arg(QDir::toNativeSeparators(*defaultPath))
                              : QCoreApplication::translate("main", "Database file."),
             QCoreApplication::translate("main", "path"))
        , demo(QStringLiteral("demo"),
               QCoreApplication::translate(
                   "main", "Try Porter with simulated doors (not real hardware): the demo database is "
                           "created when it does not exist, and its doors live inside Porter."))
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Porter: building access management."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(db);
        parser.addOption(demo);
    }
};

// The database porter opens without --db: the one chosen in Settings, else the data folder's.
porter::Result<QString> defaultDatabase()
{
    const QString chosen = porter::ui::settings::databasePath();
    if (!chosen.isEmpty())
        return chosen;
    return porter::Backend::defaultPath();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Porter"));
    QCoreApplication::setApplicationName(QStringLiteral("Porter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTER_VERSION));

    // --help and --version are answered before the GUI exists: they must work over SSH, in a package's
    // post-install check or a terminal without a display, where creating QApplication aborts. A core
    // application is enough to print them in the user's language.
    {
        QCoreApplication early(argc, argv);
        porter::installTranslators(porter::ui::settings::uiLocale());
        Options options(defaultDatabase());
        // Unknown options are reported after QApplication has taken its own (-platform, -style…) out.
        options.parser.parse(QCoreApplication::arguments());
        if (options.parser.isSet(QStringLiteral("help")))
            options.parser.showHelp(0);
        if (options.parser.isSet(QStringLiteral("version")))
            options.parser.showVersion();
        if (options.parser.isSet(QStringLiteral("help-all")))
            options.parser.process(early); // prints the help with Qt's own options, and exits
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral(PORTER_APP_ID));
    // The controller quits when the main window closes, but not while it replaces it.
    QApplication::setQuitOnLastWindowClosed(false);

    // The language chosen in Settings, or the system's (LANG and friends); core messages shown in the
    // window come through these too.
    const QLocale locale = porter::ui::settings::uiLocale();
    porter::installTranslators(locale);
    if (!porter::ui::settings::language().isEmpty())
        QLocale::setDefault(locale);
    porter::ui::settings::applyDateTimeStyle();

    porter::ui::applyAppearance(app);

    const auto defaultPath = defaultDatabase();
    Options options(defaultPath);
    options.parser.process(app);

    if (!options.parser.isSet(options.db) && !defaultPath.ok()) {
        // No home folder: refuse rather than keep people's data at the root of the file system.
        porter::ui::MessageBox::warning(
            nullptr, QApplication::translate("main", "Porter"),
            QApplication::translate("main", "Porter has no folder for its database."),
            defaultPath.error().message);
        return 1;
    }
    const QString path = options.parser.isSet(options.db) ? options.parser.value(options.db) : *defaultPath;

    // One Porter per database: a second one brings the first window forward and leaves.
    auto instance = std::make_unique<porter::ui::SingleInstance>();
    if (instance->claim(path) == porter::ui::SingleInstance::Claim::AlreadyRunning) {
        std::printf("%s\n", qPrintable(QApplication::translate("main", "Porter is already open on %1; its "
                                                                       "window was brought forward.")
                                           .arg(QDir::toNativeSeparators(path))));
        return 0;
    }

    // --demo: the demo's simulated doors are the radio (core/demo/simulatedradio.h).
    if (options.parser.isSet(options.demo)) {
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
    porter::ui::AppController controller(std::move(instance));
    if (!controller.start(path, options.parser.isSet(options.db) && !options.parser.isSet(options.demo)))
        return 1;
    return app.exec();
}
