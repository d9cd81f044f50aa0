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
                m_cycles.append(path.mid(path.indexOf(target)));
            }
        }
        path.removeLast();
        marks[id] = Mark::Done;
    };
    for (const QString &id : std::as_const(m_ids)) {
        if (marks.value(id, Mark::New) == Mark::New)
            visit(id);
    }
    markTicketsOnCycles();
}

// The cycles above are one example per back edge; a ticket can sit on a cycle none of them
// lists (a->b->a and a->c->b: c is on a->c->b->a). Strongly connected components catch every
// such ticket (Tarjan's algorithm).
void DependencyGraph::markTicketsOnCycles()
{
    QHash<QString, int> order;
    QHash<QString, int> lowest;
    QStringList stack;
    QSet<QString> onStack;
    int next = 0;
    std::function<void(const QString &)> connect = [&](const QString &id) {
        order[id] = lowest[id] = next++;
        stack.append(id);
        onStack.insert(id);
        for (const QString &target : m_edges.value(id)) {
            if (!order.contains(target)) {
                connect(target);
                lowest[id] = qMin(lowest[id], lowest[target]);
            } else if (onStack.contains(target)) {
                lowest[id] = qMin(lowest[id], order[target]);
            }
        }
        if (lowest[id] != order[id])
            return;
        QStringList component;
        QString member;
        do {
            member = stack.takeLast();
            onStack.remove(member);
            component.append(member);
        } while (member != id);
        if (component.size() > 1 || m_edges.value(id).contains(id))
            for (const QString &ticket : std::as_const(component))
                m_onCycle.insert(ticket);
    };
    for (const QString &id : std::as_const(m_ids))
        if (!order.contains(id))
            connect(id);
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
