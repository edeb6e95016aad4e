// Field kits (docs/design/shared-portfolio.md, section 7; docs/cli.md, "Field kits"): built online,
// delivered to doors with no internet (no database needed), uploaded back online.
#include "commands.h"
#include "doorradio.h"
#include "kits/kitcourier.h"
#include "kits/kitservice.h"
#include "link/radio.h"
#include "sync/blocking.h"
#include "testclock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace porter::cli {
namespace {

QString kitPath(Session &s)
{
    const QStringList pos = s.args.positionalArguments();
    return pos.isEmpty() ? QString() : pos.constFirst();
}

QString when(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// What the kit will not bring a door, as last checked online: the sentence a technician reads before
// delivering ("3 changes made after this kit was built will not reach this door").
QString laterChangesText(const kits::KitDoor &d)
{
    if (d.laterChanges < 0)
        return QCoreApplication::translate("porterctl", "changes after the kit was built: not checked");
    if (d.laterChanges == 0)
        return QCoreApplication::translate("porterctl", "up to date as of %1").arg(when(d.laterCheckedAt));
    if (d.laterChanges == 1)
        return QCoreApplication::translate("porterctl",
                                           "1 change made after this kit was built will not reach this door "
                                           "(checked %1)")
            .arg(when(d.laterCheckedAt));
    return QCoreApplication::translate("porterctl",
                                       "%n changes made after this kit was built will not reach this door "
                                       "(checked %1)",
                                       nullptr, d.laterChanges)
        .arg(when(d.laterCheckedAt));
}

QString answerText(const kits::KitDoor &d)
{
    if (!d.answer)
        return QCoreApplication::translate("porterctl", "not delivered yet");
    const kits::KitAnswer &a = *d.answer;
    QString text;
    if (a.appliedVersion)
        text = QCoreApplication::translate("porterctl", "took version %1").arg(*a.appliedVersion);
    else if (a.finalVersion)
        text = QCoreApplication::translate("porterctl", "holds version %1").arg(*a.finalVersion);
    else
        text = QCoreApplication::translate("porterctl", "answered");
    if (!a.updateError.isEmpty())
        text += QCoreApplication::translate("porterctl", "; refused the update (%1)").arg(a.updateError);
    if (!a.ok && !a.error.isEmpty())
        text += QStringLiteral("; ") + a.error;
    text += (a.activity.size() == 1 ? QCoreApplication::translate("porterctl", "; 1 activity entry")
                                    : QCoreApplication::translate("porterctl", "; %n activity entries",
                                                                  nullptr, int(a.activity.size())));
    text += d.uploadedAt >= a.at ? QCoreApplication::translate("porterctl", "; uploaded")
                                 : QCoreApplication::translate("porterctl", "; to upload");
    return text;
}

QJsonObject doorJson(const kits::KitDoor &d)
{
    QJsonObject o{
        {QStringLiteral("doorId"), d.doorId},
        {QStringLiteral("door"), d.doorName},
        {QStringLiteral("propertyId"), d.propertyId},
        {QStringLiteral("property"), d.propertyName},
        {QStringLiteral("fromVersion"), versionJson(d.baseVersion)},
        {QStringLiteral("toVersion"), versionJson(d.targetVersion)},
        {QStringLiteral("delta"), !d.delta.isEmpty()},
        {QStringLiteral("fullBytes"), d.full.size()},
        {QStringLiteral("laterChanges"), d.laterChanges < 0 ? QJsonValue() : QJsonValue(d.laterChanges)},
        {QStringLiteral("delivered"), d.answer.has_value()},
        {QStringLiteral("uploaded"), d.answer.has_value() && d.uploadedAt >= d.answer->at}};
    if (d.answer) {
        const kits::KitAnswer &a = *d.answer;
        o.insert(QStringLiteral("answer"),
                 QJsonObject{{QStringLiteral("at"), formatUtcIso(a.at)},
                             {QStringLiteral("ok"), a.ok},
                             {QStringLiteral("error"), a.error},
                             {QStringLiteral("appliedVersion"),
                              a.appliedVersion ? versionJson(*a.appliedVersion) : QJsonValue()},
                             {QStringLiteral("finalVersion"),
                              a.finalVersion ? versionJson(*a.finalVersion) : QJsonValue()},
                             {QStringLiteral("updateKind"), a.updateKind},
                             {QStringLiteral("updateError"), a.updateError},
                             {QStringLiteral("activity"), int(a.activity.size())},
                             {QStringLiteral("batteryPercent"),
                              a.batteryPercent ? QJsonValue(*a.batteryPercent) : QJsonValue()}});
    }
    return o;
}

Reply kitReply(const kits::FieldKit &kit, const QString &path)
{
    Reply reply;
    QJsonArray doors;
    for (const kits::KitDoor &d : kit.doors)
        doors.append(doorJson(d));
    reply.json = QJsonObject{{QStringLiteral("file"), path},
                             {QStringLiteral("kit"), kit.id},
                             {QStringLiteral("builtBy"), kit.builtByName},
                             {QStringLiteral("builtAt"), formatUtcIso(kit.builtAt)},
                             {QStringLiteral("validUntil"), formatUtcIso(kit.notAfter)},
                             {QStringLiteral("doors"), doors},
                             {QStringLiteral("toCommission"), QJsonArray::fromStringList(kit.toCommission)},
                             {QStringLiteral("toUpload"), kit.toUpload()}};
    const int n = int(kit.doors.size());
    reply.text << (n == 1 ? QCoreApplication::translate(
                                "porterctl", "Field kit %1: 1 door, built by %2 on %3, valid until %4.")
                          : QCoreApplication::translate(
                                "porterctl", "Field kit %1: %n doors, built by %2 on %3, valid until %4.",
                                nullptr, n))
                      .arg(path, kit.builtByName, when(kit.builtAt), when(kit.notAfter));
    Table table({QStringLiteral("ID"), QStringLiteral("DOOR"), QStringLiteral("PROPERTY"),
                 QStringLiteral("VERSION"), QStringLiteral("LATER CHANGES"), QStringLiteral("AT THE DOOR")});
    for (const kits::KitDoor &d : kit.doors)
        table.add({QString::number(d.doorId), d.doorName, d.propertyName,
                   d.targetVersion == d.baseVersion
                       ? QString::number(d.targetVersion)
                       : QStringLiteral("%1 \u2192 %2").arg(d.baseVersion).arg(d.targetVersion),
                   laterChangesText(d), answerText(d)});
    reply.text << table.lines();
    for (const QString &door : kit.toCommission)
        reply.text << QCoreApplication::translate(
                          "porterctl", "Not in the kit: %1 is not commissioned (needs a visit with "
                                       "Porter online).")
                          .arg(door);
    return reply;
}

Result<QString> requiredKitPath(Session &s)
{
    const QString path = kitPath(s);
    if (path.isEmpty())
        return usageError(QCoreApplication::translate("porterctl", "Name the field kit file."));
    return path;
}

Result<Reply> cmdKitBuild(Session &s)
{
    const QString out = s.value(QStringLiteral("out"));
    kits::KitRequest request;
    if (s.has(QStringLiteral("property"))) {
        PORTER_TRY_ASSIGN(request.propertyIds, s.ids(QStringLiteral("property")));
    }
    if (s.has(QStringLiteral("door"))) {
        PORTER_TRY_ASSIGN(request.doorIds, s.ids(QStringLiteral("door")));
    }
    if (request.propertyIds.isEmpty() && request.doorIds.isEmpty())
        return usageError(
            QCoreApplication::translate("porterctl", "kit build needs --property IDS or --door IDS."));
    PORTER_TRY_ASSIGN(request.days, s.number(QStringLiteral("days"), kits::kDefaultKitDays));
    if (QFileInfo::exists(out))
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("porterctl", "%1 exists already: choose another file.").arg(out));
    PORTER_TRY_ASSIGN(const kits::FieldKit kit, s.kits().build(s.me(), request));
    PORTER_TRY(s.kits().save(out, kit));
    Reply reply = kitReply(kit, out);
    reply.text.prepend(
        QCoreApplication::translate("porterctl", "Built. It opens only on this computer, for you."));
    return reply;
}

const Registration kKitBuild{
    Section::Doors,
    {.name = "kit build",
     .synopsis = "--out FILE (--property IDS | --door IDS) [--days N]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Build a field kit to sync doors where there is no internet."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Before going to sites with no internet: writes FILE with, for each commissioned door of the "
         "properties or doors named, Porter's signed update from the version the door last acknowledged, its "
         "full list as a fallback, and a certificate that lets the kit open sessions with that door only, "
         "for "
         "--days (default 3, at most 14). The kit cannot change anyone's access: it holds neither the "
         "property key nor the doorcode secret. It opens only on this computer, for this user. Doors not "
         "commissioned yet are listed as needing a visit with Porter online. Needs Device Management on each "
         "property, as a sync does."),
     .options =
         {{.name = "out",
           .value = "FILE",
           .help = QT_TRANSLATE_NOOP("porterctl", "The kit file to write."),
           .required = true},
          {.name = "property",
           .value = "IDS",
           .help = QT_TRANSLATE_NOOP("porterctl", "Every commissioned door of these properties (1,2,3).")},
          {.name = "door", .value = "IDS", .help = QT_TRANSLATE_NOOP("porterctl", "These doors (1,2,3).")},
          {.name = "days",
           .value = "N",
           .help = QT_TRANSLATE_NOOP("porterctl", "How long the kit is valid (1-14, default 3).")}},
     .handler = cmdKitBuild}};

Result<Reply> cmdKitShow(Session &s)
{
    PORTER_TRY_ASSIGN(const QString path, requiredKitPath(s));
    PORTER_TRY_ASSIGN(const kits::FieldKit kit, kits::KitFile::load(path));
    return kitReply(kit, path);
}

const Registration kKitShow{
    Section::Doors,
    {.name = "kit show",
     .synopsis = "FILE",
     .summary = QT_TRANSLATE_NOOP("porterctl", "What a field kit carries and what its doors answered."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Lists the kit's doors: the versions it takes them to, the changes made after it "
                      "was built as last checked online (kit check), and each door's answer at the site. "
                      "Needs no database."),
     .argument = "FILE",
     .needs = Needs::Nothing,
     .handler = cmdKitShow}};

Result<Reply> cmdKitCheck(Session &s)
{
    PORTER_TRY_ASSIGN(const QString path, requiredKitPath(s));
    PORTER_TRY_ASSIGN(kits::FieldKit kit, s.kits().load(path));
    PORTER_TRY(s.kits().check(s.me(), kit));
    PORTER_TRY(s.kits().save(path, kit));
    return kitReply(kit, path);
}

const Registration kKitCheck{
    Section::Doors,
    {.name = "kit check",
     .synopsis = "FILE",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Count the changes a field kit will not bring its doors."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Online, before going: counts for each door of the kit the changes made after the kit "
                      "was built, and keeps the count in the kit, so that kit deliver can say it at the door "
                      "without internet. Build a new kit to bring them."),
     .argument = "FILE",
     .handler = cmdKitCheck}};

// Delivers to one door of the kit at `address`, keeps the answer in the kit file, and says what happened.
Result<QJsonObject> deliverOne(kits::FieldKit &kit, const QString &path, const Clock &clock,
                               const kits::KitDoor &door, const sync::DoorAddress &address, QStringList &text)
{
    text << QCoreApplication::translate("porterctl", "Door %1 \u2018%2\u2019 (%3): %4.")
                .arg(door.doorId)
                .arg(door.doorName, door.propertyName, laterChangesText(door));
    auto made = sync::TransportFactory::create(address);
    if (!made.ok())
        return made.error();
    const std::unique_ptr<sync::Transport> transport = std::move(made).value();
    LinkWatch link;
    link.watch(transport.get());
    kits::KitCourier courier(clock);
    auto answer = sync::deliverBlocking(courier, kit, door.doorId, *transport);
    if (!answer.ok())
        return link.explain(answer.error(), QString());
    kits::KitDoor *kd = kit.door(door.doorId);
    kits::recordAnswer(*kd, *answer);
    // Each answer is kept at once: a flat battery later loses nothing the doors said.
    PORTER_TRY(kits::KitFile::save(path, kit));
    text << QStringLiteral("  ") + answerText(*kd);
    QJsonObject json = doorJson(*kd);
    json.insert(QStringLiteral("via"), transport->describe());
    return json;
}

Result<Reply> cmdKitDeliver(Session &s)
{
    PORTER_TRY_ASSIGN(const QString path, requiredKitPath(s));
    const bool tcp = s.has(QStringLiteral("tcp"));
    const bool ble = s.has(QStringLiteral("ble"));
    if (tcp == ble)
        return usageError(QCoreApplication::translate(
            "porterctl", "kit deliver needs --ble or --tcp HOST:PORT (one of them)."));
    QList<Id> wanted;
    if (s.has(QStringLiteral("door"))) {
        PORTER_TRY_ASSIGN(wanted, s.ids(QStringLiteral("door")));
    }
    if (tcp && wanted.size() != 1)
        return usageError(
            QCoreApplication::translate("porterctl", "With --tcp, name the one door there: --door ID."));
    PORTER_TRY_ASSIGN(const std::unique_ptr<Clock> clock, makeClock(s.args));
    PORTER_TRY_ASSIGN(kits::FieldKit kit, kits::KitFile::load(path));
    for (const Id id : wanted)
        if (!kit.door(id))
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("porterctl", "Door %1 is not in this field kit.").arg(id));
    if (kit.expired(clock->nowSecs()))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "porterctl", "This field kit expired on %1: doors refuse it. Build a new one "
                                          "with Porter online.")
                             .arg(when(kit.notAfter)));
    Reply reply;
    QJsonArray delivered;
    if (tcp) {
        PORTER_TRY_ASSIGN(const sync::DoorAddress address, doorTcpAddress(s));
        PORTER_TRY_ASSIGN(const QJsonObject one,
                          deliverOne(kit, path, *clock, *kit.door(wanted.constFirst()), address, reply.text));
        delivered.append(one);
    } else {
        // Every door of the kit heard (or those asked for), nearest first; the others are said.
        PORTER_TRY_ASSIGN(const int seconds, scanSeconds(s, 10));
        PORTER_TRY_ASSIGN(const std::shared_ptr<sync::Radio> radio, sync::Radio::require());
        QSet<QPair<quint32, quint32>> inKit;
        for (const kits::KitDoor &d : kit.doors)
            if (wanted.isEmpty() || wanted.contains(d.doorId))
                inKit.insert({quint32(d.propertyId), quint32(d.doorId)});
        QSet<QPair<quint32, quint32>> heardIds;
        const std::unique_ptr<sync::DoorScanner> scanner = radio->createScanner();
        PORTER_TRY_ASSIGN(QList<sync::SeenDoor> seen,
                          sync::scanBlocking(*scanner, seconds, [&](const sync::SeenDoor &d) {
                              if (d.commissioned && inKit.contains({d.propertyId, d.doorId}))
                                  heardIds.insert({d.propertyId, d.doorId});
                              return heardIds.size() == inKit.size();
                          }));
        std::stable_sort(seen.begin(), seen.end(),
                         [](const sync::SeenDoor &a, const sync::SeenDoor &b) { return a.rssi > b.rssi; });
        QSet<Id> done;
        for (const sync::SeenDoor &d : seen) {
            if (!d.commissioned || !inKit.contains({d.propertyId, d.doorId}) || done.contains(d.doorId))
                continue;
            done.insert(d.doorId);
            auto one = deliverOne(kit, path, *clock, *kit.door(d.doorId),
                                  sync::DoorAddress::bluetooth(d.address), reply.text);
            if (!one.ok()) {
                reply.warnings << one.error().message;
                continue;
            }
            delivered.append(*one);
        }
        for (const kits::KitDoor &d : kit.doors)
            if ((wanted.isEmpty() || wanted.contains(d.doorId)) && !done.contains(d.doorId))
                reply.text << QCoreApplication::translate("porterctl",
                                                          "Door %1 \u2018%2\u2019: not heard in %3 s.")
                                  .arg(d.doorId)
                                  .arg(d.doorName)
                                  .arg(seconds);
        if (delivered.isEmpty())
            return makeError(
                ErrorCode::LinkLost,
                QCoreApplication::translate("porterctl",
                                            "No door of this kit was reached. Stand near a door and try "
                                            "again.") +
                    (reply.warnings.isEmpty() ? QString()
                                              : QStringLiteral(" ") + reply.warnings.join(QLatin1Char(' '))));
    }
    reply.json = QJsonObject{{QStringLiteral("file"), path},
                             {QStringLiteral("delivered"), delivered},
                             {QStringLiteral("toUpload"), kit.toUpload()}};
    reply.text << QCoreApplication::translate("porterctl",
                                              "Back online, upload the answers: porterctl kit upload %1")
                      .arg(path);
    return reply;
}

const Registration kKitDeliver{
    Section::Doors,
    {.name = "kit deliver",
     .synopsis = "FILE (--ble [--door IDS] [--seconds N] | --tcp HOST:PORT --door ID [--payload N])",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Deliver a field kit to its doors (no internet needed)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "At the site: delivers the kit's update to each door of the kit heard over Bluetooth (--ble; "
         "--door to choose some) or to the one door at --tcp (porter-door serve). Before each door it says "
         "how "
         "many changes made after the kit was built will not reach it, as last checked online. Each door's "
         "answer (the version it took, its activity, battery and clock) is kept in the kit file at once; the "
         "door keeps its activity too, until Porter syncs it. Needs no database and no internet: back "
         "online, "
         "kit upload stores the answers."),
     .options = {{.name = "ble",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Find the kit's doors over Bluetooth.")},
                 {.name = "door",
                  .value = "IDS",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Only these doors of the kit.")},
                 {.name = "seconds",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl", "With --ble: how long to listen (default 10).")},
                 {.name = "tcp",
                  .value = "HOST:PORT",
                  .help = QT_TRANSLATE_NOOP("porterctl", "porter-door serve address.")},
                 {.name = "payload",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl",
                                            "Link payload per write (default 244, as porter-door serve).")}},
     .argument = "FILE",
     .needs = Needs::Nothing,
     .handler = cmdKitDeliver}};

Result<Reply> cmdKitUpload(Session &s)
{
    PORTER_TRY_ASSIGN(const QString path, requiredKitPath(s));
    PORTER_TRY_ASSIGN(kits::FieldKit kit, s.kits().load(path));
    if (kit.answered() == 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("porterctl",
                                                     "No door of this kit has answered yet: deliver it "
                                                     "first (porterctl kit deliver)."));
    PORTER_TRY_ASSIGN(const kits::UploadReport report, s.kits().upload(s.me(), kit));
    PORTER_TRY(s.kits().save(path, kit));
    Reply reply;
    QJsonArray doors;
    Table table({QStringLiteral("ID"), QStringLiteral("DOOR"), QStringLiteral("VERSION"),
                 QStringLiteral("NEW ACTIVITY"), QStringLiteral("STILL PENDING"), QStringLiteral("NOTE")});
    for (const kits::UploadedDoor &d : report.doors) {
        doors.append(QJsonObject{{QStringLiteral("doorId"), d.doorId},
                                 {QStringLiteral("door"), d.doorName},
                                 {QStringLiteral("versionRecorded"), d.versionRecorded},
                                 {QStringLiteral("version"), versionJson(d.version)},
                                 {QStringLiteral("pendingChangesCleared"), d.pendingChangesCleared},
                                 {QStringLiteral("activityImported"), d.activityImported},
                                 {QStringLiteral("alarmsImported"), d.alarmsImported},
                                 {QStringLiteral("stillPending"), d.stillPending},
                                 {QStringLiteral("note"), d.note}});
        table.add({QString::number(d.doorId), d.doorName,
                   d.versionRecorded
                       ? QCoreApplication::translate("porterctl", "%1 (recorded now)").arg(d.version)
                       : QString::number(d.version),
                   QString::number(d.activityImported), QString::number(d.stillPending), d.note});
    }
    reply.json = QJsonObject{{QStringLiteral("file"), path},
                             {QStringLiteral("doors"), doors},
                             {QStringLiteral("activityImported"), report.activityImported},
                             {QStringLiteral("versionsRecorded"), report.versionsRecorded}};
    reply.text << QCoreApplication::translate(
                      "porterctl", "Uploaded. New versions recorded: %1. New activity entries: %2.")
                      .arg(report.versionsRecorded)
                      .arg(report.activityImported);
    reply.text << table.lines();
    return reply;
}

const Registration kKitUpload{
    Section::Doors,
    {.name = "kit upload",
     .synopsis = "FILE",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Store what a field kit's doors answered."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Back online: stores the doors' answers kept in the kit, in one transaction. A door's new version "
         "is "
         "recorded only on its authenticated word and only if Porter still records the version the kit "
         "started from; its sync task then clears for exactly the changes the kit carried. Activity is "
         "stored "
         "once per entry, so uploading the same kit again stores nothing twice. STILL PENDING counts the "
         "changes the door still needs (made after the kit was built, or not taken)."),
     .argument = "FILE",
     .handler = cmdKitUpload}};

} // namespace
} // namespace porter::cli
