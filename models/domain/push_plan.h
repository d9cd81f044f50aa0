#pragma once

#include "ticket.h"

#include <optional>

namespace docket {

// The seed's priority table, one column per tracker.
QString githubPriorityLabel(Priority priority);              // P0 "priority:critical" ... P3 "priority:low"
int linearPriority(const std::optional<Priority> &priority); // P0 1 (Urgent) ... P3 4 (Low); unset 0
QString jiraPriorityName(const std::optional<Priority> &priority); // P0 Highest ... P3 Low; unset Medium

enum class PushOperation { Create, Update };

struct PlannedPush {
    QString ticketId;
    PushOperation operation = PushOperation::Create;
};

struct HeldBack {
    QString ticketId;
    QString reason; // for the PM, in the push dialog's plan
};

// What a push will do, before anything leaves: the dry run the PM confirms.
struct PushPlan {
    QList<PlannedPush> pushes;                          // parents and what a ticket depends on come before it
    QList<std::pair<QString, QString>> parentLinks;     // child id -> parent id
    QList<std::pair<QString, QString>> dependencyLinks; // ticket id -> id of what it depends on
    QList<HeldBack> heldBack;
    QStringList unchanged; // already in the tracker as they are here

    int creates() const;
    int updates() const;
    int links() const { return int(parentLinks.size() + dependencyLinks.size()); }
};

// Plans the push of `selected` (empty: every ticket of the document) to `platform`. A ticket goes
// out when it is reviewed (or its last push failed), or as an update when it is already in this
// tracker and was changed locally. Held back, each with its reason: tickets not reviewed yet,
// tickets that break a rule, tickets in another tracker, tickets on a dependency or parent cycle
// and tickets waiting on one of those. Links are planned for parents and dependencies that are,
// or will be, in the tracker.
PushPlan planPush(const QList<Ticket> &documentTickets, const QStringList &selected, Platform platform);

// Gives every planned ticket that has none a push key (a UUID v4, which Linear also accepts as
// the issue's own id). Returns the tickets that got one, to be saved before anything is sent.
QList<Ticket> assignPushKeys(const QList<Ticket> &documentTickets, const PushPlan &plan);

} // namespace docket
