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
    if (!p->waitForFinished(120000))
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

// Stops a server a test started (porter-door serve, a second porter). Elsewhere it is asked to end
// (SIGTERM) and killed after five seconds; Windows console programs never receive terminate()'s
// WM_CLOSE, so there it is killed at once (they write their state as they go, not at exit).
inline void stopServer(QProcess *p)
{
    if (p->state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_WIN
    p->kill();
#else
    p->terminate();
    if (p->waitForFinished(5000))
        return;
    p->kill();
#endif
    p->waitForFinished(5000);
}

} // namespace porter::test
