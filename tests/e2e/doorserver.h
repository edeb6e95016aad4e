#pragma once

// A reference door as a technician meets it in the e2e tests: `porter-door serve` on a free loopback
// port, and porterctl commissioning it while someone at the door presses its button once the pairing
// code shows (porter-door confirm). Shared by the suites that sync real doors.
#include "run.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace porter::test {

// A running `porter-door serve` and the lines it printed.
struct DoorServer
{
    QProcess *process = nullptr;
    quint16 port = 0;
    QStringList lines;
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port); }
};

// Starts `porter-door serve --state STATE` on a free port and waits for its "listening on" line (port 0
// when it did not start, with a warning).
inline DoorServer serveDoor(const QString &state, const QProcessEnvironment &env)
{
    DoorServer s;
    s.process = new QProcess;
    s.process->setProcessEnvironment(env);
    s.process->start(binary(QStringLiteral("porter-door")),
                     {QStringLiteral("serve"), QStringLiteral("--state"), state, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--until-stdin-closes")});
    static const QRegularExpression listening(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"));
    QElapsedTimer t;
    t.start();
    while (s.port == 0 && t.elapsed() < 10000) {
        if (!s.process->canReadLine() && !s.process->waitForReadyRead(200)) {
            if (s.process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (s.process->canReadLine()) {
            const QString line = QString::fromUtf8(s.process->readLine()).trimmed();
            s.lines << line;
            if (const auto m = listening.match(line); m.hasMatch())
                s.port = quint16(m.captured(1).toUInt());
        }
    }
    if (s.port == 0)
        qWarning("serve did not start: %s %s", qPrintable(s.lines.join(QLatin1Char('\n'))),
                 s.process->readAllStandardError().constData());
    return s;
}

// SIGTERM, as an operator would: serve closes its session and exits 0. (Windows console programs never
// see terminate(): there the door's standard input is closed.) The exit status; -2 when it crashed.
inline int stopDoor(DoorServer &s)
{
    if (!s.process)
        return -1;
#ifdef Q_OS_WIN
    s.process->closeWriteChannel();
#else
    s.process->terminate();
#endif
    if (!s.process->waitForFinished(10000)) {
        s.process->kill();
        s.process->waitForFinished();
    }
    const int code = s.process->exitStatus() == QProcess::NormalExit ? s.process->exitCode() : -2;
    for (const QByteArray &line : s.process->readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            s.lines << QString::fromUtf8(line.trimmed());
    delete s.process;
    s.process = nullptr;
    return code;
}

// Runs porterctl `args` (environment `env`, `input` on its standard input) while standing at the door
// `server` serves from `state`: when the door shows its pairing code, its button is pressed
// (porter-door confirm), as a technician does once porterctl showed the same digits.
inline Run porterctlAtDoor(const QStringList &args, const QProcessEnvironment &env, DoorServer &server,
                           const QString &state, const QByteArray &input = {})
{
    auto *p = new QProcess;
    p->setProcessEnvironment(env);
    p->start(binary(QStringLiteral("porterctl")), args);
    if (!input.isEmpty())
        p->write(input);
    p->closeWriteChannel();
    bool pressed = false;
    QElapsedTimer t;
    t.start();
    while (p->state() != QProcess::NotRunning && t.elapsed() < 60000) {
        if (!pressed && server.process && server.process->waitForReadyRead(50)) {
            while (server.process->canReadLine()) {
                const QString line = QString::fromUtf8(server.process->readLine()).trimmed();
                server.lines << line;
                if (line.startsWith(QLatin1String("pairing code ")) && !pressed) {
                    pressed = true;
                    auto *confirm = new QProcess;
                    confirm->setProcessEnvironment(env);
                    confirm->start(binary(QStringLiteral("porter-door")),
                                   {QStringLiteral("confirm"), QStringLiteral("--state"), state});
                    confirm->closeWriteChannel();
                    const Run confirmed = finishRun(confirm);
                    if (confirmed.code != 0)
                        qWarning("porter-door confirm: %s", qPrintable(confirmed.show()));
                }
            }
        }
        p->waitForFinished(50);
    }
    return finishRun(p);
}

} // namespace porter::test
