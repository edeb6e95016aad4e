#include "screenshots_shared.h"

#include "app/backend.h"
#include "door/door.h"
#include "door/storage.h"
#include "mainwindow.h"
#include "managerspage.h"
#include "pgserver.h"
#include "secrets/secretstore.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace porter;

namespace {

const QString kDatabase = QStringLiteral("harbor");

template<typename T> T must(Result<T> r, const char *what)
{
    if (!r.ok())
        qFatal("shared portfolio pictures, %s: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}

void must(const Status &st, const char *what)
{
    if (!st.ok())
        qFatal("shared portfolio pictures, %s: %s", what, qPrintable(st.error().message));
}

// A manager's Porter on a computer of their own: their login, their password, their key folder.
std::unique_ptr<Backend> openAs(const test::PgServer &server, const QString &login, const QString &password,
                                const QString &keys)
{
    Backend::Parts parts;
    parts.serverPassword = password;
    parts.keys = std::make_unique<FileKeyProvider>(keys);
    return must(Backend::open(server.address(kDatabase, login), Backend::Open::Existing, std::move(parts)),
                "sign in");
}

} // namespace

void shootDoorSecrets(const QString &out, const std::function<void(QWidget *, const QString &)> &shoot)
{
    test::PgServer server;
    if (!server.start())
        qFatal("shared portfolio pictures need PostgreSQL: %s", qPrintable(server.error()));
    QTemporaryDir home;
    if (!server.exportSuperuserPassword(home.path()) || !server.createDatabase(kDatabase))
        qFatal("shared portfolio pictures: %s", qPrintable(server.error()));
    const QString password = QStringLiteral("morgan's long secret 1");
    {
        auto admin = must(Backend::open(server.address(kDatabase), Backend::Open::Create), "create");
        must(admin->directory().init({QStringLiteral("Harbor Residential"), QStringLiteral("Morgan Lee"),
                                      QStringLiteral("morgan.lee@harbor.example"), password,
                                      QStringLiteral("morgan")}),
             "init");
    }
    auto backend =
        openAs(server, QStringLiteral("morgan"), password, home.filePath(QStringLiteral("morgan")));
    const Manager morgan = *must(backend->directory().connectedManager(), "who");
    must(backend->signedIn(morgan), "key");
    Property maple;
    maple.name = QStringLiteral("Maple Court Apartments");
    maple.timeZone = QStringLiteral("America/New_York");
    maple = must(backend->directory().addProperty(morgan, maple), "property");
    Property river;
    river.name = QStringLiteral("Riverside Lofts");
    river.timeZone = QStringLiteral("America/New_York");
    river = must(backend->directory().addProperty(morgan, river), "property");
    for (const Property &p : {maple, river}) {
        Door d;
        d.propertyId = p.id;
        d.name = QStringLiteral("Main Entrance");
        d.type = DoorType::BuildingEntrance;
        d.connectivity = Connectivity::Offline;
        d = must(backend->directory().addDoor(morgan, d), "door");
        door::MemoryStorage storage;
        door::Door reference(storage);
        reference.load();
        must(backend->devices().commission(morgan, d.id, reference), "commission");
    }
    // Dana (Device Management on both) signed in once from her laptop; Riley (Maple Court) has not yet;
    // Sam manages keys only.
    const auto add = [&](const char *name, const char *email, const char *login, bool devices,
                         const QList<Id> &properties) {
        ManagerRequest r;
        r.name = QString::fromUtf8(name);
        r.email = QString::fromUtf8(email);
        r.role = ManagerRole::PropertyManager;
        r.keyManagement = devices ? KeyManagement::Limited : KeyManagement::Full;
        r.deviceManagement = devices;
        r.propertyIds = properties;
        r.password = password;
        r.login = QString::fromUtf8(login);
        return must(backend->directory().addManager(morgan, r), "manager");
    };
    const Manager dana = add("Dana Kim", "dana.kim@harbor.example", "dana", true, {maple.id, river.id});
    add("Riley Chen", "riley.chen@harbor.example", "riley", true, {maple.id});
    add("Sam Ortiz", "sam.ortiz@harbor.example", "sam", false, {maple.id, river.id});
    {
        auto danas = openAs(server, QStringLiteral("dana"), password, home.filePath(QStringLiteral("dana")));
        must(danas->signedIn(dana), "Dana's key");
    }

    const ui::Services services = ui::Services::of(*backend);
    ui::MainWindow window(services, morgan);
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    auto *managers = window.findChild<ui::ManagersPage *>();
    window.pages()->setCurrentWidget(managers);
    managers->refresh();
    managers->selectManager(dana.id);
    shoot(&window, QDir(out).filePath(QStringLiteral("managers-door-secrets.png")));
    ui::ManagersPage::setGiveDialogHook([&](ui::GiveDoorAccessDialog *d) {
        d->show();
        d->keyEdit()->setText(QStringLiteral("3F2A 91C0 5B7E 0D44 E1A9 6C02"));
        d->accept(); // not Dana's key: refused, the dialog stays open
        shoot(&window, QDir(out).filePath(QStringLiteral("give-door-access-refused.png")));
        d->reject();
    });
    managers->giveAccessAction()->trigger();
    ui::ManagersPage::setGiveDialogHook({});
    {
        ui::SettingsDialog settings(backend->path(), services, morgan, &window);
        settings.tabs()->setCurrentWidget(settings.securityPage());
        settings.show();
        shoot(&window, QDir(out).filePath(QStringLiteral("settings-security.png")));
        settings.reject();
    }
    window.close();
}
