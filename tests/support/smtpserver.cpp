#include "smtpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace porter::test {

QString systemPython()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

SmtpServer::SmtpServer(const QStringList &options, int port)
{
    QStringList args{QStringLiteral(PORTER_SMTPSERVER_SCRIPT), m_dir.filePath(QStringLiteral("mail"))};
    if (port > 0)
        args << QStringLiteral("--port") << QString::number(port);
    args << options;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(systemPython(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_process.waitForReadyRead(15000)) {
            m_error = QString::fromUtf8(m_process.readAllStandardError());
            return;
        }
        out += m_process.readAllStandardOutput();
    }
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (words.size() == 2 && words.at(0) == "READY")
        m_port = words.at(1).toInt();
    else
        m_error = QString::fromUtf8(out + m_process.readAllStandardError());
}

SmtpServer::~SmtpServer()
{
    stop();
}

void SmtpServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_port = 0;
}

QList<SmtpServer::Received> SmtpServer::received() const
{
    QList<Received> out;
    const QDir mail(m_dir.filePath(QStringLiteral("mail")));
    const QStringList files = mail.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        Received r;
        QFile eml(mail.filePath(name));
        if (eml.open(QIODevice::ReadOnly))
            r.raw = eml.readAll();
        QFile meta(mail.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".json")));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            r.mailFrom = o.value(QStringLiteral("mail_from")).toString();
            for (const QJsonValue &v : o.value(QStringLiteral("rcpt_tos")).toArray())
                r.rcptTos << v.toString();
            r.tls = o.value(QStringLiteral("tls")).toBool();
            r.authenticated = o.value(QStringLiteral("authenticated")).toBool();
        }
        // Headers end at the first empty line; continuation lines start with white space.
        const qsizetype end = r.raw.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = r.raw.left(end < 0 ? r.raw.size() : end).split('\n');
        QByteArray name_, value;
        auto flush = [&] {
            if (!name_.isEmpty() && !r.headers.contains(name_))
                r.headers.insert(name_, value.trimmed());
            name_.clear();
            value.clear();
        };
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
                value += ' ' + line.trimmed();
                continue;
            }
            flush();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                name_ = line.left(colon).trimmed().toLower();
                value = line.mid(colon + 1);
            }
        }
        flush();
        out.append(r);
    }
    return out;
}

QString SmtpServer::decodedBody(const QByteArray &raw, bool html)
{
    QProcess py;
    const QString script =
        QStringLiteral(
            "import sys, email, email.policy\n"
            "m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)\n"
            "part = m.get_body(preferencelist=('%1',))\n"
            "sys.stdout.buffer.write((part.get_content() if part is not None else '').encode('utf-8'))\n")
            .arg(html ? QStringLiteral("html") : QStringLiteral("plain"));
    py.start(systemPython(), {QStringLiteral("-c"), script});
    py.waitForStarted();
    py.write(raw);
    py.closeWriteChannel();
    py.waitForFinished(30000);
    return QString::fromUtf8(py.readAllStandardOutput());
}

bool SmtpServer::makeCertificate(const QString &certPath, const QString &keyPath)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
                   keyPath, QStringLiteral("-out"), certPath});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

} // namespace porter::test
