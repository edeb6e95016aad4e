// Commands about doors as devices: commissioning, syncing over TCP to porter-door, a door's health,
// daily doorcodes and phone credentials (docs/cli.md, "Doors and syncs").
#include "commands.h"
#include "door/certificate.h"
#include "door/door.h"
#include "door/protocol.h"
#include "policy/policy.h"
#include "devices/commissioner.h"
#include "devices/deviceservice.h"
#include "secrets/secretstore.h"
#include "sync/internal/planner.h"
#include "sync/blocking.h"
#include "sync/syncengine.h"
#include "link/transportfactory.h"
#include "util/localtime.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <cstdio>

namespace porter::cli {
namespace {

// Porter's secrets (property signing keys, doorcode secrets) and the device service over them.
struct Devices
{
    explicit Devices(Session &s)
        : keys(defaultKeyProvider())
        , secrets(s.db(), *keys)
        , service(s.db(), s.clock(), secrets)
    {}
    std::unique_ptr<KeyProvider> keys;
    SecretStore secrets;
    sync::DeviceService service;
};

struct Endpoint
{
    QString host;
    quint16 port = 0;
};

std::variant<Endpoint, Failure> tcpEndpoint(Session &s)
{
    const QString text = s.value(QStringLiteral("tcp"));
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535)
        return usageError(
            QStringLiteral("--tcp needs HOST:PORT, e.g. 127.0.0.1:40123, not \"%1\".").arg(text));
    return Endpoint{text.left(colon), quint16(port)};
}

std::variant<int, Failure> payload(Session &s)
{
    CLI_TRY(const int n, s.number(QStringLiteral("payload"), 244));
    if (n < int(door::protocol::kMinLinkPayload) || n > int(door::protocol::kMaxLinkPayload))
        return usageError(QStringLiteral("--payload needs a number from %1 to %2 (the same as porter-door "
                                         "serve's).")
                              .arg(door::protocol::kMinLinkPayload)
                              .arg(door::protocol::kMaxLinkPayload));
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
    std::fputs(QStringLiteral("%1 [y/N] ").arg(question).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

// Porter warns before it replaces a door identity it holds, and asks (docs/door-protocol.md,
// "Commissioning again"): true = go on (replace if the door is known), false = the manager declined.
bool confirmReplacement(Session &s, const Door &door)
{
    if (!door.commissioned || s.has(QStringLiteral("replace")))
        return true;
    std::fputs(
        QStringLiteral("porterctl: warning: door %1 \u2018%2\u2019 is already commissioned. Commissioning "
                       "it again replaces the identity Porter holds: do this only for a door that was "
                       "reset or replaced on site.\n")
            .arg(door.id)
            .arg(door.name)
            .toLocal8Bit()
            .constData(),
        stderr);
    return ask(QStringLiteral("Replace the identity of door \u2018%1\u2019?").arg(door.name));
}

Outcome commissionOverTcp(Session &s, Devices &d, Id doorId, bool replace)
{
    CLI_TRY(const Endpoint at, tcpEndpoint(s));
    CLI_TRY(const int linkPayload, payload(s));
    const bool yes = s.has(QStringLiteral("yes"));
    auto made = sync::TransportFactory::create(sync::DoorAddress::tcp(at.host, at.port, linkPayload));
    if (!made.ok())
        return made.error();
    const std::unique_ptr<sync::Transport> transport = std::move(made).value();
    sync::Commissioner commissioner(d.service);
    commissioner.setReplaceIdentity(replace);
    const auto out =
        sync::commissionBlocking(commissioner, s.me(), doorId, *transport, [&](const QString &code) {
            if (yes) {
                std::fputs(QStringLiteral("porterctl: pairing code %1 accepted without checking (--yes)\n")
                               .arg(code)
                               .toLocal8Bit()
                               .constData(),
                           stderr);
                return true;
            }
            return ask(QStringLiteral("Does the door show %1?").arg(code));
        });
    if (!out.ok())
        return out.error();
    CLI_VALUE(const Door door, s.directory().door(s.me(), doorId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("door"), doorJson(door)},
                             {QStringLiteral("commissioned"), true},
                             {QStringLiteral("pairingCode"), out->pairingCode},
                             {QStringLiteral("replaced"), replace},
                             {QStringLiteral("via"), transport->describe()}};
    reply.text << QStringLiteral("Commissioned door %1 \u2018%2\u2019 over %3 (pairing code %4).")
                      .arg(door.id)
                      .arg(door.name, transport->describe(), out->pairingCode)
               << QStringLiteral("It holds no access yet: run porterctl door sync %1 --tcp %2.")
                      .arg(door.id)
                      .arg(transport->describe());
    return reply;
}

// An emulator's state directory, in process. The same lock porter-door takes (docs/porter-door.md)
// keeps a running `porter-door serve` and this command from writing the door at once.
Outcome commissionStateDir(Session &s, Devices &d, Id doorId, bool replace)
{
    const QString dir = s.value(QStringLiteral("state"));
    if (!QFileInfo(dir).isDir())
        return Failure{
            kExitFailed, QStringLiteral("not-found"),
            QStringLiteral("No door state in %1: create one with porter-door init --state %1.").arg(dir)};
    QLockFile lock(QDir(dir).filePath(QStringLiteral("porter-door.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(2000))
        return Failure{kExitFailed, QStringLiteral("conflict"),
                       QStringLiteral("The door in %1 is in use (porter-door serve?): stop it, or commission "
                                      "over the link with --tcp.")
                           .arg(dir)};
    door::FileStorage storage(QDir::toNativeSeparators(dir).toStdString());
    door::Door target(storage);
    switch (target.load()) {
    case door::LoadResult::Fresh:
        return Failure{
            kExitFailed, QStringLiteral("not-found"),
            QStringLiteral("No door state in %1: create one with porter-door init --state %1.").arg(dir)};
    case door::LoadResult::Corrupt:
        return Failure{
            kExitFailed, QStringLiteral("door-rejected"),
            QStringLiteral("The door state in %1 is damaged or was tampered with, so the door refuses "
                           "everything: reset it with porter-door reset --state %1.")
                .arg(dir)};
    case door::LoadResult::Loaded:
        break;
    }
    // The same rule as over the air: only a door whose install button was pressed takes a property.
    if (!target.commissioned() &&
        target.installMode(QDateTime::currentSecsSinceEpoch()) != door::InstallMode::Open)
        return Failure{kExitFailed, QStringLiteral("door-rejected"),
                       QStringLiteral("The door in %1 is not in install mode: press its install button "
                                      "(porter-door install --state %1), then try again within 10 minutes.")
                           .arg(dir)};
    const Status st = d.service.commission(s.me(), doorId, target, replace);
    if (!st.ok())
        return st.error();
    CLI_VALUE(const Door door, s.directory().door(s.me(), doorId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("door"), doorJson(door)},
                             {QStringLiteral("commissioned"), true},
                             {QStringLiteral("via"), QStringLiteral("state:%1").arg(dir)}};
    reply.text
        << QStringLiteral("Commissioned door %1 \u2018%2\u2019 in %3.").arg(door.id).arg(door.name, dir)
        << QStringLiteral("It holds no access yet: serve it with porter-door serve and run porterctl door "
                          "sync %1 --tcp HOST:PORT.")
               .arg(door.id);
    return reply;
}

} // namespace

Result<std::optional<qint64>> doorcodeEpochOf(Session &s, Id propertyId)
{
    Devices d(s);
    auto status = d.service.doorcodeSecretStatus(s.me(), propertyId);
    if (!status.ok())
        return status.error();
    return status->epoch;
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
        return QStringLiteral("unknown (old: sync this door)");
    if (holdsOldDoorcodeSecret(d, currentEpoch))
        return QStringLiteral("epoch %1 (old: sync this door)").arg(*d.doorcodeEpoch);
    return QStringLiteral("epoch %1 (current)").arg(*d.doorcodeEpoch);
}

Outcome cmdPropertyShow(Session &s)
{
    CLI_TRY(const Id propertyId, s.positionalId(0));
    CLI_VALUE(const Property p, s.directory().property(s.me(), propertyId));
    Devices d(s);
    CLI_VALUE(const sync::DeviceService::DoorcodeSecretStatus secret,
              d.service.doorcodeSecretStatus(s.me(), propertyId));
    QJsonObject json = propertyJson(p);
    QJsonArray old;
    QStringList oldText;
    for (const Door &door : secret.doorsWithOldSecret) {
        old.append(doorJson(door));
        oldText << QStringLiteral("%1 \u2018%2\u2019").arg(door.id).arg(door.name);
    }
    json.insert(QStringLiteral("doorcodeEpoch"), secret.epoch ? QJsonValue(*secret.epoch) : QJsonValue());
    json.insert(QStringLiteral("doorsWithOldDoorcodeSecret"), old);
    Reply reply;
    reply.json = json;
    reply.text << QStringLiteral("Property %1 \u2018%2\u2019 (%3)").arg(p.id).arg(p.name, p.timeZone)
               << QStringLiteral("Doorcode secret:   %1")
                      .arg(secret.epoch ? QStringLiteral("epoch %1").arg(*secret.epoch)
                                        : QStringLiteral("none yet (commission a door first)"))
               << QStringLiteral("Old secret at:     %1")
                      .arg(oldText.isEmpty()
                               ? QStringLiteral("no door")
                               : QStringLiteral("%1 door(s): %2 \u2014 codes of the old secret open them "
                                                "until they are synced")
                                     .arg(oldText.size())
                                     .arg(oldText.join(QStringLiteral(", "))));
    return reply;
}

Outcome cmdPropertyRotateDoorcodeSecret(Session &s)
{
    CLI_TRY(const Id propertyId, s.positionalId(0));
    Devices d(s);
    CLI_VALUE(const qint64 epoch, d.service.rotateDoorcodeSecret(s.me(), propertyId));
    CLI_VALUE(const sync::DeviceService::DoorcodeSecretStatus secret,
              d.service.doorcodeSecretStatus(s.me(), propertyId));
    QJsonArray old;
    QStringList ids;
    for (const Door &door : secret.doorsWithOldSecret) {
        old.append(doorJson(door));
        ids << QString::number(door.id);
    }
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("propertyId"), propertyId},
                             {QStringLiteral("doorcodeEpoch"), epoch},
                             {QStringLiteral("doorsWithOldDoorcodeSecret"), old}};
    reply.text << QStringLiteral("Property %1 has a new doorcode secret (epoch %2); the old one is gone.")
                      .arg(propertyId)
                      .arg(epoch)
               << QStringLiteral("porterctl doorcode now shows codes of the new secret; they work at a door "
                                 "once it is synced.");
    if (ids.isEmpty())
        reply.text << QStringLiteral("No door is commissioned yet.");
    else
        reply.text << QStringLiteral(
                          "Sync these doors now: codes of the old secret open them until then: %1.")
                          .arg(ids.join(QStringLiteral(", ")));
    return reply;
}

Outcome cmdDoorCommission(Session &s)
{
    CLI_TRY(const Id doorId, s.positionalId(0));
    const bool tcp = s.has(QStringLiteral("tcp"));
    const bool state = s.has(QStringLiteral("state"));
    if (tcp == state)
        return usageError(
            QStringLiteral("door commission needs --tcp HOST:PORT or --state DIR (one of them)."));
    CLI_VALUE(const Door door, s.directory().door(s.me(), doorId));
    if (!confirmReplacement(s, door))
        return Failure{
            kExitFailed, errorCodeName(ErrorCode::Conflict),
            QStringLiteral("Door %1 \u2018%2\u2019 keeps the identity Porter holds; nothing was changed.")
                .arg(door.id)
                .arg(door.name)};
    const bool replace = door.commissioned;
    Devices d(s);
    return tcp ? commissionOverTcp(s, d, doorId, replace) : commissionStateDir(s, d, doorId, replace);
}

Outcome cmdDoorSync(Session &s)
{
    CLI_TRY(const Id doorId, s.positionalId(0));
    CLI_TRY(const Endpoint at, tcpEndpoint(s));
    CLI_TRY(const int linkPayload, payload(s));
    Devices d(s);
    auto made = sync::TransportFactory::create(sync::DoorAddress::tcp(at.host, at.port, linkPayload));
    if (!made.ok())
        return made.error();
    const std::unique_ptr<sync::Transport> transport = std::move(made).value();
    // Why the link went away, for the one-line error when the door was never reached.
    bool opened = false;
    QString closedReason;
    QObject::connect(transport.get(), &sync::Transport::opened, transport.get(), [&]() { opened = true; });
    QObject::connect(transport.get(), &sync::Transport::closed, transport.get(),
                     [&](const QString &reason) { closedReason = reason; });
    sync::SyncEngine engine(s.db(), s.clock(), d.secrets);
    const auto synced = sync::syncBlocking(engine, s.me(), doorId, *transport);
    if (!synced.ok()) {
        if (!opened && !closedReason.isEmpty() && synced.error().code == ErrorCode::LinkLost)
            return Failure{kExitFailed, errorCodeName(ErrorCode::LinkLost),
                           QStringLiteral("%1%2 Is porter-door serve running there?")
                               .arg(closedReason, closedReason.endsWith(QLatin1Char('.'))
                                                      ? QString()
                                                      : QStringLiteral("."))};
        return synced.error();
    }
    const sync::SyncReport &o = *synced;
    QJsonObject json{
        {QStringLiteral("doorId"), o.doorId},
        {QStringLiteral("door"), o.doorName},
        {QStringLiteral("via"), transport->describe()},
        {QStringLiteral("versionRecorded"), o.versionRecorded},
        {QStringLiteral("fromVersion"), o.fromVersion},
        {QStringLiteral("toVersion"), o.toVersion},
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
        {QStringLiteral("leftOut"), QJsonArray::fromStringList(o.leftOut)}};
    Reply reply;
    reply.json = json;
    reply.text << QStringLiteral("Synced door %1 \u2018%2\u2019 over %3.")
                      .arg(o.doorId)
                      .arg(o.doorName, transport->describe());
    if (o.updateKind == QLatin1String("none"))
        reply.text << QStringLiteral("Version %1: already up to date.").arg(o.toVersion);
    else
        reply.text << QStringLiteral("Version %1 -> %2: %3 update, %4 bytes%5.")
                          .arg(o.fromVersion)
                          .arg(o.toVersion)
                          .arg(o.updateKind)
                          .arg(o.updateBytes)
                          .arg(o.resumedFrom > 0
                                   ? QStringLiteral(" (resumed from byte %1)").arg(o.resumedFrom)
                                   : QString());
    reply.text << QStringLiteral("Activity imported: %1.").arg(o.activityImported);
    if (o.alarmsImported || o.alarmsRaised || o.lostEntries)
        reply.text << QStringLiteral("Alarms: %1 from the door, %2 raised by Porter; the door has lost %3 "
                                     "activity entries. See porterctl door show %4.")
                          .arg(o.alarmsImported)
                          .arg(o.alarmsRaised)
                          .arg(o.lostEntries)
                          .arg(o.doorId);
    reply.text << QStringLiteral("Battery: %1; firmware: %2.")
                      .arg(o.batteryPercent ? QStringLiteral("%1%").arg(*o.batteryPercent)
                                            : QStringLiteral("-"),
                           o.firmware.isEmpty() ? QStringLiteral("-") : o.firmware);
    if (o.clockRefusedBefore)
        reply.text << QStringLiteral("Clock: the door refused this computer's time, which is earlier than an "
                                     "update it already holds (issued %1). Check this computer's clock.")
                          .arg(formatUtcIso(*o.clockRefusedBefore));
    else if (o.driftSeconds)
        reply.text << QStringLiteral("Clock drift: %1 s (the door's clock was set).")
                          .arg(signedSeconds(*o.driftSeconds));
    reply.text << QStringLiteral("Pending changes cleared: %1.").arg(o.pendingChangesCleared);
    if (o.doorcodeSecretRotated)
        reply.text << QStringLiteral(
                          "Doorcode secret: epoch %1 (new); codes of the old secret no longer open "
                          "this door.")
                          .arg(o.doorcodeEpoch);
    if (!o.leftOut.isEmpty()) {
        reply.text << QStringLiteral("Left out of the door's list (the door cannot carry them; fix the data "
                                     "and sync again):");
        for (const QString &line : o.leftOut)
            reply.text << QStringLiteral("  ") + line;
    }
    return reply;
}

Outcome cmdDoorShow(Session &s)
{
    CLI_TRY(const Id doorId, s.positionalId(0));
    CLI_VALUE(const Door door, s.directory().door(s.me(), doorId));
    CLI_VALUE(const QTimeZone zone, s.zoneOf(door.propertyId));
    CLI_VALUE(const DoorSyncTask task, s.queries().doorSyncTask(s.me(), doorId));
    CLI_VALUE(const std::optional<qint64> epoch, doorcodeEpochOf(s, door.propertyId));
    QJsonObject json = doorJson(door);
    json.insert(QStringLiteral("doorcodeEpoch"),
                door.doorcodeEpoch ? QJsonValue(*door.doorcodeEpoch) : QJsonValue());
    json.insert(QStringLiteral("oldDoorcodeSecret"), holdsOldDoorcodeSecret(door, epoch));
    json.insert(QStringLiteral("commissioned"), door.commissioned);
    json.insert(QStringLiteral("batteryPercent"),
                door.batteryPercent ? QJsonValue(*door.batteryPercent) : QJsonValue());
    json.insert(QStringLiteral("firmware"), door.firmware);
    json.insert(QStringLiteral("clockDriftSeconds"),
                door.clockDriftSecs ? QJsonValue(*door.clockDriftSecs) : QJsonValue());
    json.insert(QStringLiteral("lastSyncAt"), timeJson(door.lastSyncAt, zone));
    json.insert(QStringLiteral("pendingChanges"), task.pendingChanges);
    // What the next sync would leave out: data the door's list format cannot carry.
    CLI_VALUE(const policy::DoorState state, policy::load(s.db(), doorId));
    QStringList leftOut;
    for (const policy::LeftOut &l : state.leftOut)
        leftOut << l.reason;
    json.insert(QStringLiteral("leftOut"), QJsonArray::fromStringList(leftOut));
    Reply reply;
    reply.json = json;
    reply.text << QStringLiteral("Door %1 \u2018%2\u2019 (%3, %4), property %5")
                      .arg(door.id)
                      .arg(door.name, toString(door.type), toString(door.connectivity))
                      .arg(door.propertyId)
               << QStringLiteral("Commissioned:      %1")
                      .arg(door.commissioned ? QStringLiteral("yes") : QStringLiteral("no"))
               << QStringLiteral("Version (acked):   %1").arg(door.ackVersion)
               << QStringLiteral("Pending changes:   %1").arg(task.pendingChanges)
               << QStringLiteral("Doorcode secret:   %1").arg(doorcodeSecretText(door, epoch))
               << QStringLiteral("Last sync:         %1")
                      .arg(timeText(door.lastSyncAt, zone, QStringLiteral("never")))
               << QStringLiteral("Battery:           %1")
                      .arg(door.batteryPercent ? QStringLiteral("%1%").arg(*door.batteryPercent)
                                               : QStringLiteral("-"))
               << QStringLiteral("Firmware:          %1")
                      .arg(door.firmware.isEmpty() ? QStringLiteral("-") : door.firmware)
               << QStringLiteral("Clock drift:       %1")
                      .arg(door.clockDriftSecs
                               ? QStringLiteral("%1 s").arg(signedSeconds(*door.clockDriftSecs))
                               : QStringLiteral("-"))
               << QStringLiteral("Activity lost:     %1 entries (the door's count at the last sync)")
                      .arg(door.lostEntries)
               << QStringLiteral("Alarms:            %1").arg(door.alarmCount);
    CLI_VALUE(const QList<DoorAlarm> alarms, s.directory().doorAlarms(s.me(), doorId));
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
                          .arg(a.message);
    }
    reply.text << QStringLiteral("Left out:          %1")
                      .arg(leftOut.isEmpty()
                               ? QStringLiteral("nothing")
                               : QStringLiteral("%1 (the door cannot carry them)").arg(leftOut.size()));
    for (const QString &line : leftOut)
        reply.text << QStringLiteral("  ") + line;
    json.insert(QStringLiteral("lostEntries"), door.lostEntries);
    json.insert(QStringLiteral("alarmList"), alarmsJson);
    reply.json = json;
    return reply;
}

Outcome cmdDoorcode(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    QDate day;
    if (s.has(QStringLiteral("date"))) {
        day = QDate::fromString(s.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return usageError(
                QStringLiteral("--date needs YYYY-MM-DD, not \"%1\".").arg(s.value(QStringLiteral("date"))));
    }
    // The service looks the person up, checks the right and records a refusal (docs/permissions.md).
    CLI_VALUE(const Property property,
              s.access().propertyOfPersonToManage(s.me(), personId, QStringLiteral("doorcode-view")));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(property.timeZone));
    if (!day.isValid())
        day = localDate(s.clock().nowSecs(), zone);
    Devices d(s);
    CLI_VALUE(const QString code, d.service.doorcode(s.me(), personId, day));
    CLI_VALUE(const sync::DeviceService::DoorcodeSecretStatus secret,
              d.service.doorcodeSecretStatus(s.me(), property.id));
    Reply reply;
    reply.json = QJsonObject{
        {QStringLiteral("personId"), personId},
        {QStringLiteral("date"), day.toString(Qt::ISODate)},
        {QStringLiteral("code"), code},
        {QStringLiteral("doorcodeEpoch"), secret.epoch ? QJsonValue(*secret.epoch) : QJsonValue()}};
    reply.text << code
               << QStringLiteral("Person %1's daily doorcode for %2 (%3); it works on that local day only.")
                      .arg(personId)
                      .arg(day.toString(Qt::ISODate), property.timeZone);
    if (!secret.doorsWithOldSecret.isEmpty())
        reply.text << QStringLiteral(
                          "It is a code of the new doorcode secret (epoch %1): %2 door(s) still hold the "
                          "old one and accept it only after their next sync.")
                          .arg(secret.epoch.value_or(0))
                          .arg(secret.doorsWithOldSecret.size());
    return reply;
}

Outcome cmdPersonAppKey(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    const QString keyPath = s.value(QStringLiteral("public-key"));
    if (keyPath.isEmpty())
        return usageError(QStringLiteral("person app-key needs --public-key FILE (the phone's public key; "
                                         "porter-door phone new makes one)."));
    // The phone's public key, in the one phone-file format (core/door/certificate.h). Porter never
    // takes a private key: handing one over would defeat the point of making it on the phone.
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Failure{kExitFailed, QStringLiteral("storage"),
                       QStringLiteral("Cannot read %1: %2").arg(keyPath, keyFile.errorString())};
    const std::string keyText = keyFile.read(4096).toStdString();
    const auto publicKey = door::decodePhoneFile(door::PhoneFile::PublicKey, keyText);
    if (!publicKey) {
        if (keyText.starts_with(door::phoneFileLabel(door::PhoneFile::PrivateKey)))
            return usageError(QStringLiteral("%1 is the phone's private key: it must stay on the phone. Give "
                                             "the phone's public key file instead.")
                                  .arg(keyPath));
        return usageError(QStringLiteral("%1 is not a phone public key file (made by porter-door phone new).")
                              .arg(keyPath));
    }
    // Create the certificate file before the new key generation exists: a new credential that cannot
    // be written would retire the person's old phone for nothing.
    const QString path = s.value(QStringLiteral("out"));
    QFile file(path);
    if (!path.isEmpty()) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Failure{kExitFailed, QStringLiteral("storage"),
                           QStringLiteral("Cannot replace %1.").arg(path)};
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Failure{kExitFailed, QStringLiteral("storage"),
                           QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    }
    Devices d(s);
    auto credential = d.service.issueAppCredential(s.me(), personId, sync::toQByteArray(*publicKey));
    if (!credential.ok()) {
        if (!path.isEmpty())
            file.remove();
        return credential.error();
    }
    const QByteArray text = QByteArray::fromStdString(
        door::encodePhoneFile(door::PhoneFile::Certificate, sync::viewOf(credential->certificate)));
    if (!path.isEmpty()) {
        if (file.write(text) != text.size() || !file.flush()) {
            file.remove();
            return Failure{
                kExitFailed, QStringLiteral("storage"),
                QStringLiteral("Cannot write %1: %2. The certificate is issued but lost: run person app-key "
                               "again.")
                    .arg(path, file.errorString())};
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
    reply.text << QStringLiteral("Signed the phone key of person %1 as key generation %2, valid until %3%4.")
                      .arg(personId)
                      .arg(credential->generation)
                      .arg(formatUtcIso(credential->notAfter),
                           path.isEmpty() ? QString()
                                          : QStringLiteral("; certificate written to %1").arg(path))
               << QStringLiteral(
                      "Give the certificate to the phone. The person's other phones stop working at each "
                      "door after that door's next sync; run this again before the certificate ends.");
    return reply;
}

} // namespace porter::cli
