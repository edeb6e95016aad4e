#include "appcontroller.h"
#include "firstrundialog.h"
#include "fixture.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "signindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

// The start-up path of the real application: open the database, first run or sign in (the modal
// dialogs answered from a timer, as a user would), then the main window.
class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsInToAnExistingPortfolio();
    void firstRunOnAnEmptyDatabase();
    void cancelledSignInStartsNothing();
    void aTypedPathIsCreatedOnlyWhenConfirmed();
    void anotherApplicationsFileIsRefusedUntouched();

private:
    // Runs `fill` on the next modal dialog of type T as soon as it is shown.
    template<typename T> void whenShown(std::function<void(T *)> fill)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, fill] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                fill(dialog);
            }
        });
        timer->start();
    }
};

void TestAppController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
    QSettings().clear();
}

void TestAppController::signsInToAnExistingPortfolio()
{
    Fixture f;
    f.invite(QStringLiteral("alice@example.test"), {f.residentKey.id});
    const QString path = f.db->path();
    whenShown<SignInDialog>([](SignInDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("owner@acme.test"));
        d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("correct horse battery"));
        d->accept();
    });
    AppController controller;
    QVERIFY(controller.start(path));
    MainWindow *w = controller.mainWindow();
    QVERIFY(w);
    QVERIFY(w->isVisible());
    QCOMPARE(w->currentPropertyId(), f.property.id);
    QCOMPARE(w->peoplePage()->model()->rowCount(), 1);
}

void TestAppController::firstRunOnAnEmptyDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/fresh.sqlite")); // folder created on the way
    QString error;
    whenShown<FirstRunDialog>([&error](FirstRunDialog *d) {
        d->portfolioEdit()->setText(QStringLiteral("Harbor Homes"));
        d->nameEdit()->setText(QStringLiteral("Pat Manager"));
        d->emailEdit()->setText(QStringLiteral("pat@harbor.test"));
        d->passwordEdit()->setText(QStringLiteral("a long enough password"));
        d->confirmEdit()->setText(QStringLiteral("a long enough password"));
        d->propertyEdit()->setText(QStringLiteral("Pier 7"));
        d->timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Lisbon"));
        d->accept();
        error = d->errorText();
        if (!error.isEmpty())
            d->reject();
    });
    AppController controller;
    const bool started = controller.start(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(started);
    QVERIFY(controller.mainWindow());
    QVERIFY(controller.mainWindow()->windowTitle().contains(QStringLiteral("Pier 7")));
    QCOMPARE(controller.mainWindow()->peoplePage()->model()->rowCount(), 0);
}

void TestAppController::cancelledSignInStartsNothing()
{
    Fixture f;
    whenShown<SignInDialog>([](SignInDialog *d) { d->reject(); });
    AppController controller;
    QVERIFY(!controller.start(f.db->path()));
    QVERIFY(!controller.mainWindow());
}

// porter --db PATH with a PATH that does not exist may be a typo: Porter asks before creating anything.
void TestAppController::aTypedPathIsCreatedOnlyWhenConfirmed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/porter.sqlite"));
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(false);
    AppController controller;
    QVERIFY(!controller.start(path, true));
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    QVERIFY(!controller.mainWindow());
}

void TestAppController::anotherApplicationsFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
    }
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(true); // swallows the warning
    AppController controller;
    QVERIFY(!controller.start(path, true));
    QVERIFY2(MessageBox::lastDetails().contains(QStringLiteral("is not a Porter database")),
             qPrintable(MessageBox::lastDetails()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a database\n"));
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
