// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecache.h"

#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace {
// A read-only descriptor closed on scope exit.
class Fd {
public:
    explicit Fd(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC))
    {
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};
} // namespace

void PageCache::load(const QStringList &files)
{
    std::vector<char> buffer(1 << 20);
    for (const QString &path : files) {
        const Fd fd(path);
        if (fd.get() < 0)
            continue;
        while (::read(fd.get(), buffer.data(), buffer.size()) > 0) { }
    }
}

void PageCache::evict(const QStringList &files)
{
    for (const QString &path : files) {
        const Fd fd(path);
        if (fd.get() < 0)
            continue;
        // Dirty pages are not dropped, only written back: write them first.
        ::fdatasync(fd.get());
        ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_DONTNEED);
    }
}

double PageCache::residentShare(const QStringList &files)
{
    const long page = sysconf(_SC_PAGESIZE);
    qint64 total = 0;
    qint64 resident = 0;
    for (const QString &path : files) {
        const Fd fd(path);
        const qint64 size = QFileInfo(path).size();
        if (fd.get() < 0 || size <= 0)
            continue;
        // Mapping without touching reads nothing in: mincore reports what the cache already holds.
        void *map = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd.get(), 0);
        if (map == MAP_FAILED)
            continue;
        std::vector<unsigned char> pages(size_t((size + page - 1) / page));
        if (::mincore(map, size_t(size), pages.data()) == 0) {
            total += qint64(pages.size());
            for (unsigned char p : pages)
                resident += p & 1;
        }
        ::munmap(map, size_t(size));
    }
    return total > 0 ? double(resident) / double(total) : 0;
}

void PageCache::addMappedFiles(qint64 pid, QStringList &files)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        // address perms offset dev inode path: the path is the rest of the line from its first '/'.
        const qsizetype slash = line.indexOf(" /");
        if (slash < 0)
            continue;
        const QString path = QFile::decodeName(line.mid(slash + 1));
        if (path.endsWith(QLatin1String(" (deleted)")) || path.startsWith(QLatin1String("/dev/"))
            || path.startsWith(QLatin1String("/proc/")) || path.startsWith(QLatin1String("/sys/"))
            || files.contains(path) || !QFileInfo(path).isFile())
            continue;
        files.append(path);
    }
}
