// The window on a portfolio on a PostgreSQL server whose manager has their own login
// (docs/design/shared-portfolio.md, section 2): `porter --db postgresql://olive@…` asks for the
// login's password (libpq found none), says so when it is wrong and lets the user type it again, and
// once connected opens the main window as that manager, without Porter's own sign-in.
#include "appcontroller.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "pgserver.h"
#include "serversignindialog.h"
#include "signindialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace porter;
using namespace porter::ui;
using porter::test::PgServer;

namespace {
const QString kDb = QStringLiteral("window");
const QString kPassword = QStringLiteral("olive's long secret 1");
} // namespace

class TestServerSignIn : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;

    // Runs `fill` on each modal dialog of type T as it is shown, until `fill` returns false.
    template<typename T> void whileShown(std::function<bool(T *)> fill)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        auto *last = new QPointer<T>;
        connect(timer, &QTimer::timeout, this, [timer, fill, last] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || dialog == last->data())
                return;
            *last = dialog;
            if (!fill(dialog)) {
                timer->stop();
                timer->deleteLater();
                delete last;
            }
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PorterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_serversignin"));
        QSettings().clear();
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_home.path())); // the administrator's, not olive's
        QVERIFY(m_server.createDatabase(kDb));
        auto admin = Backend::open(m_server.address(kDb), Backend::Open::Create);
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        InitRequest r{QStringLiteral("Harbor"), QStringLiteral("Olive Owner"),
                      QStringLiteral("olive@harbor.test"), kPassword, QStringLiteral("olive")};
        auto olive = (*admin)->directory().init(r);
        QVERIFY2(olive.ok(), olive.ok() ? "" : qPrintable(olive.error().message));
        Property p;
        p.name = QStringLiteral("Maple Court");
        p.timeZone = QStringLiteral("America/New_York");
        QVERIFY((*admin)->directory().addProperty(*olive, p).ok());
    }

    void theLoginsPasswordSignsInAndOpensTheWindow()
    {
        QStringList errors;
        int asked = 0;
        bool porterSignInShown = false;
        bool stayedOpen = false;
        QString login;
        whileShown<SignInDialog>([&](SignInDialog *d) {
            porterSignInShown = true;
            d->reject();
            return false;
        });
        whileShown<ServerSignInDialog>([&](ServerSignInDialog *d) {
            ++asked;
            errors << d->errorText();
            login = d->findChild<QLabel *>(QStringLiteral("loginLabel"))->text();
            auto *password = d->findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"));
            password->setText(asked == 1 ? QStringLiteral("not the password") : kPassword);
            d->accept();
            if (asked == 1) {
                // Still open, saying why.
                errors << d->errorText();
                stayedOpen = d->isVisible();
                d->accept(); // an empty password field: nothing happens
                password->setText(kPassword);
                d->accept();
            }
            return false;
        });
        AppController controller;
        QVERIFY(controller.start(m_server.address(kDb, QStringLiteral("olive"))));
        QCOMPARE(asked, 1);
        QCOMPARE(login, QStringLiteral("olive"));
        QVERIFY(stayedOpen);
        QVERIFY2(errors.value(0).isEmpty(), qPrintable(errors.value(0))); // only a password was missing
        QVERIFY2(errors.value(1).contains(QStringLiteral("refused the sign-in")),
                 qPrintable(errors.value(1)));
        QVERIFY(!porterSignInShown);
        MainWindow *w = controller.mainWindow();
        QVERIFY(w);
        QVERIFY(w->windowTitle().contains(QStringLiteral("Maple Court")));
    }

    // A login of the managers' group that belongs to no manager: told so, rather than shown the
    // first-run dialog of what looks like an empty portfolio.
    void aLoginThatIsNoManagersIsRefused()
    {
        QVERIFY(!m_server
                     .psql(QStringLiteral(
                               "CREATE ROLE eve LOGIN PASSWORD 'eve password 123' IN ROLE porter_managers_%1")
                               .arg(kDb))
                     .isNull());
        whileShown<ServerSignInDialog>([](ServerSignInDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"))
                ->setText(QStringLiteral("eve password 123"));
            d->accept();
            return false;
        });
        MessageBox::clearAnswers();
        MessageBox::setNextAnswer(true); // swallows the warning
        AppController controller;
        QVERIFY(!controller.start(m_server.address(kDb, QStringLiteral("eve"))));
        QVERIFY(!controller.mainWindow());
        QVERIFY2(MessageBox::lastDetails().contains(QStringLiteral("is not a manager")),
                 qPrintable(MessageBox::lastDetails()));
    }

    void cancellingStartsNothing()
    {
        whileShown<ServerSignInDialog>([](ServerSignInDialog *d) {
            d->reject();
            return false;
        });
        AppController controller;
        QVERIFY(!controller.start(m_server.address(kDb, QStringLiteral("olive"))));
        QVERIFY(!controller.mainWindow());
    }
};

QTEST_MAIN(TestServerSignIn)
#include "tst_serversignin.moc"
