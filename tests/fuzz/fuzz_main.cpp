// libFuzzer entry point; PORTER_FUZZ_TARGET selects the decoder (one binary per target).

#include "fuzztargets.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (!porter::door::fuzz::run(porter::door::fuzz::Target::PORTER_FUZZ_TARGET, data, size))
        std::abort(); // an invariant broke: libFuzzer saves the input
    return 0;
}
