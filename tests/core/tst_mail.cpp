// Issue 10: delivering the outbox over SMTP to a real server on loopback (aiosmtpd): welcome emails,
// daily doorcodes, retries, refusals, TLS, and a crash between sending and recording.
#include "access/accessservice.h"
#include "access/outboxservice.h"
#include "devices/deviceservice.h"
#include "fixture.h"
#include "mail/mailservice.h"
#include "smtpserver.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace porter;
using namespace porter::test;

namespace {

mail::SmtpSettings plainSettings(int port)
{
    mail::SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = mail::Security::None;
    s.fromAddress = QStringLiteral("porter@maple.test");
    s.fromName = QStringLiteral("Maple Court");
    s.timeoutSecs = 5;
    return s;
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> f;
    MailService &mail() { return f->backend->mail(); }

    void configure(int port, std::optional<QString> password = std::nullopt,
                   mail::Security security = mail::Security::None)
    {
        mail::SmtpSettings s = plainSettings(port);
        s.security = security;
        if (password)
            s.user = QStringLiteral("porter");
        const Status st = mail().saveSettings(f->owner, s, password);
        QVERIFY2(st.ok(), why(st));
    }
    // The database file and its write-ahead log, as bytes: what a thief of the laptop's disk reads.
    QByteArray fileBytes() const
    {
        QByteArray all;
        for (const QString &name : {QStringLiteral("porter.sqlite"), QStringLiteral("porter.sqlite-wal")}) {
            QFile file(f->dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }
    OutboxMessage message(Id mailId) const
    {
        auto all = f->backend->outbox().messages(f->owner);
        for (const OutboxMessage &m : *all)
            if (m.id == mailId)
                return m;
        return {};
    }
    Id inviteApp(const QString &email, std::optional<qint64> start = std::nullopt)
    {
        InviteRequest r = f->inviteRequest(email, {f->residentKey.id});
        r.method = AccessMethod::App;
        r.startsAt = start;
        auto res = f->access->invite(f->owner, r);
        if (!res.ok())
            qFatal("invite: %s", why(res));
        return res->welcomeMailId;
    }
    Person inviteDoorcode(const QString &email, qint64 start, qint64 expires)
    {
        InviteRequest r = f->inviteRequest(email, {f->residentKey.id});
        r.method = AccessMethod::Doorcode;
        r.startsAt = start;
        r.expiresAt = expires;
        auto res = f->access->invite(f->owner, r);
        if (!res.ok())
            qFatal("invite: %s", why(res));
        return res->person;
    }

private Q_SLOTS:
    void init() { f = std::make_unique<Fixture>(); }
    void cleanup() { f.reset(); }

    void welcomeEmailArrivesWithItsActivationCodeSealedOnDisk()
    {
        SmtpServer server;
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port());
        const Id mailId = inviteApp(QStringLiteral("ana@example.com"));
        auto report = mail().deliver(f->owner);
        QVERIFY2(report.ok(), why(report));
        QCOMPARE(report->sent, 1);
        QCOMPARE(report->remaining, 0);
        const QList<SmtpServer::Received> got = server.received();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().rcptTos, QStringList{QStringLiteral("ana@example.com")});
        QCOMPARE(got.first().mailFrom, QStringLiteral("porter@maple.test"));
        const QByteArray messageId = got.first().header("message-id");
        QVERIFY2(messageId.endsWith("@maple.test>"), messageId.constData());
        const QString text = SmtpServer::decodedBody(got.first().raw);
        static const QRegularExpression codePattern(QStringLiteral("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
        const QRegularExpressionMatch code = codePattern.match(text);
        QVERIFY2(code.hasMatch(), qPrintable(text));
        // The mail says until when the code works: the expiry stored with its hash, 30 days from now.
        const qint64 expires =
            f->db
                ->scalar(QStringLiteral(
                    "SELECT activation_expires_at FROM person WHERE email = 'ana@example.com'"))
                ->toLongLong();
        QCOMPARE(expires, f->clock.nowSecs() + 30 * 86400);
        const QDate lastDay =
            QDateTime::fromSecsSinceEpoch(expires, QTimeZone(f->property.timeZone.toUtf8())).date();
        QVERIFY2(text.contains(QStringLiteral("The code can be used until %1")
                                   .arg(QLocale(QLocale::English, QLocale::UnitedStates)
                                            .toString(lastDay, QLocale::LongFormat))),
                 qPrintable(text));
        const OutboxMessage m = message(mailId);
        QCOMPARE(m.status, QStringLiteral("sent"));
        QCOMPARE(m.attempts, 1);
        QVERIFY(m.sentAt.has_value());
        QCOMPARE(QByteArray('<' + m.messageId.toUtf8() + '>'), messageId);
        // The code is nowhere in the database file in clear: only sealed, and as a salted hash.
        const QByteArray bytes = fileBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(code.captured(0).toUtf8()), "the activation code is on disk in clear");
    }

    void futureStartIsWelcomedNowInThePersonsLanguage()
    {
        SmtpServer server;
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port());
        // Starts on 2026-06-15 09:00 in New York; queued and delivered today, in Spanish.
        InviteRequest r = f->inviteRequest(QStringLiteral("lucia@example.com"), {f->residentKey.id});
        r.method = AccessMethod::Doorcode;
        r.language = QStringLiteral("es");
        r.startsAt = utc("2026-06-15T13:00:00Z");
        r.expiresAt = utc("2027-06-15T13:00:00Z");
        auto invited = f->access->invite(f->owner, r);
        QVERIFY2(invited.ok(), why(invited));
        auto report = mail().deliver(f->owner);
        QVERIFY(report.ok());
        QCOMPARE(report->sent, 1);
        const QString text = SmtpServer::decodedBody(server.received().first().raw);
        QVERIFY2(text.contains(QStringLiteral("15 de junio de 2026")),
                 qPrintable(text));                                       // the start, in Spanish
        QVERIFY2(text.contains(QStringLiteral("EDT")), qPrintable(text)); // the zone of the start date
        QVERIFY2(text.contains(QStringLiteral("Hola")) || text.contains(QStringLiteral("Bienvenid")),
                 qPrintable(text));
        QVERIFY2(!server.received().first().header("subject").isEmpty(), "no subject");
    }

    void serverDownThenUpDeliversOnce()
    {
        SmtpServer probe; // only to learn a free port, then gone
        QVERIFY(probe.running());
        const int port = probe.port();
        probe.stop();
        configure(port);
        const Id mailId = inviteApp(QStringLiteral("ben@example.com"));
        auto first = mail().deliver(f->owner);
        QVERIFY2(first.ok(), why(first));
        QCOMPARE(first->sent, 0);
        QCOMPARE(first->deferred, 1);
        OutboxMessage m = message(mailId);
        QCOMPARE(m.status, QStringLiteral("queued"));
        QVERIFY2(m.lastError.contains(QStringLiteral("could not be reached")), qPrintable(m.lastError));
        QVERIFY(m.nextAttemptAt > f->clock.nowSecs());
        // Not due yet: another run sends nothing and does not count an attempt.
        SmtpServer server({}, port);
        QVERIFY2(server.running(), qPrintable(server.error()));
        auto early = mail().deliver(f->owner);
        QVERIFY(early.ok());
        QCOMPARE(early->sent, 0);
        QCOMPARE(server.received().size(), 0);
        f->clock.advance(m.nextAttemptAt - f->clock.nowSecs());
        auto second = mail().deliver(f->owner);
        QVERIFY2(second.ok(), why(second));
        QCOMPARE(second->sent, 1);
        QCOMPARE(server.received().size(), 1);
        m = message(mailId);
        QCOMPARE(m.status, QStringLiteral("sent"));
        QCOMPARE(m.attempts, 2);
        auto third = mail().deliver(f->owner);
        QVERIFY(third.ok());
        QCOMPARE(third->sent, 0);
        QCOMPARE(server.received().size(), 1);
    }

    void authenticationFailureKeepsTheMessageWithAClearError()
    {
        SmtpServer server({QStringLiteral("--auth"), QStringLiteral("porter:right password")});
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port(), QStringLiteral("wrong password"));
        const Id mailId = inviteApp(QStringLiteral("cleo@example.com"));
        auto report = mail().deliver(f->owner);
        QVERIFY2(report.ok(), why(report));
        QCOMPARE(report->sent, 0);
        QCOMPARE(report->failed, 0);
        QCOMPARE(report->deferred, 1);
        const OutboxMessage m = message(mailId);
        QCOMPARE(m.status, QStringLiteral("queued"));
        QVERIFY2(m.lastError.contains(QStringLiteral("user name or password")), qPrintable(m.lastError));
        QCOMPARE(server.received().size(), 0);
        // The right password: delivered, authenticated.
        mail::SmtpSettings s = plainSettings(server.port());
        s.user = QStringLiteral("porter");
        QVERIFY(mail().saveSettings(f->owner, s, QStringLiteral("right password")).ok());
        f->clock.advance(3600);
        auto again = mail().deliver(f->owner);
        QVERIFY(again.ok());
        QCOMPARE(again->sent, 1);
        QCOMPARE(server.received().size(), 1);
        QVERIFY(server.received().first().authenticated);
        // The password is sealed, never in the settings row nor anywhere in the file in clear.
        QVERIFY(!fileBytes().contains("right password"));
    }

    void transientRefusalThenSuccessDeliversOnce()
    {
        SmtpServer server({QStringLiteral("--fail-data"), QStringLiteral("1"),
                           QStringLiteral("451 4.3.0 Mailbox temporarily unavailable")});
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port());
        const Id mailId = inviteApp(QStringLiteral("dev@example.com"));
        auto first = mail().deliver(f->owner);
        QVERIFY(first.ok());
        QCOMPARE(first->deferred, 1);
        OutboxMessage m = message(mailId);
        QCOMPARE(m.status, QStringLiteral("queued"));
        QVERIFY2(m.lastError.startsWith(QStringLiteral("451")), qPrintable(m.lastError));
        // Backoff: one minute after the first failure.
        QCOMPARE(m.nextAttemptAt, f->clock.nowSecs() + 60);
        f->clock.advance(60);
        auto second = mail().deliver(f->owner);
        QVERIFY(second.ok());
        QCOMPARE(second->sent, 1);
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(message(mailId).status, QStringLiteral("sent"));
    }

    void permanentRefusalFailsWithTheServersReasonAndCanBeRetried()
    {
        SmtpServer server({QStringLiteral("--reject-rcpt"), QStringLiteral("nobody")});
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port());
        const Id bad = inviteApp(QStringLiteral("nobody@example.com"));
        const Id good = inviteApp(QStringLiteral("eve@example.com"));
        auto report = mail().deliver(f->owner);
        QVERIFY2(report.ok(), why(report));
        QCOMPARE(report->failed, 1);
        QCOMPARE(report->sent, 1); // one refusal does not stop the others
        const OutboxMessage m = message(bad);
        QCOMPARE(m.status, QStringLiteral("failed"));
        QVERIFY2(m.lastError.contains(QStringLiteral("550 5.1.1")) &&
                     m.lastError.contains(QStringLiteral("Recipient address rejected")),
                 qPrintable(m.lastError));
        QCOMPARE(message(good).status, QStringLiteral("sent"));
        // Failed stays failed (never lost, never retried by itself) until the manager retries it.
        f->clock.advance(7 * 24 * 3600);
        QCOMPARE(mail().deliver(f->owner)->sent, 0);
        QCOMPARE(message(bad).status, QStringLiteral("failed"));
        const QString firstId = message(bad).messageId;
        QVERIFY(!firstId.isEmpty());
        QVERIFY(mail().retry(f->owner, bad).ok());
        QCOMPARE(message(bad).status, QStringLiteral("queued"));
        QCOMPARE(mail().retry(f->owner, good).error().code, ErrorCode::Conflict);
        // Retried, it is written again: a new Message-ID (the refused one reached nobody) and a code
        // that works from today (the expiry stored with its hash moved on with the clock).
        const qint64 expiresBefore =
            f->db
                ->scalar(QStringLiteral(
                    "SELECT activation_expires_at FROM person WHERE email = 'nobody@example.com'"))
                ->toLongLong();
        auto claimed = mail().claim(f->owner);
        QVERIFY2(claimed.ok(), why(claimed));
        QCOMPARE(claimed->size(), 1);
        QVERIFY(!message(bad).messageId.isEmpty());
        QVERIFY(message(bad).messageId != firstId);
        QCOMPARE(f->db
                     ->scalar(QStringLiteral("SELECT activation_expires_at FROM person WHERE email = "
                                             "'nobody@example.com'"))
                     ->toLongLong(),
                 expiresBefore + 7 * 24 * 3600);
    }

    void crashBetweenSendingAndRecordingResendsTheSameMessage()
    {
        SmtpServer server;
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port());
        const Id mailId = inviteApp(QStringLiteral("finn@example.com"));
        // The first sender claims and sends, then "crashes": record() never runs.
        auto claimed = mail().claim(f->owner);
        QVERIFY2(claimed.ok(), why(claimed));
        QCOMPARE(claimed->size(), 1);
        {
            mail::SmtpSender sender(plainSettings(server.port()), QString());
            const QList<mail::Outcome> outcomes = sender.send(*claimed);
            QCOMPARE(outcomes.size(), 1);
            QCOMPARE(int(outcomes.first().verdict), int(mail::Verdict::Sent));
        }
        QCOMPARE(server.received().size(), 1);
        // Inside the claim's lease another sender leaves it alone; after it, the message goes again.
        QCOMPARE(mail().deliver(f->owner)->sent, 0);
        f->clock.advance(15 * 60);
        auto again = mail().deliver(f->owner);
        QVERIFY(again.ok());
        QCOMPARE(again->sent, 1);
        const QList<SmtpServer::Received> got = server.received();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).header("message-id"), got.at(1).header("message-id"));
        QCOMPARE(got.at(0).raw, got.at(1).raw); // the same message, not a new one with a new code
        QCOMPARE(message(mailId).status, QStringLiteral("sent"));
    }

    void revokedOrDeletedBeforeSendingGetsNothing()
    {
        SmtpServer server;
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port());
        const Id revokedMail = inviteApp(QStringLiteral("gus@example.com"));
        const Id deletedMail = inviteApp(QStringLiteral("hal@example.com"));
        const OutboxMessage r = message(revokedMail);
        const OutboxMessage d = message(deletedMail);
        QVERIFY(f->access->revokeAll(f->owner, *r.personId).ok());
        QVERIFY(f->access->deletePerson(f->owner, *d.personId).ok());
        auto report = mail().deliver(f->owner);
        QVERIFY(report.ok());
        QCOMPARE(report->sent, 0);
        QCOMPARE(server.received().size(), 0);
        QCOMPARE(message(revokedMail).status, QStringLiteral("failed"));
        QVERIFY2(message(revokedMail).lastError.contains(QStringLiteral("revoked")),
                 qPrintable(message(revokedMail).lastError));
        QCOMPARE(message(deletedMail).status, QStringLiteral("failed"));
        QVERIFY2(message(deletedMail).lastError.contains(QStringLiteral("deleted")),
                 qPrintable(message(deletedMail).lastError));
    }

    void startTlsWithAThrowawayCertificate()
    {
        QTemporaryDir certs;
        const QString cert = certs.filePath(QStringLiteral("cert.pem"));
        const QString key = certs.filePath(QStringLiteral("key.pem"));
        QVERIFY(SmtpServer::makeCertificate(cert, key));
        SmtpServer server({QStringLiteral("--starttls"), cert, key, QStringLiteral("--auth"),
                           QStringLiteral("porter:tls secret")});
        QVERIFY2(server.running(), qPrintable(server.error()));
        mail::SmtpSettings s = plainSettings(server.port());
        s.security = mail::Security::StartTls;
        s.user = QStringLiteral("porter");
        // Verification is on and the certificate is nobody's: refused, message kept.
        QVERIFY(mail().saveSettings(f->owner, s, QStringLiteral("tls secret")).ok());
        const Id mailId = inviteApp(QStringLiteral("ida@example.com"));
        auto refused = mail().deliver(f->owner);
        QVERIFY(refused.ok());
        QCOMPARE(refused->sent, 0);
        QCOMPARE(message(mailId).status, QStringLiteral("queued"));
        QVERIFY2(message(mailId).lastError.contains(QStringLiteral("secure connection")),
                 qPrintable(message(mailId).lastError));
        QCOMPARE(server.received().size(), 0);
        // Trusting that certificate (a company's own CA): delivered over TLS, authenticated.
        s.caFile = cert;
        QVERIFY(mail().saveSettings(f->owner, s).ok());
        f->clock.advance(3600);
        auto sent = mail().deliver(f->owner);
        QVERIFY(sent.ok());
        QCOMPARE(sent->sent, 1);
        QCOMPARE(server.received().size(), 1);
        QVERIFY(server.received().first().tls);
        QVERIFY(server.received().first().authenticated);
        // The test email goes the same way.
        auto test = mail().sendTest(f->owner, QStringLiteral("owner@example.com"));
        QVERIFY2(test.ok(), why(test));
        QVERIFY2(test->startsWith(QStringLiteral("250")), qPrintable(*test));
        QCOMPARE(server.received().size(), 2);
    }

    void smtpsFromTheFirstByte()
    {
        QTemporaryDir certs;
        const QString cert = certs.filePath(QStringLiteral("cert.pem"));
        const QString key = certs.filePath(QStringLiteral("key.pem"));
        QVERIFY(SmtpServer::makeCertificate(cert, key));
        SmtpServer server({QStringLiteral("--smtps"), cert, key});
        QVERIFY2(server.running(), qPrintable(server.error()));
        mail::SmtpSettings s = plainSettings(server.port());
        s.security = mail::Security::Tls;
        s.caFile = cert;
        QVERIFY(mail().saveSettings(f->owner, s).ok());
        inviteApp(QStringLiteral("jo@example.com"));
        auto sent = mail().deliver(f->owner);
        QVERIFY2(sent.ok(), why(sent));
        QCOMPARE(sent->sent, 1);
        QVERIFY(server.received().first().tls);
    }

    void dailyDoorcodesOncePerDayForPeopleActiveThatDay()
    {
        SmtpServer server;
        QVERIFY2(server.running(), qPrintable(server.error()));
        configure(server.port());
        QVERIFY(f->backend->devices().commissioningMaterial(f->owner, f->lobby.id).ok()); // the secret
        const qint64 now = f->clock.nowSecs(); // 2026-05-28 16:26 in New York
        const Person today = inviteDoorcode(QStringLiteral("kim@example.com"), now - 3600, now + 30 * 86400);
        const Person later =
            inviteDoorcode(QStringLiteral("lou@example.com"), now + 5 * 86400, now + 30 * 86400);
        const Person revoked =
            inviteDoorcode(QStringLiteral("max@example.com"), now - 3600, now + 30 * 86400);
        inviteApp(QStringLiteral("app@example.com"));
        QVERIFY(f->access->revokeAll(f->owner, revoked.id).ok());
        QVERIFY(mail().deliver(f->owner).ok()); // the welcome emails
        const qsizetype welcomes = server.received().size();

        auto queued = mail().queueDailyDoorcodes(f->owner);
        QVERIFY2(queued.ok(), why(queued));
        QCOMPARE(queued->queued, 1);
        auto twice = mail().queueDailyDoorcodes(f->owner);
        QVERIFY(twice.ok());
        QCOMPARE(twice->queued, 0);
        QCOMPARE(twice->alreadyQueued, 1);
        auto report = mail().deliver(f->owner);
        QVERIFY(report.ok());
        QCOMPARE(report->sent, 1);
        const QList<SmtpServer::Received> got = server.received();
        QCOMPARE(got.size(), welcomes + 1);
        QCOMPARE(got.last().rcptTos, QStringList{today.email});
        const QString text = SmtpServer::decodedBody(got.last().raw);
        auto code = f->backend->devices().doorcode(f->owner, today.id, QDate(2026, 5, 28));
        QVERIFY(code.ok());
        QVERIFY2(text.contains(*code), qPrintable(text));
        auto tomorrow = f->backend->devices().doorcode(f->owner, today.id, QDate(2026, 5, 29));
        QVERIFY(!text.contains(*tomorrow));
        // Still the same day: nothing more, however often it runs.
        QCOMPARE(mail().queueDailyDoorcodes(f->owner)->queued, 0);
        QCOMPARE(mail().deliver(f->owner)->sent, 0);
        // A code queued, then its person revoked before it left: not sent.
        f->clock.advance(86400);
        QCOMPARE(mail().queueDailyDoorcodes(f->owner)->queued, 1);
        QVERIFY(f->access->revokeAll(f->owner, today.id).ok());
        QCOMPARE(mail().deliver(f->owner)->sent, 0);
        QCOMPARE(server.received().size(), welcomes + 1);
        Q_UNUSED(later);
    }

    void settingsAreValidatedAndForPortfolioManagersOnly()
    {
        mail::SmtpSettings s = plainSettings(25);
        s.host = QStringLiteral("smtp example.com");
        QCOMPARE(mail().saveSettings(f->owner, s).error().code, ErrorCode::InvalidInput);
        s = plainSettings(70000);
        QCOMPARE(mail().saveSettings(f->owner, s).error().code, ErrorCode::InvalidInput);
        s = plainSettings(25);
        s.fromAddress = QStringLiteral("not an address");
        QCOMPARE(mail().saveSettings(f->owner, s).error().code, ErrorCode::InvalidInput);
        s = plainSettings(25);
        s.fromName = QStringLiteral("Maple\r\nBcc: victim@example.com");
        QCOMPARE(mail().saveSettings(f->owner, s).error().code, ErrorCode::InvalidInput);
        const Manager pm = f->makeManager(QStringLiteral("pm@maple.test"), KeyManagement::Full, true);
        QCOMPARE(mail().saveSettings(pm, plainSettings(25)).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(mail().sendTest(pm, QStringLiteral("x@example.com")).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(mail().settings(pm).ok()); // reading them is fine
        // Nothing configured: delivery says so instead of silently keeping the queue.
        inviteApp(QStringLiteral("nat@example.com"));
        auto d = mail().deliver(f->owner);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.contains(QStringLiteral("not set up")), why(d));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
