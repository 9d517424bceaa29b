// SPDX-License-Identifier: GPL-3.0-or-later
// ImpactEngine's check of the dependency graph, apart from the figures it guards.
#include "impact/impactengine.h"

QString ImpactEngine::findCycle(const QList<Dependency> &dependencies)
{
    QHash<QString, QStringList> edges;
    QStringList roots; // first-appearance order keeps the reported cycle stable
    for (const Dependency &d : dependencies) {
        if (!edges.contains(d.service))
            roots.append(d.service);
        edges[d.service].append(d.dependsOn);
    }

    enum Mark { Unvisited, OnPath, Done };
    QHash<QString, Mark> marks;
    for (const QString &root : roots) {
        if (marks.value(root, Unvisited) != Unvisited)
            continue;
        // Iterative depth-first search: a long dependency chain must not overflow the stack.
        QList<QPair<QString, qsizetype>> path {{root, 0}};
        marks.insert(root, OnPath);
        while (!path.isEmpty()) {
            const QString node = path.last().first;
            const QStringList next = edges.value(node);
            qsizetype &cursor = path.last().second;
            if (cursor == next.size()) {
                marks.insert(node, Done);
                path.removeLast();
                continue;
            }
            const QString child = next.at(cursor++);
            const Mark mark = marks.value(child, Unvisited);
            if (mark == OnPath) {
                QStringList cycle;
                qsizetype k = path.size() - 1;
                while (path.at(k).first != child)
                    --k;
                for (; k < path.size(); ++k)
                    cycle.append(path.at(k).first);
                cycle.append(child);
                return u"dependency cycle: " + cycle.join(u" → ");
            }
            if (mark == Unvisited) {
                marks.insert(child, OnPath);
                path.append({child, 0});
            }
        }
    }
    return {};
}
