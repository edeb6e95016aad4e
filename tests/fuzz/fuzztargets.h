#pragma once

// One entry point per door decoder, shared by the libFuzzer targets (PORTER_FUZZ=ON, clang) and
// by tst_doordecoders, which replays the seed corpus plus fixed-seed mutations in every CI run.

#include "door/bytes.h"

#include <vector>

namespace porter::door::fuzz {

enum class Target
{
    AccessList,
    Delta,
    SignedUpdate,
    Fragments,
    ClientHello,
    DoorHello,
    ClientAuth,
    RecordMessage,
    StateFile,
    RingFile,
    Certificate,
    DoorSessionStream,
    ClientSessionStream,
    DoorPairingStream,
    Advertisement, // the door's BLE manufacturer data (docs/door-protocol.md §13)
};

inline constexpr Target kAllTargets[] = {
    Target::AccessList,          Target::Delta,
    Target::SignedUpdate,        Target::Fragments,
    Target::ClientHello,         Target::DoorHello,
    Target::ClientAuth,          Target::RecordMessage,
    Target::StateFile,           Target::RingFile,
    Target::Certificate,         Target::DoorSessionStream,
    Target::ClientSessionStream, Target::DoorPairingStream,
    Target::Advertisement,
};

const char *name(Target t);
// Decodes the input; where a decode succeeds, checks the codec's invariants (re-encoding gives
// the same bytes, limits hold). Returns false if an invariant is broken (a bug).
bool run(Target t, const std::uint8_t *data, std::size_t size);
// Valid inputs to start from (also written as the libFuzzer seed corpus).
std::vector<Bytes> seeds(Target t);

} // namespace porter::door::fuzz
