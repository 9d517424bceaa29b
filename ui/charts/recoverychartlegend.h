// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// The recovery chart's legend as a set of switches: a click on a service's entry (or its
// number key in the view) hides its line, and the entry is drawn dimmed and struck through;
// another click shows it again. What is hidden is kept by service key, so it outlives a
// reload of the data and the new chart that comes with it.
class RecoveryChartLegend final : public QObject {
    Q_OBJECT
public:
    explicit RecoveryChartLegend(QObject *parent = nullptr);
    // The chart's series are the services, in the order of 'keys'.
    void attach(QChart *chart, const QStringList &keys);
    void toggle(int index);
    void setHidden(int index, bool hidden);
    bool isHidden(int index) const;
    // Per series, in the chart's order.
    QList<bool> hiddenMask() const;
    // Draws the entries again as shown or hidden: after the legend's font changed.
    void restyle();

signals:
    void hiddenChanged();

private:
    QPointer<QChart> m_chart;
    QStringList m_keys;
    QSet<QString> m_hidden;
};
