// The Doors page on the real MainWindow, offscreen, over simulated doors (core/demo SimulatedRadio:
// reference doors in process behind a loopback link and a scanner): the list of the property's doors,
// the doors in range, commissioning with the pairing code, syncing one door and a walk of doors with a
// cancel in the middle, and what the page says when the radio cannot scan. Outcomes are checked where
// they happen: in Porter's database and in the doors themselves (door::Door::decide*).
#include "commissiondialog.h"
#include "demo/simulatedradio.h"
#include "devices/deviceservice.h"
#include "door/door.h"
#include "doorspage.h"
#include "fieldkitdialog.h"
#include "fixture.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/doorsinrangemodel.h"
#include "viewmodels/doorsmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;
using Kind = DoorsInRangeModel::Kind;

class TestDoorsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void doorsListShowsStatuses();
    void statusBarOpensTheDoorsPage();
    void scanListsDoorsInRange();
    void commissionNewDoorWithPairingCode();
    void codesThatDifferCommissionNothing();
    void syncOneDoorShowsWhatChanged();
    void aRotatedSigningKeyIsShownUntilTheDoorSyncs();
    void aResetSigningKeyAsksForTheDoorToBeCommissionedAgain();
    void revokeThenSyncTheDoorRefuses();
    void syncAllInRangeWithCancelInTheMiddle();
    void fieldKitBuiltDeliveredAndUploaded();
    void scannerFailureIsShown();
    void noRadioIsShown();

private:
    // A simulated door commissioned as `door` (in process, as porterctl door commission --state does).
    QString commissioned(const Door &door, int rssi = -60);
    void openDoorsPage();
    bool waitForInRange(int rows);
    int rangeRowOf(const QString &address) const;
    DoorsPage *page() const { return m_w->doorsPage(); }

    std::unique_ptr<Fixture> m_f;
    std::shared_ptr<demo::SimulatedRadio> m_radio;
    std::unique_ptr<MainWindow> m_w;
};

void TestDoorsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_doorspage"));
}

void TestDoorsPage::init()
{
    MessageBox::clearAnswers();
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
    m_radio = std::make_shared<demo::SimulatedRadio>([this] { return m_f->clock.nowSecs(); });
    m_radio->setTiming(0, 0);
    m_radio->setScanIntervalMs(30);
    m_radio->setKeepInstallModeOpen(false);
    sync::Radio::install(m_radio);
}

void TestDoorsPage::cleanup()
{
    DoorsPage::setDialogHook({});
    DoorsPage::setFieldKitHook({});
    FieldKitDialog::setFileHook({});
    m_w.reset();
    sync::Radio::install(nullptr);
    m_radio.reset();
    m_f.reset();
}

QString TestDoorsPage::commissioned(const Door &door, int rssi)
{
    const QString address = m_radio->addDoor(door.name, rssi);
    door::Door *d = m_radio->door(address);
    d->openInstallMode(m_f->clock.nowSecs());
    const auto st = m_f->backend->devices().commission(m_f->owner, door.id, *d);
    if (!st.ok())
        qFatal("commission: %s", qPrintable(st.error().message));
    return address;
}

void TestDoorsPage::openDoorsPage()
{
    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->selectProperty(m_f->property.id);
    m_w->showDoorsPage();
    QVERIFY(m_w->doorsPageShown());
}

bool TestDoorsPage::waitForInRange(int rows)
{
    return QTest::qWaitFor([&] { return page()->inRangeModel()->rowCount() == rows; }, 5000);
}

int TestDoorsPage::rangeRowOf(const QString &address) const
{
    auto *model = page()->inRangeModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->seenAt(row)->address == address)
            return row;
    return -1;
}

void TestDoorsPage::doorsListShowsStatuses()
{
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    commissioned(m_f->lobby);
    openDoorsPage();
    DoorsModel *model = page()->doorsModel();
    QCOMPARE(model->rowCount(), 4);
    const auto text = [&](Id doorId, int column) {
        return page()->doorsTable()->model()->index(model->rowOf(doorId), column).data().toString();
    };
    QCOMPARE(page()->titleLabel()->text(), QStringLiteral("Doors — Maple Court"));
    QVERIFY2(text(m_f->lobby.id, DoorsModel::Sync).endsWith(QStringLiteral("— sync due today")),
             qPrintable(text(m_f->lobby.id, DoorsModel::Sync)));
    QVERIFY(model->index(model->rowOf(m_f->lobby.id), 0).data(DoorsModel::DueTodayRole).toBool());
    QCOMPARE(text(m_f->lobby.id, DoorsModel::LastSync), QStringLiteral("Never"));
    QCOMPARE(text(m_f->garage.id, DoorsModel::Connection), QStringLiteral("Online"));
    QCOMPARE(text(m_f->garage.id, DoorsModel::Sync), QStringLiteral("Updates over the internet"));
    QVERIFY(text(m_f->unit101.id, DoorsModel::Sync).startsWith(QStringLiteral("Not commissioned yet")));

    // The selected door's details: what its next sync would change.
    QVERIFY(page()->selectDoor(m_f->lobby.id));
    QCOMPARE(page()->detailTitle()->text(), QStringLiteral("Lobby"));
    const int pending = model->taskOf(m_f->lobby.id)->pendingChanges;
    QVERIFY(pending > 0);
    QCOMPARE(page()->changesTree()->topLevelItemCount(), pending);
    // In the reader's words, from the change's kept values (DisplayText::doorChange).
    QCOMPARE(page()->changesTree()->topLevelItem(0)->text(2),
             QStringLiteral("Add Unit 101 resident to ana Tester"));
    QCOMPARE(page()->changesTree()->topLevelItem(0)->text(2),
             DisplayText::doorChange(model->taskOf(m_f->lobby.id)->changes.at(0)));
    QCOMPARE(page()->detailTabs()->tabText(0), QStringLiteral("Next Sync (%1)").arg(pending));
    // Simulated doors are labelled as such.
    QVERIFY(page()->simulatedBanner()->isVisible());
    QVERIFY(page()->simulatedBanner()->text().contains(QStringLiteral("not real hardware")));
}

void TestDoorsPage::statusBarOpensTheDoorsPage()
{
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    openDoorsPage();
    m_w->showPeoplePage();
    QVERIFY(!m_w->doorsPageShown());
    QCOMPARE(m_w->syncLabel()->text(), QStringLiteral("2 doors need a sync"));
    // The summary opens the door sync tasks, whose "Open Doors Page" leads here.
    MainWindow::setDialogHook(
        [](QDialog *d) { d->findChild<QPushButton *>(QStringLiteral("openDoorsButton"))->click(); });
    QTest::mouseClick(m_w->syncLabel(), Qt::LeftButton);
    MainWindow::setDialogHook({});
    QVERIFY(m_w->doorsPageShown());
    QVERIFY(page()->scanning());
    m_w->showPeoplePage();
    QVERIFY(!page()->scanning()); // scanning only while the page is visible
}

void TestDoorsPage::scanListsDoorsInRange()
{
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    const QString lobby = commissioned(m_f->lobby, -55);
    const QString fresh = m_radio->addDoor(QStringLiteral("new lock"), -70);
    QVERIFY(m_radio->pressInstallButton(fresh));
    const QString idle = m_radio->addDoor(QStringLiteral("boxed lock"), -80);
    const QString away = commissioned(m_f->gym, -65);
    m_radio->setInRange(away, false);
    openDoorsPage();
    QVERIFY(waitForInRange(3));
    auto *model = page()->inRangeModel();
    QCOMPARE(int(model->kindAt(rangeRowOf(lobby))), int(Kind::PropertyDoor));
    QCOMPARE(model->doorIdAt(rangeRowOf(lobby)), m_f->lobby.id);
    QCOMPARE(model->index(rangeRowOf(lobby), DoorsInRangeModel::DoorName).data().toString(),
             QStringLiteral("Lobby"));
    QVERIFY(model->index(rangeRowOf(lobby), DoorsInRangeModel::State)
                .data()
                .toString()
                .startsWith(QStringLiteral("Needs a sync")));
    QCOMPARE(int(model->kindAt(rangeRowOf(fresh))), int(Kind::AwaitingCommission));
    QCOMPARE(int(model->kindAt(rangeRowOf(idle))), int(Kind::NewDoor));
    QCOMPARE(rangeRowOf(away), -1); // out of range: not listed
    QVERIFY(page()->radioLabel()->text().startsWith(QStringLiteral("Scanning: Simulated doors.")));

    // The Gym comes into range: listed, matched by its ids.
    m_radio->setInRange(away, true);
    QVERIFY(waitForInRange(4));
    QCOMPARE(model->doorIdAt(rangeRowOf(away)), m_f->gym.id);

    // Selecting the Lobby in range selects it above and offers Sync; a new door offers Commission.
    page()->inRangeTable()->selectRow(rangeRowOf(lobby));
    QCOMPARE(page()->selectedDoorId(), m_f->lobby.id);
    QVERIFY(page()->syncButton()->isEnabled());
    QVERIFY(!page()->commissionButton()->isEnabled());
    QVERIFY(page()->syncAllButton()->isEnabled());
    QCOMPARE(page()->syncAllButton()->text(), QStringLiteral("Sync All in Range (2)"));
    page()->inRangeTable()->selectRow(rangeRowOf(fresh));
    QVERIFY(page()->commissionButton()->isEnabled());
    page()->inRangeTable()->selectRow(rangeRowOf(idle));
    QVERIFY(!page()->commissionButton()->isEnabled());
    QVERIFY(page()->commissionButton()->toolTip().contains(QStringLiteral("install button")));
}

void TestDoorsPage::commissionNewDoorWithPairingCode()
{
    const QString fresh = m_radio->addDoor(QStringLiteral("new lock"), -62);
    QVERIFY(m_radio->pressInstallButton(fresh));
    openDoorsPage();
    QVERIFY(waitForInRange(1));
    page()->inRangeTable()->selectRow(0);
    QVERIFY(page()->commissionButton()->isEnabled());

    QString shown, doorDisplay;
    bool ran = false;
    DoorsPage::setDialogHook([&](CommissionDialog *dialog) {
        ran = true;
        dialog->show();
        // Only doors not commissioned yet are offered (the online Garage Gate is not a Bluetooth door).
        QCOMPARE(dialog->doorCombo()->count(), 3);
        dialog->chooseDoor(m_f->unit101.id);
        dialog->startButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() == CommissionDialog::ComparePage; }, 5000));
        shown = dialog->codeLabel()->text().remove(QLatin1Char(' '));
        doorDisplay = dialog->simulatedDisplayLabel()->text().remove(QLatin1Char(' '));
        QVERIFY(dialog->simulatedDisplayLabel()->isVisible());
        QVERIFY(dialog->confirmButton()->isVisible());
        QVERIFY(dialog->differButton()->isVisible());
        // Nothing is recorded before the technician confirms.
        QVERIFY(!m_f->directory->door(m_f->owner, m_f->unit101.id)->commissioned);
        dialog->confirmButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() == CommissionDialog::ResultPage; }, 5000));
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
        QVERIFY(dialog->resultText().contains(QStringLiteral("Unit 101")));
        dialog->accept();
    });
    page()->commissionButton()->click();
    QVERIFY(ran);
    QCOMPARE(shown.size(), 6);
    QCOMPARE(shown, doorDisplay); // the code Porter showed is the one the door displayed
    QCOMPARE(shown, m_radio->display(fresh));
    // Porter recorded it, the door holds the property's ids, and the page shows it commissioned.
    QVERIFY(m_f->directory->door(m_f->owner, m_f->unit101.id)->commissioned);
    QVERIFY(m_radio->door(fresh)->commissioned());
    QCOMPARE(Id(m_radio->door(fresh)->doorId()), m_f->unit101.id);
    QCOMPARE(Id(m_radio->door(fresh)->propertyId()), m_f->property.id);
    QCOMPARE(page()->selectedDoorId(), m_f->unit101.id);
    // Heard again with its new ids: now one of the property's doors.
    QVERIFY(QTest::qWaitFor([&] { return page()->inRangeModel()->rowOfDoor(m_f->unit101.id) == 0; }, 5000));
    QCOMPARE(page()->inRangeModel()->rowCount(), 1);
}

void TestDoorsPage::codesThatDifferCommissionNothing()
{
    const QString fresh = m_radio->addDoor(QStringLiteral("new lock"), -62);
    QVERIFY(m_radio->pressInstallButton(fresh));
    openDoorsPage();
    QVERIFY(waitForInRange(1));
    page()->inRangeTable()->selectRow(0);
    QString result;
    DoorsPage::setDialogHook([&](CommissionDialog *dialog) {
        dialog->show();
        dialog->chooseDoor(m_f->lobby.id);
        dialog->startButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() == CommissionDialog::ComparePage; }, 5000));
        dialog->differButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->pages()->currentIndex() == CommissionDialog::ResultPage; }, 5000));
        QVERIFY(!dialog->succeeded());
        result = dialog->resultText();
        dialog->reject();
    });
    page()->commissionButton()->click();
    QVERIFY2(result.contains(QStringLiteral("pose as the door")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("install button again")));
    QVERIFY(!m_f->directory->door(m_f->owner, m_f->lobby.id)->commissioned);
    QVERIFY(!m_radio->door(fresh)->commissioned());
}

// Doors ▸ Field Kit…: a kit of the property's doors built, delivered to the doors heard (the simulated
// radio), then uploaded; what the doors enforce and what Porter records agree.
void TestDoorsPage::fieldKitBuiltDeliveredAndUploaded()
{
    const QString lobby = commissioned(m_f->lobby);
    const QString unit = commissioned(m_f->unit101, -70);
    InviteRequest r = m_f->inviteRequest(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    r.method = AccessMethod::Doorcode;
    const auto ana = m_f->access->invite(m_f->owner, r);
    QVERIFY(ana.ok());
    const std::string code = m_f->backend->devices().doorcode(m_f->owner, ana->person.id, {})->toStdString();
    QVERIFY(!m_radio->door(lobby)->decideDoorcode(code, m_f->clock.nowSecs()).granted);
    openDoorsPage();
    QVERIFY(page()->fieldKitButton()->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maple.porterkit"));
    FieldKitDialog::setFileHook([&](bool save) { return save ? path : QString(); });
    bool ran = false;
    DoorsPage::setFieldKitHook([&](FieldKitDialog *d) {
        ran = true;
        d->setScanSeconds(3);
        QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("deliverKitButton"))->isEnabled());
        d->buildKit();
        QVERIFY2(d->hasKit(), qPrintable(d->statusText()));
        QCOMPARE(d->kit().doors.size(), 2); // the commissioned offline doors
        QVERIFY(d->kit().toCommission.join(QLatin1Char(',')).contains(m_f->gym.name));
        QVERIFY(QFile::exists(path));
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("kitTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Not delivered yet"));

        d->deliverInRange();
        QVERIFY(d->delivering());
        QVERIFY(QTest::qWaitFor([&] { return !d->delivering(); }, 15000));
        QVERIFY2(d->statusText().startsWith(QStringLiteral("Delivered to 2 doors.")),
                 qPrintable(d->statusText()));
        QCOMPARE(d->kit().answered(), 2);
        QVERIFY2(table->item(0, 3)->text().startsWith(QStringLiteral("Took version")),
                 qPrintable(table->item(0, 3)->text()));
        // Nothing is recorded before the upload; the doors enforce the kit's lists already.
        QVERIFY(m_radio->door(lobby)->decideDoorcode(code, m_f->clock.nowSecs()).granted);
        QVERIFY(m_radio->door(unit)->decideDoorcode(code, m_f->clock.nowSecs()).granted);
        QVERIFY(m_f->pendingChanges(m_f->lobby.id) > 0);

        d->uploadKit();
        QVERIFY2(d->statusText().startsWith(QStringLiteral("Uploaded: 2 doors took the kit's version")),
                 qPrintable(d->statusText()));
        QCOMPARE(m_f->pendingChanges(m_f->lobby.id), 0);
        QCOMPARE(m_f->pendingChanges(m_f->unit101.id), 0);
        QVERIFY(table->item(0, 3)->text().endsWith(QStringLiteral("; uploaded")));
    });
    page()->fieldKitButton()->click();
    QVERIFY(ran);
    // The page followed the upload.
    const int row = page()->doorsModel()->rowOf(m_f->lobby.id);
    QCOMPARE(page()->doorsModel()->index(row, DoorsModel::Sync).data().toString(),
             QStringLiteral("Up to date"));
}

void TestDoorsPage::syncOneDoorShowsWhatChanged()
{
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    m_f->invite(QStringLiteral("ben@example.com"), {m_f->residentKey.id});
    const QString lobby = commissioned(m_f->lobby);
    m_radio->door(lobby)->setBattery(64);
    m_radio->door(lobby)->setFirmware("2.3.1");
    m_radio->door(lobby)->setClock(m_f->clock.nowSecs() + 30, m_f->clock.nowSecs()); // 30 s fast
    m_radio->door(lobby)->decideCard("DEADBEEF", m_f->clock.nowSecs()); // an unknown card tried: one entry
    openDoorsPage();
    QVERIFY(waitForInRange(1));
    QVERIFY(page()->selectDoor(m_f->lobby.id));
    QVERIFY(page()->syncButton()->isEnabled());
    QCOMPARE(page()->syncButton()->text(), QStringLiteral("Sync ‘Lobby’"));
    page()->syncButton()->click();
    QVERIFY(page()->cancelButton()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return page()->syncRun() && !page()->syncRun()->running(); }, 10000));
    QCOMPARE(int(page()->syncRun()->outcome(0)), int(DoorSyncRun::Outcome::Synced));
    const QString line = page()->resultsList()->item(0)->text();
    QVERIFY2(line.startsWith(QStringLiteral("Lobby — Synced:")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("2 people given access")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Clock set (it was 30 s off)")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("1 activity entry imported.")), qPrintable(line));
    QVERIFY(line.contains(QStringLiteral("its first full list")));
    QCOMPARE(page()->runLabel()->text(), QStringLiteral("Done: the door is synced."));
    QVERIFY(!page()->cancelButton()->isEnabled());

    // Recorded after the door's acknowledgement, and shown in the list.
    const Door after = *m_f->directory->door(m_f->owner, m_f->lobby.id);
    QVERIFY(after.ackedVersion > 0);
    QCOMPARE(after.batteryPercent.value_or(-1), 64);
    QCOMPARE(m_f->pendingChanges(m_f->lobby.id), 0);
    const int row = page()->doorsModel()->rowOf(m_f->lobby.id);
    QCOMPARE(page()->doorsModel()->index(row, DoorsModel::Sync).data().toString(),
             QStringLiteral("Up to date"));
    QCOMPARE(page()->doorsModel()->index(row, DoorsModel::Battery).data().toString(), QStringLiteral("64%"));
    QCOMPARE(page()->doorsModel()->index(row, DoorsModel::Firmware).data().toString(),
             QStringLiteral("2.3.1"));
    QCOMPARE(page()->doorsModel()->index(row, DoorsModel::ClockDrift).data().toString(),
             QStringLiteral("+30 s"));
    QCOMPARE(page()->doorsModel()->index(row, DoorsModel::Version).data().toString(),
             QString::number(after.ackedVersion));
    // The status bar followed.
    QCOMPARE(m_w->syncLabel()->text(), QStringLiteral("1 door needs a sync"));
}

// After the property's signing key is rotated (as removing a manager who held it does), the door's details
// say it trusts the old key until it is synced; the sync says it moved, and the fact goes.
void TestDoorsPage::aRotatedSigningKeyIsShownUntilTheDoorSyncs()
{
    const QString lobby = commissioned(m_f->lobby);
    const auto rotated = m_f->backend->devices().rotateSigningKey(m_f->owner, m_f->property.id);
    QVERIFY2(rotated.ok(), rotated.ok() ? "" : qPrintable(rotated.error().message));
    openDoorsPage();
    QVERIFY(waitForInRange(1));
    QVERIFY(page()->selectDoor(m_f->lobby.id));
    QVERIFY2(page()->detailHint()->text().contains(QStringLiteral("trusts the old signing key")),
             qPrintable(page()->detailHint()->text()));
    QCOMPARE(m_w->syncLabel()->text(), QStringLiteral("1 door needs a sync"));
    page()->syncButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return page()->syncRun() && !page()->syncRun()->running(); }, 10000));
    const QString line = page()->resultsList()->item(0)->text();
    QVERIFY2(line.contains(QStringLiteral("The door now trusts only the new signing key.")),
             qPrintable(line));
    QCOMPARE(m_radio->door(lobby)->signingKeyEpoch(), std::uint32_t{2});
    QVERIFY(page()->selectDoor(m_f->lobby.id));
    QVERIFY2(!page()->detailHint()->text().contains(QStringLiteral("signing key")),
             qPrintable(page()->detailHint()->text()));
}

void TestDoorsPage::aResetSigningKeyAsksForTheDoorToBeCommissionedAgain()
{
    const QString lobby = commissioned(m_f->lobby);
    const auto reset = m_f->backend->devices().resetSigningKey(m_f->owner, m_f->property.id);
    QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().message));
    openDoorsPage();
    QVERIFY(waitForInRange(1));
    QVERIFY(page()->selectDoor(m_f->lobby.id));
    QVERIFY2(page()->detailHint()->text().contains(
                 QStringLiteral("trusts a signing key from before its reset: reset the door on site and "
                                "commission it again")),
             qPrintable(page()->detailHint()->text()));
    QVERIFY(QTest::qWaitFor([&] { return page()->syncButton()->isEnabled(); }, 5000));
    page()->syncButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return page()->syncRun() && !page()->syncRun()->running(); }, 10000));
    QVERIFY(page()->syncRun()->outcome(0) != DoorSyncRun::Outcome::Synced);
    const QString line = page()->resultsList()->item(0)->text();
    QVERIFY2(line.contains(QStringLiteral("commission it again")), qPrintable(line));
    // Nothing reached the door.
    QCOMPARE(m_radio->door(lobby)->signingKeyEpoch(), std::uint32_t{1});
}

void TestDoorsPage::revokeThenSyncTheDoorRefuses()
{
    const QString lobby = commissioned(m_f->lobby);
    InviteRequest request = m_f->inviteRequest(QStringLiteral("dana@example.com"), {m_f->residentKey.id});
    request.method = AccessMethod::Doorcode;
    const auto invited = m_f->access->invite(m_f->owner, request);
    QVERIFY2(invited.ok(), why(invited));
    const Id dana = invited->person.id;
    const auto code = m_f->backend->devices().doorcode(m_f->owner, dana);
    QVERIFY2(code.ok(), why(code));
    door::Door *door = m_radio->door(lobby);
    const std::string digits = code->toStdString();
    QVERIFY(!door->decideDoorcode(digits, m_f->clock.nowSecs()).granted); // not synced yet

    openDoorsPage();
    QVERIFY(waitForInRange(1));
    const auto syncLobby = [&] {
        QVERIFY(page()->selectDoor(m_f->lobby.id));
        QVERIFY(QTest::qWaitFor([&] { return page()->syncButton()->isEnabled(); }, 5000));
        page()->syncButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return page()->syncRun() && !page()->syncRun()->running(); }, 10000));
        QCOMPARE(int(page()->syncRun()->outcome(0)), int(DoorSyncRun::Outcome::Synced));
    };
    syncLobby();
    QVERIFY(door->decideDoorcode(digits, m_f->clock.nowSecs()).granted); // the door lets Dana in

    // Revoke All Keys in the People page, as the seed does it.
    m_w->showPeoplePage();
    QVERIFY(m_w->peoplePage()->selectPerson(dana));
    MessageBox::setNextAnswer(true);
    m_w->revokeAction()->trigger();
    QCOMPARE_ENUM(m_f->queries->person(m_f->owner, dana)->status, PersonStatus::Revoked);
    m_w->showDoorsPage();
    QVERIFY(page()
                ->doorsModel()
                ->index(page()->doorsModel()->rowOf(m_f->lobby.id), 0)
                .data(DoorsModel::NeedsSyncRole)
                .toBool());
    // Until the door is synced it still opens for her; after, it refuses.
    QVERIFY(door->decideDoorcode(digits, m_f->clock.nowSecs()).granted);
    syncLobby();
    QVERIFY2(page()->resultsList()->item(0)->text().contains(QStringLiteral("1 person's access removed")),
             qPrintable(page()->resultsList()->item(0)->text()));
    QVERIFY(!door->decideDoorcode(digits, m_f->clock.nowSecs()).granted);
}

void TestDoorsPage::syncAllInRangeWithCancelInTheMiddle()
{
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id, m_f->gymKey.id});
    const QString lobby = commissioned(m_f->lobby, -50);
    const QString unit = commissioned(m_f->unit101, -60);
    const QString gym = commissioned(m_f->gym, -70);
    Q_UNUSED(lobby);
    Q_UNUSED(unit);
    Q_UNUSED(gym);
    m_radio->setTiming(0, 2); // a little latency: the second door is still syncing when Cancel comes
    openDoorsPage();
    QVERIFY(waitForInRange(3));
    QCOMPARE(page()->syncAllButton()->text(), QStringLiteral("Sync All in Range (3)"));
    const QList<Id> order = page()->inRangeModel()->doorsInRange();

    // A timer that keeps ticking while the doors sync: the window never waits.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(1);
    bool cancelled = false;
    page()->syncAllButton()->click();
    DoorSyncRun *run = page()->syncRun();
    QVERIFY(run);
    connect(run, &DoorSyncRun::progress, this, [&](int index, const sync::DoorProgress &p) {
        if (index == 1 && p.stage != sync::DoorStage::Connecting && !cancelled) {
            cancelled = true;
            QVERIFY(page()->cancelButton()->isEnabled());
            page()->cancelButton()->click();
        }
    });
    QVERIFY(QTest::qWaitFor([&] { return !run->running(); }, 15000));
    QVERIFY(cancelled);
    QVERIFY(ticks > 0);
    QCOMPARE(run->count(), 3);
    QCOMPARE(int(run->outcome(0)), int(DoorSyncRun::Outcome::Synced));
    QCOMPARE(int(run->outcome(1)), int(DoorSyncRun::Outcome::Cancelled));
    QCOMPARE(int(run->outcome(2)), int(DoorSyncRun::Outcome::Cancelled));
    QVERIFY(page()->resultsList()->item(1)->text().contains(QStringLiteral("Not synced")));
    QVERIFY(run->resultText(1).contains(QStringLiteral("cancelled")));
    QCOMPARE(run->resultText(2), QStringLiteral("Not synced: the walk was cancelled before this door."));
    QVERIFY(page()->runLabel()->text().startsWith(QStringLiteral("Done: 1 of 3 doors synced.")));
    // The first door recorded its new list; the cancelled ones recorded nothing and still need a sync.
    QVERIFY(m_f->directory->door(m_f->owner, order.at(0))->ackedVersion > 0);
    QCOMPARE(m_f->pendingChanges(order.at(0)), 0);
    QVERIFY(m_f->pendingChanges(order.at(1)) > 0);
    QVERIFY(m_f->pendingChanges(order.at(2)) > 0);
    QCOMPARE(m_f->directory->door(m_f->owner, order.at(2))->ackedVersion, ListVersion(0));
    QVERIFY(page()->syncAllButton()->isEnabled()); // ready for another walk
}

void TestDoorsPage::scannerFailureIsShown()
{
    m_radio->setScanFailure(
        Error{ErrorCode::Unavailable,
              QStringLiteral("Bluetooth is turned off. Turn it on in the system settings.")});
    commissioned(m_f->lobby);
    openDoorsPage();
    QVERIFY(QTest::qWaitFor(
        [&] { return page()->radioLabel()->text().contains(QStringLiteral("Bluetooth is turned off")); },
        5000));
    QVERIFY(page()->radioLabel()->text().startsWith(QStringLiteral("Cannot scan for doors:")));
    QVERIFY(page()->radioLabel()->text().contains(QStringLiteral("still works")));
    QCOMPARE(page()->inRangeModel()->rowCount(), 0);
    QVERIFY(!page()->syncAllButton()->isEnabled());
    // The rest of the page works.
    QCOMPARE(page()->doorsModel()->rowCount(), 4);
    QVERIFY(page()->selectDoor(m_f->gym.id));
    QCOMPARE(page()->detailTitle()->text(), QStringLiteral("Gym"));

    // Turned on again: coming back to the page scans again.
    m_radio->setScanFailure(std::nullopt);
    m_w->showPeoplePage();
    m_w->showDoorsPage();
    QVERIFY(waitForInRange(1));
    QVERIFY(page()->radioLabel()->text().startsWith(QStringLiteral("Scanning: Simulated doors.")));
}

void TestDoorsPage::noRadioIsShown()
{
    sync::Radio::install(nullptr);
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    openDoorsPage();
    QVERIFY2(page()->radioLabel()->text().contains(QStringLiteral("without Bluetooth")),
             qPrintable(page()->radioLabel()->text()));
    QVERIFY(!page()->simulatedBanner()->isVisible());
    QVERIFY(!page()->syncButton()->isEnabled());
    QVERIFY(!page()->commissionButton()->isEnabled());
    QCOMPARE(page()->doorsModel()->rowCount(), 4);
}

QTEST_MAIN(TestDoorsPage)
#include "tst_doorspage.moc"
