#pragma once

#include <QProcess>
#include <QString>
#include <QtGlobal>

namespace porter::test {

// What one run of a real binary printed and how it ended (-2: it crashed).
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QString show() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err); }
};

// Waits for a started process (two minutes at most), collects its output and deletes it.
inline Run finishRun(QProcess *p)
{
    if (p->state() != QProcess::NotRunning && !p->waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(p->program()));
    Run r;
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

// A program built into PORTER_BIN_DIR, with the platform's suffix ("porterctl.exe" on Windows).
inline QString binary(const QString &name)
{
#ifdef Q_OS_WIN
    const QString suffix = QStringLiteral(".exe");
#else
    const QString suffix;
#endif
    return qEnvironmentVariable("PORTER_BIN_DIR") + QLatin1Char('/') + name + suffix;
}

// porterctl on a server portfolio, signing in with `password` (PORTER_PASSWORD) and nothing else
// that could: no PGPASSWORD, no PORTER_AS, libpq's password file `passFile` (empty: the process's own,
// which holds the administrator's), HOME `home`. PORTER_NEW_PASSWORD is `newPassword` when given.
inline Run porterctlOn(const QString &address, const QStringList &args, const QString &password,
                       const QString &home, const QString &passFile = QString(),
                       const QString &newPassword = QString())
{
    auto *p = new QProcess;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PGPASSWORD"));
    e.remove(QStringLiteral("PORTER_AS"));
    e.insert(QStringLiteral("HOME"), home);
    if (!passFile.isEmpty())
        e.insert(QStringLiteral("PGPASSFILE"), passFile);
    e.insert(QStringLiteral("PORTER_PASSWORD"), password);
    if (!newPassword.isEmpty())
        e.insert(QStringLiteral("PORTER_NEW_PASSWORD"), newPassword);
    p->setProcessEnvironment(e);
    p->start(binary(QStringLiteral("porterctl")), QStringList{QStringLiteral("--db"), address} << args);
    p->closeWriteChannel();
    return finishRun(p);
}

// Stops a server a test started. A server started with --until-stdin-closes (porter-door serve) is
// asked to end by closing its standard input, the one request every OS delivers to a console program
// (on Windows, terminate() sends WM_CLOSE, which console programs never see). Anything else gets
// SIGTERM; whatever is still running after ten seconds is killed. True when it ended by itself with
// exit status 0.
inline bool stopServer(QProcess *p)
{
    if (p->state() == QProcess::NotRunning)
        return p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
    if (p->arguments().contains(QStringLiteral("--until-stdin-closes")))
        p->closeWriteChannel();
#ifndef Q_OS_WIN
    else
        p->terminate();
#endif
    if (p->waitForFinished(10000))
        return p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
    p->kill();
    p->waitForFinished(5000);
    return false;
}

} // namespace porter::test
