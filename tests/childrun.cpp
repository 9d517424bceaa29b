// SPDX-License-Identifier: GPL-3.0-or-later
#include "childrun.h"

#include <QDir>
#include <QFile>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <utility>
#include <vector>

ChildRun ChildRun::run(const QString &home, const QStringList &args)
{
    const QString outPath = QDir(home).filePath(QStringLiteral("out.txt"));
    const QString errPath = QDir(home).filePath(QStringLiteral("err.txt"));
    QList<QByteArray> argv8 {QByteArray(OUTAGEDASH_BINARY)};
    for (const QString &a : args)
        argv8.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray home8 = home.toLocal8Bit();
    const QByteArray out8 = outPath.toLocal8Bit(), err8 = errPath.toLocal8Bit();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("HOME", home8.constData(), 1);
        setenv("XDG_DATA_HOME", home8.constData(), 1);
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        if (!freopen(out8.constData(), "w", stdout) || !freopen(err8.constData(), "w", stderr))
            _exit(125);
        execv(argv[0], argv.data());
        _exit(127);
    }
    ChildRun r;
    if (pid < 0)
        return r;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.maxRssKb = usage.ru_maxrss;
    for (auto [path, text] : {std::pair(outPath, &r.out), std::pair(errPath, &r.err)}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            *text = QString::fromUtf8(f.readAll());
    }
    return r;
}
