// The window's part of the door secrets on a shared portfolio (docs/design/shared-portfolio.md,
// section 5), against a real PostgreSQL server: Olive, a Portfolio Manager signed in with her own
// login, has commissioned a door (so Maple Court has secrets); Dana, with Device Management, signed in
// once from her own computer (the real porterctl, another HOME), so she has a key and waits. The
// Managers page shows the Server Login and Door Secrets columns; Give Door Access… refuses a key that is
// not Dana's (the dialog says whose key the server holds and stays open) and gives to the right one;
// Dana's row then says she holds them. Settings ▸ Security shows Olive's own key, the one the server
// has registered for her. Removing Dana says the doorcode secret was replaced and which door still
// needs a sync.
#include "../e2e/run.h"
#include "door/door.h"
#include "door/storage.h"
#include "managerspage.h"
#include "messagebox.h"
#include "pgserver.h"
#include "secrets/secretstore.h"
#include "settingsdialog.h"
#include "viewmodels/managersmodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using namespace porter::ui;
using porter::test::PgServer;
using porter::test::Run;

namespace {
const QString kDb = QStringLiteral("doorsecrets");
const QString kOlivePassword = QStringLiteral("olive's long secret 1");
const QString kDanaPassword = QStringLiteral("dana's long secret 2");
} // namespace

class TestDoorSecretsPage : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;
    QString m_noPasswords;
    std::unique_ptr<Backend> m_backend;
    Manager m_olive;
    Id m_maple = 0;
    Id m_lobby = 0;
    Id m_dana = 0;

    Run as(const QString &login, const QString &password, const QStringList &args,
           const QString &newPassword = {}) const
    {
        // Each login on a computer of its own: a HOME of its own, so a key folder of its own.
        const QString home = m_home.filePath(login);
        QDir().mkpath(home);
        qputenv("PORTER_KEY_DIR", (home + QStringLiteral("/keys")).toUtf8());
        const Run r = porter::test::porterctlOn(m_server.address(kDb, login), args, password, home,
                                                m_noPasswords, newPassword);
        qunsetenv("PORTER_KEY_DIR");
        return r;
    }
    static Id idIn(const Run &r)
    {
        if (r.code != 0)
            qFatal("%s", qPrintable(r.show()));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    }
    void shoot(QWidget *w, const QString &name) const
    {
        const QString folder = qEnvironmentVariable("PORTER_SHOTS");
        if (folder.isEmpty())
            return;
        QCoreApplication::processEvents();
        w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    QString cell(ManagersPage &page, Id managerId, int column) const
    {
        return page.model()->index(page.model()->rowOf(managerId), column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PorterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_doorsecretspage"));
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
                          QStringLiteral("olive@harbor.test"), kOlivePassword, QStringLiteral("olive")};
            QVERIFY((*admin)->directory().init(r).ok());
        }
        const auto olive = [&](const QStringList &args) {
            return as(QStringLiteral("olive"), kOlivePassword, args);
        };
        m_maple = idIn(olive({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Maple Court"), QStringLiteral("--tz"),
                              QStringLiteral("America/New_York"), QStringLiteral("--json")}));
        m_lobby = idIn(
            olive({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                   QString::number(m_maple), QStringLiteral("--name"), QStringLiteral("Lobby"),
                   QStringLiteral("--type"), QStringLiteral("building-entrance"), QStringLiteral("--json")}));

        // The window's Backend: Olive's login, her key folder (the one porterctl used as her).
        Backend::Parts parts;
        parts.serverPassword = kOlivePassword;
        parts.keys = std::make_unique<FileKeyProvider>(m_home.filePath(QStringLiteral("olive/keys")));
        qputenv("PGPASSFILE", m_noPasswords.toUtf8());
        auto opened = Backend::open(m_server.address(kDb, QStringLiteral("olive")), Backend::Open::Existing,
                                    std::move(parts));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_backend = std::move(opened).value();
        auto me = m_backend->directory().connectedManager();
        QVERIFY(me.ok() && *me);
        m_olive = **me;
        QVERIFY(m_backend->signedIn(m_olive).ok());
        // A door commissioned in this process (its storage in memory): Maple Court gets its secrets.
        door::MemoryStorage storage;
        door::Door lobby(storage);
        lobby.load();
        auto commissioned = m_backend->devices().commission(m_olive, m_lobby, lobby);
        QVERIFY2(commissioned.ok(), commissioned.ok() ? "" : qPrintable(commissioned.error().message));

        // Dana: Device Management on Maple Court, her own login; she signs in once from her computer.
        m_dana = idIn(
            as(QStringLiteral("olive"), kOlivePassword,
               {QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Dana Diaz"), QStringLiteral("--email"), QStringLiteral("dana@harbor.test"),
                QStringLiteral("--role"), QStringLiteral("property"), QStringLiteral("--properties"),
                QString::number(m_maple), QStringLiteral("--device-management"), QStringLiteral("--db-role"),
                QStringLiteral("dana"), QStringLiteral("--json")},
               kDanaPassword));
        const Run key = as(QStringLiteral("dana"), kDanaPassword,
                           {QStringLiteral("secrets"), QStringLiteral("key"), QStringLiteral("--json")});
        QVERIFY2(key.code == 0, qPrintable(key.show()));
    }

    void givingDoorAccessChecksTheKey()
    {
        const Run key = as(QStringLiteral("dana"), kDanaPassword,
                           {QStringLiteral("secrets"), QStringLiteral("key"), QStringLiteral("--json")});
        const QString danaKey = QJsonDocument::fromJson(key.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("thisComputer"))
                                    .toString();
        QCOMPARE(danaKey.size(), 29);

        ManagersPage page(Services::of(*m_backend), m_olive);
        page.resize(1200, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.table()->isColumnHidden(ManagersModel::Login));
        QVERIFY(!page.table()->isColumnHidden(ManagersModel::DoorSecrets));
        QCOMPARE(cell(page, m_dana, ManagersModel::Login), QStringLiteral("dana"));
        QCOMPARE(cell(page, m_dana, ManagersModel::DoorSecrets), QStringLiteral("Waiting: give door access"));
        QCOMPARE(cell(page, m_olive.id, ManagersModel::DoorSecrets), QStringLiteral("Held (1 property)"));
        QVERIFY(page.selectManager(m_olive.id));
        QVERIFY(!page.giveAccessAction()->isEnabled()); // she holds them already
        QVERIFY(page.selectManager(m_dana));
        QVERIFY(page.giveAccessAction()->isEnabled());
        shoot(&page, QStringLiteral("managers-door-secrets"));

        QString refusal;
        ManagersPage::setGiveDialogHook([&](GiveDoorAccessDialog *d) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            d->keyEdit()->setText(QStringLiteral("0000 1111 2222 3333 4444 5555"));
            d->accept();
            refusal = d->errorLabel()->text();
            QVERIFY(d->isVisible()); // still open, the key field ready for another try
            shoot(d, QStringLiteral("give-door-access-refused"));
            d->keyEdit()->setText(danaKey.toLower());
            d->accept();
        });
        page.giveDoorAccess();
        ManagersPage::setGiveDialogHook(nullptr);
        // Refused, without the registered key (a hurried giver would copy it back).
        QVERIFY2(refusal.contains(QStringLiteral("is not the key registered for Dana Diaz")) &&
                     !refusal.contains(danaKey.left(9)),
                 qPrintable(refusal));
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("Dana Diaz now holds the door secrets")),
                 qPrintable(page.statusLabel()->text()));
        QCOMPARE(cell(page, m_dana, ManagersModel::DoorSecrets), QStringLiteral("Held (1 property)"));
        QVERIFY(!page.giveAccessAction()->isEnabled());
        // What porterctl says agrees: Dana holds Maple Court.
        const Run holders = as(QStringLiteral("olive"), kOlivePassword,
                               {QStringLiteral("secrets"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(holders.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("managers"))
                                    .toArray();
        bool danaHolds = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("managerId")).toInteger() == m_dana)
                danaHolds = o.value(QStringLiteral("holds")).toArray().contains(QJsonValue(qint64(m_maple)));
        }
        QVERIFY2(danaHolds, qPrintable(holders.show()));
        QVERIFY(!holders.out.contains(danaKey.left(9))); // lists never show a key
    }

    void settingsShowTheKeyTheServerHolds()
    {
        const Run key = as(QStringLiteral("olive"), kOlivePassword,
                           {QStringLiteral("secrets"), QStringLiteral("key"), QStringLiteral("--json")});
        const QString registered =
            QJsonDocument::fromJson(key.out.toUtf8()).object().value(QStringLiteral("registered")).toString();
        QCOMPARE(registered.size(), 29);
        SettingsDialog dialog(m_server.address(kDb, QStringLiteral("olive")), Services::of(*m_backend),
                              m_olive);
        QVERIFY(dialog.securityPage());
        QCOMPARE(dialog.deviceKeyLabel()->text(), registered);
        dialog.tabs()->setCurrentWidget(dialog.securityPage());
        dialog.resize(640, 480);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, QStringLiteral("settings-security"));
    }

    void removingAHolderSaysWhatToSync()
    {
        ManagersPage page(Services::of(*m_backend), m_olive);
        QVERIFY(page.selectManager(m_dana));
        MessageBox::setNextAnswer(true);
        page.removeManager();
        MessageBox::clearAnswers();
        const QString status = page.statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("Dana Diaz was removed")) &&
                     status.contains(QStringLiteral("doorcode secret and signing key replaced")) &&
                     status.contains(QStringLiteral("Lobby")),
                 qPrintable(status));
        QCOMPARE(page.model()->rowOf(m_dana), -1);
    }

    void cleanupTestCase() { m_backend.reset(); }
};

QTEST_MAIN(TestDoorSecretsPage)
#include "tst_doorsecretspage.moc"
