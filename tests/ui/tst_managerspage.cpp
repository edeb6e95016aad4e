// The Managers page and dialog (issue 9, "Managers"): a Portfolio Manager adds a manager with each Key
// Management level through the dialog, and the window that manager then gets disables what they may not
// do, each disabled action naming the missing right; editing, resetting a password, removing (with its
// confirmation), the last Portfolio Manager's protection, validation beside the fields, sorting; and the
// ManagersModel under QAbstractItemModelTester.
#include "doorspage.h"
#include "fixture.h"
#include "mainwindow.h"
#include "managerdialog.h"
#include "managerspage.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "viewmodels/managersmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

namespace {

const QString kPassword = QStringLiteral("a long enough password");
const QString kNeedsKeyManagement =
    QStringLiteral("Needs Key Management at Maple Court. Ask a Portfolio Manager to add it.");
const QString kNeedsListedKeys =
    QStringLiteral("Needs Limited or Full Key Management: this person holds keys "
                   "outside your list. Ask a Portfolio Manager to add them.");
const QString kNeedsDeviceManagement =
    QStringLiteral("Needs Device Management at Maple Court. Ask a Portfolio Manager to add it.");

std::optional<Manager> managerWithEmail(Fixture &f, const QString &email)
{
    for (const Manager &m : f.directory->managers(f.owner).value())
        if (m.email == email)
            return m;
    return std::nullopt;
}

} // namespace

class TestManagersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void tabOnlyForPortfolioManagers();
    void createWithEachLevelAndTheActionsThatFollow_data();
    void createWithEachLevelAndTheActionsThatFollow();
    void editChangesTheLevelAndResetsThePassword();
    void validationShowsBesideTheFields();
    void removeAfterConfirmationNamingConsequences();
    void lastPortfolioManagerIsProtected();
    void columnsSort();

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    Person m_alice, m_bob;

    Services services() const { return Services::of(*m_f->backend); }
    ManagersPage *page() const { return m_w->findChild<ManagersPage *>(); }
};

void TestManagersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_managerspage"));
}

void TestManagersPage::init()
{
    MessageBox::clearAnswers();
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
    m_alice = m_f->invite(QStringLiteral("alice@example.test"), {m_f->residentKey.id, m_f->gymKey.id});
    m_bob = m_f->invite(QStringLiteral("bob@example.test"), {m_f->gymKey.id});
    m_w = std::make_unique<MainWindow>(services(), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestManagersPage::cleanup()
{
    ManagersPage::setDialogHook({});
    MessageBox::clearAnswers();
    m_w.reset();
    m_f.reset();
}

void TestManagersPage::modelPassesTheTester()
{
    ManagersModel model(*m_f->directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nobody signed in
    model.setManager(m_f->owner);
    QCOMPARE(model.rowCount(), 1);
    const Manager specific =
        m_f->makeManager(QStringLiteral("spec@acme.test"), KeyManagement::Specific, true, {m_f->gymKey.id});
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ManagersModel::ColumnCount));
    const int row = model.rowOf(specific.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ManagersModel::KeyManagementColumn).data().toString(),
             QStringLiteral("Specific keys (1)"));
    QVERIFY(model.index(row, ManagersModel::KeyManagementColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Gym (Maple Court)")));
    QCOMPARE(model.index(row, ManagersModel::DeviceManagement).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.index(row, ManagersModel::Properties).data().toString(), QStringLiteral("Maple Court"));
    QCOMPARE(model.index(model.rowOf(m_f->owner.id), ManagersModel::Properties).data().toString(),
             QStringLiteral("All properties"));
    QCOMPARE(model.index(row, 0).data(ManagersModel::ManagerIdRole).toLongLong(), specific.id);
    // A Property Manager sees no managers, and the model says why.
    QSignalSpy errors(&model, &ManagersModel::errorOccurred);
    model.setManager(specific);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(errors.size(), 1);
}

void TestManagersPage::tabOnlyForPortfolioManagers()
{
    QVERIFY(page());
    const int last = m_w->pages()->count() - 1;
    QCOMPARE(m_w->pages()->tabText(last), QStringLiteral("Managers")); // the last page
    const Manager full = m_f->makeManager(QStringLiteral("full@acme.test"), KeyManagement::Full, true);
    m_w = std::make_unique<MainWindow>(services(), full);
    QVERIFY(!page());
    QCOMPARE(m_w->pages()->count(), last);
    for (int i = 0; i < m_w->pages()->count(); ++i)
        QVERIFY(m_w->pages()->tabText(i) != QStringLiteral("Managers"));
}

void TestManagersPage::createWithEachLevelAndTheActionsThatFollow_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("device");
    QTest::addColumn<bool>("invite");       // Invite enabled
    QTest::addColumn<bool>("bob");          // Revoke/Delete of Bob (gym key) enabled
    QTest::addColumn<bool>("alice");        // Revoke/Delete of Alice (resident + gym keys) enabled
    QTest::addColumn<QString>("inviteTip"); // empty: the action's own tooltip
    QTest::addColumn<QString>("aliceTip");
    QTest::newRow("none") << int(KeyManagement::None) << false << false << false << false
                          << kNeedsKeyManagement << kNeedsKeyManagement;
    QTest::newRow("specific gym") << int(KeyManagement::Specific) << true << true << true << false
                                  << QString() << kNeedsListedKeys;
    QTest::newRow("limited") << int(KeyManagement::Limited) << false << true << true << true << QString()
                             << QString();
    QTest::newRow("full") << int(KeyManagement::Full) << true << true << true << true << QString()
                          << QString();
}

void TestManagersPage::createWithEachLevelAndTheActionsThatFollow()
{
    QFETCH(int, level);
    QFETCH(bool, device);
    QFETCH(bool, invite);
    QFETCH(bool, bob);
    QFETCH(bool, alice);
    QFETCH(QString, inviteTip);
    QFETCH(QString, aliceTip);
    const QString email = QStringLiteral("pat.%1@acme.test").arg(level);

    // The Portfolio Manager adds them through the Managers page and its dialog.
    m_w->pages()->setCurrentWidget(page());
    bool shown = false;
    ManagersPage::setDialogHook([&](ManagerDialog *d) {
        shown = true;
        QCOMPARE(d->windowTitle(), QStringLiteral("New Manager"));
        QVERIFY(d->propertyRadio()->isChecked()); // a new manager starts as a Property Manager with nothing
        QVERIFY(d->levelRadio(KeyManagement::None)->isChecked());
        QVERIFY(!d->keysTree()->isEnabled());
        QTest::keyClicks(d->nameEdit(), QStringLiteral("Pat Lee"));
        QTest::keyClicks(d->emailEdit(), email);
        QTest::keyClicks(d->passwordEdit(), kPassword);
        QTest::keyClicks(d->confirmEdit(), kPassword);
        QVERIFY(d->checkProperty(QStringLiteral("Maple Court")));
        d->levelRadio(KeyManagement(level))->click();
        // The key list is for Specific only.
        QCOMPARE(d->keysTree()->isEnabled(), KeyManagement(level) == KeyManagement::Specific);
        if (KeyManagement(level) == KeyManagement::Specific)
            QVERIFY(d->checkKey(QStringLiteral("Maple Court"), QStringLiteral("Gym")));
        d->deviceCheck()->setChecked(device);
        d->accept();
        QVERIFY2(d->result() == QDialog::Accepted, qPrintable(d->errorText()));
    });
    page()->newAction()->trigger();
    QVERIFY(shown);

    // Stored as chosen (read back through the service).
    const auto stored = managerWithEmail(*m_f, email);
    QVERIFY(stored);
    QCOMPARE_ENUM(stored->role, ManagerRole::PropertyManager);
    QCOMPARE_ENUM(stored->keyManagement, KeyManagement(level));
    QCOMPARE(stored->deviceManagement, device);
    QCOMPARE(stored->propertyIds, QList<Id>{m_f->property.id});
    QCOMPARE(stored->keyIds,
             KeyManagement(level) == KeyManagement::Specific ? QList<Id>{m_f->gymKey.id} : QList<Id>());
    QCOMPARE(page()->selectedManagerId(), stored->id);
    QVERIFY(page()->statusLabel()->text().contains(QStringLiteral("Pat Lee")));

    // They sign in: their window enables what they may do and names the right for the rest.
    auto signedIn = m_f->directory->authenticate(email, kPassword);
    QVERIFY2(signedIn.ok(), why(signedIn));
    m_w = std::make_unique<MainWindow>(services(), *signedIn);
    m_w->show();
    QVERIFY(!page()); // no Managers page for them
    QCOMPARE(m_w->inviteAction()->isEnabled(), invite);
    if (inviteTip.isEmpty())
        QVERIFY(m_w->inviteAction()->toolTip().startsWith(QStringLiteral("Invite someone")));
    else
        QCOMPARE(m_w->inviteAction()->toolTip(), inviteTip);

    QVERIFY(m_w->peoplePage()->selectPerson(m_bob.id));
    QCOMPARE(m_w->revokeAction()->isEnabled(), bob);
    QCOMPARE(m_w->deleteAction()->isEnabled(), bob);
    if (!bob)
        QCOMPARE(m_w->deleteAction()->toolTip(), kNeedsKeyManagement);

    QVERIFY(m_w->peoplePage()->selectPerson(m_alice.id));
    QCOMPARE(m_w->revokeAction()->isEnabled(), alice);
    QCOMPARE(m_w->deleteAction()->isEnabled(), alice);
    if (aliceTip.isEmpty()) {
        QVERIFY(m_w->revokeAction()->toolTip().startsWith(QStringLiteral("End every key")));
        QVERIFY(m_w->deleteAction()->toolTip().startsWith(QStringLiteral("Remove the selected person")));
    } else {
        QCOMPARE(m_w->revokeAction()->toolTip(), aliceTip);
        QCOMPARE(m_w->deleteAction()->toolTip(), aliceTip);
    }
    // What the window enables, core allows (and what it disables, core refuses).
    QCOMPARE(m_f->access
                 ->validateInvite(*signedIn,
                                  m_f->inviteRequest(QStringLiteral("x@example.test"), {m_f->gymKey.id}))
                 .ok(),
             invite);

    // The Doors page: commission and sync need Device Management.
    DoorsPage *doors = m_w->doorsPage();
    if (device) {
        QVERIFY(doors->syncAllButton()->toolTip() != kNeedsDeviceManagement);
        QVERIFY(doors->commissionButton()->toolTip() != kNeedsDeviceManagement);
    } else {
        QVERIFY(!doors->commissionButton()->isEnabled());
        QVERIFY(!doors->syncButton()->isEnabled());
        QVERIFY(!doors->syncAllButton()->isEnabled());
        QCOMPARE(doors->commissionButton()->toolTip(), kNeedsDeviceManagement);
        QCOMPARE(doors->syncButton()->toolTip(), kNeedsDeviceManagement);
        QCOMPARE(doors->syncAllButton()->toolTip(), kNeedsDeviceManagement);
    }
}

void TestManagersPage::editChangesTheLevelAndResetsThePassword()
{
    const Manager pat = m_f->makeManager(QStringLiteral("pat@acme.test"), KeyManagement::Limited);
    page()->refresh();
    QVERIFY(page()->selectManager(pat.id));
    ManagersPage::setDialogHook([&](ManagerDialog *d) {
        QCOMPARE(d->windowTitle(), QStringLiteral("Edit Manager Manager pat"));
        QCOMPARE(d->emailEdit()->text(), pat.email);
        QVERIFY(d->levelRadio(KeyManagement::Limited)->isChecked());
        QVERIFY(!d->passwordEdit()->isEnabled()); // kept unless reset
        d->levelRadio(KeyManagement::Specific)->click();
        QVERIFY(d->checkKey(QStringLiteral("Maple Court"), QStringLiteral("Staff")));
        d->deviceCheck()->setChecked(true);
        d->resetPasswordCheck()->setChecked(true);
        QTest::keyClicks(d->passwordEdit(), QStringLiteral("a brand new password"));
        QTest::keyClicks(d->confirmEdit(), QStringLiteral("a brand new password"));
        d->accept();
        QVERIFY2(d->result() == QDialog::Accepted, qPrintable(d->errorText()));
    });
    // Double-click (activation) on the row edits.
    const QModelIndex index = page()->table()->currentIndex();
    QVERIFY(index.isValid());
    Q_EMIT page()->table()->activated(index);
    const auto stored = managerWithEmail(*m_f, pat.email);
    QCOMPARE_ENUM(stored->keyManagement, KeyManagement::Specific);
    QCOMPARE(stored->keyIds, QList<Id>{m_f->staffKey.id});
    QVERIFY(stored->deviceManagement);
    QVERIFY(m_f->directory->authenticate(pat.email, QStringLiteral("a brand new password")).ok());
    const int row = page()->model()->rowOf(pat.id);
    QCOMPARE(page()->model()->index(row, ManagersModel::KeyManagementColumn).data().toString(),
             QStringLiteral("Specific keys (1)"));

    // Cancelled: nothing changes.
    const auto before = m_f->snapshot();
    ManagersPage::setDialogHook([](ManagerDialog *d) {
        d->levelRadio(KeyManagement::Full)->click();
        d->reject();
    });
    page()->editAction()->trigger();
    QCOMPARE(m_f->snapshot(), before);
}

void TestManagersPage::validationShowsBesideTheFields()
{
    const auto before = m_f->snapshot();
    ManagersPage::setDialogHook([&](ManagerDialog *d) {
        QTest::keyClicks(d->emailEdit(), QStringLiteral("not an email"));
        QTest::keyClicks(d->passwordEdit(), kPassword);
        QTest::keyClicks(d->confirmEdit(), QStringLiteral("something else"));
        d->levelRadio(KeyManagement::Specific)->click();
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Rejected)); // still open
        const QString errors = d->errorText();
        QVERIFY2(errors.contains(QStringLiteral("Enter the manager's name.")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("This is not an email address.")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("The two passwords differ.")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("Tick at least one property.")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("Tick the keys this manager may give.")), qPrintable(errors));
        // Each mistake goes away as it is corrected.
        QTest::keyClicks(d->nameEdit(), QStringLiteral("Pat"));
        QVERIFY(!d->errorText().contains(QStringLiteral("Enter the manager's name.")));
        // A refusal from core shows too: an email already in use.
        d->emailEdit()->setText(m_f->owner.email);
        d->confirmEdit()->setText(kPassword);
        QVERIFY(d->checkProperty(QStringLiteral("Maple Court")));
        d->levelRadio(KeyManagement::Limited)->click();
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY2(d->errorText().contains(QStringLiteral("There is already a manager with the email")),
                 qPrintable(d->errorText()));
        d->reject();
    });
    page()->newAction()->trigger();
    QCOMPARE(m_f->snapshot(), before);
}

void TestManagersPage::removeAfterConfirmationNamingConsequences()
{
    const Manager pat = m_f->makeManager(QStringLiteral("pat@acme.test"), KeyManagement::Limited);
    page()->refresh();
    QVERIFY(page()->selectManager(pat.id));
    QVERIFY(page()->removeAction()->isEnabled());
    MessageBox::setNextAnswer(false);
    page()->removeAction()->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Remove Manager pat (pat@acme.test)?")));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("can no longer sign in")));
    QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("stays in Activity")));
    QVERIFY(managerWithEmail(*m_f, pat.email));

    MessageBox::setNextAnswer(true);
    page()->removeAction()->trigger();
    QVERIFY(!managerWithEmail(*m_f, pat.email));
    QCOMPARE(page()->model()->rowOf(pat.id), -1);
    QCOMPARE(m_f->directory->authenticate(pat.email, QStringLiteral("manager password 1")).error().code,
             ErrorCode::AuthenticationFailed);

    // Nobody removes themselves: the action is off on one's own row, and says why.
    QVERIFY(page()->selectManager(m_f->owner.id));
    QVERIFY(!page()->removeAction()->isEnabled());
    QVERIFY(page()->removeAction()->toolTip().contains(QStringLiteral("cannot remove yourself")));
}

void TestManagersPage::lastPortfolioManagerIsProtected()
{
    QVERIFY(page()->selectManager(m_f->owner.id));
    const auto before = m_f->snapshot();
    ManagersPage::setDialogHook([&](ManagerDialog *d) {
        // The dialog does not offer it...
        QVERIFY(!d->propertyRadio()->isEnabled());
        QVERIFY(d->propertyRadio()->toolTip().contains(QStringLiteral("from yourself")));
        // ...and core refuses it anyway.
        d->propertyRadio()->setChecked(true);
        QVERIFY(d->checkProperty(QStringLiteral("Maple Court")));
        d->levelRadio(KeyManagement::Full)->click();
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY2(d->errorText().contains(QStringLiteral("Portfolio Manager")), qPrintable(d->errorText()));
        d->reject();
    });
    page()->editAction()->trigger();
    QCOMPARE(m_f->snapshot(), before);
    QCOMPARE_ENUM(managerWithEmail(*m_f, m_f->owner.email)->role, ManagerRole::PortfolioManager);
}

void TestManagersPage::columnsSort()
{
    m_f->makeManager(QStringLiteral("zoe@acme.test"), KeyManagement::None);
    m_f->makeManager(QStringLiteral("adam@acme.test"), KeyManagement::Full);
    page()->refresh();
    QTableView *table = page()->table();
    QVERIFY(table->isSortingEnabled());
    const auto column = [&](int c) {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, c).data().toString();
        return out;
    };
    table->sortByColumn(ManagersModel::Email, Qt::AscendingOrder);
    QCOMPARE(column(ManagersModel::Email), (QStringList{QStringLiteral("adam@acme.test"), m_f->owner.email,
                                                        QStringLiteral("zoe@acme.test")}));
    table->sortByColumn(ManagersModel::KeyManagementColumn, Qt::DescendingOrder);
    QCOMPARE(column(ManagersModel::KeyManagementColumn).first(), QStringLiteral("None"));
}

QTEST_MAIN(TestManagersPage)
#include "tst_managerspage.moc"
