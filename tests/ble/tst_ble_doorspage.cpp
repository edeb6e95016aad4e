// The seed workflow from the window over Bluetooth: the real MainWindow (offscreen) with the real
// Bluetooth radio (porter_ble, Qt's BlueZ backend) against a reference door in the fake BlueZ. Invite →
// the door heard in range → Commission with the pairing code compared with the door's display →
// Sync → the door admits the doorcode → Revoke → Sync → the door refuses it. Outcomes are checked in
// Porter's database and in the door itself (its state directory, opened while the fake lets go).
#include "ble/bleradio.h"
#include "blebus.h"
#include "commissiondialog.h"
#include "devices/deviceservice.h"
#include "door/door.h"
#include "doorspage.h"
#include "doorstate.h"
#include "doorsyncrun.h"
#include "fixture.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "viewmodels/doorsinrangemodel.h"
#include "viewmodels/doorsmodel.h"

#include <QApplication>
#include <QBluetoothLocalDevice>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace porter;
using namespace porter::ui;

namespace {
const QString kDoor = QStringLiteral("D0:0D:00:00:00:01");
}

class TestBleDoorsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedWorkflowFromTheWindow();
    void corridorOfTwentyDoors();
    void noAdapterIsShown();
    void bluetoothOffOffersToTurnItOn();
    void cleanupTestCase();

private:
    // Asks the door itself (the fake lets go of its state directory meanwhile).
    door::Decision decideAtDoor(const QString &code);
    bool waitForInRange(int rows) const
    {
        return QTest::qWaitFor([&] { return m_w->doorsPage()->inRangeModel()->rowCount() == rows; }, 15000);
    }

    test::BleBus m_bus;
    QTemporaryDir m_dir;
    QString m_state;
    std::unique_ptr<test::Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;
};

void TestBleDoorsPage::initTestCase()
{
    // The private bus before anything touches QtDBus or Qt Bluetooth.
    const Status started = m_bus.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_ble_doorspage"));
    QSettings().clear();
    MessageBox::clearAnswers();
    ble::installRadio();
    QVERIFY(sync::Radio::installed() && !sync::Radio::installed()->simulated());
    m_f = std::make_unique<test::Fixture>();
    // The door runs on this machine's clock; Porter must agree with it to judge the doorcode's day.
    m_f->clock.set(QDateTime::currentSecsSinceEpoch());
    m_state = m_dir.filePath(QStringLiteral("lobby"));
    QVERIFY(test::BleBus::initDoor(m_state).ok());
    QVERIFY(m_bus.addDoor(m_state, kDoor, QStringLiteral("Porter Door"), -58).ok());
    QVERIFY(m_bus.pressInstallButton(kDoor).ok());
}

door::Decision TestBleDoorsPage::decideAtDoor(const QString &code)
{
    door::Decision decision;
    if (!m_bus.removeDoor(kDoor).ok())
        qFatal("remove door: %s", qPrintable(m_bus.log()));
    {
        auto state = cli::DoorState::open(m_state, cli::DoorState::Mode::Open, 5000);
        if (!state.ok())
            qFatal("door state: %s", qPrintable(state.error().message));
        decision = (*state)->door().decideDoorcode(code.toStdString(), cli::hostNow());
    }
    if (!m_bus.addDoor(m_state, kDoor, QStringLiteral("Porter Door"), -58).ok())
        qFatal("add door: %s", qPrintable(m_bus.log()));
    return decision;
}

void TestBleDoorsPage::seedWorkflowFromTheWindow()
{
    InviteRequest request = m_f->inviteRequest(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    request.method = AccessMethod::Doorcode;
    const auto invited = m_f->access->invite(m_f->owner, request);
    QVERIFY2(invited.ok(), invited.ok() ? "" : qPrintable(invited.error().message));
    const Person ana = invited->person;

    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->selectProperty(m_f->property.id);
    m_w->showDoorsPage();
    DoorsPage *page = m_w->doorsPage();
    QVERIFY2(waitForInRange(1), qPrintable(page->radioLabel()->text()));
    QCOMPARE(int(page->inRangeModel()->kindAt(0)), int(DoorsInRangeModel::Kind::AwaitingCommission));

    // Commission: Porter's code and the door's display must be the same six digits.
    page->inRangeTable()->selectRow(0);
    QVERIFY(page->commissionButton()->isEnabled());
    QString shown;
    bool ran = false;
    DoorsPage::setDialogHook([&](CommissionDialog *dialog) {
        ran = true;
        dialog->show();
        dialog->chooseDoor(m_f->lobby.id);
        dialog->startButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() == CommissionDialog::ComparePage; }, 20000));
        QVERIFY(!dialog->simulatedDisplayLabel()->isVisible()); // a real door shows its own display
        shown = dialog->codeLabel()->text().remove(QLatin1Char(' '));
        QString display;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto code = m_bus.pairingCode(kDoor);
                display = code.ok() ? *code : QString();
                return !display.isEmpty();
            },
            10000));
        QCOMPARE(shown, display);
        QVERIFY(!m_f->directory->door(m_f->owner, m_f->lobby.id)->commissioned);
        QVERIFY(m_bus.confirmAtDoor(kDoor).ok()); // the technician presses the door's button...
        dialog->confirmButton()->click();         // ...and confirms in Porter
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() == CommissionDialog::ResultPage; }, 20000));
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
        dialog->accept();
    });
    page->commissionButton()->click();
    DoorsPage::setDialogHook({});
    QVERIFY(ran);
    QCOMPARE(shown.size(), 6);
    QVERIFY(m_f->directory->door(m_f->owner, m_f->lobby.id)->commissioned);
    // Heard again with its ids: now the property's Lobby.
    QVERIFY(QTest::qWaitFor([&] { return page->inRangeModel()->rowOfDoor(m_f->lobby.id) == 0; }, 15000));

    // Sync: the door learns Ana's doorcode.
    const auto sync = [&](const QString &expect) {
        QVERIFY(page->selectDoor(m_f->lobby.id));
        QVERIFY(QTest::qWaitFor([&] { return page->syncButton()->isEnabled(); }, 15000));
        page->syncButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return page->syncRun() && !page->syncRun()->running(); }, 30000));
        const QString line = page->resultsList()->item(0)->text();
        QVERIFY2(page->syncRun()->outcome(0) == DoorSyncRun::Outcome::Synced, qPrintable(line));
        QVERIFY2(line.contains(expect), qPrintable(line));
    };
    sync(QStringLiteral("given access"));
    QCOMPARE(m_f->pendingChanges(m_f->lobby.id), 0);
    const QString code = m_f->backend->devices().doorcode(m_f->owner, ana.id).value();
    QVERIFY(decideAtDoor(code).granted);

    // Revoke: after the next sync the door refuses her code.
    QVERIFY(m_f->access->revokeAll(m_f->owner, ana.id).ok());
    QVERIFY(m_f->pendingChanges(m_f->lobby.id) > 0);
    QVERIFY(QTest::qWaitFor([&] { return page->inRangeModel()->rowOfDoor(m_f->lobby.id) == 0; }, 15000));
    sync(QStringLiteral("access removed"));
    QVERIFY(!decideAtDoor(code).granted);
}

// A walk down a corridor: 20 doors in range, each behind by a few changes, synced one after another
// with Sync All in Range; every door ends holding exactly the version Porter recorded for it.
void TestBleDoorsPage::corridorOfTwentyDoors()
{
    Key corridorKey;
    corridorKey.propertyId = m_f->property.id;
    corridorKey.name = QStringLiteral("Corridor");
    corridorKey.schedule = Schedule::parse(QStringLiteral("always")).value();
    QList<Id> doors;
    QStringList addresses;
    for (int i = 0; i < 20; ++i) {
        Door d;
        d.propertyId = m_f->property.id;
        d.name = QStringLiteral("Corridor %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        d.type = DoorType::Residence;
        const auto added = m_f->directory->addDoor(m_f->owner, d);
        QVERIFY(added.ok());
        doors << added->id;
        const QString dir = m_dir.filePath(QStringLiteral("corridor-%1").arg(i));
        {
            auto state = cli::DoorState::open(dir, cli::DoorState::Mode::Create, 2000);
            QVERIFY(state.ok());
            QVERIFY((*state)->door().openInstallMode(cli::hostNow()));
            QVERIFY(m_f->backend->devices().commission(m_f->owner, added->id, (*state)->door()).ok());
        }
        const QString address = QStringLiteral("D0:0D:00:00:01:%1").arg(i, 2, 16, QLatin1Char('0')).toUpper();
        QVERIFY(m_bus.addDoor(dir, address, d.name, -60 - i).ok());
        addresses << address;
    }
    corridorKey.doorIds = doors;
    const auto key = m_f->directory->addKey(m_f->owner, corridorKey);
    QVERIFY(key.ok());
    for (int i = 0; i < 5; ++i) {
        InviteRequest r = m_f->inviteRequest(QStringLiteral("c%1@example.com").arg(i), {key->id});
        r.method = AccessMethod::Doorcode;
        QVERIFY(m_f->access->invite(m_f->owner, r).ok());
    }

    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->selectProperty(m_f->property.id);
    m_w->showDoorsPage();
    DoorsPage *page = m_w->doorsPage();
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const Id d : doors)
                if (page->inRangeModel()->rowOfDoor(d) < 0)
                    return false;
            return page->syncAllButton()->isEnabled();
        },
        20000));
    page->syncAllButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return page->syncRun() && !page->syncRun()->running(); }, 120000));
    QVERIFY(page->syncRun()->count() >= 20);
    for (int i = 0; i < page->syncRun()->count(); ++i)
        QVERIFY2(page->syncRun()->outcome(i) == DoorSyncRun::Outcome::Synced,
                 qPrintable(page->resultsList()->item(i)->text()));
    for (int i = 0; i < doors.size(); ++i) {
        QCOMPARE(m_f->pendingChanges(doors[i]), 0);
        const auto status = m_bus.doorStatus(addresses[i]);
        QVERIFY(status.ok());
        QCOMPARE(status->value(QStringLiteral("version")).toULongLong(),
                 quint64(m_f->directory->door(m_f->owner, doors[i])->ackedVersion));
        QCOMPARE(status->value(QStringLiteral("holders")).toInt(), 5);
    }
    m_w.reset();
    for (const QString &address : addresses)
        QVERIFY(m_bus.removeDoor(address).ok());
}

void TestBleDoorsPage::noAdapterIsShown()
{
    QVERIFY(m_bus.setAdapterPresent(false).ok());
    test::BleBus::settle();
    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->selectProperty(m_f->property.id);
    m_w->showDoorsPage();
    QLabel *label = m_w->doorsPage()->radioLabel();
    QVERIFY2(QTest::qWaitFor([&] { return label->text().contains(QStringLiteral("No Bluetooth adapter")); },
                             15000),
             qPrintable(label->text()));
    // The rest of the page still works: the property's doors are listed.
    QVERIFY(m_w->doorsPage()->doorsModel()->rowCount() > 0);
    QVERIFY(m_bus.setAdapterPresent(true).ok());
}

void TestBleDoorsPage::bluetoothOffOffersToTurnItOn()
{
    m_w.reset();
    QVERIFY(m_bus.setPowered(false).ok());
    test::BleBus::settle();
    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->selectProperty(m_f->property.id);
    m_w->showDoorsPage();
    DoorsPage *page = m_w->doorsPage();
    QPushButton *powerOn = page->powerOnButton();
    QVERIFY2(QTest::qWaitFor([&] { return powerOn->isVisible(); }, 15000),
             qPrintable(page->radioLabel()->text()));
    QVERIFY(page->radioLabel()->text().contains(QStringLiteral("Bluetooth is turned off on this computer.")));
    QCOMPARE(powerOn->text(), QStringLiteral("Turn &Bluetooth On"));
    QVERIFY(powerOn->isEnabled());
    QVERIFY(!powerOn->accessibleName().isEmpty());
    QCOMPARE(page->inRangeModel()->rowCount(), 0);

    // Alt+B, the button's mnemonic, as a keyboard user would.
    m_w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
    QTest::keyClick(m_w->windowHandle(), Qt::Key_B, Qt::AltModifier);
    // A mnemonic animates the click (about 100 ms later).
    QVERIFY(QTest::qWaitFor(
        [] { return QBluetoothLocalDevice().hostMode() != QBluetoothLocalDevice::HostPoweredOff; }, 5000));
    QVERIFY(!powerOn->isVisible());
    // Scanning again: the door near by is listed.
    QVERIFY2(waitForInRange(1), qPrintable(page->radioLabel()->text()));
    QVERIFY(page->radioLabel()->text().startsWith(QStringLiteral("Scanning: Bluetooth")));
    QVERIFY(!powerOn->isVisible());

    // Without an adapter there is nothing to turn on.
    m_w.reset();
    QVERIFY(m_bus.setAdapterPresent(false).ok());
    test::BleBus::settle();
    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->selectProperty(m_f->property.id);
    m_w->showDoorsPage();
    QLabel *label = m_w->doorsPage()->radioLabel();
    QVERIFY2(QTest::qWaitFor([&] { return label->text().contains(QStringLiteral("No Bluetooth adapter")); },
                             15000),
             qPrintable(label->text()));
    QVERIFY(!m_w->doorsPage()->powerOnButton()->isVisible());
    QVERIFY(m_bus.setAdapterPresent(true).ok());
    m_w.reset();
}

void TestBleDoorsPage::cleanupTestCase()
{
    m_w.reset();
    m_f.reset();
    sync::Radio::install(nullptr);
    m_bus.stop();
}

QTEST_MAIN(TestBleDoorsPage)
#include "tst_ble_doorspage.moc"
