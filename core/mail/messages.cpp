// What Porter's mail says (core/mail/messages.h; docs/mail.md, "What the mail says").
//
// A message is written in the person's language, not in the language of the window that queues it:
// the texts are looked up in that language's translation (":/i18n/porter_<lang>.qm", the resources of
// translations/) through a QTranslator of its own, never the one installed in the application, and
// dates and times are formatted with the QLocale of that language. Each message is first built as a
// short list of blocks (paragraphs, lists, the code, the QR code), then written twice from the same
// blocks, as plain text and as HTML, so the two alternatives always say the same thing.

#include "mail/messages.h"

#include "util/localtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMutex>
#include <QTimeZone>
#include <QTranslator>
#include <QtEndian>
#include <map>
#include <memory>

namespace porter::mail {
namespace {

constexpr char kContext[] = "porter::mail";

// A message of this file: lupdate reads the literals through QT_TRANSLATE_NOOP / QT_TRANSLATE_NOOP3
// (context "porter::mail"), Speaker::say translates them at run time in the person's language.
struct Text
{
    const char *source;
    const char *comment = nullptr;
};

QString normalLanguage(const QString &language)
{
    const QString lang = language.trimmed().toLower().left(2);
    return supportedLanguages().contains(lang) ? lang : QStringLiteral("en");
}

// One translator per language for the life of the program; loaded on first use. English needs none.
const QTranslator *translatorFor(const QString &lang)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    if (lang == QLatin1String("en"))
        return nullptr;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(lang);
    if (it == loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/porter_%1.qm").arg(lang)))
            translator.reset(); // not linked in (a program without porter_translations): English
        it = loaded.emplace(lang, std::move(translator)).first;
    }
    return it->second.get();
}

// Writes in one language: its texts and its date and time formats.
class Speaker
{
public:
    explicit Speaker(const QString &language)
        : m_lang(normalLanguage(language))
        , m_locale(m_lang)
        , m_translator(translatorFor(m_lang))
    {}

    QString lang() const { return m_lang; }
    // A label and its value: "Starts: Monday, …", "Lobby and Garage: Monday to Friday, …".
    QString labelled() const
    {
        //: A label and its value, e.g. "Starts: Monday, January 12, 2026, 9:00 AM EST" or the doors of a key
        //: and their hours, "Lobby and Garage: Monday to Friday, 9:00 AM to 5:00 PM"
        return say(QT_TRANSLATE_NOOP("porter::mail", "%1: %2"));
    }
    const QLocale &locale() const { return m_locale; }

    QString say(const Text &text) const
    {
        if (m_translator) {
            QString t = m_translator->translate(kContext, text.source, text.comment);
            if (!t.isEmpty())
                return t;
        }
        return QString::fromUtf8(text.source);
    }
    QString say(const char *source) const { return say(Text{source}); }

    QString date(const QDate &d) const { return m_locale.toString(d, QLocale::LongFormat); }
    QString time(int minuteOfDay) const
    {
        if (minuteOfDay >= 1440)
            return say(QT_TRANSLATE_NOOP3("porter::mail", "midnight", "the end of a day in a schedule"));
        return m_locale.toString(QTime(minuteOfDay / 60, minuteOfDay % 60), QLocale::ShortFormat);
    }
    // A moment in the property's local time, with the zone's abbreviation on that date (EST in January,
    // EDT in July).
    QString moment(qint64 utc, const QTimeZone &zone) const
    {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(zone);
        //: A date, a time and the time zone, e.g. "Monday, January 12, 2026, 9:00 AM EST"
        return say(QT_TRANSLATE_NOOP("porter::mail", "%1, %2 %3"))
            .arg(date(dt.date()), m_locale.toString(dt.time(), QLocale::ShortFormat), zone.abbreviation(dt));
    }

    // "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday", "every day".
    QString days(int mask) const
    {
        if ((mask & 0x7f) == 0x7f)
            return say(QT_TRANSLATE_NOOP("porter::mail", "every day"));
        QStringList parts;
        int i = 0;
        while (i < 7) {
            if (!(mask & (1 << i))) {
                ++i;
                continue;
            }
            int j = i;
            while (j + 1 < 7 && (mask & (1 << (j + 1))))
                ++j;
            if (j - i >= 2) {
                parts << say(QT_TRANSLATE_NOOP3("porter::mail", "%1 to %2",
                                                "a range of days: Monday to Friday"))
                             .arg(dayName(i), dayName(j));
            } else {
                for (int k = i; k <= j; ++k)
                    parts << dayName(k);
            }
            i = j + 1;
        }
        return list(parts);
    }
    // "Monday, Tuesday and Friday"
    QString list(const QStringList &items) const
    {
        if (items.size() <= 1)
            return items.value(0);
        //: The separator of a list but its last two items: "Lobby, Garage and Gym"
        const QString head =
            items.mid(0, items.size() - 1).join(say(QT_TRANSLATE_NOOP("porter::mail", ", ")));
        //: The last two items of a list: "Lobby, Garage and Gym"
        return say(QT_TRANSLATE_NOOP("porter::mail", "%1 and %2")).arg(head, items.last());
    }
    // A key's schedule in words: "Monday to Friday, 9:00 AM to 5:00 PM; Saturday, all day".
    QString schedule(const Schedule &schedule) const
    {
        if (schedule.always())
            return say(QT_TRANSLATE_NOOP("porter::mail", "at any time, every day"));
        QStringList windows;
        for (const ScheduleWindow &w : schedule.windows) {
            const QString hours = w.startMinute <= 0 && w.endMinute >= 1440
                                      ? say(QT_TRANSLATE_NOOP("porter::mail", "all day"))
                                      : say(QT_TRANSLATE_NOOP3("porter::mail", "%1 to %2",
                                                               "a range of hours: 9:00 AM to 5:00 PM"))
                                            .arg(time(w.startMinute), time(w.endMinute));
            //: Days and hours of a schedule: "Monday to Friday, 9:00 AM to 5:00 PM"
            windows << say(QT_TRANSLATE_NOOP("porter::mail", "%1, %2")).arg(days(w.days), hours);
        }
        //: Between the parts of a schedule: "Monday to Friday, 9:00 AM to 5:00 PM; Saturday, all day"
        return windows.join(say(QT_TRANSLATE_NOOP("porter::mail", "; ")));
    }

private:
    QString dayName(int index) const { return m_locale.dayName(index + 1, QLocale::LongFormat); }

    QString m_lang;
    QLocale m_locale;
    const QTranslator *m_translator;
};

QTimeZone zoneOf(const QString &name)
{
    auto zone = timeZoneNamed(name);
    return zone ? *zone : QTimeZone::utc();
}

// "K7QF9XMP2D" -> "K7QF-9XMP-2D": groups of four are easier to read out and to type.
QString grouped(const QString &code)
{
    QString plain;
    for (const QChar c : code)
        if (c.isLetterOrNumber())
            plain += c.toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 4)
        groups << plain.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

// ---- the blocks a message is made of --------------------------------------------------------

struct Block
{
    enum Kind
    {
        Heading,
        Paragraph,
        Facts,   // label: value lines
        Items,   // a bulleted list: title and detail lines
        Steps,   // a numbered list
        Code,    // the code to type, large
        Qr,      // the QR code image (HTML only)
        Link,    // a link: label in HTML, the address in text
        Footnote // small print at the end
    };
    Kind kind;
    QString text;
    QStringList lines;     // Facts: "label\tvalue"; Items: "title\tdetail"; Steps
    QString extra;         // Link: the address; Qr: its size in pixels
    QStringList htmlLines; // Steps: the lines of the HTML when they differ (they mention the QR code)
};

struct Document
{
    QString lang;
    QString labelled; // "%1: %2" in the language of the message
    QString subject;
    QString greeting;
    QList<Block> blocks;
    std::optional<InlineImage> qr;

    void add(Block::Kind kind, const QString &text) { blocks << Block{kind, text, {}, {}, {}}; }
    void add(Block::Kind kind, const QStringList &lines, const QStringList &htmlLines = {})
    {
        blocks << Block{kind, {}, lines, {}, htmlLines};
    }
    void link(const QString &label, const QString &address)
    {
        blocks << Block{Block::Link, label, {}, address, {}};
    }
};

QString renderText(const Document &doc)
{
    QStringList out{doc.greeting, QString()};
    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading:
            out << b.text << QString(b.text.size(), QLatin1Char('-'));
            break;
        case Block::Paragraph:
        case Block::Footnote:
            out << b.text;
            break;
        case Block::Facts:
            for (const QString &line : b.lines)
                out << doc.labelled.arg(line.section(QLatin1Char('\t'), 0, 0),
                                        line.section(QLatin1Char('\t'), 1));
            break;
        case Block::Items:
            for (const QString &line : b.lines) {
                out << QStringLiteral("  * ") + line.section(QLatin1Char('\t'), 0, 0);
                const QString detail = line.section(QLatin1Char('\t'), 1);
                if (!detail.isEmpty())
                    out << QStringLiteral("    ") + detail;
            }
            break;
        case Block::Steps:
            for (qsizetype i = 0; i < b.lines.size(); ++i)
                out << QStringLiteral("  %1. %2").arg(i + 1).arg(b.lines.at(i));
            break;
        case Block::Code:
            out << QStringLiteral("    ") + b.text;
            break;
        case Block::Qr:
            continue; // no blank line either
        case Block::Link:
            out << doc.labelled.arg(b.text, b.extra);
            break;
        }
        out << QString();
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Simple, table-based, inline-styled HTML: what Outlook (Word's renderer), Gmail (no <style> in
// every client) and Apple Mail all show the same way. No external image, no script, no web font.
QString renderHtml(const Document &doc)
{
    const QString font = QStringLiteral("font-family:Arial,Helvetica,sans-serif;");
    const QString p = QStringLiteral("<p style=\"margin:0 0 16px 0;") + font +
                      QStringLiteral("font-size:16px;line-height:24px;color:#1f2328;\">");
    QString body;
    body += p + esc(doc.greeting) + QStringLiteral("</p>\n");
    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading:
            body += QStringLiteral("<h2 style=\"margin:24px 0 12px 0;") + font +
                    QStringLiteral("font-size:19px;line-height:26px;color:#1f2328;\">") + esc(b.text) +
                    QStringLiteral("</h2>\n");
            break;
        case Block::Paragraph:
            body += p + esc(b.text) + QStringLiteral("</p>\n");
            break;
        case Block::Footnote:
            body += QStringLiteral("<p style=\"margin:24px 0 0 0;") + font +
                    QStringLiteral("font-size:13px;line-height:19px;color:#59636e;\">") + esc(b.text) +
                    QStringLiteral("</p>\n");
            break;
        case Block::Facts:
            body += QStringLiteral("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" "
                                   "border=\"0\" style=\"margin:0 0 16px 0;\">\n");
            for (const QString &line : b.lines)
                body +=
                    QStringLiteral("<tr><td style=\"padding:2px 16px 2px 0;") + font +
                    QStringLiteral("font-size:16px;line-height:24px;color:#59636e;vertical-align:top;\">") +
                    esc(line.section(QLatin1Char('\t'), 0, 0)) +
                    QStringLiteral("</td><td style=\"padding:2px 0;") + font +
                    QStringLiteral("font-size:16px;line-height:24px;color:#1f2328;\">") +
                    esc(line.section(QLatin1Char('\t'), 1)) + QStringLiteral("</td></tr>\n");
            body += QStringLiteral("</table>\n");
            break;
        case Block::Items:
        case Block::Steps: {
            const QString tag = b.kind == Block::Items ? QStringLiteral("ul") : QStringLiteral("ol");
            body += QLatin1Char('<') + tag +
                    QStringLiteral(" style=\"margin:0 0 16px 0;padding:0 0 0 24px;") + font +
                    QStringLiteral("font-size:16px;line-height:24px;color:#1f2328;\">\n");
            for (const QString &line : b.htmlLines.isEmpty() ? b.lines : b.htmlLines) {
                body += QStringLiteral("<li style=\"margin:0 0 8px 0;\">");
                if (b.kind == Block::Items) {
                    body += QStringLiteral("<strong>") + esc(line.section(QLatin1Char('\t'), 0, 0)) +
                            QStringLiteral("</strong>");
                    const QString detail = line.section(QLatin1Char('\t'), 1);
                    if (!detail.isEmpty())
                        body += QStringLiteral("<br>") + esc(detail);
                } else {
                    body += esc(line);
                }
                body += QStringLiteral("</li>\n");
            }
            body += QStringLiteral("</") + tag + QStringLiteral(">\n");
            break;
        }
        case Block::Code:
            body += QStringLiteral("<p style=\"margin:0 0 16px 0;padding:12px 16px;background-color:#f0f3f6;"
                                   "border:1px solid #d0d7de;font-family:Consolas,'Courier New',monospace;"
                                   "font-size:26px;line-height:34px;letter-spacing:2px;font-weight:bold;"
                                   "color:#1f2328;\">") +
                    esc(b.text) + QStringLiteral("</p>\n");
            break;
        case Block::Qr:
            body += QStringLiteral("<p style=\"margin:0 0 16px 0;\"><img src=\"cid:") +
                    esc(QString::fromLatin1(doc.qr->contentId)) + QStringLiteral("\" width=\"") + b.extra +
                    QStringLiteral("\" height=\"") + b.extra + QStringLiteral("\" alt=\"") + esc(b.text) +
                    QStringLiteral("\" style=\"display:block;border:0;width:") + b.extra +
                    QStringLiteral("px;height:") + b.extra + QStringLiteral("px;\"></p>\n");
            break;
        case Block::Link:
            body += p + QStringLiteral("<a href=\"") + esc(b.extra) +
                    QStringLiteral("\" style=\"color:#0b5cad;font-weight:bold;\">") + esc(b.text) +
                    QStringLiteral("</a></p>\n");
            break;
        }
    }

    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + doc.lang +
           QStringLiteral(
               "\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>") +
           esc(doc.subject) +
           QStringLiteral(
               "</title>\n</head>\n<body style=\"margin:0;padding:0;background-color:#f4f5f7;\">\n"
               "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
               "border=\"0\" style=\"background-color:#f4f5f7;\">\n<tr><td align=\"center\" "
               "style=\"padding:24px 12px;\">\n<table role=\"presentation\" width=\"600\" "
               "cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;max-width:600px;"
               "background-color:#ffffff;border:1px solid #d0d7de;\">\n<tr><td style=\"padding:28px "
               "32px;\">\n") +
           body + QStringLiteral("</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
}

Content render(const Document &doc)
{
    Content c;
    c.subject = doc.subject;
    c.text = renderText(doc);
    c.html = renderHtml(doc);
    if (doc.qr)
        c.images << *doc.qr;
    return c;
}

// The width of a PNG, from its IHDR chunk (bytes 16-19).
int pngWidth(const QByteArray &png)
{
    if (png.size() < 24)
        return 0;
    return int(qFromBigEndian<quint32>(png.constData() + 16));
}

QString keyLine(const Speaker &s, const KeyFacts &key)
{
    if (key.doors.isEmpty())
        return key.name + QLatin1Char('\t') + s.schedule(key.schedule);
    return key.name + QLatin1Char('\t') + s.labelled().arg(s.list(key.doors), s.schedule(key.schedule));
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

Content welcomeMail(const WelcomeFacts &f)
{
    const Speaker s(f.language);
    const QTimeZone zone = zoneOf(f.timeZone);
    const bool app = f.method == AccessMethod::App;
    Document doc;
    doc.lang = s.lang();
    doc.labelled = s.labelled();
    doc.subject =
        s.say(QT_TRANSLATE_NOOP("porter::mail", "Welcome to %1: your access details")).arg(f.propertyName);
    const QString first = f.firstName.isEmpty() ? f.displayName : f.firstName;
    doc.greeting = first.isEmpty() ? s.say(QT_TRANSLATE_NOOP("porter::mail", "Hello,"))
                                   : s.say(QT_TRANSLATE_NOOP("porter::mail", "Hello %1,")).arg(first);

    //: A property and its address: "Harbor View (12 Quay Street, Portsmouth)"
    const QString where =
        f.propertyAddress.isEmpty()
            ? f.propertyName
            : s.say(QT_TRANSLATE_NOOP("porter::mail", "%1 (%2)")).arg(f.propertyName, f.propertyAddress);
    doc.add(
        Block::Paragraph,
        app ? s.say(QT_TRANSLATE_NOOP("porter::mail", "You have been given access to %1. You will open its "
                                                      "doors with the Porter app on your phone."))
                  .arg(where)
            : s.say(QT_TRANSLATE_NOOP("porter::mail", "You have been given access to %1. You will open its "
                                                      "doors with a doorcode that we email to you every "
                                                      "morning."))
                  .arg(where));

    // When: start and expiration in the property's time.
    const QString starts = s.moment(f.startsAt, zone);
    doc.add(Block::Heading, s.say(QT_TRANSLATE_NOOP("porter::mail", "Your access")));
    doc.add(Block::Facts,
            QStringList{s.say(QT_TRANSLATE_NOOP("porter::mail", "Starts")) + QLatin1Char('\t') + starts,
                        s.say(QT_TRANSLATE_NOOP("porter::mail", "Expires")) + QLatin1Char('\t') +
                            (f.expiresAt ? s.moment(*f.expiresAt, zone)
                                         : s.say(QT_TRANSLATE_NOOP("porter::mail", "no expiration")))});
    if (f.writtenAt && f.startsAt > *f.writtenAt) {
        doc.add(
            Block::Paragraph,
            app ? s.say(QT_TRANSLATE_NOOP("porter::mail", "Your access begins on %1. The doors will not open "
                                                          "for you before then, but you can set up the app "
                                                          "now."))
                      .arg(starts)
                : s.say(QT_TRANSLATE_NOOP("porter::mail", "Your access begins on %1. The doors will not open "
                                                          "for you before then."))
                      .arg(starts));
    }
    if (f.expiresAt)
        doc.add(Block::Paragraph,
                s.say(QT_TRANSLATE_NOOP("porter::mail", "Your access ends automatically at that time.")));

    // Keys, their doors and hours.
    if (!f.keys.isEmpty()) {
        QStringList lines;
        for (const KeyFacts &key : f.keys)
            lines << keyLine(s, key);
        doc.add(Block::Heading, s.say(QT_TRANSLATE_NOOP("porter::mail", "Your keys and doors")));
        doc.add(Block::Items, lines);
        doc.add(Block::Paragraph,
                s.say(QT_TRANSLATE_NOOP("porter::mail", "All times are the property's local time.")));
    }

    if (app) {
        doc.add(Block::Heading, s.say(QT_TRANSLATE_NOOP("porter::mail", "Set up the Porter app")));
        const QString install =
            s.say(QT_TRANSLATE_NOOP("porter::mail", "Install the Porter app on your phone and open it."));
        const QString signIn =
            s.say(QT_TRANSLATE_NOOP("porter::mail", "Sign in with your email address: %1")).arg(f.email);
        const QString enter =
            s.say(QT_TRANSLATE_NOOP("porter::mail", "Enter this one-time activation code:"));
        QByteArray png;
        if (!f.activationLink.isEmpty())
            png = qrPng(f.activationLink.toUtf8());
        // The QR code is in the HTML only: the plain text does not mention it.
        doc.add(Block::Steps, QStringList{install, signIn, enter},
                png.isEmpty() ? QStringList{}
                              : QStringList{install, signIn,
                                            s.say(QT_TRANSLATE_NOOP(
                                                "porter::mail", "Enter this one-time activation code, or "
                                                                "scan the QR code below with your phone's "
                                                                "camera:"))});
        doc.add(Block::Code, grouped(f.activationCode));
        if (!png.isEmpty()) {
            doc.qr = InlineImage{QByteArrayLiteral("qr@porter"), QByteArrayLiteral("image/png"), png};
            doc.blocks << Block{Block::Qr,
                                s.say(QT_TRANSLATE_NOOP("porter::mail", "QR code for the Porter app")),
                                {},
                                QString::number(pngWidth(png)),
                                {}};
        }
        if (!f.activationLink.isEmpty())
            doc.link(s.say(QT_TRANSLATE_NOOP("porter::mail", "Or open this link on your phone")),
                     f.activationLink);
        doc.add(Block::Paragraph,
                s.say(QT_TRANSLATE_NOOP(
                    "porter::mail", "The code works once, for your phone only. Do not share it: anyone who "
                                    "has it could add your keys to their phone. If you change phones, ask "
                                    "your building manager for a new code.")));
        if (f.activationExpiresAt)
            doc.add(Block::Paragraph,
                    s.say(QT_TRANSLATE_NOOP("porter::mail", "The code can be used until %1. After that, ask "
                                                            "your building manager to send a new welcome "
                                                            "email."))
                        .arg(s.moment(*f.activationExpiresAt, zone)));
        doc.add(Block::Paragraph,
                s.say(QT_TRANSLATE_NOOP("porter::mail", "Once the app is set up, stand near a "
                                                        "door and unlock it from the app.")));
    } else {
        const QTime at = QTime::fromString(f.doorcodeSendTime, QStringLiteral("HH:mm"));
        const QString sendTime =
            at.isValid() ? s.locale().toString(at, QLocale::ShortFormat) : f.doorcodeSendTime;
        doc.add(Block::Heading, s.say(QT_TRANSLATE_NOOP("porter::mail", "How your daily doorcode works")));
        doc.add(Block::Steps,
                QStringList{s.say(QT_TRANSLATE_NOOP("porter::mail", "Every morning at %1 (property time) we "
                                                                    "email you a new doorcode at %2."))
                                .arg(sendTime, f.email),
                            s.say(QT_TRANSLATE_NOOP(
                                "porter::mail", "Type the code on the keypad of one of your doors. It opens "
                                                "them during the hours of your keys.")),
                            s.say(QT_TRANSLATE_NOOP(
                                "porter::mail", "A code works only on the day it is sent, from midnight to "
                                                "midnight at the property. The next morning brings a new "
                                                "one."))});
        doc.add(Block::Paragraph,
                s.say(QT_TRANSLATE_NOOP("porter::mail", "Your first doorcode will arrive on "
                                                        "%1, the day your access starts."))
                    .arg(s.date(localDate(f.startsAt, zone))));
        doc.add(Block::Paragraph,
                s.say(QT_TRANSLATE_NOOP("porter::mail", "Keep your codes to yourself: anyone who has one can "
                                                        "open your doors that day.")));
    }

    doc.add(Block::Footnote,
            s.say(QT_TRANSLATE_NOOP("porter::mail", "Questions about your access? Contact your building "
                                                    "manager: this email was sent automatically.")));
    return render(doc);
}

Content doorcodeMail(const DoorcodeFacts &f)
{
    const Speaker s(f.language);
    Document doc;
    doc.lang = s.lang();
    doc.labelled = s.labelled();
    const QString day = s.date(f.day);
    //: The subject of the daily doorcode email: "Your doorcode for Monday, January 12, 2026 at Harbor View"
    doc.subject =
        s.say(QT_TRANSLATE_NOOP("porter::mail", "Your doorcode for %1 at %2")).arg(day, f.propertyName);
    doc.greeting = f.firstName.isEmpty()
                       ? s.say(QT_TRANSLATE_NOOP("porter::mail", "Hello,"))
                       : s.say(QT_TRANSLATE_NOOP("porter::mail", "Hello %1,")).arg(f.firstName);
    doc.add(Block::Paragraph,
            s.say(QT_TRANSLATE_NOOP("porter::mail", "Your doorcode at %1 for %2:")).arg(f.propertyName, day));
    doc.add(Block::Code, f.code);
    doc.add(Block::Paragraph,
            s.say(QT_TRANSLATE_NOOP("porter::mail", "It works on that day only, from midnight to midnight at "
                                                    "the property. Type it on the keypad of the door.")));
    if (!f.keys.isEmpty()) {
        QStringList lines;
        for (const KeyFacts &key : f.keys)
            lines << keyLine(s, key);
        doc.add(Block::Heading, s.say(QT_TRANSLATE_NOOP("porter::mail", "The doors it opens")));
        doc.add(Block::Items, lines);
    }
    doc.add(Block::Paragraph,
            s.say(QT_TRANSLATE_NOOP("porter::mail", "The next day's code comes in the next morning's email. "
                                                    "Keep your code to yourself: anyone who has it can open "
                                                    "your doors that day.")));
    doc.add(Block::Footnote,
            s.say(QT_TRANSLATE_NOOP("porter::mail", "Questions about your access? Contact your building "
                                                    "manager: this email was sent automatically.")));
    return render(doc);
}

Content testMail(const QString &language, const QString &server)
{
    const Speaker s(language);
    Document doc;
    doc.lang = s.lang();
    doc.labelled = s.labelled();
    doc.subject = s.say(QT_TRANSLATE_NOOP("porter::mail", "Porter test email"));
    doc.greeting = s.say(QT_TRANSLATE_NOOP("porter::mail", "Hello,"));
    doc.add(
        Block::Paragraph,
        s.say(QT_TRANSLATE_NOOP("porter::mail", "This is a test email from Porter, sent through %1. If you "
                                                "are reading it, Porter can send welcome emails and daily "
                                                "doorcodes through this mail server."))
            .arg(server));
    doc.add(Block::Footnote, s.say(QT_TRANSLATE_NOOP("porter::mail", "You can delete this email.")));
    return render(doc);
}

} // namespace porter::mail
