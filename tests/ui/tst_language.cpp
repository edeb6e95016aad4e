// Issue 7, item 4: a core validation error reaches the window in the user's language. The test runs with
// LANG=es_ES.UTF-8 (tests/ui/CMakeLists.txt) and loads the translations exactly as app/porter/main.cpp
// does, from the system locale; no glibc locale needs to be generated for that (Qt reads the language from
// LANG itself), and the test machine has none but C.UTF-8.
#include "appcontroller.h"
#include "firstrundialog.h"
#include "fixture.h"
#include "invitedialog.h"
#include "mainwindow.h"
#include "translators.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void inviteDialogShowsCoreValidationInSpanish();
    void firstRunShowsCoreTimeZoneErrorInSpanish();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
    // What the program sees of LANG=es_ES.UTF-8, with LC_ALL, LC_MESSAGES and LANGUAGE unset.
    QCOMPARE(QLocale::system().language(), QLocale::Spanish);
    QVERIFY(porter::installTranslators(QLocale::system()));
}

void TestLanguage::cleanup()
{
    MainWindow::setDialogHook({});
}

void TestLanguage::inviteDialogShowsCoreValidationInSpanish()
{
    Fixture f;
    MainWindow w(Services::of(*f.backend), f.owner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QString title;
    QString error;
    bool stillOpen = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<InviteDialog *>(d);
        QVERIFY(dialog);
        title = dialog->windowTitle();
        dialog->firstNameEdit()->setText(QStringLiteral("Eva"));
        dialog->emailEdit()->setText(QStringLiteral("no-es-un-correo"));
        QVERIFY(dialog->checkKey(QStringLiteral("Gym")));
        dialog->accept();
        error = dialog->errorText();
        stillOpen = dialog->result() != QDialog::Accepted;
        dialog->reject();
    });
    w.inviteAction()->trigger();

    QCOMPARE(title, QStringLiteral("Invitar a alguien a Maple Court")); // the dialog's own text
    QVERIFY(stillOpen);
    // The message comes from core validation (core/access/validation.cpp) through the translator.
    QVERIFY2(
        error.contains(QStringLiteral("«no-es-un-correo» no es una dirección de correo electrónico válida")),
        qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("is not a valid email")), qPrintable(error));
}

void TestLanguage::firstRunShowsCoreTimeZoneErrorInSpanish()
{
    QTemporaryDir dir;
    QString error;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, &error] {
        auto *d = qobject_cast<FirstRunDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        timer->stop();
        timer->deleteLater();
        d->portfolioEdit()->setText(QStringLiteral("Residencial Puerto"));
        d->nameEdit()->setText(QStringLiteral("Paz Gestora"));
        d->emailEdit()->setText(QStringLiteral("paz@puerto.test"));
        d->passwordEdit()->setText(QStringLiteral("una contraseña bastante larga"));
        d->confirmEdit()->setText(QStringLiteral("una contraseña bastante larga"));
        d->propertyEdit()->setText(QStringLiteral("Muelle 7"));
        d->timeZoneCombo()->setCurrentText(QStringLiteral("Marte/Base"));
        d->accept();
        error = d->errorText();
        d->reject();
    });
    timer->start();
    AppController controller;
    controller.start(dir.filePath(QStringLiteral("nueva.sqlite")));

    // The dialog's sentence and, inside it, the message of core's time zone check (core/util/localtime.cpp).
    QVERIFY2(error.startsWith(QStringLiteral("Se creó su cartera, pero no la propiedad: ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("«Marte/Base» no es una zona horaria conocida")),
             qPrintable(error));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
