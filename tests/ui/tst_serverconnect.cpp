// File ▸ Open Shared Portfolio… (docs/design/shared-portfolio.md, section 8): the connection dialog
// turns server, port, database, login and the connection's protection into the address Porter opens,
// refuses what is not a server or a name before connecting, remembers the last server; and, in the
// real window on a real server, switches from one shared portfolio to another, asks the new login's
// password, and opens that portfolio when Porter starts next time.
#include "appcontroller.h"
#include "changepassworddialog.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "managerdialog.h"
#include "managerspage.h"
#include "pgserver.h"
#include "serverconnectdialog.h"
#include "serversignindialog.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace porter;
using namespace porter::ui;
using porter::test::PgServer;

namespace {
const QString kOlivePassword = QStringLiteral("olive's long secret 1");
const QString kSamPassword = QStringLiteral("sam's long secret 22");
} // namespace

class TestServerConnect : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;

    // Types `password` into each server sign-in dialog that is shown, until stopped.
    QTimer *answerSignIn(const QString &password, QString *login)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [password, login] {
            if (auto *d = qobject_cast<ServerSignInDialog *>(QApplication::activeModalWidget())) {
                *login = d->findChild<QLabel *>(QStringLiteral("loginLabel"))->text();
                d->findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"))->setText(password);
                d->accept();
            }
        });
        timer->start();
        return timer;
    }
    void portfolio(const QString &database, const QString &name, const QString &login,
                   const QString &password)
    {
        QVERIFY(m_server.createDatabase(database));
        auto admin = Backend::open(m_server.address(database), Backend::Open::Create);
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        InitRequest r{name, QStringLiteral("Owner of ") + name,
                      login + QStringLiteral("@") + database + QStringLiteral(".test"), password, login};
        auto owner = (*admin)->directory().init(r);
        QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
        Property p;
        p.name = name + QStringLiteral(" Court");
        p.timeZone = QStringLiteral("America/New_York");
        QVERIFY((*admin)->directory().addProperty(*owner, p).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PorterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_serverconnect"));
        QSettings().clear();
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_home.path())); // the administrator's only
        portfolio(QStringLiteral("harbor"), QStringLiteral("Harbor"), QStringLiteral("olive"),
                  kOlivePassword);
        portfolio(QStringLiteral("summit"), QStringLiteral("Summit"), QStringLiteral("sam"), kSamPassword);
    }

    void theFieldsMakeTheAddress()
    {
        QSettings().remove(QStringLiteral("server/lastLocation"));
        ServerConnectDialog d;
        auto *connectButton = d.findChild<QPushButton *>(QStringLiteral("connectButton"));
        QVERIFY(!connectButton->isEnabled()); // nothing typed yet
        d.hostEdit()->setText(QStringLiteral("db.example.com"));
        d.databaseEdit()->setText(QStringLiteral("harbor"));
        d.loginEdit()->setText(QStringLiteral("ana"));
        d.securityCombo()->setCurrentIndex(d.securityCombo()->findData(QStringLiteral("verify-full")));
        QVERIFY(connectButton->isEnabled());
        const QString expected =
            QStringLiteral("postgresql://ana@db.example.com:5432/harbor?sslmode=verify-full");
        QVERIFY2(d.findChild<QLabel *>(QStringLiteral("serverAddressLabel"))->text().contains(expected),
                 qPrintable(d.findChild<QLabel *>(QStringLiteral("serverAddressLabel"))->text()));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.location(), expected);
        QVERIFY(Backend::isServerLocation(d.location()));

        // The next time, it starts from there.
        ServerConnectDialog again;
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("db.example.com"));
        QCOMPARE(again.databaseEdit()->text(), QStringLiteral("harbor"));
        QCOMPARE(again.loginEdit()->text(), QStringLiteral("ana"));
        QCOMPARE(again.securityCombo()->currentData().toString(), QStringLiteral("verify-full"));

        // A local socket folder, and another port.
        ServerConnectDialog local;
        local.hostEdit()->setText(QStringLiteral("/run/postgresql"));
        local.portSpin()->setValue(5433);
        local.databaseEdit()->setText(QStringLiteral("harbor"));
        local.loginEdit()->clear();
        local.securityCombo()->setCurrentIndex(0);
        local.accept();
        QVERIFY2(local.errorText().isEmpty(), qPrintable(local.errorText()));
        QCOMPARE(local.location(), QStringLiteral("postgresql:///harbor?host=/run/postgresql&port=5433"));
    }

    // What is not a server, a database or a login is refused before anything connects, with the
    // reason beside the fields, and the dialog stays.
    void badFieldsAreRefusedBeforeConnecting()
    {
        const struct
        {
            const char *host, *database, *login, *says;
        } cases[] = {
            {"db example.com", "harbor", "ana", "is not a server name"},
            {"db.example.com/x", "harbor", "ana", "is not a server name"},
            {"ana@db.example.com", "harbor", "", "is not a server name"},
            {"db.example.com", "har bor", "ana", "is not a database name"},
            {"db.example.com", "harbor?sslmode=disable", "ana", "is not a database name"},
            {"db.example.com", "harbor", "ana:secret", "is not a login name"},
            {"db.example.com", "harbor", "ana@evil", "is not a login name"},
            {"  ", "harbor", "ana", "Enter the server"},
        };
        for (const auto &c : cases) {
            ServerConnectDialog d;
            d.hostEdit()->setText(QString::fromUtf8(c.host));
            d.databaseEdit()->setText(QString::fromUtf8(c.database));
            d.loginEdit()->setText(QString::fromUtf8(c.login));
            d.accept();
            QVERIFY2(d.result() != QDialog::Accepted, c.host);
            QVERIFY2(d.location().isEmpty(), c.host);
            QVERIFY2(d.errorText().contains(QString::fromUtf8(c.says)), qPrintable(d.errorText()));
        }
    }

    // In the window: Olive works on Harbor; File ▸ Open Shared Portfolio… takes her to Summit as Sam,
    // whose password the server asks for; Porter opens Summit when it starts next time.
    // A new laptop's first start, in a company whose portfolio is already on the server: the first run
    // offers to join it instead of creating one; after the server's password, the window opens as that
    // manager, and the server is where Porter starts from now on.
    void theFirstRunJoinsASharedPortfolio()
    {
        settings::setDatabasePath(QString());
        QTemporaryDir fresh;
        int firstRuns = 0;
        bool joined = false;
        QString login;
        auto *driver = new QTimer(this);
        driver->setInterval(20);
        connect(driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *first = qobject_cast<FirstRunDialog *>(modal)) {
                if (first->property("seen").toBool())
                    return;
                first->setProperty("seen", true);
                ++firstRuns;
                QVERIFY(first->joinSharedButton()->isVisible());
                if (!qEnvironmentVariableIsEmpty("PORTER_SHOTS"))
                    first->grab().save(qEnvironmentVariable("PORTER_SHOTS") +
                                       QStringLiteral("/first-run-join.png"));
                // Clicked once this handler has returned: the connection dialog it opens is driven by
                // this same timer, which does not fire while its handler runs.
                QTimer::singleShot(0, first->joinSharedButton(), &QPushButton::click);
            } else if (auto *connect = qobject_cast<ServerConnectDialog *>(modal)) {
                connect->hostEdit()->setText(m_server.socketDir());
                connect->portSpin()->setValue(m_server.port());
                connect->databaseEdit()->setText(QStringLiteral("harbor"));
                connect->loginEdit()->setText(QStringLiteral("olive"));
                joined = true;
                connect->accept();
            } else if (auto *d = qobject_cast<ServerSignInDialog *>(modal)) {
                login = d->findChild<QLabel *>(QStringLiteral("loginLabel"))->text();
                d->findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"))->setText(kOlivePassword);
                d->accept();
            }
        });
        driver->start();
        AppController app;
        QVERIFY(app.start(fresh.filePath(QStringLiteral("porter.sqlite"))));
        driver->stop();
        QCOMPARE(firstRuns, 1);
        QVERIFY(joined);
        QCOMPARE(login, QStringLiteral("olive"));
        QVERIFY(app.mainWindow());
        QVERIFY2(app.mainWindow()->windowTitle().contains(QStringLiteral("Harbor Court")),
                 qPrintable(app.mainWindow()->windowTitle()));
        const auto remembered = Backend::serverParts(settings::databasePath());
        QVERIFY2(remembered, qPrintable(settings::databasePath()));
        QCOMPARE(remembered->database, QStringLiteral("harbor"));
        QCOMPARE(remembered->login, QStringLiteral("olive"));
    }

    void theWindowSwitchesToAnotherSharedPortfolio()
    {
        settings::setDatabasePath(QString());
        QString login;
        QTimer *answering = answerSignIn(kOlivePassword, &login);
        AppController app;
        QVERIFY(app.start(m_server.address(QStringLiteral("harbor"), QStringLiteral("olive"))));
        answering->stop();
        QCOMPARE(login, QStringLiteral("olive"));
        QVERIFY(app.mainWindow());
        QVERIFY(app.mainWindow()->windowTitle().contains(QStringLiteral("Harbor Court")));

        auto *open = app.mainWindow()->findChild<QAction *>(QStringLiteral("openSharedAction"));
        QVERIFY(open);
        bool shown = false;
        MainWindow::setDialogHook([&](QDialog *dialog) {
            auto *d = qobject_cast<ServerConnectDialog *>(dialog);
            if (!d) {
                dialog->reject();
                return;
            }
            shown = true;
            // It starts from the portfolio open now.
            QCOMPARE(d->databaseEdit()->text(), QStringLiteral("harbor"));
            QCOMPARE(d->loginEdit()->text(), QStringLiteral("olive"));
            d->databaseEdit()->setText(QStringLiteral("summit"));
            d->loginEdit()->setText(QStringLiteral("sam"));
            QVERIFY(d->findChild<QCheckBox *>(QStringLiteral("serverStartupCheck"))->isChecked());
            d->accept();
        });
        answering = answerSignIn(kSamPassword, &login);
        open->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() &&
                                     app.mainWindow()->windowTitle().contains(QStringLiteral("Summit Court")),
                                 20000);
        answering->stop();
        MainWindow::setDialogHook({});
        QVERIFY(shown);
        QCOMPARE(login, QStringLiteral("sam"));
        QVERIFY2(app.mainWindow()->managerLabel()->text().contains(QStringLiteral("Owner of Summit")),
                 qPrintable(app.mainWindow()->managerLabel()->text()));
        const auto remembered = Backend::serverParts(settings::databasePath());
        QVERIFY2(remembered, qPrintable(settings::databasePath()));
        QCOMPARE(remembered->host, m_server.socketDir());
        QCOMPARE(remembered->port, m_server.port());
        QCOMPARE(remembered->database, QStringLiteral("summit"));
        QCOMPARE(remembered->login, QStringLiteral("sam"));

        // Sam changes his login's password in the window: the server checked the current one, and
        // only the new one connects afterwards.
        const QString next = QStringLiteral("sam's newer long secret");
        QString firstError;
        MainWindow::setDialogHook([&](QDialog *dialog) {
            auto *d = qobject_cast<ChangePasswordDialog *>(dialog);
            QVERIFY(d);
            d->currentEdit()->setText(QStringLiteral("not sam's password"));
            d->newEdit()->setText(next);
            d->confirmEdit()->setText(next);
            d->accept();
            firstError = d->errorText();
            d->currentEdit()->setText(kSamPassword);
            d->accept();
        });
        app.mainWindow()->findChild<QAction *>(QStringLiteral("changePasswordAction"))->trigger();
        MainWindow::setDialogHook({});
        QVERIFY2(firstError.contains(QStringLiteral("current password is wrong")), qPrintable(firstError));
        QVERIFY2(app.mainWindow()->bannerText().contains(QStringLiteral("login sam")),
                 qPrintable(app.mainWindow()->bannerText()));
        QCOMPARE(m_server
                     .psql(QStringLiteral("SELECT session_user"), QStringLiteral("summit"),
                           QStringLiteral("sam"), next)
                     .trimmed(),
                 QStringLiteral("sam"));
        QVERIFY(m_server
                    .psql(QStringLiteral("SELECT 1"), QStringLiteral("summit"), QStringLiteral("sam"),
                          kSamPassword)
                    .isNull());

        // Sam adds Tina, with her own login, on the Managers page: a bad login name is said beside the
        // field; then Tina's login connects with the password Sam chose.
        ManagersPage *managers = app.mainWindow()->findChild<ManagersPage *>();
        QVERIFY(managers);
        QString loginError;
        ManagersPage::setDialogHook([&](ManagerDialog *d) {
            QVERIFY(d->loginEdit());
            d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Tina Tran"));
            d->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                ->setText(QStringLiteral("tina@summit.test"));
            d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("tina's first password"));
            d->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(QStringLiteral("tina's first password"));
            d->findChild<QRadioButton *>(QStringLiteral("portfolioRadio"))->setChecked(true);
            d->loginEdit()->setText(QStringLiteral("Tina T"));
            d->accept();
            loginError = d->errorText();
            if (const QString shots = qEnvironmentVariable("PORTER_SHOTS"); !shots.isEmpty()) {
                d->show();
                QCoreApplication::processEvents();
                d->grab().save(shots + QStringLiteral("/manager-dialog-login.png"));
            }
            d->loginEdit()->setText(QStringLiteral("tina"));
            d->accept();
        });
        managers->newManager();
        ManagersPage::setDialogHook({});
        QVERIFY2(loginError.contains(QStringLiteral("lowercase letters")), qPrintable(loginError));
        QCOMPARE(m_server
                     .psql(QStringLiteral("SELECT session_user"), QStringLiteral("summit"),
                           QStringLiteral("tina"), QStringLiteral("tina's first password"))
                     .trimmed(),
                 QStringLiteral("tina"));
    }
};

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
