// Mail: the portfolio's mail server, delivering the outbox, daily doorcodes (docs/cli.md, "Mail";
// docs/mail.md).
#include "commands.h"
#include "mail/mailservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace porter::cli {

namespace {

QJsonObject settingsJson(const mail::SmtpSettings &s)
{
    return QJsonObject{{QStringLiteral("host"), s.host},
                       {QStringLiteral("port"), s.port},
                       {QStringLiteral("security"), mail::toString(s.security)},
                       {QStringLiteral("user"), s.user},
                       {QStringLiteral("fromAddress"), s.fromAddress},
                       {QStringLiteral("fromName"), s.fromName},
                       {QStringLiteral("timeoutSecs"), s.timeoutSecs},
                       {QStringLiteral("verifyPeer"), s.verifyPeer},
                       {QStringLiteral("caFile"), s.caFile},
                       {QStringLiteral("doorcodeTime"), s.doorcodeTime},
                       {QStringLiteral("hasPassword"), s.hasPassword},
                       {QStringLiteral("passwordInKeychain"), s.passwordInKeychain},
                       {QStringLiteral("configured"), s.configured()}};
}

QStringList settingsLines(const mail::SmtpSettings &s)
{
    if (!s.configured())
        return {QCoreApplication::translate("porterctl",
                                            "Email is not set up. Give --host and --from (see porterctl help "
                                            "mail settings).")};
    const QString yes = QCoreApplication::translate("porterctl", "yes");
    const QString no = QCoreApplication::translate("porterctl", "no");
    return {QCoreApplication::translate("porterctl", "Server:        %1:%2 (%3)")
                .arg(s.host)
                .arg(s.port)
                .arg(mail::toString(s.security)),
            QCoreApplication::translate("porterctl", "User:          %1 (password %2)")
                .arg(s.user.isEmpty() ? QStringLiteral("-") : s.user,
                     !s.hasPassword ? QCoreApplication::translate("porterctl", "not stored")
                     : s.passwordInKeychain
                         ? QCoreApplication::translate("porterctl", "in the system keychain")
                         : QCoreApplication::translate("porterctl", "stored, encrypted")),
            QCoreApplication::translate("porterctl", "From:          %1 <%2>").arg(s.fromName, s.fromAddress),
            QCoreApplication::translate("porterctl", "Verify server: %1%2")
                .arg(s.verifyPeer ? yes : no,
                     s.caFile.isEmpty() ? QString() : QStringLiteral(" (CA %1)").arg(s.caFile)),
            QCoreApplication::translate("porterctl", "Timeout:       %1 s").arg(s.timeoutSecs),
            QCoreApplication::translate("porterctl", "Daily doorcodes at %1 (property time)")
                .arg(s.doorcodeTime)};
}

Result<Reply> cmdMailSettings(Session &s)
{
    PORTER_TRY_ASSIGN(mail::SmtpSettings cur, s.mail().settings(s.me()));
    const QStringList changing{
        QStringLiteral("host"),          QStringLiteral("port"),          QStringLiteral("security"),
        QStringLiteral("user"),          QStringLiteral("from"),          QStringLiteral("from-name"),
        QStringLiteral("timeout"),       QStringLiteral("no-verify"),     QStringLiteral("verify"),
        QStringLiteral("ca-file"),       QStringLiteral("doorcode-time"), QStringLiteral("password"),
        QStringLiteral("clear-password")};
    bool change = false;
    for (const QString &o : changing)
        change = change || s.has(o);
    Reply reply;
    if (!change) {
        reply.json = settingsJson(cur);
        reply.text = settingsLines(cur);
        return reply;
    }
    mail::SmtpSettings next = cur;
    if (s.has(QStringLiteral("host")))
        next.host = s.value(QStringLiteral("host"));
    if (s.has(QStringLiteral("security"))) {
        auto sec = mail::securityFromString(s.value(QStringLiteral("security")));
        if (!sec)
            return usageError(
                QCoreApplication::translate("porterctl", "--security must be starttls, tls or none."));
        next.security = *sec;
        if (!s.has(QStringLiteral("port")) && !cur.configured())
            next.port = *sec == mail::Security::Tls ? 465 : 587;
    }
    PORTER_TRY_ASSIGN(next.port, s.number(QStringLiteral("port"), next.port));
    if (s.has(QStringLiteral("user")))
        next.user = s.value(QStringLiteral("user"));
    if (s.has(QStringLiteral("from")))
        next.fromAddress = s.value(QStringLiteral("from"));
    if (s.has(QStringLiteral("from-name")))
        next.fromName = s.value(QStringLiteral("from-name"));
    PORTER_TRY_ASSIGN(next.timeoutSecs, s.number(QStringLiteral("timeout"), next.timeoutSecs));
    if (s.has(QStringLiteral("no-verify")))
        next.verifyPeer = false;
    if (s.has(QStringLiteral("verify")))
        next.verifyPeer = true;
    if (s.has(QStringLiteral("ca-file")))
        next.caFile = s.value(QStringLiteral("ca-file"));
    if (s.has(QStringLiteral("doorcode-time")))
        next.doorcodeTime = s.value(QStringLiteral("doorcode-time"));
    std::optional<QString> password;
    if (s.has(QStringLiteral("clear-password"))) {
        password = QString();
    } else if (s.has(QStringLiteral("password"))) {
        // Never on the command line (other users see it in the process list): from the environment.
        if (!qEnvironmentVariableIsSet("PORTER_SMTP_PASSWORD"))
            return usageError(QCoreApplication::translate(
                "porterctl",
                "--password reads the mail server's password from PORTER_SMTP_PASSWORD, which is "
                "not set."));
        password = qEnvironmentVariable("PORTER_SMTP_PASSWORD");
    }
    PORTER_TRY(s.mail().saveSettings(s.me(), next, password));
    PORTER_TRY_ASSIGN(const mail::SmtpSettings saved, s.mail().settings(s.me()));
    reply.json = settingsJson(saved);
    reply.text << QCoreApplication::translate("porterctl", "Saved the mail settings.")
               << settingsLines(saved);
    if (saved.security == mail::Security::None)
        reply.warnings << QCoreApplication::translate(
            "porterctl",
            "Security is none: passwords, activation codes and doorcodes cross the network in clear "
            "text. Use it only for a server on this computer.");
    if (!saved.verifyPeer)
        reply.warnings << QCoreApplication::translate(
            "porterctl",
            "The server's certificate is not verified: anyone between Porter and the server can read "
            "the mail.");
    return reply;
}
const Registration kMailSettings{
    Section::Mail,
    {.name = "mail settings",
     .synopsis =
         "[--host HOST] [--port N] [--security starttls|tls|none] [--user USER] [--password | "
         "--clear-password] [--from EMAIL] [--from-name NAME] [--timeout SECONDS] [--verify | --no-verify] "
         "[--ca-file FILE] [--doorcode-time HH:MM]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Show or change the mail server (Portfolio Managers)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Without options, shows the portfolio's mail server. With options, changes those and keeps the "
         "others. "
         "The password is read from PORTER_SMTP_PASSWORD when --password is given and kept encrypted; it is "
         "never printed. STARTTLS (port 587) is the default; tls is SMTPS (port 465)."),
     .options =
         {{.name = "host", .value = "HOST", .help = QT_TRANSLATE_NOOP("porterctl", "Mail server name.")},
          {.name = "port",
           .value = "N",
           .help = QT_TRANSLATE_NOOP("porterctl", "Port (587 or 465 usually).")},
          {.name = "security",
           .value = "starttls|tls|none",
           .help = QT_TRANSLATE_NOOP("porterctl", "Connection security.")},
          {.name = "user",
           .value = "USER",
           .help = QT_TRANSLATE_NOOP("porterctl", "User name (empty: none).")},
          {.name = "password",
           .help = QT_TRANSLATE_NOOP("porterctl", "Store the password given in PORTER_SMTP_PASSWORD.")},
          {.name = "clear-password", .help = QT_TRANSLATE_NOOP("porterctl", "Remove the stored password.")},
          {.name = "from", .value = "EMAIL", .help = QT_TRANSLATE_NOOP("porterctl", "The From address.")},
          {.name = "from-name", .value = "NAME", .help = QT_TRANSLATE_NOOP("porterctl", "The From name.")},
          {.name = "timeout",
           .value = "SECONDS",
           .help = QT_TRANSLATE_NOOP("porterctl", "How long to wait for the server (default 30).")},
          {.name = "verify", .help = QT_TRANSLATE_NOOP("porterctl", "Verify the server's certificate.")},
          {.name = "no-verify",
           .help = QT_TRANSLATE_NOOP("porterctl", "Do not verify the server's certificate (unsafe).")},
          {.name = "ca-file",
           .value = "FILE",
           .help = QT_TRANSLATE_NOOP("porterctl", "Extra certificate authorities (PEM).")},
          {.name = "doorcode-time",
           .value = "HH:MM",
           .help = QT_TRANSLATE_NOOP("porterctl", "When daily doorcodes are sent, property time.")}},
     .handler = cmdMailSettings}};

Result<Reply> cmdMailTest(Session &s)
{
    const QString to = s.has(QStringLiteral("to")) ? s.value(QStringLiteral("to")) : s.me().email;
    PORTER_TRY_ASSIGN(const QString answer, s.mail().sendTest(s.me(), to));
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("to"), to}, {QStringLiteral("server"), answer}};
    reply.text << QCoreApplication::translate("porterctl", "Sent a test email to <%1>. The server said: %2")
                      .arg(to, answer);
    return reply;
}
const Registration kMailTest{
    Section::Mail,
    {.name = "mail test",
     .synopsis = "[--to EMAIL]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Send a test email now (Portfolio Managers)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl", "Sends one message through the saved mail server, to --to or to you, and prints "
                      "what the server answered. Nothing is queued."),
     .options = {{.name = "to", .value = "EMAIL", .help = QT_TRANSLATE_NOOP("porterctl", "Recipient.")}},
     .handler = cmdMailTest}};

Reply deliveryReply(const MailService::Report &r)
{
    Reply reply;
    reply.json = QJsonObject{{QStringLiteral("sent"), r.sent},
                             {QStringLiteral("deferred"), r.deferred},
                             {QStringLiteral("failed"), r.failed},
                             {QStringLiteral("remaining"), r.remaining},
                             {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
    reply.text << QCoreApplication::translate("porterctl",
                                              "Sent %1, will retry %2, failed %3; %4 still queued.")
                      .arg(r.sent)
                      .arg(r.deferred)
                      .arg(r.failed)
                      .arg(r.remaining);
    reply.warnings = r.problems;
    return reply;
}

Result<Reply> cmdMailSend(Session &s)
{
    PORTER_TRY_ASSIGN(const int batch, s.number(QStringLiteral("batch"), 100));
    if (batch < 1 || batch > 10000)
        return usageError(QCoreApplication::translate("porterctl", "--batch must be from 1 to 10000."));
    PORTER_TRY_ASSIGN(const MailService::Report r, s.mail().deliver(s.me(), batch));
    return deliveryReply(r);
}
const Registration kMailSend{
    Section::Mail,
    {.name = "mail send",
     .synopsis = "[--batch N]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Deliver the queued emails now."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Sends every queued email that is due, over one connection, for a scheduled task when Porter is "
         "closed (docs/mail.md has cron, systemd, Task Scheduler and launchd examples). A message the server "
         "refuses for now is retried later; one it refuses for good is marked failed with the server's "
         "reason. "
         "Exits 0 when delivery ran, listing problems on stderr."),
     .options = {{.name = "batch",
                  .value = "N",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Messages per round (default 100).")}},
     .handler = cmdMailSend}};

Result<Reply> cmdMailRetry(Session &s)
{
    PORTER_TRY_ASSIGN(const Id id, s.positionalId());
    PORTER_TRY(s.mail().retry(s.me(), id));
    Reply reply;
    reply.json =
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("queued")}};
    reply.text << QCoreApplication::translate("porterctl", "Message %1 is queued again.").arg(id);
    return reply;
}
const Registration kMailRetry{
    Section::Mail,
    {.name = "mail retry",
     .synopsis = "MESSAGE",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Queue a failed email again."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Puts a failed message back in the queue, to be written again at its next attempt (after fixing "
         "the address or the server)."),
     .argument = "MESSAGE",
     .handler = cmdMailRetry}};

Result<Reply> cmdDoorcodesSendDaily(Session &s)
{
    PORTER_TRY_ASSIGN(const QDate date, localDayOption(s));
    const std::optional<QDate> day = date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    PORTER_TRY_ASSIGN(const MailService::DailyReport q, s.mail().queueDailyDoorcodes(s.me(), day));
    Reply reply;
    QJsonObject json{{QStringLiteral("queued"), q.queued},
                     {QStringLiteral("alreadyQueued"), q.alreadyQueued},
                     {QStringLiteral("noSecret"), QJsonArray::fromStringList(q.noSecret)}};
    reply.text << QCoreApplication::translate("porterctl",
                                              "Queued %1 daily doorcode emails (%2 were queued before).")
                      .arg(q.queued)
                      .arg(q.alreadyQueued);
    for (const QString &name : q.noSecret)
        reply.warnings << QCoreApplication::translate(
                              "porterctl",
                              "%1 has doorcode people but no commissioned door yet: no codes were sent.")
                              .arg(name);
    if (!s.has(QStringLiteral("queue-only"))) {
        PORTER_TRY_ASSIGN(const MailService::Report r, s.mail().deliver(s.me()));
        const Reply sent = deliveryReply(r);
        json.insert(QStringLiteral("delivery"), sent.json);
        reply.text << sent.text;
        reply.warnings << sent.warnings;
    }
    reply.json = json;
    return reply;
}
const Registration kDoorcodesSendDaily{
    Section::Mail,
    {.name = "doorcodes send-daily",
     .synopsis = "[--date YYYY-MM-DD] [--queue-only]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Email today's doorcode to everyone who uses doorcodes."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Queues the day's doorcode email (default: today in each property) for every person with doorcode "
         "access active that day, in every property you can see, then delivers the queue. Running it twice "
         "for a day sends nothing twice. People revoked or deleted before their email leaves get none."),
     .options = {{.name = "date",
                  .value = "YYYY-MM-DD",
                  .help = QT_TRANSLATE_NOOP("porterctl", "The local day (default today).")},
                 {.name = "queue-only",
                  .help = QT_TRANSLATE_NOOP("porterctl", "Queue, do not deliver now.")}},
     .handler = cmdDoorcodesSendDaily}};

} // namespace

} // namespace porter::cli
