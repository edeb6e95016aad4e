#pragma once

#include "model/types.h"
#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>

namespace porter {

// Portfolio, properties, doors, keys and managers: the slow-changing structure of a portfolio.
class DirectoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryRepository)

public:
    explicit DirectoryRepository(const Database &db)
        : m_db(db)
    {}

    Result<Id> insertPortfolio(const QString &name, qint64 now);
    Result<Portfolio> portfolio(Id id) const;
    Result<QList<Portfolio>> portfolios() const;

    Result<Id> insertProperty(const Property &p, qint64 now);
    Result<Property> property(Id id) const;
    Result<QList<Property>> properties(Id portfolioId) const;

    Result<Id> insertDoor(const Door &d, qint64 now);
    Result<Door> door(Id id) const;
    Result<QList<Door>> doors(Id propertyId) const;
    Result<QByteArray> doorIdentityKey(Id doorId) const;
    Status setDoorCommissioned(Id doorId, const QByteArray &identityKey, qint64 now);
    // The access list the door acknowledged (only ever after its authenticated acknowledgement), recorded
    // only if the door's acknowledged version is still `baseVersion`, the one the sync started from;
    // otherwise a Conflict and nothing is written (another sync of the door came in between).
    Status setDoorAcknowledged(Id doorId, ListVersion baseVersion, ListVersion newVersion,
                               const QByteArray &hash, const QByteArray &list);
    // What the door reported about itself during a sync.
    Status setDoorHealth(Id doorId, std::optional<int> battery, const QString &firmware,
                         std::optional<qint64> drift, std::optional<qint64> lastSyncAt);
    Result<QByteArray> doorAckList(Id doorId, QByteArray *hash = nullptr) const;

    Result<Id> insertKey(const Key &k, qint64 now);
    Status updateKey(const Key &k);
    Status setKeyDoors(Id keyId, const QList<Id> &doorIds);
    Status markKeyDeleted(Id keyId, qint64 now);
    Result<Key> key(Id id) const; // includes deleted keys; check deletedAt via keyDeleted()
    // The key unless it is deleted (or unknown): NotFound then. One statement fewer than key() and
    // keyDeleted().
    Result<Key> liveKey(Id id) const;
    // The live keys among `ids`, with their doors, in one statement (unknown and deleted ones left out).
    Result<QList<Key>> liveKeys(const QList<Id> &ids) const;
    Result<bool> keyDeleted(Id id) const;
    Result<QList<Key>> keys(Id propertyId) const;
    Result<QList<Id>> doorsOfKey(Id keyId) const;
    Result<QList<Id>> offlineDoorsOfKey(Id keyId) const;
    // The offline doors any of these keys opens, in one statement.
    Result<QSet<Id>> offlineDoorsOfKeys(const QList<Id> &keyIds) const;

    // The public half of a property's signing key (empty when none yet).
    Result<QByteArray> propertyPublicKey(Id propertyId) const;
    Status insertPropertyKey(Id propertyId, const QByteArray &publicKey, qint64 now);
    Status setDoorcodeDigits(Id propertyId, int digits);
    Result<int> commissionedDoorCount(Id propertyId) const;
    // The door's own count of dropped activity entries, as reported at the last sync.
    Status setDoorLostEntries(Id doorId, qint64 lost);
    // The property's current doorcode secret epoch (nullopt before its keys exist), and its rotation.
    Result<std::optional<qint64>> doorcodeEpoch(Id propertyId) const;
    Status setDoorcodeEpoch(Id propertyId, qint64 epoch, qint64 now);
    // The doorcode secret epoch a door holds (on its authenticated word, or as commissioned).
    Status setDoorDoorcodeEpoch(Id doorId, qint64 epoch);
    // The property's signing key (docs/door-protocol.md, "Rotating the signing key"): the epoch of its
    // current public key (1 = the first; nullopt before its keys exist), the signed steps after an epoch,
    // oldest first, and a rotation (the step stored and the current key moved to it, only from epoch - 1).
    struct KeyStepRow
    {
        qint64 epoch = 0;
        QByteArray publicKey;
        QByteArray signature;
    };
    Result<std::optional<qint64>> signingKeyEpoch(Id propertyId) const;
    Result<QList<KeyStepRow>> keySteps(Id propertyId, qint64 afterEpoch) const;
    Status rotatePropertyKey(Id propertyId, const KeyStepRow &step, qint64 now);
    // The public key the property had at `epoch` (empty when unknown).
    Result<QByteArray> publicKeyOfEpoch(Id propertyId, qint64 epoch) const;
    // A reset (a new key without the old one: docs/door-protocol.md, "Resetting the signing key") is a
    // step with no signature. The epoch of the newest one, 0 when the key was never reset.
    Result<qint64> lastResetEpoch(Id propertyId) const;
    // Every public key the property's signing key has had, oldest first.
    Result<QList<QByteArray>> publicKeysOnRecord(Id propertyId) const;
    // The signing key's epoch a door holds (on its authenticated word, or as commissioned).
    Status setDoorSigningKeyEpoch(Id doorId, qint64 epoch);

    Result<Id> insertManager(const Manager &m, const QString &passwordHash, qint64 now);
    Status setManagerScope(Id managerId, const QList<Id> &propertyIds, const QList<Id> &keyIds);
    Result<Manager> manager(Id id) const;
    Result<std::optional<Manager>> managerByEmail(const QString &email,
                                                  QString *passwordHash = nullptr) const;
    Result<QList<Manager>> managers(Id portfolioId) const;
    Result<int> managerCount() const;
    // Managers editing (docs/permissions.md, "Managers"): a removed manager keeps their row (their
    // activity names them) but can no longer sign in and is no longer listed.
    Status updateManager(const Manager &m); // name, email, role, levels and scope
    Status setManagerPassword(Id managerId, const QString &passwordHash);
    Status setManagerRemoved(Id managerId, std::optional<qint64> removedAt);
    Result<bool> managerActive(Id managerId) const;
    // A portfolio on a PostgreSQL server (docs/design/shared-portfolio.md, section 2): the manager's
    // own login, created or given a new password (`verifier`: Database::loginVerifier), or closed when
    // they are removed. The server checks that the session may (porter_set_login).
    Status setManagerLogin(Id managerId, const QString &login, const QString &verifier);
    Status closeManagerLogin(Id managerId);
    // Whether the server has a role of that name (roles are the whole server's, not the database's).
    Result<bool> loginExists(const QString &login) const;
    // Who this server session is: the manager whose login it is (nullopt: none, or removed), and
    // whether it is the database's administrator (its owner or a superuser) and its login's name.
    struct SessionLogin
    {
        std::optional<Id> managerId;
        bool administrator = false;
        QString login;
    };
    Result<SessionLogin> sessionLogin() const;
    Result<int> activePortfolioManagerCount(Id portfolioId) const;
    // The removed manager of this portfolio who had this email, if any (adding them again restores them).
    Result<std::optional<Id>> removedManagerWithEmail(Id portfolioId, const QString &email) const;

private:
    Result<Manager> loadScope(Manager m) const;
    QString managerCols() const;
    Result<Key> keyWithDoors(Id id, const QString &condition) const;
    // The keys matching `where` (on access_key as k), each with its doors.
    Result<QList<Key>> keysWithDoors(const QString &where, const QVariantList &args) const;
    const Database &m_db;
};

} // namespace porter
