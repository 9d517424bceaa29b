// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QGraphicsView>

// A small picture of the catalogue being edited: services as boxes layered by dependency depth
// (what everything needs at the top), arrows from a service to what it needs, labelled with the
// share. Drawn again on every edit, before anything is saved. A cycle draws no layers; the editor
// names it instead.
class DependencyPreview final : public QGraphicsView {
    Q_OBJECT
public:
    explicit DependencyPreview(QWidget *parent = nullptr);
    void setCatalogue(const QList<Service> &services, const QList<Dependency> &dependencies);
    int nodeCount() const { return m_nodes; }
    int edgeCount() const { return m_edges; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    int m_nodes = 0;
    int m_edges = 0;
};
