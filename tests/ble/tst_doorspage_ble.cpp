// The Doors page over Porter's real Bluetooth radio (porter_ble, Qt's BlueZ backend) against a reference
// door hosted by the fake BlueZ (tests/fakebluez) on a private system bus, offscreen: the door is listed in
// range, commissioned with the pairing code its display shows, synced (it then holds the person), and
// after Revoke All Keys synced again (it no longer holds them). The same page the technician uses, the
// same radio `porter` installs.
#include "ble/bleradio.h"
#include "blebus.h"
#include "commissiondialog.h"
#include "doorspage.h"
#include "fixture.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "viewmodels/doorsinrangemodel.h"
#include "viewmodels/doorsmodel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using namespace porter::ui;
using porter::test::BleBus;
using porter::test::Fixture;

namespace {
const QString kDoor = QStringLiteral("0A:00:00:00:00:21");
}

class TestDoorsPageBle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commissionSyncRevokeSyncOverBluetooth();

private:
    BleBus m_bus;
    QTemporaryDir m_dir;
};

void TestDoorsPageBle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_doorspage_ble"));
    QSettings().clear();
    // Before anything touches QtDBus or Qt Bluetooth (blebus.h).
    const Status started = m_bus.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestDoorsPageBle::cleanupTestCase()
{
    sync::Radio::install(nullptr);
    m_bus.stop();
}

void TestDoorsPageBle::commissionSyncRevokeSyncOverBluetooth()
{
    Fixture f;
    f.clock.set(QDateTime::currentSecsSinceEpoch()); // the door in the fake runs on the real clock
    const QString state = m_dir.filePath(QStringLiteral("lobby"));
    QVERIFY(BleBus::initDoor(state).ok());
    QVERIFY(m_bus.addDoor(state, kDoor, QStringLiteral("Porter Door"), -58).ok());
    QVERIFY(m_bus.pressInstallButton(kDoor).ok());
    const Person dana = f.invite(QStringLiteral("dana@example.com"), {f.residentKey.id});

    porter::ble::installRadio();
    const auto radio = sync::Radio::installed();
    QVERIFY(radio);
    QVERIFY(!radio->simulated());

    MainWindow w(Services::of(*f.backend), f.owner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.selectProperty(f.property.id);
    w.showDoorsPage();
    DoorsPage *page = w.doorsPage();
    QVERIFY(!page->simulatedBanner()->isVisible());
    QVERIFY2(QTest::qWaitFor([&] { return page->inRangeModel()->rowCount() == 1; }, 20000),
             qPrintable(page->radioLabel()->text()));
    QCOMPARE(int(page->inRangeModel()->kindAt(0)), int(DoorsInRangeModel::Kind::AwaitingCommission));
    QVERIFY(page->inRangeModel()
                ->index(0, DoorsInRangeModel::Signal)
                .data()
                .toString()
                .endsWith(QStringLiteral("dBm")));

    // Commission it as the Lobby: Porter's code is the one the door displays.
    page->inRangeTable()->selectRow(0);
    QVERIFY(page->commissionButton()->isEnabled());
    QString shown, displayed;
    const auto doorDisplay = [&] {
        const auto code = m_bus.pairingCode(kDoor);
        return code.ok() ? *code : QString();
    };
    DoorsPage::setDialogHook([&](CommissionDialog *dialog) {
        dialog->show();
        QVERIFY(!dialog->simulatedDisplayLabel()->isVisible()); // a real door has its own display
        dialog->chooseDoor(f.lobby.id);
        dialog->startButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() != CommissionDialog::ConnectingPage; }, 30000));
        QCOMPARE(dialog->pages()->currentIndex(), int(CommissionDialog::ComparePage));
        shown = dialog->codeLabel()->text().remove(QLatin1Char(' '));
        QVERIFY(QTest::qWaitFor([&] { return !doorDisplay().isEmpty(); }, 10000));
        displayed = doorDisplay();
        QVERIFY(m_bus.confirmAtDoor(kDoor).ok()); // the technician presses the door's button
        dialog->confirmButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() == CommissionDialog::ResultPage; }, 30000));
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
        dialog->accept();
    });
    page->commissionButton()->click();
    DoorsPage::setDialogHook({});
    QCOMPARE(shown.size(), 6);
    QCOMPARE(shown, displayed);
    QVERIFY(f.directory->door(f.owner, f.lobby.id)->commissioned);

    const auto syncLobby = [&] {
        QVERIFY(QTest::qWaitFor([&] { return page->inRangeModel()->rowOfDoor(f.lobby.id) >= 0; }, 20000));
        QVERIFY(page->selectDoor(f.lobby.id));
        QVERIFY(QTest::qWaitFor([&] { return page->syncButton()->isEnabled(); }, 5000));
        page->syncButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return page->syncRun() && !page->syncRun()->running(); }, 60000));
        QVERIFY2(page->syncRun()->outcome(0) == DoorSyncRun::Outcome::Synced,
                 qPrintable(page->resultsList()->item(0)->text()));
    };
    const auto holders = [&] { return m_bus.doorStatus(kDoor)->value(QStringLiteral("holders")).toInt(); };

    // Sync: the door holds Dana's access; Porter recorded the version the door acknowledged.
    syncLobby();
    QVERIFY2(page->resultsList()->item(0)->text().contains(QStringLiteral("1 person given access")),
             qPrintable(page->resultsList()->item(0)->text()));
    const int before = holders();
    QVERIFY(before >= 1);
    QCOMPARE(m_bus.doorStatus(kDoor)->value(QStringLiteral("version")).toLongLong(),
             f.directory->door(f.owner, f.lobby.id)->ackVersion);

    // Revoke All Keys, sync again: the door no longer holds her.
    w.showPeoplePage();
    QVERIFY(w.peoplePage()->selectPerson(dana.id));
    MessageBox::setNextAnswer(true);
    w.revokeAction()->trigger();
    w.showDoorsPage();
    syncLobby();
    QVERIFY2(page->resultsList()->item(0)->text().contains(QStringLiteral("1 person's access removed")),
             qPrintable(page->resultsList()->item(0)->text()));
    QCOMPARE(holders(), before - 1);
    QCOMPARE(m_bus.doorStatus(kDoor)->value(QStringLiteral("version")).toLongLong(),
             f.directory->door(f.owner, f.lobby.id)->ackVersion);
    sync::Radio::install(nullptr);
}

QTEST_MAIN(TestDoorsPageBle)
#include "tst_doorspage_ble.moc"
