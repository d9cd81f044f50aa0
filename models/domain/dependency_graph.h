#pragma once

#include "ticket.h"

#include <QSet>

namespace docket {

// The tickets of a document as a graph: an edge from each ticket to what it depends on and to its
// parent. A ticket on a cycle cannot be pushed: no tracker can create it before what it waits for.
class DependencyGraph {
public:
    explicit DependencyGraph(const QList<Ticket> &tickets);

    // Every cycle, each as the ticket ids along it (first id not repeated at the end).
    const QList<QStringList> &cycles() const { return m_cycles; }
    bool isOnCycle(const QString &ticketId) const { return m_onCycle.contains(ticketId); }

    // Ids in an order where everything a ticket depends on (or sits under) comes before it; the
    // tickets on cycles are left out.
    QStringList pushOrder() const;

private:
    void markTicketsOnCycles();

    QList<QString> m_ids;
    QHash<QString, QStringList> m_edges;
    QList<QStringList> m_cycles;
    QSet<QString> m_onCycle;
};

} // namespace docket
