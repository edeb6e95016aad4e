// Settings (issue 9): the language reopens the window in that language, the date format reaches the
// views, the default expiration reaches the Invite dialog, the database to open at start is kept.
#include "appcontroller.h"
#include "fixture.h"
#include "invitedialog.h"
#include "mainwindow.h"
#include "peoplepage.h"
#include "settings.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "translators.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/peoplemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void languageReopensTheWindowInSpanish();
    void dateFormatReachesThePeopleList();
    void defaultExpirationReachesTheInviteDialog();
    void fixedDateInThePastGivesNoDefault();
    void startupDatabaseIsKept();

private:
    // Opens Settings through the window's action and lets `fill` set it up before OK.
    void changeSettings(MainWindow *w, const std::function<void(SettingsDialog *)> &fill);
    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(i);
    }
    // The Invite dialog's expiration as it opens.
    std::pair<bool, QDate> inviteExpiration(MainWindow *w);
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_settings"));
}

void TestSettings::init()
{
    QSettings().clear();
    settings::applyDateTimeStyle();
}

void TestSettings::cleanup()
{
    MainWindow::setDialogHook({});
    QSettings().clear();
    settings::applyDateTimeStyle();
    porter::installTranslators(QLocale::c());
    QLocale::setDefault(QLocale::c());
}

void TestSettings::changeSettings(MainWindow *w, const std::function<void(SettingsDialog *)> &fill)
{
    bool shown = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<SettingsDialog *>(d);
        QVERIFY(dialog);
        shown = true;
        fill(dialog);
        dialog->accept();
    });
    auto *action = w->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->trigger();
    MainWindow::setDialogHook({});
    QVERIFY(shown);
}

void TestSettings::languageReopensTheWindowInSpanish()
{
    Fixture f;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer] {
        if (auto *d = qobject_cast<SignInDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            d->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                ->setText(QStringLiteral("owner@acme.test"));
            d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("correct horse battery"));
            d->accept();
        }
    });
    timer->start();
    AppController controller;
    QVERIFY(controller.start(f.db->path()));
    QPointer<MainWindow> before = controller.mainWindow();
    QVERIFY(before);
    QCOMPARE(before->pages()->tabText(0), QStringLiteral("People"));
    QCOMPARE(before->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    QSignalSpy replaced(&controller, &AppController::mainWindowReplaced);
    changeSettings(before, [](SettingsDialog *d) { choose(d->languageCombo(), QStringLiteral("es")); });
    QVERIFY(replaced.wait(5000));
    QVERIFY(!before); // the English window is gone
    MainWindow *after = controller.mainWindow();
    QVERIFY(after && after->isVisible());
    // The next window speaks Spanish, the manager is still signed in on the same property.
    QCOMPARE(after->pages()->tabText(0), QStringLiteral("Personas"));
    QCOMPARE(after->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
    QCOMPARE(after->currentPropertyId(), f.property.id);
    // And so does the next start: the choice is kept.
    QCOMPARE(settings::language(), QStringLiteral("es"));
    QCOMPARE(settings::uiLocale().language(), QLocale::Spanish);

    // Back to the system's language (C here: English).
    changeSettings(after, [](SettingsDialog *d) { choose(d->languageCombo(), QString()); });
    QVERIFY(replaced.wait(5000));
    QCOMPARE(controller.mainWindow()->pages()->tabText(0), QStringLiteral("People"));
    QVERIFY(settings::language().isEmpty());
}

void TestSettings::dateFormatReachesThePeopleList()
{
    Fixture f;
    const Person p = f.invite(QStringLiteral("alice@example.test"), {f.residentKey.id});
    MainWindow w(Services::of(*f.backend), f.owner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    PeopleModel *model = w.peoplePage()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex until = model->index(0, PeopleModel::AccessUntil);
    const QString iso = until.data().toString();
    QVERIFY2(iso.contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d "))),
             qPrintable(iso));

    changeSettings(&w, [](SettingsDialog *d) {
        choose(d->dateCombo(), int(settings::DateStyle::Long));
        choose(d->clockCombo(), int(settings::ClockStyle::H12));
        QVERIFY(d->previewLabel()->text().contains(QStringLiteral("2027")));
        QVERIFY2(d->previewLabel()->text().contains(QStringLiteral("11:59 PM")),
                 qPrintable(d->previewLabel()->text()));
    });
    const QString longText = w.peoplePage()->model()->index(0, PeopleModel::AccessUntil).data().toString();
    QVERIFY2(longText != iso, qPrintable(longText));
    QVERIFY2(longText.contains(QStringLiteral("AM")) || longText.contains(QStringLiteral("PM")),
             qPrintable(longText));
    QCOMPARE(settings::dateStyle(), settings::DateStyle::Long);

    // Back to the default: exactly core's format.
    changeSettings(&w, [](SettingsDialog *d) {
        choose(d->dateCombo(), int(settings::DateStyle::Iso));
        choose(d->clockCombo(), int(settings::ClockStyle::System));
    });
    QCOMPARE(w.peoplePage()->model()->index(0, PeopleModel::AccessUntil).data().toString(), iso);
    Q_UNUSED(p);
}

std::pair<bool, QDate> TestSettings::inviteExpiration(MainWindow *w)
{
    std::pair<bool, QDate> seen;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<InviteDialog *>(d);
        if (!dialog)
            return;
        seen.first = dialog->findChild<QCheckBox *>(QStringLiteral("expiresCheck"))->isChecked();
        seen.second = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryEdit"))->date();
        dialog->reject();
    });
    w->inviteAction()->trigger();
    MainWindow::setDialogHook({});
    return seen;
}

void TestSettings::defaultExpirationReachesTheInviteDialog()
{
    Fixture f;
    MainWindow w(Services::of(*f.backend), f.owner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The fixture's clock: 2026-05-28 in New York.
    const QDate today =
        QDateTime::fromSecsSinceEpoch(f.clock.nowSecs(), QTimeZone("America/New_York")).date();

    QCOMPARE(inviteExpiration(&w).first, false); // no default: no expiration ticked

    changeSettings(&w, [](SettingsDialog *d) {
        choose(d->expirationCombo(), int(settings::DefaultExpiration::SixMonths));
        QVERIFY(!d->expirationDateEdit()->isEnabled());
    });
    auto [ticked, day] = inviteExpiration(&w);
    QVERIFY(ticked);
    QCOMPARE(day, today.addMonths(6));

    changeSettings(&w, [](SettingsDialog *d) {
        choose(d->expirationCombo(), int(settings::DefaultExpiration::FixedDate));
        QVERIFY(d->expirationDateEdit()->isEnabled());
        d->expirationDateEdit()->setDate(QDate(2027, 8, 31));
    });
    std::tie(ticked, day) = inviteExpiration(&w);
    QVERIFY(ticked);
    QCOMPARE(day, QDate(2027, 8, 31));

    changeSettings(&w, [](SettingsDialog *d) {
        QCOMPARE(d->expirationDateEdit()->date(), QDate(2027, 8, 31)); // kept
        choose(d->expirationCombo(), int(settings::DefaultExpiration::OneYear));
    });
    std::tie(ticked, day) = inviteExpiration(&w);
    QVERIFY(ticked);
    QCOMPARE(day, today.addYears(1));
}

void TestSettings::fixedDateInThePastGivesNoDefault()
{
    settings::setDefaultExpiration(settings::DefaultExpiration::FixedDate, QDate(2026, 1, 31));
    QCOMPARE(settings::defaultExpirationDate(QDate(2026, 1, 31)), std::optional<QDate>(QDate(2026, 1, 31)));
    QCOMPARE(settings::defaultExpirationDate(QDate(2026, 2, 1)), std::nullopt);
    settings::setDefaultExpiration(settings::DefaultExpiration::None);
    QCOMPARE(settings::defaultExpirationDate(QDate(2026, 2, 1)), std::nullopt);
}

void TestSettings::startupDatabaseIsKept()
{
    Fixture f;
    MainWindow w(Services::of(*f.backend), f.owner);
    const QString other = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                              .filePath(QStringLiteral("other.sqlite"));
    changeSettings(&w, [&](SettingsDialog *d) {
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("currentDatabaseEdit"))->text(),
                 QDir::toNativeSeparators(f.db->path()));
        QVERIFY(d->startupDatabaseEdit()->text().isEmpty()); // the default
        SettingsDialog::setNextChosenFile(other);
        d->findChild<QPushButton *>(QStringLiteral("chooseDatabaseButton"))->click();
        QCOMPARE(d->startupDatabaseEdit()->text(), QDir::toNativeSeparators(other));
    });
    QCOMPARE(settings::databasePath(), other);
    changeSettings(&w, [&](SettingsDialog *d) {
        d->findChild<QPushButton *>(QStringLiteral("defaultDatabaseButton"))->click();
    });
    QVERIFY(settings::databasePath().isEmpty());
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
