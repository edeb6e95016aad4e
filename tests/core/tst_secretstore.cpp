// SecretStore's keychain part without a keychain: an in-memory stand-in for the OS keychain that can be
// told to keep entries or not, and to stop answering, so the failure paths are exercised — a transaction
// that fails after the new entry was written, a forged marker, a keychain gone silent. The real keychain
// (gnome-keyring's Secret Service) runs in tests/e2e/tst_keychain.
#include "secrets/secretstore.h"
#include "store/database.h"

#include <QDateTime>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;

namespace {

class MemoryKeychain final : public KeyProvider
{
public:
    explicit MemoryKeychain(const QString &dir)
        : m_file(dir)
    {}
    Result<QByteArray> masterKey(const QString &uuid) override { return m_file.masterKey(uuid); }
    QString describe() const override { return QStringLiteral("memory"); }
    bool keepsEntries(const QString &) override { return keeps && answers; }
    bool putEntry(const QString &entry, const QByteArray &secret) override
    {
        if (!answers)
            return false;
        entries.insert(entry, secret);
        return true;
    }
    std::optional<QByteArray> entry(const QString &entry) override
    {
        ++reads;
        if (!answers || !entries.contains(entry))
            return std::nullopt;
        return entries.value(entry);
    }
    bool removeEntry(const QString &entry) override { return answers && entries.remove(entry) > 0; }

    QMap<QString, QByteArray> entries;
    bool keeps = true;
    bool answers = true;
    int reads = 0;

private:
    FileKeyProvider m_file;
};

const QString kName = QStringLiteral("portfolio/1/smtp");

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemoryKeychain> m_keys;
    std::unique_ptr<SecretStore> m_store;

    // What saving a typed secret does (MailService::saveSettings): stage, one transaction, finish.
    Status save(const QByteArray &secret, bool failTheTransaction = false)
    {
        auto staged = m_store->stage(kName, secret);
        if (!staged.ok())
            return staged.error();
        const Status st = m_db->transaction([&]() -> Status {
            if (auto put = m_store->put(kName, staged->stored); !put.ok())
                return put;
            if (failTheTransaction)
                return makeError(ErrorCode::Conflict, QStringLiteral("something else in the unit failed"));
            return {};
        });
        m_store->finish(*staged, st.ok());
        return st;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path =
            m_dir.filePath(QStringLiteral("s%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        auto db = Database::create(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_keys = std::make_unique<MemoryKeychain>(m_dir.filePath(QStringLiteral("keys")));
        m_store = std::make_unique<SecretStore>(*m_db, *m_keys);
    }
    void cleanup()
    {
        m_store.reset();
        m_keys.reset();
        m_db.reset();
    }

    void replacingKeepsOneEntry()
    {
        QVERIFY(save("first").ok());
        QCOMPARE(m_keys->entries.size(), 1);
        QCOMPARE(m_store->inKeychain(kName).value(), true);
        QCOMPARE(m_store->get(kName).value(), QByteArray("first"));
        QVERIFY(save("second").ok());
        QCOMPARE(m_keys->entries.values(), QList<QByteArray>{QByteArray("second")});
        QCOMPARE(m_store->get(kName).value(), QByteArray("second"));
    }

    // The keychain is outside the transaction: when the transaction fails after the new entry was
    // written, the new entry is dropped and the old one is still the secret.
    void failedTransactionKeepsTheOldSecret()
    {
        QVERIFY(save("old").ok());
        QVERIFY(!save("new", true).ok());
        QCOMPARE(m_keys->entries.values(), QList<QByteArray>{QByteArray("old")});
        QCOMPARE(m_store->get(kName).value(), QByteArray("old"));
    }

    // An installation whose key is not in the keychain keeps the secret sealed in the database.
    void noKeychainSealsInTheDatabase()
    {
        m_keys->keeps = false;
        QVERIFY(save("sealed").ok());
        QVERIFY(m_keys->entries.isEmpty());
        QCOMPARE(m_store->inKeychain(kName).value(), false);
        QCOMPARE(m_store->get(kName).value(), QByteArray("sealed"));
    }

    // A marker can only name this installation's entry of this secret: one sealed to name another entry
    // (the master key's, another secret's) is refused and that entry is never read.
    void forgedMarkerIsRefused()
    {
        m_keys->entries.insert(QStringLiteral("master-key/whatever"), QByteArray(32, 'k'));
        const QByteArray marker = QByteArray("\0porter-keychain\0", 17);
        for (const QByteArray &target : {QByteArray("master-key/whatever"),
                                         QByteArray("secret/other/portfolio/1/smtp/0123456789abcdef")}) {
            QVERIFY(m_store->put(kName, marker + target).ok());
            const int reads = m_keys->reads;
            auto got = m_store->get(kName);
            QVERIFY(!got.ok());
            QVERIFY2(got.error().message.contains(QStringLiteral("not its own")),
                     qPrintable(got.error().message));
            QCOMPARE(m_keys->reads, reads);
        }
    }

    // A keychain gone silent: reading says so. (Where the installation's key is in that keychain too,
    // removing is refused outright: tst_keychain; here only the entry is out of reach.)
    void silentKeychainIsSaidSo()
    {
        QVERIFY(save("secret").ok());
        m_keys->answers = false;
        auto got = m_store->get(kName);
        QVERIFY(!got.ok());
        QVERIFY2(got.error().message.contains(QStringLiteral("system keychain")),
                 qPrintable(got.error().message));
        // The entry cannot be dropped now: finish() reports it (a warning) and the row is gone; the
        // entry stays in the keychain, encrypted there, until the keychain answers.
        auto removal = m_store->stageRemoval(kName);
        QVERIFY(removal.ok());
        QVERIFY(!removal->oldEntry.isEmpty());
        QVERIFY(m_store->remove(kName).ok());
        m_store->finish(*removal, true);
        QCOMPARE(m_keys->entries.size(), 1);
        m_keys->answers = true;
        QVERIFY(save("again").ok());
        QCOMPARE(m_store->get(kName).value(), QByteArray("again"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
