#include "mail/smtp.h"

#include <QUrl>
#include <curl/curl.h>
#include <mutex>

namespace porter::mail {

QString toString(Security s)
{
    switch (s) {
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

std::optional<Security> securityFromString(const QString &s)
{
    const QString v = s.trimmed().toLower();
    if (v == QLatin1String("starttls"))
        return Security::StartTls;
    if (v == QLatin1String("tls") || v == QLatin1String("ssl") || v == QLatin1String("smtps"))
        return Security::Tls;
    if (v == QLatin1String("none"))
        return Security::None;
    return std::nullopt;
}

namespace {

// curl_global_init is not thread-safe; the first sender initialises it, once.
void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload
{
    const QByteArray *bytes = nullptr;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *u = static_cast<Upload *>(userdata);
    const qsizetype left = u->bytes->size() - u->offset;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    if (n <= 0)
        return 0;
    memcpy(buffer, u->bytes->constData() + u->offset, size_t(n));
    u->offset += n;
    return size_t(n);
}

struct Replies
{
    QString last;
    QString refusal; // the last 4xx or 5xx line
};

// The server's replies, as curl sees them (CURLINFO_HEADER_IN): the last one is the reason a manager
// reads when a message fails ("550 5.1.1 <x@y>: Recipient address rejected").
int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto *replies = static_cast<Replies *>(userdata);
    const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
    if (line.isEmpty())
        return 0;
    replies->last = line.left(500);
    // A refusal is what a manager needs to read, not the "221 Bye" of the QUIT that may follow it.
    if (line.startsWith(QLatin1Char('4')) || line.startsWith(QLatin1Char('5')))
        replies->refusal = line.left(500);
    return 0;
}

// Connection-level failures: nothing more can be sent over this connection now.
bool connectionLost(CURLcode c)
{
    switch (c) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_USE_SSL_FAILED:
    case CURLE_LOGIN_DENIED:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_AUTH_ERROR:
        return true;
    default:
        return false;
    }
}

} // namespace

struct SmtpSender::Curl
{
    CURL *handle = nullptr;
    ~Curl()
    {
        if (handle)
            curl_easy_cleanup(handle);
    }
};

SmtpSender::SmtpSender(SmtpSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_curl(std::make_unique<Curl>())
{
    initCurlOnce();
}

SmtpSender::~SmtpSender() = default;

QList<Outcome> SmtpSender::send(const QList<Outgoing> &messages)
{
    QList<Outcome> out;
    if (messages.isEmpty())
        return out;
    if (!m_curl->handle)
        m_curl->handle = curl_easy_init();
    CURL *c = m_curl->handle;
    if (!c) {
        for (const Outgoing &m : messages)
            out.append({m.id, Verdict::Transient, tr("The mail library could not start.")});
        return out;
    }
    const QString scheme =
        m_settings.security == Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    QUrl url;
    url.setScheme(scheme);
    url.setHost(m_settings.host);
    url.setPort(m_settings.port);
    // The path is the name the client greets with (EHLO); curl's default is the local host name.
    url.setPath(QStringLiteral("/porter.localdomain"));
    const QByteArray urlBytes = url.toEncoded();
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray from = '<' + m_settings.fromAddress.toUtf8() + '>';
    const QByteArray caFile = m_settings.caFile.toUtf8();

    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Outgoing &m = messages.at(i);
        curl_easy_reset(c); // options only: the connection stays in the handle's cache
        char errorBuffer[CURL_ERROR_SIZE] = {};
        Replies replies;
        curl_easy_setopt(c, CURLOPT_URL, urlBytes.constData());
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // worker threads; timeouts without SIGALRM
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_settings.timeoutSecs));
        // A server that stops answering: under 1 byte/s for the timeout ends the attempt.
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, long(m_settings.timeoutSecs));
        curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSecs) * 4);
        if (m_settings.security == Security::StartTls)
            curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // STARTTLS or nothing
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, m_settings.verifyPeer ? 1L : 0L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, m_settings.verifyPeer ? 2L : 0L);
        if (!caFile.isEmpty())
            curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
        if (!user.isEmpty()) {
            curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
            curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
        }
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
        const QByteArray rcpt = '<' + m.to.toUtf8() + '>';
        curl_slist *recipients = curl_slist_append(nullptr, rcpt.constData());
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients);
        Upload upload{&m.bytes, 0};
        curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(c, CURLOPT_READDATA, &upload);
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(m.bytes.size()));
        curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, onDebug);
        curl_easy_setopt(c, CURLOPT_DEBUGDATA, &replies);
        curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // feeds onDebug; curl prints nothing itself then

        const CURLcode rc = curl_easy_perform(c);
        curl_slist_free_all(recipients);
        long code = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
        m_lastReply = replies.last;

        Outcome o;
        o.id = m.id;
        if (rc == CURLE_OK) {
            o.verdict = Verdict::Sent;
            out.append(o);
            continue;
        }
        const QString curlText = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc));
        const QString serverText = replies.refusal;
        if (rc == CURLE_LOGIN_DENIED || rc == CURLE_AUTH_ERROR) {
            o.verdict = Verdict::Transient; // the message is fine; the settings are not
            o.reason = tr("The mail server refused the user name or password (%1). Check them in "
                          "Settings > Email; the message stays queued.")
                           .arg(serverText.isEmpty() ? curlText : serverText);
        } else if (rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE ||
                   rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_USE_SSL_FAILED) {
            o.verdict = Verdict::Transient;
            o.reason = tr("A secure connection to %1 could not be made: %2. The message stays queued.")
                           .arg(m_settings.host, curlText);
        } else if (code >= 500 && code < 600) {
            o.verdict = Verdict::Permanent;
            o.reason =
                serverText.isEmpty() ? tr("The server refused the message (%1).").arg(code) : serverText;
        } else if (code >= 400 && code < 500) {
            o.verdict = Verdict::Transient;
            o.reason =
                serverText.isEmpty() ? tr("The server asked to try later (%1).").arg(code) : serverText;
        } else {
            o.verdict = Verdict::Transient;
            o.reason = tr("The mail server %1:%2 could not be reached: %3.")
                           .arg(m_settings.host)
                           .arg(m_settings.port)
                           .arg(curlText);
        }
        out.append(o);
        if (connectionLost(rc)) {
            // The rest wait for the next round: the same problem would meet each of them.
            for (qsizetype j = i + 1; j < messages.size(); ++j)
                out.append({messages.at(j).id, Verdict::Transient, o.reason});
            break;
        }
    }
    return out;
}

} // namespace porter::mail
