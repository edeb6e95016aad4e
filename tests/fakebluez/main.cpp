// porter-fakebluez: the fake BlueZ of Porter's Bluetooth tests (docs/testing.md, "The fake BlueZ").
// Owns org.bluez on a private bus, hosts reference doors behind fake devices, and takes scripted
// faults on org.porter.FakeBluez.Control1. Tests start it through tests/support/blebus.h; by hand:
//
//   dbus-daemon --session --nofork --print-address --address=unix:path=/tmp/bus &
//   porter-fakebluez --address unix:path=/tmp/bus --doors ROOT    (one door state directory per
//                                                                  subdirectory of ROOT)
#include "fakebluez.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace porter;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("fakebluez: %1\n").arg(line)), stdout);
    std::fflush(stdout);
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // Qt's bluetoothd version probe runs the org.bluez owner's binary with --version (qtbluetooth
    // notes §2.3): answer as bluetoothd would, before anything else.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::puts(fakebluez::kBluezVersion);
            return 0;
        }
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake BlueZ (org.bluez) with reference doors, for tests."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("address"),
                      QStringLiteral("The bus (default: DBUS_SYSTEM_BUS_ADDRESS)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("doors"),
                      QStringLiteral("A directory with one door state directory (porter-door init) per "
                                     "subdirectory: each becomes a device in range."),
                      QStringLiteral("ROOT")});
    parser.process(app);

    QDBusConnection bus = parser.isSet(QStringLiteral("address"))
                              ? QDBusConnection::connectToBus(parser.value(QStringLiteral("address")),
                                                              QStringLiteral("porter-fakebluez"))
                              : QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        say(QStringLiteral("cannot connect to the bus: %1").arg(bus.lastError().message()));
        return 1;
    }

    fakebluez::FakeBluez fake(bus, &say);
    if (const Status started = fake.start(); !started.ok()) {
        say(started.error().message);
        return 1;
    }
    if (parser.isSet(QStringLiteral("doors"))) {
        const QDir root(parser.value(QStringLiteral("doors")));
        const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        int n = 0;
        for (const QString &name : dirs) {
            ++n;
            const QString address = QStringLiteral("C0:FF:EE:00:%1:%2")
                                        .arg(n / 256, 2, 16, QLatin1Char('0'))
                                        .arg(n % 256, 2, 16, QLatin1Char('0'))
                                        .toUpper();
            const auto added =
                fake.addDoor(root.filePath(name), address, QStringLiteral("Porter %1").arg(name), -60);
            if (!added.ok()) {
                say(added.error().message);
                return 1;
            }
        }
    }

#ifdef Q_OS_UNIX
    // SIGTERM/SIGINT through a self-pipe into the event loop, so the doors close their sessions.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&]() {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
#endif

    say(QStringLiteral("ready: org.bluez %1").arg(QLatin1String(fakebluez::kBluezVersion)));
    const int rc = QCoreApplication::exec();
    say(QStringLiteral("stopped"));
    return rc;
}
