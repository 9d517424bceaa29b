// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/servicecatalogue.h"

#include <QDialog>

class DashboardSession;
class DependencyPreview;
class QLabel;
class QTableWidget;

// Services ▸ Edit…: the service catalogue edited in place — key, display name, users (empty:
// unknown), group, colour, note — with what depends on what beside it and a preview of the
// graph. Nothing reaches the store until OK, which saves the whole catalogue in one transaction
// through the session; Cancel leaves the store as it was.
class ServiceEditorDialog final : public QDialog {
    Q_OBJECT
public:
    enum ServiceColumn {
        KeyColumn,
        NameColumn,
        UsersColumn,
        GroupColumn,
        ColourColumn,
        NoteColumn,
        ServiceColumnCount
    };
    enum DependencyColumn { ServiceOfColumn, DependsOnColumn, ShareColumn, DependencyColumnCount };

    explicit ServiceEditorDialog(DashboardSession *session, QWidget *parent = nullptr);

    QTableWidget *servicesTable() const { return m_services; }
    QTableWidget *dependenciesTable() const { return m_dependencies; }
    DependencyPreview *preview() const { return m_preview; }
    // The catalogue as the tables say now, and what is wrong with it (empty when it can be saved).
    ServiceCatalogue edited(QString *problem = nullptr) const;
    QString problemText() const;

    void addService();
    void addDependency(const Dependency &dependency = {});
    // Statuspage component groups as rows the operator keeps or deletes: never saved unseen.
    int proposeFromGroups();
    // Removes the selected rows (or the current one) of either table.
    void removeSelected(QTableWidget *table);

public slots:
    void accept() override;

signals:
    // The catalogue was saved: the session has re-read the store.
    void catalogueSaved();

private:
    void load(const ServiceCatalogue &catalogue);
    void appendService(const Service &service);
    void refresh();

    DashboardSession *m_session;
    QList<Service> m_loaded; // what the table rows started from: audiences and the rest kept
    QTableWidget *m_services;
    QTableWidget *m_dependencies;
    DependencyPreview *m_preview;
    QLabel *m_problem;
    bool m_loading = false;
};
