// Mail in the window (issue 10): Settings ▸ Email saves through core and shows its refusals beside the
// field; Send Test Email runs off the UI thread against a real SMTP server on loopback (and says why
// when none answers); the Outbox shows a failed email's reason and Retry puts it back in the queue; the
// background delivery sends a queued welcome email while the event loop keeps running; the status bar
// says what is going on; the person's language for emails reaches core from the Invite and Edit Details
// dialogs.
#include "access/permissions.h"
#include "accessdialogs.h"
#include "fixture.h"
#include "invitedialog.h"
#include "mail/mailservice.h"
#include "maildelivery.h"
#include "mailsettings.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "outboxpage.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "settingsdialog.h"
#include "smtpserver.h"
#include "viewmodels/outboxmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

class TestMailUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statusBarSaysEmailIsNotSetUpAndOpensSettings();
    void settingsSaveThroughCore();
    void settingsRefuseBadInputBesideTheField();
    void passwordIsKeptUnlessReplacedOrCleared();
    void onlyPortfolioManagersChangeSettings();
    void insecureChoicesWarn();
    void sendTestSaysWhyWhenNoServerAnswers();
    void sendTestReachesTheLoopbackServer();
    void outboxShowsFailedReasonAndRetryRequeues();
    void failedStatusOpensTheOutboxFilteredToFailed();
    void personPanelShowsStateAndReason();
    void backgroundDeliverySendsTheWelcomeEmailWithoutBlocking();
    void languageForEmailsReachesCore();
    void dailyDoorcodesAreQueuedOnceTheSendTimeHasCome();
    // The core halves the window uses (core/mail/mailservice.h): tested here, where they are used.
    void coreNamesTheFieldOfEachProblem();
    void coreSenderAndTestRunNeedASetUpServerAndTheRight();

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    void openWindow();
    // Opens File ▸ Settings through the window; `fill` works on the open dialog (and accepts or rejects
    // it itself).
    void withSettings(const std::function<void(SettingsDialog *)> &fill);
    // Saves a mail server through core (as the owner).
    void configure(const QString &host, int port, mail::Security security = mail::Security::None,
                   const std::optional<QString> &password = std::nullopt);
    // One welcome email that the server refused for good with `reason`.
    Id failedWelcome(const QString &email, const QString &reason);
    static int freePort();
    static void click(QWidget *w);
};

void TestMailUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mailui"));
    // No rounds of its own: each test says when to deliver.
    MailDelivery::setIntervalForTests(0);
}

void TestMailUi::init()
{
    MessageBox::clearAnswers();
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
}

void TestMailUi::cleanup()
{
    MainWindow::setDialogHook({});
    PersonPanel::setDialogHook({});
    m_w.reset();
    m_f.reset();
}

void TestMailUi::openWindow()
{
    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestMailUi::withSettings(const std::function<void(SettingsDialog *)> &fill)
{
    bool shown = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<SettingsDialog *>(d);
        QVERIFY(dialog);
        shown = true;
        dialog->show();
        fill(dialog);
        dialog->hide();
    });
    m_w->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    MainWindow::setDialogHook({});
    QVERIFY(shown);
}

void TestMailUi::configure(const QString &host, int port, mail::Security security,
                           const std::optional<QString> &password)
{
    mail::SmtpSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.fromAddress = QStringLiteral("access@maple.example");
    s.fromName = QStringLiteral("Maple Court");
    s.timeoutSecs = 5;
    auto st = m_f->backend->mail().saveSettings(m_f->owner, s, password);
    QVERIFY2(st.ok(), why(st));
}

Id TestMailUi::failedWelcome(const QString &email, const QString &reason)
{
    m_f->invite(email, {m_f->residentKey.id});
    auto claimed = m_f->backend->mail().claim(m_f->owner);
    if (!claimed.ok() || claimed->isEmpty())
        qFatal("nothing to claim: %s", claimed.ok() ? "empty" : qPrintable(claimed.error().message));
    const Id id = claimed->last().id;
    QList<mail::Outcome> outcomes;
    for (const mail::Outgoing &o : *claimed)
        outcomes << mail::Outcome{o.id, mail::Verdict::Permanent, reason};
    auto st = m_f->backend->mail().record(outcomes);
    if (!st.ok())
        qFatal("record: %s", qPrintable(st.error().message));
    return id;
}

int TestMailUi::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const int port = probe.serverPort();
    probe.close();
    return port;
}

void TestMailUi::click(QWidget *w)
{
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(2, 2), w->mapToGlobal(QPointF(2, 2)), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(2, 2), w->mapToGlobal(QPointF(2, 2)),
                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QApplication::sendEvent(w, &release);
}

void TestMailUi::statusBarSaysEmailIsNotSetUpAndOpensSettings()
{
    openWindow();
    QLabel *label = m_w->mailLabel();
    QVERIFY(label);
    QTRY_COMPARE(label->text(), QStringLiteral("Email not set up — Settings"));
    QVERIFY(label->isVisible());
    bool onEmail = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<SettingsDialog *>(d);
        QVERIFY(dialog);
        onEmail = dialog->tabs()->currentWidget() == dialog->mailPage();
        dialog->reject();
    });
    click(label);
    QVERIFY(onEmail);

    // Once a server is set up the words go away.
    configure(QStringLiteral("127.0.0.1"), freePort());
    m_w->mailDelivery()->updateStatus();
    QVERIFY(label->text().isEmpty());
    QVERIFY(!label->isVisible());
}

void TestMailUi::settingsSaveThroughCore()
{
    openWindow();
    withSettings([](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        QVERIFY(page);
        QVERIFY(page->isEditable());
        d->showMailPage();
        QTest::keyClicks(page->hostEdit(), QStringLiteral("smtp.maple.example"));
        // The port follows the security while it is a usual one.
        page->securityCombo()->setCurrentIndex(page->securityCombo()->findData(int(mail::Security::Tls)));
        QCOMPARE(page->portSpin()->value(), 465);
        QTest::keyClicks(page->userEdit(), QStringLiteral("porter"));
        QTest::keyClicks(page->passwordEdit(), QStringLiteral("s3cret-pass"));
        QTest::keyClicks(page->fromAddressEdit(), QStringLiteral("access@maple.example"));
        QTest::keyClicks(page->fromNameEdit(), QStringLiteral("Maple Court"));
        page->timeoutSpin()->setValue(45);
        page->doorcodeTimeEdit()->setTime(QTime(6, 30));
        MailSettingsPage::setNextChosenCaFile(QStringLiteral("/etc/ssl/harbor-ca.pem"));
        page->findChild<QPushButton *>(QStringLiteral("chooseCaFileButton"))->click();
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Accepted));
    });
    auto s = m_f->backend->mail().settings(m_f->owner);
    QVERIFY2(s.ok(), why(s));
    QCOMPARE(s->host, QStringLiteral("smtp.maple.example"));
    QCOMPARE(s->port, 465);
    QCOMPARE(mail::toString(s->security), mail::toString(mail::Security::Tls));
    QCOMPARE(s->user, QStringLiteral("porter"));
    QCOMPARE(s->fromAddress, QStringLiteral("access@maple.example"));
    QCOMPARE(s->fromName, QStringLiteral("Maple Court"));
    QCOMPARE(s->timeoutSecs, 45);
    QVERIFY(s->verifyPeer);
    QCOMPARE(s->doorcodeTime, QStringLiteral("06:30"));
    QCOMPARE(s->caFile, QStringLiteral("/etc/ssl/harbor-ca.pem"));
    QVERIFY(s->hasPassword);

    // Opened again: the values, and the password only as "stored".
    withSettings([](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        QCOMPARE(page->hostEdit()->text(), QStringLiteral("smtp.maple.example"));
        QCOMPARE(page->passwordEdit()->text(), QString());
        QCOMPARE(page->passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(page->passwordEdit()->placeholderText().startsWith(QStringLiteral("Stored")));
        QVERIFY(page->clearPasswordButton()->isEnabled());
        QVERIFY(!page->isModified());
        d->reject();
    });
    // The password is in no settings file.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret-pass")), qPrintable(key));
}

void TestMailUi::settingsRefuseBadInputBesideTheField()
{
    openWindow();
    withSettings([this](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        d->tabs()->setCurrentIndex(0); // the manager is on General when pressing OK
        QTest::keyClicks(page->hostEdit(), QStringLiteral("smtp.maple.example"));
        QTest::keyClicks(page->fromAddressEdit(), QStringLiteral("not an address"));
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Rejected)); // still open
        QCOMPARE(d->tabs()->currentWidget(), page);    // on the page with the problem

        // The words are core's, for exactly these settings.
        mail::SmtpSettings expected = page->formSettings();
        auto refused = m_f->backend->mail().saveSettings(m_f->owner, expected);
        QVERIFY(!refused.ok());
        QLabel *error = page->fieldError(page->fromAddressEdit());
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), refused.error().message);
        QVERIFY(page->fromAddressEdit()->property("invalid").toBool());
        QCOMPARE(d->focusWidget(), page->fromAddressEdit()); // the field to fix

        // Fixed: saved, the mark gone.
        page->fromAddressEdit()->clear();
        QTest::keyClicks(page->fromAddressEdit(), QStringLiteral("access@maple.example"));
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QVERIFY(!page->fromAddressEdit()->property("invalid").toBool());
    });
    auto s = m_f->backend->mail().settings(m_f->owner);
    QVERIFY2(s.ok(), why(s));
    QCOMPARE(s->fromAddress, QStringLiteral("access@maple.example"));
}

void TestMailUi::passwordIsKeptUnlessReplacedOrCleared()
{
    configure(QStringLiteral("smtp.maple.example"), 587, mail::Security::StartTls, QStringLiteral("first"));
    openWindow();
    // A change elsewhere keeps the stored password.
    withSettings([](SettingsDialog *d) {
        d->mailPage()->timeoutSpin()->setValue(20);
        QVERIFY(!d->mailPage()->formPassword());
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Accepted));
    });
    auto s = m_f->backend->mail().settings(m_f->owner);
    QVERIFY(s.ok());
    QCOMPARE(s->timeoutSecs, 20);
    QVERIFY(s->hasPassword);
    // Clear removes it.
    withSettings([](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        page->clearPasswordButton()->click();
        QVERIFY(!page->clearPasswordButton()->isEnabled());
        QCOMPARE(page->formPassword(), std::optional<QString>(QString()));
        d->accept();
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QVERIFY(page->passwordEdit()->placeholderText().startsWith(QStringLiteral("None")));
    });
    s = m_f->backend->mail().settings(m_f->owner);
    QVERIFY(s.ok());
    QVERIFY(!s->hasPassword);
}

void TestMailUi::onlyPortfolioManagersChangeSettings()
{
    configure(QStringLiteral("smtp.maple.example"), 587, mail::Security::StartTls);
    const Manager pm = m_f->makeManager(QStringLiteral("pm@acme.test"), KeyManagement::Full, true);
    m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), pm);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    const auto denied = permissions::canManageMail(pm, pm.portfolioId);
    QVERIFY(!denied.ok());
    withSettings([&](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        QVERIFY(page);
        QVERIFY(!page->isEditable());
        QCOMPARE(page->hostEdit()->text(), QStringLiteral("smtp.maple.example")); // read, not hidden
        for (QWidget *w : std::initializer_list<QWidget *>{page->hostEdit(), page->portSpin(),
                                                           page->securityCombo(), page->passwordEdit(),
                                                           page->fromAddressEdit(), page->verifyCheck()}) {
            QVERIFY(!w->isEnabled());
            QCOMPARE(w->toolTip(), denied.error().message);
        }
        d->accept(); // nothing to save: OK still closes
        QCOMPARE(d->result(), int(QDialog::Accepted));
    });
}

void TestMailUi::insecureChoicesWarn()
{
    openWindow();
    withSettings([](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        d->showMailPage();
        QVERIFY(!page->securityWarning()->isVisible());
        QVERIFY(!page->verifyWarning()->isVisible());
        QVERIFY(page->verifyCheck()->isChecked()); // on by default
        page->securityCombo()->setCurrentIndex(page->securityCombo()->findData(int(mail::Security::None)));
        QVERIFY(page->securityWarning()->isVisible());
        QVERIFY(page->securityWarning()->text().contains(QStringLiteral("clear text")));
        page->verifyCheck()->setChecked(false);
        QVERIFY(page->verifyWarning()->isVisible());
        page->verifyCheck()->setChecked(true);
        QVERIFY(!page->verifyWarning()->isVisible());
        d->reject();
    });
}

void TestMailUi::sendTestSaysWhyWhenNoServerAnswers()
{
    configure(QStringLiteral("127.0.0.1"), freePort());
    openWindow();
    withSettings([](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        d->showMailPage();
        QSignalSpy finished(page, &MailSettingsPage::testFinished);
        // The window keeps working while the test runs: a timer ticks.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { ++ticks; });
        ticker.start();
        MailSettingsPage::setNextTestAddress(QStringLiteral("owner@acme.test"));
        page->testButton()->click();
        QVERIFY(page->testRunning());
        QVERIFY(!page->testButton()->isEnabled());
        QVERIFY(finished.wait(20000));
        QVERIFY(ticks > 0);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(page->testButton()->isEnabled());
        QVERIFY(page->testResult()->isVisible());
        QCOMPARE(page->testResult()->objectName(), QStringLiteral("errorLabel"));
        QVERIFY2(page->testResult()->text().startsWith(QStringLiteral("The test email to owner@acme.test was "
                                                                      "not sent: ")),
                 qPrintable(page->testResult()->text()));
        d->reject();
    });
    // Nothing was queued by a test.
    auto mail = m_f->backend->outbox().messages(m_f->owner);
    QVERIFY(mail.ok());
    QVERIFY(mail->isEmpty());
}

void TestMailUi::sendTestReachesTheLoopbackServer()
{
    test::SmtpServer server;
    QVERIFY2(server.running(), qPrintable(server.error()));
    openWindow();
    withSettings([&](SettingsDialog *d) {
        MailSettingsPage *page = d->mailPage();
        d->showMailPage();
        // Not saved yet: the test uses what the form says.
        QTest::keyClicks(page->hostEdit(), QStringLiteral("127.0.0.1"));
        page->securityCombo()->setCurrentIndex(page->securityCombo()->findData(int(mail::Security::None)));
        page->portSpin()->setValue(server.port());
        QTest::keyClicks(page->fromAddressEdit(), QStringLiteral("access@maple.example"));
        QSignalSpy finished(page, &MailSettingsPage::testFinished);
        MailSettingsPage::setNextTestAddress(QStringLiteral("owner@acme.test"));
        page->testButton()->click();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(page->testResult()->text().contains(QStringLiteral("accepted")),
                 qPrintable(page->testResult()->text()));
        d->reject();
    });
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10000);
    QCOMPARE(server.received().first().rcptTos, QStringList{QStringLiteral("owner@acme.test")});
}

void TestMailUi::outboxShowsFailedReasonAndRetryRequeues()
{
    const int port = freePort(); // nobody answers: a retried email waits for its next attempt
    configure(QStringLiteral("127.0.0.1"), port);
    const QString reason =
        QStringLiteral("550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown "
                       "in virtual mailbox table");
    const Id id = failedWelcome(QStringLiteral("ana@example.com"), reason);
    openWindow();
    m_w->showOutboxPage();
    OutboxPage *page = m_w->outboxPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->setStatusFilter(QStringLiteral("failed"));
    QCOMPARE(page->stateCombo()->currentData().toString(), QStringLiteral("failed"));
    QCOMPARE(page->model()->rowCount(), 1);
    QAbstractItemModel *table = page->table()->model();
    QCOMPARE(table->index(0, OutboxModel::State).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(table->index(0, OutboxModel::Kind).data().toString(), QStringLiteral("Welcome"));
    QCOMPARE(table->index(0, OutboxModel::Attempts).data().toInt(), 1);
    QCOMPARE(table->index(0, OutboxModel::Reason).data(Qt::ToolTipRole).toString(), reason);
    QVERIFY(table->index(0, OutboxModel::Reason).data().toString().startsWith(QStringLiteral("550 5.1.1")));
    QVERIFY(!page->retryButton()->isEnabled()); // nothing selected
    QVERIFY(page->selectMessage(id));
    QVERIFY(page->preview()->toPlainText().contains(reason));
    // What the email says, in the window's words; not the English summary queued with it.
    QVERIFY2(page->preview()->toPlainText().contains(
                 QStringLiteral("What it says: the property, the person's keys with their doors and hours")),
             qPrintable(page->preview()->toPlainText()));
    QVERIFY(!page->preview()->toPlainText().contains(QStringLiteral("You have been invited")));
    QVERIFY(page->retryButton()->isEnabled());

    QSignalSpy round(m_w->mailDelivery(), &MailDelivery::roundFinished);
    page->retryButton()->click();
    // Back in the queue; Porter tried again at once, the server did not answer: it waits.
    QVERIFY(round.wait(20000));
    QCOMPARE(round.first().at(1).toInt(), 1); // deferred
    page->setStatusFilter(QString());
    QVERIFY(page->selectMessage(id));
    const int row = page->table()->currentIndex().row();
    QCOMPARE(table->index(row, OutboxModel::State).data().toString(), QStringLiteral("Queued"));
    QCOMPARE(table->index(row, OutboxModel::Attempts).data().toInt(), 2);
    QVERIFY2(table->index(row, OutboxModel::NextAttempt)
                 .data()
                 .toString()
                 .startsWith(QStringLiteral("Retrying at")),
             qPrintable(table->index(row, OutboxModel::NextAttempt).data().toString()));
    QVERIFY(!page->retryButton()->isEnabled());
    auto failed = m_f->backend->outbox().messages(m_f->owner, OutboxFilter{{}, {}, QStringLiteral("failed")});
    QVERIFY(failed.ok());
    QVERIFY(failed->isEmpty());
}

void TestMailUi::failedStatusOpensTheOutboxFilteredToFailed()
{
    configure(QStringLiteral("127.0.0.1"), freePort());
    failedWelcome(QStringLiteral("ana@example.com"), QStringLiteral("550 No such user"));
    m_f->invite(QStringLiteral("ben@example.com"), {m_f->gymKey.id}); // queued, not failed
    openWindow();
    QCOMPARE(m_w->mailLabel()->text(), QStringLiteral("Email: 1 failed"));
    m_w->showPeoplePage();
    click(m_w->mailLabel());
    QCOMPARE(m_w->pages()->currentWidget(), m_w->outboxPage());
    QCOMPARE(m_w->outboxPage()->stateCombo()->currentData().toString(), QStringLiteral("failed"));
    QCOMPARE(m_w->outboxPage()->model()->rowCount(), 1);
}

void TestMailUi::personPanelShowsStateAndReason()
{
    configure(QStringLiteral("127.0.0.1"), freePort());
    failedWelcome(QStringLiteral("ana@example.com"), QStringLiteral("550 5.1.1 User unknown\nsecond line"));
    openWindow();
    PeopleFilter filter;
    filter.propertyId = m_f->property.id;
    QVERIFY(m_w->peoplePage()->selectPerson(m_f->queries->people(m_f->owner, filter)->first().person.id));
    QTreeWidget *emails = m_w->personPanel()->emailsTree();
    QTRY_COMPARE(emails->topLevelItemCount(), 1);
    QTreeWidgetItem *item = emails->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("Welcome"));
    QCOMPARE(item->text(4), QStringLiteral("Failed"));
    QCOMPARE(item->text(5), QStringLiteral("550 5.1.1 User unknown …"));
    QCOMPARE(item->toolTip(5), QStringLiteral("550 5.1.1 User unknown\nsecond line"));
}

void TestMailUi::backgroundDeliverySendsTheWelcomeEmailWithoutBlocking()
{
    // A slow server (it answers DATA a second late): the window must not wait for it.
    test::SmtpServer server({QStringLiteral("--hang-after-data"), QStringLiteral("1")});
    QVERIFY2(server.running(), qPrintable(server.error()));
    configure(QStringLiteral("127.0.0.1"), server.port());
    openWindow();
    QSignalSpy round(m_w->mailDelivery(), &MailDelivery::roundFinished);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();

    // Invite through the window: the welcome email leaves at once, in the background.
    MainWindow::setDialogHook([](QDialog *d) {
        auto *dialog = qobject_cast<InviteDialog *>(d);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->firstNameEdit(), QStringLiteral("Ana"));
        QTest::keyClicks(dialog->lastNameEdit(), QStringLiteral("Lima"));
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("ana@example.com"));
        QVERIFY(dialog->checkKey(QStringLiteral("Unit 101 resident")));
        dialog->accept();
    });
    m_w->invite();
    MainWindow::setDialogHook({});
    QVERIFY(m_w->mailDelivery()->busy());
    QCOMPARE(m_w->mailLabel()->text(), QStringLiteral("Sending 1 email…"));
    const int ticksBefore = ticks;
    QVERIFY(round.wait(20000));
    QVERIFY2(ticks > ticksBefore + 5, qPrintable(QString::number(ticks - ticksBefore)));
    QCOMPARE(round.first().at(0).toInt(), 1); // sent
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10000);
    const test::SmtpServer::Received welcome = server.received().first();
    QCOMPARE(welcome.rcptTos, QStringList{QStringLiteral("ana@example.com")});
    QVERIFY2(test::SmtpServer::decodedBody(welcome.raw).contains(QStringLiteral("Maple Court")),
             welcome.raw.constData());
    // The Outbox says so.
    m_w->showOutboxPage();
    QAbstractItemModel *table = m_w->outboxPage()->table()->model();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(table->index(0, OutboxModel::State).data().toString().startsWith(QStringLiteral("Sent ")),
             qPrintable(table->index(0, OutboxModel::State).data().toString()));
    QVERIFY(m_w->mailLabel()->text().isEmpty());
}

void TestMailUi::languageForEmailsReachesCore()
{
    openWindow();
    MainWindow::setDialogHook([](QDialog *d) {
        auto *dialog = qobject_cast<InviteDialog *>(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->languageCombo()->currentData().toString(), QStringLiteral("en")); // the window's
        dialog->firstNameEdit()->setText(QStringLiteral("Lucía"));
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("lucia@example.com"));
        QVERIFY(dialog->checkKey(QStringLiteral("Unit 101 resident")));
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("es")));
        dialog->accept();
    });
    m_w->invite();
    MainWindow::setDialogHook({});
    PeopleFilter filter;
    filter.propertyId = m_f->property.id;
    auto people = m_f->queries->people(m_f->owner, filter);
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 1);
    const Id id = people->first().person.id;
    QCOMPARE(m_f->queries->person(m_f->owner, id)->person.language, QStringLiteral("es"));

    // Edit Details shows it and changes it.
    QVERIFY(m_w->peoplePage()->selectPerson(id));
    PersonPanel::setDialogHook([](QDialog *d) {
        auto *dialog = qobject_cast<EditPersonDialog *>(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->languageCombo()->currentData().toString(), QStringLiteral("es"));
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("fr")));
        dialog->accept();
    });
    m_w->personPanel()->editDetails();
    PersonPanel::setDialogHook({});
    QCOMPARE(m_f->queries->person(m_f->owner, id)->person.language, QStringLiteral("fr"));
}

void TestMailUi::dailyDoorcodesAreQueuedOnceTheSendTimeHasCome()
{
    configure(QStringLiteral("127.0.0.1"), freePort());
    mail::SmtpSettings s = *m_f->backend->mail().settings(m_f->owner);
    s.doorcodeTime = QStringLiteral("17:00"); // the fixture's clock: 16:26 in New York
    QVERIFY(m_f->backend->mail().saveSettings(m_f->owner, s).ok());
    QVERIFY(m_f->backend->devices().commissioningMaterial(m_f->owner, m_f->lobby.id).ok()); // the secret
    InviteRequest r = m_f->inviteRequest(QStringLiteral("kim@example.com"), {m_f->residentKey.id});
    r.method = AccessMethod::Doorcode;
    r.startsAt = m_f->clock.nowSecs() - 3600;
    QVERIFY(m_f->access->invite(m_f->owner, r).ok());
    const auto doorcodeMails = [this] {
        OutboxFilter filter;
        filter.propertyId = m_f->property.id;
        int n = 0;
        const Result<QList<OutboxMessage>> mail = m_f->backend->outbox().messages(m_f->owner, filter);
        if (!mail.ok())
            return -1;
        const QList<OutboxMessage> &list = *mail;
        for (const OutboxMessage &m : list)
            n += m.kind == QLatin1String("doorcode");
        return n;
    };
    openWindow();
    MailDelivery *delivery = m_w->mailDelivery();
    delivery->queueDueDoorcodes();
    QCOMPARE(doorcodeMails(), 0); // not yet 17:00 there
    m_f->clock.advance(40 * 60);
    delivery->queueDueDoorcodes();
    QCOMPARE(doorcodeMails(), 1);
    delivery->queueDueDoorcodes(); // once a day
    QCOMPARE(doorcodeMails(), 1);
    m_w->showOutboxPage();
    QCOMPARE(m_w->outboxPage()->model()->index(0, OutboxModel::Kind).data().toString(),
             QStringLiteral("Daily doorcode"));
}

void TestMailUi::coreNamesTheFieldOfEachProblem()
{
    MailService &mail = m_f->backend->mail();
    mail::SmtpSettings s;
    s.host = QStringLiteral("smtp.example.com");
    s.fromAddress = QStringLiteral("access@example.com");
    QVERIFY(mail.settingsProblems(s).isEmpty());
    QVERIFY(mail.saveSettings(m_f->owner, s).ok());

    s.host = QStringLiteral("smtp example com");
    s.port = 0;
    s.fromAddress = QStringLiteral("nobody");
    s.fromName = QStringLiteral("Maple\nCourt");
    s.timeoutSecs = 0;
    s.doorcodeTime = QStringLiteral("6 am");
    const auto problems = mail.settingsProblems(s);
    QList<MailService::SettingsField> fields;
    for (const MailService::SettingsProblem &p : problems) {
        fields << p.field;
        QVERIFY(!p.message.isEmpty());
    }
    using F = MailService::SettingsField;
    QCOMPARE(fields, (QList<F>{F::Host, F::Port, F::FromAddress, F::FromName, F::Timeout, F::DoorcodeTime}));
    // saveSettings refuses with the first, in the same words, and writes nothing.
    auto refused = mail.saveSettings(m_f->owner, s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, problems.first().message);
    QCOMPARE(mail.settings(m_f->owner)->host, QStringLiteral("smtp.example.com"));
}

void TestMailUi::coreSenderAndTestRunNeedASetUpServerAndTheRight()
{
    MailService &mail = m_f->backend->mail();
    // Nothing set up: no sender, no test.
    auto none = mail.sender(m_f->owner);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::InvalidInput);
    QVERIFY(!mail.prepareTest(m_f->owner, QStringLiteral("owner@acme.test")).ok());

    test::SmtpServer server({QStringLiteral("--auth"), QStringLiteral("porter:s3cret")});
    QVERIFY2(server.running(), qPrintable(server.error()));
    configure(QStringLiteral("127.0.0.1"), server.port(), mail::Security::None, QStringLiteral("s3cret"));
    // With a user name, so that the server's AUTH checks the password.
    mail::SmtpSettings s = *mail.settings(m_f->owner);
    s.user = QStringLiteral("porter");
    QVERIFY(mail.saveSettings(m_f->owner, s).ok());

    // The sender carries the stored password: a message claimed here leaves from another thread.
    m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id});
    auto claimed = mail.claim(m_f->owner);
    QVERIFY2(claimed.ok(), why(claimed));
    QCOMPARE(claimed->size(), 1);
    auto sender = mail.sender(m_f->owner);
    QVERIFY2(sender.ok(), why(sender));
    std::shared_ptr<mail::SmtpSender> smtp(std::move(*sender));
    QList<mail::Outcome> outcomes;
    std::unique_ptr<QThread> worker(QThread::create([&] { outcomes = smtp->send(*claimed); }));
    worker->start();
    QVERIFY(worker->wait(20000));
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().verdict == mail::Verdict::Sent, qPrintable(outcomes.first().reason));
    QVERIFY(mail.record(outcomes).ok());
    QTRY_COMPARE(server.received().size(), 1);
    QVERIFY(server.received().first().authenticated);

    // A test run: checked and written, not sent; a trial password replaces the stored one.
    auto run = mail.prepareTest(m_f->owner, QStringLiteral("owner@acme.test"));
    QVERIFY2(run.ok(), why(run));
    QCOMPARE(run->message.to, QStringLiteral("owner@acme.test"));
    QVERIFY(!run->message.messageId.isEmpty());
    QCOMPARE(server.received().size(), 1);
    auto wrong = mail.prepareTest(m_f->owner, QStringLiteral("owner@acme.test"), s, QStringLiteral("wrong"));
    QVERIFY(wrong.ok());
    const QList<mail::Outcome> refused = wrong->sender->send({wrong->message});
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().verdict != mail::Verdict::Sent);
    QVERIFY(!mail.prepareTest(m_f->owner, QStringLiteral("not an address")).ok());

    // Only Portfolio Managers test the server.
    const Manager pm = m_f->makeManager(QStringLiteral("pm@acme.test"), KeyManagement::Full);
    auto denied = mail.prepareTest(pm, QStringLiteral("pm@acme.test"));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
}

QTEST_MAIN(TestMailUi)
#include "tst_mailui.moc"
