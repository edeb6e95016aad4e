#pragma once

// Delivering the outbox over SMTP (issue 10; docs/mail.md). Three halves so that the window can send
// off its UI thread: claim() and record() touch the database (the thread that owns the Backend),
// SmtpSender::send() only the network (any thread). deliver() does all three, for porterctl.

#include "access/servicebase.h"
#include "mail/smtp.h"

#include <QCoreApplication>
#include <QDate>

namespace porter {

class SecretStore;
struct OutboxDue;
struct MailRenderCache;
namespace mail {
struct Content;
}

class MailService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(MailService)

public:
    MailService(Database &db, const Clock &clock, SecretStore &secrets);

    // The portfolio's mail server. Reading needs a signed-in manager; changing it, a Portfolio
    // Manager. The password is kept by SecretStore; settings() says whether one is stored and where.
    Result<mail::SmtpSettings> settings(const Manager &actor) const;
    // The same without the password's whereabouts, which cost opening it: for delivery and the
    // window's rounds, which only need the server.
    Result<mail::SmtpSettings> serverSettings(Id portfolioId) const;
    // password: none keeps the stored one, an empty string removes it.
    Status saveSettings(const Manager &actor, const mail::SmtpSettings &settings,
                        std::optional<QString> password = std::nullopt);

    // Sends one test message now, through the saved settings (or `trial` when given, with its
    // password), and returns what the server said. Nothing is queued.
    Result<QString> sendTest(const Manager &actor, const QString &to,
                             std::optional<mail::SmtpSettings> trial = std::nullopt,
                             std::optional<QString> trialPassword = std::nullopt);

    // The messages due now (queued, next attempt reached), oldest first, at most `limit`, rendered
    // and counted as an attempt before they leave (so a crash after sending re-sends the same
    // message, with the same Message-ID). Every property of the actor's portfolio: delivery is the
    // installation's duty, not a view (the manager never reads the sealed bodies).
    Result<QList<mail::Outgoing>> claim(const Manager &actor, int limit = 100);
    // Records what the server said: sent; a transient failure (4xx, connection, timeout) queued
    // again with backoff; a permanent one (5xx, bad address) failed, with the server's reason.
    Status record(const QList<mail::Outcome> &outcomes);
    struct Report
    {
        int sent = 0;
        int deferred = 0;     // transient failures, retried later
        int failed = 0;       // permanent failures
        int remaining = 0;    // still queued (due later, or beyond the limit)
        QStringList problems; // one sentence per deferred or failed message
    };
    // claim + send + record until nothing is due (porterctl mail send; a scheduled task).
    Result<Report> deliver(const Manager &actor, int batch = 100);

    // A failed message back to the queue (the manager fixed the address or the server).
    Status retry(const Manager &actor, Id messageId);

    // Queues the daily doorcode email of `day` (the property's local date; default: today there) for
    // every person with doorcode access active that day, in every property the actor may view.
    // Queuing twice for a day queues nothing twice.
    struct DailyReport
    {
        int queued = 0;
        int alreadyQueued = 0;
        QStringList noSecret; // properties with doorcode people but no commissioned door yet
    };
    Result<DailyReport> queueDailyDoorcodes(const Manager &actor, std::optional<QDate> day = std::nullopt);

    // What is wrong with each field of `settings`, in the order of a form (empty: saveSettings takes
    // them); saveSettings and sendTest refuse with the first. The window marks each field with its own.
    enum class SettingsField
    {
        Host,
        Port,
        FromAddress,
        FromName,
        User,
        Timeout,
        DoorcodeTime
    };
    struct SettingsProblem
    {
        SettingsField field;
        QString message;
    };
    QList<SettingsProblem> settingsProblems(const mail::SmtpSettings &settings) const;

    // For the window, which must not wait on the network (ui/maildelivery.h): on the database's thread,
    // a sender over the saved settings and the unsealed password — its send() then runs on a worker
    // between claim() and record() — and everything sendTest() does before sending (checks, the
    // message), whose sending the window runs on a worker too. sendTest() is prepareTest() + send().
    Result<std::unique_ptr<mail::SmtpSender>> sender(const Manager &actor);
    struct TestRun
    {
        std::unique_ptr<mail::SmtpSender> sender;
        mail::Outgoing message;
    };
    Result<TestRun> prepareTest(const Manager &actor, const QString &to,
                                std::optional<mail::SmtpSettings> trial = std::nullopt,
                                std::optional<QString> trialPassword = std::nullopt);

private:
    Status checkSettings(const mail::SmtpSettings &s) const;
    Result<QString> password(Id portfolioId);
    // The message's content as it is now, or none with the reason it must not be sent (in *refusal).
    Result<std::optional<mail::Content>> render(const OutboxDue &m, MailRenderCache &cache, QString *refusal);

    SecretStore &m_secrets;
};

} // namespace porter
