// Commands about doors as devices: commissioning, syncing over TCP to porter-door, a door's health,
// daily doorcodes and phone credentials (docs/cli.md, "Doors and syncs").
#include "commands.h"
#include "door/door.h"
#include "policy/policy.h"
#include "sync/commissioner.h"
#include "sync/deviceservice.h"
#include "sync/planner.h"
#include "sync/syncengine.h"
#include "sync/tcptransport.h"
#include "util/localtime.h"

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

// Asks the person at the terminal whether the door displays the fingerprint. The prompt goes to stderr
// (stdout may be parsed); the answer is one line of standard input, "y" or "yes" to accept.
bool askFingerprint(const QString &fingerprint)
{
    std::fputs(QStringLiteral("Does the door show %1? [y/N] ").arg(fingerprint).toLocal8Bit().constData(),
               stderr);
    std::fflush(stderr);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

Outcome commissionOverTcp(Session &s, Devices &d, Id doorId)
{
    CLI_TRY(const Endpoint at, tcpEndpoint(s));
    CLI_TRY(const int linkPayload, payload(s));
    const bool yes = s.has(QStringLiteral("yes"));
    sync::TcpTransport transport(at.host, at.port, linkPayload);
    sync::Commissioner commissioner(d.service);
    const sync::CommissionOutcome out =
        commissioner.runBlocking(s.me(), doorId, &transport, [&](const QString &fingerprint) {
            if (yes) {
                std::fputs(QStringLiteral("porterctl: fingerprint %1 accepted without checking (--yes)\n")
                               .arg(fingerprint)
                               .toLocal8Bit()
                               .constData(),
                           stderr);
                return true;
            }
            return askFingerprint(fingerprint);
        });
    if (!out.ok)
        return out.error;
    CLI_VALUE(const Door door, s.directory().door(s.me(), doorId));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("door"), doorJson(door)},
                             {QStringLiteral("commissioned"), true},
                             {QStringLiteral("fingerprint"), out.fingerprint},
                             {QStringLiteral("via"), transport.describe()}};
    reply.text << QStringLiteral("Commissioned door %1 \u2018%2\u2019 over %3 (fingerprint %4).")
                      .arg(door.id)
                      .arg(door.name, transport.describe(), out.fingerprint)
               << QStringLiteral("It holds no access yet: run porterctl door sync %1 --tcp %2.")
                      .arg(door.id)
                      .arg(transport.describe());
    return reply;
}

// An emulator's state directory, in process. The same lock porter-door takes (docs/porter-door.md)
// keeps a running `porter-door serve` and this command from writing the door at once.
Outcome commissionStateDir(Session &s, Devices &d, Id doorId)
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
            QStringLiteral("The door state in %1 is damaged; create a new one with porter-door init.")
                .arg(dir)};
    case door::LoadResult::Loaded:
        break;
    }
    const Status st = d.service.commission(s.me(), doorId, target);
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

Outcome cmdDoorCommission(Session &s)
{
    CLI_TRY(const Id doorId, s.positionalId(0));
    const bool tcp = s.has(QStringLiteral("tcp"));
    const bool state = s.has(QStringLiteral("state"));
    if (tcp == state)
        return usageError(
            QStringLiteral("door commission needs --tcp HOST:PORT or --state DIR (one of them)."));
    Devices d(s);
    return tcp ? commissionOverTcp(s, d, doorId) : commissionStateDir(s, d, doorId);
}

Outcome cmdDoorSync(Session &s)
{
    CLI_TRY(const Id doorId, s.positionalId(0));
    CLI_TRY(const Endpoint at, tcpEndpoint(s));
    CLI_TRY(const int linkPayload, payload(s));
    Devices d(s);
    sync::TcpTransport transport(at.host, at.port, linkPayload);
    // Why the link went away, for the one-line error when the door was never reached.
    bool opened = false;
    QString closedReason;
    QObject::connect(&transport, &sync::Transport::opened, &transport, [&]() { opened = true; });
    QObject::connect(&transport, &sync::Transport::closed, &transport,
                     [&](const QString &reason) { closedReason = reason; });
    sync::SyncEngine engine(s.db(), s.clock(), d.secrets);
    const sync::SyncOutcome o = engine.runBlocking(s.me(), doorId, &transport);
    if (!o.ok) {
        if (!opened && !closedReason.isEmpty() && o.error.code == ErrorCode::LinkLost)
            return Failure{kExitFailed, errorCodeName(ErrorCode::LinkLost),
                           QStringLiteral("%1%2 Is porter-door serve running there?")
                               .arg(closedReason, closedReason.endsWith(QLatin1Char('.'))
                                                      ? QString()
                                                      : QStringLiteral("."))};
        return o.error;
    }
    QJsonObject json{
        {QStringLiteral("doorId"), o.doorId},
        {QStringLiteral("door"), o.doorName},
        {QStringLiteral("via"), transport.describe()},
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
        {QStringLiteral("pendingChangesCleared"), o.pendingChangesCleared},
        {QStringLiteral("leftOut"), QJsonArray::fromStringList(o.leftOut)}};
    Reply reply;
    reply.json = json;
    reply.text << QStringLiteral("Synced door %1 \u2018%2\u2019 over %3.")
                      .arg(o.doorId)
                      .arg(o.doorName, transport.describe());
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
    reply.text << QStringLiteral("Battery: %1; firmware: %2.")
                      .arg(o.batteryPercent ? QStringLiteral("%1%").arg(*o.batteryPercent)
                                            : QStringLiteral("-"),
                           o.firmware.isEmpty() ? QStringLiteral("-") : o.firmware);
    if (o.driftSeconds)
        reply.text << QStringLiteral("Clock drift: %1 s (the door's clock was set).")
                          .arg(signedSeconds(*o.driftSeconds));
    reply.text << QStringLiteral("Pending changes cleared: %1.").arg(o.pendingChangesCleared);
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
    QJsonObject json = doorJson(door);
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
               << QStringLiteral("Left out:          %1")
                      .arg(leftOut.isEmpty()
                               ? QStringLiteral("nothing")
                               : QStringLiteral("%1 (the door cannot carry them)").arg(leftOut.size()));
    for (const QString &line : leftOut)
        reply.text << QStringLiteral("  ") + line;
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
    CLI_VALUE(const Property property, s.propertyOfPerson(personId));
    CLI_VALUE(const QTimeZone zone, timeZoneNamed(property.timeZone));
    if (!day.isValid())
        day = localDate(s.clock().nowSecs(), zone);
    Devices d(s);
    CLI_VALUE(const QString code, d.service.doorcode(s.me(), personId, day));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("personId"), personId},
                             {QStringLiteral("date"), day.toString(Qt::ISODate)},
                             {QStringLiteral("code"), code}};
    reply.text << code
               << QStringLiteral("Person %1's daily doorcode for %2 (%3); it works on that local day only.")
                      .arg(personId)
                      .arg(day.toString(Qt::ISODate), property.timeZone);
    return reply;
}

Outcome cmdPersonAppKey(Session &s)
{
    CLI_TRY(const Id personId, s.positionalId(0));
    const QString path = s.value(QStringLiteral("out"));
    if (path.isEmpty())
        return usageError(QStringLiteral("person app-key needs --out FILE."));
    // Create the file (owner-only) before the new key generation exists: a new credential that cannot
    // be written would retire the person's old phone for nothing.
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Failure{kExitFailed, QStringLiteral("storage"),
                       QStringLiteral("Cannot replace %1.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Failure{kExitFailed, QStringLiteral("storage"),
                       QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    Devices d(s);
    auto credential = d.service.issueAppCredential(s.me(), personId);
    if (!credential.ok()) {
        file.remove();
        return credential.error();
    }
    CLI_VALUE(const Property property, s.propertyOfPerson(personId));
    const QJsonObject phone{
        {QStringLiteral("format"), QStringLiteral("porter-phone-1")},
        {QStringLiteral("propertyId"), property.id},
        {QStringLiteral("personId"), personId},
        {QStringLiteral("generation"), credential->generation},
        {QStringLiteral("phoneSeed"), QString::fromLatin1(credential->phoneSeed.toBase64())},
        {QStringLiteral("certificate"), QString::fromLatin1(credential->certificate.toBase64())}};
    const QByteArray bytes = QJsonDocument(phone).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.remove();
        return Failure{
            kExitFailed, QStringLiteral("storage"),
            QStringLiteral("Cannot write %1: %2. The new key is issued but lost: run person app-key "
                           "again.")
                .arg(path, file.errorString())};
    }
    file.close();
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("personId"), personId},
                             {QStringLiteral("generation"), credential->generation},
                             {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
    reply.text << QStringLiteral("Wrote a phone credential for person %1 (key generation %2) to %3.")
                      .arg(personId)
                      .arg(credential->generation)
                      .arg(path)
               << QStringLiteral(
                      "Keep it private: it opens their doors. Their older phones stop working at each "
                      "door after that door's next sync.");
    return reply;
}

} // namespace porter::cli
