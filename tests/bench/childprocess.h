// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <memory>

// Runs of the real `outagedash` binary for the whole-process rows (startupbench.cpp), each with
// fresh settings.
namespace ChildProcess {
// Where the GUI runs draw: an Xvfb server of 1920×1080 when Xvfb is installed (started for the
// bench and stopped with it), else Qt's offscreen platform.
class Screen {
public:
    static Screen start();
    QString description() const;
    void apply(QProcessEnvironment &env) const;

private:
    std::shared_ptr<QProcess> m_xvfb;
    QString m_display;
};

struct FirstFrame {
    bool ok = false;
    double ms = 0; // QProcess::start → the "first-frame" line, on this bench's clock
    double appMs = 0; // the app's own figure: since the kernel's start time of the process
    double hwmMb = 0; // VmHWM at that frame
    bool linesPending = false; // the recovery chart's lines were still being read
    double linesMs = -1; // QProcess::start → the "lines-frame" line (the chart's lines drawn); -1: none
    QString load; // 1-min load average when the run began
    QString error;
};

// `APP --db STORE` with OUTAGEDASH_FIRST_FRAME_EXIT=1, to its first painted frame. With 'mapped',
// /proc/PID/maps is read every few ms while it runs and the files it maps are added (this polling
// costs the run time: only for an untimed run).
FirstFrame firstFrame(const QString &app, const QString &store, const Screen &screen, QStringList *mapped = nullptr);

struct Exit {
    bool ok = false; // exit code 0
    double ms = 0; // QProcess::start → finished
    QString load;
    QString error;
};

// APP ARGS with QT_QPA_PLATFORM=offscreen and no display, to its exit; 'timeoutMs' -1: none.
Exit timeToExit(const QString &app, const QStringList &args, int timeoutMs = 300000);
} // namespace ChildProcess
