#pragma once

#include "model/types.h"
#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace porter {

// The installation's id and its sealed secrets (the property signing keys and doorcode secrets), as
// rows: sealing and opening them is SecretStore's (secrets/secretstore.h); nothing here sees a key.
class SecretRepository
{
    Q_DECLARE_TR_FUNCTIONS(SecretRepository)

public:
    explicit SecretRepository(const Database &db)
        : m_db(db)
    {}

    Result<QString> installationUuid() const; // created on first use
    // Stores or replaces the secret `name`.
    Status putSecret(const QString &name, const QByteArray &nonce, const QByteArray &sealed,
                     qint64 now) const;
    // (nonce, sealed) or NotFound.
    Result<std::pair<QByteArray, QByteArray>> secret(const QString &name) const;
    Result<bool> hasSecret(const QString &name) const;
    Status removeSecret(const QString &name) const;
    // The names of the sealed secrets starting with `prefix` (a portfolio moved to a server keeps its
    // laptop's sealed property secrets until they are wrapped).
    Result<QStringList> secretNames(const QString &prefix) const;

    // A shared portfolio's door secrets, wrapped for each holder's device key (docs/design/
    // shared-portfolio.md, section 5). Only on a server: the tables are not in a file.
    struct Wrapped
    {
        QString name;
        Id managerId = 0;
        Id propertyId = 0;
        QByteArray recipientKey;
        QByteArray ephemeralPublic;
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray endorsement;     // the property key's signature over (manager, recipient key)
        QByteArray secretSignature; // the property key's signature over (name, secret); none for the key
    };
    Result<std::optional<QByteArray>> deviceKey(Id managerId) const;
    Status putDeviceKey(Id managerId, const QByteArray &publicKey, qint64 now) const;
    // Registers `publicKey` as the manager's in place of their old one; their copies go with the old
    // one (porter_replace_device_key: only their own, or the administrator).
    Status replaceDeviceKey(Id managerId, const QByteArray &publicKey, qint64 now) const;
    // The managers who hold the property's door secrets (porter_holds_door_secrets), each with their
    // device key (empty when they have none yet).
    Result<QList<std::pair<Id, QByteArray>>> doorSecretHolders(Id propertyId) const;
    Status putWrap(const Wrapped &w, Id wrappedBy, qint64 now) const; // replaces the holder's copy
    Result<std::optional<Wrapped>> wrap(const QString &name, Id managerId) const;
    Result<bool> hasWrap(const QString &name) const;
    Status removeWraps(const QString &name) const;
    Status removeWraps(Id managerId, Id propertyId) const;
    // The names wrapped for `managerId` of one property (all properties when propertyId is 0).
    Result<QList<std::pair<Id, QString>>> wrappedFor(Id managerId, Id propertyId = 0) const;
    // Every property's secret names, with the managers holding a copy.
    // name, managerId, propertyId, recipientKey and endorsement only (no ciphertext); one property, or all
    Result<QList<Wrapped>> wrapIndex(Id propertyId = 0) const;

private:
    const Database &m_db;
};

} // namespace porter
