// Writes the seed corpus of every fuzz target: fuzz_seeds DIR -> DIR/<target>/seed-N.

#include "fuzztargets.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    for (porter::door::fuzz::Target t : porter::door::fuzz::kAllTargets) {
        const std::filesystem::path dir = std::filesystem::path(argv[1]) / porter::door::fuzz::name(t);
        std::filesystem::create_directories(dir);
        int i = 0;
        for (const auto &seed : porter::door::fuzz::seeds(t)) {
            std::ofstream out(dir / ("seed-" + std::to_string(i++)), std::ios::binary);
            out.write(reinterpret_cast<const char *>(seed.data()), static_cast<std::streamsize>(seed.size()));
        }
    }
    return 0;
}
