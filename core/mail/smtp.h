#pragma once

// One SMTP connection through libcurl (docs/mail.md): SMTPS or STARTTLS, authentication, certificate
// verification on by default, a timeout per server. No database, no Qt event loop: safe on a worker
// thread.

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace porter::mail {

enum class Security
{
    StartTls, // port 587: plain connection upgraded; refused if the server cannot upgrade
    Tls,      // port 465: SMTPS, TLS from the first byte
    None      // loopback and test servers only; the window warns
};
QString toString(Security s);
std::optional<Security> securityFromString(const QString &s);

struct SmtpSettings
{
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;         // empty: no authentication
    QString fromAddress;  // the envelope sender and From:
    QString fromName;     // From: display name (default: the property's name is not used; "Porter")
    int timeoutSecs = 30; // connect and each server reply
    bool verifyPeer = true;
    QString caFile; // extra CA bundle (a company's own CA); empty: the system's
    QString doorcodeTime = QStringLiteral("06:00"); // property-local time the daily doorcodes are sent
    bool hasPassword = false;                       // read only: whether a password is stored
    bool passwordInKeychain = false;                // read only: stored in the OS keychain (else sealed)
    bool configured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
};

// One message ready to leave: the envelope and the full RFC 5322 bytes.
struct Outgoing
{
    qint64 id = 0; // outbox id
    QString to;
    QByteArray messageId;
    QByteArray bytes;
};

enum class Verdict
{
    Sent,
    Transient, // try again later
    Permanent  // stop; show the reason
};

struct Outcome
{
    qint64 id = 0;
    Verdict verdict = Verdict::Transient;
    QString reason; // the server's words (or the connection's), empty when sent
};

class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    SmtpSender(SmtpSettings settings, QString password);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    // Sends each message over one connection, reused; a connection problem makes every message not
    // yet sent Transient. Never throws.
    QList<Outcome> send(const QList<Outgoing> &messages);
    // The server's last reply line (for "Send test email").
    QString lastReply() const { return m_lastReply; }

private:
    struct Curl;
    SmtpSettings m_settings;
    QString m_password;
    std::unique_ptr<Curl> m_curl;
    QString m_lastReply;
};

} // namespace porter::mail
