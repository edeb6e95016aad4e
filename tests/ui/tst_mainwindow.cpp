#include "changepassworddialog.h"
#include "fixture.h"
#include "invitedialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "store/journalrepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

// Clicks through the seed's workflows on the real MainWindow over a temp database. The logic is
// tested in core; this checks that the window calls it and shows what it did.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsPeopleOfSelectedProperty();
    void searchFilters();
    void searchFoldsAccentsAndPhoneFormats();
    void showExpiredTogglesRevokedPeople();
    void personDetailShowsKeysGuestsAndActivity();
    void inviteAddsPersonAndActivity();
    void inviteShowsCoreValidationInline();
    void revokeAllKeysAfterConfirmation();
    void revokeCancelledChangesNothing();
    void deletePersonRemovesThem();
    void actionsFollowPermissions();
    void emptyStateOffersInvite();
    void syncSummaryInStatusBar();
    void refreshKeepsTheSelection();
    void changePasswordChecksTheCurrentOne();

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    Person m_alice, m_bob, m_guest;

    Services services() const { return Services::of(*m_f->backend); }
    PeopleModel *model() const { return m_w->peoplePage()->model(); }
    void select(Id personId) { QVERIFY(m_w->peoplePage()->selectPerson(personId)); }
};

// File ▸ Change Password…: a wrong current password and a confirmation that differs are said in the
// dialog, which stays; the right ones change the password (only the new one signs in) and say so.
void TestMainWindow::changePasswordChecksTheCurrentOne()
{
    const QString current = QStringLiteral("correct horse battery");
    const QString next = QStringLiteral("a staple for the horse");
    QStringList errors;
    bool shown = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ChangePasswordDialog *>(d);
        QVERIFY(dialog);
        shown = true;
        dialog->currentEdit()->setText(QStringLiteral("not my password"));
        dialog->newEdit()->setText(next);
        dialog->confirmEdit()->setText(next);
        dialog->accept();
        errors << dialog->errorText();
        dialog->currentEdit()->setText(current);
        dialog->confirmEdit()->setText(next + QStringLiteral("!"));
        dialog->accept();
        errors << dialog->errorText();
        QVERIFY(dialog->result() != QDialog::Accepted);
        dialog->confirmEdit()->setText(next);
        dialog->accept();
    });
    m_w->findChild<QAction *>(QStringLiteral("changePasswordAction"))->trigger();
    QVERIFY(shown);
    QVERIFY2(errors.value(0).contains(QStringLiteral("current password is wrong")),
             qPrintable(errors.value(0)));
    QVERIFY2(errors.value(1).contains(QStringLiteral("differ")), qPrintable(errors.value(1)));
    QVERIFY2(m_w->bannerText().contains(QStringLiteral("password is changed")),
             qPrintable(m_w->bannerText()));
    QVERIFY(!m_f->directory->authenticate(m_f->owner.email, current).ok());
    QVERIFY(m_f->directory->authenticate(m_f->owner.email, next).ok());
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    MessageBox::clearAnswers();
    QSettings().clear(); // no window geometry or "Show expired users" from an earlier test

    m_f = std::make_unique<Fixture>();
    // Alice's keys have no expiration, so she may give a permanent guest pass.
    InviteRequest alice =
        m_f->inviteRequest(QStringLiteral("alice@example.test"), {m_f->residentKey.id, m_f->gymKey.id});
    alice.expiresAt.reset();
    alice.mayShare = true;
    alice.resident = true;
    auto invited = m_f->access->invite(m_f->owner, alice);
    QVERIFY2(invited.ok(), why(invited));
    m_alice = invited->person;
    m_bob = m_f->invite(QStringLiteral("bob@example.test"), {m_f->gymKey.id});
    ShareRequest share;
    share.hostPersonId = m_alice.id;
    share.guest.firstName = QStringLiteral("Gina");
    share.guest.lastName = QStringLiteral("Guest");
    share.guest.email = QStringLiteral("gina@example.test");
    share.keyIds = {m_f->residentKey.id};
    auto shared = m_f->access->share(m_f->owner, share);
    QVERIFY2(shared.ok(), why(shared));
    m_guest = shared->guest;
    m_w = std::make_unique<MainWindow>(services(), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestMainWindow::cleanup()
{
    MainWindow::setDialogHook({});
    m_w.reset();
    m_f.reset();
}

void TestMainWindow::listsPeopleOfSelectedProperty()
{
    QCOMPARE(m_w->currentPropertyId(), m_f->property.id);
    QCOMPARE(m_w->propertyList()->model()->rowCount(), 1);
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(m_w->peoplePage()->countLabel()->text(), QStringLiteral("3 people"));
    QVERIFY(m_w->windowTitle().contains(QStringLiteral("Maple Court")));
    QVERIFY(m_w->managerLabel()->text().contains(QStringLiteral("Olive Owner")));
    QVERIFY(m_w->managerLabel()->text().contains(QStringLiteral("Portfolio Manager")));
    // Nothing selected yet: person actions are off, Invite is on.
    QVERIFY(m_w->inviteAction()->isEnabled());
    QVERIFY(!m_w->revokeAction()->isEnabled());
    QVERIFY(!m_w->deleteAction()->isEnabled());
}

void TestMainWindow::searchFilters()
{
    QLineEdit *search = m_w->peoplePage()->searchEdit();
    QTest::keyClicks(search, QStringLiteral("ALICE"));
    QCOMPARE(model()->rowCount(), 3); // debounced: not yet
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->rowAt(0)->person.id, m_alice.id);
    QCOMPARE(m_w->peoplePage()->countLabel()->text(), QStringLiteral("1 person"));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("no such person"));
    QTest::keyClick(search, Qt::Key_Return); // Enter searches at once
    QCOMPARE(model()->rowCount(), 0);
    auto *emptyTitle = m_w->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QVERIFY(emptyTitle->isVisible());
    QVERIFY(emptyTitle->text().contains(QStringLiteral("no such person")));
}

// Issue 7, item 12: the People search folds case and accents and takes a national phone format.
void TestMainWindow::searchFoldsAccentsAndPhoneFormats()
{
    InviteRequest r = m_f->inviteRequest(QStringLiteral("emile@example.test"), {m_f->gymKey.id});
    r.contact.firstName = QStringLiteral("Émile");
    r.contact.lastName = QStringLiteral("Öztürk");
    r.contact.phone = QStringLiteral("+12125550187"); // the others have the fixture's 555-0142
    auto invited = m_f->access->invite(m_f->owner, r);
    QVERIFY2(invited.ok(), why(invited));
    QLineEdit *search = m_w->peoplePage()->searchEdit();
    for (const char *typed : {"emile", "ÉMILE", "ozturk", "(212) 555-0187", "212 555 0187"}) {
        search->clear();
        QTest::keyClicks(search, QString::fromUtf8(typed));
        QTest::keyClick(search, Qt::Key_Return); // Enter searches at once
        QVERIFY2(model()->rowCount() == 1, typed);
        QCOMPARE(model()->rowAt(0)->person.id, invited->person.id);
    }
}

void TestMainWindow::showExpiredTogglesRevokedPeople()
{
    QVERIFY(m_f->access->revokeAll(m_f->owner, m_bob.id).ok());
    m_w->refresh();
    QCOMPARE(model()->rowOf(m_bob.id), -1);
    QCheckBox *showExpired = m_w->peoplePage()->showExpiredCheck();
    QCOMPARE(showExpired->text(), QStringLiteral("Show expired users"));
    showExpired->click();
    const int row = model()->rowOf(m_bob.id);
    QVERIFY(row >= 0);
    QCOMPARE(model()->index(row, PeopleModel::Status).data().toString(), QStringLiteral("Revoked"));
    showExpired->click();
    QCOMPARE(model()->rowOf(m_bob.id), -1);
}

void TestMainWindow::personDetailShowsKeysGuestsAndActivity()
{
    select(m_alice.id);
    PersonPanel *panel = m_w->personPanel();
    QCOMPARE(panel->personId(), m_alice.id);
    QCOMPARE(panel->nameLabel()->text(), QStringLiteral("alice Tester"));
    QCOMPARE(panel->keysTree()->topLevelItemCount(), 2);
    QCOMPARE(panel->keysTree()->topLevelItem(0)->text(0), QStringLiteral("Unit 101 resident"));
    QVERIFY(panel->keysTree()->topLevelItem(0)->text(4).contains(QStringLiteral("Lobby")));
    QCOMPARE(panel->keysTree()->topLevelItem(0)->text(3), QStringLiteral("Active"));
    QCOMPARE(panel->guestsTree()->topLevelItemCount(), 1);
    QCOMPARE(panel->guestsTree()->topLevelItem(0)->text(0), QStringLiteral("Gina Guest"));
    QCOMPARE(panel->guestsTree()->topLevelItem(0)->text(2), QStringLiteral("Permanent"));
    QVERIFY(panel->activityTree()->topLevelItemCount() >= 1);
    QVERIFY(m_w->revokeAction()->isEnabled());
    QVERIFY(m_w->deleteAction()->isEnabled());
}

void TestMainWindow::inviteAddsPersonAndActivity()
{
    bool shown = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        shown = true;
        auto *dialog = qobject_cast<InviteDialog *>(d);
        QVERIFY(dialog);
        QVERIFY(dialog->appRadio()->isChecked());
        dialog->doorcodeRadio()->click();
        QTest::keyClicks(dialog->firstNameEdit(), QStringLiteral("Dana"));
        QTest::keyClicks(dialog->lastNameEdit(), QStringLiteral("Diaz"));
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("dana@example.test"));
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("(212) 555-0199"));
        QVERIFY(dialog->checkKey(QStringLiteral("Unit 101 resident")));
        dialog->residentCheck()->click();
        // A start tomorrow at 09:00 property time, expiring in a year.
        dialog->startLaterRadio()->click();
        QDateTime start = dialog->startEdit()->dateTime().addDays(1);
        start.setTime(QTime(9, 0));
        dialog->startEdit()->setDateTime(start);
        QVERIFY(!dialog->expiresCheck()->isChecked());
        dialog->expiresCheck()->click();
        QVERIFY(dialog->expiryEdit()->isEnabled());
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    });
    m_w->inviteAction()->trigger();
    QVERIFY(shown);
    // The new person is listed and selected; invited (future start); activity recorded.
    QCOMPARE(model()->totalCount(), 4);
    const Id dana = m_w->peoplePage()->selectedPersonId();
    QVERIFY(dana != 0);
    const PersonRow *row = model()->rowAt(model()->rowOf(dana));
    QCOMPARE(row->person.displayName(), QStringLiteral("Dana Diaz"));
    QCOMPARE(int(row->person.accessMethod), int(AccessMethod::Doorcode));
    QCOMPARE(int(row->status), int(PersonStatus::Invited));
    QCOMPARE(m_w->personPanel()->personId(), dana);
    QTreeWidget *activity = m_w->personPanel()->activityTree();
    QVERIFY(activity->topLevelItemCount() >= 1);
    QCOMPARE(activity->topLevelItem(0)->text(1), QStringLiteral("Invited"));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Dana Diaz was invited")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Lobby")));
    // The start is 09:00 in New York.
    const Grant g = m_w->personPanel()->detail().grants.first().grant;
    QCOMPARE(QDateTime::fromSecsSinceEpoch(g.startsAt, QTimeZone("America/New_York")).time(), QTime(9, 0));
    QVERIFY(g.expiresAt.has_value());
}

void TestMainWindow::inviteShowsCoreValidationInline()
{
    QString error;
    bool stillOpen = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<InviteDialog *>(d);
        dialog->firstNameEdit()->setText(QStringLiteral("Eve"));
        dialog->emailEdit()->setText(QStringLiteral("not an email"));
        dialog->checkKey(QStringLiteral("Gym"));
        dialog->accept();
        error = dialog->errorText();
        stillOpen = dialog->result() != QDialog::Accepted;
        dialog->reject();
    });
    m_w->inviteAction()->trigger();
    QVERIFY(stillOpen);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("email"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(model()->totalCount(), 3); // nothing written
}

void TestMainWindow::revokeAllKeysAfterConfirmation()
{
    select(m_alice.id);
    MessageBox::setNextAnswer(true);
    m_w->revokeAction()->trigger();
    // The confirmation named the consequences.
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("alice Tester")));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("guest")));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("Show expired users")));
    // Hidden unless Show expired users; the guest's share ended too.
    QCOMPARE(model()->rowOf(m_alice.id), -1);
    QVERIFY(m_w->bannerText().contains(QStringLiteral("revoked")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Sync these doors")));
    m_w->peoplePage()->showExpiredCheck()->click();
    const int row = model()->rowOf(m_alice.id);
    QVERIFY(row >= 0);
    QCOMPARE(int(model()->rowAt(row)->status), int(PersonStatus::Revoked));
    const int guestRow = model()->rowOf(m_guest.id);
    QVERIFY(guestRow >= 0);
    QVERIFY(model()->rowAt(guestRow)->status != PersonStatus::Active);
    select(m_alice.id);
    QCOMPARE(m_w->personPanel()->statusLabel()->text().contains(QStringLiteral("Revoked")), true);
    QVERIFY(!m_w->revokeAction()->isEnabled()); // nothing left to revoke
    QVERIFY(m_w->deleteAction()->isEnabled());
    m_w->peoplePage()->showExpiredCheck()->click();
}

void TestMainWindow::revokeCancelledChangesNothing()
{
    select(m_bob.id);
    MessageBox::setNextAnswer(false);
    m_w->revokeAction()->trigger();
    QVERIFY(model()->rowOf(m_bob.id) >= 0);
    QCOMPARE(int(model()->rowAt(model()->rowOf(m_bob.id))->status), int(PersonStatus::Active));
}

void TestMainWindow::deletePersonRemovesThem()
{
    select(m_alice.id);
    MessageBox::setNextAnswer(true);
    m_w->deleteAction()->trigger();
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("permanent guest")));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("activity")));
    QCOMPARE(model()->rowOf(m_alice.id), -1);
    m_w->peoplePage()->showExpiredCheck()->click();
    QCOMPARE(model()->rowOf(m_alice.id), -1); // deleted people are gone even from expired
    m_w->peoplePage()->showExpiredCheck()->click();
    QCOMPARE(m_w->personPanel()->personId() == m_alice.id, false);
    // History is kept: core still returns the activity of the deleted person.
    ActivityFilter filter;
    filter.personId = m_alice.id;
    auto activity = m_f->queries->activity(m_f->owner, filter);
    QVERIFY(activity.ok());
    QVERIFY(!activity->isEmpty());
}

void TestMainWindow::actionsFollowPermissions()
{
    const Manager viewer = m_f->makeManager(QStringLiteral("viewer@acme.test"), KeyManagement::None);
    m_w = std::make_unique<MainWindow>(services(), viewer);
    m_w->show();
    QCOMPARE(model()->rowCount(), 3);
    select(m_bob.id);
    QVERIFY(!m_w->inviteAction()->isEnabled());
    QVERIFY(!m_w->revokeAction()->isEnabled());
    QVERIFY(!m_w->deleteAction()->isEnabled());
    QVERIFY(m_w->managerLabel()->text().contains(QStringLiteral("Property Manager")));
}

void TestMainWindow::emptyStateOffersInvite()
{
    Property empty;
    empty.name = QStringLiteral("Birch House");
    empty.timeZone = QStringLiteral("Europe/Paris");
    empty.region = QStringLiteral("FR");
    auto added = m_f->directory->addProperty(m_f->owner, empty);
    QVERIFY(added.ok());
    m_w->refresh();
    QVERIFY(m_w->selectProperty(added->id));
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(m_w->peoplePage()->countLabel()->text(), QStringLiteral("0 people"));
    auto *title = m_w->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No people yet"));
    auto *button = m_w->findChild<QPushButton *>(QStringLiteral("emptyInviteButton"));
    QVERIFY(button->isVisible() && button->isEnabled());
}

void TestMainWindow::syncSummaryInStatusBar()
{
    // Invitations marked the fixture's offline doors (Lobby, Unit 101, Gym).
    QCOMPARE(m_w->syncLabel()->text(), QStringLiteral("3 doors need a sync"));
    QVERIFY(m_w->syncLabel()->toolTip().contains(QStringLiteral("Lobby")));
    // A door alarm (imported at a sync) is counted beside it.
    DoorAlarm alarm;
    alarm.doorId = m_f->lobby.id;
    alarm.commissioning = 1;
    alarm.doorSeq = 9;
    alarm.kind = QStringLiteral("keypad-lockout");
    alarm.at = m_f->clock.nowSecs();
    alarm.detail = 60;
    alarm.source = QStringLiteral("door");
    QVERIFY(JournalRepository(*m_f->db).insertDoorAlarm(alarm, alarm.at).ok());
    m_w->refresh();
    QCOMPARE(m_w->syncLabel()->text(), QStringLiteral("3 doors need a sync \u00b7 1 door alarm"));
}

void TestMainWindow::refreshKeepsTheSelection()
{
    select(m_bob.id);
    // Someone else (porterctl, another window) invites a person meanwhile.
    m_f->invite(QStringLiteral("carol@example.test"), {m_f->gymKey.id});
    m_w->refreshAction()->trigger();
    QCOMPARE(model()->totalCount(), 4);
    QCOMPARE(m_w->currentPropertyId(), m_f->property.id);
    QCOMPARE(m_w->peoplePage()->selectedPersonId(), m_bob.id);
    QCOMPARE(m_w->personPanel()->personId(), m_bob.id);
    QVERIFY(m_w->revokeAction()->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
