// porter-door: the door emulator (docs/porter-door.md). Runs the reference door (core/door) over a
// state directory: `serve` puts it behind a TCP socket for porterctl's commissioning and syncs;
// `try` makes one unlock attempt; `status`/`set` read and adjust it for tests and demos.
#include "bledoorserver.h"
#include "cliutil.h"
#include "door/certificate.h"
#include "door/crypto.h"
#include "door/door.h"
#include "doorserver.h"
#include "doorstate.h"
#include "phonefiles.h"
#include "translators.h"
#include "util/localtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <cstdio>
#include <functional>
#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace porter;
using namespace porter::cli;
using namespace porter::doorsim;

namespace {

// Exit statuses (docs/porter-door.md): the shared ones (0 done, 1 failed, 2 wrong command line) and
// try's "denied".
constexpr int kExitDenied = 3;

void out(const QString &line)
{
    printOut(line + QLatin1Char('\n')); // flushed: tests and scripts read stdout while serve runs
}

// One line on stderr; the exit status of the error (2 for a usage error, otherwise 1).
int fail(const Error &error)
{
    return reportError(QStringLiteral("porter-door"), error);
}

int fail(const QString &message)
{
    return fail(makeError(ErrorCode::InvalidInput, message));
}

int usage(const QString &message)
{
    return fail(usageError(message));
}

void printJson(const QJsonObject &o)
{
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

// Qt and core log messages stay quiet unless PORTER_DOOR_VERBOSE is set: errors are our one line.
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("PORTER_DOOR_VERBOSE"))
        std::fputs(QStringLiteral("porter-door: [log] %1\n").arg(message).toUtf8().constData(), stderr);
}

QString usageText()
{
    return QCoreApplication::translate(
        "porter-door",
        "porter-door - the Porter reference door emulator\n\n"
        "Usage:\n"
        "  porter-door init    --state DIR\n"
        "  porter-door install --state DIR\n"
        "  porter-door confirm --state DIR\n"
        "  porter-door reset   --state DIR\n"
        "  porter-door serve   --state DIR (--listen HOST:PORT [--payload N] | --ble [--name NAME])\n"
        "                      [--until-stdin-closes]\n"
        "  porter-door try     --state DIR (--doorcode CODE | --card SERIAL | --app CERTFILE --phone-key "
        "KEYFILE)\n"
        "                      [--at TIME [--tz IANA]] [--json]\n"
        "  porter-door status --state DIR [--json]\n"
        "  porter-door set    --state DIR [--battery N] [--clock-offset SECONDS] [--firmware TEXT]\n"
        "  porter-door phone new --out DIR\n"
        "  porter-door help | --help | -h | --version\n\n"
        "init     creates a new, uncommissioned door in DIR (not yet in install mode).\n"
        "install  presses the door's install button: for 10 minutes the door accepts commissioning\n"
        "         (at most 5 pairing attempts). Works while serve runs on the same door.\n"
        "confirm  the install button pressed again once the door and Porter show the same pairing code:\n"
        "         only then does the door commit the commissioning. Works while serve runs.\n"
        "reset    the deliberate factory reset: forgets the commissioning, list, activity and any damaged\n"
        "         state. The door is then new again (press install to commission it).\n"
        "serve    listens for porterctl (door commission --tcp, door sync --tcp); port 0 picks a free port\n"
        "         and prints \"listening on HOST:PORT\". While commissioning, prints the six-digit\n"
        "         pairing code the door would show on its display. Stops on SIGTERM or SIGINT (Ctrl+C,\n"
        "         Ctrl+Break or closing the console on Windows), or with --until-stdin-closes when its\n"
        "         standard input closes.\n"
        "         --ble: a real Bluetooth LE door (advertises; porterctl door ... --ble). Needs an adapter\n"
        "         other than Porter's and, with Qt 6.4 on Linux, root or CAP_NET_RAW.\n"
        "try      one unlock attempt at the door's clock (or --at: ISO 8601 with Z, or \"YYYY-MM-DD HH:MM\"\n"
        "         in --tz), recorded in the door's activity for the next sync. Prints \"granted\" or\n"
        "         \"denied: REASON\". --app is the certificate from porterctl person app-key, --phone-key\n"
        "         the phone's private key from phone new.\n"
        "status   what the door holds: commissioning, version, holders, battery, clock, activity.\n"
        "set      demo and test knobs: battery percent, clock offset from the host clock, firmware.\n"
        "phone    new: plays the phone app: makes the phone's key pair in DIR (phone.key, owner-only, stays\n"
        "         there; phone.pub for porterctl person app-key --public-key).\n\n"
        "Only one process uses a state directory at a time (lock file DIR/porter-door.lock): stop serve\n"
        "before try, set or status on the same door.\n\n"
        "Exit status: 0 done (try: granted), 1 failed, 2 wrong command line, 3 try: denied.\n");
}

QCommandLineOption stateOption()
{
    return valueOption(QStringLiteral("state"), QStringLiteral("DIR"),
                       QCoreApplication::translate("porter-door", "The door's state directory."));
}

QCommandLineOption jsonOption()
{
    return flagOption(QStringLiteral("json"),
                      QCoreApplication::translate("porter-door", "Machine-readable output."));
}

// Parses the arguments after the subcommand; returns false (with a usage line printed) on error.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command, int *code)
{
    parser.addOption(helpOption(QStringLiteral("Help.")));
    QStringList all = args;
    all.removeAt(1); // the subcommand
    if (!parser.parse(all)) {
        *code = usage(
            QCoreApplication::translate("porter-door", "%1 (see porter-door help)").arg(parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(usageText());
        *code = kExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *code = usage(QCoreApplication::translate("porter-door",
                                                  "%1: unexpected argument \"%2\" (see porter-door help)")
                          .arg(command, parser.positionalArguments().constFirst()));
        return false;
    }
    if (!parser.isSet(QStringLiteral("state"))) {
        *code = usage(QCoreApplication::translate("porter-door", "%1 needs --state DIR.").arg(command));
        return false;
    }
    return true;
}

QString hashPrefix(const door::Hash &h)
{
    return QString::fromStdString(door::toHex(door::ByteView(h.data(), 8)));
}

// The property signing key as Porter shows it ("3F2A 91C0 …": SHA-256, six groups), so a technician can
// compare what the door trusts with what `porterctl property rotate-signing-key` printed.
QString fingerprintOf(const door::Bytes &publicKey)
{
    const door::crypto::Hash h = door::crypto::sha256(publicKey);
    const QString hex = QString::fromStdString(door::toHex(door::ByteView(h.data(), 12))).toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

// Between the phone files' Qt bytes and the door's.
QByteArray bytesOf(const door::Bytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

door::Bytes doorBytes(const QByteArray &b)
{
    return door::Bytes(b.cbegin(), b.cend());
}

QString credentialText(door::CredentialKind k)
{
    return QString::fromLatin1(door::describe(k));
}

// ---------------------------------------------------------------------------------------------

// porter-door phone new --out DIR: stands in for the phone's app. The key pair is made here, the
// private key stays in DIR (0600); only phone.pub goes to Porter.
int cmdPhone(const QStringList &args)
{
    if (args.value(2) != QLatin1String("new"))
        return usage(QCoreApplication::translate(
            "porter-door", "phone needs a subcommand: porter-door phone new --out DIR."));
    QCommandLineParser p;
    p.addOption(valueOption(QStringLiteral("out"), QStringLiteral("DIR"),
                            QCoreApplication::translate("porter-door", "The phone's directory.")));
    p.addOption(helpOption(QStringLiteral("Help.")));
    QStringList all = args;
    all.removeAt(2);
    all.removeAt(1);
    if (!p.parse(all))
        return usage(
            QCoreApplication::translate("porter-door", "%1 (see porter-door help)").arg(p.errorText()));
    if (p.isSet(QStringLiteral("help"))) {
        printOut(usageText());
        return kExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate(
                         "porter-door", "phone new: unexpected argument \"%1\" (see porter-door help)")
                         .arg(p.positionalArguments().constFirst()));
    const QString dirPath = p.value(QStringLiteral("out"));
    if (dirPath.isEmpty())
        return usage(QCoreApplication::translate("porter-door", "phone new needs --out DIR."));
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath))
        return fail(
            QCoreApplication::translate("porter-door", "Cannot create the directory %1.").arg(dirPath));
    const QString keyPath = dir.filePath(QStringLiteral("phone.key"));
    const QString pubPath = dir.filePath(QStringLiteral("phone.pub"));
    if (QFileInfo::exists(keyPath) || QFileInfo::exists(pubPath))
        return fail(QCoreApplication::translate(
                        "porter-door",
                        "%1 already holds a phone key: phone new never replaces one; pick another "
                        "directory.")
                        .arg(dirPath));
    const door::crypto::KeyPair kp = door::crypto::ed25519Generate();
    if (const Status key = writeNewPhoneFile(keyPath, cli::PhoneFile::PrivateKey, bytesOf(kp.seed),
                                             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !key.ok())
        return fail(key.error());
    if (const Status pub = writeNewPhoneFile(pubPath, cli::PhoneFile::PublicKey, bytesOf(kp.publicKey),
                                             QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadGroup | QFileDevice::ReadOther);
        !pub.ok()) {
        QFile::remove(keyPath);
        return fail(pub.error());
    }
    out(QCoreApplication::translate("porter-door",
                                    "New phone key in %1: phone.key (private, stays here) and phone.pub.")
            .arg(dirPath));
    out(QCoreApplication::translate("porter-door",
                                    "Next: porterctl person app-key PERSON --public-key %1 --out %2")
            .arg(pubPath, dir.filePath(QStringLiteral("phone.cert"))));
    return kExitOk;
}

int cmdInit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(stateOption());
    int code = 0;
    if (!parse(p, args, QStringLiteral("init"), &code))
        return code;
    auto opened = DoorState::open(p.value(QStringLiteral("state")), DoorState::Mode::Create, 2000);
    if (!opened.ok())
        return fail(opened.error());
    const std::unique_ptr<DoorState> state = std::move(opened).value();
    // An uncommissioned door's first state file: battery and firmware as shipped.
    if (!state->door().setBattery(100))
        return fail(QCoreApplication::translate("porter-door", "Cannot write the door state in %1.")
                        .arg(state->directory()));
    out(QCoreApplication::translate("porter-door", "New door in %1 (not commissioned).")
            .arg(state->directory()));
    out(QCoreApplication::translate(
            "porter-door",
            "Next: porter-door serve --state %1 --listen 127.0.0.1:0, porter-door install --state %1 (the "
            "install button), then porterctl door commission DOOR --tcp HOST:PORT.")
            .arg(state->directory()));
    return kExitOk;
}

// The door's install button, pressed to open install mode (`install`) or again to confirm the
// pairing code it shows (`confirm`). A button does not take the state directory's lock: it works while
// the door runs, and all it writes is the install window, atomically (docs/porter-door.md).
int pressButton(const QStringList &args, const QString &command)
{
    QCommandLineParser p;
    p.addOption(stateOption());
    int code = 0;
    if (!parse(p, args, command, &code))
        return code;
    const QString dir = p.value(QStringLiteral("state"));
    if (!QFileInfo(dir).isDir())
        return fail(noDoorStateError(dir));
    door::FileStorage storage(QDir::toNativeSeparators(dir).toStdString());
    door::Door d(storage);
    switch (d.load()) {
    case door::LoadResult::Fresh:
        return fail(noDoorStateError(dir));
    case door::LoadResult::Corrupt:
        return fail(QCoreApplication::translate(
                        "porter-door",
                        "The door state in %1 is damaged or was tampered with: the door refuses "
                        "everything, install mode included. Reset it first: porter-door reset --state %1.")
                        .arg(dir));
    case door::LoadResult::Loaded:
        break;
    }
    if (d.commissioned())
        return fail(QCoreApplication::translate(
                        "porter-door",
                        "The door in %1 is already commissioned (door %2 of property %3); reset it "
                        "first to commission it again.")
                        .arg(dir)
                        .arg(d.doorId())
                        .arg(d.propertyId()));
    if (command == QLatin1String("install")) {
        if (!d.openInstallMode(hostNow()))
            return fail(
                QCoreApplication::translate("porter-door", "Cannot write the door state in %1.").arg(dir));
        out(QCoreApplication::translate(
            "porter-door", "Install mode for 10 minutes: commission the door now (porterctl door commission "
                           "DOOR --tcp HOST:PORT)."));
        return kExitOk;
    }
    if (!d.confirmPairing(hostNow()))
        return fail(QCoreApplication::translate("porter-door",
                                                "The door in %1 is not in install mode: press install first.")
                        .arg(dir));
    out(QCoreApplication::translate("porter-door",
                                    "Confirmed at the door: the pairing it shows will be committed."));
    return kExitOk;
}

int cmdReset(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(stateOption());
    int code = 0;
    if (!parse(p, args, QStringLiteral("reset"), &code))
        return code;
    auto opened = DoorState::open(p.value(QStringLiteral("state")), DoorState::Mode::Open, 2000);
    if (!opened.ok())
        return fail(opened.error());
    const std::unique_ptr<DoorState> state = std::move(opened).value();
    if (!state->door().reset() || !state->door().setBattery(100))
        return fail(QCoreApplication::translate("porter-door", "Cannot reset the door state in %1.")
                        .arg(state->directory()));
    out(QCoreApplication::translate(
            "porter-door",
            "Door in %1 reset: not commissioned. Press install (porter-door install --state %1) "
            "to commission it again; Porter must be told to replace its identity.")
            .arg(state->directory()));
    return kExitOk;
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
#endif

// Asks the event loop to stop serving; safe from any thread (the stdin reader, a console control
// handler).
std::function<void()> g_stopServing;
void stopServingSoon()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            app,
            [] {
                if (g_stopServing)
                    g_stopServing();
            },
            Qt::QueuedConnection);
}

#ifdef Q_OS_WIN
// Ctrl+C, Ctrl+Break and closing the console window: Windows' counterparts of SIGINT and SIGTERM.
BOOL WINAPI onConsoleControl(DWORD)
{
    stopServingSoon();
    return TRUE;
}
#endif

// --until-stdin-closes: a supervisor (or a test) stops the door by closing its standard input, which
// works the same on every OS, where signals do not (Windows console programs never see
// QProcess::terminate). Reads and discards; the thread is left blocked in fread at exit, which is fine.
void stopWhenStdinCloses()
{
    std::thread([] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        stopServingSoon();
    }).detach();
}

int cmdServe(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(stateOption());
    p.addOption(valueOption(QStringLiteral("listen"), QStringLiteral("HOST:PORT"),
                            QCoreApplication::translate("porter-door", "Address to listen on.")));
    p.addOption(valueOption(QStringLiteral("payload"), QStringLiteral("N"),
                            QCoreApplication::translate("porter-door", "Link payload (default 244).")));
    p.addOption(QCommandLineOption(
        QStringLiteral("ble"),
        QCoreApplication::translate("porter-door", "Serve over Bluetooth LE (Qt's peripheral role).")));
    p.addOption(valueOption(
        QStringLiteral("name"), QStringLiteral("NAME"),
        QCoreApplication::translate("porter-door", "Bluetooth local name (default Porter door).")));
    p.addOption(QCommandLineOption(
        QStringLiteral("until-stdin-closes"),
        QCoreApplication::translate("porter-door",
                                    "Stop cleanly when standard input closes (supervisors, tests).")));
    int code = 0;
    if (!parse(p, args, QStringLiteral("serve"), &code))
        return code;
    const bool ble = p.isSet(QStringLiteral("ble"));
    if (ble == p.isSet(QStringLiteral("listen")))
        return usage(QCoreApplication::translate(
            "porter-door", "serve needs either --listen HOST:PORT (TCP) or --ble (Bluetooth LE), not both."));
    const std::optional<HostPort> listen = parseHostPort(p.value(QStringLiteral("listen")));
    const QHostAddress address(listen ? listen->host : QString());
    if (!ble && (!listen || address.isNull()))
        return usage(QCoreApplication::translate(
            "porter-door", "serve needs --listen HOST:PORT with a numeric address, e.g. 127.0.0.1:0."));
    if (ble && p.isSet(QStringLiteral("payload")))
        return usage(QCoreApplication::translate(
            "porter-door", "--payload is for TCP; over Bluetooth the payload follows the negotiated MTU."));
    std::size_t payload = kDefaultLinkPayload;
    if (p.isSet(QStringLiteral("payload"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("payload")).toInt(&ok);
        if (!ok || n < minLinkPayload() || n > maxLinkPayload())
            return usage(QCoreApplication::translate("porter-door", "--payload needs a number from %1 to %2.")
                             .arg(minLinkPayload())
                             .arg(maxLinkPayload()));
        payload = std::size_t(n);
    }
    auto opened = DoorState::open(p.value(QStringLiteral("state")), DoorState::Mode::Open, 0);
    if (!opened.ok())
        return fail(opened.error());
    const std::unique_ptr<DoorState> state = std::move(opened).value();

    const auto say = [](const QString &line) { out(line); };
    std::unique_ptr<DoorServer> tcpServer;
    std::unique_ptr<BleDoorServer> bleServer;
    QObject *server = nullptr;
    if (ble) {
        const QString name =
            p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : QStringLiteral("Porter door");
        bleServer = std::make_unique<BleDoorServer>(state->door(), name, say);
        if (const Status started = bleServer->start(); !started.ok())
            return fail(started.error());
        QObject::connect(bleServer.get(), &BleDoorServer::failed, bleServer.get(), [](const Error &e) {
            fail(e);
            QCoreApplication::exit(1);
        });
        server = bleServer.get();
    } else {
        tcpServer = std::make_unique<DoorServer>(state->door(), payload, say);
        if (const Status listening = tcpServer->listen(address, listen->port); !listening.ok())
            return fail(listening.error());
        server = tcpServer.get();
    }

    // Every way of stopping ends here: the door closes its session, then the event loop ends.
    g_stopServing = [&]() {
        if (tcpServer)
            tcpServer->stop();
        if (bleServer)
            bleServer->stop();
        QCoreApplication::quit();
    };
    const auto forget = qScopeGuard([] { g_stopServing = nullptr; });
#ifdef Q_OS_UNIX
    // SIGTERM/SIGINT: through a self-pipe into the event loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(QCoreApplication::translate("porter-door", "Cannot set up signal handling."));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, server, [&]() {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        g_stopServing();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
#endif
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#endif
    if (p.isSet(QStringLiteral("until-stdin-closes")))
        stopWhenStdinCloses();

    const door::Door &d = state->door();
    if (d.faulted())
        out(QCoreApplication::translate(
            "porter-door", "FAULT: the door state is damaged or was tampered with; refusing everything until "
                           "porter-door reset"));
    else if (d.commissioned())
        out(QCoreApplication::translate("porter-door", "door %1 of property %2, version %3")
                .arg(d.doorId())
                .arg(d.propertyId())
                .arg(d.accessList().version));
    else
        out(QCoreApplication::translate(
            "porter-door", "not commissioned: waiting for the install button (porter-door install)"));
    if (tcpServer)
        out(QStringLiteral("listening on %1:%2").arg(tcpServer->address().toString()).arg(tcpServer->port()));
    const int rc = QCoreApplication::exec();
    out(QStringLiteral("stopped"));
    return rc;
}

int cmdTry(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(stateOption());
    p.addOption(valueOption(QStringLiteral("doorcode"), QStringLiteral("CODE"),
                            QCoreApplication::translate("porter-door", "A keypad code.")));
    p.addOption(valueOption(QStringLiteral("card"), QStringLiteral("SERIAL"),
                            QCoreApplication::translate("porter-door", "A keycard serial (hex).")));
    p.addOption(valueOption(QStringLiteral("app"), QStringLiteral("CERTFILE"),
                            QCoreApplication::translate("porter-door", "A phone certificate.")));
    p.addOption(
        valueOption(QStringLiteral("phone-key"), QStringLiteral("KEYFILE"),
                    QCoreApplication::translate("porter-door", "The phone's private key (phone new).")));
    p.addOption(valueOption(QStringLiteral("at"), QStringLiteral("TIME"),
                            QCoreApplication::translate("porter-door", "The door's clock for the attempt.")));
    p.addOption(valueOption(QStringLiteral("tz"), QStringLiteral("IANA"),
                            QCoreApplication::translate("porter-door", "Zone of a local --at.")));
    p.addOption(jsonOption());
    int code = 0;
    if (!parse(p, args, QStringLiteral("try"), &code))
        return code;
    const int given = int(p.isSet(QStringLiteral("doorcode"))) + int(p.isSet(QStringLiteral("card"))) +
                      int(p.isSet(QStringLiteral("app")));
    if (given != 1)
        return usage(QCoreApplication::translate(
            "porter-door", "try needs exactly one of --doorcode CODE, --card SERIAL or --app CERTFILE."));
    if (p.isSet(QStringLiteral("app")) != p.isSet(QStringLiteral("phone-key")))
        return usage(QCoreApplication::translate(
            "porter-door", "--app CERTFILE and --phone-key KEYFILE go together: the phone signs with its "
                           "private key and shows its certificate."));
    std::optional<qint64> at;
    if (p.isSet(QStringLiteral("at"))) {
        QTimeZone zone = QTimeZone::utc();
        if (p.isSet(QStringLiteral("tz"))) {
            auto z = timeZoneNamed(p.value(QStringLiteral("tz")));
            if (!z.ok())
                return usage(QCoreApplication::translate("porter-door", "--tz: %1").arg(z.error().message));
            zone = *z;
        }
        auto t = parseLocalTime(p.value(QStringLiteral("at")), zone, DateMeaning::StartOfDay);
        if (!t.ok())
            return usage(QCoreApplication::translate("porter-door", "--at: %1").arg(t.error().message));
        at = *t;
    } else if (p.isSet(QStringLiteral("tz"))) {
        return usage(QCoreApplication::translate("porter-door", "--tz only goes with --at."));
    }

    // The phone's files are read before the door is touched, so a bad file records nothing.
    door::Bytes certificate, phoneSeed;
    if (p.isSet(QStringLiteral("app"))) {
        const auto cert = readPhoneFile(p.value(QStringLiteral("app")), cli::PhoneFile::Certificate);
        if (!cert.ok())
            return fail(cert.error());
        const auto seed = readPhoneFile(p.value(QStringLiteral("phone-key")), cli::PhoneFile::PrivateKey);
        if (!seed.ok())
            return fail(seed.error());
        certificate = doorBytes(*cert);
        phoneSeed = doorBytes(*seed);
    }

    auto opened = DoorState::open(p.value(QStringLiteral("state")), DoorState::Mode::Open, 2000);
    if (!opened.ok())
        return fail(opened.error());
    const std::unique_ptr<DoorState> state = std::move(opened).value();
    if (state->door().faulted())
        return fail(QCoreApplication::translate(
                        "porter-door",
                        "The door state in %1 is damaged or was tampered with: the door refuses "
                        "everything until porter-door reset --state %1.")
                        .arg(state->directory()));
    door::Door &d = state->door();
    // --at is what the door's clock reads; the door adds its offset to the host clock (and never reads
    // earlier than the newest signed update it holds).
    const qint64 offset = d.clockOffset();
    const qint64 host = at ? *at - offset : hostNow();

    door::Decision decision;
    door::CredentialKind kind = door::CredentialKind::Doorcode;
    if (p.isSet(QStringLiteral("doorcode"))) {
        decision = d.decideDoorcode(p.value(QStringLiteral("doorcode")).trimmed().toStdString(), host);
    } else if (p.isSet(QStringLiteral("card"))) {
        kind = door::CredentialKind::Card;
        QString serial = p.value(QStringLiteral("card")).toUpper();
        serial.remove(QLatin1Char(':')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        decision = d.decideCard(serial.toStdString(), host);
    } else {
        kind = door::CredentialKind::App;
        // The phone's side of the unlock: sign the door's fresh challenge with its private key.
        const door::Phone phone(phoneSeed);
        const door::Bytes challenge = d.appChallenge(host);
        const door::Bytes response = phone.respond(challenge, d.doorId(), d.propertyId());
        decision = d.decideApp(certificate, response, host);
    }
    const QString reason = QString::fromLatin1(door::describe(decision.reason));
    const qint64 doorTime = d.clock(host);
    if (p.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("result"),
                    decision.granted ? QStringLiteral("granted") : QStringLiteral("denied")},
                   {QStringLiteral("granted"), decision.granted},
                   {QStringLiteral("reason"), reason},
                   {QStringLiteral("credential"), credentialText(kind)},
                   {QStringLiteral("personId"),
                    decision.personId ? QJsonValue(qint64(decision.personId)) : QJsonValue()},
                   {QStringLiteral("doorId"), qint64(d.doorId())},
                   {QStringLiteral("doorClock"), formatUtcIso(doorTime)}});
    } else {
        QString line =
            decision.granted ? QStringLiteral("granted") : QStringLiteral("denied: %1").arg(reason);
        if (decision.personId)
            line += QStringLiteral(" (person %1)").arg(decision.personId);
        out(line);
    }
    return decision.granted ? kExitOk : kExitDenied;
}

int cmdStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(stateOption());
    p.addOption(jsonOption());
    int code = 0;
    if (!parse(p, args, QStringLiteral("status"), &code))
        return code;
    auto opened = DoorState::open(p.value(QStringLiteral("state")), DoorState::Mode::Open, 2000);
    if (!opened.ok())
        return fail(opened.error());
    const std::unique_ptr<DoorState> state = std::move(opened).value();
    const door::Door &d = state->door();
    const qint64 host = hostNow();
    const door::DoorStatus s = d.status(host);
    const qint64 pending = qint64(d.activityCount()); // seqs may skip: a full ring drops failures first
    const qint64 offset = s.doorClock - host;
    if (p.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("commissioned"), s.commissioned},
                   {QStringLiteral("faulted"), d.faulted()},
                   {QStringLiteral("propertyId"), qint64(s.propertyId)},
                   {QStringLiteral("doorId"), qint64(s.doorId)},
                   {QStringLiteral("doorcodeEpoch"), qint64(s.doorcodeEpoch)},
                   {QStringLiteral("signingKeyEpoch"), qint64(s.signingKeyEpoch)},
                   {QStringLiteral("signingKey"),
                    s.commissioned ? fingerprintOf(d.propertyPublicKey()) : QString()},
                   {QStringLiteral("version"), qint64(s.version)},
                   {QStringLiteral("hash"), hashPrefix(s.hash)},
                   {QStringLiteral("holders"), qint64(d.accessList().holders.size())},
                   {QStringLiteral("batteryPercent"), int(s.batteryPercent)},
                   {QStringLiteral("firmware"), QString::fromStdString(s.firmware)},
                   {QStringLiteral("clock"), formatUtcIso(s.doorClock)},
                   {QStringLiteral("clockOffsetSeconds"), offset},
                   {QStringLiteral("lastDriftSeconds"), qint64(s.lastDriftSeconds)},
                   {QStringLiteral("activityPending"), pending},
                   {QStringLiteral("activityLost"), qint64(s.lostEntries)},
                   {QStringLiteral("stagedVersion"), qint64(s.staged.newVersion)},
                   {QStringLiteral("stagedBytes"), qint64(s.staged.have)},
                   {QStringLiteral("stagedTotal"), qint64(s.staged.totalLength)}});
        return kExitOk;
    }
    out(QCoreApplication::translate("porter-door", "commissioned:     %1")
            .arg(d.faulted() ? QCoreApplication::translate(
                                   "porter-door", "FAULT: damaged or tampered state, refusing everything")
                 : s.commissioned ? QStringLiteral("yes")
                                  : QStringLiteral("no")));
    if (s.commissioned) {
        out(QCoreApplication::translate("porter-door", "property:         %1").arg(s.propertyId));
        out(QCoreApplication::translate("porter-door", "door:             %1").arg(s.doorId));
        out(QCoreApplication::translate("porter-door", "doorcode secret:  epoch %1").arg(s.doorcodeEpoch));
        out(QCoreApplication::translate("porter-door", "signing key:      epoch %1 (%2)")
                .arg(s.signingKeyEpoch)
                .arg(fingerprintOf(d.propertyPublicKey())));
    }
    out(QCoreApplication::translate("porter-door", "version:          %1 (hash %2)")
            .arg(s.version)
            .arg(hashPrefix(s.hash)));
    out(QCoreApplication::translate("porter-door", "holders:          %1")
            .arg(d.accessList().holders.size()));
    out(QCoreApplication::translate("porter-door", "battery:          %1%").arg(s.batteryPercent));
    out(QCoreApplication::translate("porter-door", "firmware:         %1")
            .arg(QString::fromStdString(s.firmware)));
    out(QCoreApplication::translate("porter-door", "clock:            %1 (host %2%3 s)")
            .arg(formatUtcIso(s.doorClock), offset < 0 ? QString() : QStringLiteral("+"))
            .arg(offset));
    out(QCoreApplication::translate("porter-door", "activity pending: %1 (lost %2)")
            .arg(pending)
            .arg(s.lostEntries));
    if (s.staged.newVersion)
        out(QCoreApplication::translate("porter-door", "staged update:    version %1, %2 of %3 bytes")
                .arg(s.staged.newVersion)
                .arg(s.staged.have)
                .arg(s.staged.totalLength));
    return kExitOk;
}

int cmdSet(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(stateOption());
    p.addOption(valueOption(QStringLiteral("battery"), QStringLiteral("N"),
                            QCoreApplication::translate("porter-door", "Battery percent (0-100).")));
    p.addOption(valueOption(QStringLiteral("clock-offset"), QStringLiteral("SECONDS"),
                            QCoreApplication::translate("porter-door", "Door clock minus host clock.")));
    p.addOption(valueOption(QStringLiteral("firmware"), QStringLiteral("TEXT"),
                            QCoreApplication::translate("porter-door", "Firmware version.")));
    int code = 0;
    if (!parse(p, args, QStringLiteral("set"), &code))
        return code;
    std::optional<int> battery;
    std::optional<qint64> offset;
    if (p.isSet(QStringLiteral("battery"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("battery")).toInt(&ok);
        if (!ok || n < 0 || n > 100)
            return usage(
                QCoreApplication::translate("porter-door", "--battery needs a percentage from 0 to 100."));
        battery = n;
    }
    if (p.isSet(QStringLiteral("clock-offset"))) {
        bool ok = false;
        const qint64 n = p.value(QStringLiteral("clock-offset")).toLongLong(&ok);
        if (!ok || n < -10LL * 365 * 86400 || n > 10LL * 365 * 86400)
            return usage(QCoreApplication::translate(
                "porter-door", "--clock-offset needs a whole number of seconds (may be negative)."));
        offset = n;
    }
    if (!battery && !offset && !p.isSet(QStringLiteral("firmware")))
        return usage(
            QCoreApplication::translate("porter-door", "set needs --battery, --clock-offset or --firmware."));
    auto opened = DoorState::open(p.value(QStringLiteral("state")), DoorState::Mode::Open, 2000);
    if (!opened.ok())
        return fail(opened.error());
    const std::unique_ptr<DoorState> state = std::move(opened).value();
    if (state->door().faulted())
        return fail(QCoreApplication::translate(
                        "porter-door",
                        "The door state in %1 is damaged or was tampered with: the door refuses "
                        "everything until porter-door reset --state %1.")
                        .arg(state->directory()));
    door::Door &d = state->door();
    const QString writeError =
        QCoreApplication::translate("porter-door", "Cannot write the door state in %1.")
            .arg(state->directory());
    if (battery && !d.setBattery(std::uint8_t(*battery)))
        return fail(writeError);
    if (p.isSet(QStringLiteral("firmware")) &&
        !d.setFirmware(p.value(QStringLiteral("firmware")).toStdString()))
        return fail(QCoreApplication::translate("porter-door", "--firmware: at most 255 bytes, or %1")
                        .arg(writeError));
    if (offset) {
        // The door's only clock primitive is "set to this true time"; setting it to host + offset
        // makes its clock run that far from the host's (it also notes that as the last drift).
        const qint64 host = hostNow();
        if (!d.setClock(host + *offset, host))
            return fail(writeError);
    }
    const door::DoorStatus s = d.status(hostNow());
    out(QCoreApplication::translate("porter-door", "battery %1%, firmware %2, clock %3")
            .arg(s.batteryPercent)
            .arg(QString::fromStdString(s.firmware), formatUtcIso(s.doorClock)));
    return kExitOk;
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(messageHandler);
    QCoreApplication app(argc, argv);
    porter::cli::useUtf8Console();
    QCoreApplication::setOrganizationName(QStringLiteral("Porter"));
    QCoreApplication::setApplicationName(QStringLiteral("porter-door"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTER_VERSION));
    // Messages in the user's language, loaded as the window loads them (translations/translators.h).
    porter::installTranslators(QLocale::system());
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty())
        return usage(QCoreApplication::translate("porter-door",
                                                 "No command given. Run porter-door help for the list."));
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        printOut(usageText());
        return kExitOk;
    }
    // As every command line tool (and porterctl): --version.
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out(QStringLiteral("porter-door %1").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    if (command == QLatin1String("init"))
        return cmdInit(args);
    if (command == QLatin1String("install") || command == QLatin1String("confirm"))
        return pressButton(args, command);
    if (command == QLatin1String("reset"))
        return cmdReset(args);
    if (command == QLatin1String("serve"))
        return cmdServe(args);
    if (command == QLatin1String("try"))
        return cmdTry(args);
    if (command == QLatin1String("status"))
        return cmdStatus(args);
    if (command == QLatin1String("set"))
        return cmdSet(args);
    if (command == QLatin1String("phone"))
        return cmdPhone(args);
    return usage(QCoreApplication::translate("porter-door",
                                             "Unknown command \"%1\". Run porter-door help for the list.")
                     .arg(command));
}
