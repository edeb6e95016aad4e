// The Activity page, the door sync tasks (from the status bar) and the Outbox page on the real
// MainWindow over a temporary database. The queries are tested in core (tst_activityrows); this checks
// that the window asks them and shows what they answer.
#include "activitypage.h"
#include "fixture.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "outboxpage.h"
#include "store/repositories.h"
#include "synctasksdialog.h"
#include "translators.h"
#include "viewmodels/activitymodel.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/outboxmodel.h"
#include "viewmodels/synctasksmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

class TestActivityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deletedPersonFoundBySearchingTheirName();
    void filtersByDoorKindAndDates();
    void residentsPrivateEventsAreHidden();
    void exportWritesEveryRowAndParsesBack();
    void syncLabelOpensTasksListingTheInvitedDoors();
    void outboxListsTheWelcomeMail();
    void headerSortsEveryColumnButDetails();
    void coreErrorIsShownInSpanish(); // last: it switches the language

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    ActivityPage *page() const { return m_w->activityPage(); }
    ActivityModel *model() const { return page()->model(); }
    Id doorEvent(const Door &door, std::optional<Id> personId, qint64 at, const QString &detail = {},
                 bool isPrivate = false);
    QStringList column(int column) const;
    void search(const QString &text);
};

void TestActivityPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_activitypage"));
}

void TestActivityPage::init()
{
    MessageBox::clearAnswers();
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestActivityPage::cleanup()
{
    MainWindow::setDialogHook({});
    ActivityPage::setSaveFileHook({});
    m_w.reset();
    m_f.reset();
}

Id TestActivityPage::doorEvent(const Door &door, std::optional<Id> personId, qint64 at, const QString &detail,
                               bool isPrivate)
{
    // What SyncEngine stores for a door's log entry (a resident at a Residence door: no identity).
    JournalRepository journal(*m_f->db);
    ActivityEvent e;
    e.at = at;
    e.propertyId = door.propertyId;
    e.actor = isPrivate ? QStringLiteral("Resident (private)") : QStringLiteral("Visitor");
    e.action = QStringLiteral("door-unlock");
    e.personId = isPrivate ? std::nullopt : personId;
    e.doorId = door.id;
    e.credential = QStringLiteral("app");
    e.result = QStringLiteral("granted");
    e.reason = QStringLiteral("granted");
    e.detail = detail;
    return journal.insertActivity(e, isPrivate).value();
}

QStringList TestActivityPage::column(int c) const
{
    QStringList out;
    for (int r = 0; r < model()->rowCount(); ++r)
        out << model()->index(r, c).data().toString();
    return out;
}

void TestActivityPage::search(const QString &text)
{
    page()->searchEdit()->clear();
    QTest::keyClicks(page()->searchEdit(), text);
    QTest::keyClick(page()->searchEdit(), Qt::Key_Return);
}

void TestActivityPage::deletedPersonFoundBySearchingTheirName()
{
    const Person dana = m_f->invite(QStringLiteral("dana@example.com"), {m_f->residentKey.id});
    doorEvent(m_f->lobby, dana.id, m_f->clock.nowSecs() + 30);
    m_f->clock.advance(120);
    QVERIFY(m_f->access->deletePerson(m_f->owner, dana.id).ok());
    m_f->invite(QStringLiteral("omar@example.com"), {m_f->gymKey.id});

    m_w->showActivityPage();
    QCOMPARE(m_w->pages()->currentWidget(), page());
    QVERIFY(page()->isVisible());
    search(QStringLiteral("dana"));
    QCOMPARE(
        column(ActivityModel::Action),
        (QStringList{QStringLiteral("Deleted"), QStringLiteral("Door used"), QStringLiteral("Invited")}));
    for (const QString &person : column(ActivityModel::Person))
        QCOMPARE(person, QStringLiteral("dana Tester (deleted)"));
    QCOMPARE(column(ActivityModel::Who).constFirst(), QStringLiteral("Olive Owner")); // not "Name <email>"
    QCOMPARE(page()->countLabel()->text(), QStringLiteral("3 events"));
    // The People page no longer lists her; the Activity page still does.
    search(QStringLiteral("nobody-here"));
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(page()->countLabel()->text(), QStringLiteral("No activity matches these filters."));
}

void TestActivityPage::filtersByDoorKindAndDates()
{
    const Person ana = m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id, m_f->gymKey.id});
    const qint64 day = 86400;
    doorEvent(m_f->lobby, ana.id, m_f->clock.nowSecs() + 60);
    doorEvent(m_f->gym, ana.id, m_f->clock.nowSecs() + 2 * day);
    doorEvent(m_f->gym, ana.id, m_f->clock.nowSecs() + 5 * day);
    m_w->showActivityPage();
    const int all = model()->rowCount();
    QVERIFY(all > 4); // the fixture's property, doors and keys being added, the invite, three door events

    QComboBox *kind = page()->kindCombo();
    kind->setCurrentIndex(kind->findData(int(ActivityKind::DoorEvents)));
    Q_EMIT kind->activated(kind->currentIndex());
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(column(ActivityModel::Details).constFirst(), QStringLiteral("Opened with: Porter app"));

    QComboBox *door = page()->doorCombo();
    door->setCurrentIndex(door->findText(QStringLiteral("Gym")));
    Q_EMIT door->activated(door->currentIndex());
    QCOMPARE(column(ActivityModel::Door), (QStringList{QStringLiteral("Gym"), QStringLiteral("Gym")}));

    // From the day after tomorrow to the day after that, in New York time: one Gym event.
    const QDate today(2026, 5, 28);
    page()->fromEdit()->setDate(today.addDays(2));
    page()->toEdit()->setDate(today.addDays(3));
    QCOMPARE(model()->rowCount(), 1);
    page()->fromEdit()->setDate(page()->fromEdit()->minimumDate()); // "Any day"
    page()->toEdit()->setDate(page()->toEdit()->minimumDate());
    QCOMPARE(page()->fromEdit()->text(), QStringLiteral("Any day"));
    QCOMPARE(model()->rowCount(), 2);

    door->setCurrentIndex(0); // all doors
    Q_EMIT door->activated(0);
    kind->setCurrentIndex(kind->findData(int(ActivityKind::AccessChanges)));
    Q_EMIT kind->activated(kind->currentIndex());
    QCOMPARE(column(ActivityModel::Action).constFirst(), QStringLiteral("Invited"));
    QVERIFY(!column(ActivityModel::Action).contains(QStringLiteral("Door used")));
    kind->setCurrentIndex(0);
    Q_EMIT kind->activated(0);
    QCOMPARE(model()->rowCount(), all);
}

void TestActivityPage::residentsPrivateEventsAreHidden()
{
    const Person ana = m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    doorEvent(m_f->unit101, ana.id, m_f->clock.nowSecs() + 10, {}, true); // at home: private
    doorEvent(m_f->lobby, ana.id, m_f->clock.nowSecs() + 20);
    m_w->showActivityPage();
    QVERIFY(!column(ActivityModel::Who).contains(QStringLiteral("Resident (private)")));
    QCOMPARE(column(ActivityModel::Action).count(QStringLiteral("Door used")), 1);
    QVERIFY(column(ActivityModel::Door).contains(QStringLiteral("Lobby")));
    QComboBox *door = page()->doorCombo();
    door->setCurrentIndex(door->findText(QStringLiteral("Unit 101")));
    Q_EMIT door->activated(door->currentIndex());
    QCOMPARE(column(ActivityModel::Action), QStringList{QStringLiteral("Door added")}); // not Ana at home
}

void TestActivityPage::exportWritesEveryRowAndParsesBack()
{
    const Person ana = m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    for (int i = 0; i < 260; ++i)
        doorEvent(m_f->lobby, ana.id, m_f->clock.nowSecs() + 10 + i);
    m_w->showActivityPage();
    QCOMPARE(model()->rowCount(), ActivityModel::kPageSize); // more than one page: not all loaded
    QVERIFY(page()->countLabel()->text().contains(QStringLiteral("scroll for more")));

    // A manager action's stored sentence with a comma, quotes and a line break.
    ActivityEvent odd;
    odd.at = m_f->clock.nowSecs() + 1000;
    odd.propertyId = m_f->property.id;
    odd.actor = QStringLiteral("=cmd|' /C calc'!A0");
    odd.action = QStringLiteral("key-edit");
    odd.detail = QStringLiteral("Renamed \"Gym\", then\nmoved it");
    QVERIFY(JournalRepository(*m_f->db).insertActivity(odd).ok());
    page()->refresh();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activity.csv"));
    QString suggested;
    ActivityPage::setSaveFileHook([&](const QString &s) {
        suggested = s;
        return path;
    });
    MessageBox::setNextAnswer(true);
    page()->exportButton()->click();
    const int total = model()->totalCount();
    QVERIFY(total > 262);
    QVERIFY(suggested.endsWith(QStringLiteral("Activity Maple Court 2026-05-28.csv")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("%1 events").arg(total)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(
        text.startsWith(QStringLiteral("When (America/New_York),By,Action,Person,Door,Result,Details\r\n")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 1 + total);
    // The odd record, newest: the formula guarded, the detail quoted with its quotes doubled and its line
    // break kept inside the field.
    const QString second = text.section(QStringLiteral("\r\n"), 1, 1);
    QCOMPARE(second, QStringLiteral("2026-05-28 16:43:20,'=cmd|' /C calc'!A0,Key changed,,,,"
                                    "\"Renamed \"\"Gym\"\", then\nmoved it\""));
}

void TestActivityPage::syncLabelOpensTasksListingTheInvitedDoors()
{
    QCOMPARE(m_w->syncLabel()->text(), QStringLiteral("All doors are in sync"));
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    m_w->refresh();
    QCOMPARE(m_w->syncLabel()->text(), QStringLiteral("2 doors need a sync"));
    QStringList doors;
    QString summary;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<SyncTasksDialog *>(d);
        QVERIFY(dialog);
        for (int r = 0; r < dialog->table()->model()->rowCount(); ++r)
            doors << dialog->table()->model()->index(r, SyncTasksModel::Door).data().toString();
        summary = dialog->summaryLabel()->text();
        dialog->findChild<QPushButton *>(QStringLiteral("openDoorsButton"))->click();
    });
    QTest::mouseClick(m_w->syncLabel(), Qt::LeftButton);
    doors.sort();
    QCOMPARE(doors, (QStringList{QStringLiteral("Lobby"), QStringLiteral("Unit 101")}));
    QVERIFY2(summary.startsWith(QStringLiteral("2 doors need a sync, 2 due today, ")), qPrintable(summary));
    QVERIFY(m_w->doorsPageShown()); // "Open Doors Page"
}

void TestActivityPage::outboxListsTheWelcomeMail()
{
    m_w->showOutboxPage();
    QCOMPARE(m_w->outboxPage()->model()->rowCount(), 0);
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    m_f->invite(QStringLiteral("ben@example.com"), {m_f->gymKey.id});
    m_w->showPeoplePage();
    m_w->showOutboxPage(); // opening the page reloads it
    OutboxPage *outbox = m_w->outboxPage();
    QTableView *table = outbox->table();
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(outbox->personEdit(), QStringLiteral("ana"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, OutboxModel::Recipient).data().toString(),
             QStringLiteral("ana Tester <ana@example.com>"));
    QCOMPARE(table->model()->index(0, OutboxModel::Subject).data().toString(),
             QStringLiteral("Welcome to Maple Court"));
    QCOMPARE(table->model()->index(0, OutboxModel::State).data().toString(), QStringLiteral("Queued"));
    table->setCurrentIndex(table->model()->index(0, 0));
    // The details: who, what, and its delivery state.
    const QString details = outbox->preview()->toPlainText();
    QVERIFY2(details.startsWith(QStringLiteral("To: ana Tester <ana@example.com>\nSubject: Welcome to Maple "
                                               "Court\nKind: Welcome\nState: Queued")),
             qPrintable(details));
}

void TestActivityPage::headerSortsEveryColumnButDetails()
{
    const Person zoe = m_f->invite(QStringLiteral("zoe@example.com"), {m_f->residentKey.id});
    const Person abe = m_f->invite(QStringLiteral("abe@example.com"), {m_f->gymKey.id});
    for (int i = 0; i < 300; ++i) // more than a page
        doorEvent(i % 2 ? m_f->lobby : m_f->gym, i % 3 ? zoe.id : abe.id, m_f->clock.nowSecs() + i);
    m_w->showActivityPage();
    QHeaderView *header = page()->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ActivityModel::When));
    // A click on Door sorts by door in the database, A to Z: every loaded row, across pages.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ActivityModel::Door) + 5, header->height() / 2));
    QCOMPARE(model()->sortColumn(), int(ActivityModel::Door));
    QCOMPARE(header->sortIndicatorSection(), int(ActivityModel::Door));
    while (model()->canFetchMore({}))
        model()->fetchMore({});
    QStringList doors = column(ActivityModel::Door);
    QCOMPARE(doors.size(), model()->totalCount());
    QStringList sorted = doors;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(doors, sorted);
    // Person, by the page's header too.
    header->setSortIndicator(ActivityModel::Person, Qt::DescendingOrder);
    QCOMPARE(model()->sortColumn(), int(ActivityModel::Person));
    QCOMPARE(model()->index(0, ActivityModel::Person).data().toString(), zoe.displayName());
    // Details cannot be ordered by the database: the indicator goes back to the order in force.
    header->setSortIndicator(ActivityModel::Details, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ActivityModel::Person));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(model()->sortColumn(), int(ActivityModel::Person));
    // A filter keeps the order.
    search(QStringLiteral("abe"));
    QCOMPARE(model()->sortColumn(), int(ActivityModel::Person));
    QCOMPARE(header->sortIndicatorSection(), int(ActivityModel::Person));
}

void TestActivityPage::coreErrorIsShownInSpanish()
{
    QVERIFY(porter::installTranslators(QLocale(QLocale::Spanish, QLocale::Spain)));
    // A Property Manager of Maple Court only; the page is asked about another property.
    const Manager pm = m_f->makeManager(QStringLiteral("pm@example.com"), KeyManagement::Full);
    const Property birch = m_f->addProperty(QStringLiteral("Birch Hall"));
    ActivityPage page(Services::of(*m_f->backend));
    page.show(); // the page loads when on screen
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setManager(pm);
    page.setProperty(birch);
    const QString english = QStringLiteral("You are not a manager of %1. %2");
    const QString spanish =
        QCoreApplication::translate("porter::Permissions", "You are not a manager of %1. %2");
    QVERIFY2(spanish != english, "the Spanish translation of core's permission message is installed");
    const QString shown = page.countLabel()->text();
    QVERIFY2(shown.startsWith(spanish.section(QStringLiteral("%1"), 0, 0)), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Birch Hall")));
    // Door-event codes on the page go through the translator too (DisplayText).
    QCOMPARE(DisplayText::action(QStringLiteral("invite")),
             QCoreApplication::translate("DisplayText", "Invited"));
    QVERIFY(DisplayText::action(QStringLiteral("invite")) != QStringLiteral("Invited"));
    porter::installTranslators(QLocale(QLocale::English)); // English, the source language, needs none
}

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
