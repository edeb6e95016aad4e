// The field kit's content as a JSON document (docs/decisions.md, "The kit file is JSON inside the
// seal"): Qt Core and the door's activity slots only, so the fuzz target builds it alone (fuzz_kitfile).
#include "door/door.h"
#include "door/protocol.h"
#include "kits/fieldkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace porter::kits {
namespace {

constexpr int kFormat = 1;

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

QString versionText(ListVersion v)
{
    return QString::number(v);
}

QJsonObject answerJson(const KitAnswer &a)
{
    QJsonArray activity;
    for (const KitActivity &e : a.activity)
        activity.append(QJsonArray{QString::number(e.seq), QString::number(e.time), qint64(e.person),
                                   int(e.kind), int(e.reason)});
    QJsonObject o{{QStringLiteral("at"), QString::number(a.at)},
                  {QStringLiteral("ok"), a.ok},
                  {QStringLiteral("error"), a.error},
                  {QStringLiteral("reportedVersion"), versionText(a.reportedVersion)},
                  {QStringLiteral("updateKind"), a.updateKind},
                  {QStringLiteral("updateError"), a.updateError},
                  {QStringLiteral("firmware"), a.firmware},
                  {QStringLiteral("driftSeconds"), QString::number(a.driftSeconds)},
                  {QStringLiteral("lostEntries"), QString::number(a.lostEntries)},
                  {QStringLiteral("doorcodeEpoch"), QString::number(a.doorcodeEpoch)},
                  {QStringLiteral("keyEpoch"), QString::number(a.signingKeyEpoch)},
                  {QStringLiteral("activity"), activity}};
    if (a.appliedVersion) {
        o.insert(QStringLiteral("appliedVersion"), versionText(*a.appliedVersion));
        o.insert(QStringLiteral("appliedHash"), b64(a.appliedHash));
    }
    if (a.finalVersion) {
        o.insert(QStringLiteral("finalVersion"), versionText(*a.finalVersion));
        o.insert(QStringLiteral("finalHash"), b64(a.finalHash));
    }
    if (a.batteryPercent)
        o.insert(QStringLiteral("batteryPercent"), *a.batteryPercent);
    if (a.clockRefusedBefore)
        o.insert(QStringLiteral("clockRefusedBefore"), QString::number(*a.clockRefusedBefore));
    QJsonArray records;
    for (const QByteArray &r : a.receiptRecords)
        records.append(b64(r));
    o.insert(QStringLiteral("receipt"), QJsonObject{{QStringLiteral("start"), b64(a.receiptStart)},
                                                    {QStringLiteral("records"), records},
                                                    {QStringLiteral("done"), b64(a.receiptDone)},
                                                    {QStringLiteral("signature"), b64(a.receiptSignature)}});
    return o;
}

// Reads a JSON document written by encode(), refusing anything else. Each accessor records the first
// problem; decode() checks once at the end.
class JsonReader
{
public:
    QString text(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            return fail(key), QString();
        return v.toString();
    }
    QByteArray bytes(const QJsonObject &o, const char *key, qsizetype exactSize = -1)
    {
        const QString t = text(o, key);
        auto decoded = QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || (exactSize >= 0 && decoded.decoded.size() != exactSize && !decoded.decoded.isEmpty()))
            return fail(key), QByteArray();
        return decoded.decoded;
    }
    qint64 integer(const QJsonObject &o, const char *key)
    {
        bool ok = false;
        const qint64 v = text(o, key).toLongLong(&ok);
        if (!ok)
            fail(key);
        return v;
    }
    ListVersion version(const QJsonObject &o, const char *key)
    {
        bool ok = false;
        const ListVersion v = text(o, key).toULongLong(&ok);
        if (!ok)
            fail(key);
        return v;
    }
    Id id(const QJsonObject &o, const char *key)
    {
        const qint64 v = integer(o, key);
        if (v <= 0)
            fail(key);
        return v;
    }
    bool flag(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }
    QJsonArray array(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }
    void fail(const char *key)
    {
        if (m_problem.isEmpty())
            m_problem = QString::fromLatin1(key);
    }
    const QString &problem() const { return m_problem; }

private:
    QString m_problem;
};

std::optional<KitAnswer> readAnswer(JsonReader &r, const QJsonObject &o)
{
    KitAnswer a;
    a.at = r.integer(o, "at");
    a.ok = r.flag(o, "ok");
    a.error = r.text(o, "error");
    a.reportedVersion = r.version(o, "reportedVersion");
    a.updateKind = r.text(o, "updateKind");
    a.updateError = r.text(o, "updateError");
    a.firmware = r.text(o, "firmware");
    a.driftSeconds = r.integer(o, "driftSeconds");
    a.lostEntries = r.integer(o, "lostEntries");
    a.doorcodeEpoch = r.integer(o, "doorcodeEpoch");
    // Kits from before signing-key rotation did not say it.
    if (o.contains(QLatin1String("keyEpoch")))
        a.signingKeyEpoch = r.integer(o, "keyEpoch");
    if (o.contains(QLatin1String("appliedVersion"))) {
        a.appliedVersion = r.version(o, "appliedVersion");
        a.appliedHash = r.bytes(o, "appliedHash", 32);
    }
    if (o.contains(QLatin1String("finalVersion"))) {
        a.finalVersion = r.version(o, "finalVersion");
        a.finalHash = r.bytes(o, "finalHash", 32);
    }
    if (o.contains(QLatin1String("batteryPercent"))) {
        const int b = o.value(QLatin1String("batteryPercent")).toInt(-1);
        if (b < 0 || b > 100)
            r.fail("batteryPercent");
        a.batteryPercent = b;
    }
    if (o.contains(QLatin1String("clockRefusedBefore")))
        a.clockRefusedBefore = r.integer(o, "clockRefusedBefore");
    if (o.contains(QLatin1String("receipt"))) { // a visit that was cut short has none
        const QJsonObject receipt = o.value(QLatin1String("receipt")).toObject();
        a.receiptStart = r.bytes(receipt, "start", 32);
        a.receiptDone = r.bytes(receipt, "done");
        a.receiptSignature = r.bytes(receipt, "signature", 64);
        for (const QJsonValue &v : r.array(receipt, "records")) {
            auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!v.isString() || !decoded || decoded.decoded.isEmpty()) {
                r.fail("receipt");
                break;
            }
            a.receiptRecords << decoded.decoded;
        }
    }
    std::uint64_t previous = 0;
    for (const QJsonValue &v : r.array(o, "activity")) {
        const QJsonArray e = v.toArray();
        bool seqOk = false, timeOk = false;
        const std::uint64_t seq = e.at(0).toString().toULongLong(&seqOk);
        const std::int64_t time = e.at(1).toString().toLongLong(&timeOk);
        const qint64 person = e.at(2).toInteger(-1);
        const int kind = e.at(3).toInt(-1), reason = e.at(4).toInt(-1);
        std::optional<door::ActivityEntry> entry;
        if (e.size() == 5 && seqOk && timeOk && seq > previous && person >= 0 && person <= UINT32_MAX &&
            kind >= 0 && kind <= 255 && reason >= 0 && reason <= 255)
            entry = door::ActivityEntry::fromSlots(seq, time, std::uint32_t(person), std::uint8_t(kind),
                                                   std::uint8_t(reason));
        if (!entry) {
            r.fail("activity");
            break;
        }
        previous = seq;
        a.activity.push_back(
            KitActivity{seq, time, std::uint32_t(person), std::uint8_t(kind), std::uint8_t(reason)});
    }
    if (!r.problem().isEmpty())
        return std::nullopt;
    return a;
}

} // namespace

KitDoor *FieldKit::door(Id doorId)
{
    for (KitDoor &d : doors)
        if (d.doorId == doorId)
            return &d;
    return nullptr;
}

const KitDoor *FieldKit::door(Id doorId) const
{
    return const_cast<FieldKit *>(this)->door(doorId);
}

int FieldKit::answered() const
{
    return int(
        std::count_if(doors.begin(), doors.end(), [](const KitDoor &d) { return d.answer.has_value(); }));
}

int FieldKit::toUpload() const
{
    return int(std::count_if(doors.begin(), doors.end(),
                             [](const KitDoor &d) { return d.answer && d.uploadedAt < d.answer->at; }));
}

QByteArray KitFile::encode(const FieldKit &kit)
{
    QJsonArray doors;
    for (const KitDoor &d : kit.doors) {
        QJsonArray steps;
        for (const QByteArray &step : d.keySteps)
            steps.append(b64(step));
        QJsonObject o{{QStringLiteral("doorId"), QString::number(d.doorId)},
                      {QStringLiteral("doorName"), d.doorName},
                      {QStringLiteral("propertyId"), QString::number(d.propertyId)},
                      {QStringLiteral("propertyName"), d.propertyName},
                      {QStringLiteral("identityKey"), b64(d.identityKey)},
                      {QStringLiteral("commissioning"), QString::number(d.commissioning)},
                      {QStringLiteral("baseVersion"), versionText(d.baseVersion)},
                      {QStringLiteral("baseHash"), b64(d.baseHash)},
                      {QStringLiteral("targetVersion"), versionText(d.targetVersion)},
                      {QStringLiteral("targetHash"), b64(d.targetHash)},
                      {QStringLiteral("delta"), b64(d.delta)},
                      {QStringLiteral("full"), b64(d.full)},
                      {QStringLiteral("certificate"), b64(d.certificate)},
                      {QStringLiteral("keyEpoch"), QString::number(d.signingKeyEpoch)},
                      {QStringLiteral("keySteps"), steps},
                      {QStringLiteral("laterChanges"), QString::number(d.laterChanges)},
                      {QStringLiteral("laterCheckedAt"), QString::number(d.laterCheckedAt)},
                      {QStringLiteral("uploadedAt"), QString::number(d.uploadedAt)}};
        if (d.answer)
            o.insert(QStringLiteral("answer"), answerJson(*d.answer));
        doors.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("id"), kit.id},
                           {QStringLiteral("portfolio"), kit.portfolio},
                           {QStringLiteral("portfolioName"), kit.portfolioName},
                           {QStringLiteral("builtBy"), QString::number(kit.builtBy)},
                           {QStringLiteral("builtByName"), kit.builtByName},
                           {QStringLiteral("builtAt"), QString::number(kit.builtAt)},
                           {QStringLiteral("notBefore"), QString::number(kit.notBefore)},
                           {QStringLiteral("notAfter"), QString::number(kit.notAfter)},
                           {QStringLiteral("kitSeed"), b64(kit.kitSeed)},
                           {QStringLiteral("toCommission"), QJsonArray::fromStringList(kit.toCommission)},
                           {QStringLiteral("doors"), doors}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<FieldKit> KitFile::decode(const QByteArray &json)
{
    const auto invalid = [](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The field kit file is damaged or was not made by Porter (%1).").arg(why));
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(parse.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != kFormat)
        return invalid(tr("unknown format"));
    JsonReader r;
    FieldKit kit;
    kit.id = r.text(root, "id");
    kit.portfolio = r.text(root, "portfolio");
    kit.portfolioName = r.text(root, "portfolioName");
    kit.builtBy = r.id(root, "builtBy");
    kit.builtByName = r.text(root, "builtByName");
    kit.builtAt = r.integer(root, "builtAt");
    kit.notBefore = r.integer(root, "notBefore");
    kit.notAfter = r.integer(root, "notAfter");
    kit.kitSeed = r.bytes(root, "kitSeed", 32);
    for (const QJsonValue &v : r.array(root, "toCommission")) {
        if (!v.isString())
            r.fail("toCommission");
        kit.toCommission << v.toString();
    }
    for (const QJsonValue &v : r.array(root, "doors")) {
        const QJsonObject o = v.toObject();
        KitDoor d;
        d.doorId = r.id(o, "doorId");
        d.doorName = r.text(o, "doorName");
        d.propertyId = r.id(o, "propertyId");
        d.propertyName = r.text(o, "propertyName");
        d.identityKey = r.bytes(o, "identityKey", 32);
        d.commissioning = r.integer(o, "commissioning");
        d.baseVersion = r.version(o, "baseVersion");
        d.baseHash = r.bytes(o, "baseHash", 32);
        d.targetVersion = r.version(o, "targetVersion");
        d.targetHash = r.bytes(o, "targetHash", 32);
        d.delta = r.bytes(o, "delta");
        d.full = r.bytes(o, "full");
        d.certificate = r.bytes(o, "certificate", qsizetype(door::protocol::kKitCertificateSize));
        // Kits from before signing-key rotation were signed by the first key and carry no steps.
        if (o.contains(QLatin1String("keyEpoch")))
            d.signingKeyEpoch = r.integer(o, "keyEpoch");
        if (o.contains(QLatin1String("keySteps"))) {
            for (const QJsonValue &step : r.array(o, "keySteps")) {
                auto decoded = QByteArray::fromBase64Encoding(step.toString().toLatin1(),
                                                              QByteArray::AbortOnBase64DecodingErrors);
                const QByteArray bytes = decoded ? decoded.decoded : QByteArray();
                if (!step.isString() || !door::protocol::decodeKeyStep(door::ByteView(
                                            reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                            std::size_t(bytes.size()))))
                    r.fail("keySteps");
                d.keySteps << bytes;
            }
        }
        if (d.signingKeyEpoch < 1 || d.signingKeyEpoch > 0xFFFFFFFFLL ||
            d.keySteps.size() > qsizetype(door::kMaxKeySteps))
            r.fail("keyEpoch");
        d.laterChanges = int(r.integer(o, "laterChanges"));
        d.laterCheckedAt = r.integer(o, "laterCheckedAt");
        d.uploadedAt = r.integer(o, "uploadedAt");
        if (o.contains(QLatin1String("answer"))) {
            d.answer = readAnswer(r, o.value(QLatin1String("answer")).toObject());
            if (!d.answer)
                r.fail("answer");
        }
        if (d.identityKey.size() != 32 || d.certificate.isEmpty() || d.full.isEmpty() || kit.door(d.doorId))
            r.fail("doors");
        kit.doors << d;
    }
    if (kit.kitSeed.size() != 32 || kit.notAfter <= kit.notBefore || kit.id.isEmpty())
        r.fail("kit");
    if (!r.problem().isEmpty())
        return invalid(r.problem());
    return kit;
}

} // namespace porter::kits
