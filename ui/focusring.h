// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

// A ring drawn over a widget while it has the keyboard focus, for the few controls that draw
// none of their own (a chart view: the style's focus frame never reaches its scene). It lies
// over the widget, lets the mouse through, and follows its geometry.
class FocusRing final : public QWidget {
    Q_OBJECT
public:
    explicit FocusRing(QWidget *target);
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();

    QPointer<QWidget> m_target;
};
