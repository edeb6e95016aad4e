#pragma once

// Where a door keeps its state: a tiny file-system interface (the primitives a flash file system
// offers), so the door's atomic-write discipline can be tested against simulated power cuts
// (MemoryStorage) and run on a real disk (FileStorage). docs/door-protocol.md, "Door state".

#include "door/bytes.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace porter::door {

class Storage
{
public:
    virtual ~Storage() = default;
    virtual std::optional<Bytes> read(const std::string &name) = 0;
    // Whether the file is there at all, readable or not: an unreadable state is not a missing one.
    virtual bool exists(const std::string &name) { return read(name).has_value(); }
    // Each mutating primitive returns false when it did not happen (I/O error or power cut).
    virtual bool write(const std::string &name, ByteView data) = 0; // create or truncate
    virtual bool append(const std::string &name, ByteView data) = 0;
    virtual bool sync(const std::string &name) = 0; // file contents durable
    virtual bool rename(const std::string &from, const std::string &to) = 0;
    virtual bool syncDir() = 0; // directory entries durable
    virtual bool remove(const std::string &name) = 0;

    // write temp -> sync temp -> rename over -> sync directory: a power cut at any point leaves
    // the old file or the new one.
    bool replaceAtomically(const std::string &name, ByteView data);
};

// A directory on disk. fsync on POSIX, _commit on Windows (which has no directory sync). The directory
// and the names are UTF-8, whatever the system's code page.
class FileStorage : public Storage
{
public:
    explicit FileStorage(std::string directory);
    std::optional<Bytes> read(const std::string &name) override;
    bool exists(const std::string &name) override;
    bool write(const std::string &name, ByteView data) override;
    bool append(const std::string &name, ByteView data) override;
    bool sync(const std::string &name) override;
    bool rename(const std::string &from, const std::string &to) override;
    bool syncDir() override;
    bool remove(const std::string &name) override;
    const std::string &directory() const { return m_dir; }

private:
    std::filesystem::path path(const std::string &name) const;
    std::string m_dir;
};

// An in-memory file system that models durability: file contents become durable on sync(),
// directory changes (create, rename, remove) on syncDir(). crash() throws away everything not
// durable, as a power cut would. failAfter(n) makes the (n+1)-th mutating primitive and all
// later ones fail without effect — the moment the power went.
class MemoryStorage : public Storage
{
public:
    std::optional<Bytes> read(const std::string &name) override;
    bool write(const std::string &name, ByteView data) override;
    bool append(const std::string &name, ByteView data) override;
    bool sync(const std::string &name) override;
    bool rename(const std::string &from, const std::string &to) override;
    bool syncDir() override;
    bool remove(const std::string &name) override;

    void failAfter(std::size_t steps)
    {
        m_failAfter = steps;
        m_steps = 0;
        m_cut = false;
    }
    void noFailures() { m_failAfter = SIZE_MAX; }
    std::size_t steps() const { return m_steps; }
    // True once a primitive was refused because of failAfter.
    bool powerCut() const { return m_cut; }
    // Power cut: keep only what was durable; also clears failAfter.
    void crash();
    std::size_t fileCount() const { return m_dir.size(); }
    // A deep copy (the simulated disk of an identical door), for tests that replay many runs.
    std::unique_ptr<MemoryStorage> clone() const;

private:
    struct Inode
    {
        Bytes current;
        Bytes durable;
    };
    bool step();
    std::map<std::string, std::shared_ptr<Inode>> m_dir;
    std::map<std::string, std::shared_ptr<Inode>> m_durableDir;
    std::size_t m_failAfter = SIZE_MAX;
    std::size_t m_steps = 0;
    bool m_cut = false;
};

} // namespace porter::door
