#include "door/storage.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <system_error>

#ifdef _WIN32
#include <io.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace porter::door {

namespace {

// Names are UTF-8 (what QString::toStdString gives). std::filesystem::path from a plain std::string
// would read them in the ANSI code page on Windows, where "C:\\Users\\José\\door" then does not open;
// from a u8string it is UTF-8 on every system.
std::filesystem::path fsPath(const std::string &utf8)
{
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

// fopen by path: the wide-character name on Windows, the UTF-8 bytes elsewhere.
std::FILE *openFile(const std::filesystem::path &p, const char *mode)
{
#ifdef _WIN32
    std::wstring wide;
    for (const char *c = mode; *c; ++c)
        wide.push_back(wchar_t(*c));
    return ::_wfopen(p.c_str(), wide.c_str());
#else
    return std::fopen(p.c_str(), mode);
#endif
}

} // namespace

bool Storage::replaceAtomically(const std::string &name, ByteView data)
{
    const std::string tmp = name + ".tmp";
    return write(tmp, data) && sync(tmp) && rename(tmp, name) && syncDir();
}

// --- FileStorage ----------------------------------------------------------------------------

FileStorage::FileStorage(std::string directory)
    : m_dir(std::move(directory))
{
    // The state holds the door's identity key and the doorcode secret: the directory and every file
    // in it are for the door's own user only (0700 / 0600), whatever the umask.
    std::error_code ec;
    std::filesystem::create_directories(fsPath(m_dir), ec);
    std::filesystem::permissions(fsPath(m_dir), std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, ec);
}

std::filesystem::path FileStorage::path(const std::string &name) const
{
    return fsPath(m_dir) / fsPath(name);
}

std::optional<Bytes> FileStorage::read(const std::string &name)
{
    std::FILE *f = openFile(path(name), "rb");
    if (!f)
        return std::nullopt;
    Bytes out;
    std::uint8_t buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        out.insert(out.end(), buf, buf + n);
    const bool err = std::ferror(f);
    std::fclose(f);
    if (err)
        return std::nullopt;
    return out;
}

bool FileStorage::exists(const std::string &name)
{
    std::error_code ec;
    const bool there = std::filesystem::exists(path(name), ec);
    return there || ec; // when the directory itself cannot be read, assume the worst
}

static bool writeMode(const std::filesystem::path &p, ByteView data, bool append)
{
#ifdef _WIN32
    std::FILE *f = openFile(p, append ? "ab" : "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    return std::fclose(f) == 0 && ok;
#else
    // Created 0600 (owner read/write only); an existing file is narrowed to 0600 too.
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0600);
    if (fd < 0)
        return false;
    bool ok = ::fchmod(fd, 0600) == 0;
    std::size_t done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += std::size_t(n);
    }
    return ::close(fd) == 0 && ok;
#endif
}

bool FileStorage::write(const std::string &name, ByteView data)
{
    return writeMode(path(name), data, false);
}

bool FileStorage::append(const std::string &name, ByteView data)
{
    return writeMode(path(name), data, true);
}

bool FileStorage::sync(const std::string &name)
{
#ifdef _WIN32
    std::FILE *f = openFile(path(name), "r+b");
    if (!f)
        return false;
    const bool ok = _commit(_fileno(f)) == 0;
    std::fclose(f);
    return ok;
#else
    const int fd = ::open(path(name).c_str(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool FileStorage::rename(const std::string &from, const std::string &to)
{
    std::error_code ec;
    std::filesystem::rename(path(from), path(to), ec); // replaces `to` atomically on POSIX and NTFS
    return !ec;
}

bool FileStorage::syncDir()
{
#ifdef _WIN32
    return true;
#else
    const int fd = ::open(m_dir.c_str(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool FileStorage::remove(const std::string &name)
{
    std::error_code ec;
    std::filesystem::remove(path(name), ec);
    return !ec;
}

// --- MemoryStorage --------------------------------------------------------------------------

bool MemoryStorage::step()
{
    if (m_steps >= m_failAfter) {
        m_cut = true;
        return false;
    }
    ++m_steps;
    return true;
}

std::optional<Bytes> MemoryStorage::read(const std::string &name)
{
    auto it = m_dir.find(name);
    if (it == m_dir.end())
        return std::nullopt;
    return it->second->current;
}

bool MemoryStorage::write(const std::string &name, ByteView data)
{
    if (!step())
        return false;
    auto inode = std::make_shared<Inode>();
    inode->current.assign(data.begin(), data.end());
    m_dir[name] = inode;
    return true;
}

bool MemoryStorage::append(const std::string &name, ByteView data)
{
    if (!step())
        return false;
    auto it = m_dir.find(name);
    if (it == m_dir.end()) {
        auto inode = std::make_shared<Inode>();
        it = m_dir.emplace(name, inode).first;
    }
    it->second->current.insert(it->second->current.end(), data.begin(), data.end());
    return true;
}

bool MemoryStorage::sync(const std::string &name)
{
    if (!step())
        return false;
    auto it = m_dir.find(name);
    if (it == m_dir.end())
        return false;
    it->second->durable = it->second->current;
    return true;
}

bool MemoryStorage::rename(const std::string &from, const std::string &to)
{
    if (!step())
        return false;
    auto it = m_dir.find(from);
    if (it == m_dir.end())
        return false;
    m_dir[to] = it->second;
    m_dir.erase(from);
    return true;
}

bool MemoryStorage::syncDir()
{
    if (!step())
        return false;
    m_durableDir = m_dir;
    return true;
}

bool MemoryStorage::remove(const std::string &name)
{
    if (!step())
        return false;
    m_dir.erase(name);
    return true;
}

std::unique_ptr<MemoryStorage> MemoryStorage::clone() const
{
    auto copy = std::make_unique<MemoryStorage>();
    std::map<const Inode *, std::shared_ptr<Inode>> copies;
    auto dup = [&](const std::shared_ptr<Inode> &inode) {
        auto &c = copies[inode.get()];
        if (!c)
            c = std::make_shared<Inode>(*inode);
        return c;
    };
    for (const auto &[name, inode] : m_dir)
        copy->m_dir[name] = dup(inode);
    for (const auto &[name, inode] : m_durableDir)
        copy->m_durableDir[name] = dup(inode);
    return copy;
}

void MemoryStorage::crash()
{
    m_dir = m_durableDir;
    for (auto &[name, inode] : m_dir)
        inode->current = inode->durable;
    m_failAfter = SIZE_MAX;
    m_steps = 0;
    m_cut = false;
}

} // namespace porter::door
