// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Every remembered choice of the desktop program, typed, with its key written once: a typo in
// a raw key would silently start a second setting beside the first.
class AppSettings final {
public:
    static QString annotationAuthor();
    static void setAnnotationAuthor(const QString &author);

    static QString sourcesFile();
    static void setSourcesFile(const QString &path);

    // Choices that belong to one database ('database' is DashboardSession::location()): the
    // counting method changes every figure, so it never carries over to another database.
    // The counting method's spec (CountingMethod::toString); empty when none was saved for it.
    static QString countingSpec(const QString &database);
    static void setCountingSpec(const QString &database, const QString &spec);
    // "light" or "dark": the one last chosen for this database, else the last chosen anywhere.
    static QString themeName(const QString &database);
    static void setThemeName(const QString &database, const QString &name);
    // Whether the timeline lists every event in the database rather than the incident's.
    static bool allEvents(const QString &database);
    static void setAllEvents(const QString &database, bool on);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    // QSplitter::saveState() of one of the window's splitters, by name.
    static QByteArray windowSplitter(const QString &name);
    static void setWindowSplitter(const QString &name, const QByteArray &state);
    // "light" or "dark".
    static QString themeName();
    static void setThemeName(const QString &name);

    static int wallRotateSeconds(); // default 20
    static void setWallRotateSeconds(int seconds);
    static QStringList wallViews(const QStringList &fallback);
    static void setWallViews(const QStringList &views);
    static int wallScreen(); // -1: none chosen
    static void setWallScreen(int screen);
    // Hours the Now view spans (default 24).
    static int nowHours();
    static void setNowHours(int hours);
};
