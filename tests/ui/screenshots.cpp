// porter_screenshots: fills a demo-like database through the core services and photographs the real
// Porter windows in the states the docs show. Run by scripts/screenshots under Xvfb; each picture is
// taken with ImageMagick's `import -window root` (or QWidget::grab() without an X display).
//
//   porter_screenshots --db demo.sqlite --out docs/screenshots [--seed-only]

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "accessdialogs.h"
#include "ble/blescanner.h"
#include "bulkkeydialog.h"
#include "commissiondialog.h"
#include "demo/simulatedradio.h"
#include "devices/deviceservice.h"
#include "door/crypto.h"
#include "door/door.h"
#include "doorspage.h"
#include "fieldkitdialog.h"
#include "importwizard.h"
#include "invitedialog.h"
#include "keydialog.h"
#include "keyspage.h"
#include "link/transportfactory.h"
#include "mail/mailservice.h"
#include "maildelivery.h"
#include "mainwindow.h"
#include "managerdialog.h"
#include "managerspage.h"
#include "messagebox.h"
#include "outboxpage.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "scheduleeditor.h"
#include "screenshots_shared.h"
#include "screenshots_shell.h"
#include "secrets/secretstore.h" // Backend::Parts holds a KeyProvider
#include "settingsdialog.h"
#include "store/database.h"
#include "sync/blocking.h"
#include "sync/syncengine.h"
#include "theme.h"
#include "translators.h"
#include "viewmodels/doorsinrangemodel.h"
#include "viewmodels/doorsmodel.h"
#include "viewmodels/keysmodel.h"
#include "viewmodels/propertiesmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <cstdio>

using namespace porter;

namespace {

constexpr auto kEmail = "morgan@harbor.example";
constexpr auto kPassword = "porter-demo-2026";

[[noreturn]] void die(const QString &what, const Error &e)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(e.message));
}

template<typename T> T must(Result<T> r, const QString &what)
{
    if (!r.ok())
        die(what, r.error());
    return std::move(r).value();
}

qint64 at(int y, int m, int d, int h, int min, const char *zone = "America/New_York")
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone)).toSecsSinceEpoch();
}

struct Demo
{
    Manager manager;
    Property property;
    Id residentWithGuests = 0;
    Id activeResident = 0;
};

// A building a manager would recognise: doors, keys, residents on leases, staff, vendors, guests,
// one invitation that starts next week, one expired lease and one revoked vendor.
Demo seed(Database &db, FixedClock &clock)
{
    DirectoryService dir(db, clock);
    AccessService access(db, clock);
    Demo demo;
    clock.set(at(2025, 9, 1, 9, 0));
    demo.manager = must(dir.init({QStringLiteral("Harbor Residential"), QStringLiteral("Morgan Lee"),
                                  QString::fromLatin1(kEmail), QString::fromLatin1(kPassword)}),
                        QStringLiteral("init"));
    const Manager &m = demo.manager;
    auto property = [&](const char *name, const char *zone, const char *address) {
        Property p;
        p.name = QString::fromUtf8(name);
        p.timeZone = QString::fromLatin1(zone);
        p.region = QStringLiteral("US");
        p.address = QString::fromUtf8(address);
        return must(dir.addProperty(m, p), QStringLiteral("property"));
    };
    demo.property = property("Maple Court Apartments", "America/New_York", "120 Maple Ave, Brooklyn, NY");
    property("Riverside Lofts", "America/Chicago", "88 River St, Chicago, IL");
    property("Sunset Villas", "America/Los_Angeles", "4100 Sunset Blvd, Los Angeles, CA");
    const Id pid = demo.property.id;

    auto door = [&](const char *name, DoorType type, Connectivity c = Connectivity::Offline) {
        Door d;
        d.propertyId = pid;
        d.name = QString::fromUtf8(name);
        d.type = type;
        d.connectivity = c;
        return must(dir.addDoor(m, d), QStringLiteral("door")).id;
    };
    const Id main = door("Main Entrance", DoorType::BuildingEntrance, Connectivity::Online);
    const Id side = door("Side Entrance", DoorType::BuildingEntrance);
    const Id garage = door("Garage Gate", DoorType::Service, Connectivity::Online);
    const Id gym = door("Gym", DoorType::Communal);
    const Id roof = door("Roof Terrace", DoorType::Communal);
    const Id parcels = door("Package Room", DoorType::Communal);
    const Id boiler = door("Boiler Room", DoorType::Service);
    QList<Id> units;
    for (const char *u : {"Apt 1A", "Apt 1B", "Apt 2A", "Apt 2B", "Apt 3A", "Apt 3B"})
        units << door(u, DoorType::Residence);

    auto key = [&](const QString &name, const QList<Id> &doors, const char *schedule, bool share = true,
                   bool codes = true) {
        Key k;
        k.propertyId = pid;
        k.name = name;
        k.doorIds = doors;
        k.schedule = must(Schedule::parse(QString::fromLatin1(schedule)), QStringLiteral("schedule"));
        k.shareable = share;
        k.doorcodesAllowed = codes;
        return must(dir.addKey(m, k), QStringLiteral("key")).id;
    };
    const Id common = key(QStringLiteral("Building & common areas"), {main, side, parcels, roof}, "always");
    const Id gymKey = key(QStringLiteral("Gym"), {gym}, "Mon-Sun 06:00-22:00");
    const Id staff = key(QStringLiteral("Staff — all areas"),
                         {main, side, garage, gym, roof, parcels, boiler}, "always", false, false);
    const Id vendor = key(QStringLiteral("Vendor — service"), {side, boiler}, "Mon-Fri 08:00-17:00", false);
    const Id parking = key(QStringLiteral("Parking"), {garage}, "always");
    QList<Id> unitKeys;
    const QStringList unitNames = {QStringLiteral("Apt 1A"), QStringLiteral("Apt 1B"),
                                   QStringLiteral("Apt 2A"), QStringLiteral("Apt 2B"),
                                   QStringLiteral("Apt 3A"), QStringLiteral("Apt 3B")};
    for (int i = 0; i < units.size(); ++i)
        unitKeys << key(QStringLiteral("Resident — %1").arg(unitNames.at(i)), {units.at(i)}, "always");

    auto invite = [&](const char *first, const char *last, const char *email, const char *phone,
                      QList<Id> keys, bool resident, bool share, std::optional<qint64> expires,
                      AccessMethod method = AccessMethod::App, std::optional<qint64> starts = {}) {
        InviteRequest r;
        r.propertyId = pid;
        r.method = method;
        r.contact = {QString::fromUtf8(first), QString::fromUtf8(last), QString::fromLatin1(email),
                     QString::fromLatin1(phone)};
        r.keyIds = keys;
        r.resident = resident;
        r.mayShare = share;
        r.startsAt = starts;
        r.expiresAt = expires;
        return must(access.invite(m, r), QStringLiteral("invite %1").arg(QLatin1String(email))).person.id;
    };
    const auto lease = [](int y, int mo, int d) { return std::optional<qint64>(at(y, mo, d, 23, 59)); };

    // An expired lease first (the clock moves on afterwards).
    invite("Tom", "Becker", "tom.becker@example.com", "(718) 555-0110", {common, unitKeys[5]}, true, false,
           lease(2026, 5, 31));
    demo.residentWithGuests = invite("Ana", "García", "ana.garcia@example.com", "(718) 555-0101",
                                     {common, gymKey, unitKeys[0], parking}, true, true, lease(2027, 8, 31));
    demo.activeResident = invite("James", "Okafor", "james.okafor@example.com", "(718) 555-0102",
                                 {common, gymKey, unitKeys[1]}, true, true, lease(2027, 1, 31));
    invite("Priya", "Shah", "priya.shah@example.com", "(347) 555-0103", {common, gymKey, unitKeys[2]}, true,
           true, lease(2027, 4, 30));
    invite("Wei", "Chen", "wei.chen@example.com", "(347) 555-0104", {common, unitKeys[3], parking}, true,
           false, lease(2026, 12, 31));
    invite("Sofia", "Rossi", "sofia.rossi@example.com", "(917) 555-0105", {common, gymKey, unitKeys[4]}, true,
           true, lease(2027, 6, 30));
    invite("Daniel", "Kim", "daniel.kim@example.com", "(917) 555-0106", {common, unitKeys[4]}, true, false,
           lease(2027, 6, 30), AccessMethod::Doorcode);
    invite("Grace", "Miller", "grace.miller@harbor.example", "(212) 555-0120", {staff}, false, false, {});
    invite("Luis", "Ortega", "luis.ortega@harbor.example", "(212) 555-0121", {staff}, false, false,
           lease(2026, 12, 31));
    const Id plumber = invite("Ray", "Fields", "dispatch@fieldsplumbing.example", "(646) 555-0140", {vendor},
                              false, false, lease(2026, 9, 30), AccessMethod::Doorcode);
    invite("Nina", "Patel", "nina@brightclean.example", "(646) 555-0141", {vendor}, false, false,
           lease(2026, 10, 31), AccessMethod::Doorcode);

    clock.set(at(2026, 6, 15, 10, 30));
    // Guests of Ana: her mother until the lease ends; a dog walker until the end of summer.
    auto share = [&](Id host, const char *first, const char *last, const char *email, QList<Id> keys,
                     std::optional<qint64> until) {
        ShareRequest s;
        s.hostPersonId = host;
        s.method = AccessMethod::Doorcode;
        s.guest = {QString::fromUtf8(first), QString::fromUtf8(last), QString::fromLatin1(email), QString()};
        s.keyIds = keys;
        s.expiresAt = until;
        must(access.share(m, s), QStringLiteral("share"));
    };
    share(demo.residentWithGuests, "Lucía", "García", "lucia.garcia@example.com", {common, unitKeys[0]},
          lease(2027, 8, 31));
    share(demo.residentWithGuests, "Max", "Walker", "max@happypaws.example", {common}, lease(2026, 8, 31));
    share(demo.activeResident, "Chioma", "Okafor", "chioma.okafor@example.com", {common, unitKeys[1]},
          lease(2026, 7, 15));
    // A new resident whose lease starts next week.
    invite("Hannah", "Novak", "hannah.novak@example.com", "(718) 555-0107", {common, gymKey, unitKeys[5]},
           true, true, lease(2027, 6, 30), AccessMethod::App, at(2026, 6, 22, 9, 0));
    must(access.enrollKeycard(m, demo.residentWithGuests, QStringLiteral("04A1B2C3D4"), true),
         QStringLiteral("keycard"));
    must(access.enrollKeycard(m, demo.activeResident, QStringLiteral("04FF00112233"), true),
         QStringLiteral("keycard"));
    // The plumbing contract ended early.
    must(access.revokeAll(m, plumber), QStringLiteral("revoke"));
    return demo;
}

template<typename Predicate> void waitFor(Predicate done, int timeoutMs)
{
    if (!QTest::qWaitFor(done, timeoutMs))
        qWarning("porter_screenshots: still waiting after %d ms; photographing anyway", timeoutMs);
}

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

void shoot(QWidget *window, const QString &path)
{
    settle();
    const bool x11 =
        !qEnvironmentVariableIsEmpty("DISPLAY") && QGuiApplication::platformName() == QLatin1String("xcb");
    if (x11) {
        const int rc = QProcess::execute(QStringLiteral("import"),
                                         {QStringLiteral("-window"), QStringLiteral("root"), path});
        if (rc == 0)
            return;
        qWarning("import failed (%d); using QWidget::grab()", rc);
    }
    // Offscreen (the ctest run, tst_screenshots): the window, with every other window on screen (the
    // dialog or message box being photographed) painted over it where it stands.
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == window || !top->isVisible() || top->isHidden() || top->windowType() == Qt::ToolTip ||
            top->windowType() == Qt::Popup)
            continue;
        QPoint at = top->geometry().topLeft() - window->geometry().topLeft();
        // A dialog the window manager has not placed yet: centred over the window, as one would be.
        if (top->geometry().topLeft() == QPoint(0, 0))
            at = QPoint((window->width() - top->width()) / 2, (window->height() - top->height()) / 2);
        painter.drawPixmap(at, top->grab());
    }
    painter.end();
    if (!image.save(path))
        qFatal("porter_screenshots: cannot write %s", qPrintable(path));
    std::printf("porter_screenshots: wrote %s\n", qPrintable(QFileInfo(path).fileName()));
    std::fflush(stdout);
}

// The laptop's Bluetooth turned off, for the Doors page's "Turn Bluetooth On": its scans fail with
// porter_ble's own words for it (the real path is tested over the fake BlueZ in tests/ble).
class PoweredOffRadio : public sync::Radio
{
    class Scanner : public sync::DoorScanner
    {
    public:
        void start(int) override
        {
            QTimer::singleShot(0, this, [this] {
                Q_EMIT failed(
                    ble::BleDoorScanner::describeError(QBluetoothDeviceDiscoveryAgent::PoweredOffError, {}));
            });
        }
        void stop() override {}
        bool isScanning() const override { return false; }
    };

public:
    QString describe() const override { return QStringLiteral("Bluetooth"); }
    bool simulated() const override { return false; }
    std::unique_ptr<sync::DoorScanner> createScanner(QObject *) override
    {
        return std::make_unique<Scanner>();
    }
    Result<std::unique_ptr<sync::Transport>> createTransport(const QString &, QObject *) override
    {
        return makeError(ErrorCode::Unavailable, QStringLiteral("off"));
    }
    bool poweredOff() const override { return true; }
};

// Simulated doors for the Doors page: some of Maple Court's offline doors commissioned (the Side
// Entrance and the Gym synced earlier, the Gym with a keypad lockout; the others out of date), a new lock
// on the Roof Terrace waiting in install mode, and the neighbour's door.
std::shared_ptr<demo::SimulatedRadio> simulatedDoors(Backend &backend, const Demo &demo, FixedClock &clock)
{
    auto radio = std::make_shared<demo::SimulatedRadio>([&clock] { return clock.nowSecs(); });
    radio->setTiming(0, 0);
    radio->setKeepInstallModeOpen(true);
    sync::Radio::install(radio);
    auto doors = must(backend.directory().doors(demo.manager, demo.property.id), QStringLiteral("doors"));
    const auto doorNamed = [&](const QString &name) {
        for (const Door &d : doors)
            if (d.name == name)
                return d;
        qFatal("no door %s", qPrintable(name));
    };
    struct Spec
    {
        const char *name;
        int rssi, battery, drift;
        bool sync;
    };
    const Spec specs[] = {{"Side Entrance", -57, 88, -3, true},
                          {"Gym", -64, 71, 44, true},
                          {"Package Room", -72, 15, 12, false},
                          {"Apt 1A", -81, 93, -61, false},
                          {"Boiler Room", -86, 52, 8, false}};
    for (const Spec &spec : specs) {
        const Door door = doorNamed(QString::fromLatin1(spec.name));
        const QString address = radio->addDoor(door.name, spec.rssi);
        door::Door *d = radio->door(address);
        d->setBattery(std::uint8_t(spec.battery));
        d->setFirmware("2.3.1");
        d->setClock(clock.nowSecs() + spec.drift, clock.nowSecs());
        d->openInstallMode(clock.nowSecs());
        if (auto st = backend.devices().commission(demo.manager, door.id, *d); !st.ok())
            die(QStringLiteral("commission"), st.error());
        if (QLatin1String(spec.name) == QLatin1String("Gym"))
            for (int i = 0; i < 6; ++i)
                d->decideDoorcode("1234567", clock.nowSecs());
        if (spec.sync) {
            auto link = must(sync::TransportFactory::create(sync::DoorAddress::bluetooth(address)),
                             QStringLiteral("link"));
            sync::SyncEngine engine(backend);
            must(sync::syncBlocking(engine, demo.manager, door.id, *link), QStringLiteral("sync"));
        }
    }
    const QString roof = radio->addDoor(QStringLiteral("Roof Terrace"), -68);
    radio->door(roof)->setFirmware("2.3.1");
    radio->pressInstallButton(roof);
    // The building next door: commissioned by another property, heard but never Porter's.
    const QString neighbour = radio->addDoor(QStringLiteral("neighbour"), -91);
    door::Commissioning other;
    other.propertyId = 9041;
    other.doorId = 3;
    other.propertyPublicKey = door::crypto::ed25519Generate().publicKey;
    other.doorcodeSecret = door::crypto::randomBytes(32);
    radio->door(neighbour)->openInstallMode(clock.nowSecs());
    radio->door(neighbour)->commission(other);
    // Changes made since the last syncs: a new resident for the building and the gym, tomorrow.
    InviteRequest r;
    r.propertyId = demo.property.id;
    r.contact = {QStringLiteral("Olivia"), QStringLiteral("Bennett"),
                 QStringLiteral("olivia.bennett@example.com"), QStringLiteral("(718) 555-0188")};
    for (const Key &k :
         must(backend.directory().keys(demo.manager, demo.property.id), QStringLiteral("keys")))
        if (k.name == QLatin1String("Gym") || k.name == QLatin1String("Building & common areas"))
            r.keyIds << k.id;
    r.resident = true;
    must(backend.access().invite(demo.manager, r), QStringLiteral("invite olivia"));
    radio->setTiming(300, 6);
    return radio;
}

// Issue 10: the mail server in Settings ▸ Email, and an Outbox where the server refused one welcome
// email for good (its reason in the details), another waits to be tried again and a third was sent.
void shootMail(ui::MainWindow &window, Backend &backend, const Demo &demo, const QString &out)
{
    MailService &mail = backend.mail();
    mail::SmtpSettings s;
    s.host = QStringLiteral("smtp.harbor-residential.example");
    s.port = 587;
    s.security = mail::Security::StartTls;
    s.user = QStringLiteral("porter@harbor-residential.example");
    s.fromAddress = QStringLiteral("access@harbor-residential.example");
    s.fromName = QStringLiteral("Harbor Residential");
    s.doorcodeTime = QStringLiteral("06:00");
    if (auto st = mail.saveSettings(demo.manager, s, QStringLiteral("demo-password")); !st.ok())
        die(QStringLiteral("mail settings"), st.error());
    // One round of delivery: the server refuses Ana García's address for good, is too busy for the
    // newest email (tried again later), and takes the rest.
    const auto claimed = must(mail.claim(demo.manager, 100), QStringLiteral("claim"));
    Id failed = 0;
    Id newest = 0;
    for (const mail::Outgoing &o : claimed) {
        if (!failed && o.to.startsWith(QLatin1String("ana.")))
            failed = o.id;
        newest = std::max(newest, Id(o.id));
    }
    QList<mail::Outcome> outcomes;
    for (const mail::Outgoing &o : claimed) {
        mail::Outcome outcome{o.id, mail::Verdict::Sent, QString()};
        if (o.id == failed) {
            outcome.verdict = mail::Verdict::Permanent;
            outcome.reason = QStringLiteral("550 5.1.1 <%1>: Recipient address rejected: User unknown in "
                                            "virtual mailbox table")
                                 .arg(o.to);
        } else if (o.id == newest) {
            outcome.verdict = mail::Verdict::Transient;
            outcome.reason = QStringLiteral("421 4.7.0 smtp.harbor-residential.example: Too many "
                                            "connections, try again later");
        }
        outcomes << outcome;
    }
    if (auto st = mail.record(outcomes); !st.ok())
        die(QStringLiteral("record"), st.error());
    window.mailDelivery()->updateStatus();
    window.refresh();
    window.showOutboxPage();
    window.outboxPage()->selectMessage(failed);
    shoot(&window, QDir(out).filePath(QStringLiteral("outbox-failed.png")));

    ui::MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::SettingsDialog *>(d);
        dialog->showMailPage();
        dialog->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("email-settings.png")));
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    ui::MainWindow::setDialogHook({});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // No background delivery: the demo's mail server does not exist, and the pictures show set states.
    ui::MailDelivery::setIntervalForTests(0);
    // In the language of the session, as the real window is (LANG=es_ES.UTF-8 for the Spanish set).
    porter::installTranslators(QLocale::system());
    QApplication::setOrganizationName(QStringLiteral("PorterScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Porter"));
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                QStringLiteral("path"));
    QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("dir"));
    QCommandLineOption seedOnly(QStringLiteral("seed-only"), QStringLiteral("Only create the database."));
    parser.addOptions({dbOption, outOption, seedOnly});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(dbOption);
    if (path.isEmpty())
        qFatal("--db is required");
    QFile::remove(path);
    FixedClock clock;
    Backend::Parts parts;
    parts.sharedClock = &clock;
    auto backend = must(Backend::open(path, Backend::Open::Create, std::move(parts)), QStringLiteral("open"));
    Database *db = &backend->database();
    const Demo demo = seed(*db, clock);
    if (parser.isSet(seedOnly)) {
        printf("Demo database %s: sign in as %s with password %s\n", qPrintable(path), kEmail, kPassword);
        return 0;
    }
    const QString out = parser.value(outOption);
    QDir().mkpath(out);
    ui::applyAppearance(app);

    const ui::Services services = ui::Services::of(*backend);
    ui::MainWindow window(services, demo.manager);
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    window.setGeometry(screen);
    window.show();
    window.selectProperty(demo.property.id);
    shoot(&window, QDir(out).filePath(QStringLiteral("main-window.png")));

    window.peoplePage()->selectPerson(demo.residentWithGuests);
    shoot(&window, QDir(out).filePath(QStringLiteral("person-detail.png")));

    window.personPanel()->tabs()->setCurrentIndex(3);
    window.peoplePage()->showExpiredCheck()->setChecked(true);
    window.peoplePage()->selectPerson(demo.residentWithGuests);
    window.personPanel()->tabs()->setCurrentIndex(1);
    shoot(&window, QDir(out).filePath(QStringLiteral("show-expired-guests.png")));
    window.peoplePage()->showExpiredCheck()->setChecked(false);
    window.personPanel()->tabs()->setCurrentIndex(0);

    ui::MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::InviteDialog *>(d);
        dialog->firstNameEdit()->setText(QStringLiteral("Olivia"));
        dialog->lastNameEdit()->setText(QStringLiteral("Bennett"));
        dialog->emailEdit()->setText(QStringLiteral("olivia.bennett@example.com"));
        dialog->phoneEdit()->setText(QStringLiteral("(718) 555-0188"));
        dialog->checkKey(QStringLiteral("Building & common areas"));
        dialog->checkKey(QStringLiteral("Gym"));
        dialog->checkKey(QStringLiteral("Resident — Apt 2B"));
        dialog->residentCheck()->setChecked(true);
        dialog->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("invite-dialog.png")));
        dialog->reject();
    });
    window.peoplePage()->selectPerson(demo.activeResident);
    window.inviteAction()->trigger();

    ui::MessageBox::setShowHook([&](QMessageBox *box) {
        box->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("revoke-confirmation.png")));
        box->reject();
    });
    window.peoplePage()->selectPerson(demo.residentWithGuests);
    window.revokeAction()->trigger();

    // Delete: permanent guests lose access, timed ones keep their pass, history stays.
    ui::MessageBox::setShowHook([&](QMessageBox *box) {
        box->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("delete-confirmation.png")));
        box->reject();
    });
    window.peoplePage()->selectPerson(demo.residentWithGuests);
    window.deleteAction()->trigger();

    // Several people selected: the bulk revoke confirmation names them and their guests.
    ui::MessageBox::setShowHook([&](QMessageBox *box) {
        box->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("bulk-revoke-confirmation.png")));
        box->reject();
    });
    window.peoplePage()->selectPeople({demo.residentWithGuests, demo.activeResident});
    window.revokeAction()->trigger();
    ui::MessageBox::setShowHook({});
    shootShell(window, out, shoot); // Settings, About, shortcuts, user guide, first run, dark

    // Add a key to the selected people.
    ui::MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::BulkKeyDialog *>(d);
        dialog->selectKey(QStringLiteral("Gym"));
        dialog->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("bulk-key-dialog.png")));
        dialog->reject();
    });
    window.addKeyAction()->trigger();

    // Import People (issue 11): a spreadsheet with a header Porter does not know ("Apartment", mapped
    // by hand), a listed resident whose keys change, and a row with a mistake.
    {
        QTemporaryDir sheetDir;
        const QString sheet = sheetDir.filePath(QStringLiteral("new-residents.csv"));
        QFile file(sheet);
        if (file.open(QIODevice::WriteOnly))
            file.write("First name,Last name,Email,Apartment,Resident,Expiration\r\n"
                       "Mei,Tanaka,mei.tanaka@example.com,Resident \xE2\x80\x94 Apt 2A,yes,2027-08-31\r\n"
                       "Tomás,Ruiz,tomas.ruiz@example.com,Resident \xE2\x80\x94 Apt 2B,yes,2027-08-31\r\n"
                       "James,Okafor,james.okafor@example.com,Building & common areas; Resident \xE2\x80\x94 "
                       "Apt 1B; Gym,yes,\r\n"
                       "Lena,Fischer,lena.fischer@example,Resident \xE2\x80\x94 Apt 3A,yes,2027-08-31\r\n"
                       "Omar,Haddad,omar.haddad@example.com,Resident \xE2\x80\x94 Apt 3B,yes,2027-08-31\r\n");
        file.close();
        ui::ImportWizard::setOpenFileHook([&] { return sheet; });
        ui::MainWindow::setDialogHook([&](QDialog *d) {
            auto *wizard = qobject_cast<ui::ImportWizard *>(d);
            wizard->show();
            wizard->loadFile(sheet);
            wizard->next();
            wizard->columnCombo(3)->setCurrentIndex(wizard->columnCombo(3)->findData(int(ImportField::Keys)));
            shoot(&window, QDir(out).filePath(QStringLiteral("import-columns.png")));
            wizard->next();
            wizard->previewFilter()->setCurrentIndex(0);
            shoot(&window, QDir(out).filePath(QStringLiteral("import-preview.png")));
            wizard->validRowsOnlyCheck()->click();
            wizard->next();
            shoot(&window, QDir(out).filePath(QStringLiteral("import-result.png")));
            wizard->accept();
        });
        window.importAction()->trigger();
        ui::ImportWizard::setOpenFileHook({});
    }

    // The Invite dialog after Send with mistakes: every error beside its field, the fields marked.
    ui::MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::InviteDialog *>(d);
        dialog->lastNameEdit()->setText(QStringLiteral("Bennett"));
        dialog->emailEdit()->setText(QStringLiteral("olivia.bennett@"));
        dialog->phoneEdit()->setText(QStringLiteral("555"));
        dialog->show();
        dialog->accept();
        shoot(&window, QDir(out).filePath(QStringLiteral("invite-dialog-errors.png")));
        dialog->reject();
    });
    window.inviteAction()->trigger();
    ui::MainWindow::setDialogHook({});

    // Editing someone's access on the person panel (issue 9): each dialog over the window.
    {
        ui::PersonPanel *panel = window.personPanel();
        auto shootDialog = [&](const QString &file) {
            return [&window, &out, file](QDialog *d) {
                d->show();
                shoot(&window, QDir(out).filePath(file));
                d->reject();
            };
        };
        window.peoplePage()->selectPerson(demo.activeResident);
        ui::PersonPanel::setDialogHook([&](QDialog *d) {
            auto *dialog = qobject_cast<ui::AddKeyDialog *>(d);
            if (dialog->keyList()->topLevelItemCount() > 0)
                dialog->keyList()->setCurrentItem(dialog->keyList()->topLevelItem(0));
            shootDialog(QStringLiteral("add-key-dialog.png"))(d);
        });
        panel->addKey();
        // The key a guest holds a pass on, so the dialog shows the passes it would shorten.
        window.peoplePage()->selectPerson(demo.residentWithGuests);
        Id grant = panel->detail().grants.isEmpty() ? 0 : panel->detail().grants.first().grant.id;
        for (const GrantView &g : panel->detail().grants) {
            for (const ShareView &sv : panel->detail().guests) {
                if (sv.share.keyId == g.grant.keyId && !sv.share.endedAt)
                    grant = g.grant.id;
            }
        }
        panel->selectGrant(grant);
        ui::PersonPanel::setDialogHook(shootDialog(QStringLiteral("expiry-dialog.png")));
        panel->changeExpiration();
        ui::PersonPanel::setDialogHook([&](QDialog *d) {
            qobject_cast<ui::EditPersonDialog *>(d)->mayShare()->setChecked(false);
            shootDialog(QStringLiteral("edit-details-dialog.png"))(d);
        });
        panel->editDetails();
        ui::PersonPanel::setDialogHook({});
        ui::MessageBox::setShowHook([&](QMessageBox *box) {
            box->show();
            shoot(&window, QDir(out).filePath(QStringLiteral("remove-key-confirmation.png")));
            box->reject();
        });
        panel->selectGrant(grant);
        panel->removeKey();
        ui::MessageBox::setShowHook({});
    }

    // A property nobody has been invited to yet: the empty state.
    for (int row = 0; row < window.propertyList()->model()->rowCount(); ++row) {
        const QModelIndex index = window.propertyList()->model()->index(row, 0);
        if (index.data().toString() == QLatin1String("Sunset Villas"))
            window.selectProperty(index.data(PropertiesModel::PropertyIdRole).toLongLong());
    }
    shoot(&window, QDir(out).filePath(QStringLiteral("empty-property.png")));

    // The Keys page (the Gym key selected: who holds it), a new key with a weekly schedule, and what
    // deleting a key would do.
    window.selectProperty(demo.property.id);
    window.pages()->setCurrentWidget(window.keysPage());
    ui::KeysPage *keysPage = window.keysPage();
    for (const Key &k : keysPage->keysModel()->keys())
        if (k.name == QLatin1String("Gym"))
            keysPage->selectKey(k.id);
    shoot(&window, QDir(out).filePath(QStringLiteral("keys-page.png")));
    ui::KeyDialog::setRunHook([&](ui::KeyDialog *dialog) {
        using Day = ui::ScheduleEditor::DayMode;
        dialog->nameEdit()->setText(QStringLiteral("Cleaning crew"));
        for (const char *door : {"Main Entrance", "Side Entrance", "Package Room", "Gym", "Roof Terrace"})
            dialog->checkDoor(QString::fromLatin1(door));
        ui::ScheduleEditor *schedule = dialog->scheduleEditor();
        schedule->applyWeekdays();
        for (int day = 0; day < 5; ++day)
            schedule->setDay(day, Day::Hours, {{7 * 60, 11 * 60}, {14 * 60, 18 * 60}});
        schedule->setDay(5, Day::Hours, {{8 * 60, 12 * 60}});
        dialog->shareableCheck()->setChecked(false);
        dialog->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("key-dialog.png")));
        dialog->reject();
    });
    keysPage->newAction()->trigger();
    ui::KeyDialog::setRunHook({});
    ui::MessageBox::setShowHook([&](QMessageBox *box) {
        box->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("delete-key-confirmation.png")));
        box->reject();
    });
    keysPage->deleteAction()->trigger();
    ui::MessageBox::setShowHook({});
    window.showPeoplePage();
    // The door sync tasks the status bar opens (the demo's invitations wait for their doors).
    window.selectProperty(demo.property.id);
    ui::MainWindow::setDialogHook([&](QDialog *d) {
        d->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("sync-tasks.png")));
        d->reject();
    });
    window.showSyncTasks();
    ui::MainWindow::setDialogHook({});

    // The Doors page over simulated doors.
    const auto radio = simulatedDoors(*backend, demo, clock);
    window.selectProperty(demo.property.id);
    window.refresh();
    window.showDoorsPage();
    ui::DoorsPage *doors = window.doorsPage();
    waitFor([&] { return doors->inRangeModel()->rowCount() >= 7; }, 5000);
    for (int row = 0; row < doors->doorsModel()->rowCount(); ++row)
        if (doors->doorsModel()->doorAt(row)->name == QLatin1String("Gym"))
            doors->selectDoor(doors->doorsModel()->doorAt(row)->id);
    doors->detailTabs()->setCurrentIndex(1);
    shoot(&window, QDir(out).filePath(QStringLiteral("doors-page.png")));
    doors->detailTabs()->setCurrentIndex(0);

    // Commissioning the Roof Terrace's new lock: the pairing code to compare.
    for (int row = 0; row < doors->inRangeModel()->rowCount(); ++row)
        if (doors->inRangeModel()->kindAt(row) == DoorsInRangeModel::Kind::AwaitingCommission) {
            doors->inRangeTable()->selectRow(row);
            break;
        }
    ui::DoorsPage::setDialogHook([&](ui::CommissionDialog *dialog) {
        for (int i = 0; i < dialog->doorCombo()->count(); ++i)
            if (dialog->doorCombo()->itemText(i) == QLatin1String("Roof Terrace"))
                dialog->doorCombo()->setCurrentIndex(i);
        dialog->show();
        dialog->startButton()->click();
        waitFor([&] { return dialog->pages()->currentIndex() == ui::CommissionDialog::ComparePage; }, 10000);
        shoot(&window, QDir(out).filePath(QStringLiteral("commission-dialog.png")));
        dialog->confirmButton()->click();
        waitFor([&] { return dialog->pages()->currentIndex() == ui::CommissionDialog::ResultPage; }, 10000);
        dialog->accept();
    });
    doors->commissionButton()->click();
    ui::DoorsPage::setDialogHook({});

    // A walk down the corridor: Sync All in Range, photographed midway and at the end.
    // The Roof Terrace, heard again with its new ids, joins the walk.
    waitFor(
        [&] {
            return doors->inRangeModel()->doorsInRange().size() == 6 && doors->syncAllButton()->isEnabled();
        },
        5000);
    doors->syncAllButton()->click();
    waitFor([&] { return doors->syncRun() && doors->syncRun()->current() >= 2; }, 20000);
    shoot(&window, QDir(out).filePath(QStringLiteral("sync-all-progress.png")));
    waitFor([&] { return doors->syncRun() && !doors->syncRun()->running(); }, 60000);
    shoot(&window, QDir(out).filePath(QStringLiteral("sync-all-result.png")));

    // Doors ▸ Field Kit…: a kit built for the property, delivered to the doors in range, not uploaded yet.
    {
        QTemporaryDir kits;
        const QString kitPath = kits.filePath(QStringLiteral("Maple Court field kit.porterkit"));
        ui::FieldKitDialog::setFileHook([&](bool save) { return save ? kitPath : QString(); });
        // A change the kit carries: James Okafor's keys revoked (his guests' too).
        must(backend->access().revokeAll(demo.manager, demo.activeResident), QStringLiteral("revoke"));
        ui::DoorsPage::setFieldKitHook([&](ui::FieldKitDialog *dialog) {
            dialog->show();
            dialog->setScanSeconds(3);
            dialog->buildKit();
            dialog->deliverInRange();
            waitFor([&] { return !dialog->delivering(); }, 30000);
            shoot(&window, QDir(out).filePath(QStringLiteral("field-kit.png")));
            dialog->reject();
        });
        doors->fieldKitButton()->click();
        ui::DoorsPage::setFieldKitHook({});
        ui::FieldKitDialog::setFileHook({});
    }

    // Bluetooth turned off: the page says so and offers to turn it on.
    sync::Radio::install(std::make_shared<PoweredOffRadio>());
    doors->stopScanning();
    doors->startScanning();
    waitFor([&] { return doors->powerOnButton()->isVisible(); }, 5000);
    shoot(&window, QDir(out).filePath(QStringLiteral("bluetooth-off.png")));
    // The property's activity after the walk (door events, syncs, manager actions) and its outbox.
    window.showActivityPage();
    shoot(&window, QDir(out).filePath(QStringLiteral("activity-page.png")));
    window.showOutboxPage();
    window.outboxPage()->table()->selectRow(0);
    shoot(&window, QDir(out).filePath(QStringLiteral("outbox-page.png")));
    sync::Radio::install(nullptr);
    shootMail(window, *backend, demo, out);

    // The Managers page: a second Portfolio Manager and Property Managers at each Key Management level;
    // then the Manager dialog editing the one with Specific keys.
    DirectoryService &dir = backend->directory();
    const auto keys = must(dir.keys(demo.manager, demo.property.id), QStringLiteral("keys"));
    const auto keyNamed = [&](const QString &name) {
        for (const Key &k : keys)
            if (k.name == name)
                return k.id;
        return Id(0);
    };
    Id riverside = 0;
    for (const Property &p : must(dir.properties(demo.manager), QStringLiteral("properties")))
        if (p.name == QLatin1String("Riverside Lofts"))
            riverside = p.id;
    const auto addManager = [&](const char *name, const char *email, ManagerRole role, KeyManagement km,
                                bool device, const QList<Id> &propertyIds, const QList<Id> &keyIds) {
        ManagerRequest r;
        r.name = QString::fromUtf8(name);
        r.email = QString::fromLatin1(email);
        r.password = QString::fromLatin1(kPassword);
        r.role = role;
        r.keyManagement = km;
        r.deviceManagement = device;
        r.propertyIds = propertyIds;
        r.keyIds = keyIds;
        return must(dir.addManager(demo.manager, r), QStringLiteral("manager")).id;
    };
    addManager("Priya Shah", "priya.shah@harbor.example", ManagerRole::PortfolioManager, KeyManagement::Full,
               true, {}, {});
    addManager("Sam Ortiz", "sam.ortiz@harbor.example", ManagerRole::PropertyManager, KeyManagement::Full,
               true, {demo.property.id, riverside}, {});
    addManager("Dana Kim", "dana.kim@harbor.example", ManagerRole::PropertyManager, KeyManagement::Limited,
               false, {demo.property.id}, {});
    const Id specific =
        addManager("Alex Rivera", "alex.rivera@harbor.example", ManagerRole::PropertyManager,
                   KeyManagement::Specific, false, {demo.property.id},
                   {keyNamed(QStringLiteral("Gym")), keyNamed(QStringLiteral("Building & common areas"))});
    addManager("Jo Park", "jo.park@harbor.example", ManagerRole::PropertyManager, KeyManagement::None, false,
               {riverside}, {});
    auto *managers = window.findChild<ui::ManagersPage *>();
    window.pages()->setCurrentWidget(managers);
    managers->refresh();
    managers->selectManager(specific);
    shoot(&window, QDir(out).filePath(QStringLiteral("managers-page.png")));
    ui::ManagersPage::setDialogHook([&](ui::ManagerDialog *dialog) {
        dialog->show();
        shoot(&window, QDir(out).filePath(QStringLiteral("manager-dialog.png")));
        dialog->reject();
    });
    managers->editAction()->trigger();
    ui::ManagersPage::setDialogHook({});
    window.hide();
    shootDoorSecrets(out, shoot); // a shared portfolio on a PostgreSQL server of its own, its own window
    return 0;
}
