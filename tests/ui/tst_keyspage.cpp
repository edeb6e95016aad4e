// The Keys page and the key dialog on the real MainWindow over a temp database (issue 9, "Keys"):
// creating a key with a weekly schedule, editing it (and the Conflict when someone else changed it),
// deleting it after a confirmation that names its consequences, who holds each key, the read-only page
// of a manager without Full Key Management, the empty property's way out, and the models under
// QAbstractItemModelTester. What is stored is checked through DirectoryService, not through the widgets.
#include "fixture.h"
#include "invitedialog.h"
#include "keydialog.h"
#include "keyspage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "scheduleeditor.h"
#include "viewmodels/keysmodel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

namespace {

using Day = ScheduleEditor::DayMode;

std::optional<Key> keyNamed(Fixture &f, const QString &name, Id propertyId = 0)
{
    for (const Key &k : f.directory->keys(f.owner, propertyId ? propertyId : f.property.id).value())
        if (k.name == name)
            return k;
    return std::nullopt;
}

void clickSave(KeyDialog *dialog)
{
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// A real double-click: press, release, then the double-click event (QTest::mouseDClick sends only the
// last, which an item view takes for a new press).
void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

// Every minute of the week: the schedules open at exactly the same times.
bool sameWeek(const Schedule &a, const Schedule &b)
{
    for (int day = 1; day <= 7; ++day)
        for (int minute = 0; minute < 1440; ++minute)
            if (a.contains(day, minute) != b.contains(day, minute))
                return false;
    return true;
}

} // namespace

class TestKeysPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void keysTabListsKeysSorted();
    void createKeyWithScheduleThroughTheDialog();
    void scheduleEditorExpressesEveryStorableSchedule();
    void scheduleEditorRefusesWhatCannotBeStored();
    void validationErrorsBesideTheirFields();
    void editKeyChangesItAndNamesDoorsToSync();
    void editConflictShowsAndReloads();
    void deleteKeyConfirmsItsConsequences();
    void holdersListPeopleAndGuests();
    void readOnlyWithoutFullKeyManagement();
    void emptyPropertyOffersCreateAKey();
    void keysLoadOnlyWhenThePageIsShown();

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    Person m_alice, m_bob, m_guest;

    Services services() const { return Services::of(*m_f->backend); }
    KeysPage *page() const { return m_w->keysPage(); }
    void showKeys()
    {
        m_w->pages()->setCurrentWidget(page());
        QVERIFY(page()->isVisible());
    }
    int proxyRowOf(Id keyId) const
    {
        const QSortFilterProxyModel *proxy = page()->keysProxy();
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(KeysModel::KeyIdRole).toLongLong() == keyId)
                return r;
        return -1;
    }
};

void TestKeysPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_keyspage"));
    // Day names in the schedule summaries come from the locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestKeysPage::init()
{
    MessageBox::clearAnswers();
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
    // Alice holds the resident key and the gym (open-ended, may share); Bob the gym; Gina is Alice's guest
    // on the resident key.
    InviteRequest alice =
        m_f->inviteRequest(QStringLiteral("alice@example.test"), {m_f->residentKey.id, m_f->gymKey.id});
    alice.contact.firstName = QStringLiteral("Alice");
    alice.contact.lastName = QStringLiteral("Adams");
    alice.expiresAt.reset();
    alice.mayShare = true;
    alice.resident = true;
    m_alice = m_f->access->invite(m_f->owner, alice).value().person;
    InviteRequest bob = m_f->inviteRequest(QStringLiteral("bob@example.test"), {m_f->gymKey.id});
    bob.contact.firstName = QStringLiteral("Bob");
    bob.contact.lastName = QStringLiteral("Brown");
    m_bob = m_f->access->invite(m_f->owner, bob).value().person;
    ShareRequest share;
    share.hostPersonId = m_alice.id;
    share.guest = {QStringLiteral("Gina"), QStringLiteral("Guest"), QStringLiteral("gina@example.test"), {}};
    share.keyIds = {m_f->residentKey.id};
    auto shared = m_f->access->share(m_f->owner, share);
    QVERIFY2(shared.ok(), why(shared));
    m_guest = shared->guest;
    m_w = std::make_unique<MainWindow>(services(), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestKeysPage::cleanup()
{
    KeyDialog::setRunHook({});
    MainWindow::setDialogHook({});
    MessageBox::clearAnswers();
    m_w.reset();
    m_f.reset();
}

void TestKeysPage::modelsPassTheTester()
{
    KeysModel keys(*m_f->directory, *m_f->queries);
    QAbstractItemModelTester keysTester(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KeyHoldersModel holders(*m_f->queries, m_f->clock);
    QAbstractItemModelTester holdersTester(&holders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    keys.setManager(m_f->owner);
    holders.setManager(m_f->owner);
    QCOMPARE(keys.rowCount(), 0);
    keys.setProperty(m_f->property);
    holders.setProperty(m_f->property);
    QCOMPARE(keys.rowCount(), 3);
    QCOMPARE(keys.columnCount(), int(KeysModel::ColumnCount));
    const int gym = keys.rowOf(m_f->gymKey.id);
    QVERIFY(gym >= 0);
    QCOMPARE(keys.index(gym, KeysModel::Name).data().toString(), QStringLiteral("Gym"));
    QCOMPARE(keys.index(gym, KeysModel::Doors).data().toString(), QStringLiteral("Gym"));
    QCOMPARE(keys.index(gym, KeysModel::Schedule).data().toString(), QStringLiteral("Mon–Fri 06:00–22:00"));
    QCOMPARE(keys.index(gym, KeysModel::Holders).data().toInt(), 2);
    const int staff = keys.rowOf(m_f->staffKey.id);
    QCOMPARE(keys.index(staff, KeysModel::Doors).data().toString(), QStringLiteral("Garage, Gym, Lobby"));
    QCOMPARE(keys.index(staff, KeysModel::Schedule).data().toString(), QStringLiteral("Always"));
    QCOMPARE(keys.index(staff, KeysModel::Doorcodes).data().toString(), QStringLiteral("Not allowed"));
    QCOMPARE(keys.index(staff, KeysModel::Sharing).data().toString(), QStringLiteral("Not shared"));
    QCOMPARE(keys.index(staff, KeysModel::Holders).data().toInt(), 0);
    QCOMPARE(KeysModel::scheduleSummary(Schedule::parse(QStringLiteral("Mon-Sun 06:00-22:00")).value()),
             QStringLiteral("Every day 06:00–22:00"));
    QCOMPARE(KeysModel::scheduleSummary(
                 Schedule::parse(QStringLiteral("Sat,Sun 00:00-24:00; Mon,Wed 09:00-10:00")).value()),
             QStringLiteral("Mon, Wed 09:00–10:00; Sat, Sun all day"));
    QVERIFY(keys.index(staff, KeysModel::Doors)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Garage (online)")));
    const int resident = keys.rowOf(m_f->residentKey.id);
    QCOMPARE(keys.index(resident, KeysModel::Holders).data().toInt(), 2); // Alice and her guest
    QCOMPARE(keys.index(resident, KeysModel::Doorcodes).data().toString(), QStringLiteral("Allowed"));

    holders.setKey(m_f->residentKey.id);
    QCOMPARE(holders.rowCount(), 2);
    QCOMPARE(holders.index(0, KeyHoldersModel::Name).data().toString(), QStringLiteral("Alice Adams"));
    QCOMPARE(holders.index(0, KeyHoldersModel::Kind).data().toString(), QStringLiteral("Person"));
    QCOMPARE(holders.index(0, KeyHoldersModel::Expires).data().toString(), QStringLiteral("No expiration"));
    QCOMPARE(holders.index(1, KeyHoldersModel::Name).data().toString(), QStringLiteral("Gina Guest"));
    QCOMPARE(holders.index(1, KeyHoldersModel::Kind).data().toString(),
             QStringLiteral("Guest of Alice Adams"));
    QVERIFY(holders.index(1, KeyHoldersModel::Kind).data(KeyHoldersModel::GuestRole).toBool());
    QCOMPARE(holders.peopleCount(), 1);
    QCOMPARE(holders.guestCount(), 1);
    holders.setKey(m_f->gymKey.id);
    QCOMPARE(holders.rowCount(), 2);
    // Bob's grant expires in a year: its date in the property's time zone.
    const int bobRow =
        holders.index(0, 0).data(KeyHoldersModel::PersonIdRole).toLongLong() == m_bob.id ? 0 : 1;
    QVERIFY(holders.index(bobRow, KeyHoldersModel::Expires)
                .data()
                .toString()
                .startsWith(QStringLiteral("2027-05-28")));
    keys.refresh();
    holders.setKey(0);
    QCOMPARE(holders.rowCount(), 0);
    keys.setProperty({});
    QCOMPARE(keys.rowCount(), 0);
}

void TestKeysPage::keysTabListsKeysSorted()
{
    QTabWidget *tabs = m_w->pages();
    int keysTab = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QStringLiteral("Keys"))
            keysTab = i;
    QVERIFY(keysTab >= 0);
    QCOMPARE(tabs->widget(keysTab), page());
    showKeys();
    QTableView *table = page()->keysTable();
    QCOMPARE(table->model()->rowCount(), 3);
    // By name at first ("Gym", "Staff", "Unit 101 resident"); sortable on every column.
    QCOMPARE(table->model()->index(0, KeysModel::Name).data().toString(), QStringLiteral("Gym"));
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(KeysModel::Holders, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, KeysModel::Name).data().toString(), QStringLiteral("Staff"));
    table->sortByColumn(KeysModel::Name, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, KeysModel::Name).data().toString(),
             QStringLiteral("Unit 101 resident"));
    // A key is selected and its holders are shown; every button is on for the Portfolio Manager.
    QVERIFY(page()->selectedKeyId() != 0);
    QVERIFY(page()->newButton()->isEnabled());
    QVERIFY(page()->editButton()->isEnabled());
    QVERIFY(page()->deleteButton()->isEnabled());
    QVERIFY(!page()->readOnlyLabel()->isVisible());
    QVERIFY(!page()->newButton()->accessibleDescription().isEmpty());
}

void TestKeysPage::createKeyWithScheduleThroughTheDialog()
{
    showKeys();
    bool shown = false;
    KeyDialog::setRunHook([&](KeyDialog *dialog) {
        shown = true;
        QVERIFY(!dialog->editing());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Pool"));
        QVERIFY(dialog->checkDoor(QStringLiteral("Gym")));
        QVERIFY(dialog->checkDoor(QStringLiteral("Lobby")));
        ScheduleEditor *schedule = dialog->scheduleEditor();
        // The preset, then Saturday mornings and a second period on Monday, through the widgets.
        QTest::mouseClick(schedule->weekdaysButton(), Qt::LeftButton);
        QCOMPARE(schedule->dayMode(0), Day::Hours);
        QCOMPARE(schedule->periods(0), (QList<ScheduleEditor::Period>{{480, 1080}}));
        QCOMPARE(schedule->dayMode(6), Day::Closed);
        QComboBox *saturday = schedule->modeCombo(5);
        saturday->setCurrentIndex(saturday->findData(int(Day::Hours)));
        QCOMPARE(schedule->periods(5), (QList<ScheduleEditor::Period>{{540, 1020}}));
        schedule->setDay(5, Day::Hours, {{600, 840}});
        QTest::mouseClick(schedule->addPeriodButton(0), Qt::LeftButton);
        QCOMPARE(schedule->periods(0).size(), 2);
        schedule->setDay(0, Day::Hours, {{480, 1080}, {1200, 1440}});
        QVERIFY(schedule->summaryLabel()->text().contains(QStringLiteral("Sat 10:00–14:00")));
        dialog->doorcodesCheck()->setChecked(false);
        QVERIFY(dialog->shareableCheck()->isChecked());
        clickSave(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    QVERIFY(page()->newButton()->isEnabled());
    QTest::mouseClick(page()->newButton(), Qt::LeftButton);
    QVERIFY(shown);

    // Stored as the dialog showed it.
    const auto pool = keyNamed(*m_f, QStringLiteral("Pool"));
    QVERIFY(pool);
    QCOMPARE(QSet<Id>(pool->doorIds.cbegin(), pool->doorIds.cend()), (QSet<Id>{m_f->gym.id, m_f->lobby.id}));
    QCOMPARE(pool->schedule.toText(),
             QStringLiteral("Mon-Fri 08:00-18:00; Mon 20:00-24:00; Sat 10:00-14:00"));
    QVERIFY(!pool->doorcodesAllowed);
    QVERIFY(pool->shareable);
    // Listed and selected; the banner says what happened and that no door needs a sync.
    QCOMPARE(page()->selectedKeyId(), pool->id);
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Pool")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("no door needs a sync")));
    QCOMPARE(page()->keysTable()->model()->index(proxyRowOf(pool->id), KeysModel::Schedule).data().toString(),
             QStringLiteral("Mon 08:00–18:00, 20:00–24:00; Tue–Fri 08:00–18:00; Sat 10:00–14:00"));

    // The schedule round-trips: the edit dialog shows it day by day and gives back the same text.
    KeyDialog::setRunHook([&](KeyDialog *dialog) {
        QVERIFY(dialog->editing());
        ScheduleEditor *schedule = dialog->scheduleEditor();
        QCOMPARE(schedule->dayMode(0), Day::Hours);
        QCOMPARE(schedule->periods(0), (QList<ScheduleEditor::Period>{{480, 1080}, {1200, 1440}}));
        QCOMPARE(schedule->dayMode(4), Day::Hours);
        QCOMPARE(schedule->periods(4), (QList<ScheduleEditor::Period>{{480, 1080}}));
        QCOMPARE(schedule->periods(5), (QList<ScheduleEditor::Period>{{600, 840}}));
        QCOMPARE(schedule->dayMode(6), Day::Closed);
        QCOMPARE(schedule->schedule().value().toText(), pool->schedule.toText());
        QVERIFY(!dialog->doorcodesCheck()->isChecked());
        dialog->reject();
    });
    page()->editAction()->trigger();
}

void TestKeysPage::scheduleEditorExpressesEveryStorableSchedule()
{
    const QStringList samples = {
        QStringLiteral("always"),
        QStringLiteral("Mon-Fri 09:00-17:00"),
        QStringLiteral("Mon-Fri 09:00-17:00; Sat,Sun 10:00-14:00"),
        QStringLiteral("Mon-Fri 09:00-17:00; Mon 08:00-10:00"), // overlapping windows on Monday
        QStringLiteral("Mon 22:00-24:00; Tue 00:00-06:00"),     // a night split at midnight
        QStringLiteral("Sat,Sun 00:00-24:00"),
        QStringLiteral("Mon-Sun 00:00-24:00"), // always, written out
        QStringLiteral("Wed 07:13-07:14; Wed 12:00-13:00; Wed 18:00-23:59"),
        QStringLiteral("Mon,Wed,Fri 06:00-08:00; Tue,Thu 06:00-08:00; Mon-Fri 17:00-18:30"),
    };
    for (const QString &text : samples) {
        const Schedule original = Schedule::parse(text).value();
        ScheduleEditor shown;
        shown.setSchedule(original);
        // Read and not changed: the same schedule back, the same text.
        auto same = shown.schedule();
        QVERIFY2(same.ok(), qPrintable(text));
        QCOMPARE(same->toText(), original.toText());
        // Typed in day by day (what a person would do): the same hours every minute of the week.
        ScheduleEditor typed;
        typed.applyWeekdays();
        for (int day = 0; day < 7; ++day)
            typed.setDay(day, shown.dayMode(day), shown.periods(day));
        auto rebuilt = typed.schedule();
        QVERIFY2(rebuilt.ok(), qPrintable(text));
        QVERIFY2(sameWeek(*rebuilt, original), qPrintable(text + QStringLiteral(" → ") + rebuilt->toText()));
        // What it gives is storable and reads back as itself.
        QCOMPARE(Schedule::parse(rebuilt->toText()).value(), *rebuilt);
    }
    // Open all day every day is "always" (an empty schedule).
    ScheduleEditor editor;
    editor.applyWeekdays();
    editor.applyAlways();
    QVERIFY(editor.schedule().value().always());
}

void TestKeysPage::scheduleEditorRefusesWhatCannotBeStored()
{
    ScheduleEditor editor;
    for (int day = 0; day < 7; ++day)
        editor.setDay(day, Day::Closed);
    auto none = editor.schedule();
    QVERIFY(!none.ok()); // an empty schedule would mean "always"
    QVERIFY(none.error().message.contains(QStringLiteral("no day")));
    QCOMPARE(editor.summaryLabel()->text(), none.error().message);
    editor.setDay(2, Day::Hours, {{18 * 60, 8 * 60}});
    auto backwards = editor.schedule();
    QVERIFY(!backwards.ok());
    QVERIFY(backwards.error().message.contains(QStringLiteral("Wednesday")));
    QVERIFY(backwards.error().message.contains(QStringLiteral("18:00–08:00")));
    editor.setDay(2, Day::Hours, {{18 * 60, 24 * 60}});
    QCOMPARE(editor.schedule().value().toText(), QStringLiteral("Wed 18:00-24:00"));
    // Removing the last period of a day closes it.
    editor.setDay(3, Day::Hours, {{60, 120}});
    QToolButton *remove = nullptr;
    for (QToolButton *b : editor.findChildren<QToolButton *>())
        if (b->toolTip() == QStringLiteral("Remove these hours") &&
            b->accessibleName().endsWith(QStringLiteral("Thursday")))
            remove = b;
    QVERIFY(remove);
    remove->click();
    QCOMPARE(editor.dayMode(3), Day::Closed);

    // Tab goes through a day's periods before the next day, even for periods added later.
    editor.setDay(0, Day::Hours, {{60, 120}});
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.modeCombo(0)->setFocus();
    const auto focused = [] {
        QWidget *w = QApplication::focusWidget();
        while (w && !qobject_cast<MinuteSpinBox *>(w) && !qobject_cast<QComboBox *>(w) &&
               !qobject_cast<QAbstractButton *>(w))
            w = w->parentWidget();
        return w;
    };
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *from = qobject_cast<MinuteSpinBox *>(focused());
    QVERIFY(from);
    QCOMPARE(from->value(), 60);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *to = qobject_cast<MinuteSpinBox *>(focused());
    QVERIFY(to);
    QCOMPARE(to->value(), 120);
    // Typed as a person would: 23:30, with 24:00 the end of the day.
    to->selectAll();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("24:00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(to->value(), 1440);
    QCOMPARE(editor.periods(0), (QList<ScheduleEditor::Period>{{60, 1440}}));
}

void TestKeysPage::validationErrorsBesideTheirFields()
{
    showKeys();
    int round = 0;
    KeyDialog::setRunHook([&](KeyDialog *dialog) {
        // Nothing filled in: the name's message, core's words, beside the name.
        clickSave(dialog);
        QVERIFY(!dialog->nameError()->isHidden());
        QCOMPARE(dialog->nameError()->text(), QStringLiteral("The key name must not be empty."));
        QVERIFY(dialog->doorsError()->isHidden());
        // Typing hides it.
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Gym"));
        QVERIFY(dialog->nameError()->isHidden());
        // No door: the service's message beside the doors.
        clickSave(dialog);
        QVERIFY(!dialog->doorsError()->isHidden());
        QCOMPARE(dialog->doorsError()->text(), QStringLiteral("A key must open at least one door."));
        QVERIFY(dialog->nameError()->isHidden());
        // A name already taken: beside the name again.
        dialog->checkDoor(QStringLiteral("Lobby"));
        QVERIFY(dialog->doorsError()->isHidden());
        clickSave(dialog);
        QVERIFY(!dialog->nameError()->isHidden());
        QVERIFY(dialog->nameError()->text().contains(QStringLiteral("already has a key named \"Gym\"")));
        // A schedule that cannot be stored, beside the schedule, together with the name's.
        for (int day = 0; day < 7; ++day)
            dialog->scheduleEditor()->setDay(day, Day::Closed);
        dialog->nameEdit()->clear();
        clickSave(dialog);
        QVERIFY(!dialog->nameError()->isHidden());
        QVERIFY(!dialog->scheduleError()->isHidden());
        QVERIFY(dialog->scheduleError()->text().contains(QStringLiteral("no day")));
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        // Fixed: saved.
        dialog->scheduleEditor()->applyAlways();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Lobby only"));
        clickSave(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        ++round;
    });
    page()->newAction()->trigger();
    QCOMPARE(round, 1);
    QVERIFY(keyNamed(*m_f, QStringLiteral("Lobby only")));
}

void TestKeysPage::editKeyChangesItAndNamesDoorsToSync()
{
    showKeys();
    QVERIFY(page()->selectKey(m_f->gymKey.id));
    const qint64 since = m_f->lastSeq();
    KeyDialog::setRunHook([&](KeyDialog *dialog) {
        QVERIFY(dialog->editing());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Gym"));
        QCOMPARE(dialog->scheduleEditor()->periods(0), (QList<ScheduleEditor::Period>{{360, 1320}}));
        dialog->nameEdit()->setText(QStringLiteral("Gym & Spa"));
        dialog->checkDoor(QStringLiteral("Unit 101"));
        dialog->shareableCheck()->setChecked(false);
        clickSave(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    // Double-click edits, as Enter does.
    doubleClick(page()->keysTable(),
                page()->keysTable()->model()->index(proxyRowOf(m_f->gymKey.id), KeysModel::Name));
    const auto edited = keyNamed(*m_f, QStringLiteral("Gym & Spa"));
    QVERIFY(edited);
    QCOMPARE(edited->id, m_f->gymKey.id);
    QVERIFY(!edited->shareable);
    QCOMPARE(edited->schedule.toText(), QStringLiteral("Mon-Fri 06:00-22:00"));
    QCOMPARE(QSet<Id>(edited->doorIds.cbegin(), edited->doorIds.cend()),
             (QSet<Id>{m_f->gym.id, m_f->unit101.id}));
    // Both holders' doors learn it: the banner names the offline doors to sync, as core journaled them.
    const QList<Id> changed = m_f->changedDoorsSince(since);
    QVERIFY(changed.contains(m_f->gym.id));
    QVERIFY(changed.contains(m_f->unit101.id));
    const QString banner = m_w->bannerText();
    QVERIFY2(banner.contains(QStringLiteral("2 people who hold it")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Sync these offline doors")), qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("Gym, Unit 101")));
    QVERIFY(m_w->syncLabel()->text().contains(QStringLiteral("need a sync")));

    // Saving without a change writes nothing.
    const qint64 before = m_f->lastActivityId();
    KeyDialog::setRunHook([&](KeyDialog *dialog) { clickSave(dialog); });
    page()->editAction()->trigger();
    QCOMPARE(m_f->lastActivityId(), before);
    QVERIFY(m_w->bannerText().contains(QStringLiteral("was not changed")));
}

void TestKeysPage::editConflictShowsAndReloads()
{
    showKeys();
    QVERIFY(page()->selectKey(m_f->gymKey.id));
    bool reloaded = false;
    KeyDialog::setRunHook([&](KeyDialog *dialog) {
        // Someone else renames the key while this dialog is open.
        Key other = m_f->gymKey;
        other.name = QStringLiteral("Fitness");
        QVERIFY(m_f->directory->editKey(m_f->owner, other).ok());
        dialog->nameEdit()->setText(QStringLiteral("Gym 2"));
        MessageBox::setNextAnswer(true); // the warning
        clickSave(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Someone else changed the key “Gym”")));
        QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("changed by someone else")));
        // The form shows the key as it is now; nothing of this dialog was written.
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Fitness"));
        QVERIFY(!dialog->formError()->isHidden());
        QVERIFY(keyNamed(*m_f, QStringLiteral("Fitness")));
        reloaded = true;
        // Made again, on the current key: saved.
        dialog->nameEdit()->setText(QStringLiteral("Gym 2"));
        clickSave(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    page()->editAction()->trigger();
    QVERIFY(reloaded);
    QVERIFY(keyNamed(*m_f, QStringLiteral("Gym 2")));
    QVERIFY(!keyNamed(*m_f, QStringLiteral("Fitness")));
}

void TestKeysPage::deleteKeyConfirmsItsConsequences()
{
    showKeys();
    QVERIFY(page()->selectKey(m_f->gymKey.id));
    // Cancelled: nothing changes.
    MessageBox::setNextAnswer(false);
    page()->deleteAction()->trigger();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete the key “Gym”?"));
    const QString details = MessageBox::lastDetails();
    QVERIFY2(
        details.contains(QStringLiteral("2 people hold this key and lose access to its doors through it: "
                                        "Alice Adams, Bob Brown.")),
        qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("sync these offline doors")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral(": Gym.")));
    QVERIFY(keyNamed(*m_f, QStringLiteral("Gym")));

    // The resident key names its guest too.
    QVERIFY(page()->selectKey(m_f->residentKey.id));
    MessageBox::setNextAnswer(false);
    page()->deleteAction()->trigger();
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("1 person holds this key")));
    QVERIFY(MessageBox::lastDetails().contains(
        QStringLiteral("1 guest loses their guest pass of this key: Gina Guest.")));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("Lobby, Unit 101")));

    // Confirmed with the Delete key on the table: deleted, the holders' grants ended, the doors told.
    QVERIFY(page()->selectKey(m_f->gymKey.id));
    const qint64 since = m_f->lastSeq();
    MessageBox::setNextAnswer(true);
    page()->keysTable()->setFocus();
    QTest::keyClick(page()->keysTable(), Qt::Key_Delete);
    QVERIFY(!keyNamed(*m_f, QStringLiteral("Gym")));
    QVERIFY(m_f->queries->keyHolders(m_f->owner, m_f->gymKey.id).value().isEmpty());
    for (const GrantView &g : m_f->queries->person(m_f->owner, m_bob.id).value().grants)
        QVERIFY(g.grant.endedAt);
    QVERIFY(m_f->changedDoorsSince(since).contains(m_f->gym.id));
    QCOMPARE(page()->keysTable()->model()->rowCount(), 2);
    QVERIFY(page()->selectedKeyId() != m_f->gymKey.id);
    const QString banner = m_w->bannerText();
    QVERIFY2(banner.contains(QStringLiteral("Key “Gym” deleted: 2 people lost access through it.")),
             qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("Sync these offline doors so they learn the change: Gym.")));
}

void TestKeysPage::holdersListPeopleAndGuests()
{
    showKeys();
    QVERIFY(page()->selectKey(m_f->residentKey.id));
    QTableView *holders = page()->holdersTable();
    QCOMPARE(holders->model()->rowCount(), 2);
    QCOMPARE(page()->holdersTitle()->text(), QStringLiteral("Who holds “Unit 101 resident”"));
    QVERIFY(page()->holdersHint()->text().startsWith(QStringLiteral("1 person and 1 guest hold this key")));
    QStringList kinds;
    for (int r = 0; r < holders->model()->rowCount(); ++r)
        kinds << holders->model()->index(r, KeyHoldersModel::Kind).data().toString();
    QVERIFY(kinds.contains(QStringLiteral("Guest of Alice Adams")));
    QVERIFY(kinds.contains(QStringLiteral("Person")));
    // The staff key: nobody.
    QVERIFY(page()->selectKey(m_f->staffKey.id));
    QCOMPARE(holders->model()->rowCount(), 0);
    QVERIFY(page()->holdersHint()->text().startsWith(QStringLiteral("Nobody holds this key")));
    // Someone revoked on the People page is gone from the list when the page is shown again.
    QVERIFY(page()->selectKey(m_f->gymKey.id));
    QCOMPARE(holders->model()->rowCount(), 2);
    m_w->showPeoplePage();
    QVERIFY(m_f->access->revokeAll(m_f->owner, m_bob.id).ok());
    showKeys();
    QCOMPARE(page()->selectedKeyId(), m_f->gymKey.id);
    QCOMPARE(holders->model()->rowCount(), 1);
    QCOMPARE(
        page()->keysTable()->model()->index(proxyRowOf(m_f->gymKey.id), KeysModel::Holders).data().toInt(),
        1);
    // Double-clicking a holder opens them on the People page.
    doubleClick(holders, holders->model()->index(0, 0));
    QVERIFY(!page()->isVisible());
    QCOMPARE(m_w->peoplePage()->selectedPersonId(), m_alice.id);
}

void TestKeysPage::readOnlyWithoutFullKeyManagement()
{
    for (KeyManagement km : {KeyManagement::Limited, KeyManagement::Specific, KeyManagement::None}) {
        const Manager manager =
            m_f->makeManager(QStringLiteral("%1@acme.test").arg(toString(km)), km, false,
                             km == KeyManagement::Specific ? QList<Id>{m_f->gymKey.id} : QList<Id>{});
        MainWindow window(services(), manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.pages()->setCurrentWidget(window.keysPage());
        KeysPage *p = window.keysPage();
        // The keys and their holders are there to see.
        QCOMPARE(p->keysTable()->model()->rowCount(), 3);
        QVERIFY(p->selectedKeyId() != 0);
        QVERIFY(p->holdersTable()->model()->rowCount() > 0 || p->selectedKeyId() == m_f->staffKey.id);
        // Every change is off, and says which right is missing (core's words).
        for (QPushButton *b : {p->newButton(), p->editButton(), p->deleteButton()}) {
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
            QVERIFY2(b->toolTip().contains(QStringLiteral("needs Full Key Management at Maple Court")),
                     qPrintable(b->toolTip()));
        }
        QVERIFY(!p->newAction()->isEnabled());
        QVERIFY(!p->editAction()->isEnabled());
        QVERIFY(!p->deleteAction()->isEnabled());
        QVERIFY(p->readOnlyLabel()->isVisible());
        QVERIFY(p->readOnlyLabel()->text().contains(QStringLiteral("Full Key Management")));
        // Double-click, Enter and Delete do nothing.
        bool opened = false;
        KeyDialog::setRunHook([&](KeyDialog *dialog) {
            opened = true;
            dialog->reject();
        });
        doubleClick(p->keysTable(), p->keysTable()->model()->index(0, 0));
        p->keysTable()->setFocus();
        QTest::keyClick(p->keysTable(), Qt::Key_Return);
        QTest::keyClick(p->keysTable(), Qt::Key_Delete);
        p->editKey();
        p->deleteKey();
        QVERIFY(!opened);
        QCOMPARE(m_f->directory->keys(m_f->owner, m_f->property.id).value().size(), 3);
    }
}

void TestKeysPage::emptyPropertyOffersCreateAKey()
{
    const Property empty = m_f->addProperty(QStringLiteral("Birch Hall"));
    m_f->addDoor(empty.id, QStringLiteral("Front Door"));
    m_f->addDoor(empty.id, QStringLiteral("Bike Room"));
    m_w->refresh();
    QVERIFY(m_w->selectProperty(empty.id));

    // The invitation is no dead end: "Create a Key…" opens the key dialog, and the new key is ticked.
    bool keyDialogShown = false;
    KeyDialog::setRunHook([&](KeyDialog *dialog) {
        keyDialogShown = true;
        dialog->nameEdit()->setText(QStringLiteral("Front door"));
        QVERIFY(dialog->checkDoor(QStringLiteral("Front Door")));
        clickSave(dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    bool inviteShown = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *invite = qobject_cast<InviteDialog *>(d);
        QVERIFY(invite);
        inviteShown = true;
        auto *create = invite->findChild<QPushButton *>(QStringLiteral("createKeyButton"));
        QVERIFY(create);
        QVERIFY(create->isEnabled());
        const QStringList texts = [&] {
            QStringList out;
            for (QLabel *l : invite->findChildren<QLabel *>())
                out << l->text();
            return out;
        }();
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("porterctl")));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(keyDialogShown);
        QCOMPARE(invite->keysTree()->topLevelItemCount(), 1);
        QCOMPARE(invite->keysTree()->topLevelItem(0)->text(0), QStringLiteral("Front door"));
        QCOMPARE(invite->keysTree()->topLevelItem(0)->checkState(0), Qt::Checked);
        invite->reject();
    });
    m_w->inviteAction()->trigger();
    QVERIFY(inviteShown);
    QVERIFY(keyNamed(*m_f, QStringLiteral("Front door"), empty.id));

    // The Keys page of a property without keys offers the same.
    const Property bare = m_f->addProperty(QStringLiteral("Cedar Lofts"));
    m_f->addDoor(bare.id, QStringLiteral("Main Door"));
    m_w->refresh();
    QVERIFY(m_w->selectProperty(bare.id));
    showKeys();
    QCOMPARE(page()->stack()->currentIndex(), 1);
    QVERIFY(page()->createFirstButton()->isVisible());
    KeyDialog::setRunHook([&](KeyDialog *dialog) {
        dialog->nameEdit()->setText(QStringLiteral("Everyone"));
        QVERIFY(dialog->checkDoor(QStringLiteral("Main Door")));
        clickSave(dialog);
    });
    QTest::mouseClick(page()->createFirstButton(), Qt::LeftButton);
    QVERIFY(keyNamed(*m_f, QStringLiteral("Everyone"), bare.id));
    QCOMPARE(page()->stack()->currentIndex(), 0);
    QCOMPARE(page()->keysTable()->model()->rowCount(), 1);
}

void TestKeysPage::keysLoadOnlyWhenThePageIsShown()
{
    // A new window opens on People: the Keys page has read nothing (docs/benchmarks.md, "The window":
    // the keys' holder counts were most of the sign-in time on a large property).
    MainWindow window(services(), m_f->owner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    KeysPage *p = window.keysPage();
    QVERIFY(!p->isVisible());
    QVERIFY(p->isStale());
    QCOMPARE(p->keysModel()->rowCount(), 0);
    QCOMPARE(p->holdersModel()->rowCount(), 0);
    // Nothing can act on a key that is not on screen: Delete and Edit are off and do nothing.
    QVERIFY(!p->deleteAction()->isEnabled());
    QVERIFY(!p->editAction()->isEnabled());
    p->deleteKey();
    p->editKey();
    QCOMPARE(m_f->directory->keys(m_f->owner, m_f->property.id).value().size(), 3);
    // A refresh while hidden (after an invite, a revoke) still reads nothing.
    window.refresh();
    QCOMPARE(p->keysModel()->rowCount(), 0);

    // Shown: the keys, the first one selected with its holders, as before.
    window.pages()->setCurrentWidget(p);
    QVERIFY(p->isVisible());
    QVERIFY(!p->isStale());
    QCOMPARE(p->keysModel()->rowCount(), 3);
    QVERIFY(p->selectedKeyId() != 0);
    QVERIFY(p->deleteAction()->isEnabled());
    QVERIFY(p->selectKey(m_f->gymKey.id));
    QCOMPARE(p->holdersModel()->rowCount(), 2);

    // Changed while hidden (a key added and Bob revoked elsewhere): shown again, the page is current
    // and keeps the selected key.
    window.showPeoplePage();
    QVERIFY(!p->isVisible());
    m_f->addKey(m_f->property.id, QStringLiteral("Bike room"), {m_f->garage.id});
    QVERIFY(m_f->access->revokeAll(m_f->owner, m_bob.id).ok());
    window.refresh();
    QVERIFY(p->isStale());
    QCOMPARE(p->keysModel()->rowCount(), 3);
    window.pages()->setCurrentWidget(p);
    QCOMPARE(p->keysModel()->rowCount(), 4);
    QCOMPARE(p->selectedKeyId(), m_f->gymKey.id);
    QCOMPARE(p->holdersModel()->rowCount(), 1);

    // Another property chosen while the page is hidden: it loads that property's keys when shown.
    const Property other = m_f->addProperty(QStringLiteral("Birch Hall"));
    const Door front = m_f->addDoor(other.id, QStringLiteral("Front Door"));
    m_f->addKey(other.id, QStringLiteral("Front"), {front.id});
    window.showPeoplePage();
    window.refresh();
    QVERIFY(window.selectProperty(other.id));
    QCOMPARE(p->keysModel()->rowCount(), 4); // still the old property's, unread
    window.pages()->setCurrentWidget(p);
    QCOMPARE(p->keysModel()->rowCount(), 1);
    QCOMPARE(p->keysTable()->model()->index(0, KeysModel::Name).data().toString(), QStringLiteral("Front"));
    QVERIFY(p->selectedKeyId() != 0);
}

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
