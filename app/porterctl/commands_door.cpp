// Commands about doors as devices: adding and listing doors, their pending changes, commissioning,
// scanning for doors over Bluetooth, syncing over Bluetooth or over TCP to porter-door, a door's health,
// daily doorcodes and phone credentials (docs/cli.md, "Doors and syncs").
#include "ble/bleradio.h"
#include "commands.h"
#include "devices/commissioner.h"
#include "devices/deviceservice.h"
#include "doorradio.h"
#include "doorstate.h"
#include "link/transportfactory.h"
#include "phonefiles.h"
#include "sync/blocking.h"
#include "sync/syncengine.h"
#include "util/localtime.h"
#include "viewmodels/displaytext.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <cstdio>
#include <memory>
#include <thread>

namespace porter::cli {

Result<std::optional<qint64>> doorcodeEpochOf(Session &s, Id propertyId)
{
    PORTER_TRY_ASSIGN(const sync::DeviceService::DoorcodeSecretStatus status,
                      s.devices().doorcodeSecretStatus(s.me(), propertyId));
    return status.epoch;
}

bool holdsOldDoorcodeSecret(const Door &d, std::optional<qint64> currentEpoch)
{
    return d.commissioned && currentEpoch && d.doorcodeEpoch.value_or(0) != *currentEpoch;
}

QString doorcodeSecretText(const Door &d, std::optional<qint64> currentEpoch)
{
    if (!d.commissioned || !currentEpoch)
        return QStringLiteral("-");
    if (!d.doorcodeEpoch)
        return QCoreApplication::translate("porterctl", "unknown (old: sync this door)");
    if (holdsOldDoorcodeSecret(d, currentEpoch))
        return QCoreApplication::translate("porterctl", "epoch %1 (old: sync this door)")
            .arg(*d.doorcodeEpoch);
    return QCoreApplication::translate("porterctl", "epoch %1 (current)").arg(*d.doorcodeEpoch);
}

Result<QDate> localDayOption(Session &s)
{
    if (!s.has(QStringLiteral("date")))
        return QDate();
    const QDate d = QDate::fromString(s.value(QStringLiteral("date")), Qt::ISODate);
    if (!d.isValid())
        return usageError(QCoreApplication::translate("porterctl", "--date needs YYYY-MM-DD, not \"%1\".")
                              .arg(s.value(QStringLiteral("date"))));
    return d;
}

QStringList syncTaskLines(const DoorSyncTask &t, const QTimeZone &zone, bool withChanges)
{
    QStringList out;
    QString due = QCoreApplication::translate("porterctl", "not due today");
    if (t.startsOrEndsOnDay)
        due = QCoreApplication::translate("porterctl", "access starts or ends that day");
    else if (t.dueByEndOfDay)
        due = QCoreApplication::translate("porterctl", "due since %1").arg(timeText(t.dueSince, zone));
    out << QCoreApplication::translate("porterctl",
                                       "Door %1 \"%2\" (%3): %4 pending changes since version %5; %6.")
               .arg(QString::number(t.door.id), t.door.name, toString(t.door.connectivity),
                    QString::number(t.pendingChanges), QString::number(t.door.ackedVersion), due);
    if (withChanges) {
        Table table({QStringLiteral("  SEQ"), QStringLiteral("WHEN"), QStringLiteral("KIND"),
                     QStringLiteral("EFFECTIVE"), QStringLiteral("SUMMARY")});
        for (const DoorChange &c : t.changes)
            table.add({QStringLiteral("  %1").arg(c.seq), timeText(c.at, zone), c.kind,
                       timeText(c.effectiveAt, zone), DisplayText::doorChange(c)});
        out << table.lines();
    }
    return out;
}

namespace {

Result<Reply> cmdDoorAdd(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    const auto type = doorTypeFromString(s.value(QStringLiteral("type")));
    if (!type)
        return usageError(QCoreApplication::translate(
            "porterctl", "--type must be building-entrance, residence, service or communal."));
    Door d;
    d.propertyId = propertyId;
    d.name = s.value(QStringLiteral("name"));
    d.type = *type;
    d.connectivity = s.has(QStringLiteral("online")) ? Connectivity::Online : Connectivity::Offline;
    PORTER_TRY_ASSIGN(const Door added, s.directory().addDoor(s.me(), d));
    Reply reply;
    reply.json = doorJson(added);
    reply.text << QCoreApplication::translate("porterctl", "Added door %1 \"%2\" (%3, %4).")
                      .arg(QString::number(added.id), added.name, toString(added.type),
                           toString(added.connectivity));
    return reply;
}

const Registration kDoorAdd{
    Section::Doors,
    {.name = "door add",
     .synopsis = "--property ID --name NAME --type building-entrance|residence|service|communal [--online]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Add a door (Device Management)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Adds a door. Doors are offline unless --online: offline doors need a sync after every "
                      "change to who may open them."),
     .options = {{.name = "property",
                  .value = "ID",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
                  .required = true},
                 {.name = "name",
                  .value = "NAME",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Door name."),
                  .required = true},
                 {.name = "type",
                  .value = "TYPE",
                  .help =
                      QT_TRANSLATE_NOOP("porterctl", "building-entrance, residence, service or communal."),
                  .required = true},
                 {.name = "online",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The door is internet-connected.")}},
     .handler = cmdDoorAdd}};

Result<Reply> cmdDoorList(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    PORTER_TRY_ASSIGN(const QList<Door> list, s.directory().doors(s.me(), propertyId));
    PORTER_TRY_ASSIGN(const std::optional<qint64> epoch, doorcodeEpochOf(s, propertyId));
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("TYPE"),
                 QStringLiteral("CONNECTIVITY"), QStringLiteral("VERSION"), QStringLiteral("DOORCODE SECRET"),
                 QStringLiteral("ALARMS")});
    for (const Door &d : list) {
        QJsonObject o = doorJson(d);
        o.insert(QStringLiteral("doorcodeEpoch"),
                 d.doorcodeEpoch ? QJsonValue(*d.doorcodeEpoch) : QJsonValue());
        o.insert(QStringLiteral("oldDoorcodeSecret"), holdsOldDoorcodeSecret(d, epoch));
        o.insert(QStringLiteral("signingKeyEpoch"),
                 d.signingKeyEpoch ? QJsonValue(*d.signingKeyEpoch) : QJsonValue());
        json.append(o);
        table.add({QString::number(d.id), d.name, toString(d.type), toString(d.connectivity),
                   QString::number(d.ackedVersion), doorcodeSecretText(d, epoch),
                   QString::number(d.alarmCount)});
    }
    return Reply{json, table.lines(), {}};
}

const Registration kDoorList{
    Section::Doors,
    {.name = "door list",
     .synopsis = "--property ID",
     .summary = QT_TRANSLATE_NOOP("porterctl", "List a property's doors."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Lists the doors of a property with the access-list version each last acknowledged "
                      "and the doorcode secret epoch each holds (\"old\": codes of a rotated-out secret "
                      "still open it until it is synced)."),
     .options = {{.name = "property",
                  .value = "ID",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
                  .required = true}},
     .handler = cmdDoorList}};

Result<Reply> cmdDoorPending(Session &s)
{
    PORTER_TRY_ASSIGN(const Id doorId, s.positionalId());
    PORTER_TRY_ASSIGN(const QDate date, localDayOption(s));
    PORTER_TRY_ASSIGN(const DoorSyncTask t, s.queries().doorSyncTask(s.me(), doorId, date));
    PORTER_TRY_ASSIGN(const QTimeZone zone, s.zoneOf(t.door.propertyId));
    return Reply{syncTaskJson(t, zone), syncTaskLines(t, zone, true), {}};
}

const Registration kDoorPending{
    Section::Doors,
    {.name = "door pending",
     .synopsis = "DOOR [--date YYYY-MM-DD]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Show a door's changes not yet synced."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Lists the changes recorded for the door since the version it last acknowledged, "
                      "oldest first. --date is the local day used for the \"due\" flags (default today)."),
     .options = {{.name = "date",
                  .value = "YYYY-MM-DD",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Local day (default today).")}},
     .argument = "DOOR",
     .handler = cmdDoorPending}};

Result<Reply> cmdDoorScan(Session &s)
{
    PORTER_TRY_ASSIGN(const int seconds, scanSeconds(s, 5));
    if (s.has(QStringLiteral("power-on")))
        PORTER_TRY(ble::powerOn());
    PORTER_TRY_ASSIGN(const QList<HeardDoor> heard, scanDoors(s, seconds));
    QJsonArray json;
    Table table({QStringLiteral("DOOR"), QStringLiteral("STATE"), QStringLiteral("SIGNAL"),
                 QStringLiteral("ADDRESS"), QStringLiteral("VERSION"), QStringLiteral("SYNC")});
    for (const HeardDoor &h : heard) {
        const sync::SeenDoor &d = h.seen;
        QJsonObject o{
            {QStringLiteral("address"), d.address},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("state"), stateName(h.state)},
            {QStringLiteral("rssi"), d.rssi},
            {QStringLiteral("seenAt"), formatUtcIso(d.seenAtMs / 1000)},
            {QStringLiteral("commissioned"), d.commissioned},
            {QStringLiteral("installMode"), d.installMode},
            {QStringLiteral("faulted"), d.faulted},
            {QStringLiteral("propertyId"), qint64(d.propertyId)},
            {QStringLiteral("doorId"), qint64(d.doorId)},
            {QStringLiteral("advertisedVersion"), qint64(d.listVersion)},
            {QStringLiteral("door"), h.door ? QJsonValue(doorJson(*h.door)) : QJsonValue()},
            {QStringLiteral("ackVersion"), h.door ? versionJson(h.door->ackedVersion) : QJsonValue()},
            {QStringLiteral("pendingChanges"), h.door ? QJsonValue(h.pendingChanges) : QJsonValue()},
            {QStringLiteral("needsSync"), h.needsSync}};
        json.append(o);
        QString version = QString::number(d.listVersion);
        QString sync = QStringLiteral("-");
        if (h.door) {
            version = QCoreApplication::translate("porterctl", "%1 (acknowledged %2)")
                          .arg(d.listVersion)
                          .arg(h.door->ackedVersion);
            sync = h.needsSync ? QCoreApplication::translate("porterctl", "needs sync (%n pending change(s))",
                                                             nullptr, int(h.pendingChanges))
                               : QCoreApplication::translate("porterctl", "up to date");
        }
        table.add({h.door ? QStringLiteral("%1 \u2018%2\u2019").arg(h.door->id).arg(h.door->name)
                          : (d.name.isEmpty() ? QStringLiteral("-") : d.name),
                   stateText(h.state), QCoreApplication::translate("porterctl", "%1 dBm").arg(d.rssi),
                   d.address, version, sync});
    }
    Reply reply;
    reply.json = json;
    if (heard.isEmpty())
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "No door heard in %1 s. Stand near a door (it advertises only while it has "
                          "power) and scan again.")
                          .arg(seconds);
    else
        reply.text << table.lines();
    return reply;
}

const Registration kDoorScan{
    Section::Doors,
    {.name = "door scan",
     .synopsis = "[--seconds N] [--power-on]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "List the doors in Bluetooth range."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Listens for --seconds (default 5) for doors advertising over Bluetooth and lists them, nearest "
         "first: which of your doors each is (matched by the property and door ids it advertises, never by "
         "its address), doors waiting to be commissioned (install mode), doors of another property, the "
         "signal strength, the address to give door commission/sync --address, and the list version the "
         "door advertises against the one Porter recorded (\"needs sync\" when they differ or changes are "
         "pending). Devices the computer only remembers from earlier are not listed. --power-on turns the "
         "computer's Bluetooth on first."),
     .options = {{.name = "seconds",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl", "How long to listen (default 5).")},
                 {.name = "power-on",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Turn the computer's Bluetooth on if it is off.")}},
     .handler = cmdDoorScan}};

Result<HostPort> tcpEndpoint(Session &s)
{
    const QString text = s.value(QStringLiteral("tcp"));
    const std::optional<HostPort> at = parseHostPort(text);
    if (!at || at->port == 0)
        return usageError(QCoreApplication::translate(
                              "porterctl", "--tcp needs HOST:PORT, e.g. 127.0.0.1:40123, not \"%1\".")
                              .arg(text));
    return *at;
}

Result<int> payload(Session &s)
{
    PORTER_TRY_ASSIGN(const int n, s.number(QStringLiteral("payload"), kDefaultLinkPayload));
    if (n < minLinkPayload() || n > maxLinkPayload())
        return usageError(QCoreApplication::translate(
                              "porterctl", "--payload needs a number from %1 to %2 (the same as porter-door "
                                           "serve's).")
                              .arg(minLinkPayload())
                              .arg(maxLinkPayload()));
    return n;
}

QString signedSeconds(qint64 s)
{
    return (s > 0 ? QStringLiteral("+") : QString()) + QString::number(s);
}

// Asks the person at the terminal a yes/no question. The prompt goes to stderr (stdout may be
// parsed); the answer is one line of standard input, "y" or "yes" to accept.
bool ask(const QString &question)
{
    std::fputs(QStringLiteral("%1 [y/N] ").arg(question).toUtf8().constData(), stderr);
    std::fflush(stderr);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

// The same question asked while a door operation runs: the answer is read on another thread and the
// event loop keeps running meanwhile. Over Bluetooth on Linux, Qt hands the link one write at a time,
// each after the previous one's D-Bus reply, which only the event loop receives: a prompt that blocked
// it would hold back the rest of what the door must receive before it shows its code, and the door
// and the technician would wait for each other (docs/decisions.md, "Bluetooth pitfalls").
bool askWhileLinked(const QString &question)
{
    std::fputs(QStringLiteral("%1 [y/N] ").arg(question).toUtf8().constData(), stderr);
    std::fflush(stderr);
    struct Answer
    {
        QString line;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    // Detached: a person who never answers is still reading when porterctl exits (the commissioning's
    // own timeout ends it), and the thread goes with the process.
    std::thread([answer, waiting]() {
        char line[64] = {};
        const bool got = std::fgets(line, sizeof line, stdin) != nullptr;
        const QString text = got ? QString::fromLocal8Bit(line).trimmed().toLower() : QString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [answer, waiting, text]() {
                answer->line = text;
                answer->done = true;
                if (waiting)
                    waiting->quit();
            },
            Qt::QueuedConnection);
    }).detach();
    if (!answer->done)
        loop.exec();
    return answer->line == QLatin1String("y") || answer->line == QLatin1String("yes");
}

// Porter warns before it replaces a door identity it holds, and asks (docs/door-protocol.md,
// "Commissioning again"): true = go on (replace if the door is known), false = the manager declined.
bool confirmReplacement(Session &s, const Door &door)
{
    if (!door.commissioned || s.has(QStringLiteral("replace")))
        return true;
    std::fputs(QCoreApplication::translate(
                   "porterctl",
                   "porterctl: warning: door %1 \u2018%2\u2019 is already commissioned. Commissioning "
                   "it again replaces the identity Porter holds: do this only for a door that was "
                   "reset or replaced on site.\n")
                   .arg(door.id)
                   .arg(door.name)
                   .toUtf8()
                   .constData(),
               stderr);
    return ask(QCoreApplication::translate("porterctl", "Replace the identity of door \u2018%1\u2019?")
                   .arg(door.name));
}

// Where a door command's link goes: --tcp HOST:PORT [--payload N] (porter-door serve), or --ble (the
// door heard over the air; --address picks one, --seconds bounds the scan).
Result<sync::DoorAddress> tcpAddress(Session &s)
{
    PORTER_TRY_ASSIGN(const HostPort at, tcpEndpoint(s));
    PORTER_TRY_ASSIGN(const int linkPayload, payload(s));
    return sync::DoorAddress::tcp(at.host, at.port, linkPayload);
}

Result<Reply> commissionOverLink(Session &s, Id doorId, bool replace, const sync::DoorAddress &address)
{
    const bool yes = s.has(QStringLiteral("yes"));
    auto made = sync::TransportFactory::create(address);
    if (!made.ok())
        return made.error();
    const std::unique_ptr<sync::Transport> transport = std::move(made).value();
    LinkWatch link;
    link.watch(transport.get());
    sync::Commissioner commissioner(s.devices());
    commissioner.setReplaceIdentity(replace);
    const auto out =
        sync::commissionBlocking(commissioner, s.me(), doorId, *transport, [&](const QString &code) {
            if (yes) {
                std::fputs(QCoreApplication::translate(
                               "porterctl", "porterctl: pairing code %1 accepted without checking (--yes)\n")
                               .arg(code)
                               .toUtf8()
                               .constData(),
                           stderr);
                return true;
            }
            return askWhileLinked(
                QCoreApplication::translate("porterctl", "Does the door show %1?").arg(code));
        });
    if (!out.ok()) {
        if (address.kind() == sync::DoorAddress::Kind::Tcp)
            return link.explain(
                out.error(), QCoreApplication::translate("porterctl", "Is porter-door serve running there?"));
        // Over the air the link's own words say what to do ("stand closer", "not a Porter door").
        const Error why = link.explain(out.error(), QString());
        if (why.message == out.error().message)
            return why;
        PORTER_TRY_ASSIGN(const Door door, s.directory().door(s.me(), doorId));
        return makeError(why.code, QCoreApplication::translate(
                                       "porterctl", "Commissioning door %1 \u2018%2\u2019 failed: %3")
                                       .arg(door.id)
                                       .arg(door.name, why.message));
    }
    PORTER_TRY_ASSIGN(const Door door, s.directory().door(s.me(), doorId));
    Reply reply;
    reply.json = QJsonObject{
        {QStringLiteral("door"), doorJson(door)},          {QStringLiteral("commissioned"), true},
        {QStringLiteral("pairingCode"), out->pairingCode}, {QStringLiteral("replaced"), replace},
        {QStringLiteral("via"), transport->describe()},    {QStringLiteral("linkPayload"), link.payload}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Commissioned door %1 \u2018%2\u2019 over %3 (pairing code %4).")
                      .arg(door.id)
                      .arg(door.name, transport->describe(), out->pairingCode);
    if (address.kind() == sync::DoorAddress::Kind::Bluetooth)
        reply.text << QCoreApplication::translate("porterctl",
                                                  "It holds no access yet: run porterctl door sync %1 --ble.")
                          .arg(door.id);
    else
        reply.text << QCoreApplication::translate(
                          "porterctl", "It holds no access yet: run porterctl door sync %1 --tcp %2.")
                          .arg(door.id)
                          .arg(transport->describe());
    return reply;
}

// An emulator's state directory, in process, opened as porter-door opens it (app/common/doorstate.h):
// the same lock keeps a running `porter-door serve` and this command from writing the door at once.
Result<Reply> commissionStateDir(Session &s, Id doorId, bool replace)
{
    const QString dir = s.value(QStringLiteral("state"));
    auto opened = DoorState::open(dir, DoorState::Mode::Open, 2000);
    if (!opened.ok()) {
        // Another process holds the door: say what to do from porterctl's side.
        if (opened.error().code != ErrorCode::Conflict)
            return opened.error();
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "porterctl", "The door in %1 is in use (porter-door serve?): stop it, or "
                                          "commission over the link with --tcp.")
                             .arg(dir));
    }
    const std::unique_ptr<DoorState> state = std::move(opened).value();
    if (state->faulted())
        return makeError(ErrorCode::DoorRejected,
                         QCoreApplication::translate(
                             "porterctl", "The door state in %1 is damaged or was tampered with, so the "
                                          "door refuses everything: reset it with porter-door reset "
                                          "--state %1.")
                             .arg(dir));
    // The same rule as over the air: only a door whose install button was pressed takes a property.
    if (!state->commissioned() && !state->inInstallMode(hostNow()))
        return makeError(ErrorCode::DoorRejected,
                         QCoreApplication::translate(
                             "porterctl", "The door in %1 is not in install mode: press its install "
                                          "button (porter-door install --state %1), then try again "
                                          "within 10 minutes.")
                             .arg(dir));
    PORTER_TRY(s.devices().commission(s.me(), doorId, state->door(), replace));
    PORTER_TRY_ASSIGN(const Door door, s.directory().door(s.me(), doorId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("door"), doorJson(door)},
                             {QStringLiteral("commissioned"), true},
                             {QStringLiteral("via"), QStringLiteral("state:%1").arg(dir)}};
    reply.text << QCoreApplication::translate("porterctl", "Commissioned door %1 \u2018%2\u2019 in %3.")
                      .arg(door.id)
                      .arg(door.name, dir)
               << QCoreApplication::translate(
                      "porterctl",
                      "It holds no access yet: serve it with porter-door serve and run porterctl door "
                      "sync %1 --tcp HOST:PORT.")
                      .arg(door.id);
    return reply;
}

Result<Reply> cmdDoorCommission(Session &s)
{
    PORTER_TRY_ASSIGN(const Id doorId, s.positionalId());
    const bool tcp = s.has(QStringLiteral("tcp"));
    const bool state = s.has(QStringLiteral("state"));
    const bool ble = s.has(QStringLiteral("ble"));
    if (int(tcp) + int(state) + int(ble) != 1)
        return usageError(QCoreApplication::translate(
            "porterctl", "door commission needs --ble, --tcp HOST:PORT or --state DIR (one of them)."));
    PORTER_TRY_ASSIGN(const int seconds, scanSeconds(s, 5));
    PORTER_TRY_ASSIGN(const Door door, s.directory().door(s.me(), doorId));
    if (!confirmReplacement(s, door))
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate(
                "porterctl", "Door %1 \u2018%2\u2019 keeps the identity Porter holds; nothing was changed.")
                .arg(door.id)
                .arg(door.name));
    const bool replace = door.commissioned;
    if (state)
        return commissionStateDir(s, doorId, replace);
    if (tcp) {
        PORTER_TRY_ASSIGN(const sync::DoorAddress address, tcpAddress(s));
        return commissionOverLink(s, doorId, replace, address);
    }
    PORTER_TRY_ASSIGN(const QString heard, addressToCommission(s, door, seconds));
    return commissionOverLink(s, doorId, replace, sync::DoorAddress::bluetooth(heard));
}

const Registration kDoorCommission{
    Section::Doors,
    {.name = "door commission",
     .synopsis = "DOOR (--ble [--address ADDR] [--seconds N] | --tcp HOST:PORT [--payload N] | --state DIR) "
                 "[--yes] [--replace]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Commission a door in install mode (Device Management)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Gives a new door the property's signing key and the doorcode secret, and records the "
         "door's identity key. The door must be in install mode (its install button pressed less "
         "than 10 minutes ago: porter-door install). --ble finds it over Bluetooth: porterctl listens for "
         "--seconds (default 5) and takes the one door waiting to be commissioned (several: choose one "
         "with --address, as door scan lists them). --tcp talks to porter-door serve. Over either link "
         "the door and porterctl both show a six-digit pairing code and you are asked \"does the door show "
         "NNNNNN? [y/N]\" (one line of standard input) before anything secret is sent. --yes accepts "
         "it unseen, for scripts on a link you trust: on any other link a device in the middle could "
         "be commissioned instead. --state commissions a porter-door state directory in process "
         "(porter-door must not be running on it). A door Porter already knows is commissioned again "
         "only after you confirm replacing its identity (asked on standard input, or --replace)."),
     .options =
         {{.name = "ble", .help = QT_TRANSLATE_NOOP("porterctl", "Find the door over Bluetooth.")},
          {.name = "address",
           .value = "ADDR",
           .help = QT_TRANSLATE_NOOP("porterctl", "With --ble: the door's Bluetooth address (door scan).")},
          {.name = "seconds",
           .value = "N",
           .help =
               QT_TRANSLATE_NOOP("porterctl", "With --ble: how long to listen for the door (default 5).")},
          {.name = "tcp",
           .value = "HOST:PORT",
           .help = QT_TRANSLATE_NOOP("porterctl", "porter-door serve address.")},
          {.name = "payload",
           .value = "N",
           .help =
               QT_TRANSLATE_NOOP("porterctl", "Link payload per write (default 244, as porter-door serve).")},
          {.name = "yes", .help = QT_TRANSLATE_NOOP("porterctl", "Accept the pairing code without asking.")},
          {.name = "replace",
           .help = QT_TRANSLATE_NOOP(
               "porterctl", "Replace the identity Porter holds for a door that was reset or replaced.")},
          {.name = "state",
           .value = "DIR",
           .help = QT_TRANSLATE_NOOP("porterctl", "A porter-door state directory.")}},
     .argument = "DOOR",
     .handler = cmdDoorCommission}};

Result<Reply> cmdDoorSync(Session &s)
{
    PORTER_TRY_ASSIGN(const Id doorId, s.positionalId());
    const bool tcp = s.has(QStringLiteral("tcp"));
    const bool ble = s.has(QStringLiteral("ble"));
    if (tcp == ble)
        return usageError(QCoreApplication::translate(
            "porterctl", "door sync needs --ble or --tcp HOST:PORT (one of them)."));
    PORTER_TRY_ASSIGN(const int seconds, scanSeconds(s, 10));
    std::optional<sync::DoorAddress> address;
    if (tcp) {
        PORTER_TRY_ASSIGN(address, tcpAddress(s));
    } else {
        PORTER_TRY_ASSIGN(const Door door, s.directory().door(s.me(), doorId));
        PORTER_TRY_ASSIGN(const QString heard, addressToSync(s, door, seconds));
        address = sync::DoorAddress::bluetooth(heard);
    }
    auto made = sync::TransportFactory::create(*address);
    if (!made.ok())
        return made.error();
    const std::unique_ptr<sync::Transport> transport = std::move(made).value();
    // Why the link went away, for the one-line error when the door was never reached.
    LinkWatch link;
    link.watch(transport.get());
    const std::unique_ptr<sync::SyncEngine> engine = s.syncEngine();
    const auto synced = sync::syncBlocking(*engine, s.me(), doorId, *transport);
    if (!synced.ok()) {
        // Over the air SyncEngine's message already carries the link's reason with the door's name.
        if (!tcp)
            return synced.error();
        return link.explain(synced.error(),
                            QCoreApplication::translate("porterctl", "Is porter-door serve running there?"));
    }
    const sync::SyncReport &o = *synced;
    QJsonObject json{
        {QStringLiteral("doorId"), o.doorId},
        {QStringLiteral("door"), o.doorName},
        {QStringLiteral("via"), transport->describe()},
        {QStringLiteral("linkPayload"), link.payload},
        {QStringLiteral("versionRecorded"), o.versionRecorded},
        // Published keys (docs/cli.md), kept: fromVersion/toVersion are the report's base/newVersion.
        {QStringLiteral("fromVersion"), versionJson(o.baseVersion)},
        {QStringLiteral("toVersion"), versionJson(o.newVersion)},
        {QStringLiteral("updateKind"), o.updateKind},
        {QStringLiteral("updateBytes"), o.updateBytes},
        {QStringLiteral("resumedFrom"), o.resumedFrom},
        {QStringLiteral("activityImported"), o.activityImported},
        {QStringLiteral("batteryPercent"), o.batteryPercent ? QJsonValue(*o.batteryPercent) : QJsonValue()},
        {QStringLiteral("firmware"), o.firmware},
        {QStringLiteral("driftSeconds"), o.driftSeconds ? QJsonValue(*o.driftSeconds) : QJsonValue()},
        {QStringLiteral("clockRefused"), o.clockRefusedBefore.has_value()},
        {QStringLiteral("pendingChangesCleared"), o.pendingChangesCleared},
        {QStringLiteral("lostEntries"), o.lostEntries},
        {QStringLiteral("alarmsImported"), o.alarmsImported},
        {QStringLiteral("alarmsRaised"), o.alarmsRaised},
        {QStringLiteral("doorcodeEpoch"), o.doorcodeEpoch ? QJsonValue(o.doorcodeEpoch) : QJsonValue()},
        {QStringLiteral("doorcodeSecretRotated"), o.doorcodeSecretRotated},
        {QStringLiteral("signingKeyEpoch"), o.signingKeyEpoch ? QJsonValue(o.signingKeyEpoch) : QJsonValue()},
        {QStringLiteral("signingKeyRotated"), o.signingKeyRotated},
        {QStringLiteral("leftOut"), QJsonArray::fromStringList(o.leftOut)}};
    Reply reply;
    reply.json = json;
    reply.text << QCoreApplication::translate("porterctl", "Synced door %1 \u2018%2\u2019 over %3.")
                      .arg(o.doorId)
                      .arg(o.doorName, transport->describe());
    if (ble)
        reply.text << QCoreApplication::translate("porterctl", "Link: %1 bytes per write.").arg(link.payload);
    if (o.updateKind == QLatin1String("none"))
        reply.text
            << QCoreApplication::translate("porterctl", "Version %1: already up to date.").arg(o.newVersion);
    else
        reply.text << QCoreApplication::translate("porterctl", "Version %1 -> %2: %3 update, %4 bytes%5.")
                          .arg(o.baseVersion)
                          .arg(o.newVersion)
                          .arg(o.updateKind)
                          .arg(o.updateBytes)
                          .arg(o.resumedFrom > 0
                                   ? QCoreApplication::translate("porterctl", " (resumed from byte %1)")
                                         .arg(o.resumedFrom)
                                   : QString());
    reply.text << QCoreApplication::translate("porterctl", "Activity imported: %1.").arg(o.activityImported);
    if (o.alarmsImported || o.alarmsRaised || o.lostEntries)
        reply.text << QCoreApplication::translate(
                          "porterctl", "Alarms: %1 from the door, %2 raised by Porter; the door has lost %3 "
                                       "activity entries. See porterctl door show %4.")
                          .arg(o.alarmsImported)
                          .arg(o.alarmsRaised)
                          .arg(o.lostEntries)
                          .arg(o.doorId);
    reply.text << QCoreApplication::translate("porterctl", "Battery: %1; firmware: %2.")
                      .arg(o.batteryPercent ? QStringLiteral("%1%").arg(*o.batteryPercent)
                                            : QStringLiteral("-"),
                           o.firmware.isEmpty() ? QStringLiteral("-") : o.firmware);
    if (o.clockRefusedBefore)
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "Clock: the door refused this computer's time, which is earlier than an "
                          "update it already holds (issued %1). Check this computer's clock.")
                          .arg(formatUtcIso(*o.clockRefusedBefore));
    else if (o.driftSeconds)
        reply.text << QCoreApplication::translate("porterctl",
                                                  "Clock drift: %1 s (the door's clock was set).")
                          .arg(signedSeconds(*o.driftSeconds));
    reply.text << QCoreApplication::translate("porterctl", "Pending changes cleared: %1.")
                      .arg(o.pendingChangesCleared);
    if (o.doorcodeSecretRotated)
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "Doorcode secret: epoch %1 (new); codes of the old secret no longer open "
                          "this door.")
                          .arg(o.doorcodeEpoch);
    if (o.signingKeyRotated)
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "Signing key: epoch %1 (new); this door no longer takes what the old key "
                          "signed.")
                          .arg(o.signingKeyEpoch);
    if (!o.leftOut.isEmpty()) {
        reply.text << QCoreApplication::translate(
            "porterctl", "Left out of the door's list (the door cannot carry them; fix the data "
                         "and sync again):");
        for (const QString &line : o.leftOut)
            reply.text << QStringLiteral("  ") + line;
    }
    return reply;
}

const Registration kDoorSync{
    Section::Doors,
    {.name = "door sync",
     .synopsis = "DOOR (--ble [--address ADDR] [--seconds N] | --tcp HOST:PORT [--payload N])",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Sync a door over Bluetooth or TCP (porter-door serve)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Sends the door what it must enforce now (a delta from the version it acknowledged, or a "
         "full list), sets its clock, and brings back its activity, battery, firmware and clock "
         "drift. The door's new version is recorded only after the door acknowledged it; the door's "
         "sync task is then cleared. --ble listens up to --seconds (default 10) for the door's "
         "advertisement and connects to it over Bluetooth; a sync that lost its link continues where it "
         "stopped when run again. --tcp talks to porter-door serve."),
     .options = {{.name = "ble", .help = QT_TRANSLATE_NOOP("porterctl", "Reach the door over Bluetooth.")},
                 {.name = "address",
                  .value = "ADDR",
                  .help = QT_TRANSLATE_NOOP("porterctl",
                                            "With --ble: the door's Bluetooth address (door scan).")},
                 {.name = "seconds",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl",
                                            "With --ble: how long to listen for the door (default 10).")},
                 {.name = "tcp",
                  .value = "HOST:PORT",
                  .help = QT_TRANSLATE_NOOP("porterctl", "porter-door serve address.")},
                 {.name = "payload",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl",
                                            "Link payload per write (default 244, as porter-door serve).")}},
     .argument = "DOOR",
     .handler = cmdDoorSync}};

Result<Reply> cmdDoorShow(Session &s)
{
    PORTER_TRY_ASSIGN(const Id doorId, s.positionalId());
    PORTER_TRY_ASSIGN(const Door door, s.directory().door(s.me(), doorId));
    PORTER_TRY_ASSIGN(const QTimeZone zone, s.zoneOf(door.propertyId));
    PORTER_TRY_ASSIGN(const DoorSyncTask task, s.queries().doorSyncTask(s.me(), doorId));
    PORTER_TRY_ASSIGN(const std::optional<qint64> epoch, doorcodeEpochOf(s, door.propertyId));
    QJsonObject json = doorJson(door);
    json.insert(QStringLiteral("doorcodeEpoch"),
                door.doorcodeEpoch ? QJsonValue(*door.doorcodeEpoch) : QJsonValue());
    json.insert(QStringLiteral("oldDoorcodeSecret"), holdsOldDoorcodeSecret(door, epoch));
    json.insert(QStringLiteral("signingKeyEpoch"),
                door.signingKeyEpoch ? QJsonValue(*door.signingKeyEpoch) : QJsonValue());
    json.insert(QStringLiteral("oldSigningKey"), task.oldSigningKey);
    json.insert(QStringLiteral("signingKeyReset"), task.signingKeyReset);
    json.insert(QStringLiteral("commissioned"), door.commissioned);
    json.insert(QStringLiteral("batteryPercent"),
                door.batteryPercent ? QJsonValue(*door.batteryPercent) : QJsonValue());
    json.insert(QStringLiteral("firmware"), door.firmware);
    json.insert(QStringLiteral("clockDriftSeconds"),
                door.clockDriftSecs ? QJsonValue(*door.clockDriftSecs) : QJsonValue());
    json.insert(QStringLiteral("lastSyncAt"), timeJson(door.lastSyncAt, zone));
    json.insert(QStringLiteral("pendingChanges"), task.pendingChanges);
    // What the next sync would leave out: data the door's list format cannot carry.
    PORTER_TRY_ASSIGN(const QStringList leftOut, s.leftOutOf(doorId));
    json.insert(QStringLiteral("leftOut"), QJsonArray::fromStringList(leftOut));
    Reply reply;
    reply.json = json;
    reply.text << QCoreApplication::translate("porterctl", "Door %1 \u2018%2\u2019 (%3, %4), property %5")
                      .arg(door.id)
                      .arg(door.name, toString(door.type), toString(door.connectivity))
                      .arg(door.propertyId)
               << QCoreApplication::translate("porterctl", "Commissioned:      %1")
                      .arg(door.commissioned ? QStringLiteral("yes") : QStringLiteral("no"))
               << QCoreApplication::translate("porterctl", "Version (acked):   %1").arg(door.ackedVersion)
               << QCoreApplication::translate("porterctl", "Pending changes:   %1").arg(task.pendingChanges)
               << QCoreApplication::translate("porterctl", "Doorcode secret:   %1")
                      .arg(doorcodeSecretText(door, epoch))
               << QCoreApplication::translate("porterctl", "Signing key:       %1")
                      .arg(!door.commissioned ? QStringLiteral("-")
                           : task.signingKeyReset
                               ? QCoreApplication::translate(
                                     "porterctl", "epoch %1 (from before the key's reset: reset the door on "
                                                  "site and commission it again)")
                                     .arg(door.signingKeyEpoch.value_or(1))
                           : task.oldSigningKey
                               ? QCoreApplication::translate("porterctl", "epoch %1 (old: sync this door)")
                                     .arg(door.signingKeyEpoch.value_or(1))
                               : QCoreApplication::translate("porterctl", "epoch %1 (current)")
                                     .arg(door.signingKeyEpoch.value_or(1)))
               << QCoreApplication::translate("porterctl", "Last sync:         %1")
                      .arg(timeText(door.lastSyncAt, zone, QStringLiteral("never")))
               << QCoreApplication::translate("porterctl", "Battery:           %1")
                      .arg(door.batteryPercent ? QStringLiteral("%1%").arg(*door.batteryPercent)
                                               : QStringLiteral("-"))
               << QCoreApplication::translate("porterctl", "Firmware:          %1")
                      .arg(door.firmware.isEmpty() ? QStringLiteral("-") : door.firmware)
               << QCoreApplication::translate("porterctl", "Clock drift:       %1")
                      .arg(door.clockDriftSecs
                               ? QStringLiteral("%1 s").arg(signedSeconds(*door.clockDriftSecs))
                               : QStringLiteral("-"))
               << QCoreApplication::translate(
                      "porterctl", "Activity lost:     %1 entries (the door's count at the last sync)")
                      .arg(door.lostEntries)
               << QCoreApplication::translate("porterctl", "Alarms:            %1").arg(door.alarmCount);
    PORTER_TRY_ASSIGN(const QList<DoorAlarm> alarms, s.directory().doorAlarms(s.me(), doorId));
    QJsonArray alarmsJson;
    for (const DoorAlarm &a : alarms) {
        alarmsJson.append(
            QJsonObject{{QStringLiteral("at"), timeJson(a.at, zone)},
                        {QStringLiteral("kind"), a.kind},
                        {QStringLiteral("detail"), a.detail},
                        {QStringLiteral("message"), a.message},
                        {QStringLiteral("source"), a.source},
                        {QStringLiteral("doorSeq"), a.doorSeq ? QJsonValue(*a.doorSeq) : QJsonValue()}});
        reply.text << QStringLiteral("  %1  %2 (%3): %4")
                          .arg(timeText(a.at, zone, QStringLiteral("-")), a.kind)
                          .arg(a.detail)
                          .arg(DisplayText::doorAlarm(a));
    }
    reply.text << QCoreApplication::translate("porterctl", "Left out:          %1")
                      .arg(leftOut.isEmpty()
                               ? QStringLiteral("nothing")
                               : QCoreApplication::translate("porterctl", "%1 (the door cannot carry them)")
                                     .arg(leftOut.size()));
    for (const QString &line : leftOut)
        reply.text << QStringLiteral("  ") + line;
    json.insert(QStringLiteral("lostEntries"), door.lostEntries);
    json.insert(QStringLiteral("alarmList"), alarmsJson);
    reply.json = json;
    return reply;
}

const Registration kDoorShow{
    Section::Doors,
    {.name = "door show",
     .synopsis = "DOOR",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Show a door: version, battery, drift, last sync, alarms."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Shows a door with the version it last acknowledged, whether it is commissioned, its "
                      "battery, firmware and clock drift from the last sync, when that was, how many "
                      "changes it has not received yet, whether it holds the current doorcode secret, "
                      "how many activity entries the door had to drop, and its alarms (keypad lockouts, "
                      "spent failure budgets, lost activity, refused updates, clock set back) with their "
                      "time and detail."),
     .argument = "DOOR",
     .handler = cmdDoorShow}};

Result<Reply> cmdDoorcode(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    PORTER_TRY_ASSIGN(QDate day, localDayOption(s));
    // The service looks the person up, checks the right and records a refusal (docs/permissions.md).
    PORTER_TRY_ASSIGN(const Property property,
                      s.access().propertyOfPersonToManage(s.me(), personId, QStringLiteral("doorcode-view")));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(property.timeZone));
    if (!day.isValid())
        day = localDate(s.clock().nowSecs(), zone);
    PORTER_TRY_ASSIGN(const QString code, s.devices().doorcode(s.me(), personId, day));
    PORTER_TRY_ASSIGN(const sync::DeviceService::DoorcodeSecretStatus secret,
                      s.devices().doorcodeSecretStatus(s.me(), property.id));
    Reply reply;
    reply.json = QJsonObject{
        {QStringLiteral("personId"), personId},
        {QStringLiteral("date"), day.toString(Qt::ISODate)},
        {QStringLiteral("code"), code},
        {QStringLiteral("doorcodeEpoch"), secret.epoch ? QJsonValue(*secret.epoch) : QJsonValue()}};
    reply.text << code
               << QCoreApplication::translate(
                      "porterctl", "Person %1's daily doorcode for %2 (%3); it works on that local day only.")
                      .arg(personId)
                      .arg(day.toString(Qt::ISODate), property.timeZone);
    if (!secret.doorsWithOldSecret.isEmpty())
        reply.text << QCoreApplication::translate(
                          "porterctl",
                          "It is a code of the new doorcode secret (epoch %1): %2 door(s) still hold the "
                          "old one and accept it only after their next sync.")
                          .arg(secret.epoch.value_or(0))
                          .arg(secret.doorsWithOldSecret.size());
    return reply;
}

const Registration kDoorcode{
    Section::Doors,
    {.name = "doorcode",
     .synopsis = "PERSON [--date YYYY-MM-DD]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "A doorcode person's daily code (Key Management)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Prints the person's daily doorcode for a local day of their property (default "
                      "today) on the first line. It works at the property's doors on that day without a "
                      "sync; after a revocation reaches a door it stops there at once. It is a code of "
                      "the current doorcode secret: after property rotate-doorcode-secret it works at a "
                      "door once that door is synced. Viewing a code is logged."),
     .options = {{.name = "date",
                  .value = "YYYY-MM-DD",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Local day (default today).")}},
     .argument = "PERSON",
     .handler = cmdDoorcode}};

Result<Reply> cmdPersonAppKey(Session &s)
{
    PORTER_TRY_ASSIGN(const Id personId, s.positionalId());
    const QString keyPath = s.value(QStringLiteral("public-key"));
    if (keyPath.isEmpty())
        return usageError(QCoreApplication::translate(
            "porterctl", "person app-key needs --public-key FILE (the phone's public key; "
                         "porter-door phone new makes one)."));
    // The phone's public key, in the one phone-file format (core/door/phonefile.h). Porter never takes
    // a private key: handing one over would defeat the point of making it on the phone.
    auto publicKey = readPhoneFile(keyPath, PhoneFile::PublicKey);
    if (!publicKey.ok()) {
        if (publicKey.error().code == ErrorCode::InvalidInput)
            return usageError(publicKey.error().message);
        return publicKey.error();
    }
    // Create the certificate file before the new key generation exists: a new credential that cannot
    // be written would retire the person's old phone for nothing.
    const QString path = s.value(QStringLiteral("out"));
    QFile file(path);
    if (!path.isEmpty()) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return makeError(ErrorCode::Storage,
                             QCoreApplication::translate("porterctl", "Cannot replace %1.").arg(path));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorCode::Storage,
                             QCoreApplication::translate("porterctl", "Cannot write %1: %2")
                                 .arg(path, file.errorString()));
    }
    auto credential = s.devices().issueAppCredential(s.me(), personId, *publicKey);
    if (!credential.ok()) {
        if (!path.isEmpty())
            file.remove();
        return credential.error();
    }
    const QByteArray text = phoneFileText(PhoneFile::Certificate, credential->certificate);
    if (!path.isEmpty()) {
        if (file.write(text) != text.size() || !file.flush()) {
            const QString why = file.errorString();
            file.remove();
            return makeError(ErrorCode::Storage,
                             QCoreApplication::translate(
                                 "porterctl",
                                 "Cannot write %1: %2. The certificate is issued but lost: run person "
                                 "app-key again.")
                                 .arg(path, why));
        }
        file.close();
    }
    QJsonObject json{{QStringLiteral("personId"), personId},
                     {QStringLiteral("generation"), credential->generation},
                     {QStringLiteral("notAfter"), formatUtcIso(credential->notAfter)},
                     {QStringLiteral("certificate"), QString::fromLatin1(text.trimmed())}};
    if (!path.isEmpty())
        json.insert(QStringLiteral("file"), QFileInfo(path).absoluteFilePath());
    Reply reply;
    reply.json = json;
    if (path.isEmpty())
        reply.text << QString::fromLatin1(text.trimmed());
    reply.text
        << QCoreApplication::translate(
               "porterctl", "Signed the phone key of person %1 as key generation %2, valid until %3%4.")
               .arg(personId)
               .arg(credential->generation)
               .arg(formatUtcIso(credential->notAfter),
                    path.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("porterctl", "; certificate written to %1").arg(path))
        << QCoreApplication::translate(
               "porterctl",
               "Give the certificate to the phone. The person's other phones stop working at each "
               "door after that door's next sync; run this again before the certificate ends.");
    return reply;
}

const Registration kPersonAppKey{
    Section::Doors,
    {.name = "person app-key",
     .synopsis = "PERSON --public-key FILE [--out CERTFILE]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Sign a phone's public key as the person's phone credential."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Signs the public key the phone made (porter-door phone new stands in for the "
                      "phone; its private key never leaves it) as the person's new key generation, valid "
                      "for a year, and writes the certificate to CERTFILE (or prints it). Every other phone "
                      "of the person stops working at each door after that door's next sync."),
     .options = {{.name = "public-key",
                  .value = "FILE",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The phone's public key file."),
                  .required = true},
                 {.name = "out",
                  .value = "CERTFILE",
                  .help =
                      QT_TRANSLATE_NOOP("porterctl", "Where to write the certificate (default: print it).")}},
     .argument = "PERSON",
     .handler = cmdPersonAppKey}};

} // namespace

Result<sync::DoorAddress> doorTcpAddress(Session &s)
{
    return tcpAddress(s);
}

} // namespace porter::cli
