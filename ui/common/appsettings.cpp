// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace {
const QString kAnnotationAuthor = QStringLiteral("annotations/author");
const QString kSourcesFile = QStringLiteral("sources/file");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowTheme = QStringLiteral("window/theme");
const QString kWallRotateSeconds = QStringLiteral("wall/rotateSeconds");
const QString kNowHours = QStringLiteral("view/nowHours");
const QString kWallViews = QStringLiteral("wall/views");
const QString kWallScreen = QStringLiteral("wall/screen");

// A group per database: a path or URL holds slashes and colons a settings key cannot.
QString databaseKey(const QString &database, const char *name)
{
    // A file by its absolute path, so "demo.sqlite" and "./demo.sqlite" are one database.
    const QString id = database.contains(u"://") ? database : QFileInfo(database).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("databases/%1/%2").arg(QString::fromLatin1(hash), QLatin1String(name));
}
} // namespace

QString AppSettings::annotationAuthor()
{
    return QSettings().value(kAnnotationAuthor).toString();
}
void AppSettings::setAnnotationAuthor(const QString &author)
{
    QSettings().setValue(kAnnotationAuthor, author);
}

QString AppSettings::sourcesFile()
{
    return QSettings().value(kSourcesFile).toString();
}
void AppSettings::setSourcesFile(const QString &path)
{
    QSettings().setValue(kSourcesFile, path);
}

QString AppSettings::countingSpec(const QString &database)
{
    return QSettings().value(databaseKey(database, "counting")).toString();
}
void AppSettings::setCountingSpec(const QString &database, const QString &spec)
{
    QSettings settings;
    settings.setValue(databaseKey(database, "counting"), spec);
    settings.setValue(databaseKey(database, "location"), database); // for whoever reads the file
}

QString AppSettings::themeName(const QString &database)
{
    return QSettings().value(databaseKey(database, "theme"), themeName()).toString();
}
void AppSettings::setThemeName(const QString &database, const QString &name)
{
    QSettings settings;
    settings.setValue(databaseKey(database, "theme"), name);
    settings.setValue(databaseKey(database, "location"), database);
    setThemeName(name);
}

bool AppSettings::allEvents(const QString &database)
{
    return QSettings().value(databaseKey(database, "allEvents"), false).toBool();
}
void AppSettings::setAllEvents(const QString &database, bool on)
{
    QSettings settings;
    settings.setValue(databaseKey(database, "allEvents"), on);
    settings.setValue(databaseKey(database, "location"), database);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kWindowGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kWindowGeometry, geometry);
}

QByteArray AppSettings::windowSplitter(const QString &name)
{
    return QSettings().value(QStringLiteral("window/splitter/") + name).toByteArray();
}

void AppSettings::setWindowSplitter(const QString &name, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("window/splitter/") + name, state);
}

QString AppSettings::themeName()
{
    return QSettings().value(kWindowTheme, QStringLiteral("light")).toString();
}
void AppSettings::setThemeName(const QString &name)
{
    QSettings().setValue(kWindowTheme, name);
}

int AppSettings::nowHours()
{
    return qBound(1, QSettings().value(kNowHours, 24).toInt(), 24 * 90);
}
void AppSettings::setNowHours(int hours)
{
    QSettings().setValue(kNowHours, hours);
}

int AppSettings::wallRotateSeconds()
{
    return qMax(0, QSettings().value(kWallRotateSeconds, 20).toInt());
}
void AppSettings::setWallRotateSeconds(int seconds)
{
    QSettings().setValue(kWallRotateSeconds, seconds);
}

QStringList AppSettings::wallViews(const QStringList &fallback)
{
    return QSettings().value(kWallViews, fallback).toStringList();
}
void AppSettings::setWallViews(const QStringList &views)
{
    QSettings().setValue(kWallViews, views);
}

int AppSettings::wallScreen()
{
    return QSettings().value(kWallScreen, -1).toInt();
}
void AppSettings::setWallScreen(int screen)
{
    QSettings().setValue(kWallScreen, screen);
}
