#include "dependency_graph.h"

#include <QHash>

#include <functional>

namespace docket {

DependencyGraph::DependencyGraph(const QList<Ticket> &tickets)
{
    QSet<QString> known;
    for (const Ticket &ticket : tickets)
        known.insert(ticket.id);
    for (const Ticket &ticket : tickets) {
        m_ids.append(ticket.id);
        QStringList targets;
        for (const QString &dependency : ticket.dependencies) {
            if (known.contains(dependency))
                targets.append(dependency);
        }
        if (known.contains(ticket.parentId))
            targets.append(ticket.parentId);
        m_edges.insert(ticket.id, targets);
    }

    // Depth-first search; an edge back into the current path closes a cycle.
    enum class Mark { New, OnPath, Done };
    QHash<QString, Mark> marks;
    QStringList path;
    std::function<void(const QString &)> visit = [&](const QString &id) {
        marks[id] = Mark::OnPath;
        path.append(id);
        for (const QString &target : m_edges.value(id)) {
            const Mark mark = marks.value(target, Mark::New);
            if (mark == Mark::New) {
                visit(target);
            } else if (mark == Mark::OnPath) {
                const QStringList cycle = path.mid(path.indexOf(target));
                m_cycles.append(cycle);
                for (const QString &member : cycle)
                    m_onCycle.insert(member);
            }
        }
        path.removeLast();
        marks[id] = Mark::Done;
    };
    for (const QString &id : std::as_const(m_ids)) {
        if (marks.value(id, Mark::New) == Mark::New)
            visit(id);
    }
}

QStringList DependencyGraph::pushOrder() const
{
    QStringList order;
    QSet<QString> placed;
    std::function<bool(const QString &)> place = [&](const QString &id) -> bool {
        if (placed.contains(id))
            return true;
        if (m_onCycle.contains(id))
            return false;
        for (const QString &target : m_edges.value(id)) {
            if (!place(target))
                return false; // waits for a ticket on a cycle
        }
        placed.insert(id);
        order.append(id);
        return true;
    };
    for (const QString &id : m_ids)
        place(id);
    return order;
}

} // namespace docket
