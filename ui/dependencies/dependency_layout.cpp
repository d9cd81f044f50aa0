#include "dependency_layout.h"

#include <algorithm>
#include <functional>

namespace docket {

namespace {

struct TicketGraph {
    QStringList ids;            // each id once, in input order
    QList<QList<int>> targets;  // per ticket: positions of what it depends on or sits under
    QList<bool> pointsAtItself; // a self-reference is a cycle of one
};

TicketGraph graphOf(const QList<Ticket> &tickets)
{
    TicketGraph graph;
    QHash<QString, int> positionOf;
    QList<const Ticket *> unique;
    for (const Ticket &ticket : tickets) {
        if (positionOf.contains(ticket.id))
            continue;
        positionOf.insert(ticket.id, int(graph.ids.size()));
        graph.ids.append(ticket.id);
        unique.append(&ticket);
    }
    for (const Ticket *ticket : std::as_const(unique)) {
        QList<int> targets;
        bool pointsAtItself = false;
        QStringList references = ticket->dependencies;
        if (!ticket->parentId.isEmpty())
            references.append(ticket->parentId);
        for (const QString &reference : std::as_const(references)) {
            const int target = positionOf.value(reference, -1);
            if (reference == ticket->id)
                pointsAtItself = true;
            else if (target >= 0 && !targets.contains(target))
                targets.append(target);
        }
        graph.targets.append(targets);
        graph.pointsAtItself.append(pointsAtItself);
    }
    return graph;
}

// Tarjan's strongly connected components. A component is finished only after every component it
// reaches, so the result lists what is depended on before what depends on it.
QList<QList<int>> componentsDependenciesFirst(const TicketGraph &graph)
{
    const int count = int(graph.ids.size());
    QList<int> order(count, -1), lowLink(count, 0);
    QList<bool> onStack(count, false);
    QList<int> stack;
    QList<QList<int>> components;
    int nextOrder = 0;
    std::function<void(int)> visit = [&](int node) {
        order[node] = lowLink[node] = nextOrder++;
        stack.append(node);
        onStack[node] = true;
        for (int target : graph.targets.at(node)) {
            if (order.at(target) < 0) {
                visit(target);
                lowLink[node] = std::min(lowLink.at(node), lowLink.at(target));
            } else if (onStack.at(target)) {
                lowLink[node] = std::min(lowLink.at(node), order.at(target));
            }
        }
        if (lowLink.at(node) != order.at(node))
            return;
        QList<int> component;
        int member = -1;
        do {
            member = stack.takeLast();
            onStack[member] = false;
            component.append(member);
        } while (member != node);
        std::sort(component.begin(), component.end()); // input order
        components.append(component);
    };
    for (int node = 0; node < count; ++node) {
        if (order.at(node) < 0)
            visit(node);
    }
    return components;
}

} // namespace

DependencyLayers arrangeInLayers(const QList<Ticket> &tickets)
{
    const TicketGraph graph = graphOf(tickets);
    const QList<QList<int>> components = componentsDependenciesFirst(graph);

    // Rank: the longest chain of components below. Edges never join two components of one rank.
    QList<int> componentOf(graph.ids.size(), -1);
    QList<int> rankOf(components.size(), 0);
    int highestRank = -1;
    for (int component = 0; component < components.size(); ++component) {
        for (int member : components.at(component))
            componentOf[member] = component;
        for (int member : components.at(component)) {
            for (int target : graph.targets.at(member)) {
                const int targetComponent = componentOf.at(target);
                if (targetComponent != component)
                    rankOf[component] = std::max(rankOf.at(component), rankOf.at(targetComponent) + 1);
            }
        }
        highestRank = std::max(highestRank, rankOf.at(component));
    }

    // Per rank: one layer for the tickets not on a cycle, then one layer per cycle group.
    QList<QList<int>> layers;
    QList<bool> cycleLayers;
    for (int rank = 0; rank <= highestRank; ++rank) {
        QList<int> plain;
        QList<QList<int>> cycleGroups;
        for (int component = 0; component < components.size(); ++component) {
            if (rankOf.at(component) != rank)
                continue;
            const QList<int> &members = components.at(component);
            if (members.size() > 1 || graph.pointsAtItself.at(members.first()))
                cycleGroups.append(members);
            else
                plain.append(members.first());
        }
        std::sort(plain.begin(), plain.end());
        std::sort(cycleGroups.begin(), cycleGroups.end()); // by first member: input order
        if (!plain.isEmpty()) {
            layers.append(plain);
            cycleLayers.append(false);
        }
        for (const QList<int> &group : std::as_const(cycleGroups)) {
            layers.append(group);
            cycleLayers.append(true);
        }
    }

    // Within a layer, tickets go near the average row of what they point at, to shorten edges.
    QList<int> rowOf(graph.ids.size(), 0);
    DependencyLayers result;
    result.cycleLayers = cycleLayers;
    for (int layer = 0; layer < layers.size(); ++layer) {
        QList<int> members = layers.at(layer);
        QHash<int, double> meanTargetRow;
        for (int member : std::as_const(members)) {
            double sum = 0;
            int placedTargets = 0;
            for (int target : graph.targets.at(member)) {
                if (result.layerOfTicket.contains(graph.ids.at(target))) {
                    sum += rowOf.at(target);
                    ++placedTargets;
                }
            }
            // Tickets pointing at nothing placed yet keep their input order, after the others.
            meanTargetRow.insert(member, placedTargets > 0 ? sum / placedTargets : double(graph.ids.size()));
        }
        std::stable_sort(members.begin(), members.end(),
                         [&](int left, int right) { return meanTargetRow[left] < meanTargetRow[right]; });
        QStringList ids;
        for (int row = 0; row < members.size(); ++row) {
            rowOf[members.at(row)] = row;
            ids.append(graph.ids.at(members.at(row)));
        }
        for (const QString &id : std::as_const(ids))
            result.layerOfTicket.insert(id, layer);
        result.layers.append(ids);
    }
    return result;
}

} // namespace docket
