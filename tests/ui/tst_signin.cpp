#include "app/backend.h"
#include "firstrundialog.h"
#include "fixture.h"
#include "signindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordShowsError();
    void signInRemembersEmailNotPassword();
    void firstRunCreatesPortfolioAndProperty();
    void firstRunChecksPasswordsMatch();
    void firstRunLetsThePropertyBeFixed();
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_signin"));
    QSettings().clear();
}

void TestSignIn::wrongPasswordShowsError()
{
    Fixture f;
    SignInDialog dialog(*f.directory, f.db->path());
    dialog.show();
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(!button->isEnabled()); // nothing typed yet
    QTest::keyClicks(email, QStringLiteral("owner@acme.test"));
    QTest::keyClicks(password, QStringLiteral("wrong password"));
    QVERIFY(button->isEnabled());
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("wrong")), qPrintable(dialog.errorText()));
}

void TestSignIn::signInRemembersEmailNotPassword()
{
    Fixture f;
    {
        SignInDialog dialog(*f.directory, f.db->path());
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("owner@acme.test"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("correct horse battery"));
        dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.manager().email, QStringLiteral("owner@acme.test"));
        QCOMPARE(int(dialog.manager().role), int(ManagerRole::PortfolioManager));
    }
    QSettings settings;
    QCOMPARE(settings.value(QLatin1String(SignInDialog::kLastEmailKey)).toString(),
             QStringLiteral("owner@acme.test"));
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("correct horse")));
    // The next dialog starts with the email filled in and the focus on the password.
    SignInDialog again(*f.directory, f.db->path());
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(),
             QStringLiteral("owner@acme.test"));
    QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
}

void TestSignIn::firstRunCreatesPortfolioAndProperty()
{
    QTemporaryDir dir;
    auto backend = Backend::open(dir.filePath(QStringLiteral("new.sqlite")), Backend::Open::Create);
    QVERIFY(backend.ok());
    DirectoryService &directory = (*backend)->directory();
    QVERIFY((*backend)->needsFirstRun().value());
    FirstRunDialog dialog(directory, (*backend)->path());
    dialog.show();
    dialog.portfolioEdit()->setText(QStringLiteral("Harbor Homes"));
    dialog.nameEdit()->setText(QStringLiteral("Pat Manager"));
    dialog.emailEdit()->setText(QStringLiteral("pat@harbor.test"));
    dialog.passwordEdit()->setText(QStringLiteral("a long enough password"));
    dialog.confirmEdit()->setText(QStringLiteral("a long enough password"));
    dialog.propertyEdit()->setText(QStringLiteral("Pier 7"));
    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("America/Los_Angeles"));
    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!(*backend)->needsFirstRun().value());
    QCOMPARE(int(dialog.manager().role), int(ManagerRole::PortfolioManager));
    auto properties = directory.properties(dialog.manager());
    QVERIFY(properties.ok());
    QCOMPARE(properties->size(), 1);
    QCOMPARE(properties->first().name, QStringLiteral("Pier 7"));
    QCOMPARE(properties->first().timeZone, QStringLiteral("America/Los_Angeles"));
    QVERIFY(
        directory.authenticate(QStringLiteral("pat@harbor.test"), QStringLiteral("a long enough password"))
            .ok());
}

void TestSignIn::firstRunChecksPasswordsMatch()
{
    QTemporaryDir dir;
    auto backend = Backend::open(dir.filePath(QStringLiteral("new.sqlite")), Backend::Open::Create);
    QVERIFY(backend.ok());
    DirectoryService &directory = (*backend)->directory();
    FirstRunDialog dialog(directory, (*backend)->path());
    dialog.portfolioEdit()->setText(QStringLiteral("Harbor Homes"));
    dialog.nameEdit()->setText(QStringLiteral("Pat Manager"));
    dialog.emailEdit()->setText(QStringLiteral("pat@harbor.test"));
    dialog.passwordEdit()->setText(QStringLiteral("a long enough password"));
    dialog.confirmEdit()->setText(QStringLiteral("another password"));
    dialog.accept();
    QVERIFY(dialog.errorText().contains(QStringLiteral("differ")));
    QVERIFY((*backend)->needsFirstRun().value());
    // Too short: core's message, shown as is.
    dialog.passwordEdit()->setText(QStringLiteral("short"));
    dialog.confirmEdit()->setText(QStringLiteral("short"));
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QStringLiteral("10 characters")), qPrintable(dialog.errorText()));
    QVERIFY((*backend)->needsFirstRun().value());
}

void TestSignIn::firstRunLetsThePropertyBeFixed()
{
    QTemporaryDir dir;
    auto backend = Backend::open(dir.filePath(QStringLiteral("new.sqlite")), Backend::Open::Create);
    QVERIFY(backend.ok());
    DirectoryService &directory = (*backend)->directory();
    FirstRunDialog dialog(directory, (*backend)->path());
    dialog.portfolioEdit()->setText(QStringLiteral("Harbor Homes"));
    dialog.nameEdit()->setText(QStringLiteral("Pat Manager"));
    dialog.emailEdit()->setText(QStringLiteral("pat@harbor.test"));
    dialog.passwordEdit()->setText(QStringLiteral("a long enough password"));
    dialog.confirmEdit()->setText(QStringLiteral("a long enough password"));
    dialog.propertyEdit()->setText(QStringLiteral("Pier 7"));
    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    dialog.accept();
    // The portfolio exists; only the property is refused, with core's message.
    QVERIFY(!(*backend)->needsFirstRun().value());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("time zone")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.emailEdit()->isEnabled());
    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Paris"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(directory.properties(dialog.manager())->first().timeZone, QStringLiteral("Europe/Paris"));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
