// MIME encoding of Porter's mail (RFC 5322, 2045-2047, 2387): see core/mail/messages.h.
//
// Everything a person or a manager typed (names, property names, subjects) reaches a header only
// after neutralise(): control characters, line separators included, become spaces, so no value can
// end a header line and start another (header injection, tests/core/tst_mailmessages.cpp).

#include "mail/messages.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace porter::mail {
namespace {

constexpr char kCrlf[] = "\r\n";
// Folded header lines stay within the 78 characters RFC 5322 recommends (998 is the hard limit).
constexpr int kHeaderWidth = 78;
// An RFC 2047 encoded-word is at most 75 characters: "=?UTF-8?B?" + text + "?=" leaves 63 for base64,
// i.e. 45 bytes of UTF-8 (15 groups of 3).
constexpr int kEncodedWordBytes = 45;

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

// Any control character (CR, LF, TAB, NEL, the Unicode line and paragraph separators) becomes a space,
// and runs of spaces collapse: a header value is always one line.
QString neutralise(const QString &value)
{
    QString out;
    out.reserve(value.size());
    bool space = false;
    for (const char32_t c : value.toUcs4()) {
        const bool blank = isControl(c) || c == U' ';
        if (blank) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

bool isPrintableAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// A token that is safe inside angle brackets (addresses, Message-ID, Content-ID). It ends at the first
// blank or control character, so nothing after a line break can become a header or a second
// address; brackets, quotes, commas, semicolons, colons (a route) and parentheses (a comment) are
// dropped. Validating an address is the caller's job, keeping the header well-formed is ours.
QByteArray angleToken(const QString &value)
{
    QByteArray out;
    for (const char c : value.trimmed().toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            break;
        if (QByteArrayView("<>\"\\,;:()").contains(c))
            continue;
        out += c;
    }
    return out;
}

// RFC 2047 "B" encoded-words of `text`, cut between UTF-8 characters, each at most 75 characters.
QList<QByteArray> encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (const char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + bytes.size() > kEncodedWordBytes) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words;
}

// Joins `tokens` after "Name: ", folding (CRLF + space) before a token that would pass the width.
QByteArray fold(const QByteArray &name, const QList<QByteArray> &tokens)
{
    QByteArray out = name + ':';
    int lineLength = int(out.size());
    for (const QByteArray &token : tokens) {
        if (lineLength + 1 + token.size() > kHeaderWidth && lineLength > int(name.size()) + 1) {
            out += kCrlf;
            lineLength = 0;
        }
        out += ' ' + token;
        lineLength += 1 + int(token.size());
    }
    return out + kCrlf;
}

// The words of an ASCII text, when folding at its spaces keeps every line within the width and
// nothing in it would read as an encoded-word; otherwise nothing (encode it instead).
std::optional<QList<QByteArray>> asciiWords(const QString &text)
{
    if (!isPrintableAscii(text) || text.contains(QLatin1String("=?")))
        return std::nullopt;
    QList<QByteArray> words;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.size() > kHeaderWidth - 12) // "Subject: " and a little room
            return std::nullopt;
        words << w.toLatin1();
    }
    return words;
}

QByteArray unstructured(const QByteArray &name, const QString &value)
{
    const QString text = neutralise(value);
    if (const auto words = asciiWords(text))
        return fold(name, *words);
    return fold(name, encodedWords(text));
}

// "Display Name" <address>: a quoted-string for ASCII names, encoded-words otherwise (RFC 2047 §5(3)
// allows them in a phrase), the bare address when there is no name.
QByteArray mailbox(const QByteArray &name, const QString &displayName, const QString &address)
{
    const QString text = neutralise(displayName);
    const QByteArray addr = angleToken(address);
    if (text.isEmpty())
        return fold(name, {'<' + addr + '>'});
    QList<QByteArray> tokens;
    if (const auto words = asciiWords(text)) {
        QByteArray quoted = "\"";
        for (const char c : text.toLatin1()) {
            if (c == '"' || c == '\\')
                quoted += '\\';
            quoted += c;
        }
        quoted += '"';
        // A quoted-string may be folded only at its spaces, which fold() cannot see inside one token:
        // a name too long for one line is encoded instead, which folds between words.
        if (quoted.size() + name.size() + 2 < kHeaderWidth)
            tokens << quoted;
    }
    if (tokens.isEmpty())
        tokens = encodedWords(text);
    tokens << '<' + addr + '>';
    return fold(name, tokens);
}

// A msg-id (RFC 5322 §3.6.4): dot-atoms on both sides of one "@". The caller's id is kept when it is
// one; anything else is reduced to its atext characters, and an id left empty gets a stable one
// derived from what was given (the same input, the same Message-ID).
QByteArray messageIdToken(const QByteArray &given)
{
    static const QByteArray atext =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~";
    const auto dotAtom = [](const QByteArray &s) {
        QByteArrayList atoms;
        for (const QByteArray &atom : s.split('.')) {
            QByteArray clean;
            for (const char c : atom)
                if (atext.contains(c))
                    clean += c;
            if (!clean.isEmpty())
                atoms << clean;
        }
        return atoms.join('.');
    };
    QByteArray id = given.trimmed();
    // Nothing after a blank or a control character: it cannot be part of the id.
    const auto end =
        std::find_if(id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20; });
    id.truncate(end - id.begin());
    if (id.startsWith('<'))
        id = id.mid(1);
    if (id.endsWith('>'))
        id.chop(1);
    const qsizetype at = id.lastIndexOf('@');
    QByteArray left = dotAtom(at < 0 ? id : id.left(at));
    QByteArray right = at < 0 ? QByteArray() : dotAtom(id.mid(at + 1));
    if (left.isEmpty() || left.size() + right.size() > 900) // 998 octets per line, with "Message-ID: <>"
        left = QCryptographicHash::hash(given, QCryptographicHash::Sha256).toHex().left(32);
    if (right.isEmpty() || right.size() > 800)
        right = "porter.invalid";
    return left + '@' + right;
}

QByteArray rfc5322Date(qint64 utc)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
    const QDate d = dt.date();
    const QTime t = dt.time();
    // English names by definition (RFC 5322 §3.3), never the locale's.
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0') +
           ' ' + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' ' +
           QByteArray::number(t.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(t.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(t.second()).rightJustified(2, '0') + " +0000";
}

// Quoted-printable (RFC 2045 §6.7) of UTF-8 text: its line breaks become CRLF (hard breaks), lines
// longer than 76 characters get soft breaks, never inside an =XX escape.
//
// Quoted-printable rather than base64 for the text and the HTML: the messages are mostly ASCII in
// every language Porter speaks, so QP is smaller, and it stays readable in a raw message, a spam
// filter's view or a support case. Base64 would only win for text that is mostly non-Latin.
//
// A line that is just "." would end the SMTP DATA phase if the transport did not dot-stuff it; curl
// does (RFC 5321 §4.5.2), so it would be fine as is, but a "." at the start of a line is written =2E
// anyway: the body is then the same bytes whichever transport carries it. "From " at the start of a
// line is written =46rom for the same reason (mbox files add a ">" to it).
QByteArray quotedPrintable(const QString &text)
{
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normal.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QByteArray utf8 = normal.toUtf8();
    static const char hex[] = "0123456789ABCDEF";

    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 8);
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            bool escape = c == '=' || c > 126 || (c < 32 && c != '\t') || ((c == ' ' || c == '\t') && last);
            // Room for the soft break "=" unless this is the line's last character.
            const int limit = last ? 76 : 75;
            if (column + (escape ? 3 : 1) > limit) {
                out += "=\r\n";
                column = 0;
            }
            // At the start of any line, after a soft break too.
            if (column == 0 && (c == '.' || (c == 'F' && line.mid(i, 5) == "From ")))
                escape = true;
            if (escape) {
                out += '=';
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
            column += escape ? 3 : 1;
        }
        if (n + 1 < lines.size())
            out += kCrlf;
    }
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 38 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + kCrlf;
    return out;
}

// "=_" cannot occur in quoted-printable (an "=" is followed by two hex digits or a line break) nor
// in base64, so a boundary starting with it never occurs in a part's body.
QByteArray boundary(const QByteArray &seed, const char *role)
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(seed + '\0' + role), QCryptographicHash::Sha256);
    return "=_porter_" + QByteArray(role) + '_' + hash.toHex().left(24);
}

QByteArray textPart(const QByteArray &subtype, const QString &text)
{
    return "Content-Type: text/" + subtype +
           "; charset=utf-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n"
           "\r\n" +
           quotedPrintable(text) + kCrlf;
}

// Only the characters a MIME type is made of; anything else is not an image we know how to label.
QByteArray safeMimeType(const QByteArray &type)
{
    static const QByteArray allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/.+-";
    const bool ok = !type.isEmpty() && type.count('/') == 1 &&
                    std::all_of(type.begin(), type.end(), [](char c) { return allowed.contains(c); });
    return ok ? type : QByteArrayLiteral("application/octet-stream");
}

QByteArray imagePart(const InlineImage &image, int index)
{
    const QByteArray type = safeMimeType(image.mimeType);
    const QByteArray subtype = type.mid(type.indexOf('/') + 1);
    const QByteArray filename = "image" + QByteArray::number(index + 1) + '.' +
                                (subtype == "octet-stream" ? QByteArrayLiteral("bin") : subtype);
    return "Content-Type: " + type + "; name=\"" + filename + "\"\r\n" +
           "Content-Transfer-Encoding: base64\r\n"
           "Content-ID: <" +
           angleToken(QString::fromUtf8(image.contentId)) + ">\r\n" +
           "Content-Disposition: inline; filename=\"" + filename + "\"\r\n" + "\r\n" +
           base64Lines(image.data);
}

QByteArray multipart(const QByteArray &subtype, const QByteArray &extra, const QByteArray &boundary,
                     const QList<QByteArray> &parts)
{
    QByteArray out = "Content-Type: multipart/" + subtype + ";" + extra + "\r\n boundary=\"" + boundary +
                     "\"\r\n"
                     "\r\n";
    for (const QByteArray &part : parts)
        out += "--" + boundary + kCrlf + part;
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace

QByteArray mimeEntity(const Content &content, const QByteArray &seed)
{
    if (content.html.isEmpty()) {
        // Alone, the part's last CRLF would be a line of the text (in a multipart it belongs to the
        // boundary that follows): drop it when the text already ends in one. The message still ends
        // in CRLF, as SMTP's DATA needs.
        QByteArray entity = textPart("plain", content.text);
        if (entity.endsWith("\r\n\r\n"))
            entity.chop(2);
        return entity;
    }

    QByteArray htmlEntity = textPart("html", content.html);
    if (!content.images.isEmpty()) {
        QList<QByteArray> parts{htmlEntity};
        for (qsizetype i = 0; i < content.images.size(); ++i)
            parts << imagePart(content.images.at(i), int(i));
        htmlEntity = multipart("related", "\r\n type=\"text/html\";", boundary(seed, "rel"), parts);
    }
    return multipart("alternative", {}, boundary(seed, "alt"), {textPart("plain", content.text), htmlEntity});
}

QByteArray headers(const QString &fromName, const QString &fromAddress, const QString &toName,
                   const QString &toAddress, const QString &subject, qint64 dateUtc,
                   const QByteArray &messageId)
{
    return "Date: " + rfc5322Date(dateUtc) + kCrlf + mailbox("From", fromName, fromAddress) +
           mailbox("To", toName, toAddress) + unstructured("Subject", subject) + "Message-ID: <" +
           messageIdToken(messageId) + ">\r\n" +
           "MIME-Version: 1.0\r\n"
           // RFC 3834: automatic mail; well-behaved responders send no vacation replies to it.
           "Auto-Submitted: auto-generated\r\n"
           // The same for Exchange and Outlook, which do not read Auto-Submitted.
           "X-Auto-Response-Suppress: All\r\n";
}

} // namespace porter::mail
