#include "push_plan.h"

#include "dependency_graph.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::PushPlan)
};

bool readyToCreate(const Ticket &ticket)
{
    return (ticket.status == TicketStatus::Reviewed || ticket.status == TicketStatus::PushFailed) &&
           ticket.externalId.isEmpty();
}

} // namespace

QString githubPriorityLabel(Priority priority)
{
    switch (priority) {
    case Priority::P0:
        return QStringLiteral("priority:critical");
    case Priority::P1:
        return QStringLiteral("priority:high");
    case Priority::P2:
        return QStringLiteral("priority:medium");
    case Priority::P3:
        return QStringLiteral("priority:low");
    }
    return {};
}

int linearPriority(const std::optional<Priority> &priority)
{
    return priority ? int(*priority) + 1 : 0;
}

QString jiraPriorityName(const std::optional<Priority> &priority)
{
    if (!priority)
        return QStringLiteral("Medium"); // seed 002: unset goes as Medium
    switch (*priority) {
    case Priority::P0:
        return QStringLiteral("Highest");
    case Priority::P1:
        return QStringLiteral("High");
    case Priority::P2:
        return QStringLiteral("Medium");
    case Priority::P3:
        return QStringLiteral("Low");
    }
    return QStringLiteral("Medium");
}

int PushPlan::creates() const
{
    return int(std::count_if(pushes.cbegin(), pushes.cend(), [](const PlannedPush &push) {
        return push.operation == PushOperation::Create;
    }));
}

int PushPlan::updates() const
{
    return int(pushes.size()) - creates();
}

PushPlan planPush(const QList<Ticket> &documentTickets, const QStringList &selected, Platform platform)
{
    QHash<QString, const Ticket *> byId;
    for (const Ticket &ticket : documentTickets)
        byId.insert(ticket.id, &ticket);
    const QSet<QString> wanted =
        selected.isEmpty() ? QSet<QString>() : QSet<QString>(selected.cbegin(), selected.cend());

    PushPlan plan;
    QSet<QString> going;
    QSet<QString> held;
    QHash<QString, PushOperation> operationOf;
    for (const Ticket &ticket : documentTickets) {
        if (!wanted.isEmpty() && !wanted.contains(ticket.id))
            continue;
        const auto hold = [&](const QString &reason) {
            plan.heldBack.append({ticket.id, reason});
            held.insert(ticket.id);
        };
        if (ticket.platform && *ticket.platform != platform && !ticket.externalId.isEmpty()) {
            hold(Text::tr("Already in %1; pushing it to %2 too would make a second copy.")
                     .arg(platformDisplayName(*ticket.platform), platformDisplayName(platform)));
            continue;
        }
        if (isInTracker(ticket) && !ticket.changedLocally) {
            plan.unchanged.append(ticket.id);
            continue;
        }
        if (ticket.status == TicketStatus::Generated) {
            hold(Text::tr("Not reviewed yet."));
            continue;
        }
        const QList<Violation> violations =
            validateTicket(ticket) + validateTicketReferences(ticket, documentTickets);
        if (!violations.isEmpty()) {
            hold(describeViolations(violations));
            continue;
        }
        operationOf.insert(ticket.id, readyToCreate(ticket) ? PushOperation::Create : PushOperation::Update);
        going.insert(ticket.id);
    }

    // Cycles: nothing on one can go, and nothing that waits for such a ticket can either.
    const DependencyGraph graph(documentTickets);
    const QStringList order = graph.pushOrder();
    const QSet<QString> orderable(order.cbegin(), order.cend());
    for (const QString &id : std::as_const(going)) {
        if (orderable.contains(id))
            continue;
        plan.heldBack.append({id, graph.isOnCycle(id)
                                      ? Text::tr("On a dependency or parent cycle; break the cycle first.")
                                      : Text::tr("Waits for a ticket on a dependency or parent cycle.")});
        held.insert(id);
    }
    for (const QString &id : order)
        if (going.contains(id) && !held.contains(id))
            plan.pushes.append({id, operationOf.value(id)});

    // Links only to tickets that are, or will be, in this tracker.
    QSet<QString> reachable;
    for (const PlannedPush &push : std::as_const(plan.pushes))
        reachable.insert(push.ticketId);
    for (const Ticket &ticket : documentTickets)
        if (isInTracker(ticket) && ticket.platform == platform)
            reachable.insert(ticket.id);
    for (const PlannedPush &push : std::as_const(plan.pushes)) {
        const Ticket &ticket = *byId.value(push.ticketId);
        if (!ticket.parentId.isEmpty() && reachable.contains(ticket.parentId))
            plan.parentLinks.append({ticket.id, ticket.parentId});
        for (const QString &dependency : ticket.dependencies)
            if (reachable.contains(dependency))
                plan.dependencyLinks.append({ticket.id, dependency});
    }
    return plan;
}

QList<Ticket> assignPushKeys(const QList<Ticket> &documentTickets, const PushPlan &plan)
{
    QSet<QString> planned;
    for (const PlannedPush &push : plan.pushes)
        planned.insert(push.ticketId);
    QList<Ticket> keyed;
    for (const Ticket &ticket : documentTickets) {
        if (!planned.contains(ticket.id) || !ticket.pushKey.isEmpty())
            continue;
        Ticket withKey = ticket;
        withKey.pushKey = QUuid::createUuid().toString(QUuid::WithoutBraces); // version 4, random
        keyed.append(withKey);
    }
    return keyed;
}

} // namespace docket
