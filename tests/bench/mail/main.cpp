// porter_bench_mail: issue 10's figures, as JSON lines with a baseline measured in the same run
// (docs/benchmarks.md). A program run by scripts/bench, never a ctest: figures are printed, not asserted.
//  - mail_delivery_rate: a 1,000-message outbox of welcome emails delivered by MailService::deliver
//    (claim: write, seal; send over one reused connection; record) to aiosmtpd on loopback. Baseline:
//    the same 1,000 finished messages sent again by SmtpSender alone over one connection (the server
//    and the transport, without Porter's writing and bookkeeping).
//  - daily_doorcodes_10k: queuing and writing the day's doorcode email for 10,000 doorcode people
//    (queueDailyDoorcodes, then claim: code, MIME, seal). Baseline: the 10,000 codes alone
//    (door::dailyDoorcode).

#include "access/accessservice.h"
#include "devices/deviceservice.h"
#include "door/doorcode.h"
#include "fixture.h"
#include "mail/mailservice.h"
#include "secrets/secretstore.h"
#include "smtpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace porter;
using namespace porter::test;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "porter_bench_mail: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T> T must(Result<T> r, const char *what)
{
    if (!r.ok())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(r).value();
}

void must(const Status &s, const char *what)
{
    if (!s.ok())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), s.error().message));
}

void line(const QString &name, double value, const QString &unit, double baseline,
          const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("baseline"), baseline}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void invite(Fixture &f, int n, AccessMethod method, const QString &prefix)
{
    for (int i = 0; i < n; ++i) {
        InviteRequest r =
            f.inviteRequest(QStringLiteral("%1%2@example.com").arg(prefix).arg(i), {f.residentKey.id});
        r.method = method;
        r.contact.firstName = QStringLiteral("Resident");
        r.contact.lastName = QStringLiteral("%1 %2").arg(prefix).arg(i);
        must(f.access->invite(f.owner, r), "invite");
    }
}

mail::SmtpSettings loopback(int port)
{
    mail::SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = mail::Security::None;
    s.fromAddress = QStringLiteral("porter@maple.test");
    s.timeoutSecs = 30;
    return s;
}

void deliveryRate()
{
    constexpr int kMessages = 1000;
    Fixture f;
    SmtpServer server;
    if (!server.running())
        die(QStringLiteral("the SMTP server did not start: %1").arg(server.error()));
    MailService &mail = f.backend->mail();
    must(mail.saveSettings(f.owner, loopback(server.port())), "settings");
    std::fprintf(stderr, "inviting %d people...\n", kMessages);
    invite(f, kMessages, AccessMethod::App, QStringLiteral("app"));

    QElapsedTimer t;
    t.start();
    const MailService::Report r = must(mail.deliver(f.owner), "deliver");
    const double porterMs = double(t.nsecsElapsed()) / 1e6;
    if (r.sent != kMessages || server.received().size() != kMessages)
        die(QStringLiteral("delivered %1 of %2 (server saw %3)")
                .arg(r.sent)
                .arg(kMessages)
                .arg(server.received().size()));

    // The baseline: the same finished messages, through the transport alone.
    QList<mail::Outgoing> again;
    for (const SmtpServer::Received &m : server.received()) {
        mail::Outgoing o;
        o.id = again.size() + 1;
        o.to = m.rcptTos.value(0);
        o.bytes = m.raw;
        again.append(o);
    }
    mail::SmtpSender sender(loopback(server.port()), QString());
    t.restart();
    const QList<mail::Outcome> outcomes = sender.send(again);
    const double transportMs = double(t.nsecsElapsed()) / 1e6;
    for (const mail::Outcome &o : outcomes)
        if (o.verdict != mail::Verdict::Sent)
            die(QStringLiteral("baseline send failed: %1").arg(o.reason));
    line(QStringLiteral("mail_delivery_rate"), kMessages / (porterMs / 1000.0), QStringLiteral("messages/s"),
         kMessages / (transportMs / 1000.0),
         QJsonObject{{QStringLiteral("messages"), kMessages},
                     {QStringLiteral("porter_ms"), porterMs},
                     {QStringLiteral("baseline_ms"), transportMs},
                     {QStringLiteral("bytes_per_message"), double(again.first().bytes.size())},
                     {QStringLiteral("server"), QStringLiteral("aiosmtpd on loopback, one connection")}});
}

void dailyDoorcodes()
{
    constexpr int kPeople = 10000;
    Fixture f;
    MailService &mail = f.backend->mail();
    must(mail.saveSettings(f.owner, loopback(25)), "settings"); // configured; nothing is sent here
    must(f.backend->devices().commissioningMaterial(f.owner, f.lobby.id), "doorcode secret");
    std::fprintf(stderr, "inviting %d doorcode people...\n", kPeople);
    invite(f, kPeople, AccessMethod::Doorcode, QStringLiteral("code"));
    // Their welcome emails are written first (leased, not timed): only the doorcode emails are measured.
    while (!must(mail.claim(f.owner, 1000), "claim welcome").isEmpty()) {
    }

    QElapsedTimer t;
    t.start();
    const MailService::DailyReport q = must(mail.queueDailyDoorcodes(f.owner), "queue");
    const double queueMs = double(t.nsecsElapsed()) / 1e6;
    int written = 0;
    for (;;) {
        const QList<mail::Outgoing> batch = must(mail.claim(f.owner, 1000), "claim");
        if (batch.isEmpty())
            break;
        written += int(batch.size());
    }
    const double totalMs = double(t.nsecsElapsed()) / 1e6;
    if (q.queued != kPeople || written != kPeople)
        die(QStringLiteral("queued %1, written %2 of %3").arg(q.queued).arg(written).arg(kPeople));

    // Baseline: the codes alone.
    const auto secret = must(f.backend->secrets().doorcodeSecret(f.property.id), "secret");
    const door::ByteView key(reinterpret_cast<const std::uint8_t *>(secret.secret.constData()),
                             size_t(secret.secret.size()));
    t.restart();
    // Folds the codes' digits, so the work cannot be optimised away and the figure says which codes.
    std::uint64_t checksum = 0;
    for (int i = 1; i <= kPeople; ++i)
        for (const char digit : door::dailyDoorcode(key, std::uint32_t(i), door::CivilDate{2026, 5, 28}, 7))
            checksum = (checksum * 31 + std::uint64_t(digit - '0')) % 1000000007ULL;
    const double codesMs = double(t.nsecsElapsed()) / 1e6;
    line(QStringLiteral("daily_doorcodes_10k"), totalMs, QStringLiteral("ms"), codesMs,
         QJsonObject{{QStringLiteral("people"), kPeople},
                     {QStringLiteral("queue_ms"), queueMs},
                     {QStringLiteral("write_and_seal_ms"), totalMs - queueMs},
                     {QStringLiteral("per_person_us"), totalMs * 1000.0 / kPeople},
                     {QStringLiteral("codes_checksum"), double(checksum)}});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString only =
        argc > 2 && QByteArray(argv[1]) == "--only" ? QString::fromLocal8Bit(argv[2]) : QString();
    if (only.isEmpty() || QStringLiteral("mail_delivery_rate").contains(only))
        deliveryRate();
    if (only.isEmpty() || QStringLiteral("daily_doorcodes_10k").contains(only))
        dailyDoorcodes();
    return 0;
}
