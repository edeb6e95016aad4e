#pragma once

#include <QByteArray>
#include <optional>

namespace porter::sync {

// The door's end of an in-process link (LoopbackTransport): something that takes the laptop's bytes
// and answers with fragments (docs/door-protocol.md §7). ReferenceDoorEnd puts the reference door of
// core/door behind it (tests, the demo, the emulator); a test may script its own. Keeping this
// interface free of door types lets the link and its factory stay out of the door's headers.
class DoorEnd
{
public:
    virtual ~DoorEnd() = default;

    // A new connection that carries at most payloadSize bytes per fragment; any earlier one is over.
    virtual void connect(int payloadSize) = 0;
    // Bytes from the laptop, in any chunking.
    virtual void receive(const QByteArray &bytes) = 0;
    // The door's next fragment towards the laptop, if it has one.
    virtual std::optional<QByteArray> nextFragment() = 0;
    // The link went away (closed by the laptop, or cut).
    virtual void disconnect() = 0;
    // The door gave up on this connection (a proof that failed, a malformed message): a door then drops
    // the link once its last fragment went out, so the laptop hears it at once rather than at its timeout.
    virtual bool sessionFailed() const { return false; }
};

} // namespace porter::sync
