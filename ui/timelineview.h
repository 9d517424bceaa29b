#pragma once

#include "timestamps.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class TimelineFilterProxyModel;

// The timeline table with its filters. Selecting an event moves the time cursor.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setModel(TimelineFilterProxyModel *model);
    void setServices(const QList<QPair<QString, QString>> &keysAndNames);
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void eventActivated(TimeMs time);

private:
    TimelineFilterProxyModel *m_model = nullptr;
    QLineEdit *m_filter;
    QComboBox *m_service;
    QTableView *m_table;
};
