// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// Follows a file that something appends lines to (like `tail -F`): hands over every
// complete new line once, keeps partial lines until their newline arrives, and starts
// again from the top when the file is truncated or replaced.
class FileFollower final : public QObject {
    Q_OBJECT
public:
    explicit FileFollower(QString path, QObject *parent = nullptr);
    void start(int pollMs = 250, bool fromStart = true);
    void stop();
    void poll(); // read what is new now
    qint64 offset() const { return m_offset; }
    // Hands over the lines from 'offset' (line 'line') again at the next poll: a chunk that
    // could not be stored is not lost.
    void rewind(qint64 line, qint64 offset);

signals:
    // 'chunk' holds whole lines; firstLine / baseOffset place them in the file.
    void linesArrived(const QByteArray &chunk, qint64 firstLine, qint64 baseOffset);
    void followFailed(const QString &error);

private:
    QString m_path;
    QTimer m_timer;
    qint64 m_offset = 0;
    qint64 m_line = 1;
    QByteArray m_identity; // inode + device: a replaced file restarts
    QString m_lastError;
};
