// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appsettings.h"

#include <QSettings>

namespace {
const QString kAnnotationAuthor = QStringLiteral("annotations/author");
const QString kSourcesFile = QStringLiteral("sources/file");
const QString kCountingSpec = QStringLiteral("counting/spec");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowTheme = QStringLiteral("window/theme");
const QString kWallRotateSeconds = QStringLiteral("wall/rotateSeconds");
const QString kNowHours = QStringLiteral("view/nowHours");
const QString kWallViews = QStringLiteral("wall/views");
const QString kWallScreen = QStringLiteral("wall/screen");
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

QString AppSettings::countingSpec(const QString &fallback)
{
    return QSettings().value(kCountingSpec, fallback).toString();
}
void AppSettings::setCountingSpec(const QString &spec)
{
    QSettings().setValue(kCountingSpec, spec);
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
