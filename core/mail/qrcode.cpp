// The QR code of the welcome email: libqrencode makes the module matrix, zlib compresses the PNG
// (docs/decisions.md, "The QR code's PNG: zlib, not libpng"). core links no Qt Gui, so QImage is not
// an option.

#include "mail/messages.h"

#include <QtEndian>
#include <algorithm>
#include <memory>
#include <qrencode.h>
#include <zlib.h>

namespace porter::mail {
namespace {

constexpr int kQuietZone = 4; // modules of white around the symbol (ISO/IEC 18004 §6.3.8)

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &png, const char type[4], const QByteArray &data)
{
    appendBigEndian(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png += typed;
    const uLong crc =
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size()));
    appendBigEndian(png, quint32(crc));
}

} // namespace

QByteArray qrPng(const QByteArray &text, int scale)
{
    if (text.isEmpty())
        return {};
    scale = std::clamp(scale, 1, 32);
    // Byte mode for the whole text: a link is short, and byte mode reads the same in every scanner.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) // too long for a QR code (errno ERANGE), or out of memory
        return {};

    const int modules = code->width + 2 * kQuietZone;
    const int pixels = modules * scale;
    const int rowBytes = (pixels + 7) / 8;

    // 1-bit greyscale: 0 is black (a dark module), 1 white. Each row starts with filter type 0.
    QByteArray raw;
    raw.reserve(qsizetype(pixels) * (rowBytes + 1));
    QByteArray row(rowBytes, '\0');
    for (int y = 0; y < modules; ++y) {
        row.fill('\0');
        for (int px = 0; px < pixels; ++px) {
            const int x = px / scale;
            const int mx = x - kQuietZone;
            const int my = y - kQuietZone;
            const bool dark = mx >= 0 && my >= 0 && mx < code->width && my < code->width &&
                              (code->data[my * code->width + mx] & 1);
            if (!dark)
                row[px / 8] = char(row.at(px / 8) | (0x80 >> (px % 8)));
        }
        for (int i = 0; i < scale; ++i) {
            raw += '\0';
            raw += row;
        }
    }

    uLongf compressedSize = compressBound(uLong(raw.size()));
    QByteArray compressed(qsizetype(compressedSize), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(compressed.data()), &compressedSize,
                  reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()), 9) != Z_OK)
        return {};
    compressed.truncate(qsizetype(compressedSize));

    QByteArray header;
    appendBigEndian(header, quint32(pixels)); // width
    appendBigEndian(header, quint32(pixels)); // height
    header += char(1);                        // bit depth
    header += char(0);                        // colour type: greyscale
    header += char(0);                        // compression: deflate
    header += char(0);                        // filter method 0
    header += char(0);                        // no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace porter::mail
