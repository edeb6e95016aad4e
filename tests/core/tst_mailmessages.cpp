// What the mail says and how it is encoded (core/mail/messages.h): every message is parsed back with
// Python's `email` package (the strict, modern policy), as a mail client would, and the QR code is
// decoded with zbarimg (Debian zbar-tools), as a phone would.
#include "mail/messages.h"
#include "zonenames.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtEndian>

using namespace porter;
using namespace porter::mail;

namespace {

// Reads a message on stdin and prints what a client sees in it as JSON: the MIME tree with each
// text decoded (line ends as "\n"), the headers decoded, the addresses, and every defect the parser
// noticed. Display names are decoded with email.header.decode_header, which joins adjacent
// encoded-words as RFC 2047 §6.2 says; the modern address parser of CPython 3.11 keeps the blank
// between them (a long name would come back with extra spaces), so it is only asked for defects.
constexpr char kInspect[] = R"PY(
import sys, json, base64, email
from email import policy
from email.header import decode_header, make_header
from email.utils import getaddresses
raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(raw, policy=policy.default)
legacy = email.message_from_bytes(raw)
defects = [type(d).__name__ for d in msg.defects]
def header(name):
    try:
        value = msg[name]
    except Exception as e:
        defects.append(name + ": " + type(e).__name__)
        return None
    if value is not None:
        defects.extend(type(d).__name__ for d in value.defects)
    return value
def walk(part):
    node = {"type": part.get_content_type(), "cte": part.get("Content-Transfer-Encoding", ""),
            "charset": part.get_content_charset() or ""}
    defects.extend(type(d).__name__ for d in part.defects)
    if part.is_multipart():
        node["parts"] = [walk(p) for p in part.iter_parts()]
    elif part.get_content_maintype() == "text":
        node["content"] = part.get_content().replace("\r\n", "\n")
    else:
        node["data"] = base64.b64encode(part.get_payload(decode=True)).decode()
        node["cid"] = part.get("Content-ID", "")
        node["disposition"] = part.get_content_disposition() or ""
    return node
def mailboxes(name):
    header(name)
    return [{"name": str(make_header(decode_header(n))), "address": a}
            for n, a in getaddresses(legacy.get_all(name, []))]
print(json.dumps({
    "tree": walk(msg),
    "keys": list(msg.keys()),
    "subject": str(header("Subject") or ""),
    "date": str(header("Date") or ""),
    "messageId": str(header("Message-ID") or ""),
    "from": mailboxes("From"),
    "to": mailboxes("To"),
    "defects": defects,
}))
)PY";

QJsonObject inspect(const QByteArray &message)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(kInspect)});
    if (!python.waitForStarted(10000))
        return {{QStringLiteral("error"), QStringLiteral("python3 did not start")}};
    python.write(message);
    python.closeWriteChannel();
    python.waitForFinished(60000);
    const QByteArray out = python.readAllStandardOutput();
    const auto doc = QJsonDocument::fromJson(out);
    if (python.exitCode() != 0 || !doc.isObject())
        return {{QStringLiteral("error"), QString::fromUtf8(python.readAllStandardError() + out)}};
    return doc.object();
}

qint64 utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
}

WelcomeFacts appFacts()
{
    WelcomeFacts f;
    f.language = QStringLiteral("en");
    f.propertyName = QStringLiteral("Harbor View");
    f.propertyAddress = QStringLiteral("12 Quay Street, Portsmouth");
    f.timeZone = QStringLiteral("America/New_York");
    f.firstName = QStringLiteral("Ada");
    f.displayName = QStringLiteral("Ada Lovelace");
    f.email = QStringLiteral("ada@example.com");
    f.method = AccessMethod::App;
    f.keys = {KeyFacts{QStringLiteral("Residents"),
                       {QStringLiteral("Lobby"), QStringLiteral("Garage")},
                       Schedule::parse(QStringLiteral("Mon-Fri 09:00-17:00; Sat,Sun 10:00-14:00")).value()},
              KeyFacts{QStringLiteral("Gym"), {QStringLiteral("Gym")}, Schedule{}}};
    f.startsAt = utc(2026, 1, 12, 14, 0); // 09:00 EST
    f.activationCode = QStringLiteral("K7QF9XMP2D");
    f.activationLink = QStringLiteral("https://porter.example/activate?code=K7QF9XMP2D");
    f.activationExpiresAt = utc(2026, 2, 11, 14, 0); // 30 days after the start
    return f;
}

WelcomeFacts doorcodeFacts()
{
    WelcomeFacts f = appFacts();
    f.method = AccessMethod::Doorcode;
    f.activationCode.clear();
    f.activationLink.clear();
    f.activationExpiresAt.reset();
    f.doorcodeSendTime = QStringLiteral("06:00");
    return f;
}

QByteArray message(const Content &c, const QString &toName = QStringLiteral("Ada Lovelace"),
                   const QString &toAddress = QStringLiteral("ada@example.com"),
                   const QString &fromName = QStringLiteral("Harbor View"))
{
    return headers(fromName, QStringLiteral("office@harbor.example"), toName, toAddress, c.subject,
                   utc(2026, 12, 2, 6, 0), "m1.abc@porter.example") +
           mimeEntity(c, "seed-1");
}

// CRLF only, no bare CR or LF, and no line over 998 octets (RFC 5322 §2.1.1).
QString lineProblem(const QByteArray &m)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < m.size(); ++i) {
        if (m.at(i) == '\r' && (i + 1 >= m.size() || m.at(i + 1) != '\n'))
            return QStringLiteral("bare CR at %1").arg(i);
        if (m.at(i) == '\n') {
            if (i == 0 || m.at(i - 1) != '\r')
                return QStringLiteral("bare LF at %1").arg(i);
            if (i - 1 - start > 998)
                return QStringLiteral("line of %1 octets at %2").arg(i - 1 - start).arg(start);
            start = i + 1;
        }
    }
    if (m.size() - start > 998)
        return QStringLiteral("last line of %1 octets").arg(m.size() - start);
    return {};
}

QJsonObject part(const QJsonObject &tree, std::initializer_list<int> path)
{
    QJsonObject node = tree;
    for (const int i : path)
        node = node.value(QStringLiteral("parts")).toArray().at(i).toObject();
    return node;
}

QString type(const QJsonObject &node)
{
    return node.value(QStringLiteral("type")).toString();
}

QString content(const QJsonObject &node)
{
    return node.value(QStringLiteral("content")).toString();
}

// The plain text and the HTML of a parsed welcome or doorcode email.
QPair<QString, QString> texts(const QJsonObject &parsed)
{
    const QJsonObject tree = parsed.value(QStringLiteral("tree")).toObject();
    const QJsonObject plain = part(tree, {0});
    QJsonObject html = part(tree, {1});
    if (type(html) == QLatin1String("multipart/related"))
        html = part(html, {0});
    return {content(plain), content(html)};
}

QStringList defects(const QJsonObject &parsed)
{
    QStringList out;
    for (const auto &d : parsed.value(QStringLiteral("defects")).toArray())
        out << d.toString();
    return out;
}

} // namespace

class TestMailMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appWelcomeStructure()
    {
        const Content c = welcomeMail(appFacts());
        const QByteArray m = message(c);
        QCOMPARE(lineProblem(m), QString());
        const QJsonObject parsed = inspect(m);
        QVERIFY2(!parsed.contains(QStringLiteral("error")),
                 qPrintable(parsed.value(QStringLiteral("error")).toString()));
        QCOMPARE(defects(parsed), QStringList());

        // alternative( text/plain, related( text/html, image/png ) )
        const QJsonObject tree = parsed.value(QStringLiteral("tree")).toObject();
        QCOMPARE(type(tree), QStringLiteral("multipart/alternative"));
        QCOMPARE(type(part(tree, {0})), QStringLiteral("text/plain"));
        QCOMPARE(type(part(tree, {1})), QStringLiteral("multipart/related"));
        QCOMPARE(type(part(tree, {1, 0})), QStringLiteral("text/html"));
        QCOMPARE(type(part(tree, {1, 1})), QStringLiteral("image/png"));
        QCOMPARE(part(tree, {0}).value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(part(tree, {0}).value(QStringLiteral("cte")).toString(), QStringLiteral("quoted-printable"));
        QCOMPARE(part(tree, {1, 1}).value(QStringLiteral("cte")).toString(), QStringLiteral("base64"));
        QCOMPARE(part(tree, {1, 1}).value(QStringLiteral("cid")).toString(), QStringLiteral("<qr@porter>"));
        QCOMPARE(part(tree, {1, 1}).value(QStringLiteral("disposition")).toString(),
                 QStringLiteral("inline"));
        const QByteArray png =
            QByteArray::fromBase64(part(tree, {1, 1}).value(QStringLiteral("data")).toString().toLatin1());
        QCOMPARE(png, c.images.value(0).data);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));

        const auto [text, html] = texts(parsed);
        QCOMPARE(text, c.text);
        QCOMPARE(html, c.html);
        for (const QString &body : {text, html}) {
            QVERIFY2(body.contains(QStringLiteral("K7QF-9XMP-2D")), qPrintable(body));
            QVERIFY(body.contains(QStringLiteral("ada@example.com")));
            QVERIFY(body.contains(QStringLiteral("Hello Ada,")));
            QVERIFY(body.contains(QStringLiteral("Harbor View")));
            QVERIFY(body.contains(QStringLiteral("12 Quay Street, Portsmouth")));
            QVERIFY(body.contains(QStringLiteral("Residents")));
            QVERIFY(body.contains(QStringLiteral("Lobby and Garage")));
            QVERIFY(body.contains(QStringLiteral("Monday to Friday")));
            QVERIFY(body.contains(QStringLiteral("Saturday and Sunday")));
            QVERIFY(body.contains(QStringLiteral("at any time, every day")));
            QVERIFY(body.contains(QStringLiteral("no expiration")));
            QVERIFY(!body.contains(QStringLiteral("daily doorcode")));
            // When the code stops working, in the property's time.
            QVERIFY2(body.contains(QStringLiteral("The code can be used until Wednesday, February 11, 2026")),
                     qPrintable(body));
        }
        QVERIFY(html.contains(QStringLiteral("src=\"cid:qr@porter\"")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        // No external image, no script.
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("src=\"http"), Qt::CaseInsensitive));
        // The link is in the text for clients that show only it; the QR code only in the HTML.
        QVERIFY(text.contains(appFacts().activationLink));
        QVERIFY(!text.contains(QStringLiteral("cid:")));

        QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), c.subject);
        QCOMPARE(c.subject, QStringLiteral("Welcome to Harbor View: your access details"));
    }

    void doorcodeWelcomeHasNoImages()
    {
        const Content c = welcomeMail(doorcodeFacts());
        QVERIFY(c.images.isEmpty());
        const QJsonObject parsed = inspect(message(c));
        QCOMPARE(defects(parsed), QStringList());
        const QJsonObject tree = parsed.value(QStringLiteral("tree")).toObject();
        QCOMPARE(type(tree), QStringLiteral("multipart/alternative"));
        QCOMPARE(tree.value(QStringLiteral("parts")).toArray().size(), 2);
        QCOMPARE(type(part(tree, {0})), QStringLiteral("text/plain"));
        QCOMPARE(type(part(tree, {1})), QStringLiteral("text/html"));
        const auto [text, html] = texts(parsed);
        for (const QString &body : {text, html}) {
            QVERIFY2(body.contains(QStringLiteral("Every morning at 6:00")), qPrintable(body));
            QVERIFY(body.contains(QStringLiteral("from midnight to midnight")));
            QVERIFY(
                body.contains(QStringLiteral("Your first doorcode will arrive on Monday, January 12, 2026")));
            QVERIFY(body.contains(QStringLiteral("ada@example.com")));
            QVERIFY(body.contains(QStringLiteral("Lobby and Garage")));
            QVERIFY(!body.contains(QStringLiteral("activation")));
            QVERIFY(!body.contains(QStringLiteral("Porter app")));
        }
    }

    // Start and expiration in the property's time, with the abbreviation of that date.
    void localTimes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("startsAt");
        QTest::addColumn<qint64>("expiresAt");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("expiry");
        QTest::newRow("New York, January to July")
            << QStringLiteral("America/New_York") << utc(2026, 1, 12, 14, 0) << utc(2026, 7, 1, 3, 59)
            << QStringLiteral("Monday, January 12, 2026, 9:00 AM %1")
            << QStringLiteral("Tuesday, June 30, 2026, 11:59 PM %1");
        QTest::newRow("New York, July to January")
            << QStringLiteral("America/New_York") << utc(2026, 7, 12, 13, 0) << utc(2027, 1, 5, 22, 30)
            << QStringLiteral("Sunday, July 12, 2026, 9:00 AM %1")
            << QStringLiteral("Tuesday, January 5, 2027, 5:30 PM %1");
        QTest::newRow("Paris") << QStringLiteral("Europe/Paris") << utc(2026, 1, 12, 8, 0)
                               << utc(2026, 8, 1, 16, 0)
                               << QStringLiteral("Monday, January 12, 2026, 9:00 AM %1")
                               << QStringLiteral("Saturday, August 1, 2026, 6:00 PM %1");
    }
    void localTimes()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, startsAt);
        QFETCH(qint64, expiresAt);
        QFETCH(QString, start);
        QFETCH(QString, expiry);
        // The zone's abbreviation as this OS spells it ("EST" here, "Eastern Standard Time" on Windows).
        const QByteArray iana = zone.toUtf8();
        start = start.arg(porter::test::zoneAbbreviation(iana.constData(), startsAt));
        expiry = expiry.arg(porter::test::zoneAbbreviation(iana.constData(), expiresAt));
        WelcomeFacts f = appFacts();
        f.timeZone = zone;
        f.startsAt = startsAt;
        f.expiresAt = expiresAt;
        const auto [text, html] = texts(inspect(message(welcomeMail(f))));
        // QLocale may put a narrow no-break space before AM/PM (CLDR 42 and later).
        QString plain = text;
        plain.replace(QChar(0x202f), QLatin1Char(' '));
        QVERIFY2(plain.contains(QStringLiteral("Starts: ") + start), qPrintable(text));
        QVERIFY2(plain.contains(QStringLiteral("Expires: ") + expiry), qPrintable(text));
        QVERIFY(!plain.contains(QStringLiteral("no expiration")));
        QVERIFY(plain.contains(QStringLiteral("Your access ends automatically")));
    }

    void futureStartSaysWhenAccessBegins()
    {
        WelcomeFacts f = appFacts();
        f.writtenAt = f.startsAt - 86400 * 3;
        QVERIFY(
            welcomeMail(f).text.contains(QStringLiteral("Your access begins on Monday, January 12, 2026")));
        QVERIFY(welcomeMail(f).text.contains(QStringLiteral("you can set up the app now")));
        f.writtenAt = f.startsAt;
        QVERIFY(!welcomeMail(f).text.contains(QStringLiteral("Your access begins on")));
        f.writtenAt.reset();
        QVERIFY(!welcomeMail(f).text.contains(QStringLiteral("Your access begins on")));
        WelcomeFacts d = doorcodeFacts();
        d.writtenAt = d.startsAt - 60;
        QVERIFY(welcomeMail(d).text.contains(QStringLiteral("Your access begins on")));
    }

    void spanishAndFrench_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("subject");
        QTest::newRow("es") << QStringLiteral("es") << QStringList{QStringLiteral("Hola, Ada:"),
                                                                   QStringLiteral("12 de enero de 2026"),
                                                                   QStringLiteral("lunes a viernes"),
                                                                   QStringLiteral("sin vencimiento"),
                                                                   QStringLiteral("código"),
                                                                   QStringLiteral("11 de febrero de 2026")}
                            << QStringLiteral("Le damos la bienvenida a Harbor View: sus datos de acceso");
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringList{QStringLiteral("Hola, Ada:")}
                               << QStringLiteral("Le damos la bienvenida a Harbor View: sus datos de acceso");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringList{QStringLiteral("Bonjour Ada,"),
                                                                   QStringLiteral("12 janvier 2026"),
                                                                   QStringLiteral("lundi au vendredi"),
                                                                   QStringLiteral("sans expiration"),
                                                                   QStringLiteral("code d'activation"),
                                                                   QStringLiteral("11 février 2026")}
                            << QStringLiteral("Bienvenue à Harbor View\u00a0: vos informations d'accès");
        QTest::newRow("unknown language: English")
            << QStringLiteral("de")
            << QStringList{QStringLiteral("Hello Ada,"), QStringLiteral("January 12, 2026")}
            << QStringLiteral("Welcome to Harbor View: your access details");
    }
    void spanishAndFrench()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QFETCH(QString, subject);
        WelcomeFacts f = appFacts();
        f.language = language;
        const Content c = welcomeMail(f);
        const QJsonObject parsed = inspect(message(c));
        QCOMPARE(defects(parsed), QStringList());
        QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), subject);
        const auto [text, html] = texts(parsed);
        for (const QString &w : words) {
            QVERIFY2(text.contains(w), qPrintable(w + QStringLiteral(" not in:\n") + text));
            QVERIFY2(html.contains(w.toHtmlEscaped()), qPrintable(w));
        }
        if (language.startsWith(QLatin1String("es")) || language == QLatin1String("fr")) {
            QVERIFY(!text.contains(QStringLiteral("Hello")));
            QVERIFY(!text.contains(QStringLiteral("January")));
            QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language.left(2))));
        }
    }

    // The window's language is not the person's: a Spanish window writes an English or French person's
    // mail in their language.
    void theApplicationsLanguageDoesNotLeakIn()
    {
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/porter_es.qm")));
        QVERIFY(QCoreApplication::installTranslator(&spanish));
        WelcomeFacts f = appFacts();
        const Content en = welcomeMail(f);
        f.language = QStringLiteral("fr");
        const Content fr = welcomeMail(f);
        QCoreApplication::removeTranslator(&spanish);
        QCOMPARE(en.subject, QStringLiteral("Welcome to Harbor View: your access details"));
        QVERIFY(en.text.contains(QStringLiteral("Monday to Friday")));
        QVERIFY(fr.text.contains(QStringLiteral("du lundi au vendredi")));
        QVERIFY(!fr.text.contains(QStringLiteral("lunes")));
    }

    void doorcodeMailSaysTheCodeAndTheDay()
    {
        DoorcodeFacts f;
        f.language = QStringLiteral("en");
        f.propertyName = QStringLiteral("Harbor View");
        f.firstName = QStringLiteral("Bo");
        f.day = QDate(2026, 3, 8);
        f.code = QStringLiteral("482915");
        f.keys = {KeyFacts{QStringLiteral("Residents"),
                           {QStringLiteral("Lobby")},
                           Schedule::parse(QStringLiteral("Mon-Fri 07:00-22:00")).value()}};
        const Content c = doorcodeMail(f);
        QCOMPARE(c.subject, QStringLiteral("Your doorcode for Sunday, March 8, 2026 at Harbor View"));
        const QJsonObject parsed = inspect(message(c));
        QCOMPARE(defects(parsed), QStringList());
        const auto [text, html] = texts(parsed);
        for (const QString &body : {text, html}) {
            QVERIFY(body.contains(QStringLiteral("482915")));
            QVERIFY(body.contains(QStringLiteral("Hello Bo,")));
            QVERIFY(body.contains(QStringLiteral("Sunday, March 8, 2026")));
            QVERIFY(body.contains(QStringLiteral("from midnight to midnight")));
            QVERIFY(body.contains(QStringLiteral("Lobby")));
            QVERIFY(body.contains(QStringLiteral("Monday to Friday")));
        }
        f.language = QStringLiteral("fr");
        const Content fr = doorcodeMail(f);
        QVERIFY2(fr.text.contains(QStringLiteral("dimanche 8 mars 2026")), qPrintable(fr.text));
        QVERIFY(fr.text.contains(QStringLiteral("Bonjour Bo,")));
        QVERIFY(fr.text.contains(QStringLiteral("482915")));
    }

    void testMailNamesTheServer()
    {
        const Content c = testMail(QStringLiteral("en"), QStringLiteral("smtp.example.com:587"));
        QVERIFY(c.text.contains(QStringLiteral("smtp.example.com:587")));
        QVERIFY(c.images.isEmpty());
        const QJsonObject parsed = inspect(message(c));
        QCOMPARE(defects(parsed), QStringList());
        QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), QStringLiteral("Porter test email"));
        const Content es = testMail(QStringLiteral("es"), QStringLiteral("smtp.example.com"));
        QVERIFY2(es.subject != c.subject, qPrintable(es.subject));
        // Plain text only: one text/plain entity.
        Content plain = c;
        plain.html.clear();
        const QJsonObject p = inspect(message(plain));
        QCOMPARE(type(p.value(QStringLiteral("tree")).toObject()), QStringLiteral("text/plain"));
        QCOMPARE(content(p.value(QStringLiteral("tree")).toObject()), c.text);
    }

    void headerFields()
    {
        const QByteArray h = headers(QStringLiteral("Harbor View"), QStringLiteral("office@harbor.example"),
                                     QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"),
                                     QStringLiteral("Hello"), utc(2026, 12, 2, 6, 0), "<m1@porter.example>");
        QCOMPARE(h, QByteArray("Date: Wed, 02 Dec 2026 06:00:00 +0000\r\n"
                               "From: \"Harbor View\" <office@harbor.example>\r\n"
                               "To: \"Ada Lovelace\" <ada@example.com>\r\n"
                               "Subject: Hello\r\n"
                               "Message-ID: <m1@porter.example>\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Auto-Submitted: auto-generated\r\n"
                               "X-Auto-Response-Suppress: All\r\n"));
        // Quotes and backslashes in a name are escaped inside the quoted-string.
        const QByteArray q = headers(QStringLiteral("A \"B\" \\ C"), QStringLiteral("a@b.example"), {},
                                     QStringLiteral("c@d.example"), QStringLiteral("x"), 0, "id@x");
        QVERIFY(q.contains("From: \"A \\\"B\\\" \\\\ C\" <a@b.example>\r\n"));
        QVERIFY(q.contains("To: <c@d.example>\r\n"));
        const QJsonObject parsed = inspect(q + "\r\nbody\r\n");
        QCOMPARE(parsed.value(QStringLiteral("from"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("A \"B\" \\ C"));
        QCOMPARE(parsed.value(QStringLiteral("date")).toString(),
                 QStringLiteral("Thu, 01 Jan 1970 00:00:00 +0000"));
        QCOMPARE(parsed.value(QStringLiteral("messageId")).toString(), QStringLiteral("<id@x>"));
    }

    // A person's or a property's name must never start a header of its own.
    void headerInjectionIsImpossible()
    {
        const QString evilName = QStringLiteral("Eve\r\nBcc: victim@evil.example\r\n\r\nInjected body");
        const QString evilProperty = QStringLiteral("Harbor\nBcc: second@evil.example");
        const QString evilAddress = QStringLiteral("eve@example.com\r\nBcc: third@evil.example");
        WelcomeFacts f = appFacts();
        f.propertyName = evilProperty;
        f.firstName = evilName;
        const Content c = welcomeMail(f);
        QVERIFY(c.subject.contains(QLatin1Char('\n'))); // the attack reaches headers() intact...
        for (const QString &fromName : {evilProperty, QStringLiteral("Café\u2028Bcc: x@evil.example")}) {
            const QByteArray m = message(c, evilName, evilAddress, fromName);
            QCOMPARE(lineProblem(m), QString());
            const QByteArray head = m.left(m.indexOf("\r\n\r\n"));
            QVERIFY2(!head.contains("\r\nBcc:"), head.constData());
            const QJsonObject parsed = inspect(m);
            QCOMPARE(defects(parsed), QStringList());
            QStringList keys;
            for (const auto &k : parsed.value(QStringLiteral("keys")).toArray())
                keys << k.toString();
            QCOMPARE(keys, (QStringList{QStringLiteral("Date"), QStringLiteral("From"), QStringLiteral("To"),
                                        QStringLiteral("Subject"), QStringLiteral("Message-ID"),
                                        QStringLiteral("MIME-Version"), QStringLiteral("Auto-Submitted"),
                                        QStringLiteral("X-Auto-Response-Suppress"),
                                        QStringLiteral("Content-Type")}));
            // ...and comes out as one line of text.
            const QJsonArray to = parsed.value(QStringLiteral("to")).toArray();
            QCOMPARE(to.size(), 1);
            QCOMPARE(to.at(0).toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("Eve Bcc: victim@evil.example Injected body"));
            QVERIFY(
                !to.at(0).toObject().value(QStringLiteral("address")).toString().contains(QLatin1Char('\n')));
            QCOMPARE(parsed.value(QStringLiteral("from")).toArray().size(), 1);
            const QString subject = parsed.value(QStringLiteral("subject")).toString();
            QCOMPARE(subject,
                     QStringLiteral("Welcome to Harbor Bcc: second@evil.example: your access details"));
            // The body says the name, harmlessly, and the message still has its two alternatives.
            QCOMPARE(type(parsed.value(QStringLiteral("tree")).toObject()),
                     QStringLiteral("multipart/alternative"));
        }
        // The Message-ID and a Content-ID cannot break out of their angle brackets either.
        const QByteArray h = headers({}, QStringLiteral("a@b"), {}, QStringLiteral("c@d"),
                                     QStringLiteral("s"), 0, "x@y>\r\nBcc: v@evil.example");
        QVERIFY(!h.contains("\r\nBcc"));
        Content img;
        img.text = QStringLiteral("t");
        img.html = QStringLiteral("<p>h</p>");
        img.images << InlineImage{"qr>\r\nX-Evil: 1", "image/png\r\nX-Evil: 2", "png"};
        const QByteArray e = mimeEntity(img, "s");
        QVERIFY(!e.contains("\r\nX-Evil"));
        QVERIFY(e.contains("Content-Type: application/octet-stream"));
    }

    void fiveThousandCharacterName()
    {
        QString name;
        while (name.size() < 5000)
            name += QStringLiteral("Zoë Ñandú 日本 ");
        name = name.left(5000).trimmed();
        const QString ascii = QString(5000, QLatin1Char('a'));
        WelcomeFacts f = appFacts();
        f.firstName = name;
        f.propertyName = ascii;
        f.propertyAddress = name;
        f.keys.first().name = name;
        f.keys.first().doors = {ascii, name};
        const Content c = welcomeMail(f);
        for (const auto &[toName, fromName] : {std::pair{name, ascii}, std::pair{ascii, name}}) {
            const QByteArray m = message(c, toName, QStringLiteral("ada@example.com"), fromName);
            QCOMPARE(lineProblem(m), QString());
            const QJsonObject parsed = inspect(m);
            QCOMPARE(defects(parsed), QStringList());
            QCOMPARE(parsed.value(QStringLiteral("to"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     toName);
            QCOMPARE(parsed.value(QStringLiteral("from"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     fromName);
            QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), c.subject);
            const auto [text, html] = texts(parsed);
            QCOMPARE(text, c.text);
            QVERIFY(text.contains(name));
            QVERIFY(html.contains(name));
        }
    }

    void nonAsciiNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("é") << QStringLiteral("Éloïse Lefèvre");
        QTest::newRow("ñ") << QStringLiteral("Íñigo Muñoz");
        QTest::newRow("日本") << QStringLiteral("山田 日本");
        QTest::newRow("emoji") << QStringLiteral("Ana 🔑");
        QTest::newRow("ascii specials") << QStringLiteral("O'Brien, Pat (Unit 4) <x>");
        QTest::newRow("looks encoded") << QStringLiteral("=?UTF-8?B?SGk=?=");
    }
    void nonAsciiNamesRoundTrip()
    {
        QFETCH(QString, name);
        WelcomeFacts f = appFacts();
        f.firstName = name;
        f.propertyName = name;
        const Content c = welcomeMail(f);
        const QByteArray m = message(c, name, QStringLiteral("ana@example.com"), name);
        QCOMPARE(lineProblem(m), QString());
        const QByteArray head = m.left(m.indexOf("\r\n\r\n"));
        for (const char ch : head)
            QVERIFY2(static_cast<unsigned char>(ch) < 0x80, head.constData()); // 7-bit headers
        const QJsonObject parsed = inspect(m);
        QCOMPARE(defects(parsed), QStringList());
        QCOMPARE(parsed.value(QStringLiteral("to"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 name);
        QCOMPARE(parsed.value(QStringLiteral("to"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("address"))
                     .toString(),
                 QStringLiteral("ana@example.com"));
        QCOMPARE(parsed.value(QStringLiteral("from"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 name);
        QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), c.subject);
        const auto [text, html] = texts(parsed);
        QCOMPARE(text, c.text);
        QCOMPARE(html, c.html);
        QVERIFY(text.contains(QStringLiteral("Hello %1,").arg(name)));
        QVERIFY(html.contains(name.toHtmlEscaped()));
    }

    // Lines a transport or a mailbox file would read as something else, trailing blanks, long lines
    // of multi-byte characters: all decode to the exact text.
    void quotedPrintableEdges()
    {
        Content c;
        c.subject = QStringLiteral("edges");
        c.text = QStringLiteral(
                     ".\n..\nFrom here\nfrom there\ntrailing space \ntrailing tab\t\n=3D and = and ==\n") +
                 QString(300, QChar(0x00e9)) + QLatin1Char('\n') + QString(200, QLatin1Char(' ')) +
                 QStringLiteral("x\n") + QString(2000, QLatin1Char('y')) +
                 QStringLiteral("\r\nwindows line\rold mac line\n\n\nend\n") +
                 // "From " and "." where a soft break puts them at the start of a line.
                 QString(75, QLatin1Char('x')) + QStringLiteral("From y\n") + QString(75, QLatin1Char('x')) +
                 QStringLiteral(".\n") + QString(75, QLatin1Char('x')) + QStringLiteral(".z");
        c.html = QStringLiteral("<p>") + QString(3000, QChar(0x65e5)) + QStringLiteral("</p>");
        const QByteArray entity = mimeEntity(c, "edges");
        QCOMPARE(lineProblem(entity), QString());
        for (const QByteArray &line : entity.split('\n'))
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
        QVERIFY(!entity.contains("\r\n.\r\n"));
        QVERIFY(!entity.contains("\r\n."));
        QVERIFY(!entity.contains("\r\nFrom "));
        const QJsonObject parsed = inspect("Subject: x\r\nMIME-Version: 1.0\r\n" + entity);
        QCOMPARE(defects(parsed), QStringList());
        QString expected = c.text;
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        expected.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        const auto [text, html] = texts(parsed);
        QCOMPARE(text, expected);
        QCOMPARE(html, c.html);
    }

    void deterministicBoundaries()
    {
        const Content c = welcomeMail(appFacts());
        QCOMPARE(mimeEntity(c, "a"), mimeEntity(c, "a"));
        const QByteArray a = mimeEntity(c, "a");
        const QByteArray b = mimeEntity(c, "b");
        QVERIFY(a != b);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.startsWith("Content-Type: multipart/alternative;\r\n boundary=\"=_porter_alt_"));
        // The same facts make the same message: a re-send is byte for byte the first one.
        QCOMPARE(welcomeMail(appFacts()).html, c.html);
        QCOMPARE(welcomeMail(appFacts()).images.value(0).data, c.images.value(0).data);
    }

    void qrCodeScansBack()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg not found: install Debian's zbar-tools (scripts/test does)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QByteArray &text : {QByteArray("https://porter.example/activate?code=K7QF9XMP2D"),
                                       QByteArray("x"), QByteArray(600, 'Q'), QByteArray("Café 日本")}) {
            for (const int scale : {3, 6}) {
                const QByteArray png = qrPng(text, scale);
                QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
                QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
                const quint32 width = qFromBigEndian<quint32>(png.constData() + 16);
                const quint32 height = qFromBigEndian<quint32>(png.constData() + 20);
                QCOMPARE(width, height);
                // A whole number of modules: (version size + 2 × 4 quiet modules) × scale.
                QCOMPARE(width % quint32(scale), 0u);
                const quint32 modules = width / quint32(scale) - 8;
                QVERIFY(modules >= 21 && (modules - 21) % 4 == 0);
                const QString file = dir.filePath(QStringLiteral("qr.png"));
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(png);
                out.close();
                QProcess zbar;
                zbar.start(zbarimg,
                           {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), file});
                QVERIFY(zbar.waitForFinished(60000));
                QCOMPARE(zbar.exitCode(), 0);
                QByteArray decoded = zbar.readAllStandardOutput();
                if (decoded.endsWith('\n'))
                    decoded.chop(1);
                QCOMPARE(decoded, text);
            }
        }
        // The version grows with the text: a longer link, a bigger symbol.
        QVERIFY(qrPng(QByteArray(600, 'Q'), 1).size() > 0);
        QVERIFY(qFromBigEndian<quint32>(qrPng(QByteArray(600, 'Q'), 1).constData() + 16) >
                qFromBigEndian<quint32>(qrPng("x", 1).constData() + 16));
    }

    void qrCodeLimits()
    {
        QCOMPARE(qrPng({}), QByteArray());
        QCOMPARE(qrPng(QByteArray(5000, 'x')), QByteArray());          // beyond version 40
        const QByteArray tiny = qrPng("x", -5);                        // clamped to 1 pixel per module
        QCOMPARE(qFromBigEndian<quint32>(tiny.constData() + 16), 29u); // version 1: 21 + 8
        const QByteArray huge = qrPng("x", 100000);                    // clamped to 32
        QCOMPARE(qFromBigEndian<quint32>(huge.constData() + 16), 29u * 32u);
        QCOMPARE(QByteArray(qrPng(QByteArray("a\0b", 3))).left(8), QByteArray("\x89PNG\r\n\x1a\n"));
    }

    // Encoders: no input may crash them, and what they make is always well-formed.
    void arbitraryInputNeverBreaksTheMessage()
    {
        QRandomGenerator rng(42);
        const auto randomText = [&rng](int maxLength) {
            QString s;
            const int n = int(rng.bounded(maxLength + 1));
            for (int i = 0; i < n; ++i) {
                const quint32 pick = rng.bounded(10u);
                char16_t c = 0;
                if (pick < 4)
                    c = char16_t(rng.bounded(0x20u, 0x7fu));
                else if (pick < 6)
                    c = char16_t(rng.bounded(0u, 0x20u)); // controls, CR and LF
                else if (pick < 8)
                    c = char16_t(rng.bounded(0x80u, 0x3000u));
                else
                    c = char16_t(rng.bounded(0xd800u, 0xe000u)); // lone surrogates
                s += QChar(c);
            }
            return s;
        };
        for (int round = 0; round < 60; ++round) {
            Content c;
            c.subject = randomText(300);
            c.text = randomText(3000);
            c.html = round % 3 ? randomText(2000) : QString();
            if (round % 2)
                c.images << InlineImage{randomText(40).toUtf8(), randomText(20).toUtf8(),
                                        randomText(500).toUtf8()};
            const QByteArray m =
                headers(randomText(200), randomText(80), randomText(1200), randomText(80), c.subject,
                        qint64(rng.bounded(4000000000.0)), randomText(60).toUtf8()) +
                mimeEntity(c, randomText(10).toUtf8());
            QCOMPARE(lineProblem(m), QString());
            const QByteArray head = m.left(m.indexOf("\r\n\r\n") + 2);
            // Every header line is a field or a continuation, nothing else.
            for (const QByteArray &line : head.split('\n')) {
                if (line.isEmpty())
                    continue;
                QVERIFY2(line.startsWith(' ') || line.indexOf(':') > 0, line.constData());
            }
            if (round % 10 == 0) {
                const QJsonObject parsed = inspect(m);
                QVERIFY2(!parsed.contains(QStringLiteral("error")),
                         qPrintable(parsed.value(QStringLiteral("error")).toString()));
            }
        }
        // Facts with nothing in them still make a message.
        QVERIFY(!welcomeMail({}).text.isEmpty());
        QVERIFY(!doorcodeMail({}).text.isEmpty());
        WelcomeFacts bad = appFacts();
        bad.timeZone = QStringLiteral("Not/AZone");
        bad.doorcodeSendTime = QStringLiteral("25:99");
        bad.method = AccessMethod::Doorcode;
        QVERIFY(welcomeMail(bad).text.contains(QStringLiteral("25:99")));
    }
};

QTEST_GUILESS_MAIN(TestMailMessages)
#include "tst_mailmessages.moc"
