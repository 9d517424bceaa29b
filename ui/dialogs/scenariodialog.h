// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scenario.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class DashboardSession;

// Scenarios ▸ the what-if scenarios of one incident: the list on the left, a form on the
// right (name, description, one row per change), saved through ScenarioTable.
class ScenarioDialog final : public QDialog {
    Q_OBJECT

public:
    enum ChangeColumn { KindColumn, ServiceColumn, WhenColumn, DependsOnColumn, ShareColumn, ChangeColumnCount };

    // 'services' are (key, display name) of the incident, offered in the form.
    ScenarioDialog(DashboardSession *session, const QString &incidentId, const QList<QPair<QString, QString>> &services,
        QWidget *parent = nullptr);

    QList<Scenario> scenarios() const { return m_scenarios; }
    void selectScenario(const QString &name);
    // The form as a scenario; nullopt and a reason when a field is wrong.
    std::optional<Scenario> formScenario(QString *error) const;
    void setForm(const Scenario &scenario);
    void addChangeRow(const ScenarioChange &change);
    QString errorText() const;

public slots:
    bool saveCurrent();
    bool removeCurrent();
    void newScenario();

signals:
    void scenariosChanged();

private:
    void reload();
    void showSelected();

    DashboardSession *m_session;
    QString m_incidentId;
    QList<QPair<QString, QString>> m_services;
    QList<Scenario> m_scenarios;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QTableWidget *m_changes;
    QLabel *m_error;
};
