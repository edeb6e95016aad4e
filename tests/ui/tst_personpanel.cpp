// Editing someone's access from the person panel (issue 9, the seed's "Editing someone's access"): each
// workflow clicked through on the real MainWindow over a temp database, checking both what core stored
// and what the window shows.
#include "accessdialogs.h"
#include "fixture.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/peoplemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

namespace {

// Clicks the dialog's accepting button (the one with the AcceptRole), as a manager would.
void clickAccept(QDialog *d)
{
    auto *box = d->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            QVERIFY(b->isEnabled());
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no accept button");
}

QTreeWidgetItem *rowNamed(QTreeWidget *t, const QString &text)
{
    for (int i = 0; i < t->topLevelItemCount(); ++i) {
        if (t->topLevelItem(i)->text(0) == text)
            return t->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestPersonPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addKeyFromTheDialog();
    void changeExpirationWithAQuickChoice();
    void endOfLeaseMatchesTheOtherKeys();
    void removeKeyConfirmsNamingDoorsAndGuests();
    void removeKeyCancelledChangesNothing();
    void giveAccessAgainAfterRevoke();
    void editDetailsSavesAndEndsPermanentPasses();
    void editDetailsShowsCoreErrorsInline();
    void endGuestPassFromTheGuestsTab();
    void resendWelcomeShowsInEmails();
    void enrollKeycardThenDeactivateAndActivate();
    void rightClickMenuOffersTheActions();
    void actionsNameTheMissingRight();
    void activityShowsNamesAndPanelDoesNotWrap();

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    Person m_alice, m_bob, m_guest;
    Id m_guestShare = 0;

    Services services() const { return Services::of(*m_f->backend); }
    PersonPanel *panel() const { return m_w->personPanel(); }
    void select(Id personId)
    {
        QVERIFY(m_w->peoplePage()->selectPerson(personId));
        // The window shows the detail panel once someone is selected: let it lay out before clicking.
        QVERIFY(
            QTest::qWaitFor([this] { return panel()->isVisible() && panel()->keysTree()->height() > 0; }));
        QTest::qWait(20);
    }
    PersonDetail detail(Id personId) const { return m_f->queries->person(m_f->owner, personId).value(); }
    const GrantView *grantOf(const PersonDetail &d, Id keyId) const
    {
        for (const GrantView &g : d.grants) {
            if (g.grant.keyId == keyId && !g.grant.endedAt)
                return &g;
        }
        return nullptr;
    }
    QString listedName(Id personId) const
    {
        PeopleModel *m = m_w->peoplePage()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            if (m->data(i, PeopleModel::PersonIdRole).toLongLong() == personId)
                return m->data(i).toString();
        }
        return {};
    }
};

void TestPersonPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_personpanel"));
}

void TestPersonPanel::init()
{
    MessageBox::clearAnswers();
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
    // Alice: both resident keys without expiration (so she may give a permanent pass), may share.
    InviteRequest alice =
        m_f->inviteRequest(QStringLiteral("alice@example.test"), {m_f->residentKey.id, m_f->gymKey.id});
    alice.expiresAt.reset();
    alice.mayShare = true;
    alice.resident = true;
    auto invited = m_f->access->invite(m_f->owner, alice);
    QVERIFY2(invited.ok(), why(invited));
    m_alice = invited->person;
    // Bob: the gym, for a year.
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
    m_guestShare = shared->shares.first().id;
    m_w = std::make_unique<MainWindow>(services(), m_f->owner);
    // A laptop-sized window, so the panel's rows and buttons are where a click lands.
    m_w->resize(1280, 800);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestPersonPanel::cleanup()
{
    PersonPanel::setDialogHook({});
    MessageBox::clearAnswers();
    m_w.reset();
    m_f.reset();
}

void TestPersonPanel::addKeyFromTheDialog()
{
    select(m_bob.id);
    QVERIFY(panel()->addKeyButton()->isEnabled());
    QCOMPARE(panel()->addKeyButton()->text(), QStringLiteral("&Add Key…"));
    const qint64 expected = localToUtc(QDate(2026, 11, 28), 23 * 60 + 59, QTimeZone("America/New_York"));
    QStringList offered;
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<AddKeyDialog *>(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Key"));
        for (int i = 0; i < dialog->keyList()->topLevelItemCount(); ++i)
            offered << dialog->keyList()->topLevelItem(i)->text(0);
        QVERIFY(dialog->selectKey(m_f->residentKey.id));
        // Its own start and expiration: starts now, six months from today (the fixture clock's
        // 2026-05-28, New York), to the end of that day.
        QVERIFY(dialog->startNow()->isChecked());
        QTest::mouseClick(dialog->expiry()->plusSixMonths(), Qt::LeftButton);
        clickAccept(dialog);
    });
    QTest::mouseClick(panel()->addKeyButton(), Qt::LeftButton);
    // Bob already holds the gym key: only the others are offered.
    offered.sort();
    QCOMPARE(offered, (QStringList{QStringLiteral("Staff"), QStringLiteral("Unit 101 resident")}));

    const PersonDetail d = detail(m_bob.id);
    const GrantView *g = grantOf(d, m_f->residentKey.id);
    QVERIFY(g);
    QCOMPARE(g->grant.expiresAt, std::optional<qint64>(expected));
    QCOMPARE(g->grant.startsAt, m_f->clock.nowSecs());
    // The panel shows it, selected, and the banner names the doors to sync.
    QTreeWidgetItem *row = rowNamed(panel()->keysTree(), QStringLiteral("Unit 101 resident"));
    QVERIFY(row);
    QCOMPARE(row->text(2), DisplayText::localTime(expected, QTimeZone("America/New_York")));
    QCOMPARE(row->text(3), QStringLiteral("Active"));
    QCOMPARE(panel()->keysTree()->currentItem(), row);
    QVERIFY2(m_w->bannerText().contains(QStringLiteral("Lobby, Unit 101")), qPrintable(m_w->bannerText()));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Sync these doors")));
    QVERIFY(m_w->syncLabel()->text().contains(QStringLiteral("need a sync")));
}

void TestPersonPanel::changeExpirationWithAQuickChoice()
{
    select(m_bob.id);
    const GrantView before = *grantOf(detail(m_bob.id), m_f->gymKey.id);
    QVERIFY(panel()->selectGrant(before.grant.id));
    QVERIFY(panel()->changeExpiryButton()->isEnabled());
    // "+1 year" counts from the current expiration, to the end of that local day.
    const QTimeZone ny("America/New_York");
    const qint64 expected = localToUtc(localDate(*before.grant.expiresAt, ny).addYears(1), 23 * 60 + 59, ny);
    bool shown = false;
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ExpiryDialog *>(d);
        QVERIFY(dialog);
        shown = true;
        QVERIFY(!dialog->expiry()->noExpiry()->isChecked());
        // Bob has no other key: "End of lease" has nothing to match and says so.
        QVERIFY(!dialog->expiry()->endOfLease()->isEnabled());
        QVERIFY(!dialog->expiry()->endOfLease()->toolTip().isEmpty());
        QTest::mouseClick(dialog->expiry()->plusOneYear(), Qt::LeftButton);
        clickAccept(dialog);
    });
    // Double-click on the key row = change expiration.
    QTreeWidget *tree = panel()->keysTree();
    const QRect rect = tree->visualItemRect(tree->currentItem());
    // An item view takes a double-click on the row its press landed on: click, then double-click.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(shown);

    const GrantView *after = grantOf(detail(m_bob.id), m_f->gymKey.id);
    QVERIFY(after);
    QCOMPARE(after->grant.id, before.grant.id);
    QCOMPARE(after->grant.expiresAt, std::optional<qint64>(expected));
    QTreeWidgetItem *row = rowNamed(tree, QStringLiteral("Gym"));
    QVERIFY(row);
    QCOMPARE(row->text(2), DisplayText::localTime(expected, ny));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("now expires")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Gym")));

    // "No expiration" clears it.
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ExpiryDialog *>(d);
        QVERIFY(dialog);
        dialog->expiry()->noExpiry()->setChecked(true);
        QVERIFY(!dialog->expiry()->edit()->isEnabled());
        clickAccept(dialog);
    });
    QVERIFY(panel()->selectGrant(before.grant.id));
    QTest::mouseClick(panel()->changeExpiryButton(), Qt::LeftButton);
    QVERIFY(!grantOf(detail(m_bob.id), m_f->gymKey.id)->grant.expiresAt);
    QCOMPARE(rowNamed(tree, QStringLiteral("Gym"))->text(2), QStringLiteral("No expiration"));
}

void TestPersonPanel::endOfLeaseMatchesTheOtherKeys()
{
    // Bob gets a second key ending in six months: "End of lease" on his gym key (a year) offers the
    // latest expiration of his other keys, the residentKey's.
    const qint64 lease = m_f->clock.nowSecs() + 180 * 86400;
    QVERIFY(m_f->access->addKey(m_f->owner, m_bob.id, m_f->residentKey.id, {}, lease).ok());
    select(m_bob.id);
    const GrantView gym = *grantOf(detail(m_bob.id), m_f->gymKey.id);
    QVERIFY(panel()->selectGrant(gym.grant.id));
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ExpiryDialog *>(d);
        QVERIFY(dialog);
        QVERIFY(dialog->expiry()->endOfLease()->isEnabled());
        QTest::mouseClick(dialog->expiry()->endOfLease(), Qt::LeftButton);
        clickAccept(dialog);
    });
    QTest::mouseClick(panel()->changeExpiryButton(), Qt::LeftButton);
    // Minutes: the calendar holds whole minutes.
    QCOMPARE(*grantOf(detail(m_bob.id), m_f->gymKey.id)->grant.expiresAt, lease - lease % 60);
}

void TestPersonPanel::removeKeyConfirmsNamingDoorsAndGuests()
{
    select(m_alice.id);
    const GrantView resident = *grantOf(detail(m_alice.id), m_f->residentKey.id);
    QVERIFY(panel()->selectGrant(resident.grant.id));
    QVERIFY(panel()->removeKeyButton()->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(panel()->removeKeyButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Unit 101 resident")));
    QVERIFY2(MessageBox::lastDetails().contains(QStringLiteral("Lobby, Unit 101")),
             qPrintable(MessageBox::lastDetails()));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("Gina Guest")));

    const PersonDetail d = detail(m_alice.id);
    QVERIFY(!grantOf(d, m_f->residentKey.id));
    QVERIFY(grantOf(d, m_f->gymKey.id)); // her other key stays
    for (const ShareView &s : d.guests)
        QVERIFY(s.share.endedAt); // Gina's permanent pass on that key ended with it
    QCOMPARE_ENUM(detail(m_guest.id).status, PersonStatus::NoAccess);
    QTreeWidgetItem *row = rowNamed(panel()->keysTree(), QStringLiteral("Unit 101 resident"));
    QVERIFY(row);
    QCOMPARE(row->text(3), DisplayText::endReason(EndReason::Removed));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("was removed")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Lobby, Unit 101")));
    // An ended grant cannot be changed or removed again; the buttons say why.
    QVERIFY(panel()->selectGrant(resident.grant.id));
    QVERIFY(!panel()->removeKeyButton()->isEnabled());
    QVERIFY(panel()->removeKeyButton()->toolTip().contains(QStringLiteral("ended")));
}

void TestPersonPanel::removeKeyCancelledChangesNothing()
{
    select(m_alice.id);
    QVERIFY(panel()->selectGrant(grantOf(detail(m_alice.id), m_f->residentKey.id)->grant.id));
    const auto snap = m_f->snapshot();
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(panel()->removeKeyButton(), Qt::LeftButton);
    QCOMPARE(m_f->snapshot(), snap);
    QVERIFY(m_w->bannerText().isEmpty());
}

void TestPersonPanel::giveAccessAgainAfterRevoke()
{
    select(m_bob.id);
    MessageBox::setNextAnswer(true);
    m_w->revokeAllKeys();
    QCOMPARE_ENUM(detail(m_bob.id).status, PersonStatus::Revoked);
    // Revoked people stay listed under "Show expired users".
    m_w->peoplePage()->showExpiredCheck()->setChecked(true);
    select(m_bob.id);
    QCOMPARE(panel()->addKeyButton()->text(), QStringLiteral("&Give Access Again…"));
    QVERIFY(panel()->addKeyButton()->isEnabled());
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<AddKeyDialog *>(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Give Access Again"));
        // The revoked gym grant has ended: the key is offered again.
        QVERIFY(dialog->selectKey(m_f->gymKey.id));
        clickAccept(dialog);
    });
    QTest::mouseClick(panel()->addKeyButton(), Qt::LeftButton);
    const PersonDetail d = detail(m_bob.id);
    QCOMPARE_ENUM(d.status, PersonStatus::Active);
    QVERIFY(!d.person.revokedAt);
    QVERIFY(grantOf(d, m_f->gymKey.id));
    QVERIFY(panel()->statusLabel()->text().contains(QStringLiteral("Active")));
    QCOMPARE(panel()->addKeyButton()->text(), QStringLiteral("&Add Key…"));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("has access again")));
    // Listed as active again, also without "Show expired users".
    m_w->peoplePage()->showExpiredCheck()->setChecked(false);
    QVERIFY(m_w->peoplePage()->selectPerson(m_bob.id));
}

void TestPersonPanel::editDetailsSavesAndEndsPermanentPasses()
{
    select(m_alice.id);
    QVERIFY(panel()->editDetailsButton()->isEnabled());
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<EditPersonDialog *>(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->email()->text(), QStringLiteral("alice@example.test"));
        QVERIFY(dialog->mayShare()->isChecked());
        dialog->firstName()->setText(QStringLiteral("Alicia"));
        dialog->email()->setText(QStringLiteral("alicia@example.test"));
        dialog->phone()->setText(QStringLiteral("(212) 555-0199"));
        dialog->resident()->setChecked(false);
        dialog->mayShare()->setChecked(false);
        // Turning May share off names what it ends before it does.
        MessageBox::setNextAnswer(true);
        clickAccept(dialog);
        QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("Gina Guest")));
    });
    QTest::mouseClick(panel()->editDetailsButton(), Qt::LeftButton);

    const PersonDetail d = detail(m_alice.id);
    QCOMPARE(d.person.firstName, QStringLiteral("Alicia"));
    QCOMPARE(d.person.email, QStringLiteral("alicia@example.test"));
    QCOMPARE(d.person.phone, QStringLiteral("+12125550199"));
    QVERIFY(!d.person.resident);
    QVERIFY(!d.person.mayShare);
    QCOMPARE(d.guests.size(), 1);
    QVERIFY(d.guests.first().share.endedAt); // Gina's pass was permanent
    QCOMPARE(panel()->nameLabel()->text(), d.person.displayName());
    QCOMPARE(panel()->emailLabel()->text(), QStringLiteral("alicia@example.test"));
    QCOMPARE(listedName(m_alice.id), QStringLiteral("Alicia Tester"));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("1 permanent guest pass ended")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Resend the welcome email")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Lobby, Unit 101")));
}

void TestPersonPanel::editDetailsShowsCoreErrorsInline()
{
    select(m_alice.id);
    const auto snap = m_f->snapshot();
    bool stayedOpen = false;
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<EditPersonDialog *>(d);
        QVERIFY(dialog);
        dialog->email()->setText(QStringLiteral("bob@example.test")); // Bob's
        clickAccept(dialog);
        stayedOpen = dialog->result() != QDialog::Accepted && dialog->errorLabel()->isVisibleTo(dialog);
        QVERIFY2(dialog->errorLabel()->text().contains(m_bob.displayName()),
                 qPrintable(dialog->errorLabel()->text()));
        dialog->reject();
    });
    QTest::mouseClick(panel()->editDetailsButton(), Qt::LeftButton);
    QVERIFY(stayedOpen);
    QCOMPARE(m_f->snapshot(), snap);
}

void TestPersonPanel::endGuestPassFromTheGuestsTab()
{
    select(m_alice.id);
    QVERIFY(panel()->selectShare(m_guestShare));
    QCOMPARE(panel()->tabs()->currentIndex(), 1);
    QTest::qWait(20); // the Guests tab lays out
    QVERIFY(panel()->endGuestPassButton()->isEnabled());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(panel()->endGuestPassButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Gina Guest")));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("Lobby, Unit 101")));

    const PersonDetail gina = detail(m_guest.id);
    QCOMPARE(gina.guestPasses.size(), 1);
    QVERIFY(gina.guestPasses.first().share.endedAt);
    QCOMPARE_ENUM(gina.status, PersonStatus::NoAccess);
    QVERIFY(detail(m_alice.id).person.mayShare); // the host may still share
    QTreeWidgetItem *row = panel()->guestsTree()->topLevelItem(0);
    QVERIFY(row);
    QCOMPARE(row->text(3), DisplayText::endReason(EndReason::Removed));
    QVERIFY(!panel()->endGuestPassButton()->isEnabled());
    QVERIFY(m_w->bannerText().contains(QStringLiteral("guest pass of Gina Guest")));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("Lobby, Unit 101")));
}

void TestPersonPanel::resendWelcomeShowsInEmails()
{
    select(m_bob.id);
    QCOMPARE(panel()->emailsTree()->topLevelItemCount(), 1);
    QVERIFY(panel()->resendWelcomeButton()->isEnabled());
    QTest::mouseClick(panel()->resendWelcomeButton(), Qt::LeftButton);
    OutboxFilter filter;
    filter.personId = m_bob.id;
    auto mail = m_f->backend->outbox().messages(m_f->owner, filter);
    QVERIFY2(mail.ok(), why(mail));
    QCOMPARE(mail->size(), 2);
    QCOMPARE(panel()->emailsTree()->topLevelItemCount(), 2);
    QCOMPARE(panel()->tabs()->tabText(4), QStringLiteral("Emails (2)"));
    QTreeWidgetItem *row = panel()->emailsTree()->topLevelItem(0);
    // Created, kind, subject, to, state, the server's reason (issue 10: the Outbox's words).
    QCOMPARE(row->text(1), QStringLiteral("Welcome"));
    QCOMPARE(row->text(3), QStringLiteral("bob@example.test"));
    QCOMPARE(row->text(4), QStringLiteral("Queued"));
    QCOMPARE(row->text(5), QString());
    QVERIFY(m_w->bannerText().contains(QStringLiteral("welcome email")));
    // Guests get none: the button is off and says why.
    select(m_guest.id);
    QVERIFY(!panel()->resendWelcomeButton()->isEnabled());
    QVERIFY(panel()->resendWelcomeButton()->toolTip().contains(QStringLiteral("Guests")));
    QCOMPARE(panel()->emailsTree()->topLevelItemCount(), 0);
}

void TestPersonPanel::enrollKeycardThenDeactivateAndActivate()
{
    select(m_bob.id);
    panel()->tabs()->setCurrentIndex(2);
    QVERIFY(panel()->enrollKeycardButton()->isEnabled());
    // A serial that is not one: the dialog stays open with core's message beside the field; then a real one.
    bool sawError = false;
    PersonPanel::setDialogHook([&](QDialog *d) {
        auto *serial = d->findChild<QLineEdit *>(QStringLiteral("serialEdit"));
        auto *error = d->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(serial && error);
        QTest::keyClicks(serial, QStringLiteral("12-34"));
        clickAccept(d);
        QVERIFY(d->result() != QDialog::Accepted);
        QVERIFY(!error->isHidden());
        sawError = error->text().contains(QStringLiteral("is not a keycard serial"));
        serial->clear();
        QVERIFY(error->isHidden()); // cleared as soon as the field changes
        QTest::keyClicks(serial, QStringLiteral("04:a2:2b:3c:91:5e:80"));
        clickAccept(d);
    });
    QTest::mouseClick(panel()->enrollKeycardButton(), Qt::LeftButton);
    PersonPanel::setDialogHook({});
    QVERIFY(sawError);
    PersonDetail d = detail(m_bob.id);
    QCOMPARE(d.keycards.size(), 1);
    QCOMPARE(d.keycards.first().serial, QStringLiteral("04A22B3C915E80"));
    QVERIFY(d.keycards.first().active);
    QVERIFY2(m_w->bannerText().contains(QStringLiteral("04A22B3C915E80")), qPrintable(m_w->bannerText()));
    QTreeWidgetItem *row = rowNamed(panel()->keycardsTree(), QStringLiteral("04A22B3C915E80"));
    QVERIFY(row);
    QCOMPARE(row->text(1), QStringLiteral("Active"));

    // Deactivate (confirmed), then activate again.
    panel()->keycardsTree()->setCurrentItem(row);
    QVERIFY(panel()->keycardActiveButton()->isEnabled());
    QCOMPARE(panel()->keycardActiveButton()->text(), QStringLiteral("&Deactivate Keycard"));
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(panel()->keycardActiveButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("04A22B3C915E80")));
    QVERIFY(!detail(m_bob.id).keycards.first().active);
    row = rowNamed(panel()->keycardsTree(), QStringLiteral("04A22B3C915E80"));
    QVERIFY(row);
    QCOMPARE(row->text(1), QStringLiteral("Inactive"));
    panel()->keycardsTree()->setCurrentItem(row);
    QCOMPARE(panel()->keycardActiveButton()->text(), QStringLiteral("&Activate Keycard"));
    QTest::mouseClick(panel()->keycardActiveButton(), Qt::LeftButton);
    QVERIFY(detail(m_bob.id).keycards.first().active);

    // A manager without Key Management may not: the button says which right is missing.
    m_w.reset();
    const Manager none = m_f->makeManager(QStringLiteral("none@acme.test"), KeyManagement::None);
    m_w = std::make_unique<MainWindow>(services(), none);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    select(m_bob.id);
    QVERIFY(!panel()->enrollKeycardButton()->isEnabled());
    QVERIFY2(panel()->enrollKeycardButton()->toolTip().contains(QStringLiteral("Key Management")),
             qPrintable(panel()->enrollKeycardButton()->toolTip()));
}

void TestPersonPanel::rightClickMenuOffersTheActions()
{
    select(m_bob.id);
    const GrantView gym = *grantOf(detail(m_bob.id), m_f->gymKey.id);
    QVERIFY(panel()->selectGrant(gym.grant.id));
    QTreeWidget *tree = panel()->keysTree();
    QStringList seen;
    // The menu is modal: read it once it shows, then close it.
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions())
            seen << a->text() + (a->isEnabled() ? QString() : QStringLiteral(" (off)"));
        menu->close();
    });
    Q_EMIT tree->customContextMenuRequested(tree->visualItemRect(tree->currentItem()).center());
    QCOMPARE(seen, (QStringList{QStringLiteral("&Add Key…"), QStringLiteral("Change E&xpiration…"),
                                QStringLiteral("Re&move Key…")}));
}

void TestPersonPanel::actionsNameTheMissingRight()
{
    // A Specific manager of the gym key only: Alice holds the resident key too.
    const Manager gymOnly = m_f->makeManager(QStringLiteral("gym@example.test"), KeyManagement::Specific,
                                             false, {m_f->gymKey.id});
    m_w.reset();
    m_w = std::make_unique<MainWindow>(services(), gymOnly);
    m_w->show();
    select(m_alice.id);
    QVERIFY(panel()->selectGrant(grantOf(detail(m_alice.id), m_f->residentKey.id)->grant.id));
    QVERIFY(!panel()->changeExpiryButton()->isEnabled());
    QVERIFY(!panel()->removeKeyButton()->isEnabled());
    QVERIFY2(panel()->removeKeyButton()->toolTip().contains(QStringLiteral("limited to specific keys")),
             qPrintable(panel()->removeKeyButton()->toolTip()));
    QVERIFY(!panel()->editDetailsButton()->isEnabled());
    QVERIFY(panel()->editDetailsButton()->toolTip().contains(QStringLiteral("specific keys")));
    // Their own key is theirs to change.
    QVERIFY(panel()->selectGrant(grantOf(detail(m_alice.id), m_f->gymKey.id)->grant.id));
    QVERIFY(panel()->changeExpiryButton()->isEnabled());
    QVERIFY(panel()->addKeyButton()->isEnabled());
    // Gina's pass is on the resident key.
    QVERIFY(panel()->selectShare(m_guestShare));
    QVERIFY(!panel()->endGuestPassButton()->isEnabled());
    QVERIFY(panel()->endGuestPassButton()->toolTip().contains(QStringLiteral("specific keys")));

    // No Key Management at all: everything is off, naming Key Management.
    const Manager none = m_f->makeManager(QStringLiteral("none@example.test"), KeyManagement::None);
    m_w.reset();
    m_w = std::make_unique<MainWindow>(services(), none);
    m_w->show();
    select(m_bob.id);
    for (QPushButton *b :
         {panel()->addKeyButton(), panel()->editDetailsButton(), panel()->resendWelcomeButton()}) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
        QVERIFY2(b->toolTip().contains(QStringLiteral("needs Key Management")), qPrintable(b->toolTip()));
    }
    QVERIFY(panel()->selectGrant(grantOf(detail(m_bob.id), m_f->gymKey.id)->grant.id));
    QVERIFY(!panel()->changeExpiryButton()->isEnabled());
    QVERIFY(panel()->changeExpiryButton()->toolTip().contains(QStringLiteral("needs Key Management")));
    // Clicking a disabled action does nothing.
    const auto snap = m_f->snapshot();
    panel()->resendWelcome();
    panel()->removeKey();
    QCOMPARE(m_f->snapshot(), snap);
}

void TestPersonPanel::activityShowsNamesAndPanelDoesNotWrap()
{
    select(m_bob.id);
    QTreeWidget *activity = panel()->activityTree();
    QVERIFY(activity->topLevelItemCount() > 0);
    QTreeWidgetItem *invite = nullptr;
    for (int i = 0; i < activity->topLevelItemCount(); ++i) {
        if (activity->topLevelItem(i)->text(1) == DisplayText::action(QStringLiteral("invite")))
            invite = activity->topLevelItem(i);
    }
    QVERIFY(invite);
    QCOMPARE(invite->text(2), m_f->owner.name);
    QVERIFY(invite->toolTip(2).contains(m_f->owner.email));
    QVERIFY(!invite->toolTip(3).isEmpty());
    QVERIFY(!panel()->emailLabel()->wordWrap());
    QCOMPARE(panel()->emailLabel()->toolTip(), QStringLiteral("bob@example.test"));
}

QTEST_MAIN(TestPersonPanel)
#include "tst_personpanel.moc"
