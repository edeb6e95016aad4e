// The window follows other managers' changes live (docs/design/shared-portfolio.md, section 4). Olive
// has the window open on Maple Court, signed in with her own login; on another laptop (the real
// porterctl, another session on the server) people are invited. One invited to Maple Court appears in
// the open window with nobody touching it; one invited to Birch House does not reload it. When the
// server goes away the status bar says so; when it is back the window connects again by itself, says
// so, and goes on following.
#include "../e2e/run.h"
#include "appcontroller.h"
#include "mainwindow.h"
#include "peoplepage.h"
#include "pgserver.h"
#include "serversignindialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace porter;
using namespace porter::ui;
using porter::test::PgServer;
using porter::test::Run;

namespace {
const QString kDb = QStringLiteral("live");
const QString kPassword = QStringLiteral("olive's long secret 1");
} // namespace

class TestLiveWindow : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;
    QString m_noPasswords;
    Id m_maple = 0;
    Id m_birch = 0;
    Id m_mapleKey = 0;
    Id m_birchKey = 0;
    std::unique_ptr<AppController> m_app;

    // porterctl on "another laptop": Olive's login, her password given as PORTER_PASSWORD.
    Run olive(const QStringList &args) const
    {
        return porter::test::porterctlOn(m_server.address(kDb, QStringLiteral("olive")), args, kPassword,
                                         m_home.path(), m_noPasswords);
    }
    Run invite(Id property, Id key, const QString &last) const
    {
        return olive({QStringLiteral("invite"), QStringLiteral("--property"), QString::number(property),
                      QStringLiteral("--method"), QStringLiteral("app"), QStringLiteral("--first"),
                      QStringLiteral("Guest"), QStringLiteral("--last"), last, QStringLiteral("--email"),
                      last.toLower() + QStringLiteral("@example.com"), QStringLiteral("--keys"),
                      QString::number(key)});
    }
    static Id idIn(const Run &r)
    {
        if (r.code != 0)
            qFatal("%s", qPrintable(r.show()));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    }
    MainWindow *window() const { return m_app ? m_app->mainWindow() : nullptr; }
    // For looking at the window in these states: PORTER_SHOTS names a folder to save it in.
    void shoot(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("PORTER_SHOTS");
        if (folder.isEmpty())
            return;
        window()->resize(1100, 640);
        QCoreApplication::processEvents();
        window()->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    bool listed(const QString &text) const
    {
        const QAbstractItemModel *model = window()->peoplePage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString().contains(text))
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PorterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_livewindow"));
        QSettings().clear();
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_home.path()));
        m_noPasswords = PgServer::emptyPasswordFile(m_home.path());
        QVERIFY(!m_noPasswords.isEmpty());
        QVERIFY(m_server.createDatabase(kDb));
        {
            auto admin = Backend::open(m_server.address(kDb), Backend::Open::Create);
            QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
            InitRequest r{QStringLiteral("Harbor"), QStringLiteral("Olive Owner"),
                          QStringLiteral("olive@harbor.test"), kPassword, QStringLiteral("olive")};
            QVERIFY((*admin)->directory().init(r).ok());
        }
        for (const char *name : {"Maple Court", "Birch House"}) {
            const Id property =
                idIn(olive({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                            QString::fromUtf8(name), QStringLiteral("--tz"),
                            QStringLiteral("America/New_York"), QStringLiteral("--json")}));
            const Id door = idIn(olive(
                {QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                 QString::number(property), QStringLiteral("--name"), QStringLiteral("Lobby"),
                 QStringLiteral("--type"), QStringLiteral("building-entrance"), QStringLiteral("--json")}));
            const Id key =
                idIn(olive({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                            QString::number(property), QStringLiteral("--name"), QStringLiteral("Resident"),
                            QStringLiteral("--doors"), QString::number(door), QStringLiteral("--json")}));
            (m_maple ? m_birch : m_maple) = property;
            (m_mapleKey ? m_birchKey : m_mapleKey) = key;
        }

        // The window, signed in with Olive's login.
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer] {
            if (auto *d = qobject_cast<ServerSignInDialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                d->findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"))->setText(kPassword);
                d->accept();
            }
        });
        timer->start();
        m_app = std::make_unique<AppController>();
        QVERIFY(m_app->start(m_server.address(kDb, QStringLiteral("olive"))));
        QVERIFY(window());
        QVERIFY(window()->selectProperty(m_maple));
        QVERIFY(window()->serverLabel());
        QVERIFY(window()->serverLabel()->isHidden());
    }

    void cleanupTestCase() { m_app.reset(); }

    // Invited on another laptop to the property on screen: listed here, nobody touching the window.
    void aPersonInvitedElsewhereAppears()
    {
        QVERIFY(!listed(QStringLiteral("Lima")));
        const int before = window()->liveRefreshes();
        const Run invited = invite(m_maple, m_mapleKey, QStringLiteral("Lima"));
        QVERIFY2(invited.code == 0, qPrintable(invited.show()));
        QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("Lima")), 10000);
        QVERIFY(window()->liveRefreshes() > before);
    }

    // Another property's changes do not reload this one.
    void anotherPropertysChangeLeavesTheWindowAlone()
    {
        QTest::qWait(600); // the last reload is done
        const int before = window()->liveRefreshes();
        const Run invited = invite(m_birch, m_birchKey, QStringLiteral("Birchwood"));
        QVERIFY2(invited.code == 0, qPrintable(invited.show()));
        QTest::qWait(1500);
        QCOMPARE(window()->liveRefreshes(), before);
        QVERIFY(!listed(QStringLiteral("Birchwood")));
        // Shown there, when Olive goes to Birch House.
        QVERIFY(window()->selectProperty(m_birch));
        QVERIFY(listed(QStringLiteral("Birchwood")));
        QVERIFY(window()->selectProperty(m_maple));
    }

    // A colleague signs in for the first time on their own laptop: their device key is registered, and
    // the window reloads (the Managers page says who has a key).
    void aColleaguesFirstSignInIsFollowed()
    {
        const Run added = porter::test::porterctlOn(
            m_server.address(kDb, QStringLiteral("olive")),
            {QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Kim"), QStringLiteral("--email"), QStringLiteral("kim@harbor.test"),
             QStringLiteral("--role"), QStringLiteral("property"), QStringLiteral("--properties"),
             QString::number(m_maple), QStringLiteral("--device-management"), QStringLiteral("--db-role"),
             QStringLiteral("kim")},
            kPassword, m_home.path(), m_noPasswords, kPassword);
        QVERIFY2(added.code == 0, qPrintable(added.show()));
        QTest::qWait(800); // that change's reload is done
        const int before = window()->liveRefreshes();
        const QString kimsLaptop = m_home.filePath(QStringLiteral("kim"));
        QVERIFY(QDir().mkpath(kimsLaptop));
        const Run key = porter::test::porterctlOn(m_server.address(kDb, QStringLiteral("kim")),
                                                  {QStringLiteral("secrets"), QStringLiteral("key")},
                                                  kPassword, kimsLaptop, m_noPasswords);
        QVERIFY2(key.code == 0, qPrintable(key.show()));
        QTRY_VERIFY_WITH_TIMEOUT(window()->liveRefreshes() > before, 10000);
    }

    // The server restarts: the status bar says it is not reachable, then the window is back by itself
    // and follows again.
    void theWindowReconnectsAfterTheServerRestarts()
    {
        QVERIFY(m_server.stop());
        QTRY_VERIFY_WITH_TIMEOUT(!window()->serverLabel()->isHidden(), 10000);
        QVERIFY2(window()->serverLabel()->text().contains(QStringLiteral("not reachable")),
                 qPrintable(window()->serverLabel()->text()));
        QVERIFY2(window()->bannerText().contains(QStringLiteral("lost its connection")),
                 qPrintable(window()->bannerText()));
        shoot(QStringLiteral("server-not-reachable"));
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(window()->serverLabel()->isHidden(), 40000);
        QVERIFY2(window()->bannerText().contains(QStringLiteral("Connected to the server again")),
                 qPrintable(window()->bannerText()));
        shoot(QStringLiteral("server-back"));
        const Run invited = invite(m_maple, m_mapleKey, QStringLiteral("Moreau"));
        QVERIFY2(invited.code == 0, qPrintable(invited.show()));
        QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("Moreau")), 10000);
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
