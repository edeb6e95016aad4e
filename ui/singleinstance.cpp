#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcShell, "porter.shell")

namespace porter::ui {
namespace {

constexpr int kTimeoutMs = 2000;
const QByteArray kActivate = QByteArrayLiteral("activate\n");
const QByteArray kDone = QByteArrayLiteral("ok\n");

// Asks the Porter listening on `name` to come forward; true once it answered.
bool askToActivate(const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return false;
    while (socket.bytesAvailable() < kDone.size())
        if (!socket.waitForReadyRead(kTimeoutMs))
            return false;
    return socket.readAll().startsWith(kDone);
}

// The canonical path of a file that may not exist yet (the first run creates it).
QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    QString existing = info.canonicalFilePath();
    if (!existing.isEmpty())
        return existing;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance()
{
    release();
}

QString SingleInstance::serverName(const QString &databasePath)
{
    QString key = canonicalPath(databasePath);
#ifdef Q_OS_WIN
    key = key.toLower(); // one file, however its path is capitalised
#endif
    // The user is part of the name: on Windows pipe names are machine-wide.
    const QString user = QDir::homePath();
    const QByteArray hash =
        QCryptographicHash::hash((user + QLatin1Char('\n') + key).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return QStringLiteral("porter-") + QString::fromLatin1(hash);
}

SingleInstance::Claim SingleInstance::claim(const QString &databasePath)
{
    release();
    const QString name = serverName(databasePath);
    // Two Porters started together must not both conclude that nobody is listening: the lock makes
    // "is anyone there? then I listen" one step.
    const QString tmp = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QLockFile lock(QDir(tmp).filePath(name + QStringLiteral(".lock")));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(kTimeoutMs * 2))
        qCWarning(lcShell) << "single instance: lock" << lock.fileName() << "busy, going on";
    if (askToActivate(name)) {
        qCInfo(lcShell) << "single instance:" << databasePath << "is open in another Porter, brought forward";
        return Claim::AlreadyRunning;
    }
    // Nobody answered: a socket file left by a Porter that crashed is ours to replace.
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        // Porter still works, only without the second-window check.
        qCWarning(lcShell) << "single instance: cannot listen on" << name << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Claim::Claimed;
    }
    qCInfo(lcShell) << "single instance: listening as" << name << "for" << databasePath;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kActivate) {
                    qCInfo(lcShell) << "single instance: another Porter was started on this database";
                    Q_EMIT activationRequested();
                    socket->write(kDone);
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
        }
    });
    return Claim::Claimed;
}

void SingleInstance::release()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
}

} // namespace porter::ui
