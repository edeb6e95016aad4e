#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace porter::test {

// A real SMTP server on loopback (tests/support/smtpserver.py, Debian python3-aiosmtpd) for the mail
// tests: started by the test, stopped with it. Options are the script's ("--auth", "user:pw", ...).
class SmtpServer
{
public:
    explicit SmtpServer(const QStringList &options = {}, int port = 0);
    ~SmtpServer();
    SmtpServer(const SmtpServer &) = delete;
    SmtpServer &operator=(const SmtpServer &) = delete;

    bool running() const { return m_port > 0; }
    int port() const { return m_port; }
    QString error() const { return m_error; }
    void stop();

    struct Received
    {
        QByteArray raw;
        QMap<QByteArray, QByteArray> headers; // lower-case name -> unfolded value (first occurrence)
        QString mailFrom;
        QStringList rcptTos;
        bool tls = false;
        bool authenticated = false;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    };
    // Every message accepted so far, in arrival order.
    QList<Received> received() const;
    // Decoded text of a message's parts, through Python's email package (quoted-printable, base64 and
    // RFC 2047 undone): the text/plain part, or the html part with html = true.
    static QString decodedBody(const QByteArray &raw, bool html = false);

    // A throwaway self-signed certificate for localhost / 127.0.0.1 (openssl), in dir().
    static bool makeCertificate(const QString &certPath, const QString &keyPath);
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

// The Python that has Debian's packages (aiosmtpd): /usr/bin/python3 when present.
QString systemPython();

} // namespace porter::test
