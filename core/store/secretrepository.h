#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
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

private:
    const Database &m_db;
};

} // namespace porter
