// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/theme.h"

#include <QApplication>
#include <QStyleFactory>

Theme Theme::light()
{
    Theme t;
    t.kind = Kind::Light;
    t.window = QColor(0xf4, 0xf5, 0xf7);
    t.panel = Qt::white;
    t.text = QColor(0x1d, 0x1f, 0x23);
    t.mutedText = QColor(0x5a, 0x60, 0x6b);
    t.grid = QColor(0xd9, 0xdc, 0xe1);
    t.accent = QColor(0x00, 0x72, 0xb2);
    t.demoBanner = QColor(0xff, 0xf4, 0xce);
    t.demoBannerText = QColor(0x4a, 0x3b, 0x00);
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.kind = Kind::Dark;
    t.window = QColor(0x0b, 0x0d, 0x10);
    t.panel = QColor(0x17, 0x1a, 0x1f);
    t.text = QColor(0xf2, 0xf4, 0xf7);
    t.mutedText = QColor(0xb4, 0xbb, 0xc6);
    t.grid = QColor(0x33, 0x38, 0x40);
    t.accent = QColor(0x56, 0xb4, 0xe9);
    t.demoBanner = QColor(0x4a, 0x3b, 0x00);
    t.demoBannerText = QColor(0xff, 0xf4, 0xce);
    return t;
}

Theme Theme::byName(const QString &name)
{
    return name == u"dark" ? dark() : light();
}

QColor Theme::stateColour(ServiceState state) const
{
    // Okabe–Ito: blue-green for good, yellow / orange / vermillion for worsening, grey unknown.
    switch (state) {
    case ServiceState::Operational:
        return QColor(0x00, 0x9e, 0x73);
    case ServiceState::Maintenance:
        return QColor(0x56, 0xb4, 0xe9);
    case ServiceState::Degraded:
        return QColor(0xf0, 0xe4, 0x42);
    case ServiceState::PartialOutage:
        return QColor(0xe6, 0x9f, 0x00);
    case ServiceState::MajorOutage:
        return QColor(0xd5, 0x5e, 0x00);
    case ServiceState::Unknown:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor Theme::stateTextColour(ServiceState state) const
{
    switch (state) {
    case ServiceState::Degraded:
    case ServiceState::PartialOutage:
    case ServiceState::Maintenance:
    case ServiceState::Unknown:
        return QColor(0x11, 0x11, 0x11);
    default:
        return Qt::white;
    }
}

QString Theme::stateSymbol(ServiceState state)
{
    switch (state) {
    case ServiceState::Operational:
        return QStringLiteral("✓");
    case ServiceState::Maintenance:
        return QStringLiteral("⚙");
    case ServiceState::Degraded:
        return QStringLiteral("!");
    case ServiceState::PartialOutage:
        return QStringLiteral("◐");
    case ServiceState::MajorOutage:
        return QStringLiteral("✕");
    case ServiceState::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QColor Theme::seriesColour(int index) const
{
    // Okabe–Ito, ordered so that neighbours differ most; on dark panels the deep blue is
    // too dark to read, so that palette leads with sky blue and drops black.
    static const QList<QColor> light
        = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
            QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x6b, 0x6b, 0x6b), QColor(0xb8, 0xa9, 0x00)};
    static const QList<QColor> dark
        = {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
            QColor(0xf0, 0xe4, 0x42), QColor(0xd5, 0x5e, 0x00), QColor(0xbb, 0xbb, 0xbb), QColor(0x4d, 0x9d, 0xe0)};
    const QList<QColor> &colours = kind == Kind::Dark ? dark : light;
    return colours.at(index % colours.size());
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, panel);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, panel);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, panel);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    return p;
}

void Theme::apply(QApplication &app) const
{
    // QStyleHints::setColorScheme needs Qt 6.8; on 6.4 a Fusion palette is the reliable way.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(palette());
}
