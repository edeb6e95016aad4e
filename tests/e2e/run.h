#pragma once

#include <QProcess>
#include <QString>

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

} // namespace porter::test
