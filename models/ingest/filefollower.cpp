// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/filefollower.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace {
QByteArray identityOf(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(qulonglong(st.st_ino));
}
} // namespace

FileFollower::FileFollower(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    connect(&m_timer, &QTimer::timeout, this, &FileFollower::poll);
}

void FileFollower::start(int pollMs, bool fromStart)
{
    if (!fromStart) {
        m_offset = QFileInfo(m_path).size();
        m_identity = identityOf(m_path);
    }
    m_timer.start(pollMs);
    poll();
}

void FileFollower::stop()
{
    m_timer.stop();
}

void FileFollower::rewind(qint64 line, qint64 offset)
{
    if (offset < 0 || offset > m_offset)
        return;
    m_offset = offset;
    m_line = line;
}

void FileFollower::poll()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        if (error != m_lastError)
            emit followFailed(error);
        m_lastError = error;
        return;
    }
    m_lastError.clear();
    const QByteArray identity = identityOf(m_path);
    if (identity != m_identity || file.size() < m_offset) {
        // Rotated or truncated: what is there now is a new file, read from its start.
        m_identity = identity;
        m_offset = 0;
        m_line = 1;
    }
    if (file.size() == m_offset || !file.seek(m_offset))
        return;
    const QByteArray data = file.read(qMin<qint64>(file.size() - m_offset, 8 * 1024 * 1024));
    const qsizetype lastNewline = data.lastIndexOf('\n');
    if (lastNewline < 0)
        return; // a line still being written
    const QByteArray chunk = data.left(lastNewline + 1);
    const qint64 firstLine = m_line;
    const qint64 baseOffset = m_offset;
    m_offset += chunk.size();
    m_line += chunk.count('\n');
    emit linesArrived(chunk, firstLine, baseOffset);
}
