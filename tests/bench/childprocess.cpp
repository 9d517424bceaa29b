// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include "benchresult.h"
#include "pagecache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
constexpr int kRunTimeoutMs = 120000;

// A first start: settings, data and runtime folders of its own, removed with the object.
struct FreshEnvironment {
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    FreshEnvironment()
    {
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"}) {
            const QString path = dir.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(path);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            env.insert(QString::fromLatin1(name), path);
        }
        env.remove(QStringLiteral("OUTAGEDASH_FIRST_FRAME_EXIT"));
    }
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// "first-frame 412.0 ms since-static-init 380.1 ms VmRSS 123 kB VmHWM 130 kB chart-lines-pending 0"
void parseFirstFrame(const QByteArray &line, ChildProcess::FirstFrame &f)
{
    const QList<QByteArray> words = line.simplified().split(' ');
    f.appMs = words.value(1).toDouble();
    const qsizetype hwm = words.indexOf("VmHWM");
    f.hwmMb = hwm >= 0 ? words.value(hwm + 1).toDouble() / 1024 : 0;
    const qsizetype pending = words.indexOf("chart-lines-pending");
    f.linesPending = pending >= 0 && words.value(pending + 1) == "1";
    f.ok = hwm >= 0;
}
} // namespace

ChildProcess::Screen ChildProcess::Screen::start()
{
    Screen screen;
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        return screen;
    // Stopped when the last copy of the Screen goes.
    std::shared_ptr<QProcess> p(new QProcess, [](QProcess *x) {
        x->terminate();
        if (!x->waitForFinished(5000))
            x->kill();
        x->waitForFinished();
        delete x;
    });
    p->setStandardErrorFile(QProcess::nullDevice());
    // -displayfd: the server picks a free display and writes its number once it accepts clients.
    p->start(xvfb,
        {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
            QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 10000 && p->waitForReadyRead(10000))
        out += p->readAllStandardOutput();
    const QByteArray number = out.trimmed();
    if (number.isEmpty())
        return screen;
    screen.m_display = u':' + QString::fromLatin1(number);
    screen.m_xvfb = p;
    return screen;
}

QString ChildProcess::Screen::description() const
{
    return m_display.isEmpty()
        ? QStringLiteral("Qt's offscreen platform (QT_QPA_PLATFORM=offscreen: no X server here)")
        : QStringLiteral("an Xvfb X server of 1920×1080×24 started by the bench (DISPLAY %1, the xcb platform)")
              .arg(m_display);
}

void ChildProcess::Screen::apply(QProcessEnvironment &env) const
{
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (m_display.isEmpty()) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DISPLAY"));
    } else {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("DISPLAY"), m_display);
    }
}

ChildProcess::FirstFrame ChildProcess::firstFrame(
    const QString &app, const QString &store, const Screen &screen, QStringList *mapped)
{
    FirstFrame f;
    FreshEnvironment fresh;
    screen.apply(fresh.env);
    fresh.env.insert(QStringLiteral("OUTAGEDASH_FIRST_FRAME_EXIT"), QStringLiteral("1"));
    QProcess p;
    p.setProcessEnvironment(fresh.env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    f.load = oneMinuteLoad();
    QElapsedTimer t;
    t.start();
    p.start(app, {QStringLiteral("--db"), store});
    QByteArray out;
    while (t.elapsed() < kRunTimeoutMs) {
        if (mapped && p.processId() > 0)
            PageCache::addMappedFiles(p.processId(), *mapped);
        const bool ready = p.waitForReadyRead(mapped ? 5 : kRunTimeoutMs);
        if (ready) {
            out += p.readAll();
            const qsizetype at = out.indexOf("first-frame ");
            const qsizetype end = at >= 0 ? out.indexOf('\n', at) : -1;
            if (end > 0 && !f.ok) {
                f.ms = msSince(t);
                parseFirstFrame(out.mid(at, end - at), f);
            }
            // Then the frame that draws the chart's lines (the same one when they were there).
            const qsizetype lines = out.indexOf("lines-frame ");
            if (lines >= 0 && out.indexOf('\n', lines) > 0) {
                if (!out.mid(lines).startsWith("lines-frame none"))
                    f.linesMs = msSince(t);
                break;
            }
        } else if (p.state() == QProcess::NotRunning) {
            break;
        }
    }
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(30000))
        p.kill();
    p.waitForFinished();
    out += p.readAll();
    if (f.ok && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)) {
        f.ok = false;
        f.error = QStringLiteral("exit code %1").arg(p.exitCode());
    } else if (!f.ok) {
        f.error = QString::fromLocal8Bit(out.right(500));
    }
    return f;
}

ChildProcess::Exit ChildProcess::timeToExit(const QString &app, const QStringList &args, int timeoutMs)
{
    Exit e;
    FreshEnvironment fresh;
    fresh.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    fresh.env.remove(QStringLiteral("DISPLAY"));
    fresh.env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess p;
    p.setProcessEnvironment(fresh.env);
    p.setStandardOutputFile(QProcess::nullDevice());
    e.load = oneMinuteLoad();
    QElapsedTimer t;
    t.start();
    p.start(app, args);
    const bool finished = p.waitForFinished(timeoutMs);
    e.ms = msSince(t);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    e.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!e.ok)
        e.error = QString::fromLocal8Bit(p.readAllStandardError().right(500));
    return e;
}
