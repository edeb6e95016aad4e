// libFuzzer over the field kit's content decoder (core/kits/kitjson.cpp, issue 13): any bytes give a kit
// or a clear error, never a crash, and a kit that decodes encodes to bytes that decode to the same kit.
// The decoder only ever sees what AES-GCM authenticated, so this is defence in depth.

#include "kits/fieldkit.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto kit = porter::kits::KitFile::decode(bytes);
    if (!kit.ok()) {
        if (kit.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray again = porter::kits::KitFile::encode(*kit);
    const auto back = porter::kits::KitFile::decode(again);
    if (!back.ok() || porter::kits::KitFile::encode(*back) != again)
        std::abort();
    for (const porter::kits::KitDoor &d : back->doors)
        if (d.identityKey.size() != 32 || d.full.isEmpty() || d.doorId <= 0)
            std::abort();
    return 0;
}
