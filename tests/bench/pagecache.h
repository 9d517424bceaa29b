// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The page cache of a list of files, for start-up measured warm and cold without root: reading
// files through, dropping their pages, and asking how much of them is still cached.
namespace PageCache {
// Reads each file to its end, so that its pages are cached (what "warm" means in the rows).
void load(const QStringList &files);
// Writes each file back (fdatasync) and drops its pages (posix_fadvise POSIX_FADV_DONTNEED). The
// kernel keeps pages that a running process has mapped (libraries shared with this bench or other
// programs): residentShare() says how many stayed.
void evict(const QStringList &files);
// The share of the files' bytes that is in the page cache now (mincore), 0 to 1.
double residentShare(const QStringList &files);
// The regular files that the process 'pid' maps now (its binary, libraries, plugins, fonts),
// added to 'files'; called repeatedly while a process runs, it gathers what it loaded.
void addMappedFiles(qint64 pid, QStringList &files);
} // namespace PageCache
